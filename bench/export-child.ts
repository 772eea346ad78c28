import { parseEnvironment } from '../src/config/environment.ts';
import { type ExportFormat, exportSubgraph } from '../src/export/export-service.ts';
import { silentLogger } from '../src/logger.ts';
import { openDatabase } from '../src/neo4j/connect.ts';

// One export in a process of its own (NEO4J_URI and NEO4J_PASSWORD name the server), so that the peak resident
// memory the kernel reports for the process is the export's and nothing else's. Prints one JSON line.

const [selection, format, out] = process.argv.slice(2) as [string, ExportFormat, string];
const open = await openDatabase(parseEnvironment(), silentLogger);
try {
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const manifest = await exportSubgraph(open.db, JSON.parse(selection), format, out);
  const seconds = (performance.now() - started) / 1000;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    JSON.stringify({
      nodes: sum(manifest.counts.nodes),
      edges: sum(manifest.counts.relationships),
      bytes: manifest.files.reduce((a, f) => a + f.bytes, 0),
      seconds,
      baseRssMb: baseMb,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} finally {
  await open.close();
}
