import { z } from 'zod';
import { type ActorLinkView as ActorLinkRow, actorLinkView as actorLinkRow } from '../model/views.ts';
import { ACTOR_TIES } from '../model/vocabulary.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { rootAtClaimDate } from './claim-conditions.ts';
import { type PathResult, shortestPaths } from './shortest-paths.ts';

// Walking the actor graph: links are claims with a subject and an object, or ties of the actor hierarchy.

export const MAX_NEIGHBORHOOD_NODES = 500;
const STRUCTURAL = ACTOR_TIES;

const NEIGHBOR_LINKS = namedQuery(
  'neighborLinks',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a) {
     MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)
     WHERE ($kinds IS NULL OR c.kind IN $kinds) AND c.polarity IN $polarities
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

/**
 * With roll-up, a claim is drawn between the actors its subject and object roll up to at the claim's date (FAMa's
 * claims are Mali's, Wagner's are Russia's while affiliated; see claim-conditions.ts), so the walk finds a state's
 * claims through its parts; ties inside a hierarchy are folded away, alliances and successions stay.
 */
const NEIGHBOR_LINKS_ROLLED_UP = namedQuery(
  'neighborLinksRolledUp',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a, fid) {
     MATCH (a)<-[:PART_OF|AFFILIATED_WITH*0..4]-(:Actor)<-[:SUBJECT|OBJECT]-(c:Claim)
     WHERE ($kinds IS NULL OR c.kind IN $kinds) AND c.polarity IN $polarities
       AND ($from IS NULL OR c.sortDateEnd >= date($from)) AND ($to IS NULL OR c.sortDate <= date($to))
       AND EXISTS { (c)-[:OBJECT]->(:Actor) }
     WITH DISTINCT c
     WITH c, ${rootAtClaimDate('SUBJECT')}.key AS source, ${rootAtClaimDate('OBJECT')}.key AS target
     WHERE source <> target AND fid IN [source, target]
     RETURN c.id AS id, c.kind AS type, source, target, c.id AS claimId
     UNION
     MATCH (a)-[r:MEMBER_OF|SUCCEEDS]-(:Actor)
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type,
            startNode(r).id AS source, endNode(r).id AS target, null AS claimId
   }
   RETURN DISTINCT id, type, source, target, claimId
   ORDER BY id
   LIMIT $limit`,
  actorLinkRow,
);

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
  async neighborhood(
    ids: string[],
    depth: number,
    filter: { kinds?: string[]; from?: string; to?: string; polarities?: string[]; rollUp?: boolean },
  ) {
    const visited = new Set(ids);
    const edges = new Map<string, ActorLinkRow>();
    let frontier = [...ids];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const links = await this.db.read(filter.rollUp ? NEIGHBOR_LINKS_ROLLED_UP : NEIGHBOR_LINKS, {
        frontier,
        kinds: filter.kinds ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        polarities: filter.polarities ?? ['ASSERTED'],
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

  /** Shortest connections between two actors: see shortest-paths.ts. */
  paths(from: string, to: string, maxLength: number, first: number): Promise<PathResult[]> {
    return shortestPaths(this.db, from, to, maxLength, first);
  }
}
