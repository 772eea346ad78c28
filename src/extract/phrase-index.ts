import { phraseKey, type Token } from './fold.ts';

// One dictionary lookup structure for every phrase list the coder uses (actors, locations, cues, materiel): a
// trie over folded words, so scanning walks from each word only as far as some phrase continues, without
// building strings: about one map lookup per word whatever the number of phrases.

export interface PhraseMatch<T> {
  value: T;
  /** token index range [first, last] */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: T[];
}

export class PhraseIndex<T> {
  /** read by MultiIndex to merge dictionaries; never written from outside */
  readonly root = new Map<string, Node<T>>();

  isEmpty(): boolean {
    return this.root.size === 0;
  }

  /** The values of exactly this phrase of words (a whole-phrase lookup: one walk, no match objects). */
  lookup(tokens: readonly Token[]): T[] | undefined {
    let node = this.root.get(tokens[0]?.text ?? '');
    for (let i = 1; node && i < tokens.length; i++) node = node.next?.get(tokens[i]?.text ?? '');
    return tokens.length > 0 ? node?.values : undefined;
  }

  add(phrase: string, value: T): void {
    this.addKey(phraseKey(phrase), value);
  }

  /** Adds a phrase already folded (words joined by single spaces, see phraseKey), without folding it again. */
  addKey(key: string, value: T): void {
    if (!key) return;
    const words = key.split(' ');
    let node = child(this.root, words[0] as string);
    // a node gets its map of next words only when a phrase goes on past it: most nodes are leaves
    for (let i = 1; i < words.length; i++) {
      node.next ??= new Map();
      node = child(node.next, words[i] as string);
    }
    if (node.values) node.values.push(value);
    else node.values = [value];
  }

  /** Every match starting at each token (all lengths), for callers that resolve overlaps themselves. */
  scanAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.get(tokens[i]?.text ?? '');
      let j = i;
      while (node) {
        if (node.values) {
          const start = tokens[i]?.start ?? 0;
          const end = tokens[j]?.end ?? 0;
          for (const value of node.values) out.push({ value, first: i, last: j, start, end });
        }
        j++;
        const word = tokens[j]?.text;
        node = word === undefined ? undefined : node.next?.get(word);
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

function child<T>(level: Map<string, Node<T>>, word: string): Node<T> {
  let node = level.get(word);
  if (!node) {
    node = {};
    level.set(word, node);
  }
  return node;
}

export function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  if (matches.length <= 1) return matches;
  const sorted = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  // the words already covered, as flags indexed by word (a sentence has a few dozen): no set to hash into
  let size = 0;
  for (const m of matches) if (m.last >= size) size = m.last + 1;
  const taken = new Uint8Array(size);
  const chosen: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.first; k <= m.last && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, m.first, m.last + 1);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
