import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../src/config/environment.ts';
import { createApp, createHttpServer } from '../../src/http/app.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Database } from '../../src/neo4j/database.ts';

// A real headless Chromium (Debian's package) against the service on a loopback port. Every request the page
// makes is checked: one leaving the machine is aborted and recorded, and so is every console error.

export const ARTIFACTS_DIR = join(projectRoot, '.ci', 'artifacts');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to drive, or why there is none. */
export function findChromium(): { path?: string; reason?: string } {
  const path = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  return path ? { path } : { reason: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' };
}

export async function startService(db: Database): Promise<{ server: Server; base: string }> {
  // The whole app, as `serve` builds it: Host check, CSRF rule and CORS defaults included.
  const server = createHttpServer(createApp({ db, log: silentLogger }), 2_000_000, silentLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launch(path: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: path,
    headless: true,
    // Root in CI containers cannot use Chromium's sandbox; the pages come from our own service.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Requests that tried to leave 127.0.0.1 (aborted). */
  offsite: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export async function openWatched(browser: Browser, width = 1400, height = 900): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const offsite: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol) || url.hostname === '127.0.0.1') return void request.continue();
    offsite.push(request.url());
    void request.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, offsite, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name);
  await page.screenshot({ path });
  return path;
}
