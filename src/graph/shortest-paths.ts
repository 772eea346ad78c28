import { z } from 'zod';
import { type ActorLinkView, actorLinkView } from '../model/views.ts';
import { ACTOR_TIES } from '../model/vocabulary.ts';
import { type Database, namedQuery } from '../neo4j/database.ts';
import { pairClaims } from './actor-link-queries.ts';

// Shortest connections between two actors, counted in links (a claim between two actors is one link, like a
// hierarchy tie). Breadth-first from both ends at once, over actors rather than links: each level asks Neo4j for
// the distinct neighbours of a frontier through the aggregated LINKED relationships (actor-link-queries.ts: a
// hub's thousands of claims are its few dozen links), and the side with the smaller frontier moves. Round trips:
// one per level (≤ maxLength), plus one for the claims along the paths found, read by their pair's index.

export const NEIGHBOUR_ACTORS = namedQuery(
  'neighbourActors',
  `UNWIND $frontier AS fid
   MATCH (a:Actor {id: fid})
   CALL (a) {
     MATCH (a)-[:LINKED {polarity: 'ASSERTED'}]-(b:Actor) WHERE b <> a RETURN b
     UNION
     MATCH (a)-[:${ACTOR_TIES}]-(b:Actor) WHERE b <> a RETURN b
   }
   RETURN fid AS from, collect(b.id) AS neighbours`,
  z.object({ from: z.string(), neighbours: z.array(z.string()) }),
);

/**
 * The links between consecutive actors of the paths found, at most $first per pair, in id order: for each kind of
 * assertion between the two (their LINKED relationships), its first $first claims as the claim_pair index orders them.
 */
export const LINKS_BETWEEN = namedQuery(
  'linksBetween',
  `UNWIND $pairs AS pair
   MATCH (u:Actor {id: pair[0]}), (v:Actor {id: pair[1]})
   CALL (u, v) {
     MATCH (u)-[l:LINKED {polarity: 'ASSERTED'}]-(v)
     WITH DISTINCT l, startNode(l).id AS s, endNode(l).id AS o
     CALL (l, s, o) {
       ${pairClaims('s', 'o', { kind: 'l.kind', polarity: "'ASSERTED'" })}
       RETURN c ORDER BY c.subjectId, c.objectId, c.kind, c.polarity, c.id LIMIT $first
     }
     RETURN c.id AS id, c.kind AS type, s AS source, o AS target, c.id AS claimId
     UNION
     MATCH (u)-[r:${ACTOR_TIES}]-(v)
     RETURN type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS id, type(r) AS type,
            startNode(r).id AS source, endNode(r).id AS target, null AS claimId
   }
   WITH pair, id, type, source, target, claimId ORDER BY id
   WITH pair, collect({id: id, type: type, source: source, target: target, claimId: claimId})[..$first] AS links
   RETURN pair[0] AS u, pair[1] AS v, links`,
  z.object({ u: z.string(), v: z.string(), links: z.array(actorLinkView) }),
);

export interface PathResult {
  actorIds: string[];
  links: ActorLinkView[];
}

interface Side {
  depth: number;
  frontier: string[];
  level: Map<string, number>;
  /** For each reached actor, the actors one level closer to this side's start. */
  parents: Map<string, string[]>;
}

const start = (id: string): Side => ({ depth: 0, frontier: [id], level: new Map([[id, 0]]), parents: new Map() });

/** Up to `limit` actor sequences from `node` back to its side's start, parents taken in id order. */
function walkBack(side: Side, node: string, limit: number): string[][] {
  const out: string[][] = [];
  const walk = (at: string, suffix: string[]) => {
    if (out.length >= limit) return;
    const parents = side.parents.get(at);
    if (!parents) {
      out.push([at, ...suffix]);
      return;
    }
    for (const p of [...parents].sort()) walk(p, [at, ...suffix]);
  };
  walk(node, []);
  return out;
}

/** Every link sequence along an actor sequence (one link per step), at most `limit`, in order. */
function linkPaths(actors: string[], links: Map<string, ActorLinkView[]>, limit: number): PathResult[] {
  let partial: ActorLinkView[][] = [[]];
  for (let i = 0; i + 1 < actors.length; i++) {
    const step = links.get(`${actors[i]}\n${actors[i + 1]}`) ?? [];
    partial = partial.flatMap((p) => step.map((l) => [...p, l])).slice(0, limit);
  }
  return partial.map((l) => ({ actorIds: actors, links: l }));
}

export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  maxLength: number,
  first: number,
): Promise<PathResult[]> {
  if (from === to) return [];
  const sides: [Side, Side] = [start(from), start(to)];
  let meeting: string[] = [];
  for (let length = 1; length <= maxLength && meeting.length === 0; length++) {
    const [a, b] = sides[0].frontier.length <= sides[1].frontier.length ? sides : [sides[1], sides[0]];
    if (a.frontier.length === 0) break;
    const depth = a.depth + 1;
    const next = new Set<string>();
    for (const row of await db.read(NEIGHBOUR_ACTORS, { frontier: a.frontier })) {
      for (const n of row.neighbours) {
        if (a.level.has(n) && a.level.get(n) !== depth) continue;
        a.level.set(n, depth);
        a.parents.set(n, [...(a.parents.get(n) ?? []), row.from]);
        next.add(n);
      }
    }
    a.depth = depth;
    a.frontier = [...next];
    // The first meeting gives the length: the frontier actors the other side has reached, at its nearest level.
    const reached = a.frontier.filter((n) => b.level.has(n));
    const nearest = Math.min(...reached.map((n) => b.level.get(n)!));
    meeting = reached.filter((n) => b.level.get(n) === nearest).sort();
  }
  if (meeting.length === 0) return [];

  const [forward, backward] = sides;
  const actorPaths: string[][] = [];
  for (const m of meeting) {
    for (const head of walkBack(forward, m, first)) {
      for (const tail of walkBack(backward, m, first)) {
        if (actorPaths.length < first) actorPaths.push([...head, ...[...tail].reverse().slice(1)]);
      }
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const p of actorPaths)
    for (let i = 0; i + 1 < p.length; i++) pairs.set(`${p[i]}\n${p[i + 1]}`, [p[i]!, p[i + 1]!]);
  const links = new Map<string, ActorLinkView[]>();
  for (const row of await db.read(LINKS_BETWEEN, { pairs: [...pairs.values()], first })) {
    links.set(`${row.u}\n${row.v}`, row.links);
  }
  return actorPaths.flatMap((p) => linkPaths(p, links, first)).slice(0, first);
}
