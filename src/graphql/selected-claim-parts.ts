import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ALL_CLAIM_PARTS, type ClaimPart } from '../graph/claim-projection.ts';

// Which parts of a claim a request selects, read from the query document, so the claim query fetches those and
// nothing more. Conservative: fragments and inline fragments are followed, @skip/@include are ignored (a part
// is fetched if any branch may select it), and anything unexpected means "fetch everything".

const FIELD_PARTS: Record<string, ClaimPart[]> = {
  subject: ['subject'],
  object: ['object'],
  operation: ['operation'],
  location: ['location'],
  evidences: ['evidences'],
  corroboration: ['sourceCount'],
  alternatives: ['alternatives'],
  contradictedBy: ['contradictions'],
  contradictions: ['contradictions'],
  disputed: ['contradictions'],
};

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields selected directly in a selection set, through fragments, by name. */
function fields(set: SelectionSetNode | undefined, fragments: Fragments): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fields(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? fields(fragment.selectionSet, fragments) : [];
  });
}

/**
 * The claim parts selected under `path` of the current field (e.g. ['edges', 'node'] for a connection): none when
 * the path is not selected at all (only `totalCount`), every part when there is no query document to read.
 */
export function selectedClaimParts(info: GraphQLResolveInfo | undefined, path: string[]): ReadonlySet<ClaimPart> {
  if (!info) return ALL_CLAIM_PARTS;
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => fields(node.selectionSet, info.fragments)).filter((f) => f.name.value === name);
    if (level.length === 0) return new Set();
  }
  const parts = new Set<ClaimPart>();
  for (const field of level.flatMap((node) => fields(node.selectionSet, info.fragments))) {
    for (const part of FIELD_PARTS[field.name.value] ?? []) parts.add(part);
    if (
      field.name.value === 'evidences' &&
      fields(field.selectionSet, info.fragments).some((f) => f.name.value === 'sources')
    )
      parts.add('evidenceSources');
  }
  return parts;
}
