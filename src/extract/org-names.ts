import type { ActorKind } from '../model/vocabulary.ts';
import { fold, phraseKey, type Token, tokenize } from './fold.ts';
import type { Lexicon } from './lexicon.ts';

// The word-level tests behind organisation proposals (org-proposals.ts): the lexicon's organisation heads and
// acronym stop list, capitals, and the expansion an acronym abbreviates.

const FUNCTION_WORDS = new Set(
  'de du des la le les l d pour of the and et for a au aux en in on par by sur'.split(' '),
);

// "Four rebels were killed", "Deux miliciens…": a number that opens a sentence is no name either
export const NOT_NAMES = new Set(
  [
    'the these those some les ces des le la ils elles they their its this that un une a an de du et and',
    'two three four five six seven eight nine ten dozens hundreds several many',
    'deux trois quatre cinq six sept huit neuf dix plusieurs quelques dizaines centaines',
  ]
    .join(' ')
    .split(' '),
);
// a weapon's model ("J-10C", "MiG-29", "S-400": letters, a hyphen, a number) is no organisation's acronym
export const ACRONYM =
  /^(?![A-Z][A-Za-z]{0,2}-\d)(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*$|^[A-Z]\d{1,3}$/;

// built once per lexicon, not once per article
const prepared = new WeakMap<
  Lexicon,
  { heads: Map<string, ActorKind>; kinds: Map<string, ActorKind>; stop: Set<string> }
>();

export function lexiconSets(lexicon: Lexicon): {
  heads: Map<string, ActorKind>;
  kinds: Map<string, ActorKind>;
  stop: Set<string>;
} {
  let hit = prepared.get(lexicon);
  if (!hit) {
    const cues = lexicon['actor-cues'];
    hit = {
      heads: new Map(cues.organisationHeads.map((h) => [phraseKey(h.cue), h.kind])),
      kinds: new Map(cues.kindWords.map((h) => [phraseKey(h.cue), h.kind])),
      stop: new Set(cues.acronymStoplist.map((s) => s.toUpperCase())),
    };
    prepared.set(lexicon, hit);
  }
  return hit;
}

export function guessKind(words: string[], lexicon: Lexicon): ActorKind | undefined {
  const { heads, kinds } = lexiconSets(lexicon);
  // "Force multinationale mixte": a word that says what kind of body it is, checked before the heads
  for (const w of words) {
    const kind = kinds.get(w);
    if (kind) return kind;
  }
  for (const w of words) {
    const kind = heads.get(w);
    if (kind) return kind;
  }
  return undefined;
}

/** The text's first code point at `at` is an upper-case letter (what /^\p{Lu}/u says of text.slice(at)). */
export function upperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0 || Number.isNaN(code)) return false;
  return UPPER.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}
const UPPER = /^\p{Lu}/u;
/** what may come before a sentence's or a line's first word: . ! ? : newline « " */
const SENTENCE_START = new Set([...'.!?:\n«"'].map((c) => c.charCodeAt(0)));

/**
 * The words before an acronym that it abbreviates. Walking back from the acronym, each token's initials and
 * capitalisation are computed once and accumulated (the same test as rebuilding the phrase at every step).
 */
export function expansion(text: string, before: number, acronym: string): string | undefined {
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  if (letters.length < 2) return undefined;
  const head = text.slice(Math.max(0, before - 200), before);
  const tokens = tokenize(fold(head));
  const sorted = [...letters].sort().join('');
  let initials = '';
  let capitalised = true;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 16); k--) {
    const t = tokens[k] as Token;
    let own = '';
    // a capitalised function word is part of the name ("Comando Sur Popular (CSP)": "sur" is French for "on")
    const named = upperAt(head, t.start);
    for (const w of t.text.split('-')) if (!FUNCTION_WORDS.has(w) || named) own += w[0] ?? '';
    initials = own + initials;
    capitalised &&= FUNCTION_WORDS.has(t.text) || upperAt(head, t.start);
    if (initials === letters) return head.slice(t.start).trim();
    // "Haitian National Police (PNH)", "Rapid Support Forces (FSR)": a name in one language, its acronym in the
    // other; only a capitalised name, so that a plain phrase whose letters happen to fit is not taken for it
    if (letters.length >= 3 && capitalised && [...initials].sort().join('') === sorted)
      return head.slice(t.start).trim();
  }
  return syllabic(head, tokens, letters);
}

/**
 * "Coopérative pour le développement du Congo (CODECO)": an acronym of each word's first syllable. The words
 * right before it, the first one capitalised, whose first one to three letters spell it in order.
 */
function syllabic(head: string, tokens: Token[], letters: string): string | undefined {
  if (letters.length < 4) return undefined;
  const spells = (words: string[], at: number): boolean => {
    if (words.length === 0) return at === letters.length;
    const [w, ...rest] = words as [string, ...string[]];
    for (let n = 1; n <= Math.min(3, w.length); n++)
      if (letters.startsWith(w.slice(0, n), at) && spells(rest, at + n)) return true;
    return false;
  };
  for (let k = tokens.length - 2; k >= Math.max(0, tokens.length - 8); k--) {
    const t = tokens[k] as Token;
    if (FUNCTION_WORDS.has(t.text) || !upperAt(head, t.start)) continue;
    const words = tokens.slice(k).flatMap((x) => (FUNCTION_WORDS.has(x.text) ? [] : [x.text.replace(/-/g, '')]));
    if (words.length >= 2 && spells(words, 0)) return head.slice(t.start).trim();
  }
  return undefined;
}

/** Folded words the text writes with a capital somewhere other than at the start of a sentence or a line. */
export function capitalisedMidSentence(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    // ASCII capitals need no regular expression
    if (c < 0x41 || (c > 0x5a && (c < 0xc0 || !UPPER.test(text.charAt(t.start))))) continue;
    let j = t.start - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === "'" || text[j] === '\u2019')) j--;
    if (j < 0 || SENTENCE_START.has(text.charCodeAt(j))) continue;
    // after an elided article ("l'Iran") the word is mid-sentence too, but the article itself may start it
    out.add(t.text);
  }
  return out;
}
