import type { ClaimInput } from '../ingest/article-format.ts';
import { certaintyRank } from '../model/vocabulary.ts';

// Scores a draft against a human annotation of the same text. Two claims match when they agree on kind,
// subject, object (or, for a claim without one, location), support or statement type, and polarity; a claim
// the annotation has twice (Niger's cargo aircraft and its possible fighter jet) must be found twice.

export interface Scored {
  kind: string;
  key: string;
  claim: ClaimInput;
}

export interface ArticleScore {
  matched: { gold: ClaimInput; found: ClaimInput }[];
  misses: ClaimInput[];
  inventions: ClaimInput[];
}

export function matchKey(c: ClaimInput): string {
  return [
    c.kind,
    c.subject,
    c.object ?? c.location ?? '',
    c.supportType ?? c.statementType ?? '',
    c.polarity ?? 'ASSERTED',
  ].join(' ');
}

export function strongestCertainty(c: ClaimInput): string {
  return (
    [...c.evidence].sort((a, b) => certaintyRank(b.certainty) - certaintyRank(a.certainty))[0]?.certainty ?? 'REPORTED'
  );
}

export function scoreArticle(gold: ClaimInput[], found: ClaimInput[]): ArticleScore {
  const left = [...found];
  const matched: ArticleScore['matched'] = [];
  const misses: ClaimInput[] = [];
  // pair equal certainties first so duplicates (two AIRCRAFT claims) are paired the way a reader would
  const order = [...gold].sort((a, b) => matchKey(a).localeCompare(matchKey(b)));
  const pending: ClaimInput[] = [];
  for (const g of order) {
    const i = left.findIndex((f) => matchKey(f) === matchKey(g) && strongestCertainty(f) === strongestCertainty(g));
    if (i >= 0) matched.push({ gold: g, found: left.splice(i, 1)[0] as ClaimInput });
    else pending.push(g);
  }
  for (const g of pending) {
    const i = left.findIndex((f) => matchKey(f) === matchKey(g));
    if (i >= 0) matched.push({ gold: g, found: left.splice(i, 1)[0] as ClaimInput });
    else misses.push(g);
  }
  return { matched, misses, inventions: left };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (t: Tally) => {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/** Distinct supporter → recipient pairs of asserted SUPPORT claims. */
export function supportPairs(claims: ClaimInput[]): Set<string> {
  return new Set(
    claims
      .filter((c) => c.kind === 'SUPPORT' && (c.polarity ?? 'ASSERTED') === 'ASSERTED')
      .map((c) => `${c.subject} → ${c.object}`),
  );
}
