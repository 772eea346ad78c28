import { EXTRACTION_TARGETS } from '../graph/ingest-queries.ts';
import type { Transaction } from '../neo4j/database.ts';
import type { CompiledArticle } from './load-rows.ts';

/**
 * Extractions that are not written, with why: a machine's draft never replaces what a writer reviewed (re-running
 * an ingest of a text after its annotation was corrected must not bring the drafts back), and an article the graph
 * already holds under another id (same date, and same text or headline) is not loaded twice (it would count every
 * fact twice).
 */
export async function extractionsKeptOut(tx: Transaction, edited: CompiledArticle[]): Promise<Map<string, string>> {
  const extractions = edited.filter((a) => a.extracted);
  if (extractions.length === 0) return new Map();
  const rows = extractions.map((a) => ({
    id: a.article.id,
    publishedDate: a.article.publishedDate,
    text: a.article.text,
    title: a.article.title,
    // a headline says which article it is; "untitled" or a two-word label does not
    headline: a.article.title.trim().split(/\s+/).length >= 4,
  }));
  const kept = new Map<string, string>();
  for (const t of await tx.run(EXTRACTION_TARGETS, { rows })) {
    if (t.reviewed)
      kept.set(
        t.id,
        `article "${t.id}" has a reviewed annotation in the graph; an extraction does not replace it ` +
          '(review its drafts, or ingest an edited annotation)',
      );
    else if (t.twin)
      kept.set(
        t.id,
        `the graph already holds this article as "${t.twin}" (same date, and same text or headline); not loaded twice (to extract into that ` +
          `article, give --id ${t.twin})`,
      );
  }
  return kept;
}
