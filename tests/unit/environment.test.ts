import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from '../../src/config/environment.ts';

describe('parseEnvironment', () => {
  it('defaults to the local Neo4j and loopback HTTP', () => {
    const env = parseEnvironment({ HOME: '/home/analyst' });
    expect(env.neo4j.uri).toBeUndefined();
    expect(env.http).toEqual({
      host: '127.0.0.1',
      port: 4000,
      graphiql: true,
      maxBodyBytes: 2_000_000,
      corsOrigins: [],
      allowedHosts: [],
    });
    expect(env.heavy).toEqual({ max: 2, queue: 4, queueMs: 20_000 });
    // Transaction memory bounded below the 512m heap: 60% for all transactions, 30% for one.
    expect(env.local).toMatchObject({ heap: '512m', txMemoryTotal: '307m', txMemoryMax: '153m' });
    expect(env.limits).toMatchObject({ maxDepth: 12, maxCost: 50_000, introspection: true });
    expect(env.local.boltPort).toBe(7687);
    expect(env.local.cacheDir).toBe('/home/analyst/.cache/conflict-kg');
    expect(env.local.version).toMatch(/^5\.26\.\d+$/);
  });

  it('reports every invalid variable at once, by name', () => {
    let error: unknown;
    try {
      parseEnvironment({ PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', NEO4J_LOCAL_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const problems = (error as EnvironmentError).problems.join('\n');
    for (const name of ['PORT', 'LOG_LEVEL', 'NEO4J_URI', 'NEO4J_LOCAL_HEAP']) expect(problems).toContain(name);
  });

  it('needs a password for an own server', () => {
    expect(() => parseEnvironment({ NEO4J_URI: 'neo4j+s://abc.databases.example:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(parseEnvironment({ NEO4J_URI: 'neo4j+s://abc.example:7687', NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe(
      'neo4j+s://abc.example:7687',
    );
  });

  it('reads browser and proxy settings as lists, and refuses an origin with a path or a wildcard', () => {
    const env = parseEnvironment({
      CORS_ORIGINS: 'https://dash.example.org, http://localhost:5173',
      ALLOWED_HOSTS: 'kg.example.org',
    });
    expect(env.http.corsOrigins).toEqual(['https://dash.example.org', 'http://localhost:5173']);
    expect(env.http.allowedHosts).toEqual(['kg.example.org']);
    expect(() => parseEnvironment({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => parseEnvironment({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('refuses a Neo4j version outside the 5.26 LTS line', () => {
    expect(() => parseEnvironment({ NEO4J_LOCAL_VERSION: '4.4.1' })).toThrow(/NEO4J_LOCAL_VERSION/);
  });
});
