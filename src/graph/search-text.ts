import { distance } from 'fastest-levenshtein';

// How what people type becomes a full-text query, and how the candidates are ranked. Folding (case, accents) and
// elision happen here because Lucene's wildcard and fuzzy terms skip the index's analyzer; every Lucene operator
// character is escaped, so user text can neither break nor widen the query.

/** At most this many full-text candidates are ranked (rankByNames) and paged through. */
export const SEARCH_CANDIDATES = 100;

const APOSTROPHES = /['’ʼ`´]/gu;
/** French elided articles and pronouns before an apostrophe ("l'Inter", "d'Anéfis", "qu'il"), and English "'s". */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Lower case, accents removed, in any script (Arabic and Cyrillic letters are kept, their marks removed). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded, with elided articles dropped: "l'Inter Milan" → ["inter", "milan"]. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const chunk of fold(text).split(/[^\p{L}\p{N}'’ʼ`´]+/u)) {
    const parts = chunk.split(APOSTROPHES).filter((p) => p.length > 0);
    parts.forEach((part, i) => {
      const elided = i < parts.length - 1 && ELIDED.has(part);
      const possessive = i > 0 && i === parts.length - 1 && part === 's';
      if (!elided && !possessive) words.push(part);
    });
  }
  return words;
}

const escapeLucene = (word: string) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/** Edits allowed for a word: none under 4 letters (too many near words), 1 up to 7, 2 from 8. */
export const fuzzyEdits = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * A Lucene query where every word must match, as a prefix ("burk" → Burkina) or, if `fuzzy`, within a few edits
 * ("wagnr" → Wagner, "malianne" → maliennes). Undefined when the text has no word.
 */
export function fulltextQuery(text: string, options: { fuzzy?: boolean } = {}): string | undefined {
  const words = searchWords(text).slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((w) => {
      const edits = options.fuzzy ? fuzzyEdits(w) : 0;
      return edits > 0 ? `(${escapeLucene(w)}* OR ${escapeLucene(w)}~${edits})` : `${escapeLucene(w)}*`;
    })
    .join(' AND ');
}

/** Match quality, best first: the whole name or an alias as typed, then a prefix of one, then within edits. */
export type MatchTier = 0 | 1 | 2;

export interface Ranked<T> {
  item: T;
  tier: MatchTier;
  distance: number;
}

/**
 * Ranks candidates by how the text matches their names: exact (folded name or alias equals the text), prefix
 * (every typed word starts a word of one name, in order of typing), then fuzzy by the smallest edit distance
 * between the typed words and a name's words. Ties keep the full-text order they came in (score, then id).
 */
export function rankByNames<T>(text: string, candidates: T[], names: (item: T) => string[]): Ranked<T>[] {
  const typed = searchWords(text);
  const phrase = typed.join(' ');
  const ranked = candidates.map((item, order) => {
    let tier: MatchTier = 2;
    let best = Number.POSITIVE_INFINITY;
    for (const name of names(item)) {
      const words = searchWords(name);
      if (words.join(' ') === phrase) tier = 0;
      else if (tier > 1 && typed.every((t) => words.some((w) => w.startsWith(t)))) tier = 1;
      // Each typed word against its closest word of the name: "burkinna faso" is 1 edit from "burkina faso".
      const d = typed.reduce((sum, t) => sum + Math.min(...words.map((w) => distance(t, w))), 0);
      best = Math.min(best, d);
    }
    return { item, tier, distance: tier === 0 ? 0 : best, order };
  });
  ranked.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.order - b.order);
  return ranked.map(({ item, tier, distance: d }) => ({ item, tier, distance: d }));
}
