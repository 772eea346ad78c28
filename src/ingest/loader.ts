import { applyLinkDeltas, type ClaimContribution, linkDeltas } from '../graph/actor-link-deltas.ts';
import { OPERATIONS_AND_CHECKS } from '../graph/batch-check-queries.ts';
import { ChangeRecorder } from '../graph/change-log.ts';
import { WRITE_ARTICLES, WRITE_CLAIMS, WRITE_EVIDENCE } from '../graph/claim-write-queries.ts';
import {
  ARTICLE_HASHES,
  LINK_ACTORS,
  LINK_LOCATIONS,
  UPSERT_ACTORS,
  UPSERT_LOCATIONS,
  UPSERT_SOURCES,
} from '../graph/ingest-queries.ts';
import { CERTAINTIES } from '../model/vocabulary.ts';
import type { Database, NamedQuery, Transaction } from '../neo4j/database.ts';
import { type ClaimOutcomes, claimOutcomes, emptyClaimOutcomes } from './claim-outcomes.ts';
import { extractionsKeptOut } from './extraction-guard.ts';
import type { CompiledArticle, CompiledDocument, ReferenceData } from './load-rows.ts';
import { referencesWanted } from './verify-references.ts';
import { sidesParams, verifySides } from './verify-sides.ts';

export type DocumentStatus = 'created' | 'updated' | 'unchanged';

export interface LoadReport {
  documents: { label: string; status: DocumentStatus; note?: string }[];
  changed: {
    actors: number;
    locations: number;
    sources: number;
    operations: number;
    claims: number;
    evidences: number;
  };
  /** What the articles' claim statements did (see ClaimOutcomes). */
  claims: ClaimOutcomes;
}

/** Called after each step inside the transaction; tests throw from it to prove a failure rolls everything back. */
export type StepHook = (step: string) => void | Promise<void>;

function lastById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** Who defines a row: `gazetteer`, or `article:<id>` (see the upserts in graph/ingest-queries.ts). */
type WithOrigin<Row> = Row & { origin: string };
type Origins = { [K in keyof ReferenceData]: WithOrigin<ReferenceData[K][number]>[] };

/**
 * Gazetteer definitions win over the same id declared in an article: the gazetteer is the reference, in this
 * load and in the graph (each row says where it comes from, and an article never overwrites what a gazetteer or
 * another article defined, so re-running the same documents, in any batches, changes nothing).
 */
function mergedReferenceData(documents: CompiledDocument[]): Origins {
  const ordered = [
    ...documents.filter((d) => d.kind === 'article'),
    ...documents.filter((d) => d.kind === 'gazetteer'),
  ];
  const origin = (d: CompiledDocument) => (d.kind === 'gazetteer' ? 'gazetteer' : `article:${d.article.id}`);
  const rows = <K extends keyof ReferenceData>(key: K) =>
    lastById(ordered.flatMap((d) => d[key].map((row: ReferenceData[K][number]) => ({ ...row, origin: origin(d) }))));
  return { actors: rows('actors'), locations: rows('locations'), sources: rows('sources') };
}

type Write = <Row>(query: NamedQuery<Row>, rows: unknown[]) => Promise<Row[]>;
type Step = (name: string) => Promise<void>;

/** Actors, places and sources whose definition changed (the others are not written), with their ties. */
async function writeReferenceData(write: Write, documents: CompiledDocument[]) {
  const reference = mergedReferenceData(documents);
  const actors = await write(UPSERT_ACTORS, reference.actors);
  const changedActors = new Set(actors.map((a) => a.id));
  await write(
    LINK_ACTORS,
    reference.actors.filter((a) => changedActors.has(a.id)),
  );
  const locations = await write(UPSERT_LOCATIONS, reference.locations);
  const changedLocations = new Set(locations.map((l) => l.id));
  await write(
    LINK_LOCATIONS,
    reference.locations.filter((l) => changedLocations.has(l.id)),
  );
  const sources = await write(UPSERT_SOURCES, reference.sources);
  const created = new Set([...actors, ...locations, ...sources].filter((r) => r.created).map((r) => r.id));
  return { changedActors, changedLocations, sources, created };
}

/**
 * The changed articles' operations, and every reference and side they name checked before claims are written, in
 * one statement (batch-check-queries.ts); a failed check throws, which rolls the transaction back.
 */
async function writeOperations(tx: Transaction, changed: CompiledArticle[], changes: ChangeRecorder) {
  if (changed.length === 0) return { changedOperations: new Set<string>(), changedOtherwise: 0 };
  const operationRows = lastById(changed.flatMap((a) => a.operations));
  const references = referencesWanted(changed);
  const [written] = await tx.run(OPERATIONS_AND_CHECKS, {
    rows: operationRows,
    ...references.params,
    ...sidesParams(changed),
  });
  if (!written) throw new Error('the operations statement returned no row');
  references.check(written);
  verifySides(changed, written.standing);
  const operations = written.operations;
  const changedOperations = new Set(operations.map((o) => o.id));
  const createdOperations = new Set(operations.filter((o) => o.created).map((o) => o.id));
  changes.operationsCreated(operationRows.filter((o) => createdOperations.has(o.id)));
  return { changedOperations, changedOtherwise: operations.length - createdOperations.size };
}

