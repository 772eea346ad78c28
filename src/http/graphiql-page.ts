import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';
import { projectRoot } from '../config/environment.ts';
import { KIDAL_SUPPORT_QUERY } from '../graphql/example-queries.ts';

// GraphiQL as yoga renders it, but with its bundle, style and editor workers served by this service
// (/assets/graphiql/*) instead of a CDN: it works offline. The start script is a file too, so the page has no
// inline script; the options travel as JSON in the page.

const EXAMPLES_DIR = join(projectRoot, 'docs', 'examples');

/** The Kidal question first, then docs/examples/*.graphql (when shipped) as tabs, in file order. */
export function exampleTabs(dir = EXAMPLES_DIR): { query: string }[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    // An install without docs/ (the container image) still has the Kidal question.
  }
  return [
    { query: KIDAL_SUPPORT_QUERY },
    ...files.map((f) => ({ query: namedOperation(readFileSync(join(dir, f), 'utf8'), f) })),
  ];
}

/** GraphiQL titles a tab by its operation's name: an anonymous `{ … }` gets one from its file name. */
export function namedOperation(query: string, file: string): string {
  // 07-russia-burkina-paths.graphql → Ex07RussiaBurkinaPaths (a name cannot start with a digit).
  const name = `Ex-${file.replace(/\.graphql$/, '')}`.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase());
  return query.replace(/^\{/m, `query ${name.replace(/\W/g, '')} {`);
}

let tabs: { query: string }[] | undefined;

/** Options for yoga's `graphiql`: Kidal pre-filled, the examples one tab away. */
export function graphiqlOptions(): GraphiQLOptions {
  tabs ??= exampleTabs();
  return { title: 'conflict-kg', defaultQuery: KIDAL_SUPPORT_QUERY, defaultTabs: tabs };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** For yoga's `renderGraphiQL`: a small page that loads everything from /assets/graphiql. */
export function renderLocalGraphiQL(options: GraphiQLOptions = {}): string {
  // `<` escaped so that no string in the options can close the script element.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="/assets/explore/favicon.svg">
<link rel="stylesheet" href="/assets/graphiql/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root" style="height:100vh"></div>
<script type="application/json" id="graphiql-options">${json}</script>
<script src="/assets/graphiql/graphiql.js"></script>
<script src="/assets/explore/graphiql-start.js"></script>
</body>
</html>
`;
}
