import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { TEXT_EXTENSIONS } from '../extract/extract-file.ts';
import type { RawMetadata } from '../extract/front-matter.ts';
import { mergeKnown } from '../extract/known-entities.ts';
import { knownFromFiles } from '../extract/load-known.ts';
import { readKnownEntities } from '../graph/known-entities-repository.ts';
import { migrate } from '../graph/migrations.ts';
import { type DocumentSource, jsonSource, readFromSources, unannotatedTexts } from '../ingest/document-source.ts';
import { DEFAULT_BATCH_SIZE, type IngestSummary, ingestDocuments } from '../ingest/ingest-service.ts';
import { type ParsedDocument, parseDocument, parseJsonDocument } from '../ingest/read-documents.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';
import type { Database } from '../neo4j/database.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { extractForCli, readStdin } from './extract-command.ts';

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

export function printSummary(summary: IngestSummary, write: (line: string) => void = console.log): void {
  for (const doc of summary.documents.filter((d) => d.status === 'failed')) {
    write(`FAILED ${doc.label}`);
    for (const issue of doc.issues ?? []) write(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  }
  for (const doc of summary.documents.filter((d) => d.note)) write(`KEPT ${doc.label}: ${doc.note}`);
  const c = summary.counts;
  const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`, `${c.failed} failed`];
  if (c.valid) parts.unshift(`${c.valid} valid (dry run, nothing written)`);
  write(`${summary.documents.length} documents: ${parts.join(', ')}`);
  const ch = summary.changed;
  write(
    `written: ${ch.actors} actors, ${ch.locations} locations, ${ch.sources} sources, ${ch.operations} operations, ` +
      `${ch.claims} claims, ${ch.evidences} evidences`,
  );
  const cl = summary.claims;
  write(
    `claims: ${cl.created} created, ${cl.merged} merged into claims other articles state, ${cl.restated} restated, ` +
      `${cl.dropped} dropped (no article states them any more)`,
  );
}

export async function runIngest(
  env: Environment,
  log: Logger,
  targets: string[],
  options: { batchSize: number | undefined; dryRun: boolean; extract?: RawMetadata },
): Promise<number> {
  const open = await openDatabase(env, log);
  try {
    // A bulk load is operator work like the seed at start-up, not a request: it gets the bulk transaction timeout,
    // so that a batch of long articles on a busy machine does not fail on the per-request one.
    const db = open.db.withTimeout(env.neo4j.startupTxTimeoutMs);
    await migrate(db, log);
    const texts = await Promise.all(targets.filter(isDirectory).map((d) => unannotatedTexts(d, TEXT_EXTENSIONS)));
    const sources = [
      stdinSource(env, db, options.extract ?? {}),
      jsonSource,
      textSource(env, db, options.extract ?? {}),
    ];
    const parsed = await readFromSources(sources, [...targets, ...texts.flat()]);
    const tty = process.stderr.isTTY;
    const summary = await ingestDocuments(db, parsed, {
      batchSize: options.batchSize,
      dryRun: options.dryRun,
      log,
      onProgress: tty ? (done, total) => process.stderr.write(`\r${progressBar(done, total)}`) : undefined,
    }).catch((error: unknown) => {
      if (!(error instanceof DatabaseError) || error.failure !== 'TIMEOUT') throw error;
      throw new UserFacingError(
        `Loading timed out (NEO4J_STARTUP_TX_TIMEOUT_MS=${env.neo4j.startupTxTimeoutMs}): raise it, or lower ` +
          `--batch-size (now ${options.batchSize ?? DEFAULT_BATCH_SIZE}) so each transaction does less.`,
        { cause: error },
      );
    });
    if (tty) process.stderr.write('\n');
    printSummary(summary);
    return summary.counts.failed > 0 ? 1 : 0;
  } finally {
    await open.close();
  }
}

/**
 * Standard input ("-"), read once: an article or gazetteer document when it is a JSON object, else an article's
 * text (plain, Markdown or HTML), extracted as `extract -` reads it.
 */
export function stdinSource(env: Environment, db: Database, overrides: RawMetadata): DocumentSource {
  return {
    name: 'standard input',
    accepts: (target) => target === '-',
    read: async () => {
      const bytes = await readStdin();
      const text = Buffer.from(bytes).toString('utf8');
      if (/^\s*\{/.test(text)) return [await parseJsonDocument('<stdin>', text, process.cwd())];
      return textSource(env, db, overrides, async () => bytes).read(['-']);
    },
  };
}

/** Article text (.txt, .md, .html), extracted into draft documents with actors resolved against the gazetteer and the graph. */
export function textSource(
  env: Environment,
  db: Database,
  overrides: RawMetadata,
  stdin?: () => Promise<Uint8Array>,
): DocumentSource {
  return {
    name: 'article text',
    accepts: (target) => TEXT_EXTENSIONS.has(extname(target).toLowerCase()),
    read: async (files) => {
      const gazetteer = await knownFromFiles(join(env.seed.dir, 'gazetteer'));
      const known = mergeKnown(gazetteer, await readKnownEntities(db));
      // One file at a time: a file that cannot be extracted (empty, binary, no date) fails alone, by name, and
      // the others are still loaded, as invalid JSON documents are.
      const parsed: ParsedDocument[] = [];
      for (const file of files) {
        try {
          for (const d of await extractForCli(env, [file], overrides, known, stdin)) {
            const p = await parseDocument(d.label, d.doc);
            parsed.push(p.ok && p.doc.kind === 'article' ? { ...p, extracted: true } : p);
          }
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error;
          parsed.push({ ok: false, label: file, issues: [{ path: '', message: error.message }] });
        }
      }
      return parsed;
    },
  };
}
