import type { ActorKind } from '../model/vocabulary.ts';
import { appositionAfter } from './constructions.ts';
import { fold, tokenize } from './fold.ts';
import { ACRONYM, capitalisedMidSentence, lexiconSets, NOT_NAMES, upperAt } from './org-names.ts';
import type { ProposalContext } from './org-proposals.ts';

// Organisations named beside an organisation head ("Houthi rebels", "milice Wazalendo", "les rebelles du M23")
// or as a bare acronym ("the M23"), proposed by proposeOrganisations (org-proposals.ts).

const DETERMINERS = new Set('le la les l du des au aux the a an un une ses son sa leur leurs their its'.split(' '));
// "Sud-Kivu", "Al-Shabaab": capitalised words joined by a hyphen are a name, not an acronym used as one
const TITLE_WORDS = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u;
const PARTICLE = /^(?:al|el|ad|ad-din|ash|as|an|ar|at|az|ul|bin|ibn|e|i)-\p{Lu}/u;
export type Propose = (name: string, aliases: string[], kind: ActorKind, cue: string) => void;

export function proposeFromHeads(
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
  // defined once, not per head word (each closure made in the loop cost an allocation and a name)
  // a name does not run over punctuation or a parenthesis ("Tehrik-i-Taliban Pakistan (TTP) militants")
  const gapOk = (a: number) => !/[.,;:!?()«»"]/.test(text.slice(tokens[a]?.end ?? 0, tokens[a + 1]?.start ?? 0));
  // "…Maï-Maï Kifuafua. L'Ouganda"
  const joined = (a: number) => !/[.,;:!?()«»"]/.test(text.slice(tokens[a - 1]?.end ?? 0, tokens[a]?.start ?? 0));
  // "les jihadistes de l'État islamique au Sahel": a longer known name starting there is that actor
  const knownFrom = (a: number) =>
    ctx.indexes.actors.scan(tokens.slice(a, a + 10)).some((x) => x.first === 0 && x.last > 0);
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
    // a name does not run over punctuation (joined), nor over the end of a sentence between the head and the
    // name ("…the group. Mariam Diallo")
    while (
      k < tokens.length &&
      isName(k) &&
      k - first < 3 &&
      (k === first ? !/[.!?]/.test(text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0)) : joined(k))
    )
      k++;
    if (k > first && !/^\p{Lu}+$/u.test(raw(first)) && !inLonger(first, k - 1) && !knownFrom(first)) {
      const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
      // "milice Wazalendo" is an alias; "jihadistes de l'État" is no name
      const phrase = text.slice(tokens[i]?.start ?? 0, tokens[k - 1]?.end ?? 0);
      const withHead = first === i + 1 ? phrase : name;
      // "le Cartel de Jalisco Nouvelle Génération": a head written with a capital after an article opens the name
      const titled = upperAt(text, tokens[i]?.start ?? 0) && DETERMINERS.has(tokens[i - 1]?.text ?? '');
      if (titled && !known(phrase)) propose(phrase, [name], kindHere, 'name after an organisation head');
      else if (!known(name))
        propose(name, withHead === name ? [] : [withHead], kindHere, 'name after an organisation head');
    } else if (k === i + 1 && capitalisedElsewhere(k)) {
      const written = raw(k);
      const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      const phrase = text.slice(tokens[i]?.start ?? 0, tokens[k]?.end ?? 0);
      if (!known(name)) propose(name, [phrase], kindHere, 'name after an organisation head, capitalised elsewhere');
    }
  }
}
