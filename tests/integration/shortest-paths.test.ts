import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { ExplorationRepository } from '../../src/graph/exploration-repository.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, resetGraph } from '../helpers/database.ts';

// The bidirectional search against a plain breadth-first search in memory, over every link of a synthetic graph.

const ALL_LINKS = namedQuery(
  'testAllActorLinks',
  `MATCH (s:Actor)<-[:SUBJECT]-(c:Claim {polarity: 'ASSERTED'})-[:OBJECT]->(o:Actor) WHERE s <> o RETURN s.id AS u, o.id AS v
   UNION ALL
   MATCH (a:Actor)-[:PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS]->(b:Actor) WHERE a <> b RETURN a.id AS u, b.id AS v`,
  z.object({ u: z.string(), v: z.string() }),
);

let db: Database;
/** Links between two actors, counted per unordered pair. */
const multiplicity = new Map<string, number>();
const neighbours = new Map<string, Set<string>>();
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  const corpus = generateCorpus({ articles: 80, claimsPerArticle: 4 }, 3);
  await ingestDocuments(db, asParsed(corpus));
  for (const { u, v } of await db.read(ALL_LINKS)) {
    multiplicity.set(pairKey(u, v), (multiplicity.get(pairKey(u, v)) ?? 0) + 1);
    for (const [a, b] of [
      [u, v],
      [v, u],
    ] as const) {
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    }
  }
});
afterAll(() => db.close());

/** Distance and number of shortest link sequences from `from` to `to`, by breadth-first search with counting. */
function reference(from: string, to: string): { distance: number; count: number } | null {
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of neighbours.get(u) ?? []) {
        const d = distance.get(u)! + 1;
        if (!distance.has(v)) {
          distance.set(v, d);
          next.push(v);
        }
        if (distance.get(v) === d) count.set(v, (count.get(v) ?? 0) + count.get(u)! * multiplicity.get(pairKey(u, v))!);
      }
    }
    frontier = next;
  }
  return distance.has(to) ? { distance: distance.get(to)!, count: count.get(to)! } : null;
}

describe('shortest paths between actors', () => {
  it('have the length breadth-first search finds, every one valid, all of them when few', async () => {
    const repo = new ExplorationRepository(db);
    const actors = [...neighbours.keys()].sort();
    let compared = 0;
    for (let i = 0; i < actors.length; i += 3) {
      for (let j = actors.length - 1 - (i % 5); j > i; j -= 3) {
        const [from, to] = [actors[i]!, actors[j]!];
        const expected = reference(from, to);
        const paths = await repo.paths(from, to, 6, 50);
        if (!expected || expected.distance > 6) {
          expect(paths).toEqual([]);
          continue;
        }
        compared++;
        expect(paths.length).toBe(Math.min(50, expected.count));
        const seen = new Set<string>();
        for (const p of paths) {
          expect(p.actorIds[0]).toBe(from);
          expect(p.actorIds.at(-1)).toBe(to);
          expect(p.links).toHaveLength(expected.distance);
          p.links.forEach((link, k) => {
            expect(pairKey(link.source, link.target)).toBe(pairKey(p.actorIds[k]!, p.actorIds[k + 1]!));
          });
          seen.add(p.links.map((l) => l.id).join(','));
        }
        expect(seen.size).toBe(paths.length);
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
