import type { ActorRef } from './actor-index.ts';
import { phraseKey, type Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { mentionsIn, type NameBook } from './name-book.ts';
import { lexiconSets, NOT_NAMES, upperAt } from './org-names.ts';

// A person named after a title but with no state beside it ("President Salva Kiir", "le général Hemedti"): when the
// text ties the name to a group ("les FSR du général Hemedti", "Hemedti, the commander of the RSF", "the RSF, led
// by General Hemedti") the name stands for that group, as a state's office holder stands for the state
// (office-holders.ts); otherwise it is proposed as a person. Titles are data (actor-cues.json personTitles).

export interface TitledPerson {
  name: string;
  /** the group the text ties the person to, if any */
  group?: ActorRef;
}

/** Words that make a capitalised run after a title an institution, not a person ("General Assembly", "Général de brigade"). */
const INSTITUTIONS = new Set(
  'assembly assemblee staff command council conseil secretary secretaire directorate direction court cour de du des d'.split(
    ' ',
  ),
);
const OF = new Set(['du', 'de', 'des', 'd', 'of']);
const LED = [
  ['led', 'by'],
  ['dirige', 'par'],
  ['dirigee', 'par'],
  ['diriges', 'par'],
  ['dirigees', 'par'],
  ['commanded', 'by'],
  ['commandes', 'par'],
];
const HEADS_OF = new Set('chef leader commandant commander head dirigeant patron'.split(' '));
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

const titleSets = new WeakMap<Lexicon, Map<string, string[][]>>();
/** The titles by their last word, so that each token is looked up once. */
function titlesOf(lexicon: Lexicon): Map<string, string[][]> {
  let hit = titleSets.get(lexicon);
  if (!hit) {
    hit = new Map();
    for (const t of lexicon['actor-cues'].personTitles) {
      const words = phraseKey(t).split(' ');
      const last = words.at(-1) ?? '';
      hit.set(last, [...(hit.get(last) ?? []), words]);
    }
    titleSets.set(lexicon, hit);
  }
  return hit;
}

/** The first token of the title ending at token i, or -1. */
function titleEndingAt(tokens: readonly Token[], i: number, titles: Map<string, string[][]>): number {
  for (const words of titles.get(tokens[i]?.text ?? '') ?? []) {
    const at = i - words.length + 1;
    if (at >= 0 && words.every((w, n) => tokens[at + n]?.text === w)) return at;
  }
  return -1;
}

/**
 * Persons written after a title with no state named beside them. `actorAt(first, last)` is the group an actor
 * mention names exactly over those tokens (known or proposed), `known(name)` whether a name is known already.
 */
export function titledPersons(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  groupEndingAt: (last: number) => ActorRef | undefined,
  groupStartingAt: (first: number) => ActorRef | undefined,
  known: (name: string) => boolean,
): TitledPerson[] {
  const titles = titlesOf(lexicon);
  const single = new Set(
    [...titles.values()]
      .flat()
      .filter((t) => t.length === 1)
      .map((t) => t[0] as string),
  );
  const { heads, kinds } = lexiconSets(lexicon);
  const out = new Map<string, TitledPerson>();
  const joined = (k: number) => /^[ \u00a0-]$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
  for (let i = 0; i < tokens.length - 1; i++) {
    const title = titleEndingAt(tokens, i, titles);
    if (title < 0) continue;
    let k = i + 1;
    const first = k;
    while (k < tokens.length && k - first < 4 && joined(k) && upperAt(text, tokens[k]?.start ?? 0)) {
      const w = tokens[k]?.text ?? '';
      if (NOT_NAMES.has(w) || heads.has(w) || kinds.has(w) || INSTITUTIONS.has(w) || single.has(w)) break;
      k++;
    }
    if (k === first) continue;
    // the run must end the name: "General Assembly" stops at "Assembly", so nothing follows glued to it
    const next = tokens[k]?.text ?? '';
    if (k < tokens.length && joined(k) && upperAt(text, tokens[k]?.start ?? 0) && !NOT_NAMES.has(next)) continue;
    const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    if (name.length < 4 || known(name) || out.has(name)) continue;
    const words = tokens.slice(first, k).map((t) => t.text);
    const group = groupOf(text, tokens, words, titles, groupEndingAt, groupStartingAt);
    out.set(name, { name, ...(group ? { group } : {}) });
  }
  return [...out.values()];
}

/** The group the text ties the name to at any of its occurrences, with or without its title. */
function groupOf(
  text: string,
  tokens: readonly Token[],
  words: string[],
  titles: Map<string, string[][]>,
  groupEndingAt: (last: number) => ActorRef | undefined,
  groupStartingAt: (first: number) => ActorRef | undefined,
): ActorRef | undefined {
  for (let p = 0; p + words.length <= tokens.length; p++) {
    if (!words.every((w, n) => tokens[p + n]?.text === w)) continue;
    const title = titleEndingAt(tokens, p - 1, titles);
    const group =
      groupBefore(tokens, title >= 0 ? title : p, groupEndingAt) ??
      groupAfterName(text, tokens, p + words.length, groupStartingAt);
    if (group) return group;
  }
  return undefined;
}

/** "les FSR du général Hemedti", "the RSF, led by General Hemedti": the group named right before the title. */
function groupBefore(
  tokens: readonly Token[],
  title: number,
  groupEndingAt: (last: number) => ActorRef | undefined,
): ActorRef | undefined {
  let k = title - 1;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k--;
  if (OF.has(tokens[k]?.text ?? '')) return groupEndingAt(k - 1);
  for (const phrase of LED) {
    const at = k - phrase.length + 1;
    if (phrase.every((w, n) => tokens[at + n]?.text === w)) return groupEndingAt(at - 1);
  }
  return undefined;
}

/** "Hemedti, chef des FSR", "Hemedti, the commander of the RSF": the group after the name's apposition. */
function groupAfterName(
  text: string,
  tokens: readonly Token[],
  end: number,
  groupStartingAt: (first: number) => ActorRef | undefined,
): ActorRef | undefined {
  if (text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0).trim() !== ',') return undefined;
  let k = end;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k++;
  if (!HEADS_OF.has(tokens[k]?.text ?? '')) return undefined;
  k++;
  if (!OF.has(tokens[k]?.text ?? '')) return undefined;
  k++;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k++;
  return groupStartingAt(k);
}

/** Ties each titled person to the group the text names them with, or proposes them as a person. */
export function nameTitledPersons(book: NameBook): void {
  const group = (m: { value: ActorRef } | undefined) =>
    m && m.value.kind !== 'STATE' && m.value.kind !== 'PERSON' ? m.value : undefined;
  const persons = titledPersons(
    book.text,
    book.tokens,
    book.lexicon,
    (last) => group(mentionsIn(book, Math.max(0, last - 8), last + 1).find((m) => m.last === last)),
    (first) => group(mentionsIn(book, first, first + 8).find((m) => m.first === first)),
    book.known,
  );
  for (const p of persons) {
    if (!p.group) book.propose(p.name, [], 'PERSON', 'person named after a title');
    else if (!book.known(p.name)) book.alias(p.name, { ...p.group, cue: 'leader named with the group' });
  }
}
