import { ValidationError } from '../errors.ts';
import { type ActorPair, pairsOfClaims, refreshActorLinks } from '../graph/actor-link-queries.ts';
import { ChangeRecorder } from '../graph/change-log.ts';
import {
  ARTICLE_HASHES,
  CLAIMS_BEFORE,
  CREATE_EVIDENCE,
  DELETE_UNSUPPORTED_CLAIMS,
  LINK_ACTORS,
  LINK_LOCATIONS,
  LINK_OPERATIONS,
  MISSING_REFERENCES,
  REFRESH_CLAIMS,
  REMOVE_ARTICLE_EVIDENCE,
  UPSERT_ACTORS,
  UPSERT_ARTICLES,
  UPSERT_CLAIMS,
  UPSERT_LOCATIONS,
  UPSERT_OPERATIONS,
  UPSERT_SOURCES,
} from '../graph/ingest-queries.ts';
import { CERTAINTIES } from '../model/vocabulary.ts';
import type { Database, NamedQuery, Transaction } from '../neo4j/database.ts';
import { type ClaimOutcomes, claimOutcomes, emptyClaimOutcomes } from './claim-outcomes.ts';
import type { CompiledArticle, CompiledDocument, ReferenceData } from './load-rows.ts';
import { type EntityType, emptyKnownIds } from './references.ts';
import { verifySides } from './verify-sides.ts';

export type DocumentStatus = 'created' | 'updated' | 'unchanged';

