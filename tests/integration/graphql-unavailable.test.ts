import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { Database } from '../../src/neo4j/database.ts';
import { freePort } from '../../src/neo4j/local/server.ts';
import { graphqlClient } from '../helpers/graphql.ts';

describe('when Neo4j is unreachable', () => {
  it('requests fail fast with UNAVAILABLE and no internals', async () => {
    const port = await freePort();
    const db = Database.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'irrelevant', database: 'neo4j', txTimeoutMs: 5000 },
      silentLogger,
    );
    try {
      const query = graphqlClient(db);
      const started = Date.now();
      const result = await query('{ actor(id: "mali") { name } }');
      expect(result.errors?.[0]).toMatchObject({
        message: 'The graph database is unavailable',
        extensions: { code: 'UNAVAILABLE' },
      });
      expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      await db.close();
    }
  });
});
