import type { SentenceView, Span } from './analysis.ts';
import type { ArticleContext } from './raw-claim.ts';

// A government body named by its country's adjective, speaking for that state: "le ministère chinois des Affaires
// étrangères a démenti", "the Chinese foreign ministry denied", "le Premier ministre cambodgien a condamné". Read
// only where a speaker is looked for and no actor was named (a denier, a statement's subject), so "a Chinese-made
// drone" is never a speaker.

const HEADS = new Set(
  'ministère ministere ministry ministries gouvernement government autorités autorites authorities diplomatie diplomacy présidence presidence presidency porte-parole spokesman spokeswoman spokesperson junte junta ministre minister président president'.split(
    ' ',
  ),
);

/** The states whose government the words before `before` in the clause name by a demonym. */
export function demonymSpeaker(view: SentenceView, clause: Span, before: number, ctx: ArticleContext): string[] {
  const demonyms = ctx.demonyms;
  if (!demonyms) return [];
  for (let i = clause.first; i < before; i++) {
    if (!HEADS.has(view.tokens[i]?.text ?? '')) continue;
    // French: the adjective right after the head ("le ministère chinois"); English: up to two words before it
    const after = demonyms.scan(view.tokens.slice(i + 1, i + 2))[0];
    if (after && ctx.language === 'fr') return [after.value.stateId];
    for (const k of [i - 1, i - 2]) {
      const hit = k >= clause.first ? demonyms.scan(view.tokens.slice(k, k + 1))[0] : undefined;
      if (hit && ctx.language === 'en') return [hit.value.stateId];
    }
  }
  return [];
}
