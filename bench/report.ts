import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { lineChart } from './plot.ts';

// docs/benchmarks.md and its plots, regenerated from every bench/results/<scale>.json present: the figures and
// the verdict on each target come from the results; the explanations come from bench/notes.md, written by hand.

const latency = z.object({
  failures: z.number().default(0),
  errors: z.array(z.string()).default([]),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  rps: z.number(),
});
const resultsSchema = z.object({
  scale: z.string(),
  when: z.string(),
  machine: z.object({ cpus: z.number(), cpuModel: z.string().optional(), memoryGb: z.number(), node: z.string() }),
  neo4j: z.object({ version: z.string(), heap: z.string(), pageCache: z.string() }),
  corpus: z.object({ articles: z.number(), claims: z.number() }),
  ingest: z.object({
    loaderClaimsPerSecond: z.number(),
    rawClaimsPerSecond: z.number(),
    loaderOverRaw: z.number(),
    noopReingestSeconds: z.number(),
  }),
  queries: z.array(
    z.object({
      name: z.string(),
      concurrency: z.number(),
      graphql: latency,
      cypher: latency,
      p50Ratio: z.number(),
      p99Ratio: z.number(),
    }),
  ),
  exports: z.array(
    z.object({
      format: z.string(),
      targetEdges: z.number(),
      edges: z.number(),
      seconds: z.number(),
      edgesPerSecond: z.number(),
      baseRssMb: z.number(),
      peakRssMb: z.number(),
    }),
  ),
});
type Results = z.infer<typeof resultsSchema>;

