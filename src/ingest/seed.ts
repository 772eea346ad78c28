import { InfoRepository } from '../graph/info-repository.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { type IngestSummary, ingestDocuments } from './ingest-service.ts';
import { readDocuments } from './read-documents.ts';

/** Loads seed/ when the graph has no article yet; a graph with data is left as it is. */
export async function seedIfEmpty(
  db: Database,
  seedDir: string,
  log: Logger,
  batchSize?: number,
): Promise<IngestSummary | undefined> {
  if ((await new InfoRepository(db).articleCount()) > 0) return undefined;
  log.info('Empty graph: loading the seed', { dir: seedDir });
  const summary = await ingestDocuments(db, await readDocuments(seedDir), { log, batchSize });
  for (const failed of summary.documents.filter((d) => d.status === 'failed')) {
    log.error('Seed document failed', {
      document: failed.label,
      issues: failed.issues?.map((i) => `${i.path}: ${i.message}`),
    });
  }
  const { created, updated, unchanged, failed } = summary.counts;
  log.info('Seed loaded', { created, updated, unchanged, failed });
  return summary;
}
