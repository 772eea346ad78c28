import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { HeavyWorkGate } from '../../src/neo4j/heavy-work.ts';
import { openSeededGraph } from '../helpers/database.ts';

// Browser-safe defaults and clean refusals, through the whole app (every route and HTTP plugin) with yoga.fetch.

let db: Database;
const logLines: string[] = [];
const log = createLogger('info', (line) => logLines.push(line));
const gate = new HeavyWorkGate({ max: 1, queue: 0, queueMs: 1000 });
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await openSeededGraph();
  app = createApp({ db, log, heavy: gate, corsOrigins: ['https://dashboard.example.org'] });
});
afterAll(() => db.close());

const JSON_HEADERS = { 'content-type': 'application/json', host: '127.0.0.1:4000' };
const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
type Errors = { errors?: { message: string; extensions?: { code?: string } }[] };

describe('cross-origin requests', () => {
  it('refuses a form POST, which browsers send cross-origin without a preflight, and reflects no origin', async () => {
    const response = await app.fetch('http://127.0.0.1:4000/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        host: 'localhost',
      },
      body: 'query=%7B%20actors%20%7B%20edges%20%7B%20node%20%7B%20id%20%7D%20%7D%20%7D%20%7D',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(((await response.json()) as Errors).errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unlisted origin, even "null", without any CORS header; a listed one with itself, no credentials', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const preflight = await app.fetch('http://127.0.0.1:4000/graphql', {
        method: 'OPTIONS',
        headers: { origin, host: 'localhost', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const response = await post({ query: '{ __typename }' }, { origin });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    const listed = await post({ query: '{ __typename }' }, { origin: 'https://dashboard.example.org' });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('needs the CSRF header on GET queries, and refuses Host names other than loopback ones (DNS rebinding)', async () => {
    const url = 'http://127.0.0.1:4000/graphql?query=%7B__typename%7D';
    const bare = await app.fetch(url, { headers: { host: 'localhost:4000' } });
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as Errors).errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    const withHeader = await app.fetch(url, { headers: { host: 'localhost:4000', 'x-graphql-yoga-csrf': '1' } });
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
    const rebound = await app.fetch(url, { headers: { host: 'attacker.example:4000', 'x-graphql-yoga-csrf': '1' } });
    expect(rebound.status).toBe(421);
    const exportRebound = await app.fetch('http://127.0.0.1:4000/export?format=gexf', {
      headers: { host: 'attacker.example' },
    });
    expect(exportRebound.status).toBe(421);
  });
});

describe('exports and other sites', () => {
  it("refuses to start an export for another site's page, and serves a listed one", async () => {
    const exportUrl = 'http://127.0.0.1:4000/export?format=gexf&operation=op-kidal-2023';
    const crossSite = await app.fetch(exportUrl, {
      headers: { host: 'localhost', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const navigation = await app.fetch(exportUrl, { headers: { host: 'localhost', 'sec-fetch-site': 'cross-site' } });
    expect(navigation.status).toBe(403);
    const listed = await app.fetch(exportUrl, {
      headers: { host: 'localhost', 'sec-fetch-site': 'cross-site', origin: 'https://dashboard.example.org' },
    });
    expect(listed.status).toBe(200);
    await listed.arrayBuffer();
  });
});

describe('errors and logs', () => {
  it('logs a refused request by id and code, never its variable values', async () => {
    logLines.length = 0;
    const secret = 'SECRET-VARIABLE-VALUE-42';
    const response = await post(
      {
        query: 'query Q($t: [SupportType!]) { supports(filter: {supportTypes: $t}) { totalCount } }',
        variables: { t: [secret] },
      },
      { 'x-request-id': 'refused-1' },
    );
    expect(((await response.json()) as Errors).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const log = logLines.join('');
    expect(log).toContain('requestId=refused-1');
    expect(log).toContain('codes=BAD_USER_INPUT');
    expect(log).not.toContain(secret);
  });

  it('gives every error a code, hides enum suggestions and parser messages, and refuses forged cursors', async () => {
    const enumTypo = (await (
      await post({ query: '{ supports(filter: {supportTypes: [DRONE]}) { totalCount } }' })
    ).json()) as Errors;
    expect(enumTypo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(enumTypo.errors?.[0]?.message).not.toMatch(/Did you mean|DRONES/);

    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: actor(id: "mali") { id }`).join(' ');
    const tooMany = (await (await post({ query: `{ ${aliases} }` })).json()) as Errors;
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');

    const badJson = (await (await post('{"query": SECRET')).json()) as Errors & { errors: { extensions: object }[] };
    expect(badJson.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(JSON.stringify(badJson)).not.toContain('SECRET');

    const forged = Buffer.from(JSON.stringify(['not-a-date', 'c-1'])).toString('base64url');
    const cursor = (await (await post({ query: `{ claims(after: "${forged}") { totalCount } }` })).json()) as Errors;
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('heavy work', () => {
  it('allows one export per request and prices it in the cost limit', async () => {
    const two = (await (
      await post({
        query:
          '{ a: exportSubgraph(selection: {}, format: GEXF) { downloadUrl } b: exportSubgraph(selection: {}, format: GEXF) { downloadUrl } }',
      })
    ).json()) as Errors;
    expect(two.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses an export with 429 and Retry-After while the gate is full, over HTTP and GraphQL', async () => {
    let release!: () => void;
    const held = gate.run('held by the test', () => new Promise<void>((r) => (release = r)));
    try {
      const http = await app.fetch('http://127.0.0.1:4000/export?format=gexf&operation=op-kidal-2023', {
        headers: { host: 'localhost' },
      });
      expect(http.status).toBe(429);
      expect(http.headers.get('retry-after')).toBe('1');
      const gql = await post({
        query: '{ exportSubgraph(selection: {operations: ["op-kidal-2023"]}, format: GEXF) { downloadUrl } }',
      });
      expect(gql.status).toBe(429);
      expect(((await gql.json()) as Errors).errors?.[0]?.extensions?.code).toBe('RESOURCE_EXHAUSTED');
    } finally {
      release();
      await held;
    }
    const after = await app.fetch('http://127.0.0.1:4000/export?format=gexf&operation=op-kidal-2023', {
      headers: { host: 'localhost' },
    });
    expect(after.status).toBe(200);
    await after.arrayBuffer();
  });

  it('refuses export parameters it does not know, unknown ids, an empty period and undocumented booleans', async () => {
    const ask = async (query: string) => {
      const r = await app.fetch(`http://127.0.0.1:4000/export?format=gexf&${query}`, {
        headers: { host: 'localhost' },
      });
      return { status: r.status, body: (await r.json()) as Errors };
    };
    for (const name of ['constructor', 'toString', '__proto__']) {
      const inherited = await ask(`${name}=x`);
      expect(inherited.body.errors?.[0]?.message).toMatch(new RegExp(`^${name}: unknown parameter`));
    }
    const typo = await ask('operations=op-kidal-2023');
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).toMatch(/^operations: unknown parameter/);
    for (const [query, code] of [
      ['operation=op-nowhere', 'NOT_FOUND'],
      ['actor=nobody', 'NOT_FOUND'],
      ['alliance=mali', 'NOT_FOUND'],
      ['location=atlantis', 'NOT_FOUND'],
    ] as const) {
      const r = await ask(query);
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([404, code]);
    }
    expect((await ask('from=2024&to=2023-06')).body.errors?.[0]?.message).toMatch(/^from: 2024 is after to/);
    expect((await ask('evidence=no')).status).toBe(400);
  });
});
