import { commaBetween, type Mention, type SentenceView, type Span } from './analysis.ts';
import { appositionBefore, type Constructions } from './constructions.ts';
import { DETERMINERS, extendGroup, groupAfter, inClause, OF, subjectBefore } from './groups.ts';
import { objectRelatives } from './relative-clauses.ts';

// The agent of a passive: the actors after "par"/"by" ("ont été armés et formés par la Russie", "appuyés par X et
// par Y", "by local militias known as Wazalendo").

// folded: "été" is read "ete"
export const PASSIVE_AUXILIARIES = new Set('been ete etre being was were is are est sont'.split(' '));
const AGENT = new Set(['by', 'par']);

/**
 * "has been trained and funded by Washington", "ont été armés et formés par la Russie": a verb after a passive
 * auxiliary is passive, and its agents follow the "by"/"par" that ends its coordinated verbs. Undefined when the
 * verb is not passive; an empty list when it is but names no agent.
 */
export function passiveAgents(view: SentenceView, clause: Span, first: number, last: number): Mention[] | undefined {
  if (!PASSIVE_AUXILIARIES.has(view.tokens[first - 1]?.text ?? '')) return undefined;
  // "is supporting", "were backing": a progressive, not a passive
  if (/ing$/.test(view.tokens[first]?.text ?? '')) return undefined;
  const verbs = view.cues.get('claim') ?? [];
  let i = last + 1;
  while (i <= clause.last && i <= last + 6) {
    const word = view.tokens[i]?.text ?? '';
    if (AGENT.has(word)) return groupAfter(view, clause, i, 2);
    const verb = verbs.find((c) => c.first === i);
    if (verb && AGENT.has(view.tokens[verb.last]?.text ?? '')) return groupAfter(view, clause, verb.last, 2);
    if (verb) i = verb.last + 1;
    else if (word === 'et' || word === 'and') i++;
    else break;
  }
  return [];
}

/**
 * The agent after "by"/"par" (token `by`): the actors of its noun phrase, at most `maxWords` words away not
 * counting determiners, "of" and member nouns ("par des combattants du groupe Wagner", "by Burundian troops").
 */
export function agentAfter(
  view: SentenceView,
  clause: Span,
  by: number,
  maxWords = 2,
  constructions?: Constructions,
): Mention[] {
  const mentions = inClause(view, clause);
  const at = mentions.findIndex((m) => m.first > by);
  const first = mentions[at];
  // "Avec l'appui de drones turcs, l'armée malienne…": an actor past a comma is not the agent of this "by"
  if (!first || commaBetween(view, by + 1, first.first)) return [];
  // "by local militias known as Wazalendo": the words of the noun phrase the apposition names are counted
  const named = appositionBefore(view.tokens, first.first, constructions);
  const words = view.tokens
    .slice(by + 1, named !== undefined && named > by ? named : first.first)
    .filter((t) => !DETERMINERS.has(t.text) && !OF.has(t.text) && !view.memberNouns.has(t.text));
  return words.length > maxWords ? [] : extendGroup(view, mentions, at);
}

const AGENT_LINKS = new Set(['and', 'et', 'also', 'aussi', 'as', 'well', 'ainsi', 'que']);

/** "appuyés par X et par Y", "supported by X and by Y": each further agent with the token of its own "by". */
export function repeatedAgents(
  view: SentenceView,
  clause: Span,
  group: Mention[],
  constructions?: Constructions,
): { agents: Mention[]; by: number }[] {
  const out: { agents: Mention[]; by: number }[] = [];
  let last = group.at(-1);
  while (last) {
    let i = last.last + 1;
    while (i <= clause.last && AGENT_LINKS.has(view.tokens[i]?.text ?? '') && i - last.last <= 3) i++;
    if (i === last.last + 1 || !AGENT.has(view.tokens[i]?.text ?? '')) break;
    const next = agentAfter(view, clause, i, 3, constructions);
    if (next.length === 0) break;
    out.push({ agents: next, by: i });
    last = next.at(-1);
  }
  return out;
}

/**
 * Who an accusation accuses: its direct object ("accused Rwanda of arming…"), or, after a passive auxiliary ("the UAE
 * has been accused of arming…", "le Rwanda est accusé de…"), the clause's subject.
 */
export function accusedBy(
  view: SentenceView,
  clause: Span,
  accusation: { first: number; last: number; value: { voice: string } },
): Mention[] {
  // "Les autorités camerounaises, accusées par N'Djamena de laisser…": a passive cue accuses its subject too
  if (accusation.value.voice === 'passive' || PASSIVE_AUXILIARIES.has(view.tokens[accusation.first - 1]?.text ?? ''))
    return subjectBefore(view, clause, accusation.first);
  return accusedAntecedent(view, accusation) ?? groupAfter(view, clause, accusation.last, 3);
}

/** "Sudan, which Chad accuses of backing the rebels,": the accused is the object relative's antecedent. */
export function accusedAntecedent(
  view: SentenceView,
  accusation: { first: number; last: number },
): Mention[] | undefined {
  if (!OF_WORDS.has(view.tokens[accusation.last + 1]?.text ?? '')) return undefined;
  const relative = objectRelatives(view).find((r) => accusation.first > r.pronoun && accusation.last <= r.close);
  return relative ? [relative.antecedent] : undefined;
}

const OF_WORDS = new Set(['of', 'de', 'd']);
