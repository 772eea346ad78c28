import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ALL_CLAIM_PARTS, type ClaimPart, type NestedKeys } from '../graph/claim-projection.ts';

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

/**
 * GraphQL fields whose resolvers read stored keys of another name; any other field reads the key of its own name
 * if the view has one, or only the id (fields resolved by loaders: an actor's partOf, an article's text).
 */
const KEYS_READ: Record<string, string[]> = {
  aliases: ['aliasNames', 'aliasLangs'],
  coordinates: ['lat', 'lon'],
  fatalities: ['fatalitiesMin', 'fatalitiesMax'],
  actor: ['actorId'],
  // Resolvers that hand the whole object on (an actor to its memberships) need all of it.
  memberships: ['*'],
  members: ['*'],
};

/** The keys a nested object's selection reads, or undefined (all) when one of its fields needs the whole object. */
function keysRead(selection: FieldNode[], fragments: Fragments): ReadonlySet<string> | undefined {
  const keys = new Set<string>();
  for (const field of selection.flatMap((node) => fields(node.selectionSet, fragments))) {
    for (const key of KEYS_READ[field.name.value] ?? [field.name.value]) keys.add(key);
  }
  return keys.has('*') ? undefined : keys;
}

/** Which keys of each nested object of the claims under `path` the request reads (see NestedKeys). */
export function selectedNestedKeys(info: GraphQLResolveInfo | undefined, path: string[]): NestedKeys {
  if (!info) return {};
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => fields(node.selectionSet, info.fragments)).filter((f) => f.name.value === name);
  }
  const under = (nodes: FieldNode[], name: string) =>
    nodes.flatMap((node) => fields(node.selectionSet, info.fragments)).filter((f) => f.name.value === name);
  const evidences = under(level, 'evidences');
  const keys: NestedKeys = {};
  for (const name of ['subject', 'object', 'operation', 'location'] as const) {
    keys[name] = keysRead(under(level, name), info.fragments);
  }
  keys.evidence = keysRead(evidences, info.fragments);
  keys.article = keysRead(under(evidences, 'article'), info.fragments);
  keys.source = keysRead(under(evidences, 'sources'), info.fragments);
  // An article that is not selected is not projected at all (its match stays, for the evidence order).
  if (under(evidences, 'article').length === 0) keys.article = new Set();
  return keys;
}
