import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSummary } from '../../src/cli/ingest-command.ts';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { article, gazetteer, supportClaim } from '../helpers/fixtures.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The ingest summary separates claims new to the graph, reports merging into claims other articles state, and
// claims dropped because an edited article no longer states them.

const writerKey = newApiKey();
let db: Database;
let query: ReturnType<typeof graphqlClient>;

const INGEST =
  'mutation ($doc: JSON!) { ingestArticle(document: $doc) { status claims { created merged restated dropped } } }';
const TEXT = 'Le Niger a prêté un avion-cargo à l’armée malienne. Wagner a peut-être aussi combattu à Kidal.';
const wagner = supportClaim({
  subject: 'wagner',
  supportType: 'MERCENARIES',
  materiel: 'combattants',
  evidence: [{ quote: 'Wagner a peut-être aussi combattu à Kidal', certainty: 'POSSIBLE' }],
});

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestJson(db, 'gazetteer.json', gazetteer);
  query = graphqlClient(db, [{ role: 'writer', sha256: hashApiKey(writerKey) }]);
});
afterAll(() => db.close());

const ingest = async (doc: unknown) => {
  const result = await query<{ ingestArticle: { status: string; claims: Record<string, number> } }>(
    INGEST,
    { doc },
    writerKey,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.ingestArticle;
};

describe('ingest summary of claims', () => {
  it('reports created, merged, restated and dropped claims through the mutation', async () => {
    expect(await ingest(article({ id: 'a', text: TEXT }))).toEqual({
      status: 'CREATED',
      claims: { created: 1, merged: 0, restated: 0, dropped: 0 },
    });
    // Another article reporting the same fact merges into the claim.
    expect((await ingest(article({ id: 'b', text: TEXT, publisher: 'Other Press' }))).claims).toEqual({
      created: 0,
      merged: 1,
      restated: 0,
      dropped: 0,
    });
    // "a" edited: it keeps the (shared) cargo claim and adds Wagner.
    expect((await ingest(article({ id: 'a', text: TEXT, claims: [supportClaim(), wagner] }))).claims).toEqual({
      created: 1,
      merged: 1,
      restated: 0,
      dropped: 0,
    });
    // "a" edited again: only Wagner now, restated; the cargo claim stays (b states it), nothing dropped.
    expect((await ingest(article({ id: 'a', text: TEXT, claims: [wagner] }))).claims).toEqual({
      created: 0,
      merged: 0,
      restated: 1,
      dropped: 0,
    });
    // "b" edited to state Wagner only: the cargo claim has no article left and is dropped.
    expect((await ingest(article({ id: 'b', text: TEXT, publisher: 'Other Press', claims: [wagner] }))).claims).toEqual(
      { created: 0, merged: 1, restated: 0, dropped: 1 },
    );
  });

  it('prints the claim outcomes on the command line', async () => {
    const summary = await ingestJson(db, 'c.json', article({ id: 'c', text: TEXT, claims: [supportClaim(), wagner] }));
    const lines: string[] = [];
    printSummary(summary, (line) => lines.push(line));
    expect(lines).toContain(
      'claims: 1 created, 1 merged into claims other articles state, 0 restated, 0 dropped (no article states them any more)',
    );
  });
});
