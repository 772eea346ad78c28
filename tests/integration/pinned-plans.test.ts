import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS_AND_CHECKS } from '../../src/graph/batch-check-queries.ts';
import { WRITE_ARTICLES, WRITE_CLAIMS, WRITE_EVIDENCE } from '../../src/graph/claim-write-queries.ts';
import { ARTICLE_HASHES } from '../../src/graph/ingest-queries.ts';
import { PINNED_STATEMENTS } from '../../src/graph/pinned-plan.ts';
import '../../src/ingest/loader.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, resetGraph } from '../helpers/database.ts';
import { planOperators } from '../helpers/plans.ts';

// The loader's statements keep the plan Neo4j makes first (replan=skip), and after a reset that plan is made on an
// empty graph. It must then already start from id seeks or hinted index seeks: a scan chosen because the graph was
// empty would be kept while the graph grows to millions of claims.

let db: Database;
beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
});
afterAll(() => db.close());

describe('pinned loader plans', () => {
  it('cover the loader batch statements', () => {
    for (const query of [ARTICLE_HASHES, OPERATIONS_AND_CHECKS, WRITE_ARTICLES, WRITE_CLAIMS, WRITE_EVIDENCE])
      expect(PINNED_STATEMENTS, query.name).toContain(query.cypher);
  });

  it.each(PINNED_STATEMENTS.map((cypher) => [cypher.split('\n')[1]!.trim().slice(0, 60), cypher]))(
    '%s… starts from seeks on an empty graph',
    async (_start, cypher) => {
      // planned without parameter values, as Neo4j allows under EXPLAIN
      const ops = await planOperators(db, cypher.replace('CYPHER replan=skip', ''));
      expect(
        ops.filter((o) => /NodeByLabelScan|AllNodesScan|NodeIndexScan|RelationshipTypeScan/.test(o)),
        ops.join('\n'),
      ).toEqual([]);
    },
  );
});
