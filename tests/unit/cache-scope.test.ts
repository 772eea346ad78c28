import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheScope } from '../../src/graphql/cache-scope.ts';
import { buildSchema } from '../../src/graphql/schema.ts';

const schema = buildSchema();
const scope = (query: string, variables?: Record<string, unknown>) => cacheScope(schema, parse(query), variables);

describe('response cache scope', () => {
  it('is the ids a lookup or a conjunctive filter names, from literals and variables', () => {
    expect(scope('{ actor(id: "mali") { name } }')).toEqual({ ids: ['mali'] });
    expect(
      scope('query ($op: ID) { supportStats(groupBy: SUPPORTER, filter: { operation: $op }) { key } }', { op: 'op-1' }),
    ).toEqual({ ids: ['op-1'] });
    expect(
      scope(
        '{ supports(filter: { supporter: "russia", recipient: "fama" }) { edges { cursor } } claim(id: "c-1") { id } }',
      ),
    ).toEqual({
      ids: ['russia', 'fama', 'c-1'],
    });
  });

  it('is the whole graph when no id bounds the answer', () => {
    expect(scope('{ actors(search: "wagner") { edges { cursor } } }')).toBe('graph');
    expect(scope('{ articles(publisher: "Le Monde") { edges { cursor } } }')).toBe('graph');
    expect(scope('{ supportStats(groupBy: MONTH) { key } }')).toBe('graph');
    // One root field without ids is enough.
    expect(scope('{ actor(id: "mali") { name } graphInfo { actors } }')).toBe('graph');
  });

  it('is the whole graph for traversals, roll-ups and places, which reach ids the request does not name', () => {
    expect(scope('{ neighborhood(ids: ["mali"]) { nodes { id } } }')).toBe('graph');
    expect(scope('{ paths(from: "mali", to: "niger") { length } }')).toBe('graph');
    expect(scope('{ supports(filter: { supporter: "russia", rollUp: true }) { edges { cursor } } }')).toBe('graph');
    expect(scope('{ supports(filter: { operation: "op-1", location: "mali-country" }) { edges { cursor } } }')).toBe(
      'graph',
    );
    expect(scope('{ location(id: "kidal") { name } }')).toEqual({ ids: ['kidal'] });
  });

  it('is the whole graph for anything but a query', () => {
    expect(scope('mutation { ingestArticle(document: {}) { status } }')).toBe('graph');
  });
});
