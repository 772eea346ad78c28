import {
  ACTOR_TABLE,
  ARTICLE_TABLE,
  LOCATION_TABLE,
  OPERATION_TABLE,
  type ProjectionTable,
  projectKeys,
} from './projections.ts';

// What a claim query returns, part by part: the GraphQL layer asks only for the parts its selection uses, so a
// dashboard listing claims with their actors does not pay for evidence, sources or contradictions. The parts are
// fixed Cypher fragments; a selection only chooses among them.

export const CLAIM_PARTS = [
  'subject',
  'object',
  'operation',
  'location',
  'evidences',
  'evidenceSources',
  'sourceCount',
  'alternatives',
  'contradictions',
] as const;
export type ClaimPart = (typeof CLAIM_PARTS)[number];
export const ALL_CLAIM_PARTS: ReadonlySet<ClaimPart> = new Set(CLAIM_PARTS);

/** The claim's own keys; `sortKey` (a page's cursor) is always projected, like the id. */
const CLAIM_TABLE: ProjectionTable = {
  id: '.id',
  kind: '.kind',
  supportType: '.supportType',
  statementType: '.statementType',
  polarity: '.polarity',
  certainty: '.certainty',
  date: '.date',
  when: '.when',
  whenBasis: '.whenBasis',
  materiel: '.materiel',
  officiallyAcknowledged: '.officiallyAcknowledged',
  draft: '.draft',
  evidenceCount: '.evidenceCount',
  articleCount: '.articleCount',
  publisherCount: '.publisherCount',
  sortKey: 'sortKey: toString({v}.sortDate)',
};

const EVIDENCE_TABLE: ProjectionTable = {
  id: '.id',
  quote: '.quote',
  sentence: '.sentence',
  charStart: '.charStart',
  charEnd: '.charEnd',
  certainty: '.certainty',
  hedge: '.hedge',
  draft: '.draft',
  extractor: '.extractor',
  rule: '.rule',
  score: '.score',
};

const SOURCE_TABLE: ProjectionTable = {
  id: '.id',
  name: '.name',
  kind: '.kind',
  actorId: 'actorId: COLLECT { MATCH ({v})-[:IS_ACTOR]->(x:Actor) RETURN x.id }[0]',
};

/**
 * The keys a request reads of each nested object (see graphql/selected-claim-parts.ts); a missing entry means
 * every key. The id is always projected.
 */
export interface NestedKeys {
  /** The claim's own keys (CLAIM_TABLE). */
  claim?: ReadonlySet<string>;
  subject?: ReadonlySet<string>;
  object?: ReadonlySet<string>;
  operation?: ReadonlySet<string>;
  location?: ReadonlySet<string>;
  evidence?: ReadonlySet<string>;
  article?: ReadonlySet<string>;
  source?: ReadonlySet<string>;
}

// The projection is named: unnamed, it would be called `e` and hide the node, so ORDER BY e.sentence would read
// the projected map, which lacks the key when the request does not select it.
const evidences = (withSources: boolean, keys: NestedKeys) => {
  const article = keys.article?.size === 0 ? '' : `, article: ${projectKeys('ar', ARTICLE_TABLE, keys.article)}`;
  const sources = withSources
    ? `COLLECT { MATCH (e)-[:CITES]->(s:Source) RETURN ${projectKeys('s', SOURCE_TABLE, keys.source)} AS source ORDER BY s.id }`
    : '[]';
  const own = projectKeys('e', EVIDENCE_TABLE, keys.evidence).slice(0, -2);
  return `COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence)-[:FROM_ARTICLE]->(ar:Article)
    RETURN ${own}${article}, sources: ${sources} } AS evidence
    ORDER BY ar.publishedDate, ar.id, e.sentence, e.charStart
  }`;
};

type SinglePart = Exclude<ClaimPart, 'evidences' | 'evidenceSources'>;

const partCypher = (part: SinglePart, keys: NestedKeys): string => {
  switch (part) {
    // Single neighbours by pattern comprehension: measurably cheaper than a COLLECT subquery per row.
    case 'subject':
      return `[(c)-[:SUBJECT]->(a:Actor) | ${projectKeys('a', ACTOR_TABLE, keys.subject)}][0]`;
    case 'object':
      return `[(c)-[:OBJECT]->(a:Actor) | ${projectKeys('a', ACTOR_TABLE, keys.object)}][0]`;
    case 'operation':
      return `[(c)-[:IN_OPERATION]->(o:Operation) | ${projectKeys('o', OPERATION_TABLE, keys.operation)}][0]`;
    case 'location':
      return `[(c)-[:AT]->(l:Location) | ${projectKeys('l', LOCATION_TABLE, keys.location)}][0]`;
    case 'sourceCount':
      return 'size(COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) RETURN DISTINCT s.id })';
    case 'alternatives':
      return `COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
    MATCH (:Evidence {alternativeKey: e.alternativeKey})-[:SUPPORTS]->(o:Claim) WHERE o <> c
    RETURN DISTINCT o.id ORDER BY o.id
  }`;
    case 'contradictions':
      return 'COLLECT { MATCH (o:Claim {factKey: c.factKey}) WHERE o.polarity <> c.polarity RETURN o.id ORDER BY o.id }';
  }
};

/** Keys the parts are returned under (the ClaimView's field names). */
const PART_KEYS: Record<SinglePart, string> = {
  subject: 'subject',
  object: 'object',
  operation: 'operation',
  location: 'location',
  sourceCount: 'sourceCount',
  alternatives: 'alternativeIds',
  contradictions: 'contradictingIds',
};

/** A map projection of claim `c` with its own properties and the requested parts, nested objects narrowed to `keys`. */
export function claimProjection(parts: ReadonlySet<ClaimPart> = ALL_CLAIM_PARTS, keys: NestedKeys = {}): string {
  const own = keys.claim && new Set([...keys.claim, 'sortKey']);
  const fields = [projectKeys('c', CLAIM_TABLE, own).slice(4, -2)];
  for (const part of Object.keys(PART_KEYS) as SinglePart[]) {
    if (parts.has(part)) fields.push(`${PART_KEYS[part]}: ${partCypher(part, keys)}`);
  }
  if (parts.has('evidences')) fields.push(`evidences: ${evidences(parts.has('evidenceSources'), keys)}`);
  return `c {\n  ${fields.join(',\n  ')}\n}`;
}

/** Everything a Claim resolver may need: for loaders shared by every caller in a request. */
export const CLAIM_PROJECTION = claimProjection();
