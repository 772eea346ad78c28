import { commaBetween, cuesOf, type Mention, type SentenceView, type Span, within } from './analysis.ts';

// Who fills a role, read from the clause's structure rather than from word order alone: the subject is the
// first actor of the clause that is not inside a prepositional phrase ("de l'armée", "par le Niger"); an
// agent after "par"/"by" or a recipient after "à"/"to" is read after its preposition; coordinated actors
// ("le Mali, le Niger et le Burkina Faso") form one group.

// articles too: "the FACT, Nigerien troops and a Malian convoy" is one list
const COORDINATORS = new Set('et and ni ou or ainsi que as well puis le la les l the a an un une des'.split(' '));
export const DETERMINERS = new Set(
  'le la les l the un une a an des du de d ses son sa leur leurs its their'.split(' '),
);
const PREPOSITIONS = new Set(
  'de du des d of par by avec with selon according to contre against sur pour for from vers dans in aux au à chez entre between among parmi'.split(
    ' ',
  ),
);
export const RECIPIENT_PREPOSITIONS = new Set(['à', 'au', 'aux', 'to']);
export const OF = new Set(['de', 'du', 'des', 'd', 'of']);

/** The "de"/"of" right before the actor, past its determiners ("des combattants du groupe Wagner"), or -1. */
function ofBefore(view: SentenceView, m: Mention): number {
  let i = m.first - 1;
  while (i >= 0 && DETERMINERS.has(view.tokens[i]?.text ?? '') && !OF.has(view.tokens[i]?.text ?? '')) i--;
  return OF.has(view.tokens[i]?.text ?? '') ? i : -1;
}

/** "des combattants russes du groupe Wagner": the actor after "de" owns the clause's subject noun. */
function ownsSubjectNoun(view: SentenceView, m: Mention): boolean {
  const i = ofBefore(view, m);
  if (i < 0) return false;
  // "les autorités de Damas", "the government of Sudan": a state's own government speaks for it
  const state = m.refs.every((r) => r.kind === 'STATE');
  const nouns = state ? view.governmentNouns : view.memberNouns;
  return [i - 1, i - 2].some((k) => nouns?.has(view.tokens[k]?.text ?? '') ?? false);
}

/** "Des soldats kényans ont appuyé…", "Selon l'ONU, des combattants…": "des" opening the clause is an article, not "de les". */
function indefiniteOpening(view: SentenceView, clause: Span, m: Mention): boolean {
  const k = m.first - 1;
  if (view.tokens[k]?.text !== 'des') return false;
  return k === clause.first || view.commaAfter.has(k - 1);
}

function previousWord(view: SentenceView, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && DETERMINERS.has(view.tokens[i]?.text ?? '') && !PREPOSITIONS.has(view.tokens[i]?.text ?? '')) i--;
  return view.tokens[i]?.text;
}

/** The actor that starts at token `i` after determiners ("the", "les"…), inside the clause. */
export function actorAfterDeterminers(view: SentenceView, clause: Span, i: number): Mention | undefined {
  let k = i;
  while (k <= clause.last && DETERMINERS.has(view.tokens[k]?.text ?? '')) k++;
  return view.actors.find((m) => m.first === k && m.last <= clause.last && m.refs.length > 0);
}

export function inClause(view: SentenceView, clause: Span): Mention[] {
  return within(view.actors, clause);
}

export function extendGroup(
  view: SentenceView,
  mentions: Mention[],
  from: number,
  limit = Number.POSITIVE_INFINITY,
): Mention[] {
  const group: Mention[] = [];
  let current = mentions[from];
  let i = from;
  while (current && current.last <= limit) {
    group.push(current);
    const next = mentions[i + 1];
    if (!next || next.last > limit) break;
    const gap = view.tokens.slice(current.last + 1, next.first).map((t) => t.text);
    // "à l'armée malienne et au Niger": a repeated "à"/"to" after "et"/"and" still coordinates
    const repeated = (w: string, k: number) =>
      RECIPIENT_PREPOSITIONS.has(w) && (gap[k - 1] === 'et' || gap[k - 1] === 'and');
    if (gap.length > 4 || !gap.every((w, k) => COORDINATORS.has(w) || repeated(w, k))) break;
    // "JNIM, al-Qaeda's affiliate in the Sahel, …": a possessor after a comma describes, it is no list member
    if (view.tokens[next.last + 1]?.text === 's' && view.commaAfter.has(current.last)) break;
    // "attacked the convoy, the JNIM said": an actor after a comma that a verb of saying follows is the speaker
    if (view.commaAfter.has(current.last) && speaks(view, next)) break;
    // "…bombarde des positions cambodgiennes, Phnom Penh dénonce…": an actor after a comma that a claim verb
    // follows opens a clause of its own
    if (view.commaAfter.has(current.last) && opensClause(view, next)) break;
    current = next;
    i++;
  }
  return group;
}

