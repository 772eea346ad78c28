import { ValidationError } from '../errors.ts';
import type { CompiledArticle } from './load-rows.ts';
import { checkSides, type SideClaim } from './sides.ts';

const sideClaim = (c: CompiledArticle['claims'][number], where: string): SideClaim => ({ ...c, where });

/** The parameters of STANDING_COMBAT_BODY for these articles: their operations, and themselves (to leave out). */
export function sidesParams(articles: CompiledArticle[]) {
  return {
    operations: [...new Set(articles.flatMap((a) => a.claims.map((c) => c.operation).filter((o) => o !== null)))],
    articles: articles.map((a) => a.article.id),
  };
}

/**
 * Refuses an article that would put an actor on both sides of an operation, given the COMBAT claims other
 * articles already stand for (`rows`, STANDING_COMBAT_BODY's) and earlier articles of this batch. Claims keep the
 * order of the document, so `claims[i]` is the document's path.
 */
export function verifySides(
  articles: CompiledArticle[],
  rows: { operation: string; id: string; subject: string; object: string; article: string }[],
): void {
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
