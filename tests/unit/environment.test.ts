import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from '../../src/config/environment.ts';

describe('parseEnvironment', () => {
  it('defaults to the local Neo4j and loopback HTTP', () => {
    const env = parseEnvironment({ HOME: '/home/analyst' });
    expect(env.neo4j.uri).toBeUndefined();
    expect(env.http).toEqual({ host: '127.0.0.1', port: 4000, graphiql: true, maxBodyBytes: 2_000_000 });
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

  it('refuses a Neo4j version outside the 5.26 LTS line', () => {
    expect(() => parseEnvironment({ NEO4J_LOCAL_VERSION: '4.4.1' })).toThrow(/NEO4J_LOCAL_VERSION/);
  });
});
