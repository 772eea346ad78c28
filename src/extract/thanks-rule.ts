import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type SentenceView, type Span, wordsBetween } from './analysis.ts';
import { actorAfterDeterminers, DETERMINERS, ids, negatedBefore, OF, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// What a result is owed to: "L'armée malienne a repris Kidal grâce à l'appui de la Russie", "grâce au soutien
// russe", "grâce à des drones turcs", "thanks to Russian support", "thanks to Wagner fighters". The clause's subject
// received it; the supporter is the actor after the support noun's "de"/"of", the demonym beside the noun or the
// goods, or the actor named right after "grâce à"/"thanks to". Nothing when no supporter is named ("grâce à la
// pluie", "thanks to better planning").

interface Giver {
  ids: string[];
  type: SupportType;
  end: number;
}

function giverAfter(
  view: SentenceView,
  clause: Span,
  from: number,
  ctx: ArticleContext,
  floor = from,
): Giver | undefined {
  const c = ctx.constructions;
  let i = from;
  while (i <= clause.last && DETERMINERS.has(view.tokens[i]?.text ?? '') && !OF.has(view.tokens[i]?.text ?? '')) i++;
  if (['des', 'de', 'd'].includes(view.tokens[i]?.text ?? '')) i++;
  const actor = view.actors.find((m) => m.first === i && m.last <= clause.last && m.refs.length > 0);
  if (actor) return { ids: ids([actor]), type: 'OTHER', end: actor.end };
  const noun = c?.backingNouns.at(view.tokens, i);
  const goods = cuesOf(view, 'materiel').find((x) => x.first === i);
  const head = noun ?? goods;
  if (!head || head.last > clause.last) return undefined;
  const key = wordsBetween(view, head.first, head.last);
  const type: SupportType = goods?.value.type ?? c?.backingTypes.get(key) ?? 'OTHER';
  // "l'appui de la Russie", "the support of Russia"
  if (OF.has(view.tokens[head.last + 1]?.text ?? '')) {
    const owner = actorAfterDeterminers(view, clause, head.last + 2);
    if (owner) return { ids: ids([owner]), type, end: owner.end };
  }
  // "soutien russe", "drones turcs" (French after), "Russian support", "Turkish drones" (English before)
  const at = ctx.language === 'fr' ? head.last + 1 : head.first - 1;
  const demonym = at >= floor ? ctx.demonyms?.scan(view.tokens.slice(at, at + 1))[0] : undefined;
  if (demonym) return { ids: [demonym.value.stateId], type, end: view.tokens[Math.max(at, head.last)]?.end ?? 0 };
  return undefined;
}

export function thanksClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const words = ctx.constructions?.thanksWords;
  if (!words) return [];
  const out: RawClaim[] = [];
  for (const t of words.find(view.tokens, clause.first, clause.last)) {
    const subjects = subjectBefore(view, clause, t.first);
    if (subjects.length === 0 || negatedBefore(view, t.first)) continue;
    // English puts the demonym before the noun: start one word early ("thanks to Russian support")
    const giver = giverAfter(view, clause, t.last + 1, ctx) ?? giverAfter(view, clause, t.last + 2, ctx, t.last + 1);
    if (!giver) continue;
    for (const subject of giver.ids)
      for (const object of ids(subjects))
        if (subject !== object)
          out.push({
            kind: 'SUPPORT',
            subject,
            object,
            supportType: giver.type,
            polarity: 'ASSERTED',
            certainty: 'REPORTED',
            quoteStart: Math.min(...subjects.map((m) => m.start)),
            quoteEnd: giver.end,
            sentence: view.index,
            paragraph: view.paragraph,
            rule: 'support/thanks-to',
            cue: wordsBetween(view, t.first, t.last),
            score: 0.65,
          });
  }
  return out;
}
