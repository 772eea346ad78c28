import type { ActorInput, ClaimInput } from '../ingest/article-format.ts';
import { certaintyRank } from '../model/vocabulary.ts';
import { fold } from './fold.ts';

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

/**
 * A proposed actor and the annotator's declaration of the same actor have different ids ("sudan-armed-forces" vs
 * "saf"): a reviewer would merge them, so the scorer does: same country and kind for a state or its armed
 * forces, else a shared name or alias. Known (gazetteer) ids are never remapped.
 */
export function alignProposals(proposed: ActorInput[], annotated: ActorInput[]): Map<string, string> {
  const names = (a: ActorInput) => new Set([a.name, ...(a.aliases ?? []).map((x) => x.name)].map((n) => fold(n)));
  const map = new Map<string, string>();
  for (const p of proposed) {
    const sameCountry = annotated.filter(
      (g) => (p.kind === 'STATE' || p.kind === 'STATE_ARMED_FORCE') && g.kind === p.kind && g.country === p.country,
    );
    const pn = names(p);
    const byName = annotated.find((g) => [...names(g)].some((n) => pn.has(n)));
    const target = sameCountry.length > 0 ? sameBranch(p, sameCountry) : byName;
    if (target) map.set(p.id, target.id);
  }
  return map;
}

// words that name one branch of a country's forces, in the names analysts give them
const BRANCH_WORDS = new Set(
  'air aviation navy naval marine marines coast police policiers gendarmerie gendarmes guard garde border frontieres frontiere'.split(
    ' ',
  ),
);
const branchWords = (a: ActorInput) =>
  new Set(
    [a.name, ...(a.aliases ?? []).map((x) => x.name)].flatMap((n) =>
      fold(n)
        .split(/[^a-z]+/)
        .filter((w) => BRANCH_WORDS.has(w)),
    ),
  );

/**
 * Of the annotated actors of the proposal's country and kind, the one of the same branch: "Thailand Air Force"
 * is the annotation's "Royal Thai Air Force", and the general "Armed forces of Thailand" its army, not its air force.
 */
function sameBranch(p: ActorInput, candidates: ActorInput[]): ActorInput | undefined {
  const pw = branchWords(p);
  const shares = (g: ActorInput) => [...branchWords(g)].some((w) => pw.has(w));
  const general = (g: ActorInput) => branchWords(g).size === 0;
  return (pw.size > 0 ? candidates.find(shares) : undefined) ?? candidates.find(general) ?? candidates[0];
}

/** Actor ids through `map`, location ids through `places` (see `alignLocations`). */
export function remapClaims(
  claims: ClaimInput[],
  map: Map<string, string>,
  places: Map<string, string> = new Map(),
): ClaimInput[] {
  const id = (x: string | undefined) => (x === undefined ? undefined : (map.get(x) ?? x));
  return claims.map((c) => ({
    ...c,
    subject: id(c.subject) ?? c.subject,
    ...(c.object ? { object: id(c.object) } : {}),
    ...(c.location ? { location: places.get(c.location) ?? c.location } : {}),
  }));
}
