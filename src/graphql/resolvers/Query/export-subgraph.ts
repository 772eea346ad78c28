import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '../../../errors.ts';
import { type ExportFormat, exportSubgraph as runExport } from '../../../export/export-service.ts';
import { selectionToParams } from '../../../export/selection-params.ts';
import type { Database } from '../../../neo4j/database.ts';
import { badUserInput } from '../../errors.ts';
import type { QueryExportSubgraphArgs, QueryResolvers } from '../../generated/resolvers-types.ts';

export const INLINE_LIMIT_BYTES = 1_000_000;

/** The /export link for a selection: the query-string form of the same selection. */
export function downloadUrl(format: ExportFormat, selection: Record<string, unknown>): string {
  return `/export?${new URLSearchParams([['format', format], ...selectionToParams(selection)])}`;
}

export const exportSubgraph: NonNullable<QueryResolvers['exportSubgraph']> = (_parent, args, { db, heavy }) =>
  heavy.run('export', () => exportInline(args, db));

async function exportInline(args: QueryExportSubgraphArgs, db: Database) {
  const format = args.format.toLowerCase() as ExportFormat;
  const selection = Object.fromEntries(Object.entries(args.selection).filter(([, v]) => v !== null));
  // Views are lower-case in the selection; the defaults stay out of the download link, as before views existed.
  if (selection.view === 'CLAIMS') delete selection.view;
  else if (typeof selection.view === 'string') selection.view = selection.view.toLowerCase();
  if (selection.weighted === false) delete selection.weighted;
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-gql-export-'));
  try {
    const manifest = await runExport(db, selection, format, dir).catch((error: unknown) => {
      if (error instanceof ValidationError)
        throw badUserInput(`selection.${error.issues[0]?.path ?? ''}`, error.issues[0]?.message ?? '');
      throw error;
    });
    const file = manifest.files[0];
    const inline = format !== 'csv' && file !== undefined && file.bytes <= INLINE_LIMIT_BYTES;
    return {
      format: args.format,
      downloadUrl: downloadUrl(format, selection),
      content: inline ? await readFile(join(dir, file.name), 'utf8') : null,
      manifest,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
