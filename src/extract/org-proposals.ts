import type { ActorInput } from '../ingest/article-format.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import { appositionAfter } from './constructions.ts';
import { fold, phraseKey, slugify, type Token, tokenize } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { capitalisedMidSentence, expansion, guessKind, lexiconSets, upperAt } from './org-names.ts';
import { PhraseIndex } from './phrase-index.ts';

// Organisations named in the text but known nowhere become proposed actors: "Rapid Support Forces (RSF)"
// (expansion found from the acronym's initials), a bare acronym used as a name ("the M23", "les FARDC"), or a
// capitalised name beside an organisation head ("Houthi rebels", "milice Wazalendo"). The kind is a guess from
// the head word; the analyst reviews it with the draft.

const DETERMINERS = new Set('le la les l du des au aux the a an un une ses son sa leur leurs their its'.split(' '));
// "Four rebels were killed", "Deux miliciens…": a number that opens a sentence is no name either
const NOT_NAMES = new Set(
  [
    'the these those some les ces des le la ils elles they their its this that un une a an de du et and',
    'two three four five six seven eight nine ten dozens hundreds several many',
    'deux trois quatre cinq six sept huit neuf dix plusieurs quelques dizaines centaines',
  ]
    .join(' ')
    .split(' '),
);
// "Sud-Kivu", "Al-Shabaab": capitalised words joined by a hyphen are a name, not an acronym used as one
const TITLE_WORDS = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u;
const ACRONYM = /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*$|^[A-Z]\d{1,3}$/;

export interface ProposalContext {
  text: string;
  indexes: ActorIndexes;
  lexicon: Lexicon;
  /** phrases that name a place: a capitalised place is not an organisation */
  isPlace: (phraseKey: string) => boolean;
  /** the whole text's words, when the caller has them already */
  tokens?: Token[];
  /** a known actor's name and aliases, by id */
  namesOf?: (id: string) => readonly string[];
}

/** Proposed actors for this text, and an index of the phrases that name them. */
export function proposeOrganisations(ctx: ProposalContext): { index: PhraseIndex<ActorRef>; proposals: ActorInput[] } {
  const { text, indexes, lexicon } = ctx;
  const index = new PhraseIndex<ActorRef>();
  const proposals = new Map<string, ActorInput>();
  const { stop } = lexiconSets(lexicon);
  const cache = new Map<string, boolean>();
  const known = (phrase: string) => {
    const hit = cache.get(phrase);
    if (hit !== undefined) return hit;
    const toks = tokenize(fold(phrase));
    // a match of the whole phrase is the longest, so scan() would keep it: a whole-phrase lookup says the same
    const result =
      indexes.actors.lookup(toks) !== undefined || index.lookup(toks) !== undefined || ctx.isPlace(phraseKey(phrase));
    cache.set(phrase, result);
    return result;
  };

  const propose = (name: string, aliases: string[], kind: ActorKind, cue: string, overrides = false) => {
    // an organisation that shares its acronym with a known one is named by its own name, not the acronym's id
    const id = (overrides ? slugify(name) : slugify(aliases[0] ?? name)) || slugify(name);
    if (!id || known(name)) return;
    const existing = proposals.get(id);
    const proposal: ActorInput = existing ?? {
      id,
      name,
      kind,
      description: `Proposed by the extractor (${cue}): named in the text, absent from the gazetteer and the graph.`,
    };
    const aliasNames = new Set((proposal.aliases ?? []).map((a) => a.name));
    for (const a of aliases) if (a !== proposal.name && !aliasNames.has(a)) aliasNames.add(a);
    if (aliasNames.size > 0) proposal.aliases = [...aliasNames].map((n) => ({ name: n }));
    proposals.set(id, proposal);
    const ref: ActorRef = { id, kind: proposal.kind, proposal, cue, ...(overrides ? { overrides } : {}) };
    // the name is known from now on (a lookup made before it was proposed is not kept)
    for (const n of [name, ...aliases]) {
      index.add(n, ref);
      cache.set(n, true);
    }
  };
  for (const m of text.matchAll(/\(([^()\s]{2,14})\)/g)) {
    const acronym = m[1] ?? '';
    if (!ACRONYM.test(acronym) || stop.has(acronym.toUpperCase())) continue;
    if (known(acronym)) {
      // "le Comando Sur Popular (CSP)" is not the Malian CSP: the text spells out another organisation
      const other = otherOrganisation(ctx, text, m.index, acronym);
      if (other)
        propose(
          other,
          [acronym],
          guessKind(wordsOf(other), lexicon) ?? 'OTHER',
          'acronym of another organisation',
          true,
        );
      continue;
    }
    // "The Congolese army (FARDC)": an acronym right after a known actor names that actor
    const before = tokenize(fold(text.slice(Math.max(0, m.index - 80), m.index)));
    const long = expansion(text, m.index, acronym);
    // …unless the acronym spells a longer name that ends with it ("…pour le développement du Congo (CODECO)")
    const words = long ? tokenize(fold(long)).length : 0;
    const ending = indexes.actors.scan(before).find((x) => x.last === before.length - 1);
    if (ending && ending.last - ending.first + 1 >= words) continue;
    if (long && known(long)) continue;
    // the kind from the expansion's words, else from the words just before ("Fighters of the March 23 Movement (M23)")
    const context = before
      .slice(-6)
      .map((t) => t.text)
      .reverse();
    const kind =
      guessKind(
        tokenize(fold(long ?? '')).map((t) => t.text),
        lexicon,
      ) ??
      guessKind(context, lexicon) ??
      'OTHER';
    propose(long ?? acronym, long ? [acronym] : [], kind, 'acronym in parentheses');
  }
  // "les miliciens de la Coopérative pour le développement du Congo (CODECO)": a name already proposed whole
  // is not proposed again from its first word
  const tokens = ctx.tokens ?? tokenize(fold(text));
  const inLonger = (first: number, last: number) =>
    index.scan(tokens.slice(first, first + 12)).some((x) => x.first === 0 && x.last > last - first);
  proposeFromHeads({ ...ctx, tokens }, stop, known, propose, inLonger);
  return { index, proposals: [...proposals.values()] };
}

