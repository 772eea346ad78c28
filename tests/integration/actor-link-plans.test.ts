import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_PAIRS, REFRESH_LINKS } from '../../src/graph/actor-link-queries.ts';
import { CLAIMS_OF_LINKS, FRONTIER_LINKS } from '../../src/graph/neighbourhood-queries.ts';
import { LINKS_BETWEEN, NEIGHBOUR_ACTORS } from '../../src/graph/shortest-paths.ts';
import type { Database, NamedQuery } from '../../src/neo4j/database.ts';
import { connectTestDatabase, loadSeed, resetGraph } from '../helpers/database.ts';
import { planOperators } from '../helpers/plans.ts';

// The walks and the loader's link refresh scale with a pair's claims only while they seek the claim_pair index:
// a statement that stopped naming one of its properties would silently scan every claim. Their plans say.

let db: Database;
beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await loadSeed(db);
});
afterAll(() => db.close());

const plan = (query: NamedQuery<unknown>, params: Record<string, unknown>) => planOperators(db, query.cypher, params);

const walk = { frontier: ['fama'], kinds: null, polarities: ['ASSERTED'], limit: 10, details: true };
const link = { type: 'SUPPORT', polarity: 'ASSERTED', source: 'wagner', target: 'fama' };

describe('actor link statements', () => {
  it.each([
    ['refreshActorLinks', REFRESH_LINKS, { actors: ['fama', 'wagner'], pairs: [['wagner', 'fama']], certainties: [] }],
    ['neighborLinks with dates', FRONTIER_LINKS, { ...walk, from: '2023-01-01', to: '2023-12-31' }],
    ['claimsOfLinks', CLAIMS_OF_LINKS, { links: [link], perLink: 3, from: null, to: null }],
    ['linksBetween', LINKS_BETWEEN, { pairs: [['wagner', 'fama']], first: 3 }],
  ] as const)('%s seeks claims through the claim_pair index, never scans them', async (_name, query, params) => {
    const ops = await plan(query as NamedQuery<unknown>, params);
    expect(
      ops.some((o) => o.includes('Claim(subjectId, objectId, kind, polarity, id)')),
      ops.join('\n'),
    ).toBe(true);
    expect(ops.filter((o) => /NodeByLabelScan|AllNodesScan|NodeIndexScan/.test(o))).toEqual([]);
  });

  it.each([
    ['neighborLinks', FRONTIER_LINKS, { ...walk, from: null, to: null }],
    ['neighbourActors', NEIGHBOUR_ACTORS, { frontier: ['fama'] }],
    ['claimPairs', CLAIM_PAIRS, { ids: ['x'] }],
  ] as const)('%s starts from actors or claims by id, never from a scan', async (_name, query, params) => {
    const ops = await plan(query as NamedQuery<unknown>, params);
    expect(ops.filter((o) => /NodeByLabelScan|AllNodesScan|NodeIndexScan/.test(o))).toEqual([]);
  });
});
