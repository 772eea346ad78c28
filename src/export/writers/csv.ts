import { join } from 'node:path';
import {
  EDGE_PROPERTIES,
  EDGE_PROPERTY_TYPES,
  type ExportEdge,
  type ExportNode,
  LABEL_PROPERTIES,
  PROPERTY_TYPES,
} from '../model.ts';
import { FileSink } from '../sink.ts';
import type { GraphWriter } from './writer.ts';

// neo4j-admin database import CSV: nodes.csv and relationships.csv with typed headers, written by hand because
// no maintained library writes this dialect. One ID space: node ids are `Label:id`, and `id` stays a property.

const NODE_COLUMNS = [...new Set(Object.values(LABEL_PROPERTIES).flat())];
const ADMIN_TYPES: Record<string, string> = {
  string: '',
  int: ':long',
  double: ':double',
  boolean: ':boolean',
  date: ':date',
  'string[]': ':string[]',
};

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // neo4j-admin splits arrays on ';' and has no escape for it inside an element.
  const text = Array.isArray(value) ? value.map((v) => String(v).replaceAll(';', ',')).join(';') : String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
}

export class CsvWriter implements GraphWriter {
  private readonly nodeSink: FileSink;
  private readonly edgeSink: FileSink;
  private started = false;

  constructor(dir: string) {
    this.nodeSink = new FileSink(join(dir, 'nodes.csv'));
    this.edgeSink = new FileSink(join(dir, 'relationships.csv'));
  }

  private async headers() {
    if (this.started) return;
    this.started = true;
    const typed = NODE_COLUMNS.map((c) => `${c}${ADMIN_TYPES[PROPERTY_TYPES[c] ?? 'string']}`);
    await this.nodeSink.write(`${[':ID', ':LABEL', ...typed].join(',')}\n`);
    const edgeColumns = EDGE_PROPERTIES.map((p) => `${p}${ADMIN_TYPES[EDGE_PROPERTY_TYPES[p]]}`);
    await this.edgeSink.write(`${[':START_ID', ':END_ID', ':TYPE', ...edgeColumns].join(',')}\n`);
  }

  async nodes(nodes: ExportNode[]) {
    await this.headers();
    for (const n of nodes)
      await this.nodeSink.write(`${[n.key, n.label, ...NODE_COLUMNS.map((c) => n.props[c])].map(cell).join(',')}\n`);
  }

  async edges(edges: ExportEdge[]) {
    await this.headers();
    for (const e of edges) {
      await this.edgeSink.write(
        `${[e.source, e.target, e.type, ...EDGE_PROPERTIES.map((p) => e.props[p])].map(cell).join(',')}\n`,
      );
    }
  }

  async finish() {
    await this.headers();
    return [await this.nodeSink.close(), await this.edgeSink.close()];
  }
}
