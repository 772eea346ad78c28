import { z } from 'zod';
import {
  actorView,
  articleView,
  type ClaimView,
  claimView,
  evidenceView,
  locationView,
  operationView,
  sourceView,
} from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { disputed, rootAtClaimDate } from './claim-conditions.ts';
import {
  ALL_CLAIM_PARTS,
  CLAIM_PROJECTION,
  type ClaimPart,
  claimProjection,
  type NestedKeys,
} from './claim-projection.ts';
import type { ClaimSelection, CompiledSelection } from './claim-selection.ts';
import { checkSelectionIds } from './claim-selection-ids.ts';
import type { Keyset } from './pagination.ts';

const SORT_KEY = 'c.sortDate';

/** Reads of the claims a compiled selection (claim-selection.ts) picks: pages, totals and group sizes. */

export class ClaimRepository {
  constructor(private readonly db: Database) {}

  /**
   * A page of claims with the parts asked for. Parts not asked for are absent from the returned views: the
   * caller asks for what it will read (see graphql/selected-claim-parts.ts).
   */
  async list(
    match: CompiledSelection,
    first: number,
    after: Keyset | undefined,
    parts: ReadonlySet<ClaimPart> = ALL_CLAIM_PARTS,
    keys: NestedKeys = {},
  ): Promise<ClaimView[]> {
    const cursor = after
      ? `WITH c WHERE ${SORT_KEY} > date($afterKey) OR (${SORT_KEY} = date($afterKey) AND c.id > $afterId)\n`
      : '';
    const query = namedQuery(
      'listClaims',
      `${match.match}\n${cursor}WITH c ORDER BY ${SORT_KEY}, c.id LIMIT $limit\nRETURN ${claimProjection(parts, keys)} AS claim`,
      CLAIM_PAGE_ROW,
    );
    const rows = await this.db.read(query, {
      ...match.params,
      limit: first + 1,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
    });
    return rows.map((r) => r.claim as ClaimView);
  }

  async count(match: CompiledSelection): Promise<number> {
    const query = namedQuery('countClaims', `${match.match}\nRETURN count(c) AS total`, TOTAL_ROW);
    const [row] = await this.db.read(query, match.params);
    return row?.total ?? 0;
  }

  /**
   * Group sizes for dashboards; the grouping expression comes from the fixed SUPPORT_GROUPS map. The distinct
   * articles, sources and disputed claims of a group cost a walk over its claims' evidence (or their facts) each:
   * computed only when `fields` asks for them (all by default).
   */
  stats(
    match: CompiledSelection,
    groupBy: SupportGroup,
    rollUp = false,
    fields: ReadonlySet<string> = ALL_STAT_FIELDS,
  ): Promise<SupportStatRow[]> {
    const order = groupBy === 'MONTH' ? 'key' : 'claims DESC, key';
    const rolled = rollUp && (groupBy === 'SUPPORTER' || groupBy === 'RECIPIENT');
    const grouping = rolled ? rootAtClaimDate(groupBy === 'SUPPORTER' ? 'SUBJECT' : 'OBJECT') : SUPPORT_GROUPS[groupBy];
    const optional = OPTIONAL_STATS.filter(([name]) => fields.has(name));
    const query = namedQuery(
      `supportStatsBy${groupBy}${rolled ? 'RolledUp' : ''}${optional.map(([name]) => `_${name}`).join('')}`,
      `${match.match}
       WITH c, ${grouping} AS group
       WITH group, collect(c) AS members
       RETURN group.key AS key, group.label AS label, size(members) AS claims,
              reduce(n = 0, m IN members | n + m.evidenceCount) AS evidences${optional.map(([name, expression]) => `,\n              ${expression} AS ${name}`).join('')}
       ORDER BY ${order}`,
      supportStat,
    );
    return this.db.read(query, match.params);
  }

  /** NOT_FOUND for an id the selection names and the graph lacks (claim-selection-ids.ts). */
  checkIds(selection: ClaimSelection): Promise<void> {
    return checkSelectionIds(this.db, selection);
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

/** Statistics computed only when selected, with their Cypher over a group's `members`. */
const OPTIONAL_STATS: [name: string, expression: string][] = [
  // Distinct articles and sources per group, counted by Neo4j over the group's claims at once.
  [
    'articles',
    'COUNT { UNWIND members AS m MATCH (m)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a:Article) RETURN DISTINCT a }',
  ],
  [
    'sources',
    'COUNT { UNWIND members AS m MATCH (m)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s:Source) RETURN DISTINCT s }',
  ],
  ['disputed', `size([c IN members WHERE ${disputed('c')}])`],
];
const ALL_STAT_FIELDS: ReadonlySet<string> = new Set(OPTIONAL_STATS.map(([name]) => name));

const supportStat = z.object({
  key: z.string(),
  label: z.string(),
  claims: z.number(),
  evidences: z.number(),
  articles: z.number().optional(),
  sources: z.number().optional(),
  disputed: z.number().optional(),
});
export type SupportStatRow = z.infer<typeof supportStat>;

// A page projects only the parts and keys its request reads: every part and every key but the ids may be absent,
// and what is present is still checked.
const some = <Shape extends z.ZodRawShape>(view: z.ZodObject<Shape>) => view.partial().extend({ id: z.string() });
const partialClaimView = claimView
  .extend({
    subject: some(actorView),
    object: some(actorView).nullable(),
    operation: some(operationView).nullable(),
    location: some(locationView).nullable(),
    evidences: z.array(
      some(evidenceView).extend({
        article: some(articleView).optional(),
        sources: z.array(some(sourceView)).optional(),
      }),
    ),
  })
  .partial({
    kind: true,
    supportType: true,
    statementType: true,
    polarity: true,
    certainty: true,
    date: true,
    when: true,
    whenBasis: true,
    materiel: true,
    officiallyAcknowledged: true,
    draft: true,
    evidenceCount: true,
    articleCount: true,
    publisherCount: true,
    subject: true,
    object: true,
    operation: true,
    location: true,
    evidences: true,
    sourceCount: true,
    alternativeIds: true,
    contradictingIds: true,
  });
// Row schemas are built once: zod compiles an object schema's checks on its first parse, which cost every request
// tens of microseconds when the schema was built per call.
const CLAIM_PAGE_ROW = z.object({ claim: partialClaimView });
const TOTAL_ROW = z.object({ total: z.number() });

const CLAIMS_BY_ID = namedQuery(
  'claimsById',
  `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN ${CLAIM_PROJECTION} AS claim`,
  z.object({ claim: claimView }),
);
