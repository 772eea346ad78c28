import { cuesOf, type Mention, mention, type SentenceView } from './analysis.ts';
import type { ArticleContext } from './raw-claim.ts';

// Goods named with a country's demonym stand for that country as their supplier where the text names no supplier:
// "has received Turkish drones", "a reçu des drones turcs", "backed by French air support". Read only in a support
// frame's supplier slot (after a receive verb, or as a passive agent), never for goods that are merely used.

/**
 * The demonym-goods phrases that start within `maxGap` words after `after` (and end by `last`), each as a mention
 * of the demonym's state spanning demonym and goods.
 */
export function demonymGoods(
  view: SentenceView,
  after: number,
  last: number,
  ctx: ArticleContext,
  maxGap = Number.POSITIVE_INFINITY,
): Mention[] {
  const out: Mention[] = [];
  for (const x of cuesOf(view, 'materiel')) {
    if (x.first <= after || x.last > last) continue;
    // English puts the demonym before the goods ("Turkish drones"), French after ("drones turcs")
    const w = Math.max(after + 1, x.first - 2);
    const early = ctx.demonyms?.scan(view.tokens.slice(w, x.first)).find((d) => w + d.last === x.first - 1);
    const late = early
      ? undefined
      : ctx.demonyms?.scan(view.tokens.slice(x.last + 1, x.last + 3)).find((d) => d.first === 0);
    const hit = early ?? late;
    if (!hit) continue;
    const first = early ? w + early.first : x.first;
    const end = late ? x.last + 1 + late.last : x.last;
    if (first - after - 1 > maxGap || end > last) continue;
    const start = view.tokens[first]?.start ?? x.start;
    const stop = view.tokens[end]?.end ?? x.end;
    out.push(
      mention([{ id: hit.value.stateId, kind: 'STATE', cue: 'demonym goods' }], { first, last: end, start, end: stop }),
    );
  }
  return out;
}
