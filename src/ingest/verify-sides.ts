import { ValidationError } from '../errors.ts';
import { STANDING_COMBAT } from '../graph/sides-queries.ts';
import type { Transaction } from '../neo4j/database.ts';
import type { CompiledArticle } from './load-rows.ts';
import { checkSides, type SideClaim } from './sides.ts';

const sideClaim = (c: CompiledArticle['claims'][number], where: string): SideClaim => ({ ...c, where });

/**
 * Refuses an article that would put an actor on both sides of an operation, given the COMBAT claims other
 * articles already stand for (and earlier articles of this batch). Claims keep the order of the document, so
 * `claims[i]` is the document's path.
 */
export async function verifySides(tx: Transaction, articles: CompiledArticle[]): Promise<void> {
  const operations = [...new Set(articles.flatMap((a) => a.claims.map((c) => c.operation).filter((o) => o !== null)))];
  if (operations.length === 0) return;
  const rows = await tx.run(STANDING_COMBAT, { operations, articles: articles.map((a) => a.article.id) });
  const standing: SideClaim[] = rows.map((r) => ({
    kind: 'COMBAT',
    polarity: 'ASSERTED',
    subject: r.subject,
    object: r.object,
    operation: r.operation,
    where: `claim "${r.id}" (article "${r.article}")`,
  }));
  for (const a of articles) {
    const claims = a.claims.map((c, i) => sideClaim(c, `claims[${i}]`));
    const issues = checkSides(claims, standing);
    if (issues.length > 0) throw new ValidationError(a.label, issues);
    standing.push(...a.claims.map((c, i) => sideClaim(c, `article "${a.article.id}" claims[${i}]`)));
  }
}
