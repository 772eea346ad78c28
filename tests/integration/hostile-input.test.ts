import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/ingest/article-format.ts';
import { compileArticle, compileGazetteer } from '../../src/ingest/compile.ts';
import { parseDocument } from '../../src/ingest/read-documents.ts';
import { emptyKnownIds } from '../../src/ingest/references.ts';
import { parsePartialDate } from '../../src/model/partial-date.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { graphFingerprint, ingestJson, openSeededGraph } from '../helpers/database.ts';
import { article, DEFAULT_TEXT } from '../helpers/fixtures.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// Property-based: thousands of generated hostile inputs. Each must end in a clear, named error (never a crash,
// never a write); the service must keep answering.

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "'; MATCH (n) DETACH DELETE n //",
    '}) RETURN 1 UNION MATCH (n) DETACH DELETE n //',
    '$where',
    '\u0000\u202e\ud800',
    'x'.repeat(5000),
  ),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 4 }),
);

function set(doc: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let target = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return doc;
}

/** Documents that are invalid by construction, each in a different way. */
const brokenArticle = fc.oneof(
  hostileString.filter((s) => !SLUG.test(s)).map((s) => set(article(), ['article', 'id'], s)),
  fc.stringMatching(/^[a-z]{3,10}$/).map((s) => set(article(), ['claims', 0, 'subject'], `zz-unknown-${s}`)),
  hostileString
    .filter((s) => s.trim().length < 3 || !DEFAULT_TEXT.includes(s.trim()))
    .map((s) => set(article(), ['claims', 0, 'evidence', 0, 'quote'], s)),
  hostileString.filter((s) => !parsePartialDate(s).ok).map((s) => set(article(), ['claims', 0, 'date'], s)),
  fc
    .tuple(
      fc.constantFrom(['article', 'title'], ['article', 'publisher'], ['claims', 0, 'kind'], ['claims', 0, 'evidence']),
      wrongType,
    )
    .map(([path, value]) => set(article(), [...path], value)),
  fc.object({ maxDepth: 6 }).map((o) => set(article(), ['claims'], o)),
  fc.string({ minLength: 1 }).map((k) => set(article(), [`unexpected-${k}`], true)),
  fc.constantFrom(set(article(), ['article', 'text'], 'y'.repeat(MAX_TEXT_LENGTH + 1))),
);

let db: Database;

beforeAll(async () => {
  db = await openSeededGraph();
});
afterAll(() => db.close());

describe('hostile articles', () => {
  it('validators answer every generated value with issues that name a field, and never throw', async () => {
    const known = emptyKnownIds();
    for (const id of ['niger', 'fama']) known.actor.add(id);
    known.location.add('kidal');
    known.source.add('observers');
    await fc.assert(
      fc.asyncProperty(fc.oneof(brokenArticle, fc.anything({ maxDepth: 5 })), async (value) => {
        const parsed = await parseDocument('doc', value);
        const issues = parsed.ok
          ? (() => {
              const result =
                parsed.doc.kind === 'gazetteer'
                  ? compileGazetteer('doc', parsed.doc, known)
                  : compileArticle('doc', parsed.doc, 'text' in parsed ? parsed.text : '', known);
              return result.ok ? [] : result.issues;
            })()
          : parsed.issues;
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('through the real loader, none of them writes anything', async () => {
    const before = await graphFingerprint(db);
    const samples = fc.sample(brokenArticle, { numRuns: 150, seed: 20261124 });
    for (const [i, doc] of samples.entries()) {
      const summary = await ingestJson(db, `broken-${i}.json`, doc);
      expect(summary.counts.failed).toBe(1);
      expect(summary.documents[0]?.issues?.length).toBeGreaterThan(0);
    }
    expect(await graphFingerprint(db)).toBe(before);
  });
});

describe('hostile GraphQL arguments', () => {
  it('get BAD_USER_INPUT or an empty answer, never an internal error, and the service keeps answering', async () => {
    const query = graphqlClient(db);
    const requests = fc.oneof(
      hostileString.map((s) => ({ q: 'query ($v: String) { actors(search: $v) { totalCount } }', v: s })),
      hostileString.map((s) => ({ q: 'query ($v: ID!) { actor(id: $v) { id } }', v: s })),
      hostileString.map((s) => ({ q: 'query ($v: String) { supports(filter: { from: $v }) { totalCount } }', v: s })),
      hostileString.map((s) => ({ q: 'query ($v: String) { claims(after: $v) { totalCount } }', v: s })),
      fc.integer().map((n) => ({ q: 'query ($v: Int) { supports(first: $v) { totalCount } }', v: n })),
      fc
        .integer()
        .map((n) => ({ q: 'query ($v: Int) { neighborhood(ids: ["fama"], depth: $v) { truncated } }', v: n })),
      wrongType.map((w) => ({ q: 'query ($v: ID!) { operation(id: $v) { id } }', v: w })),
    );
    await fc.assert(
      fc.asyncProperty(requests, async ({ q, v }) => {
        const result = await query(q, { v });
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          expect(error.message).not.toMatch(/Neo4jError|Cypher|\.ts:\d+|\n\s+at /);
          expect(error.message.length).toBeLessThan(500);
        }
      }),
      { numRuns: 400 },
    );
    expect((await query('{ actor(id: "mali") { name } }')).data).toEqual({ actor: { name: 'Mali' } });
  });
});
