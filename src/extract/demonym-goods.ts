import type { DemonymRef } from './actor-index.ts';
import { cuesOf, type Mention, mention, type SentenceView } from './analysis.ts';
import { upperAt } from './org-names.ts';
import type { PhraseMatch } from './phrase-index.ts';
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
    // English puts the demonym before the goods ("Turkish drones"), French after ("drones turcs"); a model's name
    // may stand between them ("French Mirage jets", "drones Bayraktar TB2 turcs")
    let early: PhraseMatch<DemonymRef> | undefined;
    let w = 0;
    for (let gap = 0; !early && gap <= modelWords(view, ctx, x.first - 1, -1); gap++) {
      w = Math.max(after + 1, x.first - gap - 2);
      early = ctx.demonyms?.scan(view.tokens.slice(w, x.first - gap)).find((d) => w + d.last === x.first - gap - 1);
    }
    const from = x.last + 1 + (early ? 0 : modelWords(view, ctx, x.last + 1, 1));
    const late = early ? undefined : ctx.demonyms?.scan(view.tokens.slice(from, from + 2)).find((d) => d.first === 0);
    const hit = early ?? late;
    if (!hit) continue;
    const first = early ? w + early.first : x.first;
    const end = late ? from + late.last : x.last;
    if (first - after - 1 > maxGap || end > last) continue;
    const start = view.tokens[first]?.start ?? x.start;
    const stop = view.tokens[end]?.end ?? x.end;
    out.push(
      mention([{ id: hit.value.stateId, kind: 'STATE', cue: 'demonym goods' }], { first, last: end, start, end: stop }),
    );
  }
  return out;
}

/** How many model-name words ("Mirage", "Bayraktar TB2": a capital or a digit), at most two, run from `i` in `step`'s direction. */
function modelWords(view: SentenceView, ctx: ArticleContext, i: number, step: 1 | -1): number {
  let n = 0;
  while (n < 2 && ctx.text) {
    const t = view.tokens[i + n * step];
    const c = t ? ctx.text.charCodeAt(t.start) : 0;
    if (!t || !(upperAt(ctx.text, t.start) || (c >= 0x30 && c <= 0x39))) break;
    n++;
  }
  return n;
}
