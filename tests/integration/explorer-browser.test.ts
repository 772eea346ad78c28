import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.ts';
import { findChromium, launch, openWatched, screenshot, startService, type WatchedPage } from '../helpers/browser.ts';
import { openSeededGraph } from '../helpers/database.ts';
import { graphqlClient } from '../helpers/graphql.ts';

// The explorer and GraphiQL in a real headless Chromium, against the service on the test Neo4j with the seed.
// Without Chromium the suite is skipped with a message, except in CI (CI=true), where that is a failure.

const chromium = findChromium();
if (!chromium.path && process.env.CI) throw new Error(`Browser tests need Chromium in CI: ${chromium.reason}`);
if (!chromium.path) console.warn(`Skipping the browser tests: ${chromium.reason}`);

let db: Database;
let server: Server;
let base: string;
let browser: Browser;

/** The page's Cytoscape instance (Cytoscape registers it on its container). */
const graphState = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
    const cy = (document.getElementById('graph') as any)._cyreg.cy;
    return {
      nodes: cy.nodes().map((n: { id: () => string }) => n.id()) as string[],
      edges: cy.edges().map((e: { id: () => string }) => e.id()) as string[],
    };
  });

const tableLinks = (page: Page) =>
  page.$$eval('#list-body button[data-link]', (buttons) => buttons.map((b) => b.getAttribute('data-link')!));

