import { z } from 'zod';
import { type Database, namedQuery } from '../neo4j/database.ts';

// Walking the actor graph: links are claims with a subject and an object, or ties of the actor hierarchy.

export const actorLinkRow = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  claimId: z.string().nullable(),
});
export type ActorLinkRow = z.infer<typeof actorLinkRow>;

export const MAX_NEIGHBORHOOD_NODES = 500;
const STRUCTURAL = 'PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS';

const NEIGHBOR_LINKS = namedQuery(
  'neighborLinks',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a) {
     MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)
     WHERE ($kinds IS NULL OR c.kind IN $kinds)
       AND ($from IS NULL OR c.sortDateEnd >= date($from)) AND ($to IS NULL OR c.sortDate <= date($to))
     MATCH (c)-[:SUBJECT]->(s:Actor), (c)-[:OBJECT]->(o:Actor)
     RETURN c.id AS id, c.kind AS type, s.id AS source, o.id AS target, c.id AS claimId
     UNION
     MATCH (a)-[r:${STRUCTURAL}]-(:Actor)
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type,
            startNode(r).id AS source, endNode(r).id AS target, null AS claimId
   }
   RETURN DISTINCT id, type, source, target, claimId
   ORDER BY id
   LIMIT $limit`,
  actorLinkRow,
);

export interface PathResult {
  actorIds: string[];
  links: ActorLinkRow[];
}

interface Step {
  previous: string;
  link: ActorLinkRow;
}

/** Every shortest path to `target`, walking the parent steps back to the start (at most `first`). */
function unwind(target: string, parents: Map<string, Step[]>, first: number): PathResult[] {
  const results: PathResult[] = [];
  const walk = (node: string, actorIds: string[], links: ActorLinkRow[]) => {
    if (results.length >= first) return;
    const steps = parents.get(node);
    if (!steps) {
      results.push({ actorIds: [node, ...actorIds], links });
      return;
    }
    for (const step of steps) walk(step.previous, [node, ...actorIds], [step.link, ...links]);
  };
  walk(target, [], []);
  return results;
}

const MISSING_ACTORS = namedQuery(
  'missingActors',
  'UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (:Actor {id: id}) } RETURN id',
  z.object({ id: z.string() }),
);

export class ExplorationRepository {
  constructor(private readonly db: Database) {}

  /** Ids among these that name no actor: a walk from them would answer "nothing" for a typo. */
  async missingActors(ids: string[]): Promise<string[]> {
    return (await this.db.read(MISSING_ACTORS, { ids })).map((r) => r.id);
  }

  /** Breadth-first, one query per level: round trips are bounded by the depth (≤ 3), not by the graph. */
  async neighborhood(ids: string[], depth: number, filter: { kinds?: string[]; from?: string; to?: string }) {
    const visited = new Set(ids);
    const edges = new Map<string, ActorLinkRow>();
    let frontier = [...ids];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const links = await this.db.read(NEIGHBOR_LINKS, {
        frontier,
        kinds: filter.kinds ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: MAX_NEIGHBORHOOD_NODES * 10,
      });
      const next: string[] = [];
      for (const link of links) {
        for (const end of [link.source, link.target]) {
          if (visited.has(end)) continue;
          if (visited.size >= MAX_NEIGHBORHOOD_NODES) {
            truncated = true;
            continue;
          }
          visited.add(end);
          next.push(end);
        }
        if (visited.has(link.source) && visited.has(link.target)) edges.set(link.id, link);
      }
      if (links.length === MAX_NEIGHBORHOOD_NODES * 10) truncated = true;
      frontier = next;
    }
    return { nodeIds: [...visited], edges: [...edges.values()], truncated };
  }

  /**
   * Shortest connections counted in links (a claim between two actors is one link, like a hierarchy tie), found
   * breadth-first one level per query: at most `maxLength` round trips.
   */
  async paths(from: string, to: string, maxLength: number, first: number): Promise<PathResult[]> {
    const level = new Map<string, number>([[from, 0]]);
    const parents = new Map<string, Step[]>();
    let frontier = [from];
    for (let depth = 1; depth <= maxLength && frontier.length > 0 && !level.has(to); depth++) {
      const inFrontier = new Set(frontier);
      const links = await this.db.read(NEIGHBOR_LINKS, {
        frontier,
        kinds: null,
        from: null,
        to: null,
        limit: MAX_NEIGHBORHOOD_NODES * 10,
      });
      const next = new Set<string>();
      for (const link of links) {
        for (const [u, v] of [
          [link.source, link.target],
          [link.target, link.source],
        ] as const) {
          if (!inFrontier.has(u) || (level.has(v) && level.get(v) !== depth)) continue;
          level.set(v, depth);
          parents.set(v, [...(parents.get(v) ?? []), { previous: u, link }]);
          next.add(v);
        }
      }
      frontier = [...next];
    }
    return level.has(to) && to !== from ? unwind(to, parents, first) : [];
  }
}
