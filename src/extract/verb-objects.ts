import type { Mention, SentenceView, Span } from './analysis.ts';
import { DETERMINERS, extendGroup, inClause, OF, RECIPIENT_PREPOSITIONS } from './groups.ts';

// The object of a verb: its direct object, past coordinated verbs and a time phrase, or the first object before
// what was given ("provided the rebels with missiles").

/**
 * The verb's direct object: the actors right after `after` with nothing but determiners (or a member noun, "the
 * fighters of") between. "condemned the strikes on UN positions" has no actor as its object; "accused Moscow" has.
 */
export function directObject(view: SentenceView, clause: Span, after: number): Mention[] {
  const mentions = inClause(view, clause);
  const at = mentions.findIndex((m) => m.first > after);
  const first = mentions[at];
  if (!first) return [];
  const gap = view.tokens.slice(after + 1, first.first).map((t) => t.text);
  const bare = gap.every((w) => DETERMINERS.has(w) || OF.has(w) || view.memberNouns.has(w));
  return bare && gap.length <= 4 ? extendGroup(view, mentions, at) : [];
}

/**
 * The direct object of a verb ending at `after`, past verbs coordinated with it ("ont armé et formé les FDS"):
 * only determiners, "and", other claim verbs and a member noun ("the fighters of") may stand between; "armed
 * drones from X" has no actor as object.
 */
export function verbObject(view: SentenceView, clause: Span, after: number): Mention[] {
  const verbs = view.cues.get('claim') ?? [];
  const mentions = inClause(view, clause);
  let i = after + 1;
  while (i <= clause.last) {
    // "a formé des soldats tchadiens": a member noun that begins an actor's name is that actor
    // ("les rebelles du FLA": a back-reference owned by the actor after "de" is read through)
    const here = mentions.find((m) => m.first === i && m.refs.length > 0);
    if (here && !(here.kindAnaphora && OF.has(view.tokens[here.last + 1]?.text ?? ''))) break;
    const word = view.tokens[i]?.text ?? '';
    const verb = verbs.find((c) => c.first === i);
    const time = timePhraseEnd(view, i);
    if (verb) i = verb.last + 1;
    else if (time > i) i = time;
    // "armed the fighters of the FLA", "a armé les rebelles du FLA"
    else if (DETERMINERS.has(word) || OF.has(word) || view.memberNouns.has(word) || word === 'et' || word === 'and')
      i++;
    else break;
  }
  const at = mentions.findIndex((m) => m.first === i);
  return at < 0 ? [] : extendGroup(view, mentions, at);
}

const SINCE = new Set(['depuis', 'since', 'for']);
const SPANS = new Set(
  'des plusieurs several many years months weeks decades annees ans mois semaines decennies longtemps'.split(' '),
);

/** "qui forment depuis des années les forces…", "has since 2019 trained": the token after a time phrase at `i`, or `i`. */
function timePhraseEnd(view: SentenceView, i: number): number {
  if (!SINCE.has(view.tokens[i]?.text ?? '')) return i;
  let j = i + 1;
  while (SPANS.has(view.tokens[j]?.text ?? '') || /^\d+$/.test(view.tokens[j]?.text ?? '')) j++;
  // "for" only before a length of time ("for years"), never "for the rebels"
  const lengthOnly = view.tokens[i]?.text === 'for' && !SPANS.has(view.tokens[j - 1]?.text ?? '');
  return j === i + 1 || lengthOnly ? i : j;
}

/**
 * "provided the rebels with missiles", "sold Azerbaijan drones": the actors right after the verb (a determiner
 * may stand between) when "with" or something given follows them, not "to"; undefined otherwise.
 */
export function firstObject(view: SentenceView, clause: Span, after: number): Mention[] | undefined {
  const mentions = inClause(view, clause);
  const at = mentions.findIndex((m) => m.first > after);
  const first = mentions[at];
  if (!first || !view.tokens.slice(after + 1, first.first).every((t) => DETERMINERS.has(t.text))) return undefined;
  if (first.first - after - 1 > 1) return undefined;
  const group = extendGroup(view, mentions, at);
  const next = (group.at(-1)?.last ?? after) + 1;
  const word = view.tokens[next]?.text ?? '';
  if (word === 'with' || word === 'en') return group;
  if (RECIPIENT_PREPOSITIONS.has(word) || view.commaAfter.has(next - 1)) return undefined;
  const goods = (view.cues.get('materiel') ?? []).some((x) => x.first >= next && x.first <= next + 2);
  return goods ? group : undefined;
}