/**
 * An attribution or confirmation verb right after the mention ("the JNIM said", "the army confirmed"), or after
 * the speaker's own noun ("UN experts said", "Chadian army officers told Reuters"): up to two words that are not
 * prepositions, coordinators or another actor.
 */
function speaks(view: SentenceView, m: Mention): boolean {
  for (let end = m.last; ; end++) {
    if (saysAt(view, end + 1)) return true;
    if (end - m.last === 2 || view.commaAfter.has(end)) return false;
    const w = view.tokens[end + 1]?.text ?? '';
    if (!w || PREPOSITIONS.has(w) || COORDINATORS.has(w) || view.actors.some((a) => a.first === end + 1)) return false;
  }
}

/** A claim or denial verb right after the mention: the mention is that verb's subject. */
function opensClause(view: SentenceView, m: Mention): boolean {
  const at = (c: Span) => c.first === m.last + 1;
  return cuesOf(view, 'claim').some(at) || cuesOf(view, 'denial').some(at);
}

/** An attribution or confirmation verb starts at token `i`. */
function saysAt(view: SentenceView, i: number): boolean {
  return (
    cuesOf(view, 'attribution').some((c) => c.first === i) || cuesOf(view, 'confirmation').some((c) => c.first === i)
  );
}

/** The clause's grammatical subject before `before` (a token index), with the actors coordinated to it. */
export function subjectBefore(view: SentenceView, clause: Span, before: number): Mention[] {
  const all = inClause(view, clause).filter((m) => m.last < before);
  // "The United States said Iran supplied drones to Russia": the verb's subject comes after the verb of saying,
  // whose own subject only speaks ("Iran said it had supplied…" names no other, and keeps its speaker)
  const said = lastSaying(view, clause, before);
  const reported = said < 0 ? [] : all.filter((m) => m.first > said);
  // …when the actor opens what is said ("said on Monday Iran had…"), not "announced a package for the army"
  const opens =
    reported[0] !== undefined &&
    reported[0].first - said <= 4 &&
    !PREPOSITIONS.has(previousWord(view, reported[0].first) ?? '');
  const mentions = opens ? reported : all;
  // "According to a confidential UN report, the FACT received…": who is cited is not the subject
  const cited = cuesOf(view, 'attribution').filter((a) => a.first >= clause.first && a.last < before);
  const at = mentions.findIndex(
    (m) =>
      !cited.some(
        (a) => a.last < m.first && !commaBetween(view, a.last, m.first) && commaBetween(view, m.last, before),
      ) &&
      (m.anaphora !== undefined ||
        !PREPOSITIONS.has(previousWord(view, m.first) ?? '') ||
        ownsSubjectNoun(view, m) ||
        indefiniteOpening(view, clause, m)),
  );
  return at < 0 ? [] : extendGroup(view, mentions, at, before - 1);
}

/** The last one-word verb of saying before `before` in the clause that no claim cue covers ("accuse" is a claim), or -1. */
function lastSaying(view: SentenceView, clause: Span, before: number): number {
  const saying = view.sayingVerbs;
  if (!saying) return -1;
  const claims = view.cues.get('claim') ?? [];
  for (let i = before - 1; i > clause.first; i--)
    if (saying.has(view.tokens[i]?.text ?? '') && !claims.some((c) => c.first <= i && c.last >= i)) return i;
  return -1;
}

const SHARING = new Set(['mais', 'but', 'puis', 'then']);

/**
 * "Les États-Unis … ont négocié un cessez-le-feu mais n'ont pas envoyé de renforts": a clause that opens with
 * "mais"/"but" (or one of `openers`) and names no subject of its own shares the subject of the clause before it.
 */
