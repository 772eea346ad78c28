import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localEnvironment } from '../../src/config/environment.ts';
import { migrate } from '../../src/graph/migrations.ts';
import { silentLogger } from '../../src/logger.ts';
import { Database } from '../../src/neo4j/database.ts';
import { DatabaseError } from '../../src/neo4j/errors.ts';
import { freePort, LocalNeo4j, type LocalNeo4jConnection } from '../../src/neo4j/local/server.ts';
import { graphFingerprint, ingestJson } from '../helpers/database.ts';
import { article, gazetteer } from '../helpers/fixtures.ts';

// A Neo4j of its own, killed (SIGKILL, as a crash) in the middle of an article's transaction, then restarted.

function connect(c: LocalNeo4jConnection) {
  return Database.connect(
    { uri: c.uri, user: c.user, password: c.password, database: 'neo4j', txTimeoutMs: 30_000 },
    silentLogger,
  );
}

describe('a Neo4j crash during ingestion', () => {
  it('leaves no partial article, and re-running the ingestion completes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-crash-'));
    const env = localEnvironment(dir, await freePort());
    const local = new LocalNeo4j(env.local, silentLogger);
    try {
      let connection = await local.start('service');
      let db = connect(connection);
      await migrate(db, silentLogger);
      await ingestJson(db, 'gazetteer.json', gazetteer);
      const before = await graphFingerprint(db);

      const crashed = ingestJson(db, 'a.json', article({ id: 'interrupted' }), {
        onStep: async (step) => {
          if (step !== 'claims') return;
          process.kill(connection.pid, 'SIGKILL');
          while ((await local.status()).running) await new Promise((r) => setTimeout(r, 100));
        },
      });
      await expect(crashed).rejects.toBeInstanceOf(DatabaseError);
      await expect(crashed).rejects.toMatchObject({ failure: 'UNAVAILABLE' });
      await db.close();

      connection = await local.start('service');
      db = connect(connection);
      expect(await graphFingerprint(db)).toBe(before);

      const rerun = await ingestJson(db, 'a.json', article({ id: 'interrupted' }));
      expect(rerun.counts.created).toBe(1);
      expect(await graphFingerprint(db)).not.toBe(before);
      await db.close();
    } finally {
      await local.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
