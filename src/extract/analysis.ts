import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorRef } from './actor-index.ts';
import type { Cue, CueCat } from './cue-index.ts';
import type { Token } from './fold.ts';
import { longestFirst, type PhraseMatch } from './phrase-index.ts';

// One sentence as the rules see it: its words, the actors and places named in it (longest match first),
// the lexicon cues found in it, and its clauses (a claim's actors are looked for inside its clause).

export interface Mention {
  refs: ActorRef[];
  first: number;
  last: number;
  start: number;
  end: number;
  /** "les deux pays": how many earlier actors it names */
  anaphora?: number;
  /** "the rebels": names the last actor of this kind */
  kindAnaphora?: ActorKind;
  /** resolved only to an actor the text wrote beside the same noun */
  namedOnly?: boolean;
  /** "the junta", "the army": the state the text has named most so far, or its forces */
  focus?: boolean;
}

export interface PlaceRef {
  id: string;
  type: 'location' | 'operation';
}

export interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface SentenceView {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  actors: Mention[];
  places: PhraseMatch<PlaceRef>[];
  cues: Map<CueCat, PhraseMatch<Cue>[]>;
  clauses: Span[];
  /** the first token after a dateline ("KABOUL, 14 octobre 2025 - "), 0 when there is none */
  body?: number;
  /** indexes of the tokens followed by a comma */
  commaAfter: Set<number>;
  /** folded nouns that make an actor after "de"/"of" a subject (lexicon memberNouns) */
  memberNouns: Set<string>;
  /** folded government nouns: "les autorités de Damas" is Syria speaking (lexicon governmentHeads) */
  governmentNouns?: Set<string>;
  /** folded one-word verbs of saying (constructions.json sayingVerbs): "X said Y supplied…" has Y for its subject */
  sayingVerbs?: Set<string>;
}

/** The sentence's folded words from token `first` to `last`, joined by spaces: a cue as written, or a key to look up. */
export function wordsBetween(view: SentenceView, first: number, last: number): string {
  return view.tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');
}

export function cuesOf<C extends CueCat>(view: SentenceView, cat: C): PhraseMatch<Extract<Cue, { cat: C }>>[] {
  return (view.cues.get(cat) ?? []) as PhraseMatch<Extract<Cue, { cat: C }>>[];
}

/** The matches inside a clause. */
export function within<T extends Span>(matches: readonly T[], clause: Span): T[] {
  return matches.filter((m) => m.first >= clause.first && m.last <= clause.last);
}

/** A comma after one of the tokens `from` … `to - 1` (a comma stands between token `from` and token `to`). */
export function commaBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (view.commaAfter.has(k)) return true;
  return false;
}

/** A cue right before another (at most one word between) governs it: "refused to sell", "plans to send". */
export function governs(cues: readonly Span[], cue: Span): boolean {
  return cues.some((c) => c.last < cue.first && c.last >= cue.first - 2);
}

export function groupCues(all: PhraseMatch<Cue>[]): Map<CueCat, PhraseMatch<Cue>[]> {
  const byCat = new Map<CueCat, PhraseMatch<Cue>[]>();
  for (const m of all) {
    const list = byCat.get(m.value.cat);
    if (list) list.push(m);
    else byCat.set(m.value.cat, [m]);
  }
  for (const [cat, list] of byCat) byCat.set(cat, longestFirst(list));
  return byCat;
}

/**
 * A mention with every field present (undefined when it does not apply): mentions made with only some of the
 * optional fields had six object shapes, and the rules that read them were compiled again each time a rarer one
 * came (half a second of the compiler's time for the support rule); one shape keeps them compiled.
 */
export function mention(refs: ActorRef[], span: Span, extra?: Partial<Mention>): Mention {
  return {
    refs,
    first: span.first,
    last: span.last,
    start: span.start,
    end: span.end,
    anaphora: extra?.anaphora,
    kindAnaphora: extra?.kindAnaphora,
    namedOnly: extra?.namedOnly,
    focus: extra?.focus,
  };
}

export function mentionsFrom(matches: PhraseMatch<ActorRef>[]): Mention[] {
  return longestFirst(matches).map((m) => mention([m.value], m));
}

/** Clauses split at separator cues (not inside an attribution such as "d'après"). */
export function clausesOf(tokens: Token[], separators: PhraseMatch<Cue>[], covered: (i: number) => boolean): Span[] {
  const clauses: Span[] = [];
  let first = 0;
  // no closure for a clause's end: every named closure costs a property definition per call under the TS loader
  for (const sep of separators) {
    if (covered(sep.first)) continue;
    pushClause(clauses, tokens, first, sep.first - 1);
    first = sep.last + 1;
  }
  pushClause(clauses, tokens, first, tokens.length - 1);
  return clauses;
}

function pushClause(clauses: Span[], tokens: Token[], first: number, last: number): void {
  if (last >= first) clauses.push({ first, last, start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 });
}

export function clauseAt(view: SentenceView, token: number): Span | undefined {
  return view.clauses.find((c) => token >= c.first && token <= c.last);
}
