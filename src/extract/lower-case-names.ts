import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorIndexes } from './actor-index.ts';
import { phraseKey, type Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import type { NameBook } from './name-book.ts';
import { guessKind, upperAt } from './org-names.ts';

// French capitalises only the first word of an organisation's name: "les Forces de soutien rapide", "l'Armée
// nationale libyenne", "le Front de libération du peuple du Tigré", "le Mouvement pour la justice et l'égalité".
// A capitalised organisation word (actor-cues.json nameHeads) after an article, followed by its complement in
// lower case, is one name up to punctuation or a word that cannot belong to it (nameBreaks: a verb, "à", "près",
// a title). The kind is a guess from its words; the analyst reviews it with the draft.

export interface LowerCaseName {
  first: number;
  last: number;
  name: string;
  kind: ActorKind;
}

const ARTICLES = new Set(['le', 'la', 'l', 'les', 'du', 'des', 'de', 'd', 'au', 'aux']);
const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'pour', 'et', 'en']);
/** after these a capitalised word is a place or a people inside the name ("du Tigré", "de Casamance") */
const OF = new Set(['de', 'du', 'des', 'd', 'la', 'l']);
const MAX_WORDS = 9;
const FOLLOWERS = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'leur', 'leurs', 'son', 'sa', 'ses']);

/**
 * "les Forces de soutien rapide resserrent l'étau", "…syriennes tiennent Raqqa": a word in -ent after a word of the
 * name, before an article or a capitalised word, is a verb.
 */
function verbAt(text: string, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (!w.endsWith('ent') || LINKS.has(tokens[k - 1]?.text ?? '')) return false;
  const next = tokens[k + 1];
  return FOLLOWERS.has(next?.text ?? '') || (next !== undefined && upperAt(text, next.start));
}

const compiled = new WeakMap<Lexicon, { heads: Map<string, ActorKind>; breaks: Set<string> }>();

function setsOf(lexicon: Lexicon): { heads: Map<string, ActorKind>; breaks: Set<string> } {
  let hit = compiled.get(lexicon);
  if (!hit) {
    const cues = lexicon['actor-cues'];
    hit = {
      heads: new Map(cues.nameHeads.map((h) => [phraseKey(h.cue), h.kind])),
      breaks: new Set(cues.nameBreaks.map(phraseKey)),
    };
    compiled.set(lexicon, hit);
  }
  return hit;
}

/** Names opened by a capitalised organisation word after an article, with their complement in lower case. */
export function lowerCaseNames(text: string, tokens: readonly Token[], lexicon: Lexicon): LowerCaseName[] {
  const { heads, breaks } = setsOf(lexicon);
  const out: LowerCaseName[] = [];
  const apart = (a: number) => /[.,;:!?()«»"“”]/.test(text.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0));
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const headKind = heads.get(head.text);
    if (!headKind || !upperAt(text, head.start) || !ARTICLES.has(tokens[i - 1]?.text ?? '') || apart(i)) continue;
    let last = i;
    let mixed = false;
    for (let k = i + 1; k < tokens.length && k - i <= MAX_WORDS; k++) {
      const t = tokens[k] as Token;
      if (apart(k) || breaks.has(t.text) || /\d/.test(t.text) || verbAt(text, tokens, k)) break;
      // a capitalised word belongs to the name after "de"/"du" only ("du Tigré"); elsewhere the name is written
      // some other way ("le Mouvement national Fano de l'Amhara"), which this reading does not cut short
      if (upperAt(text, t.start) && !OF.has(tokens[k - 1]?.text ?? '')) {
        mixed = true;
        break;
      }
      if (!LINKS.has(t.text)) last = k;
    }
    if (last === i || mixed) continue;
    const words = tokens.slice(i, last + 1).map((t) => t.text);
    out.push({
      first: i,
      last,
      name: text.slice(head.start, tokens[last]?.end),
      kind: guessKind(words.slice(1), lexicon) ?? headKind,
    });
    i = last;
  }
  return out;
}

/** Proposes each such name unless it is known, read already, or a state's forces named by their demonym. */
export function proposeLowerCaseNames(book: NameBook): void {
  const { tokens, index, indexes, covered, known, lexicon } = book;
  // a known actor starting there and covering two words or more, an organisation inside it ("la Mission des
  // Nations unies"), or a name proposed already that opens it
  const organisation = (k: ActorKind) => k !== 'STATE' && k !== 'STATE_ARMED_FORCE';
  const knownAt = (first: number, last: number) => {
    const span = tokens.slice(first, last + 1);
    if (index.scan(span).some((x) => x.first === 0)) return true;
    return indexes.actors.scan(span).some((x) => (x.first === 0 && x.last > 0) || organisation(x.value.kind));
  };
  for (const n of lowerCaseNames(book.text, tokens, lexicon)) {
    if (covered.has(n.first) || known(n.name) || knownAt(n.first, n.last)) continue;
    // "le Front de résistance (ZOKAMBI)": the acronym in parentheses speaks for the name (org-proposals.ts)
    const end = tokens[n.last]?.end ?? 0;
    if (/^\s*\(/.test(book.text.slice(end, end + 3))) continue;
    const forces = stateForces(tokens.slice(n.first, n.last + 1), indexes, lexicon);
    // "les Forces armées soudanaises" are Sudan's (the demonym reading names them); "l'Armée nationale libyenne"
    // may be a state's army or a force named after the nation: proposed, its kind left to the analyst
    if (forces === 'state') continue;
    const kind = forces === 'either' ? 'OTHER' : n.kind;
    book.propose(n.name, [], kind, 'name in lower case after a capitalised organisation word');
    for (let i = n.first; i <= n.last; i++) covered.add(i);
  }
}

const NATIONAL = new Set([
  'nationale',
  'national',
  'nationales',
  'populaire',
  'regulieres',
  'reguliere',
  'royale',
  'royales',
]);

/**
 * A French name made of a force head and a demonym: 'state' when the words are an armed-force head
 * ("Forces armées" + "soudanaises"), 'either' when a word such as "nationale" stands beside it, undefined otherwise.
 */
function stateForces(span: readonly Token[], indexes: ActorIndexes, lexicon: Lexicon): 'state' | 'either' | undefined {
  const demonyms = indexes.demonyms.scan(span);
  if (demonyms.length === 0) return undefined;
  const inDemonym = (k: number) => demonyms.some((d) => k >= d.first && k <= d.last);
  const rest = span.filter((_, k) => !inDemonym(k)).map((t) => t.text);
  const heads = forceHeads(lexicon);
  if (heads.has(rest.join(' '))) return 'state';
  const bare = rest.filter((w) => !NATIONAL.has(w));
  return bare.length > 0 && heads.has(bare.join(' ')) ? 'either' : undefined;
}

const forceHeadSets = new WeakMap<Lexicon, Set<string>>();
function forceHeads(lexicon: Lexicon): Set<string> {
  let hit = forceHeadSets.get(lexicon);
  if (!hit) {
    hit = new Set(lexicon['actor-cues'].armedForceHeads.map(phraseKey));
    forceHeadSets.set(lexicon, hit);
  }
  return hit;
}