/**
 * The changed articles' claims, in three statements (claim-write-queries.ts): the articles written and their
 * previous evidence removed; every touched claim locked, read and (when new or redefined) written; the evidence
 * created, the change recorded, claims no article states any more dropped and the qualifiers of the others
 * recomputed. Then the actor links of every (subject, object) pair those claims counted in before or count in now.
 */
async function writeClaims(tx: Transaction, changed: CompiledArticle[], changes: ChangeRecorder, step: Step) {
  const articleIds = changed.map((a) => a.article.id);
  const previous = await tx.run(WRITE_ARTICLES, { rows: changed.map((a) => a.article) });
  await step('article-cleared');
  const claims = new Map(lastById(changed.flatMap((a) => a.claims)).map((c) => [c.id, c]));
  // Sorted so that concurrent writers lock shared claims in the same order (fewer deadlock retries).
  const touched = [...new Set([...previous.map((p) => p.claim), ...claims.keys()])].sort();
  const before = await tx.run(WRITE_CLAIMS, {
    rows: touched.map((id) => ({ id, row: claims.get(id) ?? null })),
    articles: articleIds,
  });
  await step('claims');
  const evidences = changed.flatMap((a) => a.evidences);
  const formerSources = [...new Set(previous.flatMap((p) => p.sources))];
  const [written] = await tx.run(WRITE_EVIDENCE, {
    evidence: evidences,
    ...changes.articlesChanged([...new Set(articleIds)], touched, formerSources),
    ids: touched,
    certainties: CERTAINTIES,
  });
  await step('evidence');
  const existed = new Map(before.filter((b) => b.existed).map((b) => [b.id, b.shared]));
  const outcomes = claimOutcomes(changed, existed, written?.deleted ?? 0);
  const contributions = (rows: { id: string; counted: ClaimContribution }[]) =>
    new Map(rows.map((r) => [r.id, r.counted]));
  await applyLinkDeltas(tx, linkDeltas(contributions(before), contributions(written?.after ?? [])));
  await step('claims-refreshed');
  return { claims: claims.size, evidences: evidences.length, outcomes };
}

/**
 * Writes documents in one transaction: all of them or nothing. Reference data first (only rows whose definition
 * changed), then every article whose content hash changed (writeOperations, writeClaims), then the change log that
 * response caches poll.
 */
export async function loadDocuments(
  db: Database,
  documents: CompiledDocument[],
  onStep?: StepHook,
): Promise<LoadReport> {
  return db.writeTransaction(async (tx) => {
    const changes = new ChangeRecorder(tx);
    const step = async (name: string) => {
      if (onStep) await onStep(name);
    };
    // A statement with no rows to write is not sent: most batches of articles declare no reference data.
    const write: Write = async (query, rows) => (rows.length === 0 ? [] : tx.run(query, { rows }));

    const articles = documents.filter((d): d is CompiledArticle => d.kind === 'article');
    const hashes = new Map(
      (await tx.run(ARTICLE_HASHES, { ids: articles.map((a) => a.article.id) })).map((row) => [row.id, row.hash]),
    );
    const edited = articles.filter((a) => hashes.get(a.article.id) !== a.article.contentHash);
    const kept = await extractionsKeptOut(tx, edited);
    const changed = edited.filter((a) => !kept.has(a.article.id));
    // An extraction kept out writes nothing, not even the actors and places it proposes.
    const admitted = documents.filter((d) => d.kind !== 'article' || !kept.has(d.article.id));
    const reference = await writeReferenceData(write, admitted);
    await step('reference-data');
    const operations = await writeOperations(tx, changed, changes);
    await step('operations');
    const { changedActors, changedLocations, sources } = reference;
    changes.referenceChanged(changedActors.size + changedLocations.size + sources.length + operations.changedOtherwise);

    const written =
      changed.length > 0
        ? await writeClaims(tx, changed, changes, step)
        : { claims: 0, evidences: 0, outcomes: emptyClaimOutcomes() };
    await changes.record();
    const changedIds = new Set(changed.map((a) => a.article.id));
    const gazetteerStatus = (d: CompiledDocument): DocumentStatus => {
      const touched = [
        ...d.actors.filter((a) => changedActors.has(a.id)),
        ...d.locations.filter((l) => changedLocations.has(l.id)),
        ...d.sources.filter((s) => sources.some((c) => c.id === s.id)),
      ];
      if (touched.length === 0) return 'unchanged';
      return touched.every((row) => reference.created.has(row.id)) ? 'created' : 'updated';
    };
    return {
      documents: documents.map((d) => {
        if (d.kind === 'gazetteer') return { label: d.label, status: gazetteerStatus(d) };
        const note = kept.get(d.article.id);
        if (note) return { label: d.label, status: 'unchanged', note };
        if (!changedIds.has(d.article.id)) return { label: d.label, status: 'unchanged' };
        return { label: d.label, status: hashes.get(d.article.id) ? 'updated' : 'created' };
      }),
      changed: {
        actors: changedActors.size,
        locations: changedLocations.size,
        sources: sources.length,
        operations: operations.changedOperations.size,
        claims: written.claims,
        evidences: written.evidences,
      },
      claims: written.outcomes,
    };
  });
}
