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

/** The fields named `name` selected under any of `nodes`. */
const under = (nodes: FieldNode[], name: string, fragments: Fragments) =>
  nodes.flatMap((node) => fields(node.selectionSet, fragments)).filter((f) => f.name.value === name);

/** The field nodes at `path` below the current field (empty when the path is not selected). */
function fieldsAt(info: GraphQLResolveInfo, path: string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = under(level, name, info.fragments);
  return level;
}

/**
 * The claim parts selected under `path` of the current field (e.g. ['edges', 'node'] for a connection): none when
 * the path is not selected at all (only `totalCount`), every part when there is no query document to read.
 */
export function selectedClaimParts(info: GraphQLResolveInfo | undefined, path: string[]): ReadonlySet<ClaimPart> {
  if (!info) return ALL_CLAIM_PARTS;
  const level = fieldsAt(info, path);
  const parts = new Set<ClaimPart>();
  for (const field of level.flatMap((node) => fields(node.selectionSet, info.fragments))) {
    for (const part of FIELD_PARTS[field.name.value] ?? []) parts.add(part);
  }
  if (under(under(level, 'evidences', info.fragments), 'sources', info.fragments).length > 0)
    parts.add('evidenceSources');
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
  // a claim's
  corroboration: ['evidenceCount', 'articleCount', 'publisherCount'],
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
  const { fragments } = info;
  const level = fieldsAt(info, path);
  const evidences = under(level, 'evidences', fragments);
  const articles = under(evidences, 'article', fragments);
  const keys: NestedKeys = { claim: keysRead(level, fragments) };
  for (const name of ['subject', 'object', 'operation', 'location'] as const) {
    keys[name] = keysRead(under(level, name, fragments), fragments);
  }
  keys.evidence = keysRead(evidences, fragments);
  // An article that is not selected is not projected at all (its match stays, for the evidence order).
  keys.article = articles.length === 0 ? new Set() : keysRead(articles, fragments);
  keys.source = keysRead(under(evidences, 'sources', fragments), fragments);
  return keys;
}

/** The names of the fields selected on the current field's objects, or undefined (all) without a query document. */
export function selectedFields(info: GraphQLResolveInfo | undefined): ReadonlySet<string> | undefined {
  if (!info) return undefined;
  return new Set(info.fieldNodes.flatMap((node) => fields(node.selectionSet, info.fragments)).map((f) => f.name.value));
}

/** The names of the fields selected at `path` below the current field, or undefined (all) without a document. */
export function selectedFieldsAt(
  info: GraphQLResolveInfo | undefined,
  path: string[],
): ReadonlySet<string> | undefined {
  if (!info) return undefined;
  return new Set(
    fieldsAt(info, path)
      .flatMap((node) => fields(node.selectionSet, info.fragments))
      .map((f) => f.name.value),
  );
}
