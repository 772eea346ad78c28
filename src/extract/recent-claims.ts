import type { SentenceView } from './analysis.ts';
import type { RawClaim } from './raw-claim.ts';

// "Kenyan troops fought alongside the Somali army, officials said. Kenya denied the reports.": a denial that names
// nothing but "the reports" answers what the sentence before it told, not whatever the article said pages earlier.

/** How many sentences back a bare or referring denial may reach. */
const REACH = 2;

/**
 * The asserted claims that `involves` accepts, of the nearest sentence at most REACH sentences before `sentence`
 * (the denial's own sentence first, for "…, ce que Kigali a démenti"); none when no such sentence is that close.
 */
export function recentClaims(claims: RawClaim[], sentence: number, involves: (c: RawClaim) => boolean): RawClaim[] {
  let nearest = -1;
  for (const c of claims)
    if (c.polarity === 'ASSERTED' && c.sentence <= sentence && c.sentence >= sentence - REACH && involves(c))
      nearest = Math.max(nearest, c.sentence);
  if (nearest < 0) return [];
  return claims.filter((c) => c.sentence === nearest && c.polarity === 'ASSERTED' && involves(c));
}

/** Kinds other than support a denial can answer: what the denier's side was said to have done. */
export const DENIABLE_EVENTS = new Set(['COMBAT', 'DEPLOYMENT', 'CONTROL']);

const DETERMINERS = new Set(['les', 'ces', 'the', 'these', 'those', 'such']);
const REFERENCES = /^(?:accusations?|allegations?|reports?|informations?|claims?|charges?|affirmations?|accounts?)$/;

/** "denied the reports", "a démenti ces informations": the last token of the noun referring to what was said, or -1. */
export function referenceAfter(view: SentenceView, verbLast: number): number {
  let i = verbLast + 1;
  if (DETERMINERS.has(view.tokens[i]?.text ?? '')) i++;
  return REFERENCES.test(view.tokens[i]?.text ?? '') ? i : -1;
}
