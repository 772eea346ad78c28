import type { ActorInput } from '../ingest/article-format.ts';
import type { ActorKind } from '../model/vocabulary.ts';
import { capitalisedRun, namedFromHead } from './acronym-names.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import { fold, phraseKey, slugify, type Token, tokenize } from './fold.ts';
import { proposeFromHeads } from './head-proposals.ts';
import type { Lexicon } from './lexicon.ts';
import { proposeLowerCaseNames } from './lower-case-names.ts';
import type { NameBook } from './name-book.ts';
import { officeHolders } from './office-holders.ts';
import { ACRONYM, expansion, guessKind, lexiconSets } from './org-names.ts';
import { namePeoples, proposeUnnamedPeoples } from './people-groups.ts';
import { PhraseIndex } from './phrase-index.ts';
import { type TitleName, titleCaseNames } from './title-names.ts';
import { nameTitledPersons } from './titled-persons.ts';

// Organisations named in the text but known nowhere become proposed actors: "Rapid Support Forces (RSF)"
// (expansion found from the acronym's initials), a bare acronym used as a name ("the M23", "les FARDC"), or a
// capitalised name beside an organisation head ("Houthi rebels", "milice Wazalendo"). The kind is a guess from
// the head word; the analyst reviews it with the draft.

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
    // "Mexico's Jalisco New Generation Cartel (CJNG)": the possessive is part of the mention, as for title-case names
    const owned = long ? possessiveBefore(text, m.index, long) : undefined;
    propose(long ?? acronym, long ? [acronym, ...(owned ? [owned] : [])] : [], kind, 'acronym in parentheses');
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
  const book: NameBook = {
    text,
    tokens,
    lexicon,
    indexes,
    index,
    covered,
    known,
    propose,
    alias: (name, ref) => {
      // the capitals a listed name must keep are that name's, not this one's ("Tigrayan fighters" for the TPLF)
      const { form: _form, ...bare } = ref;
      index.add(name, bare);
      cache.set(name, true);
    },
    ...(ctx.namesOf ? { namesOf: ctx.namesOf } : {}),
  };
  // "les Forces de soutien rapide", "l'Armée nationale libyenne"; "les combattants kurdes", "Tigrayan fighters"
  proposeLowerCaseNames(book);
  const unnamed = namePeoples(book);
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
  proposeUnnamedPeoples(book, unnamed);
  // "President Salva Kiir", "les FSR du général Hemedti"
  nameTitledPersons(book);
  return { index, proposals: [...proposals.values()] };
}

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

// "Libyan National Army", "Somali National Army": a demonym, such words and a force head may be a state's army as
// much as a rebel one; the coder names neither rather than guess
const STATE_LIKE = new Set(['national', 'armed', 'defence', 'defense', 'royal', 'federal', 'regular', 'people', 's']);

function stateForcesName(t: TitleName, tokens: readonly Token[], ctx: ProposalContext): boolean {
  const first = tokens[t.first] as Token;
  if (ctx.indexes.demonyms.lookup([first]) === undefined) return false;
  return tokens.slice(t.first + 1, t.last).every((x) => STATE_LIKE.has(x.text));
}

/** "Mexico's Jalisco New Generation Cartel" when the name `long` ending before `at` follows a possessive word. */
function possessiveBefore(text: string, at: number, long: string): string | undefined {
  const start = text.lastIndexOf(long, at);
  if (start < 0) return undefined;
  const owner = /(\p{Lu}[\p{L}-]*['’]s )$/u.exec(text.slice(Math.max(0, start - 40), start));
  return owner ? `${owner[1]}${long}` : undefined;
}
