import { ValidationError } from '../errors.ts';
import { pairsOfClaims, refreshActorLinks } from '../graph/actor-link-queries.ts';
import { ChangeRecorder } from '../graph/change-log.ts';
import { DELETE_UNSUPPORTED_CLAIMS, REFRESH_CLAIMS } from '../graph/claim-write-queries.ts';
import { ACCEPT_DRAFTS, REJECT_DRAFTS, REVIEW_TARGET } from '../graph/review-queries.ts';
import { CERTAINTIES } from '../model/vocabulary.ts';
import type { Database } from '../neo4j/database.ts';

export type ReviewDecision = 'accept' | 'reject';

export interface ReviewOutcome {
  target: 'article' | 'claim';
  claims: number;
  evidences: number;
}

/**
 * Accepts or rejects the extractor's drafts of an article or of one claim, in one transaction. An id that is
 * neither an article nor a claim is an error; one without drafts left changes nothing (reviewing twice is a no-op).
 */
export async function reviewDrafts(db: Database, id: string, decision: ReviewDecision): Promise<ReviewOutcome> {
  return db.writeTransaction(async (tx) => {
    const [found] = await tx.run(REVIEW_TARGET, { id });
    if (!found?.article && !found?.claim)
      throw new ValidationError('review', [{ path: 'id', message: `no article or claim "${id}"` }]);
    const rows = await tx.run(decision === 'accept' ? ACCEPT_DRAFTS : REJECT_DRAFTS, { id });
    const ids = [...new Set(rows.map((r) => r.claim))].sort();
    if (ids.length > 0) {
      // For response caches: what the review changed, read before rejected claims are deleted.
      const changes = new ChangeRecorder(tx);
      await changes.recordArticlesChanged(found.article ? [id] : [], ids);
      await changes.record();
      // Read before a rejection deletes claims: their pairs' actor links lose them.
      const pairs = await pairsOfClaims(tx, ids);
      if (decision === 'reject') await tx.run(DELETE_UNSUPPORTED_CLAIMS, { ids });
      await tx.run(REFRESH_CLAIMS, { ids, certainties: CERTAINTIES });
      await refreshActorLinks(tx, pairs);
    }
    return {
      target: found.article ? 'article' : 'claim',
      claims: ids.length,
      evidences: rows.reduce((n, r) => n + r.evidences, 0),
    };
  });
}
