import { z } from 'zod';
import { type ClaimView, claimView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { DISPUTED, rolledUpTo, rootAtClaimDate } from './claim-conditions.ts';
import { ALL_CLAIM_PARTS, CLAIM_PROJECTION, type ClaimPart, claimProjection } from './claim-projection.ts';
import type { Keyset } from './pagination.ts';

export interface ClaimCriteria {
  kinds?: string[];
  subject?: string;
  object?: string;
  actor?: string;
  operation?: string;
  supportTypes?: string[];
  statementTypes?: string[];
  minCertaintyRank?: number;
  certainties?: string[];
  polarity?: string;
  /** Only these polarities (support lists and statistics default to ASSERTED). */
  polarities?: string[];
  disputed?: boolean;
  /** Source id: claims with evidence citing it. */
  source?: string;
  /** Publisher name (case-insensitive): claims with evidence from its articles. */
  publisher?: string;
  /** INCLUDE (default), EXCLUDE or ONLY the extractor's drafts not yet accepted */
  drafts?: 'INCLUDE' | 'EXCLUDE' | 'ONLY';
  /** ISO day: claims whose date range ends on or after it. */
  from?: string;
  to?: string;
  location?: string;
  rollUp?: boolean;
}

/** Actor roll-up (parts and affiliates, transitively) and places inside a location, in one round trip. */
const EXPAND_CRITERIA = namedQuery(
  'expandClaimCriteria',
  `WITH $rollUp AS rollUp
   RETURN
     CASE WHEN $subject IS NULL THEN null ELSE [$subject] + CASE WHEN rollUp THEN COLLECT {
       MATCH (d:Actor)-[:PART_OF|AFFILIATED_WITH*1..4]->(:Actor {id: $subject}) RETURN DISTINCT d.id } ELSE [] END END AS subjects,
     CASE WHEN $object IS NULL THEN null ELSE [$object] + CASE WHEN rollUp THEN COLLECT {
       MATCH (d:Actor)-[:PART_OF|AFFILIATED_WITH*1..4]->(:Actor {id: $object}) RETURN DISTINCT d.id } ELSE [] END END AS objects,
     CASE WHEN $actor IS NULL THEN null ELSE [$actor] + CASE WHEN rollUp THEN COLLECT {
       MATCH (d:Actor)-[:PART_OF|AFFILIATED_WITH*1..4]->(:Actor {id: $actor}) RETURN DISTINCT d.id } ELSE [] END END AS actors,
     CASE WHEN $location IS NULL THEN null ELSE [$location] + COLLECT {
       MATCH (d:Location)-[:PART_OF*1..6]->(:Location {id: $location}) RETURN DISTINCT d.id } END AS locations`,
  z.object({
    subjects: z.array(z.string()).nullable(),
    objects: z.array(z.string()).nullable(),
    actors: z.array(z.string()).nullable(),
    locations: z.array(z.string()).nullable(),
  }),
);

interface Expanded {
  subjects: string[] | null;
  objects: string[] | null;
  actors: string[] | null;
  locations: string[] | null;
}

const SORT_KEY = 'c.sortDate';

/**
 * Builds the MATCH … WHERE part from fixed fragments, choosing the most selective anchor so the planner starts
 * from an index (operation, then actor ids) rather than from every claim. Values only travel as parameters.
 */
export interface PreparedClaimQuery {
  cypher: string;
  params: Record<string, unknown>;
}

function claimMatch(criteria: ClaimCriteria, expanded: Expanded): PreparedClaimQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let anchor: string;
  if (criteria.operation) {
    anchor = 'MATCH (:Operation {id: $operation})<-[:IN_OPERATION]-(c:Claim)';
    params.operation = criteria.operation;
  } else if (expanded.subjects) {
    anchor = 'MATCH (anchor:Actor) WHERE anchor.id IN $subjects MATCH (anchor)<-[:SUBJECT]-(c:Claim)';
  } else if (expanded.objects) {
    anchor = 'MATCH (anchor:Actor) WHERE anchor.id IN $objects MATCH (anchor)<-[:OBJECT]-(c:Claim)';
  } else if (expanded.actors) {
    anchor =
      'MATCH (anchor:Actor) WHERE anchor.id IN $actors MATCH (anchor)<-[:SUBJECT|OBJECT]-(c:Claim) WITH DISTINCT c';
  } else {
    anchor = 'MATCH (c:Claim)';
  }
  if (expanded.subjects) {
    params.subjects = expanded.subjects;
    if (!anchor.includes('$subjects')) where.push('EXISTS { MATCH (c)-[:SUBJECT]->(s:Actor) WHERE s.id IN $subjects }');
  }
  if (expanded.objects) {
    params.objects = expanded.objects;
    if (!anchor.includes('$objects')) where.push('EXISTS { MATCH (c)-[:OBJECT]->(o:Actor) WHERE o.id IN $objects }');
  }
  if (expanded.actors) {
    params.actors = expanded.actors;
    if (!anchor.includes('$actors'))
      where.push('EXISTS { MATCH (c)-[:SUBJECT|OBJECT]->(x:Actor) WHERE x.id IN $actors }');
  }
  // The expansion above ignores dates (it picks the candidates); each claim must also be tied to the actor asked
  // about by ties valid at its own date: Wagner's support after its affiliation ended is not Russia's.
  if (criteria.rollUp) {
    const roles = [
      ['subject', 'SUBJECT'],
      ['object', 'OBJECT'],
      ['actor', 'SUBJECT|OBJECT'],
    ] as const;
    for (const [field, rel] of roles) {
      const id = criteria[field];
      if (!id) continue;
      params[`${field}Root`] = id;
      where.push(rolledUpTo(rel, `$${field}Root`));
    }
  }
  if (expanded.locations) {
    params.locations = expanded.locations;
    where.push(
      '(EXISTS { MATCH (c)-[:AT]->(l:Location) WHERE l.id IN $locations } OR ' +
        'EXISTS { MATCH (c)-[:IN_OPERATION]->(:Operation)-[:AT]->(l:Location) WHERE l.id IN $locations })',
    );
  }
  const simple: [keyof ClaimCriteria, string][] = [
    ['kinds', 'c.kind IN $kinds'],
    ['supportTypes', 'c.supportType IN $supportTypes'],
    ['statementTypes', 'c.statementType IN $statementTypes'],
    ['minCertaintyRank', 'c.certaintyRank >= $minCertaintyRank'],
    ['certainties', 'c.certainty IN $certainties'],
    ['polarity', 'c.polarity = $polarity'],
    ['polarities', 'c.polarity IN $polarities'],
    ['source', 'EXISTS { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(:Source {id: $source}) }'],
    [
      'publisher',
      'EXISTS { MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) WHERE toLower(a.publisher) = toLower($publisher) }',
    ],
    ['from', 'c.sortDateEnd >= date($from)'],
    ['to', `${SORT_KEY} <= date($to)`],
  ];
  for (const [field, condition] of simple) {
    const value = criteria[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    params[field] = value;
    where.push(condition);
  }
  if (criteria.disputed !== undefined) where.push(criteria.disputed ? DISPUTED : `NOT ${DISPUTED}`);
  if (criteria.drafts === 'EXCLUDE') where.push('coalesce(c.draft, false) = false');
  if (criteria.drafts === 'ONLY') where.push('c.draft = true');
  return { cypher: `${anchor}${where.length ? `\nWITH c WHERE ${where.join('\n  AND ')}` : ''}`, params };
}

export class ClaimRepository {
  constructor(private readonly db: Database) {}

  private async expand(criteria: ClaimCriteria): Promise<Expanded> {
    const needsExpansion = criteria.subject ?? criteria.object ?? criteria.actor ?? criteria.location;
    if (!needsExpansion) return { subjects: null, objects: null, actors: null, locations: null };
    const [row] = await this.db.read(EXPAND_CRITERIA, {
      rollUp: criteria.rollUp ?? false,
      subject: criteria.subject ?? null,
      object: criteria.object ?? null,
      actor: criteria.actor ?? null,
      location: criteria.location ?? null,
    });
    return row ?? { subjects: null, objects: null, actors: null, locations: null };
  }

  /** Resolves roll-up and place hierarchy once; the result serves both the page and its total. */
  async prepare(criteria: ClaimCriteria): Promise<PreparedClaimQuery> {
    return claimMatch(criteria, await this.expand(criteria));
  }

  /**
   * A page of claims with the parts asked for. Parts not asked for are absent from the returned views: the
   * caller asks for what it will read (see graphql/claim-selection.ts).
   */
  async list(
    match: PreparedClaimQuery,
    first: number,
    after: Keyset | undefined,
    parts: ReadonlySet<ClaimPart> = ALL_CLAIM_PARTS,
  ): Promise<ClaimView[]> {
    const cursor = after
      ? `WITH c WHERE ${SORT_KEY} > date($afterKey) OR (${SORT_KEY} = date($afterKey) AND c.id > $afterId)\n`
      : '';
    const query = namedQuery(
      'listClaims',
      `${match.cypher}\n${cursor}WITH c ORDER BY ${SORT_KEY}, c.id LIMIT $limit\nRETURN ${claimProjection(parts)} AS claim`,
      z.object({ claim: partialClaimView }),
    );
    const rows = await this.db.read(query, {
      ...match.params,
      limit: first + 1,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
    });
    return rows.map((r) => r.claim as ClaimView);
  }

  async count(match: PreparedClaimQuery): Promise<number> {
    const query = namedQuery(
      'countClaims',
      `${match.cypher}\nRETURN count(c) AS total`,
      z.object({ total: z.number() }),
    );
    const [row] = await this.db.read(query, match.params);
    return row?.total ?? 0;
  }

  /** Group sizes for dashboards; the grouping expression comes from the fixed SUPPORT_GROUPS map. */
  stats(match: PreparedClaimQuery, groupBy: SupportGroup, rollUp = false): Promise<SupportStatRow[]> {
    const order = groupBy === 'MONTH' ? 'key' : 'claims DESC, key';
    const rolled = rollUp && (groupBy === 'SUPPORTER' || groupBy === 'RECIPIENT');
    const grouping = rolled ? rootAtClaimDate(groupBy === 'SUPPORTER' ? 'SUBJECT' : 'OBJECT') : SUPPORT_GROUPS[groupBy];
    const query = namedQuery(
      `supportStatsBy${groupBy}${rolled ? 'RolledUp' : ''}`,
      `${match.cypher}
       WITH c, ${grouping} AS group
       WITH group, collect(c) AS members
       // Distinct articles and sources per group, counted by Neo4j over the group's claims at once.
       RETURN group.key AS key, group.label AS label, size(members) AS claims,
              reduce(n = 0, m IN members | n + m.evidenceCount) AS evidences,
              COUNT { UNWIND members AS m MATCH (m)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) RETURN DISTINCT a } AS articles,
              COUNT { UNWIND members AS m MATCH (m)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) RETURN DISTINCT s } AS sources,
              size([c IN members WHERE ${DISPUTED}]) AS disputed
       ORDER BY ${order}`,
      supportStat,
    );
    return this.db.read(query, match.params);
  }

  async byIds(ids: readonly string[]): Promise<ClaimView[]> {
    const rows = await this.db.read(CLAIMS_BY_ID, { ids: [...ids] });
    return rows.map((r) => r.claim);
  }
}

export const SUPPORT_GROUPS = {
  SUPPORTER: 'COLLECT { MATCH (c)-[:SUBJECT]->(a:Actor) RETURN {key: a.id, label: a.name} }[0]',
  RECIPIENT: 'COLLECT { MATCH (c)-[:OBJECT]->(a:Actor) RETURN {key: a.id, label: a.name} }[0]',
  SUPPORT_TYPE: '{key: c.supportType, label: c.supportType}',
  OPERATION:
    "coalesce(COLLECT { MATCH (c)-[:IN_OPERATION]->(o:Operation) RETURN {key: o.id, label: o.name} }[0], {key: 'none', label: 'no operation'})",
  MONTH: '{key: substring(toString(c.sortDate), 0, 7), label: substring(toString(c.sortDate), 0, 7)}',
} as const;
export type SupportGroup = keyof typeof SUPPORT_GROUPS;

const supportStat = z.object({
  key: z.string(),
  label: z.string(),
  claims: z.number(),
  evidences: z.number(),
  articles: z.number(),
  sources: z.number(),
  disputed: z.number(),
});
export type SupportStatRow = z.infer<typeof supportStat>;

const partialClaimView = claimView.partial({
  subject: true,
  object: true,
  operation: true,
  location: true,
  evidences: true,
  sourceCount: true,
  alternativeIds: true,
  contradictingIds: true,
});

const CLAIMS_BY_ID = namedQuery(
  'claimsById',
  `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN ${CLAIM_PROJECTION} AS claim`,
  z.object({ claim: claimView }),
);
