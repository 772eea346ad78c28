import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../errors.ts';
import { GRAPH_SCHEMA_VERSION } from '../graph/migrations.ts';
import { zodIssues } from '../ingest/read-documents.ts';
import type { Database } from '../neo4j/database.ts';
import type { ExportColumns } from './model.ts';
import { type Selection, type SelectionInput, selectionSchema } from './selection.ts';
import { checkSelection } from './selection-check.ts';
import type { WrittenFile } from './sink.ts';
import { viewColumns, viewReader } from './views.ts';
import { CsvWriter } from './writers/csv.ts';
import { GexfWriter } from './writers/gexf.ts';
import { GraphmlWriter } from './writers/graphml.ts';
import { JsonWriter } from './writers/json.ts';
import type { GraphWriter } from './writers/writer.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'cytoscape', 'jgf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Manifest {
  format: ExportFormat;
  createdAt: string;
  graphSchemaVersion: number;
  /** The selection as applied, defaults included: enough to make the same export again. */
  selection: Selection;
  counts: { nodes: Record<string, number>; relationships: Record<string, number> };
  articles: { id: string; title: string; publisher: string; publishedAt: string; url: string | null }[];
  files: WrittenFile[];
}

function writerFor(format: ExportFormat, dir: string, columns: ExportColumns): GraphWriter {
  switch (format) {
    case 'graphml':
      return new GraphmlWriter(join(dir, 'graph.graphml'), columns);
    case 'gexf':
      return new GexfWriter(join(dir, 'graph.gexf'), columns);
    case 'csv':
      return new CsvWriter(dir, columns);
    case 'cytoscape':
      return JsonWriter.cytoscape(join(dir, 'graph.cytoscape.json'));
    case 'jgf':
      return JsonWriter.jsonGraphFormat(join(dir, 'graph.jgf.json'));
  }
}

export function parseSelection(input: unknown): Selection {
  const parsed = selectionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError('selection', zodIssues(parsed.error));
  return parsed.data;
}

/** Streams the selected subgraph from Neo4j into `dir` in one format, then writes manifest.json beside it. */
export async function exportSubgraph(
  db: Database,
  input: SelectionInput,
  format: ExportFormat,
  dir: string,
): Promise<Manifest> {
  const selection = parseSelection(input);
  await checkSelection(db, selection);
  await mkdir(dir, { recursive: true });
  const writer = writerFor(format, dir, viewColumns(selection));
  const reader = viewReader(db, selection);
  const counts: Manifest['counts'] = { nodes: {}, relationships: {} };
  await reader.read(async (batch) => {
    for (const n of batch.nodes) counts.nodes[n.label] = (counts.nodes[n.label] ?? 0) + 1;
    for (const e of batch.edges) counts.relationships[e.type] = (counts.relationships[e.type] ?? 0) + 1;
    await writer.nodes(batch.nodes);
    await writer.edges(batch.edges);
  });
  const files = await writer.finish();
  const manifest: Manifest = {
    format,
    createdAt: new Date().toISOString(),
    graphSchemaVersion: GRAPH_SCHEMA_VERSION,
    selection,
    counts,
    articles: [...reader.articles.values()]
      .map((a) => ({
        id: a.id,
        title: a.title,
        publisher: a.publisher,
        publishedAt: a.publishedAt,
        url: a.url ?? null,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    files,
  };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
