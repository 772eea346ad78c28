import { z } from 'zod';
import { type ActorView, actorView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Keyset } from './pagination.ts';
import { ACTOR_FIELDS, project } from './projections.ts';
import { fulltextQuery, rankByNames, SEARCH_CANDIDATES } from './search-text.ts';

const periodLink = z.object({ actor: actorView, since: z.string().nullable(), until: z.string().nullable() });
export type PeriodLink = z.infer<typeof periodLink>;

const actorRelations = z.object({
  id: z.string(),
  partOf: actorView.nullable(),
  parts: z.array(actorView),
  affiliations: z.array(periodLink),
  memberships: z.array(periodLink),
  members: z.array(periodLink),
  succeeds: z.object({ actor: actorView, date: z.string().nullable() }).nullable(),
});
export type ActorRelations = z.infer<typeof actorRelations>;

const ACTORS_BY_ID = namedQuery(
  'actorsById',
  `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${project('a', ACTOR_FIELDS)} AS actor`,
  z.object({ actor: actorView }),
);

const ACTOR_RELATIONS = namedQuery(
  'actorRelations',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id})
   RETURN id,
     COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN ${project('p', ACTOR_FIELDS)} }[0] AS partOf,
     COLLECT { MATCH (a)<-[:PART_OF]-(p:Actor) RETURN ${project('p', ACTOR_FIELDS)} ORDER BY p.id } AS parts,
     COLLECT { MATCH (a)-[r:AFFILIATED_WITH]->(t:Actor)
               RETURN {actor: ${project('t', ACTOR_FIELDS)}, since: r.since, until: r.until} ORDER BY r.sinceStart, t.id } AS affiliations,
     COLLECT { MATCH (a)-[r:MEMBER_OF]->(t:Actor)
               RETURN {actor: ${project('t', ACTOR_FIELDS)}, since: r.since, until: r.until} ORDER BY r.sinceStart, t.id } AS memberships,
     COLLECT { MATCH (a)<-[r:MEMBER_OF]-(t:Actor)
               RETURN {actor: ${project('t', ACTOR_FIELDS)}, since: r.since, until: r.until} ORDER BY r.sinceStart, t.id } AS members,
     COLLECT { MATCH (a)-[r:SUCCEEDS]->(t:Actor) RETURN {actor: ${project('t', ACTOR_FIELDS)}, date: r.date} }[0] AS succeeds`,
  actorRelations,
);

const SEARCH_ACTORS = namedQuery(
  'searchActors',
  `CALL db.index.fulltext.queryNodes('actor_search', $query) YIELD node AS a, score
   WHERE $kind IS NULL OR a.kind = $kind
   RETURN ${project('a', ACTOR_FIELDS)} AS actor
   ORDER BY score DESC, a.id LIMIT $limit`,
  z.object({ actor: actorView }),
);

const LIST_ACTORS = namedQuery(
  'listActors',
  `MATCH (a:Actor)
   WHERE ($kind IS NULL OR a.kind = $kind) AND ($afterId IS NULL OR a.id > $afterId)
   RETURN ${project('a', ACTOR_FIELDS)} AS actor, a.id AS key
   ORDER BY a.id LIMIT $limit`,
  z.object({ actor: actorView, key: z.string() }),
);

const COUNT_ACTORS = namedQuery(
  'countActors',
  'MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind RETURN count(a) AS total',
  z.object({ total: z.number() }),
);

const ALLIANCES = namedQuery(
  'alliances',
  `MATCH (a:Alliance) RETURN ${project('a', ACTOR_FIELDS)} AS actor ORDER BY a.name`,
  z.object({ actor: actorView }),
);

export class ActorRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: readonly string[]): Promise<ActorView[]> {
    return (await this.db.read(ACTORS_BY_ID, { ids: [...ids] })).map((r) => r.actor);
  }

  relations(ids: readonly string[]): Promise<ActorRelations[]> {
    return this.db.read(ACTOR_RELATIONS, { ids: [...ids] });
  }

  /** Every actor, or of one kind, by id. */
  list(kind: string | undefined, first: number, after: Keyset | undefined) {
    return this.db.read(LIST_ACTORS, { kind: kind ?? null, limit: first + 1, afterId: after?.id ?? null });
  }

  /**
   * Actors matching typed text, best first (exact, prefix, then fuzzy; see rankByNames): up to SEARCH_CANDIDATES
   * full-text candidates, ranked here by their names and aliases.
   */
  async search(text: string, kind: string | undefined): Promise<ActorView[]> {
    const query = fulltextQuery(text, { fuzzy: true });
    if (query === undefined) return [];
    const rows = await this.db.read(SEARCH_ACTORS, { query, kind: kind ?? null, limit: SEARCH_CANDIDATES });
    return rankByNames(
      text,
      rows.map((r) => r.actor),
      (a) => [a.name, ...a.aliasNames],
    ).map((r) => r.item);
  }

  async count(kind: string | undefined): Promise<number> {
    const rows = await this.db.read(COUNT_ACTORS, { kind: kind ?? null });
    return rows[0]?.total ?? 0;
  }

  async alliances(): Promise<ActorView[]> {
    return (await this.db.read(ALLIANCES)).map((r) => r.actor);
  }
}
