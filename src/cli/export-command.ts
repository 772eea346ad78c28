import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat, parseSelection } from '../export/export-service.ts';
import { exportToDirectory } from '../export/export-to-directory.ts';
import { paramsFromCliValues, selectionCliOptions, selectionFromParams } from '../export/selection-params.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';

export async function runExport(env: Environment, log: Logger, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      ...selectionCliOptions(),
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new UserFacingError(`--format: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UserFacingError('--out: the directory to write the export and its manifest to');
  const { format: _f, out: _o, force: _force, ...named } = values;
  const selection = selectionFromParams(paramsFromCliValues(named));
  // A bad value is refused before the database is started or opened.
  parseSelection(selection);

  const open = await openDatabase(env, log);
  // Ctrl-C: remove the half-written staging folder; the previous export in --out was never touched.
  let staging: string | undefined;
  const interrupted = () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
    open.killNow();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const manifest = await exportToDirectory(open.db, selection, format, values.out, {
      force: values.force ?? false,
      onStaging: (dir) => {
        staging = dir;
      },
    });
    const nodes = Object.values(manifest.counts.nodes).reduce((a, b) => a + b, 0);
    const edges = Object.values(manifest.counts.relationships).reduce((a, b) => a + b, 0);
    console.log(
      `Exported ${nodes} nodes and ${edges} relationships (${format}) from ${manifest.articles.length} articles to ${values.out}`,
    );
    for (const f of manifest.files) console.log(`  ${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}`);
    console.log('  manifest.json');
    return 0;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await open.close();
  }
}
