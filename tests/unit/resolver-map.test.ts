import { buildASTSchema, type GraphQLObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resolvers } from '../../src/graphql/resolvers/index.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';

// The resolver map is written by hand in resolvers/index.ts; the generated types check each resolver it holds, but
// not that a Query or Mutation field has one at all (a forgotten one answers null). This does.

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const fieldsOf = (name: 'Query' | 'Mutation') =>
  Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).sort();

describe('resolver map', () => {
  it.each(['Query', 'Mutation'] as const)('has a resolver for every %s field of the SDL, and no other', (root) => {
    expect(Object.keys(resolvers[root] ?? {}).sort()).toEqual(fieldsOf(root));
  });

  it('only names types the SDL has', () => {
    for (const type of Object.keys(resolvers)) expect(schema.getType(type), type).toBeDefined();
  });
});