const SELECTIVE = ['supports in an operation', 'neighbourhood depth 2', 'shortest path'];
const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const x = (v: number) => `${v.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Export sizes are compared within one run (one graph, one Neo4j): the run with the most edges exported. */
function largestExportRun(all: Results[]): Results['exports'] {
  const edges = (r: Results) => Math.max(0, ...r.exports.map((e) => e.edges));
  return all.reduce<Results | undefined>((a, b) => (!a || edges(b) >= edges(a) ? b : a), undefined)?.exports ?? [];
}

function targets(all: Results[]): string[] {
  const queries = all.flatMap((r) => r.queries.map((q) => ({ ...q, scale: r.scale })));
  const lines = [row(['Target', 'Worst measured', 'Where', 'Verdict']), row(['---', '---', '---', '---'])];
  // Per request, the worst ratio over every scale and client count measured.
  for (const name of new Set(queries.map((q) => q.name))) {
    const mine = queries.filter((q) => q.name === name);
    for (const [key, limit] of [
      ['p50Ratio', 1.3],
      ['p99Ratio', 1.5],
    ] as const) {
      const worst = mine.reduce((a, b) => (b[key] > a[key] ? b : a));
      const best = mine.reduce((a, b) => (b[key] < a[key] ? b : a));
      lines.push(
        row([
          `${name}: GraphQL ${key.slice(0, 3)} ≤ ${limit}× raw Cypher`,
          x(worst[key]),
          `c=${worst.concurrency}, ${worst.scale} (best ${x(best[key])}: c=${best.concurrency}, ${best.scale})`,
          verdict(worst[key] <= limit),
        ]),
      );
    }
  }
  const loader = all.reduce((a, b) => (b.ingest.loaderOverRaw < a.ingest.loaderOverRaw ? b : a), all[0]!);
  lines.push(
    row([
      'Loader ≥ 0.8× raw UNWIND',
      x(loader.ingest.loaderOverRaw),
      loader.scale,
      verdict(loader.ingest.loaderOverRaw >= 0.8),
    ]),
  );
  const small = all.find((r) => r.corpus.articles === 1000);
  const large = all.find((r) => r.corpus.articles === 100_000 && r.scale === '100k');
  if (small && large) {
    for (const name of SELECTIVE) {
      const at = (r: Results) =>
        r.queries.find((q) => q.name === name && q.concurrency === 1)?.graphql.p50 ?? Number.NaN;
      const growth = at(large) / at(small);
      lines.push(row([`${name}: p50 at 100k ≤ 2× p50 at 1k`, x(growth), '100k vs quick', verdict(growth <= 2)]));
    }
  } else lines.push(row(['Selective queries at 100k ≤ 2× 1k', 'not measured', 'needs quick and 100k results', '—']));
  const exports = largestExportRun(all);
  for (const format of new Set(exports.map((e) => e.format))) {
    const at = (target: number) => exports.find((e) => e.format === format && e.targetEdges === target);
    const [mid, big] = [at(100_000), at(1_000_000)];
    if (mid && big) {
      const growth = big.peakRssMb / mid.peakRssMb;
      lines.push(
        row([
          `${format} export peak memory, 1M ≤ 1.5× 100k edges`,
          x(growth),
          `${n0(mid.peakRssMb)} → ${n0(big.peakRssMb)} MB`,
          verdict(growth <= 1.5),
        ]),
      );
    }
  }
  return lines;
}

/** What failed requests said, once per message. */
function failureNotes(all: Results[]): string[] {
  const lines = all.flatMap((r) =>
    r.queries.flatMap((q) =>
      (['graphql', 'cypher'] as const).flatMap((side) =>
        q[side].errors.map((e) => `- ${r.scale}, ${q.name}, c=${q.concurrency}, ${side}: ${e}`),
      ),
    ),
  );
  return lines.length ? ['', 'Failed requests:', '', ...lines] : [];
}

export async function writeReport(resultsDir: string, docsDir: string): Promise<string> {
  const files = (await readdir(resultsDir)).filter((f) => f.endsWith('.json'));
  const all = (
    await Promise.all(
      files.map(async (f) => resultsSchema.parse(JSON.parse(await readFile(join(resultsDir, f), 'utf8')))),
    )
  ).sort((a, b) => a.corpus.claims - b.corpus.claims);
  const notes = await readFile(join(resultsDir, '..', 'notes.md'), 'utf8').catch(() => '');
  const machine = all.at(-1)?.machine;
  const out = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/report.ts) from bench/results/*.json and bench/notes.md: edit those, not this. -->',
    '',
    machine
      ? `Machine: ${machine.cpus} cores (${machine.cpuModel ?? 'unknown CPU'}), ${machine.memoryGb} GB, Node ${machine.node}; Neo4j ${all.at(-1)!.neo4j.version} Community, heap ${all.at(-1)!.neo4j.heap}, page cache ${all.at(-1)!.neo4j.pageCache}. Runs: ${all.map((r) => `${r.scale} (${r.when.slice(0, 10)})`).join(', ')}.`
      : 'No results yet: run `npm run bench`.',
    '',
    '## Targets',
    '',
    ...(all.length ? targets(all) : []),
    '',
    '## Ingest',
    '',
    row([
      'Scale',
      'Articles',
      'Claims',
      'Loader claims/s',
      'Raw UNWIND claims/s',
      'Loader / raw',
      'No-op re-ingest (s)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...all.map((r) =>
      row([
        r.scale,
        n0(r.corpus.articles),
        n0(r.corpus.claims),
        n0(r.ingest.loaderClaimsPerSecond),
        n0(r.ingest.rawClaimsPerSecond),
        x(r.ingest.loaderOverRaw),
        r.ingest.noopReingestSeconds.toFixed(1),
      ]),
    ),
    '',
    '## Queries: GraphQL against the same answer by raw Cypher (milliseconds)',
    '',
    row([
      'Scale',
      'Request',
      'Clients',
      'GraphQL p50 / p95 / p99',
      'Raw p50 / p95 / p99',
      'p50 ratio',
      'p99 ratio',
      'GraphQL req/s',
      'Failed (GraphQL / raw)',
    ]),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...all.flatMap((r) =>
      r.queries.map((q) =>
        row([
          r.scale,
          q.name,
          q.concurrency,
          `${ms(q.graphql.p50)} / ${ms(q.graphql.p95)} / ${ms(q.graphql.p99)}`,
          `${ms(q.cypher.p50)} / ${ms(q.cypher.p95)} / ${ms(q.cypher.p99)}`,
          x(q.p50Ratio),
          x(q.p99Ratio),
          n0(q.graphql.rps),
          `${q.graphql.failures} / ${q.cypher.failures}`,
        ]),
      ),
    ),
    ...failureNotes(all),
    '',
    '![p50 latency against graph size](benchmarks-latency.svg)',
    '',
    '## Export',
    '',
    row(['Scale', 'Format', 'Edges', 'Seconds', 'Edges/s', 'Process RSS before (MB)', 'Peak RSS (MB)']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...all.flatMap((r) =>
      r.exports.map((e) =>
        row([
          r.scale,
          e.format,
          n0(e.edges),
          e.seconds.toFixed(1),
          n0(e.edgesPerSecond),
          n0(e.baseRssMb),
          n0(e.peakRssMb),
        ]),
      ),
    ),
    '',
    '![export peak memory against edges](benchmarks-export-memory.svg)',
    '',
    notes.trim(),
    '',
  ];
  const names = [...new Set(all.flatMap((r) => r.queries.map((q) => q.name)))];
  const p50 = (name: string, side: 'graphql' | 'cypher') =>
    all.flatMap((r) => {
      const q = r.queries.find((q) => q.name === name && q.concurrency === 1);
      return q ? [[r.corpus.claims, q[side].p50] as [number, number]] : [];
    });
  await writeFile(
    join(docsDir, 'benchmarks-latency.svg'),
    lineChart(
      'p50 latency, one client: GraphQL (solid) and raw Cypher (dashed)',
      'claims in the graph',
      'milliseconds',
      names.flatMap((name, i) => [
        { name: `${name}`, points: p50(name, 'graphql'), colour: i },
        { name: `${name} (raw)`, points: p50(name, 'cypher'), colour: i, dashed: true },
      ]),
    ),
  );
  const exports = largestExportRun(all);
  await writeFile(
    join(docsDir, 'benchmarks-export-memory.svg'),
    lineChart(
      'Export: peak resident memory of the exporting process (largest run)',
      'edges exported',
      'MB',
      [...new Set(exports.map((e) => e.format))].map((format, i) => ({
        name: format,
        colour: i,
        points: exports.filter((e) => e.format === format).map((e) => [e.edges, e.peakRssMb] as [number, number]),
      })),
    ),
  );
  const file = join(docsDir, 'benchmarks.md');
  await writeFile(file, out.join('\n'));
  return file;
}
