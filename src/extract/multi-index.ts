import type { Token } from './fold.ts';
import type { Node, PhraseIndex, PhraseMatch } from './phrase-index.ts';

// Several fixed dictionaries (actors, places, lexicon cues) merged into one trie, so a sentence's words are
// walked once for all of them instead of once per dictionary. Each dictionary's matches come out in the order
// its own PhraseIndex.scanAll gives (by first word, then length, then insertion), so callers see no difference.

interface MultiNode {
  next?: Map<string, MultiNode>;
  /** per dictionary that ends a phrase here: its number and its values, in insertion order */
  ends?: { dict: number; values: unknown[] }[];
}

function merge(target: Map<string, MultiNode>, source: Map<string, Node<unknown>>, dict: number): void {
  for (const [word, node] of source) {
    let into = target.get(word);
    if (!into) {
      into = {};
      target.set(word, into);
    }
    if (node.values) {
      into.ends ??= [];
      into.ends.push({ dict, values: node.values });
    }
    if (node.next) {
      into.next ??= new Map();
      merge(into.next, node.next, dict);
    }
  }
}

export class MultiIndex {
  private readonly root = new Map<string, MultiNode>();
  private readonly count: number;

  constructor(readonly sources: readonly PhraseIndex<unknown>[]) {
    this.count = sources.length;
    sources.forEach((index, dict) => {
      merge(this.root, index.root, dict);
    });
  }

  /** One list of matches per dictionary, in the order the dictionaries were given. */
  scanAll(tokens: readonly Token[]): PhraseMatch<unknown>[][] {
    const out: PhraseMatch<unknown>[][] = [];
    for (let d = 0; d < this.count; d++) out.push([]);
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const first = tokens[i] as Token;
      let node = this.root.get(first.text);
      let j = i;
      while (node !== undefined) {
        const ends = node.ends;
        if (ends !== undefined) {
          const end = (tokens[j] as Token).end;
          for (let e = 0; e < ends.length; e++) {
            const { dict, values } = ends[e] as { dict: number; values: unknown[] };
            const list = out[dict] as PhraseMatch<unknown>[];
            for (let v = 0; v < values.length; v++)
              list.push({ value: values[v], first: i, last: j, start: first.start, end });
          }
        }
        j++;
        if (j >= n || node.next === undefined) break;
        node = node.next.get((tokens[j] as Token).text);
      }
    }
    return out;
  }
}
