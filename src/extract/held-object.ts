import type { Mention, SentenceView, Span } from './analysis.ts';
import { actorAfterDeterminers } from './groups.ts';
import type { ArticleContext } from './raw-claim.ts';

// What a fight's verb hits may be a place named with who holds or runs it: "overran a jungle camp used by Abu Sayyaf
// militants", "stormed three gold mines run by the Los Lobos gang", "a attaqué un camp tenu par les rebelles du
// M23". The holder is the side attacked (constructions.json holderPhrases). A holder past a comma, or further than
// a short noun phrase, is someone else's.

const REACH = 7;

export function heldObject(view: SentenceView, clause: Span, after: number, ctx: ArticleContext): Mention[] {
  const phrases = ctx.constructions?.holderPhrases;
  if (!phrases) return [];
  const last = Math.min(clause.last, after + REACH);
  for (let i = after + 1; i <= last; i++) {
    if (view.commaAfter.has(i - 1) && i > after + 1) return [];
    if (view.actors.some((m) => m.first === i)) return [];
    const phrase = phrases.at(view.tokens, i);
    if (!phrase) continue;
    const holder = actorAfterDeterminers(view, clause, phrase.last + 1);
    return holder ? [holder] : [];
  }
  return [];
}
