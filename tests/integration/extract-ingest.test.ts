import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/graphql/auth.ts';
import { ingestDocuments } from '../../src/ingest/ingest-service.ts';
import { parseDocument, readDocuments } from '../../src/ingest/read-documents.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { connectTestDatabase, graphFingerprint, resetGraph, SEED_DIR } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';
import { runCli } from '../helpers/processes.ts';

// A new user's path: the Kidal article's raw text through `conflict-kg ingest`, then the graph asked who
// supported the Malian army at Kidal. Answers are the extractor's drafts, each with its verbatim quote.

const KIDAL_TXT = join(SEED_DIR, 'articles', 'kidal-offensive-2023-11-17.fr.txt');
const writerKey = newApiKey();
let db: Database;
let scratch: string;
let query: ReturnType<typeof graphqlClient>;

function run(args: string[]) {
  const { uri, user, password } = inject('neo4j');
  return runCli(args, {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    LOG_LEVEL: 'warn',
  });
}

const WHO_SUPPORTED = `query ($drafts: DraftFilter) {
  supports(filter: { recipient: "fama", location: "kidal", drafts: $drafts }, first: 50) {
    totalCount
    edges { node { id draft certainty supportType materiel subject { id } alternatives { id }
      evidences { quote certainty hedge draft extractor rule score sentence } } }
  }
}`;

