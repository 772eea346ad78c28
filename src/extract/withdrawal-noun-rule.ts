import type { ActorKind } from '../model/vocabulary.ts';
import { cuesOf, type Mention, type SentenceView, type Span, wordsBetween } from './analysis.ts';
import { extendGroup, ids, inClause, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// WITHDRAWAL named by a noun: "ont annoncé leur retrait du G5 Sahel", "the withdrawal of Mali, Niger and Burkina
// Faso from ECOWAS", "le retrait du Mali de la CEDEAO". Who left: the actors after "de"/"of" right after the noun,
// or, after a possessive ("leur", "their"), the clause's subject. What was left: the actor after the next
// "de"/"from": an organisation is the object, a country the place. A request ("a exigé le retrait de…") is no
// withdrawal, nor is anything without both sides named.

const POSSESSIVES = new Set(['leur', 'son', 'sa', 'their', 'its']);
const OF = new Set(['de', 'du', 'des', 'd', 'of']);
const FROM = new Set(['de', 'du', 'des', 'd', 'from']);
const SKIP = new Set(['le', 'la', 'les', 'l', 'the']);
const LEFT: ActorKind[] = ['ALLIANCE', 'INTERNATIONAL_ORGANISATION'];

/** The actors whose name starts right after token `at` (articles skipped) when token `at` is one of `words`. */
function groupAt(view: SentenceView, clause: Span, at: number, words: Set<string>): Mention[] {
  if (!words.has(view.tokens[at]?.text ?? '')) return [];
  let i = at + 1;
  while (SKIP.has(view.tokens[i]?.text ?? '')) i++;
  const mentions = inClause(view, clause);
  const k = mentions.findIndex((m) => m.first === i);
  return k < 0 ? [] : extendGroup(view, mentions, k);
}

export function withdrawalNounClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c) return [];
  const claims: RawClaim[] = [];
  for (const noun of c.withdrawalNouns.find(view.tokens, clause.first, clause.last)) {
    if (c.blockers.find(view.tokens, Math.max(clause.first, noun.first - 4), noun.first - 1).length > 0) continue;
    if (cuesOf(view, 'unrealised').some((x) => x.last < noun.first && x.first >= clause.first)) continue;
    const possessive = POSSESSIVES.has(view.tokens[noun.first - 1]?.text ?? '');
    const named = possessive ? [] : groupAt(view, clause, noun.last + 1, OF);
    const leavers = possessive ? subjectBefore(view, clause, noun.first) : named;
    const after = named.at(-1)?.last ?? noun.last;
    // "le retrait du Mali de la CEDEAO": what is left follows the leavers; "leur retrait du G5": the noun
    const left = groupAt(view, clause, after + 1, named.length > 0 ? FROM : OF);
    if (leavers.length === 0 || left.length === 0) continue;
    const stateIds = new Set(leavers.flatMap((m) => m.refs.filter((r) => r.kind === 'STATE').map((r) => r.id)));
    const end = Math.max(...left.map((m) => m.end));
    const start = Math.min(view.tokens[noun.first]?.start ?? end, ...leavers.map((m) => m.start));
    for (const subject of ids(leavers))
      for (const m of left)
        for (const r of m.refs) {
          const place = ctx.countryPlaces?.get(r.id);
          if (r.id === subject || (!place && !LEFT.includes(r.kind))) continue;
          claims.push({
            kind: 'WITHDRAWAL',
            subject,
            ...(place ? { location: place } : { object: r.id }),
            polarity: negatedBefore(view, noun.first) ? 'DENIED' : 'ASSERTED',
            // a state leaving an organisation does so by an official act, on the record
            certainty: !place && stateIds.has(subject) ? 'CONFIRMED' : 'REPORTED',
            quoteStart: start,
            quoteEnd: end,
            sentence: view.index,
            paragraph: view.paragraph,
            rule: 'withdrawal/noun',
            cue: wordsBetween(view, noun.first, noun.last),
            score: 0.65,
          });
        }
  }
  return claims;
}
