import { z } from 'zod';
import { actorView, locationView, type OperationView, operationView } from '../model/views.ts';
import { LOCATION_ROLES } from '../model/vocabulary.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Keyset } from './pagination.ts';
import { ACTOR_FIELDS, LOCATION_FIELDS, OPERATION_FIELDS, project } from './projections.ts';

// Operations: pages by date, search, details (places with their role, campaign, sides from the claims).

const operationDetails = z.object({
  id: z.string(),
  locations: z.array(z.object({ role: z.enum(LOCATION_ROLES), location: locationView })),
  campaign: operationView.nullable(),
  conductors: z.array(actorView),
  opponents: z.array(actorView),
  supporters: z.array(actorView),
  claimIds: z.array(z.string()),
});
export type OperationDetails = z.infer<typeof operationDetails>;

const OPERATIONS_BY_ID = namedQuery(
  'operationsById',
  `UNWIND $ids AS id MATCH (o:Operation {id: id}) RETURN ${project('o', OPERATION_FIELDS)} AS operation`,
  z.object({ operation: operationView }),
);

const actorsInClaims = (kind: string, role: 'SUBJECT' | 'OBJECT') =>
  `COLLECT { MATCH (o)<-[:IN_OPERATION]-(c:Claim {kind: '${kind}', polarity: 'ASSERTED'})-[:${role}]->(a:Actor)
             RETURN DISTINCT ${project('a', ACTOR_FIELDS)} AS actor ORDER BY actor.id }`;

const OPERATION_DETAILS = namedQuery(
  'operationDetails',
  `UNWIND $ids AS id
   MATCH (o:Operation {id: id})
   RETURN id,
     COLLECT { MATCH (o)-[r:AT]->(l:Location) RETURN {role: r.role, location: ${project('l', LOCATION_FIELDS)}} ORDER BY r.role, l.id } AS locations,
     COLLECT { MATCH (o)-[:PART_OF]->(p:Operation) RETURN ${project('p', OPERATION_FIELDS)} }[0] AS campaign,
     ${actorsInClaims('COMBAT', 'SUBJECT')} AS conductors,
     ${actorsInClaims('COMBAT', 'OBJECT')} AS opponents,
     ${actorsInClaims('SUPPORT', 'SUBJECT')} AS supporters,
     COLLECT { MATCH (o)<-[:IN_OPERATION]-(c:Claim) RETURN c.id ORDER BY c.sortDate, c.id } AS claimIds`,
  operationDetails,
);

export interface OperationCriteria {
  /** Prepared Lucene query (fulltextQuery). */
  search?: string;
  location?: string;
  actor?: string;
  from?: string;
  to?: string;
  eventType?: string;
}

const OPERATION_CONDITIONS = `
   WHERE ($location IS NULL OR EXISTS {
           MATCH (o)-[:AT]->(:Location)-[:PART_OF*0..6]->(:Location {id: $location}) })
     AND ($actor IS NULL OR EXISTS {
           MATCH (o)<-[:IN_OPERATION]-(:Claim)-[:SUBJECT|OBJECT]->(:Actor {id: $actor}) })
     AND ($from IS NULL OR coalesce(o.dateEnd, o.dateStart) >= date($from))
     AND ($to IS NULL OR o.dateStart <= date($to))
     AND ($eventType IS NULL OR o.eventType = $eventType)`;

const operationAnchor = (search: boolean) =>
  search ? "CALL db.index.fulltext.queryNodes('operation_search', $search) YIELD node AS o" : 'MATCH (o:Operation)';

const listOperations = (search: boolean) =>
  namedQuery(
    search ? 'searchOperations' : 'listOperations',
    `${operationAnchor(search)}
     ${OPERATION_CONDITIONS}
       AND ($afterId IS NULL OR o.dateStart > date($afterKey) OR (o.dateStart = date($afterKey) AND o.id > $afterId))
     RETURN ${project('o', OPERATION_FIELDS)} AS operation
     ORDER BY o.dateStart, o.id LIMIT $limit`,
    z.object({ operation: operationView }),
  );

const countOperations = (search: boolean) =>
  namedQuery(
    search ? 'countSearchOperations' : 'countOperations',
    `${operationAnchor(search)} ${OPERATION_CONDITIONS} RETURN count(o) AS total`,
    z.object({ total: z.number() }),
  );

const LIST_OPERATIONS = listOperations(false);
const SEARCH_OPERATIONS = listOperations(true);
const COUNT_OPERATIONS = countOperations(false);
const COUNT_SEARCH_OPERATIONS = countOperations(true);

function operationParams(c: OperationCriteria) {
  return {
    search: c.search ?? null,
    location: c.location ?? null,
    actor: c.actor ?? null,
    from: c.from ?? null,
    to: c.to ?? null,
    eventType: c.eventType ?? null,
  };
}

export class OperationRepository {
  constructor(private readonly db: Database) {}

  /** A page of operations by date, then id. */
  async page(criteria: OperationCriteria, first: number, after: Keyset | undefined): Promise<OperationView[]> {
    const params = {
      ...operationParams(criteria),
      limit: first + 1,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
    };
    const rows = await this.db.read(criteria.search ? SEARCH_OPERATIONS : LIST_OPERATIONS, params);
    return rows.map((r) => r.operation);
  }

  async count(criteria: OperationCriteria): Promise<number> {
    const rows = await this.db.read(
      criteria.search ? COUNT_SEARCH_OPERATIONS : COUNT_OPERATIONS,
      operationParams(criteria),
    );
    return rows[0]?.total ?? 0;
  }

  async byIds(ids: readonly string[]): Promise<OperationView[]> {
    return (await this.db.read(OPERATIONS_BY_ID, { ids: [...ids] })).map((r) => r.operation);
  }

  details(ids: readonly string[]): Promise<OperationDetails[]> {
    return this.db.read(OPERATION_DETAILS, { ids: [...ids] });
  }
}