interface SupportsData {
  supports: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        draft: boolean;
        certainty: string;
        supportType: string;
        subject: { id: string };
        alternatives: { id: string }[];
        evidences: {
          quote: string;
          certainty: string;
          draft: boolean;
          extractor: string | null;
          rule: string | null;
        }[];
      };
    }[];
  };
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetGraph(db);
  await ingestDocuments(db, await readDocuments(join(SEED_DIR, 'gazetteer')));
  scratch = await mkdtemp(join(tmpdir(), 'conflict-kg-extract-'));
  query = graphqlClient(db, [{ role: 'writer', sha256: hashApiKey(writerKey) }]);
});
afterAll(async () => {
  await db.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('conflict-kg ingest <article>.txt', () => {
  it('extracts and loads the Kidal text; GraphQL answers who supported FAMa at Kidal, as drafts with quotes', async () => {
    const first = await run(['ingest', KIDAL_TXT, '--publisher', 'Nouvelles Du Monde']);
    expect(first.stderr).not.toContain('Error');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 documents: 1 created');

    const answer = await query<SupportsData>(WHO_SUPPORTED);
    const nodes = answer.data?.supports.edges.map((e) => e.node) ?? [];
    const pairs = nodes.map((n) => `${n.subject.id} ${n.supportType} ${n.certainty}`).sort();
    expect(pairs).toEqual([
      'burkina-faso ADVISERS REPORTED',
      'burkina-faso DRONES ALTERNATIVE',
      'burkina-faso MUNITIONS ALTERNATIVE',
      'niger ADVISERS REPORTED',
      'niger AIRCRAFT POSSIBLE',
      'niger AIRCRAFT REPORTED',
      'wagner MERCENARIES REPORTED',
    ]);
    expect(nodes.every((n) => n.draft)).toBe(true);
    const drone = nodes.find((n) => n.supportType === 'DRONES');
    const munitions = nodes.find((n) => n.supportType === 'MUNITIONS');
    expect(drone?.alternatives.map((a) => a.id)).toEqual([munitions?.id]);
    for (const n of nodes) {
      for (const e of n.evidences) {
        expect(e.draft).toBe(true);
        expect(e.extractor).toMatch(/^rule-coder@/);
        expect(e.rule).toMatch(/^support\//);
        expect(e.quote.length).toBeGreaterThan(10);
      }
    }
    expect(nodes.some((n) => n.subject.id === 'russia')).toBe(false);
    const reviewed = await query<SupportsData>(WHO_SUPPORTED, { drafts: 'EXCLUDE' });
    expect(reviewed.data?.supports.totalCount).toBe(0);
  });

  it('re-ingesting the unchanged text changes nothing', async () => {
    const before = await graphFingerprint(db);
    const again = await run(['ingest', KIDAL_TXT, '--publisher', 'Nouvelles Du Monde']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 unchanged');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('a human annotation of the same fact makes the draft a reviewed claim, not a second claim', async () => {
    const human = {
      kind: 'article',
      formatVersion: 1,
      article: {
        id: 'team-human-annotation',
        title: 'Officers from Burkina Faso at the Gao command post',
        publisher: 'conflict-kg team',
        language: 'en',
        publishedAt: '2023-11-20',
        authorship: 'TEAM_SUMMARY',
        summarises: [{ title: 'Kidal offensive report', publisher: 'Nouvelles Du Monde' }],
        text: 'Burkina Faso sent officers to the Malian army command post in Gao.',
      },
      claims: [
        {
          kind: 'SUPPORT',
          subject: 'burkina-faso',
          object: 'fama',
          operation: 'op-kidal-2023-11-14',
          supportType: 'ADVISERS',
          evidence: [{ quote: 'Burkina Faso sent officers', certainty: 'REPORTED' }],
        },
      ],
    };
    await ingestDocuments(db, [await parseDocument('human.json', human)]);
    const answer = await query<SupportsData>(WHO_SUPPORTED, { drafts: 'EXCLUDE' });
    const nodes = answer.data?.supports.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => `${n.subject.id} ${n.supportType}`)).toEqual(['burkina-faso ADVISERS']);
    expect(nodes[0]?.evidences.map((e) => e.draft).sort()).toEqual([false, true]);
    const all = await query<SupportsData>(WHO_SUPPORTED);
    expect(all.data?.supports.totalCount).toBe(7);
  });

  it('review accept turns the drafts into reviewed claims; reviewing twice is a no-op', async () => {
    const drafts = await query<SupportsData>(WHO_SUPPORTED, { drafts: 'ONLY' });
    const wagner = drafts.data?.supports.edges.find((e) => e.node.subject.id === 'wagner')?.node;
    expect(wagner).toBeDefined();
    const accepted = await run(['review', 'accept', wagner?.id ?? '']);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('accepted 1 draft evidences of 1 claims');
    const reviewed = await query<SupportsData>(WHO_SUPPORTED, { drafts: 'EXCLUDE' });
    expect(reviewed.data?.supports.edges.map((e) => e.node.subject.id).sort()).toEqual(['burkina-faso', 'wagner']);
    const twice = await run(['review', 'accept', wagner?.id ?? '']);
    expect(twice.stdout).toContain('accepted 0 draft evidences of 0 claims');
    const unknown = await run(['review', 'reject', 'no-such-thing']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no article or claim "no-such-thing"');
  });

  it('a text ingested again after a writer reviewed its drafts keeps the review (a draft never replaces it)', async () => {
    const before = await graphFingerprint(db);
    // other metadata, so the document differs and would otherwise replace the stored one
    const again = await run(['ingest', KIDAL_TXT, '--publisher', 'Another Press']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/KEPT .*kidal-offensive-2023-11-17\.fr\.txt: article ".+" has a reviewed annotation/);
    expect(again.stdout).toContain('1 unchanged');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('a text the graph holds under another article id is not loaded twice', async () => {
    const before = await graphFingerprint(db);
    const twin = await run(['ingest', KIDAL_TXT, '--publisher', 'Nouvelles Du Monde', '--id', 'kidal-once-more']);
    expect(twin.code).toBe(0);
    expect(twin.stdout).toMatch(
      /KEPT .*: the graph already holds this article as ".+" \(same date, and same text or headline\); not loaded twice/,
    );
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('reviewDrafts and extractArticle need a writer key; extractArticle returns or loads a draft', async () => {
    const denied = await query('mutation { reviewDrafts(id: "x", decision: ACCEPT) { claims } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const text = 'Selon des sources sécuritaires, le Tchad a envoyé des soldats à l’armée nigérienne en mars dernier.';
    const draft = await query<{
      extractArticle: { claims: number; status: string | null; draft: { claims: unknown[] } };
    }>(
      'mutation ($t: String!) { extractArticle(text: $t, metadata: { publishedAt: "2024-05-02", title: "Renforts tchadiens" }) { claims status draft articleId } }',
      { t: text },
      writerKey,
    );
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.extractArticle.status).toBeNull();
    expect(draft.data?.extractArticle.draft.claims).toMatchObject([
      { kind: 'SUPPORT', subject: 'chad', object: 'niger-armed-forces', supportType: 'TROOPS', draft: true },
    ]);
    const bad = await query('mutation { extractArticle(text: "   ") { claims } }', {}, writerKey);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('conflict-kg extract: bad input is a clear error and writes nothing', () => {
  const cases: [string, Buffer | string, RegExp][] = [
    ['empty.txt', '', /the file is empty/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), /binary file/],
    ['huge.txt', 'Le Niger a prêté un avion-cargo. '.repeat(160_000), /more than the 2000000 bytes/],
    ['nodate.txt', 'Le Niger a prêté un avion-cargo au Mali.', /publishedAt: unknown publication date/],
  ];
  for (const [name, content, message] of cases) {
    it(`refuses ${name}`, async () => {
      await writeFile(join(scratch, name), content);
      const out = join(scratch, `${name}.draft.json`);
      const result = await run(['extract', join(scratch, name), '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain('    at ');
      await expect(import('node:fs/promises').then((fs) => fs.stat(out))).rejects.toThrow();
    });
  }

  it('ingest of several texts: a file that cannot be extracted fails alone, by name, and the others load', async () => {
    await writeFile(join(scratch, 'empty.txt'), '');
    await writeFile(
      join(scratch, 'good.txt'),
      '---\ndate: 2024-02-01\ntitle: Niger lends an aircraft\n---\nLe Niger a prêté un avion-cargo à l’armée malienne.',
    );
    const result = await run(['ingest', join(scratch, 'empty.txt'), join(scratch, 'good.txt')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAILED .*empty\.txt\n {2}.*the file is empty/);
    expect(result.stdout).toMatch(/2 documents: 1 created, 0 updated, 0 unchanged, 1 failed/);
  });

  it('ingest of a directory extracts its texts, but not the texts its JSON annotations name', async () => {
    const folder = join(scratch, 'folder');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'chad.txt'),
      '---\ndate: 2024-03-01\ntitle: Chad and Niger\n---\nLe Tchad a envoyé des soldats à l’armée nigérienne.',
    );
    await writeFile(join(folder, 'annotated.txt'), 'Le Niger a prêté un avion-cargo à l’armée malienne.');
    await writeFile(
      join(folder, 'annotated.json'),
      JSON.stringify({
        kind: 'article',
        formatVersion: 1,
        article: {
          id: 'folder-annotated',
          title: 'Annotated',
          publisher: 'Test Press',
          language: 'fr',
          publishedAt: '2024-03-02',
          authorship: 'PUBLISHED',
          textFile: 'annotated.txt',
        },
        claims: [],
      }),
    );
    const result = await run(['ingest', folder]);
    expect(result.stdout).toMatch(/2 documents: 2 created, 0 updated, 0 unchanged, 0 failed/);
    expect(result.code).toBe(0);
  });

  it('decodes a Latin-1 file and says so', async () => {
    const latin1 = Buffer.from("date: 2023-11-17\n---\nLe Niger a prêté un avion-cargo à l'armée malienne.", 'latin1');
    await writeFile(join(scratch, 'latin1.txt'), Buffer.concat([Buffer.from('---\n'), latin1]));
    const result = await run(['extract', join(scratch, 'latin1.txt')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('not valid UTF-8, decoded as Windows-1252');
    const doc = JSON.parse(result.stdout);
    expect(doc.article.text).toContain('prêté');
    expect(doc.claims[0]).toMatchObject({ subject: 'niger', object: 'fama', supportType: 'AIRCRAFT' });
  });

  it('cleans HTML with scripts through the parser and takes its metadata', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Chad sends troops</title>
      <meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta property="og:site_name" content="Example News">
      <script>var ad = "Russia supplied drones to Mali";</script><style>p{}</style></head>
      <body><nav>Home | World</nav><article><h1>Chad sends troops</h1>
      <p>Chadian troops were deployed to Niger last week. Chad sent soldiers to the Nigerien army, officials said.</p>
      <div class="share-buttons">Facebook Twitter</div><p>Read more: Football results</p></article>
      <aside>Russia supplied drones to Mali</aside></body></html>`;
    await writeFile(join(scratch, 'page.html'), html);
    const result = await run(['extract', join(scratch, 'page.html')]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.article).toMatchObject({
      title: 'Chad sends troops',
      publisher: 'Example News',
      language: 'en',
      publishedAt: '2024-03-05T10:00:00Z',
    });
    expect(doc.article.text).not.toMatch(/Russia|Football|Facebook|Home/);
    const claims = doc.claims.map(
      (c: { kind: string; subject: string; object?: string; location?: string }) =>
        `${c.kind} ${c.subject}→${c.object ?? c.location}`,
    );
    expect(claims.sort()).toEqual(['DEPLOYMENT chad-armed-forces→niger-country', 'SUPPORT chad→niger-armed-forces']);
  });
});

describe("the README's text ingest on a graph that holds the seed", () => {
  it('keeps the Kidal text out: the seed holds its human annotation (same date and headline), nothing counts twice', async () => {
    await resetGraph(db);
    await ingestDocuments(db, await readDocuments(SEED_DIR));
    const before = await graphFingerprint(db);
    const result = await run(['ingest', KIDAL_TXT, '--publisher', 'Nouvelles Du Monde']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the graph already holds this article as "ndm-2023-11-17-kidal-offensive"');
    expect(await graphFingerprint(db)).toBe(before);
  });
});
