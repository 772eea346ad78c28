import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Filters that cannot mean what they say are errors naming the argument, never an empty or whole-graph answer,
// and a count never adds assertions and denials together.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

const refusal = async (request: string) => {
  const answer = await query(request);
  expect(answer.data ?? null).toBeNull();
  return answer.errors?.[0];
};

describe('filters that cannot mean what they say', () => {
  it('a date window that ends before it starts names `from`, in every query that takes one', async () => {
    for (const request of [
      '{ supports(filter: { from: "2024", to: "2023" }) { totalCount } }',
      '{ claims(filter: { from: "2024-02", to: "2024-01" }) { totalCount } }',
      '{ supportStats(groupBy: SUPPORTER, filter: { from: "2024", to: "2023" }) { key } }',
      '{ operations(filter: { from: "2024", to: "2023" }) { totalCount } }',
      '{ neighborhood(ids: ["fama"], from: "2024", to: "2023") { nodes { id } } }',
    ]) {
      const error = await refusal(request);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(String(error?.extensions?.argument)).toMatch(/(^|\.)from$/);
    }
    // the same year at both ends is a window, not an error
    const sameYear = await query('{ supports(filter: { from: "2023", to: "2023" }) { totalCount } }');
    expect(sameYear.errors).toBeUndefined();
  });

  it('an empty list is refused by name instead of read as "no filter"', async () => {
    for (const [request, argument] of [
      ['{ supports(filter: { certainties: [] }) { totalCount } }', 'filter.certainties'],
      ['{ supports(filter: { supportTypes: [] }) { totalCount } }', 'filter.supportTypes'],
      ['{ supports(filter: { polarities: [] }) { totalCount } }', 'filter.polarities'],
      ['{ claims(filter: { kinds: [] }) { totalCount } }', 'filter.kinds'],
    ]) {
      const error = await refusal(request as string);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('supportStats counts one polarity at a time', async () => {
    const error = await refusal(
      '{ supportStats(groupBy: SUPPORTER, filter: { polarities: [ASSERTED, DENIED] }) { key claims } }',
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.polarities' });
    const denied = await query<{ supportStats: { claims: number }[] }>(
      '{ supportStats(groupBy: SUPPORTER, filter: { polarities: [DENIED] }) { key claims } }',
    );
    expect(denied.errors).toBeUndefined();
  });

  it('an unknown id names the argument that holds it', async () => {
    for (const [request, argument] of [
      ['{ supports(filter: { supporter: "niger", recipient: "nope" }) { totalCount } }', 'filter.recipient'],
      ['{ supports(filter: { supporter: "nope" }) { totalCount } }', 'filter.supporter'],
      ['{ claims(filter: { operation: "nope" }) { totalCount } }', 'filter.operation'],
    ]) {
      const error = await refusal(request as string);
      expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    }
  });
});
