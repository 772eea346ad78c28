import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrate } from '../../src/graph/migrations.ts';
import { silentLogger } from '../../src/logger.ts';
import { type Database, namedQuery } from '../../src/neo4j/database.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Search finds what people type: misspellings, French elisions, other scripts; exact before prefix before fuzzy.

let db: Database;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  db = await openSeededGraph();
  query = graphqlClient(db);
});
afterAll(() => db.close());

const actorIds = async (search: string) => {
  const result = await query<{ actors: { edges: { node: { id: string } }[] } }>(
    'query($s: String) { actors(search: $s, first: 10) { edges { node { id } } } }',
    { s: search },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.actors.edges.map((e) => e.node.id);
};

const articleIds = async (search: string) => {
  const result = await query<{ articles: { totalCount: number; edges: { node: { id: string } }[] } }>(
    'query($s: String) { articles(search: $s, first: 20) { totalCount edges { node { id } } } }',
    { s: search },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.articles.edges.map((e) => e.node.id);
};

describe('typo-tolerant search', () => {
  it.each([
    ['wagnr', 'wagner'],
    // An exact name comes before longer names that contain it (the state before its army, Russia before Africa Corps).
    ['Burkina Faso', 'burkina-faso'],
    ['Russia', 'russia'],
    ['burkinna faso', 'burkina-faso'],
    ['armée malianne', 'fama'],
    ['armee malienne', 'fama'],
    ['Россия', 'russia'],
    ['مالي', 'mali'],
    ['Вагнер', 'wagner'],
  ])('actors(search: %j) finds %s first', async (typed, id) => {
    expect((await actorIds(typed))[0]).toBe(id);
  });

  it('ranks the exact name before names it starts, before near misses', async () => {
    const ids = await actorIds('Niger');
    expect(ids[0]).toBe('niger');
    expect(ids).toContain('nigerien-civilians');
  });

  it('drops French elisions: "d\'Anéfis" finds Anéfis, "l\'Inter" and "Inter Milan" find the article', async () => {
    const places = await query<{ locations: { id: string }[] }>('{ locations(search: "d\'Anéfis") { id } }');
    expect(places.data!.locations[0]!.id).toBe('anefis');
    for (const typed of ["l'Inter", 'Inter Milan', 'l’Inter Milan']) {
      expect(await articleIds(typed)).toContain('ndm-2023-11-17-kidal-offensive');
    }
  });

  it('finds articles within a few edits only when the words as typed find nothing', async () => {
    const exact = await articleIds('Burkina');
    expect(exact.length).toBeGreaterThan(0);
    expect(await articleIds('Burkinna')).toEqual(exact);
    expect(await articleIds('zzqxv')).toEqual([]);
  });
});

describe('sources', () => {
  it('lists the cited sources with the claims each backs, and finds them by name or id despite typos', async () => {
    type S = { id: string; name: string; claimCount: number; claims: { id: string; polarity: string }[] };
    const list = await query<{ sources: { totalCount: number; edges: { node: S }[] } }>(
      '{ sources(first: 100) { totalCount edges { node { id name claimCount claims(first: 5) { id polarity } } } } }',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.sources.totalCount).toBe(list.data!.sources.edges.length);
    const mfa = list.data!.sources.edges.find((e) => e.node.id === 'ukraine-mfa')!.node;
    expect(mfa.claimCount).toBe(mfa.claims.length);
    expect(mfa.claims.map((c) => c.polarity)).toContain('DENIED');
    for (const typed of ['Ukraine', 'affaires etrangeres ukraine', 'ukraine-mfa', 'Ministère des Afaires étrangères']) {
      const found = await query<{ sources: { edges: { node: { id: string } }[] } }>(
        'query($s: String) { sources(search: $s) { edges { node { id } } } }',
        { s: typed },
      );
      expect(found.data!.sources.edges.map((e) => e.node.id)).toContain('ukraine-mfa');
    }
    const one = await query<{ source: { name: string } | null }>('{ source(id: "csp-rebels") { name } }');
    expect(one.data!.source).toEqual({ name: 'rebelles du CSP' });
  });
});

describe('older graphs', () => {
  it('get their search text from the version 3 data migration', async () => {
    await db.write(
      namedQuery(
        'testDowngradeSearchText',
        `MATCH (n) WHERE n:Article OR n:Source REMOVE n.searchText
         WITH count(n) AS n MATCH (m:GraphMeta {id: 'schema'}) SET m.version = 2 RETURN n`,
        z.object({ n: z.number() }),
      ),
    );
    expect(await articleIds('Inter Milan')).toEqual([]);
    await migrate(db, silentLogger);
    expect(await articleIds('Inter Milan')).toContain('ndm-2023-11-17-kidal-offensive');
  });
});
