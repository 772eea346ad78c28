import { parseArgs } from 'node:util';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat, exportSubgraph } from '../export/export-service.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';

export async function runExport(env: Environment, log: Logger, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      operation: { type: 'string', multiple: true },
      actor: { type: 'string', multiple: true },
      depth: { type: 'string' },
      alliance: { type: 'string' },
      location: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      kind: { type: 'string', multiple: true },
      'support-type': { type: 'string', multiple: true },
      'min-certainty': { type: 'string' },
      'no-evidence': { type: 'boolean' },
      view: { type: 'string' },
      weighted: { type: 'boolean' },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new UserFacingError(`--format: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.out) throw new UserFacingError('--out: the directory to write the export and its manifest to');
  const selection = {
    operations: values.operation,
    actors: values.actor,
    depth: values.depth === undefined ? undefined : Number(values.depth),
    alliance: values.alliance,
    location: values.location,
    from: values.from,
    to: values.to,
    claimKinds: values.kind,
    supportTypes: values['support-type'],
    minCertainty: values['min-certainty'],
    includeEvidence: !values['no-evidence'],
    view: values.view,
    weighted: values.weighted,
  };
  const open = await openDatabase(env, log);
  try {
    const manifest = await exportSubgraph(open.db, selection as never, format, values.out);
    const nodes = Object.values(manifest.counts.nodes).reduce((a, b) => a + b, 0);
    const edges = Object.values(manifest.counts.relationships).reduce((a, b) => a + b, 0);
    console.log(
      `Exported ${nodes} nodes and ${edges} relationships (${format}) from ${manifest.articles.length} articles to ${values.out}`,
    );
    for (const f of manifest.files) console.log(`  ${f.name}  ${f.bytes} bytes  sha256 ${f.sha256}`);
    console.log('  manifest.json');
    return 0;
  } finally {
    await open.close();
  }
}
