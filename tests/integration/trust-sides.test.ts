import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { graphFingerprint, ingestJson, openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The sides of a fight on the seed: each actor on one side of each operation, and an article that would put one
// on both sides (here, a correct-looking "the army fought the rebels" at Tinzaouaten) is refused with its path.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

describe('sides of a fight', () => {
  it('Kidal and Tinzaouaten list each actor on one side, and the outcome is the conducting side view', async () => {
    type Op = { conductors: { id: string }[]; opponents: { id: string }[]; outcomeType: string };
    const result = await query<{ kidal: Op; tin: Op }>(`{
      kidal: operation(id: "op-kidal-2023") { conductors { id } opponents { id } outcomeType }
      tin: operation(id: "op-tinzaouaten-2024") { conductors { id } opponents { id } outcomeType }
    }`);
    const { kidal, tin } = result.data!;
    expect([ids(kidal.conductors), ids(kidal.opponents), kidal.outcomeType]).toEqual([['fama'], ['csp'], 'VICTORY']);
    expect([ids(tin.conductors), ids(tin.opponents), tin.outcomeType]).toEqual([
      ['csp', 'jnim'],
      ['fama', 'wagner'],
      'VICTORY',
    ]);
  });

  it('refuses an article that would put the army on both sides of Tinzaouaten, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const text = 'The Malian army fought the CSP rebels near Tinzaouaten.';
    const summary = await ingestJson(db, 'fama-vs-csp.json', {
      kind: 'article',
      formatVersion: 1,
      article: {
        id: 'fama-vs-csp',
        title: 'Tinzaouaten',
        publisher: 'Test Press',
        language: 'en',
        publishedAt: '2024-07-30',
        authorship: 'PUBLISHED',
        text,
      },
      claims: [
        {
          kind: 'COMBAT',
          subject: 'fama',
          object: 'csp',
          operation: 'op-tinzaouaten-2024',
          evidence: [{ quote: 'The Malian army fought the CSP rebels', certainty: 'REPORTED' }],
        },
      ],
    });
    expect(summary.counts.failed).toBe(1);
    const issues = summary.documents[0]!.issues!;
    expect(issues.map((i) => i.path)).toEqual(['claims[0].subject', 'claims[0].object']);
    expect(issues[0]!.message).toMatch(/^"fama" would be on both sides of operation "op-tinzaouaten-2024"/);
    expect(issues[0]!.message).toContain('ACLED');
    expect(await graphFingerprint(db)).toBe(before);
  });
});
