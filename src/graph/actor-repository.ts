import { z } from 'zod';
import { type ActorView, actorView } from '../model/views.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import type { Keyset } from './pagination.ts';
import { ACTOR_FIELDS, project } from './projections.ts';

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
   WITH a, round(score * 1000000) / 1000000 AS score
   WHERE ($kind IS NULL OR a.kind = $kind)
     AND ($afterId IS NULL OR score < $afterScore OR (score = $afterScore AND a.id > $afterId))
   RETURN ${project('a', ACTOR_FIELDS)} AS actor, toString(score) AS key
   ORDER BY score DESC, a.id LIMIT $limit`,
  z.object({ actor: actorView, key: z.string() }),
);

const LIST_ACTORS = namedQuery(
  'listActors',
  `MATCH (a:Actor)
   WHERE ($kind IS NULL OR a.kind = $kind) AND ($afterId IS NULL OR a.id > $afterId)
   RETURN ${project('a', ACTOR_FIELDS)} AS actor, a.id AS key
   ORDER BY a.id LIMIT $limit`,
  z.object({ actor: actorView, key: z.string() }),
);

const COUNT_SEARCH_ACTORS = namedQuery(
  'countSearchActors',
  `CALL db.index.fulltext.queryNodes('actor_search', $query) YIELD node AS a
   WHERE $kind IS NULL OR a.kind = $kind RETURN count(a) AS total`,
  z.object({ total: z.number() }),
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

  /** `query` is a prepared Lucene query (see fulltextQuery), or undefined to list by id. */
  async list(query: string | undefined, kind: string | undefined, first: number, after: Keyset | undefined) {
    const params = {
      query,
      kind: kind ?? null,
      limit: first + 1,
      afterId: after?.id ?? null,
      afterScore: after ? Number(after.key) : null,
    };
    return query === undefined ? this.db.read(LIST_ACTORS, params) : this.db.read(SEARCH_ACTORS, params);
  }

  async count(query: string | undefined, kind: string | undefined): Promise<number> {
    const rows =
      query === undefined
        ? await this.db.read(COUNT_ACTORS, { kind: kind ?? null })
        : await this.db.read(COUNT_SEARCH_ACTORS, { query, kind: kind ?? null });
    return rows[0]?.total ?? 0;
  }

  async alliances(): Promise<ActorView[]> {
    return (await this.db.read(ALLIANCES)).map((r) => r.actor);
  }
}
