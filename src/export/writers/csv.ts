import { join } from 'node:path';
import {
  CLAIM_VIEW_COLUMNS,
  type ExportColumns,
  type ExportEdge,
  type ExportNode,
  type PropertyType,
} from '../model.ts';
import { FileSink, type WrittenFile } from '../sink.ts';
import type { GraphWriter } from './writer.ts';

// neo4j-admin database import CSV, one file per label (`nodes-Actor.csv`) and per relationship type
// (`relationships-SUPPORT.csv`), the layout both neo4j-admin and pandas prefer: each file has only its own typed
// columns, so no column mixes types. Written by hand because no maintained library writes this dialect. One ID
// space: node ids are the export's node keys, and `id` stays a property.

const ADMIN_TYPES: Record<PropertyType, string> = {
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
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A file name part from a label or relationship type (both come from fixed lists; this only guards the path). */
const safe = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

export class CsvWriter implements GraphWriter {
  private readonly files = new Map<string, { sink: FileSink; columns: readonly string[] }>();

  constructor(
    private readonly dir: string,
    private readonly columns: ExportColumns = CLAIM_VIEW_COLUMNS,
  ) {}

  private async file(name: string, fixed: string[], columns: readonly string[], types: Record<string, PropertyType>) {
    let file = this.files.get(name);
    if (!file) {
      file = { sink: new FileSink(join(this.dir, name)), columns };
      this.files.set(name, file);
      const typed = columns.map((c) => `${c}${ADMIN_TYPES[types[c] ?? 'string']}`);
      await file.sink.write(`${[...fixed, ...typed].join(',')}\n`);
    }
    return file;
  }

  async nodes(nodes: ExportNode[]) {
    for (const n of nodes) {
      const columns = this.columns.labels[n.label] ?? Object.keys(this.columns.node);
      const f = await this.file(`nodes-${safe(n.label)}.csv`, [':ID', ':LABEL'], columns, this.columns.node);
      const labels = [n.label, ...(n.labels ?? [])];
      await f.sink.write(`${[n.key, labels, ...f.columns.map((c) => n.props[c])].map(cell).join(',')}\n`);
    }
  }

  async edges(edges: ExportEdge[]) {
    for (const e of edges) {
      const columns = this.columns.edgeTypes?.[e.type] ?? Object.keys(this.columns.edge);
      const name = `relationships-${safe(e.type)}.csv`;
      const f = await this.file(name, [':START_ID', ':END_ID', ':TYPE'], columns, this.columns.edge);
      await f.sink.write(`${[e.source, e.target, e.type, ...f.columns.map((c) => e.props[c])].map(cell).join(',')}\n`);
    }
  }

  async finish(): Promise<WrittenFile[]> {
    const written: WrittenFile[] = [];
    for (const name of [...this.files.keys()].sort()) written.push(await this.files.get(name)!.sink.close());
    return written;
  }
}
