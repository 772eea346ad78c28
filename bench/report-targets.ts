import { ms, n0, type QueryResult, type Results, row, verdict, x } from './report-schema.ts';

// The verdict on each target of the query, cache, ingest and export work, from every scale's results: for each
// request the worst case over scales and client counts, and where it was measured.

const SELECTIVE = [
  'supports in an operation',
  'neighbourhood depth 2, links',
  'neighbourhood depth 2, claim edges',
  'shortest path',
];
/** Below this raw p50 a request's Cypher is small: the target is then the service's fixed cost, not a ratio. */
const HEAVY_MS = 5;
const FIXED_COST_MS = 0.5;

type Measured = QueryResult & { scale: string };
const where = (q: Measured) => `c=${q.concurrency}, ${q.scale}`;
const worstBy = (runs: Measured[], value: (q: Measured) => number) =>
  runs.reduce((a, b) => (value(b) > value(a) ? b : a));

/** The peer's p50 and p99 each against the service's: the worse of the two ratios. */
function peerRows(name: string, runs: Measured[]): string[] {
  const shared = runs.filter((q) => q.peer);
  if (!shared.length) return [];
  const ratio = (q: Measured) => Math.max(q.graphql.p50 / q.peer!.p50, q.graphql.p99 / q.peer!.p99);
  const worst = worstBy(shared, ratio);
  const detail = `${where(worst)}: p50 ${ms(worst.graphql.p50)} vs ${ms(worst.peer!.p50)} ms, p99 ${ms(worst.graphql.p99)} vs ${ms(worst.peer!.p99)} ms`;
  return [
    row([`${name}: faster than @neo4j/graphql, p50 and p99`, x(ratio(worst)), detail, verdict(ratio(worst) < 1)]),
  ];
}

/** Heavy requests against raw Cypher by ratio; light ones by the fixed cost the service adds at one client. */
function rawRows(name: string, runs: Measured[]): string[] {
  const lines: string[] = [];
  const heavy = runs.filter((q) => q.cypher.p50 >= HEAVY_MS);
  for (const [key, limit] of [
    ['p50Ratio', 1.3],
    ['p99Ratio', 1.5],
  ] as const) {
    if (!heavy.length) continue;
    const worst = worstBy(heavy, (q) => q[key]);
    const target = `${name}: ${key.slice(0, 3)} ≤ ${limit}× raw Cypher (where Cypher ≥ ${HEAVY_MS} ms)`;
    lines.push(row([target, x(worst[key]), where(worst), verdict(worst[key] <= limit)]));
  }
  const light = runs.filter((q) => q.cypher.p50 < HEAVY_MS && q.concurrency === 1);
  if (light.length) {
    const cost = (q: Measured) => q.graphql.p50 - q.cypher.p50;
    const worst = worstBy(light, cost);
    const target = `${name}: fixed cost (p50 − raw p50, 1 client) < ${FIXED_COST_MS} ms where Cypher < ${HEAVY_MS} ms`;
    lines.push(row([target, `${ms(cost(worst))} ms`, where(worst), verdict(cost(worst) < FIXED_COST_MS)]));
  }
  return lines;
}

function cacheRows(all: Results[]): string[] {
  const cached = all.filter((r) => r.cache);
  if (!cached.length) return [row(['Cached dashboard request < 1 ms p50 in process', 'not measured', '—', '—'])];
  const worst = cached.reduce((a, b) => (b.cache!.hit.p50 > a.cache!.hit.p50 ? b : a));
  const c = worst.cache!;
  const detail = `${c.request}, ${worst.scale} (uncached ${ms(c.miss.p50)} ms)`;
  return [
    row(['Cached dashboard request < 1 ms p50 in process', `${ms(c.hit.p50)} ms`, detail, verdict(c.hit.p50 < 1)]),
  ];
}

function growthRows(all: Results[]): string[] {
  const small = all.find((r) => r.corpus.articles === 1000);
  const large = all.find((r) => r.corpus.articles === 100_000 && r.scale === '100k');
  if (!small || !large)
    return [row(['Selective queries at 100k ≤ 2× 1k', 'not measured', 'needs quick and 100k', '—'])];
  return SELECTIVE.map((name) => {
    const at = (r: Results) => r.queries.find((q) => q.name === name && q.concurrency === 1)?.graphql.p50 ?? Number.NaN;
    const growth = at(large) / at(small);
    // A request added after the last 100k run has no figure there: said, not shown as a ratio of nothing.
    if (Number.isNaN(growth))
      return row([`${name}: p50 at 100k ≤ 2× p50 at 1k`, 'not measured', 'needs it at quick and 100k', '—']);
    return row([`${name}: p50 at 100k ≤ 2× p50 at 1k`, x(growth), '100k vs quick', verdict(growth <= 2)]);
  });
}

/** Export sizes are compared within one run (one graph, one Neo4j): the run with the most edges exported. */
export function largestExportRun(all: Results[]): Results['exports'] {
  const edges = (r: Results) => Math.max(0, ...r.exports.map((e) => e.edges));
  return all.reduce<Results | undefined>((a, b) => (!a || edges(b) >= edges(a) ? b : a), undefined)?.exports ?? [];
}

function ingestAndExportRows(all: Results[]): string[] {
  const loader = all.reduce((a, b) => (b.ingest.loaderOverRaw < a.ingest.loaderOverRaw ? b : a), all[0]!);
  const lines = [
    row([
      'Loader ≥ 0.8× raw UNWIND',
      x(loader.ingest.loaderOverRaw),
      loader.scale,
      verdict(loader.ingest.loaderOverRaw >= 0.8),
    ]),
  ];
  const exports = largestExportRun(all);
  for (const format of new Set(exports.map((e) => e.format))) {
    const at = (target: number) => exports.find((e) => e.format === format && e.targetEdges === target);
    const [mid, big] = [at(100_000), at(1_000_000)];
    if (!mid || !big) continue;
    const growth = big.peakRssMb / mid.peakRssMb;
    const detail = `${n0(mid.peakRssMb)} → ${n0(big.peakRssMb)} MB`;
    lines.push(row([`${format} export peak memory, 1M ≤ 1.5× 100k edges`, x(growth), detail, verdict(growth <= 1.5)]));
  }
  return lines;
}

export function targets(all: Results[]): string[] {
  const queries = all.flatMap((r) => r.queries.map((q) => ({ ...q, scale: r.scale })));
  const lines = [row(['Target', 'Worst measured', 'Where', 'Verdict']), row(['---', '---', '---', '---'])];
  for (const name of new Set(queries.map((q) => q.name))) {
    const runs = queries.filter((q) => q.name === name);
    lines.push(...peerRows(name, runs), ...rawRows(name, runs));
  }
  return [...lines, ...cacheRows(all), ...ingestAndExportRows(all), ...growthRows(all)];
}
