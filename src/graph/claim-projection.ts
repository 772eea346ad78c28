import { ACTOR_FIELDS, ARTICLE_FIELDS, LOCATION_FIELDS, OPERATION_FIELDS, project } from './projections.ts';

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

const SOURCES = `COLLECT { MATCH (e)-[:CITES]->(s:Source)
    RETURN s { .id, .name, .kind, actorId: COLLECT { MATCH (s)-[:IS_ACTOR]->(x:Actor) RETURN x.id }[0] } ORDER BY s.id }`;

const evidences = (withSources: boolean) => `COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence)-[:FROM_ARTICLE]->(ar:Article)
    RETURN e { .id, .quote, .sentence, .charStart, .charEnd, .certainty, .hedge, .draft, .extractor, .rule, .score,
               article: ${project('ar', ARTICLE_FIELDS)}, sources: ${withSources ? SOURCES : '[]'} }
    ORDER BY ar.publishedDate, ar.id, e.sentence, e.charStart
  }`;

const PART_CYPHER: Record<Exclude<ClaimPart, 'evidences' | 'evidenceSources'>, string> = {
  // Single neighbours by pattern comprehension: measurably cheaper than a COLLECT subquery per row.
  subject: `[(c)-[:SUBJECT]->(a:Actor) | ${project('a', ACTOR_FIELDS)}][0]`,
  object: `[(c)-[:OBJECT]->(a:Actor) | ${project('a', ACTOR_FIELDS)}][0]`,
  operation: `[(c)-[:IN_OPERATION]->(o:Operation) | ${project('o', OPERATION_FIELDS)}][0]`,
  location: `[(c)-[:AT]->(l:Location) | ${project('l', LOCATION_FIELDS)}][0]`,
  sourceCount: 'size(COLLECT { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) RETURN DISTINCT s.id })',
  alternatives: `COLLECT {
    MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
    MATCH (:Evidence {alternativeKey: e.alternativeKey})-[:SUPPORTS]->(o:Claim) WHERE o <> c
    RETURN DISTINCT o.id ORDER BY o.id
  }`,
  contradictions:
    'COLLECT { MATCH (o:Claim {factKey: c.factKey}) WHERE o.polarity <> c.polarity RETURN o.id ORDER BY o.id }',
};

/** Keys the parts are returned under (the ClaimView's field names). */
const PART_KEYS: Record<keyof typeof PART_CYPHER, string> = {
  subject: 'subject',
  object: 'object',
  operation: 'operation',
  location: 'location',
  sourceCount: 'sourceCount',
  alternatives: 'alternativeIds',
  contradictions: 'contradictingIds',
};

/** A map projection of claim `c` with its own properties and the requested parts. */
export function claimProjection(parts: ReadonlySet<ClaimPart> = ALL_CLAIM_PARTS): string {
  const fields = [
    '.id, .kind, .supportType, .statementType, .polarity, .certainty, .date, .when, .whenBasis, .materiel',
    '.officiallyAcknowledged, .draft, .evidenceCount, .articleCount, .publisherCount, sortKey: toString(c.sortDate)',
  ];
  for (const [part, cypher] of Object.entries(PART_CYPHER) as [keyof typeof PART_CYPHER, string][]) {
    if (parts.has(part)) fields.push(`${PART_KEYS[part]}: ${cypher}`);
  }
  if (parts.has('evidences')) fields.push(`evidences: ${evidences(parts.has('evidenceSources'))}`);
  return `c {\n  ${fields.join(',\n  ')}\n}`;
}

/** Everything a Claim resolver may need: for loaders shared by every caller in a request. */
export const CLAIM_PROJECTION = claimProjection();
