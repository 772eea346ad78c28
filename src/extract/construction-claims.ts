import type { SentenceView, Span } from './analysis.ts';
import { backingClaims } from './backing-rule.ts';
import { betweenClaims } from './combat-between.ts';
import { foundingClaims } from './founding-rule.ts';
import { heldClaims } from './held-rule.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { rejectionClaims } from './rejection-rule.ts';
import { deployedToHelp, requestClaims } from './request-rule.ts';
import { supportNounClaims } from './support-noun-rule.ts';
import { territoryClaims } from './territory-rule.ts';
import { thanksClaims } from './thanks-rule.ts';
import { withdrawalNounClaims } from './withdrawal-noun-rule.ts';

/**
 * Claims without a verb (territory frames, support and withdrawal nouns) in one clause, unless a verb rule already
 * gave the same claim in the sentence; a denial verb or a confirmation in the clause applies to them as to the rest.
 */
export function constructionClaims(
  view: SentenceView,
  text: string,
  clause: Span,
  ctx: ArticleContext,
  around: { denial?: { start: number }; confirmed: boolean },
): RawClaim[] {
  const made = [
    ...territoryClaims(view, text, clause, ctx),
    ...supportNounClaims(view, text, clause, ctx),
    ...withdrawalNounClaims(view, clause, ctx),
    ...betweenClaims(view, clause, ctx),
    ...backingClaims(view, text, clause, ctx),
    ...requestClaims(view, clause, ctx),
    ...deployedToHelp(view, clause, ctx),
    ...rejectionClaims(view, clause),
    ...heldClaims(view, clause, ctx),
    ...thanksClaims(view, clause, ctx),
    ...foundingClaims(view, clause, ctx),
  ];
  if (made.length === 0) return made;
  const out = made.filter(
    (c) =>
      !ctx.claims.some(
        (x) =>
          x.kind === c.kind &&
          x.sentence === c.sentence &&
          x.subject === c.subject &&
          x.object === c.object &&
          x.location === c.location,
      ),
  );
  for (const c of out) {
    // "Caracas denied allowing the ELN to use its territory": a denial verb before the end of the phrase denies it
    if (around.denial && around.denial.start < c.quoteEnd && c.statementType !== 'DENIAL') c.polarity = 'DENIED';
    if (around.confirmed && c.certainty === 'REPORTED' && !c.hedge) c.certainty = 'CONFIRMED';
  }
  return out;
}