export interface LoadReport {
  documents: { label: string; status: DocumentStatus }[];
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

/** Gazetteer definitions win over the same id declared in an article: the gazetteer is the reference. */
function mergedReferenceData(documents: CompiledDocument[]): ReferenceData {
  const ordered = [
    ...documents.filter((d) => d.kind === 'article'),
    ...documents.filter((d) => d.kind === 'gazetteer'),
  ];
  return {
    actors: lastById(ordered.flatMap((d) => d.actors)),
    locations: lastById(ordered.flatMap((d) => d.locations)),
    sources: lastById(ordered.flatMap((d) => d.sources)),
  };
}

/** Guards against MATCHes that would silently drop a row: every id an article points at must exist by now. */
async function verifyReferences(tx: Transaction, articles: CompiledArticle[]): Promise<void> {
  const wanted = emptyKnownIds();
  const users = new Map<string, Set<string>>();
  const want = (type: EntityType, id: string | null, label: string) => {
    if (id === null) return;
    wanted[type].add(id);
    const key = `${type} "${id}"`;
    users.set(key, (users.get(key) ?? new Set()).add(label));
  };
  for (const a of articles) {
    for (const op of a.operations) {
      for (const place of op.locations) want('location', place.location, a.label);
      want('operation', op.campaign, a.label);
    }
    for (const c of a.claims) {
      want('actor', c.subject, a.label);
      want('actor', c.object, a.label);
      want('operation', c.operation, a.label);
      want('location', c.location, a.label);
    }
    for (const e of a.evidences) for (const s of e.sources) want('source', s, a.label);
  }
  const [missing] = await tx.run(MISSING_REFERENCES, {
    actor: [...wanted.actor],
    location: [...wanted.location],
    operation: [...wanted.operation],
    source: [...wanted.source],
  });
  if (!missing) return;
  const problems = (Object.keys(missing) as EntityType[]).flatMap((type) =>
    missing[type].map((id) => `${type} "${id}"`),
  );
  if (problems.length === 0) return;
  const labels = [...new Set(problems.flatMap((p) => [...(users.get(p) ?? [])]))];
  throw new ValidationError(
    labels.join(', '),
    problems.map((p) => ({
      path: '',
      message: `${p} is referenced but exists neither in this batch nor in the graph`,
    })),
  );
}

/**
 * Writes documents in one transaction: all of them or nothing. Reference data first (only rows whose definition
 * changed), then every article whose content hash changed: its previous evidence is removed, its claims merged,
 * its evidence created, the qualifiers of every touched claim recomputed, and the aggregated actor links of every
 * (subject, object) pair those claims had before or have now (actor-link-queries.ts).
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
    const write = async <Row>(query: NamedQuery<Row>, rows: unknown[]): Promise<Row[]> =>
      rows.length === 0 ? [] : tx.run(query, { rows });
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
    await step('reference-data');

    const articles = documents.filter((d): d is CompiledArticle => d.kind === 'article');
    const hashes = new Map(
      (await tx.run(ARTICLE_HASHES, { ids: articles.map((a) => a.article.id) })).map((row) => [row.id, row.hash]),
    );
    const changed = articles.filter((a) => hashes.get(a.article.id) !== a.article.contentHash);
    const operationRows = lastById(changed.flatMap((a) => a.operations));
    const operations = await write(UPSERT_OPERATIONS, operationRows);
    const changedOperations = new Set(operations.map((o) => o.id));
    await write(
      LINK_OPERATIONS,
      operationRows.filter((o) => changedOperations.has(o.id)),
    );
    await verifyReferences(tx, changed);
    await verifySides(tx, changed);
    await step('operations');
    const createdOperations = new Set(operations.filter((o) => o.created).map((o) => o.id));
    changes.operationsCreated(operationRows.filter((o) => createdOperations.has(o.id)));
    changes.referenceChanged(
      changedActors.size + changedLocations.size + sources.length + operations.length - createdOperations.size,
    );

    let claimCount = 0;
    let evidenceCount = 0;
    let claimSummary = emptyClaimOutcomes();
    if (changed.length > 0) {
      await tx.run(UPSERT_ARTICLES, { rows: changed.map((a) => a.article) });
      const previous = await tx.run(REMOVE_ARTICLE_EVIDENCE, { ids: changed.map((a) => a.article.id) });
      await step('article-cleared');
      // Sorted so that concurrent writers lock shared claims in the same order (fewer deadlock retries).
      const claims = lastById(changed.flatMap((a) => a.claims)).sort((a, b) => a.id.localeCompare(b.id));
      const before = await tx.run(CLAIMS_BEFORE, {
        ids: claims.map((c) => c.id),
        articles: changed.map((a) => a.article.id),
      });
      const touched = [...new Set([...previous.map((p) => p.claim), ...claims.map((c) => c.id)])].sort();
      // The actor links of every pair these claims had before and have now are recomputed below.
      const pairs: ActorPair[] = await pairsOfClaims(tx, touched);
      for (const c of claims) if (c.object !== null) pairs.push([c.subject, c.object]);
      await tx.run(UPSERT_CLAIMS, { rows: claims });
      await step('claims');
      const evidences = changed.flatMap((a) => a.evidences);
      await tx.run(CREATE_EVIDENCE, { rows: evidences });
      await step('evidence');
      await changes.articlesChanged([...new Set(changed.map((a) => a.article.id))], touched);
      const [deleted] = await tx.run(DELETE_UNSUPPORTED_CLAIMS, { ids: touched });
      claimSummary = claimOutcomes(changed, new Map(before.map((b) => [b.id, b.shared])), deleted?.deleted ?? 0);
      await tx.run(REFRESH_CLAIMS, { ids: touched, certainties: CERTAINTIES });
      await refreshActorLinks(tx, pairs);
      await step('claims-refreshed');
      claimCount = claims.length;
      evidenceCount = evidences.length;
    }

    await changes.record();
    const changedIds = new Set(changed.map((a) => a.article.id));
    const created = new Set([...actors, ...locations, ...sources].filter((r) => r.created).map((r) => r.id));
    const gazetteerStatus = (d: CompiledDocument): DocumentStatus => {
      const touched = [
        ...d.actors.filter((a) => changedActors.has(a.id)),
        ...d.locations.filter((l) => changedLocations.has(l.id)),
        ...d.sources.filter((s) => sources.some((c) => c.id === s.id)),
      ];
      if (touched.length === 0) return 'unchanged';
      return touched.every((row) => created.has(row.id)) ? 'created' : 'updated';
    };
    return {
      documents: documents.map((d) => {
        if (d.kind === 'gazetteer') return { label: d.label, status: gazetteerStatus(d) };
        if (!changedIds.has(d.article.id)) return { label: d.label, status: 'unchanged' };
        return { label: d.label, status: hashes.get(d.article.id) ? 'updated' : 'created' };
      }),
      changed: {
        actors: changedActors.size,
        locations: changedLocations.size,
        sources: sources.length,
        operations: changedOperations.size,
        claims: claimCount,
        evidences: evidenceCount,
      },
      claims: claimSummary,
    };
  });
}
