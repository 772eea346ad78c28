import type { ActorInput } from '../ingest/article-format.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import { appositionAfter } from './constructions.ts';
import { fold, phraseKey, slugify, type Token, tokenize } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { officeHolders } from './office-holders.ts';
import { capitalisedMidSentence, expansion, guessKind, lexiconSets, upperAt } from './org-names.ts';
import { PhraseIndex } from './phrase-index.ts';
import { type TitleName, titleCaseNames } from './title-names.ts';

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
const FUNCTION_WORDS = new Set(
  'de du des la le les l d pour of the and et for a au aux en in on par by sur'.split(' '),
);
const PARTICLE = /^(?:al|el|ad|ad-din|ash|as|an|ar|at|az|ul|bin|ibn|e|i)-\p{Lu}/u;
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
    // an acronym alias makes the id ("m23"); a phrase alias ("Fano militias") does not
    const acronym = aliases[0] && ACRONYM.test(aliases[0]) ? aliases[0] : undefined;
    const id = (overrides ? slugify(name) : slugify(acronym ?? name)) || slugify(name);
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
    // "Front for Change and Concord in Chad (FACT)", "l'Armée de libération nationale (ELN)": a name in another
    // language than its acronym, read from the organisation word that opens it
    const long =
      expansion(text, m.index, acronym) ??
      namedFromHead(text, m.index, acronym, lexicon) ??
      capitalisedRun(text, m.index);
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
      // "Tehrik-i-Taliban Pakistan (TTP) militants": the head may follow the parenthesis
      guessKind(
        tokenize(fold(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
          .slice(0, 2)
          .map((t) => t.text),
        lexicon,
      ) ??
      'OTHER';
    propose(long ?? acronym, long ? [acronym] : [], kind, 'acronym in parentheses');
  }
  // "les miliciens de la Coopérative pour le développement du Congo (CODECO)": a name already proposed whole
  // is not proposed again from its first word
  const tokens = ctx.tokens ?? tokenize(fold(text));
  const inLonger = (first: number, last: number) =>
    index.scan(tokens.slice(first, first + 12)).some((x) => x.first === 0 && x.last > last - first);
  // "Democratic Forces for the Liberation of Rwanda": a title-case name is one organisation, not a fragment and a country
  const covered = new Set<number>();
  for (const t of titleCaseNames(text, tokens, lexicon)) {
    if (t.headline) for (let i = t.first; i <= t.last; i++) covered.add(i);
    if (t.headline || known(t.name) || stateForcesName(t, tokens, ctx)) continue;
    // "Iran's Revolutionary Guards": the possessive is part of the mention, so the country is not the actor
    const owner = tokens[t.first - 2];
    const possessive = tokens[t.first - 1]?.text === 's' && owner ? text.slice(owner.start, tokens[t.last]?.end) : '';
    propose(t.name, /^\S+['’]s /u.test(possessive) ? [possessive] : [], t.kind, 'title-case name');
    for (let i = t.first; i <= t.last; i++) covered.add(i);
  }
  // "le président sénégalais Bassirou Diomaye Faye": the person acts for the state, in full and by surname
  officeHolders(text, tokens, indexes.actors, (name, ref) => {
    if (known(name)) return;
    index.add(name, ref);
    cache.set(name, true);
  });
  proposeFromHeads(
    { ...ctx, tokens },
    stop,
    known,
    propose,
    (first, last) => inLonger(first, last) || covered.has(first),
    covered,
  );
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
  covered: ReadonlySet<number> = new Set(),
): void {
  const { text, lexicon } = ctx;
  const tokens = ctx.tokens ?? tokenize(fold(text));
  const raw = (i: number) => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : '';
  };
  const { heads } = lexiconSets(lexicon);
  const isName = (i: number) => {
    const w = raw(i);
    // "Kataib Sayyid al-Shuhada", "Hayat Tahrir al-Sham": an Arabic article joined to a capitalised word
    if (!upperAt(text, tokens[i]?.start ?? text.length) && !PARTICLE.test(w)) return false;
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
    if (!kindHere || kindHere === 'STATE_ARMED_FORCE' || kindHere === 'ALLIANCE' || covered.has(i)) continue;
    // English order: "Houthi rebels"; French order: "rebelles du M23", "milice Wazalendo"
    // a name does not run over punctuation or a parenthesis ("Tehrik-i-Taliban Pakistan (TTP) militants")
    const gapOk = (a: number) => !/[.,;:!?()«»"]/.test(text.slice(tokens[a]?.end ?? 0, tokens[a + 1]?.start ?? 0));
    let j = i - 1;
    while (j >= 0 && isName(j) && i - j <= 3 && gapOk(j)) j--;
    // "National Liberation Army (ELN)": the acronym in parentheses already named it (as a name or an expansion)
    const acronymNext = /^\s*\(/.test(text.slice(tokens[i]?.end ?? 0, (tokens[i]?.end ?? 0) + 3));
    // "a pro-Islamic State group": a name that a hyphenated prefix opens is an adjective, not the group
    const compound = j >= 0 && /-\p{Lu}/u.test(raw(j));
    if (j < i - 1 && (tokens[j + 1]?.start ?? 0) > 0 && !acronymNext && !compound) {
      const name = text.slice(tokens[j + 1]?.start ?? 0, tokens[i - 1]?.end ?? 0);
      const withHead = text.slice(tokens[j + 1]?.start ?? 0, tokens[i]?.end ?? 0);
      const demonym = ctx.indexes.demonyms.scan(tokenize(fold(name))).length > 0;
      // "the White Army", "the Arakan Army": a head written with a capital is part of the name
      const whole = upperAt(text, tokens[i]?.start ?? 0);
      // the phrase with its head is an alias ("Fano militias"), as an analyst may have named the group so
      if (!demonym && !known(name) && !known(withHead) && !/^\p{Lu}+$/u.test(name))
        propose(whole ? withHead : name, whole ? [] : [withHead], kindHere, 'name before an organisation head');
    }
    // "militias known as Wazalendo": an apposition may stand between the head and its name
    let k = appositionAfter(tokens, i + 1, lexicon) ?? i + 1;
    while (['du', 'de', 'des', 'd', 'la', 'l'].includes(tokens[k]?.text ?? '') && k <= i + 2) k++;
    const first = k;
    // a name does not run over punctuation ("…Maï-Maï Kifuafua. L'Ouganda")
    const joined = (a: number) => !/[.,;:!?()«»"]/.test(text.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0));
    // …nor over the end of a sentence between the head and the name ("…the group. Mariam Diallo")
    while (
      k < tokens.length &&
      isName(k) &&
      k - first < 3 &&
      (k === first ? !/[.!?]/.test(text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0)) : joined(k))
    )
      k++;
    // "les jihadistes de l'État islamique au Sahel": a longer known name starting there is that actor
    const knownFrom = (a: number) =>
      ctx.indexes.actors.scan(tokens.slice(a, a + 10)).some((x) => x.first === 0 && x.last > 0);
    if (k > first && !/^\p{Lu}+$/u.test(raw(first)) && !inLonger(first, k - 1) && !knownFrom(first)) {
      const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
      // "milice Wazalendo" is an alias; "jihadistes de l'État" is no name
      const withHead = first === i + 1 ? text.slice(tokens[i]?.start ?? 0, tokens[k - 1]?.end ?? 0) : name;
      if (!known(name)) propose(name, withHead === name ? [] : [withHead], kindHere, 'name after an organisation head');
    } else if (k === i + 1 && capitalisedElsewhere(k)) {
      const written = raw(k);
      const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      const phrase = text.slice(tokens[i]?.start ?? 0, tokens[k]?.end ?? 0);
      if (!known(name)) propose(name, [phrase], kindHere, 'name after an organisation head, capitalised elsewhere');
    }
  }
}

/** The organisation words a name may open with ("Front", "Armée", "Movement"): heads and kind words of the lexicon. */
function nameOpeners(lexicon: Lexicon): Set<string> {
  const { heads, kinds } = lexiconSets(lexicon);
  return new Set([...heads.keys(), ...kinds.keys()]);
}

/**
 * The name before an acronym whose initials do not spell it (a name in another language): from the farthest
 * capitalised organisation word ("Front", "Armée") among the eight words before the parenthesis, with no
 * punctuation in between, to the parenthesis. Undefined when no such word opens a name there.
 */
function namedFromHead(text: string, before: number, acronym: string, lexicon: Lexicon): string | undefined {
  const head = text.slice(Math.max(0, before - 160), before);
  const tokens = tokenize(fold(head));
  const openers = nameOpeners(lexicon);
  let found: number | undefined;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 8); k--) {
    const t = tokens[k] as Token;
    const gap = head.slice(t.end, (tokens[k + 1] as Token | undefined)?.start ?? head.length);
    if (/[.,;:!?()«»"]/.test(gap)) break;
    if (openers.has(t.text) && upperAt(head, t.start)) found = k;
  }
  if (found === undefined || found === tokens.length - 1) return undefined;
  // the acronym still abbreviates it: half its words' initials at least are letters of the acronym ("Front de
  // résistance (ZOKAMBI)" is not spelled out)
  const letters = new Set(fold(acronym).replace(/[^a-z]/g, ''));
  const initials = tokens
    .slice(found)
    .filter((t) => !FUNCTION_WORDS.has(t.text))
    .map((t) => t.text[0] ?? '');
  if (initials.filter((c) => letters.has(c)).length * 2 < initials.length) return undefined;
  return head.slice((tokens[found] as Token).start).trim();
}

/**
 * "Tehrik-i-Taliban Pakistan (TTP)": the capitalised words right before an acronym, when they end with a known
 * actor (a country) that the acronym does not abbreviate. Two words at least, the first not a determiner.
 */
function capitalisedRun(text: string, before: number): string | undefined {
  const head = text.slice(Math.max(0, before - 120), before);
  const tokens = tokenize(fold(head));
  let first = tokens.length;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 6); k--) {
    const t = tokens[k] as Token;
    const gap = head.slice(t.end, (tokens[k + 1] as Token | undefined)?.start ?? head.length);
    if (/[.,;:!?()«»"]/.test(gap) || !upperAt(head, t.start) || NOT_NAMES.has(t.text)) break;
    first = k;
  }
  return tokens.length - first >= 2 ? head.slice((tokens[first] as Token).start).trim() : undefined;
}

// "Libyan National Army", "Somali National Army": a demonym, such words and a force head may be a state's army as
// much as a rebel one; the coder names neither rather than guess
const STATE_LIKE = new Set(['national', 'armed', 'defence', 'defense', 'royal', 'federal', 'regular', 'people', 's']);

function stateForcesName(t: TitleName, tokens: readonly Token[], ctx: ProposalContext): boolean {
  const first = tokens[t.first] as Token;
  if (ctx.indexes.demonyms.lookup([first]) === undefined) return false;
  return tokens.slice(t.first + 1, t.last).every((x) => STATE_LIKE.has(x.text));
}
