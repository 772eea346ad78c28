import { ValidationError, type ValidationIssue } from '../errors.ts';
import { ALL_IDS, MISSING_REFERENCES } from '../graph/ingest-queries.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { type ClaimOutcomes, emptyClaimOutcomes } from './claim-outcomes.ts';
import { compileArticle, compileGazetteer } from './compile.ts';
import type { CompiledDocument } from './load-rows.ts';
import { type LoadReport, loadDocuments, type StepHook } from './loader.ts';
import type { ParsedDocument } from './read-documents.ts';
import { declarations, type EntityType, emptyKnownIds, type KnownIds, references } from './references.ts';

export type IngestStatus = 'created' | 'updated' | 'unchanged' | 'failed' | 'valid';

export interface DocumentOutcome {
  label: string;
  status: IngestStatus;
  issues?: ValidationIssue[];
  /** Why an unchanged document was not written (an extraction the graph's reviewed annotation keeps out). */
  note?: string;
}

export interface IngestSummary {
  documents: DocumentOutcome[];
  counts: Record<IngestStatus, number>;
  changed: LoadReport['changed'];
  /** Claims created, merged into existing ones, restated and dropped (see ClaimOutcomes). */
  claims: ClaimOutcomes;
}

/** Articles per transaction when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 50;

export interface IngestOptions {
  /** Articles written per transaction. A failing batch is retried one article at a time to name the culprit. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  onStep?: StepHook;
  /** Validate against the graph's ids, write nothing. */
  dryRun?: boolean;
  log?: Logger;
}

/** The database's own message goes to the log, not to the caller: it may quote Cypher. */
function errorSummary(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

type Parsed = Extract<ParsedDocument, { ok: true }>;

async function knownIds(db: Database, documents: Parsed[], everything: boolean): Promise<KnownIds> {
  const known = emptyKnownIds();
  const merge = (ids: KnownIds) => {
    for (const type of Object.keys(known) as EntityType[]) for (const id of ids[type]) known[type].add(id);
  };
  for (const d of documents) merge(declarations(d.doc));
  if (everything) {
    for (const row of await db.read(ALL_IDS)) known[row.type].add(row.id);
    return known;
  }
  const wanted = emptyKnownIds();
  for (const d of documents)
    for (const ref of references(d.doc)) if (!known[ref.type].has(ref.id)) wanted[ref.type].add(ref.id);
  const lists = Object.fromEntries((Object.keys(wanted) as EntityType[]).map((t) => [t, [...wanted[t]]]));
  const [missing] = await db.read(MISSING_REFERENCES, lists);
  for (const type of Object.keys(wanted) as EntityType[]) {
    const absent = new Set(missing?.[type] ?? []);
    for (const id of wanted[type]) if (!absent.has(id)) known[type].add(id);
  }
  return known;
}

function compile(d: Parsed, known: KnownIds) {
  if (d.doc.kind === 'gazetteer') return compileGazetteer(d.label, d.doc, known);
  const result = compileArticle(d.label, d.doc, 'text' in d ? d.text : '', known);
  // a text's extraction is one even when it found no claim
  if (result.ok && 'extracted' in d && d.extracted) result.value.extracted = true;
  return result;
}

const emptyChanges = (): LoadReport['changed'] => ({
  actors: 0,
  locations: 0,
  sources: 0,
  operations: 0,
  claims: 0,
  evidences: 0,
});

/**
 * Validates and loads documents: gazetteers first, then articles in batches, each batch one transaction. Invalid
 * documents are reported with every issue and nothing of theirs is written; the valid ones are still loaded.
 */
export async function ingestDocuments(
  db: Database,
  parsed: ParsedDocument[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const outcomes = new Map<string, DocumentOutcome>();
  const fail = (label: string, issues: ValidationIssue[]) => outcomes.set(label, { label, status: 'failed', issues });
  for (const p of parsed) if (!p.ok) fail(p.label, p.issues);
  const valid = parsed.filter((p): p is Parsed => p.ok);

  let known = await knownIds(db, valid, false);
  let compiled = valid.map((d) => ({ d, result: compile(d, known) }));
  if (compiled.some((c) => !c.result.ok)) {
    // Recompile the failures against every id in the graph, for "did you mean" suggestions.
    known = await knownIds(db, valid, true);
    compiled = compiled.map((c) => (c.result.ok ? c : { d: c.d, result: compile(c.d, known) }));
  }
  const ready: CompiledDocument[] = [];
  for (const { d, result } of compiled) {
    if (result.ok) ready.push(result.value);
    else fail(d.label, result.issues);
  }

  const changed = emptyChanges();
  const claims = emptyClaimOutcomes();
  if (options.dryRun) for (const d of ready) outcomes.set(d.label, { label: d.label, status: 'valid' });
  const record = (report: LoadReport) => {
    for (const doc of report.documents) outcomes.set(doc.label, doc);
    for (const key of Object.keys(changed) as (keyof typeof changed)[]) changed[key] += report.changed[key];
    for (const key of Object.keys(claims) as (keyof ClaimOutcomes)[]) claims[key] += report.claims[key];
  };
  const log = options.log;
  const load = async (batch: CompiledDocument[]) => {
    try {
      record(await loadDocuments(db, batch, options.onStep));
    } catch (error) {
      if (error instanceof DatabaseError && (error.failure === 'UNAVAILABLE' || error.failure === 'TIMEOUT'))
        throw error;
      if (batch.length > 1) {
        for (const single of batch) await load([single]);
        return;
      }
      const doc = batch[0]!;
      if (!(error instanceof ValidationError))
        log?.error('Loading a document failed', { document: doc.label, error: errorSummary(error) });
      fail(
        doc.label,
        error instanceof ValidationError ? error.issues : [{ path: '', message: (error as Error).message }],
      );
    }
  };

  const gazetteers = ready.filter((d) => d.kind === 'gazetteer');
  const articles = ready.filter((d) => d.kind === 'article');
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = gazetteers.length + articles.length;
  if (!options.dryRun) {
    if (gazetteers.length) await load(gazetteers);
    options.onProgress?.(gazetteers.length, total);
    for (let i = 0; i < articles.length; i += batchSize) {
      await load(articles.slice(i, i + batchSize));
      options.onProgress?.(gazetteers.length + Math.min(i + batchSize, articles.length), total);
    }
  }

  const documents = parsed.map((p) => outcomes.get(p.label) ?? { label: p.label, status: 'failed' as const });
  const counts: Record<IngestStatus, number> = { created: 0, updated: 0, unchanged: 0, failed: 0, valid: 0 };
  for (const d of documents) counts[d.status]++;
  return { documents, counts, changed, claims };
}
