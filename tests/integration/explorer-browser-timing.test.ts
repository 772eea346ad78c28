import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { ARTIFACTS_DIR, findChromium, launch, openWatched, screenshot, startService } from '../helpers/browser.ts';
import { ingestJson, openSeededGraph, resetGraph } from '../helpers/database.ts';

// Measured, not asserted on time: first paint of /explore with the seed, and a 500-actor neighbourhood laid out
// and answering clicks. The figures are printed and saved to .ci/artifacts/explorer-timings.json.

const chromium = findChromium();
if (!chromium.path && process.env.CI) throw new Error(`Browser tests need Chromium in CI: ${chromium.reason}`);

const SPOKES = 499;

/** First contentful paint, and the time spent waiting for /graphql (summed), from the page's own timings. */
const pageTiming = (page: Page) =>
  page.evaluate(() => ({
    firstContentfulPaint: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    graphql: Math.round(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/graphql'))
        .reduce((sum, e) => sum + e.duration, 0),
    ),
  }));

/** A hub supporting 499 actors, each fighting the next: one neighbourhood of 500 actors and 998 claims. */
function syntheticGraph() {
  const spokes = Array.from({ length: SPOKES }, (_, i) => `scale-actor-${i}`);
  const kinds = ['STATE', 'NON_STATE_ARMED_GROUP', 'STATE_ARMED_FORCE', 'PRIVATE_MILITARY_COMPANY'];
  const gazetteer = {
    kind: 'gazetteer',
    formatVersion: 1,
    actors: [
      { id: 'scale-hub', name: 'Scale hub', kind: 'STATE' },
      ...spokes.map((id, i) => ({ id, name: `Actor ${i}`, kind: kinds[i % kinds.length] })),
    ],
  };
  const sentences: string[] = [];
  const claims: unknown[] = [];
  spokes.forEach((id, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const support = `Scale hub helped actor number ${i}.`;
    const combat = `Actor number ${i} fought actor number ${(i + 1) % SPOKES} nearby.`;
    sentences.push(support, combat);
    claims.push(
      {
        kind: 'SUPPORT',
        subject: 'scale-hub',
        object: id,
        supportType: 'WEAPONS',
        date: `2023-${month}`,
        evidence: [{ quote: support, certainty: 'REPORTED' }],
      },
      {
        kind: 'COMBAT',
        subject: id,
        object: spokes[(i + 1) % SPOKES],
        date: `2023-${month}`,
        evidence: [{ quote: combat, certainty: i % 3 ? 'REPORTED' : 'POSSIBLE', hedge: i % 3 ? undefined : 'nearby' }],
      },
    );
  });
  const article = {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: 'scale-article',
      title: 'Synthetic scale article',
      publisher: 'Test Press',
      language: 'en',
      publishedAt: '2023-12-31',
      authorship: 'PUBLISHED',
      text: sentences.join(' '),
    },
    claims,
  };
  return { gazetteer, article };
}

describe.skipIf(!chromium.path)('explorer timings in a real browser (reported, not asserted)', () => {
  let db: Database;
  let server: Server;
  let base: string;
  let browser: Browser;
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    db = await openSeededGraph();
    ({ server, base } = await startService(db));
    browser = await launch(chromium.path!);
  });
  afterAll(async () => {
    console.log('Explorer timings (ms):', JSON.stringify(figures));
    await writeFile(join(ARTIFACTS_DIR, 'explorer-timings.json'), `${JSON.stringify(figures, null, 2)}\n`).catch(
      () => {},
    );
    await browser?.close();
    await new Promise((r) => server?.close(r));
    // The synthetic actors go; the next test file starts from its own reset anyway.
    if (db) await resetGraph(db);
    await db?.close();
  });

  it('first paint of /explore with the seed, and the FAMa network drawn (cold, then warm)', async () => {
    for (const round of ['Cold', 'Warm']) {
      const { page, offsite, errors } = await openWatched(browser);
      const started = Date.now();
      await page.goto(`${base}/explore?start=actor:fama`);
      await page.waitForSelector('body[data-ready]:not([aria-busy])');
      figures[`seedNetworkDrawn${round}Ms`] = Date.now() - started;
      const timing = await pageTiming(page);
      figures[`seedFirstContentfulPaint${round}Ms`] = timing.firstContentfulPaint;
      figures[`seedGraphqlRequests${round}Ms`] = timing.graphql;
      expect(timing.firstContentfulPaint).toBeGreaterThan(0);
      expect(offsite).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('a 500-actor neighbourhood is laid out and answers a click', async () => {
    const { gazetteer, article } = syntheticGraph();
    await ingestJson(db, 'scale-gazetteer.json', gazetteer);
    const ingested = await ingestJson(db, 'scale-article.json', article);
    expect(ingested.documents).toEqual([expect.objectContaining({ status: 'created' })]);

    // By default the view keeps the 150 actors nearest the start, and says so.
    const capped = await openWatched(browser);
    await capped.page.goto(`${base}/explore?start=actor:scale-hub`);
    await capped.page.waitForSelector('body[data-ready]:not([aria-busy])', { timeout: 60_000 });
    expect(await capped.page.$eval('#cap-text', (e) => e.textContent)).toMatch(
      /Showing the 150 actors nearest the start, of 500/,
    );
    await capped.page.close();

    let page!: Page;
    let errors: string[] = [];
    for (const round of ['Cold', 'Warm']) {
      await page?.close();
      ({ page, errors } = await openWatched(browser));
      const started = Date.now();
      await page.goto(`${base}/explore?start=actor:scale-hub&cap=1000`);
      await page.waitForSelector('body[data-ready]:not([aria-busy])', { timeout: 60_000 });
      figures[`largeNetworkReady${round}Ms`] = Date.now() - started;
      figures[`largeNetworkGraphql${round}Ms`] = (await pageTiming(page)).graphql;
      figures[`largeNetworkLayout${round}Ms`] = Number(await page.$eval('body', (b) => b.dataset.renderMs));
    }
    const drawn = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      return { nodes: cy.nodes().length as number, edges: cy.edges().length as number };
    });
    expect(drawn.nodes).toBe(SPOKES + 1);
    figures.largeNetworkNodes = drawn.nodes;
    figures.largeNetworkEdges = drawn.edges;

    // Interactive: a click on a link lists the claims behind it (one GraphQL request) while 500 actors are drawn.
    const point = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const edge = cy.edges('[type = "SUPPORT"]')[0];
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    const clicked = Date.now();
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('#panel li[data-claim] mark') !== null, {
      timeout: 30_000,
    });
    figures.largeNetworkClickToClaimMs = Date.now() - clicked;
    await screenshot(page, 'explorer-500-actors.png');
    expect(errors).toEqual([]);
    await page.close();
  });
});
