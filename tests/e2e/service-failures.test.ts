import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import { isAlive } from '../../src/neo4j/local/server.ts';
import { article, gazetteer } from '../helpers/fixtures.ts';
import { ServiceProcess, waitFor } from './service-process.ts';

// A real service and its own local Neo4j, attacked the way the release-blocking report did: more exports than it
// allows at once, a frozen database (SIGSTOP), a killed one (SIGKILL) in the middle of writes.

const writerKey = newApiKey();
let service: ServiceProcess;

beforeAll(async () => {
  service = await ServiceProcess.start({
    API_KEYS: `writer:${hashApiKey(writerKey)}`,
    HEAVY_REQUESTS_MAX: '1',
    HEAVY_REQUESTS_QUEUE: '0',
    NEO4J_TX_TIMEOUT_MS: '20000',
    NEO4J_READY_TIMEOUT_MS: '1500',
  });
});
afterAll(async () => {
  const pid = await service.neo4jPid().catch(() => undefined);
  if (pid) process.kill(pid, 'SIGCONT');
  expect(await service.stop()).toBe(0);
});

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

describe('the service under load and database failures', () => {
  it('refuses exports beyond its limit with 429 and Retry-After, and Neo4j keeps running', async () => {
    const pid = await service.neo4jPid();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        service.get('/export?format=graphml').then(async (r) => {
          await r.arrayBuffer();
          return { status: r.status, retryAfter: r.headers.get('retry-after') };
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(answers.find((a) => a.status === 429)?.retryAfter).toMatch(/^\d+$/);
    expect(await service.neo4jPid()).toBe(pid);
    expect(isAlive(pid)).toBe(true);
    expect((await service.get('/ready')).status).toBe(200);
    expect(service.log).toMatch(/path=\/export status=429 codes=RESOURCE_EXHAUSTED/);
  });

  it('says not ready within seconds when Neo4j freezes, fails requests fast, and recovers when it resumes', async () => {
    const pid = await service.neo4jPid();
    process.kill(pid, 'SIGSTOP');
    const frozenAt = Date.now();
    try {
      expect(await waitFor(async () => (await service.get('/ready')).status === 503, 10_000)).toBe(true);
      const secondsToNotReady = (Date.now() - frozenAt) / 1000;
      expect(secondsToNotReady).toBeLessThan(10);
      // After two missed probes the service stops waiting on the frozen server: requests fail at once.
      expect(await waitFor(async () => service.log.includes('marked unavailable'), 10_000)).toBe(true);
      const asked = Date.now();
      const answer = (await (await service.graphql('{ actor(id: "mali") { name } }')).json()) as Answer;
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(Date.now() - asked).toBeLessThan(2000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(await waitFor(async () => (await service.get('/ready')).status === 200, 30_000)).toBe(true);
    const again = (await (await service.graphql('{ actor(id: "mali") { name } }')).json()) as Answer;
    expect(again.data).toEqual({ actor: { name: 'Mali' } });
  });

  it('restarts a Neo4j killed during writes by itself, with no half-written article; re-sending completes them', async () => {
    const ingest = `mutation ($d: JSON!) { ingestArticle(document: $d) { status } }`;
    expect(
      ((await (await service.graphql(ingest, { d: gazetteer }, writerKey)).json()) as Answer).errors,
    ).toBeUndefined();
    const ids = Array.from({ length: 30 }, (_, i) => `e2e-crash-${i}`);
    const killedPid = await service.neo4jPid();
    let killedAt = 0;
    const sent = [];
    for (const [i, id] of ids.entries()) {
      if (i === 8) {
        process.kill(killedPid, 'SIGKILL');
        killedAt = Date.now();
      }
      sent.push(
        await service.graphql(ingest, { d: article({ id }) }, writerKey).then((r) => r.json() as Promise<Answer>),
      );
    }
    expect(sent.slice(0, 8).map((a) => a.errors)).toEqual(Array(8).fill(undefined));
    expect(sent.some((a) => a.errors?.[0]?.extensions?.code === 'UNAVAILABLE')).toBe(true);

    expect(await waitFor(async () => (await service.get('/ready')).status === 200, 120_000)).toBe(true);
    const secondsToRecover = (Date.now() - killedAt) / 1000;
    console.log(`recovered ${secondsToRecover.toFixed(1)} s after SIGKILL`);
    expect(await service.neo4jPid()).not.toBe(killedPid);
    expect(service.log).toMatch(/Local Neo4j \(pid \d+\) died: killed with SIGKILL/);
    expect(service.log).toMatch(/Local Neo4j restarted and ready/);

    // Every article is whole or absent: never an article without its evidence and claim.
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${service.env.NEO4J_LOCAL_BOLT_PORT}`,
      neo4j.auth.basic('neo4j', await service.neo4jPassword()),
    );
    const articles = async () => {
      const result = await driver.executeQuery(
        `MATCH (a:Article) WHERE a.id STARTS WITH 'e2e-crash-'
         RETURN a.id AS id, COUNT { (a)<-[:FROM_ARTICLE]-(:Evidence)-[:SUPPORTS]->(:Claim) } AS evidence`,
      );
      return result.records.map((r) => ({ id: r.get('id') as string, evidence: Number(r.get('evidence')) }));
    };
    try {
      expect((await articles()).every((a) => a.evidence === 1)).toBe(true);
      for (const id of ids) {
        const answer = (await (await service.graphql(ingest, { d: article({ id }) }, writerKey)).json()) as Answer;
        expect(answer.errors).toBeUndefined();
      }
      const after = await articles();
      expect(after.map((a) => a.id).sort()).toEqual([...ids].sort());
      expect(after.every((a) => a.evidence === 1)).toBe(true);
    } finally {
      await driver.close();
    }
  });
});
