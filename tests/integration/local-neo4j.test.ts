import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localEnvironment } from '../../src/config/environment.ts';
import { silentLogger } from '../../src/logger.ts';
import { LocalNeo4j } from '../../src/neo4j/local/server.ts';

describe('local Neo4j runtime', () => {
  it('says clearly when its Bolt port is taken, and leaves nothing running', async () => {
    const takenPort = new URL(inject('neo4j').uri.replace(/^bolt/, 'http')).port;
    const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-port-'));
    try {
      const env = localEnvironment(dir, Number(takenPort));
      const local = new LocalNeo4j(env.local, silentLogger);
      await expect(local.start('service')).rejects.toThrow(`Port ${takenPort} on 127.0.0.1 is already taken`);
      expect((await local.status()).running).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