describe.skipIf(!chromium.path)('explorer in a real browser', () => {
  beforeAll(async () => {
    db = await openSeededGraph();
    ({ server, base } = await startService(db));
    browser = await launch(chromium.path!);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await db?.close();
  });

  let watched: WatchedPage;

  it('loads with no request leaving 127.0.0.1 and no console error', async () => {
    watched = await openWatched(browser);
    await watched.page.goto(`${base}/explore`, { waitUntil: 'networkidle0' });
    await watched.page.waitForSelector('body[data-ready]');
    expect(await watched.page.$eval('#status', (e) => e.textContent)).toMatch(/Search for an actor/);
    expect(watched.offsite).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('finds FAMa by "armee malienne" and draws its neighbours Niger and Burkina Faso', async () => {
    const { page } = watched;
    await page.type('#search', 'armee malienne');
    const first = await page.waitForSelector('#search-results button');
    expect(await first!.evaluate((b) => b.textContent)).toMatch(/Forces armées maliennes/);
    await first!.click();
    await page.waitForFunction(() => document.querySelectorAll('#list-body button[data-link]').length > 0);
    await page.waitForSelector('body:not([aria-busy])');
    const { nodes } = await graphState(page);
    expect(nodes).toEqual(expect.arrayContaining(['fama', 'niger', 'burkina-faso']));
    expect(new URL(page.url()).searchParams.get('start')).toBe('actor:fama');
    await screenshot(page, 'explorer-fama.png');
  });

  it("clicking Niger's support link lists its claims; the possible fighter jet opens with its quote in its sentence", async () => {
    const { page } = watched;
    const query = graphqlClient(db);
    const result = await query<{
      supports: {
        edges: {
          node: { id: string; object: { id: string }; evidences: { quote: string; article: { title: string } }[] };
        }[];
      };
    }>(
      '{ supports(filter: { supporter: "niger", certainties: [POSSIBLE] }) { edges { node { id object { id } evidences { quote article { title } } } } } }',
    );
    const claim = result.data!.supports.edges.find((e) =>
      e.node.evidences.some((v) => /avion de chasse/.test(v.quote)),
    );
    expect(claim, 'the seed has Niger possibly sending a fighter jet').toBeDefined();
    const link = `SUPPORT:ASSERTED:niger:${claim!.node.object.id}`;
    const behind = await query<{ claims: { edges: { node: { id: string } }[] } }>(
      `{ claims(filter: { subject: "niger", object: "${claim!.node.object.id}", kinds: [SUPPORT], polarity: ASSERTED }) { edges { node { id } } } }`,
    );
    const behindIds = behind.data!.claims.edges.map((e) => e.node.id).sort();
    expect(behindIds.length).toBeGreaterThan(1);
    // One edge for all of them, labelled with their count; a real click on the canvas, at its midpoint.
    const point = await page.evaluate((id) => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const edge = cy.getElementById(id);
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y, label: edge.data('label') as string };
    }, link);
    expect(point.label).toBe(`support ×${behindIds.length}`);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-claim]').length > 0);
    const listed = await page.$$eval('#panel li[data-claim]', (items) =>
      items.map((i) => i.getAttribute('data-claim')!),
    );
    expect(listed.sort()).toEqual(behindIds);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(link);
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain('peut-être aussi un avion de chasse');
    await page.click(`#panel li[data-claim="${claim!.node.id}"] > button.link`);
    await page.waitForFunction(
      () =>
        document.querySelector('#panel blockquote mark') !== null &&
        /Evidence/.test(document.getElementById('panel')!.textContent!),
    );
    const panel = await page.$eval('#panel', (e) => e.textContent ?? '');
    expect(panel).toContain('peut-être aussi un avion de chasse');
    expect(panel).toContain(claim!.node.evidences[0]!.article.title);
    expect(await page.$eval('#panel mark', (e) => e.closest('blockquote')!.textContent!.length)).toBeGreaterThan(
      claim!.node.evidences[0]!.quote.length,
    );
    expect(panel).not.toContain('[object');
    expect(new URL(page.url()).searchParams.get('claim')).toBe(claim!.node.id);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(link);
    // The same article's other claims are one click away.
    await page.waitForSelector('#article-claims button.link');
    await screenshot(page, 'explorer-claim.png');
    const others = await page.$$('#article-claims button.link');
    expect(others.length).toBeGreaterThan(0);
    await others[0]!.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('claim') !== id, {}, claim!.node.id);
    await page.waitForFunction(() => document.querySelector('#panel mark') !== null);
    expect(watched.errors).toEqual([]);
  });

  it('a click on an actor expands it; the keyboard reaches actors too', async () => {
    const { page } = watched;
    const before = await graphState(page);
    const point = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const position = cy.getElementById('niger').renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand') === 'niger');
    await page.waitForSelector('body:not([aria-busy])');
    const after = await graphState(page);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    // Arrow keys move between actors and say which one in the status line.
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    expect(await page.$eval('#status', (e) => e.textContent)).toMatch(/links drawn/);
  });

  it('the time slider before November 2023 hides the links whose claims all came later', async () => {
    const { page } = watched;
    const query = graphqlClient(db);
    const walk = await query<{ neighborhood: { links: { id: string; firstDate: string | null }[] } }>(
      '{ neighborhood(ids: ["fama", "niger"], polarities: [ASSERTED, DENIED]) { links { id firstDate } } }',
    );
    const later = walk
      .data!.neighborhood.links.filter((l) => l.firstDate && l.firstDate > '2023-10-31')
      .map((l) => l.id);
    const before = await graphState(page);
    expect(before.edges.filter((id) => later.includes(id)).length).toBeGreaterThan(0);
    // With the keyboard, as a user would: the upper bound slider steps back until it reads 2023-10.
    await page.focus('#time-to');
    for (let i = 0; i < 200; i++) {
      const label = await page.$eval('#time-to-label', (e) => e.textContent ?? '');
      if (label <= '2023-10') break;
      await page.keyboard.press('ArrowLeft');
    }
    expect(await page.$eval('#time-to-label', (e) => e.textContent)).toBe('2023-10');
    await page.waitForSelector('body:not([aria-busy])');
    const after = await graphState(page);
    expect(after.edges.filter((id) => later.includes(id))).toEqual([]);
    expect((await tableLinks(page)).filter((id) => later.includes(id))).toEqual([]);
    expect(after.edges.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2023-10');
    expect(watched.offsite).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('a shared URL restores the view', async () => {
    const { page, errors } = await openWatched(browser);
    await page.goto(watched.page.url(), { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#panel mark') !== null);
    expect(await page.$eval('#time-to-label', (e) => e.textContent)).toBe('2023-10');
    // Niger's claims are from November: outside the window, so Niger is not drawn, but its claim stays open.
    expect((await graphState(page)).nodes.sort()).toEqual((await graphState(watched.page)).nodes.sort());
    expect(await page.$eval('#panel', (e) => e.textContent)).toContain('peut-être aussi un avion de chasse');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the path finder answers "how are Russia and Burkina Faso connected?" on the graph', async () => {
    const { page, errors } = await openWatched(browser);
    await page.goto(`${base}/explore`, { waitUntil: 'networkidle0' });
    await page.type('#path-from', 'Russia');
    await page.type('#path-to', 'Burkina Faso');
    await page.click('#path-form button[type="submit"]');
    await page.waitForFunction(() => /connected/.test(document.getElementById('panel-title')?.textContent ?? ''));
    await page.waitForSelector('body:not([aria-busy])');
    const marked = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      const cy = (document.getElementById('graph') as any)._cyreg.cy;
      return {
        nodes: cy.$('node.path').map((n: { id: () => string }) => n.id()) as string[],
        edges: cy.$('edge.path').length as number,
      };
    });
    expect(marked.nodes).toEqual(expect.arrayContaining(['russia', 'burkina-faso']));
    // The steps are marked on the links drawn between them.
    expect(marked.edges).toBeGreaterThan(0);
    expect(await page.$$('#panel ol > li')).not.toHaveLength(0);
    expect(new URL(page.url()).searchParams.get('path')).toBe('russia,burkina-faso');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("rolled up, FAMa's view is Mali's, and a rolled-up link drills down to the claims of the parts", async () => {
    const query = graphqlClient(db);
    const rolled = await query<{ claims: { edges: { node: { id: string } }[] } }>(
      '{ claims(filter: { subject: "russia", object: "mali", kinds: [SUPPORT], polarity: ASSERTED, rollUp: true }, first: 100) { edges { node { id } } } }',
    );
    const behind = rolled.data!.claims.edges.map((e) => e.node.id).sort();
    expect(behind.length, "the seed has Wagner's support to FAMa, Russia's to Mali rolled up").toBeGreaterThan(0);
    const { page, errors } = await openWatched(browser);
    await page.goto(`${base}/explore?start=actor:fama&rollup=1`);
    await page.waitForSelector('body[data-ready]:not([aria-busy])');
    const { nodes, edges } = await graphState(page);
    expect(nodes).toContain('mali');
    expect(nodes).not.toContain('fama');
    expect(edges).toContain('SUPPORT:ASSERTED:russia:mali');
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: Cytoscape's registry on the container is untyped.
      (document.getElementById('graph') as any)._cyreg.cy.getElementById('SUPPORT:ASSERTED:russia:mali').emit('tap');
    });
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-claim]').length > 0);
    const listed = await page.$$eval('#panel li[data-claim]', (items) =>
      items.map((i) => i.getAttribute('data-claim')!),
    );
    expect(listed.sort()).toEqual(behind);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an API error is shown in words', async () => {
    const { page, errors } = await openWatched(browser);
    await page.goto(`${base}/explore?start=actor:no-such-actor`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.$eval('#error', (e) => e.textContent)).toMatch(
      /Not in the graph: actor "no-such-actor" not found/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('GraphiQL renders offline, its editor showing the Kidal question', async () => {
    const { page, offsite, errors } = await openWatched(browser);
    await page.goto(`${base}/graphql`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 20_000 });
    await page.waitForFunction(() =>
      document.querySelector('.graphiql-container')?.textContent?.includes('KidalSupport'),
    );
    await screenshot(page, 'graphiql.png');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
