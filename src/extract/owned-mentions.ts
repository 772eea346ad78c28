import type { Mention } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import type { Token } from './fold.ts';
import type { PhraseMatch } from './phrase-index.ts';

// Readings of a sentence's mentions and cues that depend on their neighbours (used by article-scan.ts): a group
// named after "de"/"of" owns the men before it, and a rejection after an accusation noun is a denial.

const OWNER = new Set(['de', 'du', 'des', 'd', 'of']);
const OWNER_ARTICLES = new Set(['la', 'l', 'le', 'the']);

export function ownedByNext(tokens: readonly Token[], actors: Mention[], last: number): boolean {
  if (!OWNER.has(tokens[last + 1]?.text ?? '')) return false;
  const at = OWNER_ARTICLES.has(tokens[last + 2]?.text ?? '') ? last + 3 : last + 2;
  return actors.some((m) => m.first === at);
}

/**
 * "des instructeurs russes du groupe Wagner", "Russian fighters of the Africa Corps": men named by their nationality
 * and then by the group they belong to are that group's, not their country's forces.
 */
export function ownedForces(tokens: readonly Token[], actors: Mention[]): Mention[] {
  return actors.filter((m) => {
    if (!m.refs.every((r) => r.cue === 'armed-force demonym')) return true;
    if (!OWNER.has(tokens[m.last + 1]?.text ?? '')) return true;
    const at = OWNER_ARTICLES.has(tokens[m.last + 2]?.text ?? '') ? m.last + 3 : m.last + 2;
    const owner = actors.find((o) => o.first === at || (o.first === at + 1 && o.first - m.last <= 4));
    return !owner || owner.refs.every((r) => r.kind === 'STATE' || r.kind === 'STATE_ARMED_FORCE');
  });
}

/**
 * "…, a charge the Kremlin rejected", "une accusation que Kigali rejette": a rejection verb a few words after an
 * accusation noun denies it; "rejected the proposal" denies nothing.
 */
export function answeredDenials(cues: PhraseMatch<Cue>[]): PhraseMatch<Cue>[] {
  const out: PhraseMatch<Cue>[] = [];
  for (const r of cues) {
    if (r.value.cat !== 'rejection') continue;
    // "…, a charge the Kremlin rejected" (the noun before) or "Abu Dhabi rejects the allegations" (right after)
    const noun = cues.some(
      (a) =>
        a.value.cat === 'accusationNoun' &&
        ((a.last < r.first && r.first - a.last <= 5) || (a.first > r.last && a.first - r.last <= 2)),
    );
    if (noun) out.push({ ...r, value: { cat: 'denial', cue: r.value.cue } });
  }
  return out;
}

// "KABOUL, 14 octobre 2025 - ", "NEW DELHI/ISLAMABAD, Feb 12, 2026 - ", "JAYAPURA, Indonesia, June 16, 2026 - ": a
// city in capitals, what follows it up to a dash
const DATELINE = /^\p{Lu}[\p{Lu}\p{Zs}'’./-]{2,40}(?:,[^\n–—-]{1,60})?\s[–—-]{1,2}\s/u;

/** Where a dateline that opens the sentence at `start` ends (`start` when there is none). */
export function datelineEnd(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 120));
  return m ? start + m[0].length : start;
}
