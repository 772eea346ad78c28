import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/environment.ts';
import { createLogger, silentLogger } from '../src/logger.ts';
import { cacheBench } from './cache-bench.ts';
import { generateCorpus } from './corpus.ts';
import { exportBench } from './export-bench.ts';
import { ingestBench } from './ingest-bench.ts';
import { queryBench } from './query-bench.ts';
import { queryCases } from './query-cases.ts';
import { querySides } from './query-sides.ts';
import { writeReport } from './report.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// npm run bench [-- --scale quick|10k|100k|1m]: ingest, query and export measured in one run on a throwaway
// Neo4j, each against the plain-driver baseline for the same work, reported as ratios (the machines are noisy).
// Writes bench/results/<scale>.json, then regenerates docs/benchmarks.md from every scale's results.

const SCALES = {
  quick: { articles: 1000, claimsPerArticle: 5 },
  '10k': { articles: 10_000, claimsPerArticle: 5 },
  '100k': { articles: 100_000, claimsPerArticle: 5 },
  '1m': { articles: 100_000, claimsPerArticle: 10 },
} as const;
const log = createLogger('info');

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'quick' },
    requests: { type: 'string', default: '200' },
    'report-only': { type: 'boolean', default: false },
  },
});

const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

async function main(scale: keyof typeof SCALES) {
  const requests = Number(values.requests);
  const settings = { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' };
  await withThrowawayNeo4j({ prefix: 'conflict-kg-bench-', settings, txTimeoutMs: 600_000, log }, async (neo4j) => {
    const { db, dir, env, connection } = neo4j;
    const corpus = generateCorpus(SCALES[scale]);
    log.info('Corpus generated', { articles: corpus.articles.length, claims: corpus.claims });
    const ingest = await ingestBench(db, corpus, log, silentLogger);

    const queries = await queryBench(await querySides(db), queryCases(corpus), requests, (run) =>
      log.info('Query measured', {
        name: run.name,
        concurrency: run.concurrency,
        p50Ratio: run.p50Ratio.toFixed(2),
        p99Ratio: run.p99Ratio.toFixed(2),
        peerP50: run.peer?.p50.toFixed(2),
        p50: run.graphql.p50.toFixed(2),
      }),
    );
    const dashboard = queryCases(corpus).find((c) => c.name === 'dashboard count')!;
    const cache = await cacheBench(db, dashboard, requests * 5);
    log.info('Response cache measured', { hitP50: cache.hit.p50.toFixed(3), uncachedP50: cache.miss.p50.toFixed(2) });
    const exports = await exportBench(db, connection, dir, log);

    const results = {
      scale,
      when: new Date().toISOString(),
      machine: machine(),
      neo4j: { version: env.local.version, heap: env.local.heap, pageCache: env.local.pageCache },
      corpus: { articles: corpus.articles.length, claims: corpus.claims },
      ingest,
      queries,
      cache,
      exports,
    };
    const resultsDir = join(projectRoot, 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${scale}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    log.info(`Results written to ${file}`);
  });
}

const scale = values.scale as keyof typeof SCALES;
if (!(scale in SCALES)) throw new Error(`--scale: one of ${Object.keys(SCALES).join(', ')}`);
if (!values['report-only']) await main(scale);
log.info(`Report written to ${await writeReport(join(projectRoot, 'bench', 'results'), join(projectRoot, 'docs'))}`);
