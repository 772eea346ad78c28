import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createApp, createHttpServer } from '../src/http/app.ts';
import { ingestDocuments } from '../src/ingest/ingest-service.ts';
import { parseDocument } from '../src/ingest/read-documents.ts';
import { createLogger, silentLogger } from '../src/logger.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// npm run bench:explorer [-- --rounds 5 --per-pair 8]: the explorer's time to draw a 500-actor view, in Debian's
// headless Chromium against the service on a throwaway Neo4j. The graph: a hub with 499 counterparties, each
// supported `--per-pair` times (different support types and months, some only possibly), every fifth one also
// with a denial, every spoke fighting the next. The page opens /explore?start=actor:hub&cap=1000 and is timed
// from navigation until it says it is ready (drawn, not busy); the figures are the median of the rounds after a
// first, cold one; where links are drawn, also the time from a click on the hub's link to spoke 0 until its claims
// are listed (the drill-down). Not a test: nothing is asserted, the figures are printed.

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'per-pair': { type: 'string', default: '8' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const SPOKES = 499;
const TYPES = ['WEAPONS', 'DRONES', 'FUNDING', 'TRAINING', 'LOGISTICS', 'ADVISERS', 'INTELLIGENCE', 'MUNITIONS'];
const log = createLogger('info');

/** A gazetteer and one article per 50 spokes (articles stay of a realistic length). */
function syntheticDocuments(perPair: number) {
  const spokes = Array.from({ length: SPOKES }, (_, i) => `bench-actor-${i}`);
  const gazetteer = {
    kind: 'gazetteer',
    formatVersion: 1,
    actors: [
      { id: 'bench-hub', name: 'Bench hub', kind: 'STATE' },
      ...spokes.map((id, i) => ({ id, name: `Actor ${i}`, kind: i % 2 ? 'NON_STATE_ARMED_GROUP' : 'STATE' })),
    ],
  };
  const articles = [];
  for (let from = 0; from < SPOKES; from += 50) {
    const sentences: string[] = [];
    const claims: unknown[] = [];
    for (let i = from; i < Math.min(SPOKES, from + 50); i++) {
      for (let k = 0; k < perPair; k++) {
        const type = TYPES[k % TYPES.length]!;
        const quote = `Bench hub may have sent ${type.toLowerCase()} to actor number ${i}, round ${k}.`;
        sentences.push(quote);
        const month = String((k % 12) + 1).padStart(2, '0');
        const possible = (i + k) % 4 === 0;
        claims.push({
          kind: 'SUPPORT',
          subject: 'bench-hub',
          object: spokes[i],
          supportType: type,
          date: `${2022 + Math.floor(k / 12)}-${month}`,
          evidence: [
            { quote, certainty: possible ? 'POSSIBLE' : 'REPORTED', hedge: possible ? 'may have' : undefined },
          ],
        });
      }
      if (i % 5 === 0) {
        const quote = `Bench hub denied arming actor number ${i}.`;
        sentences.push(quote);
        claims.push({
          kind: 'SUPPORT',
          subject: 'bench-hub',
          object: spokes[i],
          supportType: 'WEAPONS',
          polarity: 'DENIED',
          date: '2022-06',
          evidence: [{ quote, certainty: 'REPORTED' }],
        });
      }
      const combat = `Actor number ${i} fought actor number ${(i + 1) % SPOKES}.`;
      sentences.push(combat);
      claims.push({
        kind: 'COMBAT',
        subject: spokes[i],
        object: spokes[(i + 1) % SPOKES],
        date: '2022-03',
        evidence: [{ quote: combat, certainty: 'REPORTED' }],
      });
    }
    articles.push({
      kind: 'article',
      formatVersion: 1,
      article: {
        id: `bench-article-${from}`,
        title: `Synthetic article ${from}`,
        publisher: 'Bench Press',
        language: 'en',
        publishedAt: '2023-12-31',
        authorship: 'PUBLISHED',
        text: sentences.join(' '),
      },
      claims,
    });
  }
  return [gazetteer, ...articles];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** From a click on the hub's link to spoke 0 until its claims are listed; null where links are not drawn. */
async function drillDown(page: Page): Promise<number | null> {
  const point = await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
    const cy = (document.getElementById('graph') as any)._cyreg.cy;
    const edge = cy.getElementById('SUPPORT:ASSERTED:bench-hub:bench-actor-0');
    if (edge.empty()) return null;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const mid = edge.renderedMidpoint();
    return { x: box.left + mid.x, y: box.top + mid.y };
  });
  if (!point) return null;
  const started = Date.now();
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#panel li[data-claim]', { timeout: 60_000 });
  return Date.now() - started;
}

async function measure(browser: Browser, base: string, rounds: number) {
  const runs: {
    readyMs: number;
    graphqlMs: number;
    layoutMs: number;
    nodes: number;
    edges: number;
    drillDownMs: number | null;
  }[] = [];
  for (let round = 0; round <= rounds; round++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const started = Date.now();
    await page.goto(`${base}/explore?start=actor:bench-hub&cap=1000`);
    await page.waitForSelector('body[data-ready]:not([aria-busy])', { timeout: 120_000 });
    const readyMs = Date.now() - started;
    const figures = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      const graphql = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/graphql'))
        .reduce((sum, e) => sum + e.duration, 0);
      return {
        graphqlMs: Math.round(graphql),
        layoutMs: Number(document.body.dataset.renderMs),
        nodes: cy.nodes().length as number,
        edges: cy.edges().length as number,
      };
    });
    runs.push({ readyMs, ...figures, drillDownMs: await drillDown(page) });
    log.info(round === 0 ? 'Cold round' : 'Round', { round, readyMs, ...figures });
    await page.close();
  }
  const warm = runs.slice(1);
  return {
    coldReadyMs: runs[0]!.readyMs,
    readyMs: median(warm.map((r) => r.readyMs)),
    graphqlMs: median(warm.map((r) => r.graphqlMs)),
    layoutMs: median(warm.map((r) => r.layoutMs)),
    drillDownMs: warm[0]?.drillDownMs === null ? null : median(warm.map((r) => r.drillDownMs ?? 0)),
    nodes: runs[0]!.nodes,
    edges: runs[0]!.edges,
  };
}

async function main() {
  await withThrowawayNeo4j({ prefix: 'conflict-kg-explorer-bench-', txTimeoutMs: 120_000, log }, async ({ db }) => {
    let browser: Browser | undefined;
    const server = createHttpServer(createApp({ db, log: silentLogger }), 2_000_000, silentLogger);
    try {
      const documents = await Promise.all(
        syntheticDocuments(Number(values['per-pair'])).map((d, i) => parseDocument(`bench-${i}.json`, d)),
      );
      const summary = await ingestDocuments(db, documents);
      if (summary.counts.failed > 0)
        throw new Error(`synthetic documents refused: ${JSON.stringify(summary.documents)}`);
      log.info('Synthetic graph loaded', summary.counts);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await puppeteer.launch({
        executablePath: values.chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
      });
      const result = await measure(browser, base, Number(values.rounds));
      console.log(JSON.stringify(result));
    } finally {
      await browser?.close();
      await new Promise((r) => server.close(r));
    }
  });
}

await main();
