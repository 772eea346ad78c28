import { phraseKey, type Token } from './fold.ts';

// One dictionary lookup structure for every phrase list the coder uses (actors, locations, cues, materiel):
// phrases are keyed by their folded words, and a prefix set stops the scan as soon as no phrase can continue,
// so scanning costs about one lookup per word whatever the number of phrases.

export interface PhraseMatch<T> {
  value: T;
  /** token index range [first, last] */
  first: number;
  last: number;
  start: number;
  end: number;
}

export class PhraseIndex<T> {
  private readonly entries = new Map<string, T[]>();
  private readonly prefixes = new Set<string>();

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (!key) return;
    const list = this.entries.get(key);
    if (list) list.push(value);
    else this.entries.set(key, [value]);
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
  }

  /** Every match starting at each token (all lengths), for callers that resolve overlaps themselves. */
  scanAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let key = '';
      for (let j = i; j < tokens.length; j++) {
        key = j === i ? (tokens[j]?.text ?? '') : `${key} ${tokens[j]?.text ?? ''}`;
        const hit = this.entries.get(key);
        if (hit) {
          for (const value of hit)
            out.push({ value, first: i, last: j, start: tokens[i]?.start ?? 0, end: tokens[j]?.end ?? 0 });
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    return out;
  }

  /** Longest match first, left to right, no overlaps (one value per span: the first added for that phrase). */
  scan(tokens: readonly Token[], accept: (value: T) => boolean = () => true): PhraseMatch<T>[] {
    const all = this.scanAll(tokens).filter((m) => accept(m.value));
    return longestFirst(all);
  }
}

export function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Set<number>();
  const chosen: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.first; k <= m.last && free; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = m.first; k <= m.last; k++) taken.add(k);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