type Propose = (name: string, aliases: string[], kind: ActorKind, cue: string) => void;

const wordsOf = (phrase: string) => tokenize(fold(phrase)).map((t) => t.text);

/**
 * The name an acronym in parentheses spells out when it is not the known actor's with that acronym: no word of four
 * letters or more in common with any of the known actor's names ("Cadre stratégique permanent (CSP)" is the known
 * CSP, "Comando Sur Popular (CSP)" another organisation). Undefined when it is the known one or nothing is spelled out.
 */
function otherOrganisation(ctx: ProposalContext, text: string, at: number, acronym: string): string | undefined {
  const long = expansion(text, at, acronym);
  if (!long || !ctx.namesOf) return undefined;
  const refs = ctx.indexes.actors.lookup(tokenize(fold(acronym))) ?? [];
  const mine = new Set(wordsOf(long).filter((w) => w.length >= 4));
  const shared = refs.some((r) => ctx.namesOf?.(r.id).some((n) => wordsOf(n).some((w) => mine.has(w))));
  return refs.length > 0 && !shared && mine.size > 0 ? long : undefined;
}

function proposeFromHeads(
  ctx: ProposalContext,
  stop: Set<string>,
  known: (p: string) => boolean,
  propose: Propose,
  inLonger: (first: number, last: number) => boolean,
): void {
  const { text, lexicon } = ctx;
  const tokens = ctx.tokens ?? tokenize(fold(text));
  const raw = (i: number) => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : '';
  };
  const { heads } = lexiconSets(lexicon);
  const isName = (i: number) => {
    if (!upperAt(text, tokens[i]?.start ?? text.length)) return false;
    const w = raw(i);
    if (NOT_NAMES.has(tokens[i]?.text ?? '') || heads.has(tokens[i]?.text ?? '')) return false;
    // "Rwanda-backed", "Iranian-made": a hyphenated participle describes a name, it is not part of it
    return !(w.includes('-') && /-\p{L}+ed$/u.test(w));
  };
  let elsewhere: Set<string> | undefined;
  // "les rebelles houthis" where the text also writes "les Houthis": a name written in lower case after its head
  const capitalisedElsewhere = (i: number) => {
    elsewhere ??= capitalisedMidSentence(text, tokens);
    const w = tokens[i]?.text ?? '';
    return w.length > 3 && elsewhere.has(w) && !NOT_NAMES.has(w) && !heads.has(w);
  };
  for (let i = 0; i < tokens.length; i++) {
    const kindHere = heads.get(tokens[i]?.text ?? '');
    const inParentheses = text[(tokens[i]?.start ?? 1) - 1] === '(';
    // an acronym starts with an ASCII capital: the regular expression runs only on such words
    const c0 = text.charCodeAt(tokens[i]?.start ?? 0);
    const word = c0 >= 0x41 && c0 <= 0x5a ? raw(i) : '';
    if (
      word &&
      ACRONYM.test(word) &&
      !TITLE_WORDS.test(word) &&
      !inParentheses &&
      !stop.has(word.toUpperCase()) &&
      !known(word)
    ) {
      const prev = tokens[i - 1]?.text ?? '';
      const next = tokens[i + 1]?.text ?? '';
      const headKind = heads.get(prev) ?? heads.get(next) ?? heads.get(tokens[i - 2]?.text ?? '');
      if (headKind || DETERMINERS.has(prev))
        propose(word, [], headKind ?? 'NON_STATE_ARMED_GROUP', 'acronym used as a name');
    }
    if (!kindHere || kindHere === 'STATE_ARMED_FORCE' || kindHere === 'ALLIANCE') continue;
    // English order: "Houthi rebels"; French order: "rebelles du M23", "milice Wazalendo"
    let j = i - 1;
    while (j >= 0 && isName(j) && i - j <= 3) j--;
    // "National Liberation Army (ELN)": the acronym in parentheses already named it (as a name or an expansion)
    const acronymNext = /^\s*\(/.test(text.slice(tokens[i]?.end ?? 0, (tokens[i]?.end ?? 0) + 3));
    if (j < i - 1 && (tokens[j + 1]?.start ?? 0) > 0 && !acronymNext) {
      const name = text.slice(tokens[j + 1]?.start ?? 0, tokens[i - 1]?.end ?? 0);
      const withHead = text.slice(tokens[j + 1]?.start ?? 0, tokens[i]?.end ?? 0);
      const demonym = ctx.indexes.demonyms.scan(tokenize(fold(name))).length > 0;
      // "the White Army", "the Arakan Army": a head written with a capital is part of the name
      const whole = upperAt(text, tokens[i]?.start ?? 0);
      if (!demonym && !known(name) && !known(withHead) && !/^\p{Lu}+$/u.test(name))
        propose(whole ? withHead : name, [], kindHere, 'name before an organisation head');
    }
    // "militias known as Wazalendo": an apposition may stand between the head and its name
    let k = appositionAfter(tokens, i + 1, lexicon) ?? i + 1;
    while (['du', 'de', 'des', 'd', 'la', 'l'].includes(tokens[k]?.text ?? '') && k <= i + 2) k++;
    const first = k;
    // a name does not run over punctuation ("…Maï-Maï Kifuafua. L'Ouganda")
    const joined = (a: number) => !/[.,;:!?()«»"]/.test(text.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0));
    while (k < tokens.length && isName(k) && k - first < 3 && (k === first || joined(k))) k++;
    if (k > first && !/^\p{Lu}+$/u.test(raw(first)) && !inLonger(first, k - 1)) {
      const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
      if (!known(name)) propose(name, [], kindHere, 'name after an organisation head');
    } else if (k === i + 1 && capitalisedElsewhere(k)) {
      const written = raw(k);
      const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      const phrase = text.slice(tokens[i]?.start ?? 0, tokens[k]?.end ?? 0);
      if (!known(name)) propose(name, [phrase], kindHere, 'name after an organisation head, capitalised elsewhere');
    }
  }
}