export function sharedSubject(view: SentenceView, clause: Span, openers: Set<string> = SHARING): Mention[] {
  if (!openers.has(view.tokens[clause.first - 1]?.text ?? '')) return [];
  const previous = view.clauses.filter((c) => c.last < clause.first).at(-1);
  return previous ? subjectBefore(view, previous, previous.last + 1) : [];
}

/**
 * A bare actor (not after a preposition) at most `maxGap` words before `before`, with no comma or "and" between:
 * the subject of a verb that ends a relative clause ("…, which Khartoum denied").
 */
export function actorRightBefore(view: SentenceView, clause: Span, before: number, maxGap = 2): Mention[] {
  const last = inClause(view, clause)
    .filter((m) => m.last < before)
    .at(-1);
  if (!last || before - last.last - 1 > maxGap) return [];
  const gap = view.tokens.slice(last.last + 1, before);
  if (gap.some((t) => t.text === 'and' || t.text === 'et')) return [];
  if (commaBetween(view, last.last, before)) return [];
  return PREPOSITIONS.has(previousWord(view, last.first) ?? '') ? [] : [last];
}

/** The nearest actor before `before` in the clause (the agent of a nominal event: "l'attaque de l'armée X"). */
export function nearestBefore(view: SentenceView, clause: Span, before: number): Mention[] {
  const mentions = inClause(view, clause).filter((m) => m.last < before);
  const last = mentions.at(-1);
  return last ? [last] : [];
}

/** The actors right after `after` (within `maxGap` words), e.g. the agent after "par"/"by" or a direct object. */
export function groupAfter(view: SentenceView, clause: Span, after: number, maxGap: number): Mention[] {
  const mentions = inClause(view, clause);
  const at = mentions.findIndex((m) => m.first > after);
  const first = mentions[at];
  if (!first) return [];
  // "attacked the fighters of Boko Haram": determiners, "of" and member nouns do not count as distance
  const gap = view.tokens
    .slice(after + 1, first.first)
    .filter((t) => !DETERMINERS.has(t.text) && !OF.has(t.text) && !view.memberNouns.has(t.text)).length;
  return gap > maxGap ? [] : extendGroup(view, mentions, at);
}

/** The actor introduced by "à"/"au"/"aux"/"to" after `after` in the clause. */
export function recipientAfter(view: SentenceView, clause: Span, after: number): Mention[] {
  const mentions = inClause(view, clause);
  // "according to UN experts": the "to" of an attribution introduces a source, not a recipient
  const attributions = view.cues.get('attribution') ?? [];
  // …nor does anything after it ("selon l'ambassade de France à Dakar")
  const cited = (m: Mention) => attributions.some((a) => a.last < m.first && a.first > after);
  const at = mentions.findIndex((m) => m.first > after && introducedAsRecipient(view, m) && !cited(m));
  return at < 0 ? [] : extendGroup(view, mentions, at);
}

/** "à/to" before the actor, or before a member noun that the actor owns ("aux rebelles du FACT", "to the fighters of the M23"). */
function introducedAsRecipient(view: SentenceView, m: Mention): boolean {
  const before = previousWord(view, m.first) ?? '';
  if (RECIPIENT_PREPOSITIONS.has(before)) return true;
  // "aux autorités talibanes", "aux combattants houthis": French names the group by an adjective after the noun
  const noun = view.tokens[m.first - 1]?.text ?? '';
  if (view.memberNouns.has(noun) || view.governmentNouns?.has(noun))
    if (RECIPIENT_PREPOSITIONS.has(previousWord(view, m.first - 1) ?? '')) return true;
  const i = ofBefore(view, m);
  if (i < 0 || !view.memberNouns.has(view.tokens[i - 1]?.text ?? '')) return false;
  return RECIPIENT_PREPOSITIONS.has(previousWord(view, i - 1) ?? '');
}

export const ids = (group: Mention[]): string[] => [...new Set(group.flatMap((m) => m.refs.map((r) => r.id)))];

const NEGATIONS = new Set(['not', 'never', 'pas', 'jamais', 'plus']);

/** "has not supplied", "didn't send", "n'a jamais livré": a negation just before the verb denies the fact. */
export function negatedBefore(view: SentenceView, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const w = view.tokens[i]?.text ?? '';
    if (NEGATIONS.has(w) || (w === 't' && /n$/.test(view.tokens[i - 1]?.text ?? ''))) return true;
  }
  return false;
}
