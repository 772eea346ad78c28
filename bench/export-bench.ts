import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { projectRoot } from '../src/config/environment.ts';
import type { ExportFormat } from '../src/export/export-service.ts';
import type { Logger } from '../src/logger.ts';
import { type Database, namedQuery } from '../src/neo4j/database.ts';

// Export throughput and peak memory at several sizes. Sizes are reached by a time window (claims up to a day),
// chosen from the graph's own claims-per-day and relationships-per-claim; the figures report the actual size.

export const EXPORT_TARGETS = [10_000, 100_000, 1_000_000] as const;
export const EXPORT_BENCH_FORMATS: ExportFormat[] = ['graphml', 'jgf', 'csv'];

const CLAIMS_PER_DAY = namedQuery(
  'benchClaimsPerDay',
  'MATCH (c:Claim) RETURN toString(c.sortDate) AS day, count(*) AS claims ORDER BY day',
  z.object({ day: z.string(), claims: z.number() }),
);
const DENSITY = namedQuery(
  'benchDensity',
  'MATCH (c:Claim) WITH count(c) AS claims MATCH ()-[r]->() RETURN claims, count(r) AS relationships',
  z.object({ claims: z.number(), relationships: z.number() }),
);

const childResult = z.object({
  nodes: z.number(),
  edges: z.number(),
  bytes: z.number(),
  seconds: z.number(),
  baseRssMb: z.number(),
  peakRssMb: z.number(),
});
export type ExportRun = z.infer<typeof childResult> & {
  format: ExportFormat;
  targetEdges: number;
  edgesPerSecond: number;
};

/** The last day whose claims, with their share of relationships, reach `target` edges; null if the graph is smaller. */
async function windowFor(db: Database, target: number): Promise<string | null> {
  const [density] = await db.read(DENSITY);
  const perClaim = density!.relationships / Math.max(1, density!.claims);
  let edges = 0;
  for (const { day, claims } of await db.read(CLAIMS_PER_DAY)) {
    edges += claims * perClaim;
    if (edges >= target) return day;
  }
  return null;
}

export async function exportBench(
  db: Database,
  server: { uri: string; password: string },
  dir: string,
  log: Logger,
): Promise<ExportRun[]> {
  const runs: ExportRun[] = [];
  const child = (selection: unknown, format: ExportFormat, out: string) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'bench', 'export-child.ts'), JSON.stringify(selection), format, out],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: server.uri, NEO4J_PASSWORD: server.password, LOG_LEVEL: 'silent' },
        maxBuffer: 1 << 20,
      },
    );
  // Warm-up, not measured: the first export makes Neo4j plan the export queries.
  const warm = await windowFor(db, EXPORT_TARGETS[0]);
  if (warm) for (const format of EXPORT_BENCH_FORMATS) await child({ to: warm }, format, join(dir, 'export-warm'));
  await rm(join(dir, 'export-warm'), { recursive: true, force: true });
  for (const target of EXPORT_TARGETS) {
    const to = await windowFor(db, target);
    if (!to) {
      log.info('Export size skipped: the graph is smaller', { targetEdges: target });
      continue;
    }
    for (const format of EXPORT_BENCH_FORMATS) {
      const out = join(dir, `export-${target}-${format}`);
      const { stdout } = await child({ to }, format, out);
      await rm(out, { recursive: true, force: true });
      const result = childResult.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
      runs.push({ ...result, format, targetEdges: target, edgesPerSecond: result.edges / result.seconds });
      log.info('Export measured', {
        format,
        edges: result.edges,
        seconds: result.seconds.toFixed(1),
        peakRssMb: Math.round(result.peakRssMb),
      });
    }
  }
  return runs;
}
