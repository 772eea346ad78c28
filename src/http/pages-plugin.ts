import { readFile } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';
import { explorePagePath, findAsset } from './static-assets.ts';

// The explorer's page and every asset (its own modules, Cytoscape.js, GraphiQL) from the service itself.

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };
// The explorer loads and talks to nothing but this service; inline styles only for the colour swatches.
const EXPLORE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

let page: Promise<string> | undefined;

/** A yoga plugin answering GET/HEAD /explore, /assets/* and / (to the explorer) before GraphQL sees them. */
export function pagesPlugin(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const { pathname } = url;
      const respond = (body: BodyInit | null, status: number, headers: Record<string, string>) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status,
            headers: { ...SECURITY_HEADERS, ...headers },
          }),
        );
      // Never a stack trace: a file that cannot be read is a plain 500.
      const unreadable = () => respond('This file could not be read', 500, TEXT);
      if (pathname === '/') return respond(null, 302, { location: '/explore' });
      if (pathname === '/explore' || pathname === '/explore/') {
        page ??= readFile(explorePagePath('explore.html'), 'utf8');
        return page.then(
          (html) =>
            respond(html, 200, {
              'content-type': 'text/html; charset=utf-8',
              'cache-control': 'no-cache',
              'content-security-policy': EXPLORE_CSP,
            }),
          () => {
            page = undefined;
            unreadable();
          },
        );
      }
      if (!pathname.startsWith('/assets/')) return;
      const asset = findAsset(pathname);
      if (!asset) return respond('Not found', 404, TEXT);
      return asset.then(({ body, type, etag }) => {
        // Revalidated each time (cheap: 304 by ETag), so a new version of the service is picked up at once.
        const headers = { 'content-type': type, etag, 'cache-control': 'no-cache' };
        if (request.headers.get('if-none-match') === etag) return respond(null, 304, headers);
        return respond(typeof body === 'string' ? body : new Uint8Array(body), 200, headers);
      }, unreadable);
    },
  };
}
