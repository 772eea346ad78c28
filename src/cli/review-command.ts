import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { migrate } from '../graph/migrations.ts';
import { reviewDrafts } from '../ingest/review-service.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../neo4j/connect.ts';

export async function runReview(env: Environment, log: Logger, args: string[]): Promise<number> {
  const [decision, id, ...extra] = args;
  if ((decision !== 'accept' && decision !== 'reject') || !id || extra.length > 0)
    throw new UserFacingError('review: usage: conflict-kg review accept|reject <article-id|claim-id>');
  const open = await openDatabase(env, log);
  try {
    await migrate(open.db, log);
    const outcome = await reviewDrafts(open.db, id, decision);
    const verb = decision === 'accept' ? 'accepted' : 'rejected';
    console.log(`${outcome.target} ${id}: ${verb} ${outcome.evidences} draft evidences of ${outcome.claims} claims`);
    return 0;
  } finally {
    await open.close();
  }
}
