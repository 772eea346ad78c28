import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { findChromium, launch, openWatched, screenshot, startService } from '../helpers/browser.ts';
import { connectTestDatabase, ingestJson, resetGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The explorer draws the service's aggregated links, not claims: a hub with many claims to one counterparty is one
// edge with their count, a denial of the same tie is another, and a click lists exactly the claims behind it.

const chromium = findChromium();
if (!chromium.path && process.env.CI) throw new Error(`Browser tests need Chromium in CI: ${chromium.reason}`);

const TYPES = ['WEAPONS', 'DRONES', 'FUNDING', 'TRAINING', 'LOGISTICS', 'ADVISERS', 'INTELLIGENCE', 'MUNITIONS'];
/** Support claims from the hub to spoke 0: more than one page of the drill-down (20). */
const MANY = 24;

/** Hub → spoke 0: MANY supports (every third possible, one a draft) and one denial; spoke 1 fights the hub twice. */
function documents() {
  const gazetteer = {
    kind: 'gazetteer',
    formatVersion: 1,
    actors: [
      { id: 'links-hub', name: 'Hubland', kind: 'STATE' },
      { id: 'links-s0', name: 'Spoke Zero', kind: 'NON_STATE_ARMED_GROUP' },
      { id: 'links-s1', name: 'Spoke One', kind: 'NON_STATE_ARMED_GROUP' },
    ],
  };
  const sentences: string[] = [];
  const claims: Record<string, unknown>[] = [];
  for (let k = 0; k < MANY; k++) {
    const type = TYPES[k % TYPES.length]!;
    const quote = `Hubland sent ${type.toLowerCase()} to Spoke Zero in batch ${k}.`;
    sentences.push(quote);
    claims.push({
      // The same kind, actors and type in other months: ids tell the claims apart.
      id: `links-claim-${k}`,
      kind: 'SUPPORT',
      subject: 'links-hub',
      object: 'links-s0',
      supportType: type,
      date: `2023-${String((Math.floor(k / TYPES.length) % 12) + 1).padStart(2, '0')}`,
      ...(k === 5 ? { draft: true } : {}),
      evidence: [
        { quote, certainty: k % 3 === 0 ? 'POSSIBLE' : 'REPORTED', ...(k % 3 === 0 ? { hedge: 'sent' } : {}) },
      ],
    });
  }
  const denial = 'Hubland denied sending drones to Spoke Zero.';
  const fights = ['Spoke One attacked Hubland near the river.', 'Spoke One attacked Hubland again at dawn.'];
  sentences.push(denial, ...fights);
  claims.push({
    kind: 'SUPPORT',
    subject: 'links-hub',
    object: 'links-s0',
    supportType: 'DRONES',
    polarity: 'DENIED',
    date: '2023-02',
    evidence: [{ quote: denial, certainty: 'REPORTED' }],
  });
  fights.forEach((quote, i) => {
    claims.push({
      id: `links-fight-${i}`,
      kind: 'COMBAT',
      subject: 'links-s1',
      object: 'links-hub',
      date: `2023-0${i + 4}`,
      evidence: [{ quote, certainty: 'REPORTED' }],
    });
  });
  const article = {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: 'links-article',
      title: 'Hubland and its spokes',
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

const drawnEdges = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
    const cy = (document.getElementById('graph') as any)._cyreg.cy;
    return cy.edges().map((e: { id: () => string; data: (k: string) => unknown }) => ({
      id: e.id(),
      count: e.data('count'),
      label: e.data('label'),
    })) as { id: string; count: number; label: string }[];
  });

async function clickEdge(page: Page, id: string) {
  const point = await page.evaluate((edgeId) => {
    // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
    const cy = (document.getElementById('graph') as any)._cyreg.cy;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    const mid = cy.getElementById(edgeId).renderedMidpoint();
    return { x: box.left + mid.x, y: box.top + mid.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

const listedClaims = (page: Page) =>
  page.$$eval('#panel li[data-claim]', (items) => items.map((i) => i.getAttribute('data-claim')!));

describe.skipIf(!chromium.path)('explorer links and drill-down in a real browser', () => {
  let db: Database;
  let server: Server;
  let base: string;
  let browser: Browser;
  /** Claim ids by polarity, as the API lists them for hub → spoke 0. */
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    db = connectTestDatabase();
    await resetGraph(db);
    const { gazetteer, article } = documents();
    await ingestJson(db, 'links-gazetteer.json', gazetteer);
    const ingested = await ingestJson(db, 'links-article.json', article);
    expect(ingested.documents).toEqual([expect.objectContaining({ status: 'created' })]);
    const query = graphqlClient(db);
    for (const polarity of ['ASSERTED', 'DENIED']) {
      const result = await query<{ claims: { edges: { node: { id: string } }[] } }>(
        `{ claims(filter: { subject: "links-hub", object: "links-s0", polarity: ${polarity} }, first: 100) { edges { node { id } } } }`,
      );
      ids[polarity] = result.data!.claims.edges.map((e) => e.node.id).sort();
    }
    ({ server, base } = await startService(db));
    browser = await launch(chromium.path!);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    if (db) await resetGraph(db);
    await db?.close();
  });

  it('draws one edge per pair, kind and polarity with its claims counted, the denial apart', async () => {
    expect(ids.ASSERTED).toHaveLength(MANY);
    expect(ids.DENIED).toHaveLength(1);
    const { page, errors, offsite } = await openWatched(browser);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) asked.push(r.postData() ?? '');
    });
    await page.goto(`${base}/explore?start=actor:links-hub`);
    await page.waitForSelector('body[data-ready]:not([aria-busy])');
    const edges = await drawnEdges(page);
    expect(edges.map((e) => [e.id, e.count]).sort()).toEqual([
      ['COMBAT:ASSERTED:links-s1:links-hub', 2],
      ['SUPPORT:ASSERTED:links-hub:links-s0', MANY],
      ['SUPPORT:DENIED:links-hub:links-s0', 1],
    ]);
    const label = (id: string) => edges.find((e) => e.id === id)!.label;
    expect(label('SUPPORT:ASSERTED:links-hub:links-s0')).toBe(`support ×${MANY} (1 draft)`);
    expect(label('SUPPORT:DENIED:links-hub:links-s0')).toBe('denied support ×1');
    // The neighbourhood was read as links, not as one edge per claim.
    const walk = asked.find((body) => body.includes('neighborhood('))!;
    expect(walk).toContain('links {');
    expect(walk).not.toMatch(/claim \{/);
    expect(await page.$eval('#status', (e) => e.textContent)).toMatch(/3 actors and 3 links \(27 claims\) in view/);
    // The table lists the same links.
    expect(
      (await page.$$eval('#list-body button[data-link]', (b) => b.map((x) => x.getAttribute('data-link')))).sort(),
    ).toEqual(edges.map((e) => e.id).sort());
    await screenshot(page, 'explorer-links.png');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('a click on a link lists exactly the claims behind it, page by page; the denial lists only itself', async () => {
    const { page, errors } = await openWatched(browser);
    await page.goto(`${base}/explore?start=actor:links-hub`);
    await page.waitForSelector('body[data-ready]:not([aria-busy])');
    await clickEdge(page, 'SUPPORT:ASSERTED:links-hub:links-s0');
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-claim]').length > 0);
    expect(await listedClaims(page)).toHaveLength(20);
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain(`matching the filters: ${MANY}`);
    await page.click('#panel p > button.link');
    await page.waitForFunction((n) => document.querySelectorAll('#panel li[data-claim]').length === n, {}, MANY);
    expect((await listedClaims(page)).sort()).toEqual(ids.ASSERTED);
    expect(new URL(page.url()).searchParams.get('edge')).toBe('SUPPORT:ASSERTED:links-hub:links-s0');
    // Each claim shows its quote and the article; one click opens it in full, its quote inside its sentence.
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain('Hubland and its spokes');
    const first = (await listedClaims(page))[0]!;
    await page.click(`#panel li[data-claim="${first}"] > button.link`);
    await page.waitForFunction(() => document.querySelector('#panel dl') && /Evidence/.test(document.body.innerText));
    expect(new URL(page.url()).searchParams.get('claim')).toBe(first);

    await clickEdge(page, 'SUPPORT:DENIED:links-hub:links-s0');
    await page.waitForFunction(() => /denied/.test(document.getElementById('panel-title')?.textContent ?? ''));
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-claim]').length > 0);
    expect(await listedClaims(page)).toEqual(ids.DENIED);
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain('Hubland denied sending drones');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a filter changes the count drawn, and the drill-down lists what the count says', async () => {
    const { page, errors } = await openWatched(browser);
    await page.goto(`${base}/explore?start=actor:links-hub&min=REPORTED`);
    await page.waitForSelector('body[data-ready]:not([aria-busy])');
    const reported = MANY - Math.ceil(MANY / 3);
    const edge = (await drawnEdges(page)).find((e) => e.id === 'SUPPORT:ASSERTED:links-hub:links-s0')!;
    expect(edge.count).toBe(reported);
    await clickEdge(page, edge.id);
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-claim]').length > 0);
    expect(await listedClaims(page)).toHaveLength(reported);
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain(`matching the filters: ${reported}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
