// npm run bench:raw-ingest [-- --articles 200 --rounds 5]: ingesting article texts (extract, then load) against
// ingesting the annotation documents the extractor makes of the same texts, on a throwaway real Neo4j. Both paths
// are the CLI's own (`conflict-kg ingest x.txt` and `conflict-kg ingest x.json`), each timed from files on disk to
// the graph, on an empty graph holding only the gazetteer; rounds alternate which path goes first. Prints the
// time of each and their ratio (the target: raw text within 1.5× of its annotation).

import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractForCli } from '../src/cli/extract-command.ts';
import { textSource } from '../src/cli/ingest-command.ts';
import { projectRoot } from '../src/config/environment.ts';
import { knownFromFiles } from '../src/extract/load-known.ts';
import { resetGraph } from '../src/graph/migrations.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';
import { createLogger, silentLogger } from '../src/logger.ts';
import { benchTexts } from './article-texts.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '200' },
    size: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '5' },
  },
});
const log = createLogger('info');
async function seconds(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

await withThrowawayNeo4j({ prefix: 'conflict-kg-raw-ingest-', txTimeoutMs: 600_000, log }, async ({ db, dir, env }) => {
  // the texts as a user would drop them: front matter, then the article
  const texts = await benchTexts(Number(values.articles), Number(values.size));
  const textDir = join(dir, 'texts');
  const jsonDir = join(dir, 'annotations');
  await mkdir(textDir);
  await mkdir(jsonDir);
  const files = await Promise.all(
    texts.map(async (t, i) => {
      const file = join(textDir, `bench-${i}.txt`);
      const header = `---\nid: bench-${i}\ntitle: Bench article ${i}\npublisher: bench\ndate: 2024-06-01\nlanguage: ${t.language}\n---\n`;
      await writeFile(file, `${header}${t.text}\n`);
      return file;
    }),
  );
  // the same articles as annotation documents: what `conflict-kg extract --out` writes
  const gazetteer = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
  for (const d of await extractForCli(env, files, {}, gazetteer))
    await writeFile(join(jsonDir, `${d.doc.article.id}.json`), `${JSON.stringify(d.doc, null, 2)}\n`);

  const fresh = async () => {
    await resetGraph(db, silentLogger);
    await ingestDocuments(db, await readDocuments(join(projectRoot, 'seed', 'gazetteer')));
  };
  const times = { json: [] as number[], text: [] as number[] };
  let claims = 0;
  const paths = {
    json: async () => {
      const summary = await ingestDocuments(db, await readDocuments(jsonDir));
      claims = summary.claims.created + summary.claims.merged;
    },
    text: async () => {
      await ingestDocuments(db, await textSource(env, db, {}).read(files));
    },
  };
  // one round of each first, not counted: the JIT, the driver's pool and Neo4j's caches warm up
  for (const path of ['json', 'text'] as const) {
    await fresh();
    await paths[path]();
  }
  const ratios: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const path of r % 2 === 0 ? (['json', 'text'] as const) : (['text', 'json'] as const)) {
      await fresh();
      times[path].push(await seconds(paths[path]));
    }
    ratios.push((times.text.at(-1) ?? 0) / (times.json.at(-1) ?? 1));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const json = median(times.json);
  const text = median(times.text);
  console.log(
    `raw-text ingest vs annotation ingest: ${texts.length} articles (~${values.size} characters), ${claims} claims`,
  );
  console.log(`  annotations (.json): ${json.toFixed(2)} s  [${times.json.map((t) => t.toFixed(2)).join(', ')}]`);
  console.log(`  texts (.txt):        ${text.toFixed(2)} s  [${times.text.map((t) => t.toFixed(2)).join(', ')}]`);
  console.log(
    `  ratio: ${(text / json).toFixed(2)}× of the medians; per round ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)}×; load average ${loadavg()[0]?.toFixed(1)})`,
  );
});
