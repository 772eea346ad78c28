import { commaBetween, type Mention, type SentenceView, type Span, wordsBetween } from './analysis.ts';
import { actorAfterDeterminers } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// A place named with who holds it: "Bossangoa, tenue depuis deux semaines par les rebelles de la CPC", "Kidal,
// held by the CSP since 2012", "Lalibela, que des combattants Fano tenaient depuis une semaine", "an airstrip
// that the TPNPB had held", "la ville, aux mains des FSR depuis mai", "Kidal, in the hands of the CSP". The holder
// controls the place (CONTROL, as told: the holding may have ended since, the date says when it was told).

const RELATIVES = new Set(['que', 'qu', 'that', 'which']);
const BY = new Set(['par', 'by']);
const NOT = new Set(['ne', 'n', 'plus', 'pas', 'jamais', 'not', 'no', 'never', 'longer']);
const LINKS = new Set([
  'est',
  'reste',
  'demeure',
  'était',
  'is',
  'was',
  'remains',
  'has',
  'been',
  'had',
  'still',
  'toujours',
  'encore',
]);

/** The holder named after the place that ends at token `p`, if the words after it say who holds it. */
export function holderAfter(view: SentenceView, clause: Span, p: number, ctx: ArticleContext): Mention | undefined {
  const c = ctx.constructions;
  if (!c) return undefined;
  let i = p + 1;
  while (i <= clause.last && LINKS.has(view.tokens[i]?.text ?? '')) i++;
  const phrase = c.heldPhrases.at(view.tokens, i);
  if (phrase) return actorAfterDeterminers(view, clause, phrase.last + 1);
  const participle = c.heldParticiples.at(view.tokens, i);
  if (participle) {
    // "tenue depuis deux semaines par": a short time phrase may stand before the agent
    for (let k = participle.last + 1; k <= Math.min(clause.last, participle.last + 5); k++)
      if (BY.has(view.tokens[k]?.text ?? ''))
        return actorAfterDeterminers(view, clause, k + 1) ?? namedAfterNoun(view, clause, k + 1);
    return undefined;
  }
  if (!RELATIVES.has(view.tokens[i]?.text ?? '')) return undefined;
  // "que" opens a clause of its own: the relative runs to its closing comma, past the clause split
  const relative = { ...clause, last: view.tokens.length - 1 };
  const holder = actorAfterDeterminers(view, relative, i + 1) ?? namedAfterNoun(view, relative, i + 1);
  if (!holder) return undefined;
  const verb = c.heldVerbs.find(view.tokens, holder.last + 1, Math.min(relative.last, holder.last + 3))[0];
  if (!verb) return undefined;
  // "que le CSP ne tenait plus", "which the CSP no longer held"
  if (view.tokens.slice(holder.last + 1, verb.last + 3).some((t) => NOT.has(t.text))) return undefined;
  return holder;
}

/**
 * "that separatist fighters of the TPNPB had held", "que des combattants Fano tenaient": the holder named after a
 * few words of description (the caller still wants the holding verb right after it), none of them an actor.
 */
function namedAfterNoun(view: SentenceView, clause: Span, i: number): Mention | undefined {
  const holder = view.actors.find((m) => m.first > i && m.first <= i + NOUN_WORDS && m.last <= clause.last);
  if (!holder || view.actors.some((m) => m.first >= i && m.first < holder.first)) return undefined;
  if (commaBetween(view, i, holder.first)) return undefined;
  return holder.refs.length > 0 ? holder : undefined;
}

const NOUN_WORDS = 5;

export function heldClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const out: RawClaim[] = [];
  for (const place of view.places) {
    if (place.value.type !== 'location' || place.first < clause.first || place.last > clause.last) continue;
    // "Kidal, que le CSP tenait": the place ends its clause, the relative is the next one
    if (place.last === clause.last && !RELATIVES.has(view.tokens[place.last + 1]?.text ?? '')) continue;
    const holder = holderAfter(view, clause, place.last, ctx);
    if (!holder) continue;
    for (const r of holder.refs)
      out.push({
        kind: 'CONTROL',
        subject: r.id,
        location: place.value.id,
        polarity: 'ASSERTED',
        certainty: 'REPORTED',
        quoteStart: place.start,
        quoteEnd: holder.end,
        sentence: view.index,
        paragraph: view.paragraph,
        rule: 'control/held',
        cue: wordsBetween(view, place.last + 1, holder.first - 1),
        score: 0.6,
      });
  }
  return out;
}
