import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type Mention, type SentenceView, type Span, wordsBetween } from './analysis.ts';
import type { WordMatch } from './constructions.ts';
import { actorAfterDeterminers, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// SUPPORT named by a noun of backing, without a verb of giving:
// - the act: "Russia's support for the junta", "le soutien du Rwanda au M23", "l'appui militaire de l'Iran aux
//   Houthis", "Iranian backing for the Houthis" (supporter: a possessive, a demonym, or "de"/"of" right after the
//   noun; recipient: "à"/"au"/"aux"/"to"/"for" right after that);
// - the backer: "the UAE, the main backer of the RSF", "Rwanda, the M23's sponsor", "l'Iran est le principal
//   parrain des Houthis" (supporter: the actor before a comma or a copula; recipient after "of"/"de" or before "'s").
// Blockers before the noun ("ended its support for", "a demandé le soutien de"), a negation, a denial or an
// unrealised cue in the clause make no claim: a noun says less than a verb, so it is read only when all is named.

const OF = new Set(['de', 'du', 'des', 'd', 'of']);
const TO = new Set(['à', 'au', 'aux', 'to', 'for', 'pour']);
const COPULAS = new Set(
  'is was remains became are were remain become est etait reste demeure devenu devenue sont etaient restent demeurent devenus'.split(
    ' ',
  ),
);
const NO = new Set(['no', 'any', 'aucun', 'aucune', 'sans', 'without', 'tout', 'toute', 'never', 'jamais']);

const keyOf = (view: SentenceView, m: WordMatch) => wordsBetween(view, m.first, m.last);

/** The words before `first` that say the backing did not happen, stopped, or is only asked for. */
function blocked(view: SentenceView, clause: Span, first: number, ctx: ArticleContext): boolean {
  const c = ctx.constructions;
  if (!c) return true;
  if (c.blockers.find(view.tokens, Math.max(clause.first, first - 4), first - 1).length > 0) return true;
  if (c.backingBackground.find(view.tokens, Math.max(clause.first, first - 5), first - 1).length > 0) return true;
  if (negatedBefore(view, first)) return true;
  for (let i = Math.max(clause.first, first - 2); i < first; i++) if (NO.has(view.tokens[i]?.text ?? '')) return true;
  const before = (x: { first: number; last: number }) => x.first >= clause.first && x.last < first;
  return (
    cuesOf(view, 'unrealised').some(before) ||
    cuesOf(view, 'denial').some(before) ||
    cuesOf(view, 'refusal').some(before)
  );
}

/** "Russia's support", "Russian support", "le soutien russe", "le soutien de la Russie": the supporter and where the phrase goes on. */
function actSupporter(view: SentenceView, clause: Span, noun: WordMatch, ctx: ArticleContext) {
  // "Russia's military support": the actor's name took the noun's first word
  const over = view.actors.find((m) => m.first < noun.first && m.last >= noun.first && m.refs.length > 0);
  if (over) return { ids: over.refs.map((r) => r.id), start: over.start, next: noun.last + 1 };
  let from = noun.first - 1;
  while (from > clause.first && ctx.constructions?.backingModifiers.has(view.tokens[from]?.text ?? '')) from--;
  if (view.tokens[from]?.text === 's') {
    const owner = view.actors.find((m) => m.last === from - 1 && m.first >= clause.first && m.refs.length > 0);
    if (owner) return { ids: owner.refs.map((r) => r.id), start: owner.start, next: noun.last + 1 };
  }
  const early = ctx.demonyms?.scan(view.tokens.slice(from, from + 1))[0];
  if (early && ctx.language === 'en')
    return { ids: [early.value.stateId], start: view.tokens[from]?.start ?? 0, next: noun.last + 1 };
  let next = noun.last + 1;
  while (next <= clause.last && ctx.constructions?.backingModifiers.has(view.tokens[next]?.text ?? '')) next++;
  const late = ctx.demonyms?.scan(view.tokens.slice(next, next + 1))[0];
  if (late && ctx.language === 'fr')
    return { ids: [late.value.stateId], start: view.tokens[noun.first]?.start ?? 0, next: next + 1 };
  if (!OF.has(view.tokens[next]?.text ?? '')) return undefined;
  const owner = actorAfterDeterminers(view, clause, next + 1);
  return owner
    ? { ids: owner.refs.map((r) => r.id), start: view.tokens[noun.first]?.start ?? 0, next: owner.last + 1 }
    : undefined;
}

/** "X, the main backer of Y", "X est le principal parrain de Y", "X, the M23's sponsor": the backer before, the backed after. */
function backerParties(view: SentenceView, clause: Span, noun: WordMatch) {
  let k = noun.first - 1;
  let owned: Mention | undefined;
  while (k >= clause.first && k >= noun.first - 4) {
    const w = view.tokens[k]?.text ?? '';
    if (w === 's') {
      owned = view.actors.find((m) => m.last === k - 1 && m.refs.length > 0);
      if (!owned) return undefined;
      k = owned.first - 1;
      continue;
    }
    if (view.commaAfter.has(k) || COPULAS.has(w)) break;
    k--;
  }
  const link = view.tokens[k]?.text ?? '';
  const comma = view.commaAfter.has(k);
  if (!comma && !COPULAS.has(link)) return undefined;
  const backer = view.actors.filter((m) => m.last <= (comma ? k : k - 1) && m.first >= clause.first).at(-1);
  // the backer stands right before the comma or the copula
  if (!backer || backer.refs.length === 0 || (comma ? k : k - 1) - backer.last > 0) return undefined;
  const backed =
    owned ??
    (OF.has(view.tokens[noun.last + 1]?.text ?? '') ? actorAfterDeterminers(view, clause, noun.last + 2) : undefined);
  // "Egypt and the UAE are the main backers of the LNA": before a copula, the whole subject backs
  const backers = comma ? [backer] : subjectBefore(view, clause, k).filter((m) => m.last <= backer.last);
  return backed ? { backers: backers.length > 0 ? backers : [backer], backed } : undefined;
}

export function backingClaims(view: SentenceView, text: string, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c) return [];
  // most clauses hold no noun of backing: nothing else is computed for them
  const acts = c.backingNouns.find(view.tokens, clause.first, clause.last);
  const backers = c.backerNouns.find(view.tokens, clause.first, clause.last);
  if (acts.length === 0 && backers.length === 0) return [];
  const claims: RawClaim[] = [];
  const hedge = cuesOf(view, 'hedge').find((h) => h.first >= clause.first && h.last <= clause.last);
  const push = (
    subjects: string[],
    objects: string[],
    type: SupportType,
    start: number,
    end: number,
    cue: string,
    rule: string,
  ) => {
    for (const subject of subjects)
      for (const object of objects)
        if (subject !== object)
          claims.push({
            kind: 'SUPPORT',
            subject,
            object,
            supportType: type,
            polarity: 'ASSERTED',
            certainty: hedge ? hedge.value.certainty : 'REPORTED',
            ...(hedge ? { hedge: text.slice(hedge.start, hedge.end) } : {}),
            quoteStart: Math.min(start, hedge?.start ?? start),
            quoteEnd: Math.max(end, hedge?.end ?? end),
            sentence: view.index,
            paragraph: view.paragraph,
            rule,
            cue,
            score: 0.65,
          });
  };
  for (const noun of acts) {
    if (blocked(view, clause, noun.first, ctx)) continue;
    const who = actSupporter(view, clause, noun, ctx);
    if (!who || !TO.has(view.tokens[who.next]?.text ?? '')) continue;
    const to = actorAfterDeterminers(view, clause, who.next + 1);
    if (!to) continue;
    const cue = text.slice(view.tokens[noun.first]?.start ?? 0, view.tokens[noun.last]?.end ?? 0);
    push(
      who.ids,
      to.refs.map((r) => r.id),
      c.backingTypes.get(keyOf(view, noun)) ?? 'OTHER',
      who.start,
      to.end,
      cue,
      'support/backing-noun',
    );
  }
  for (const noun of backers) {
    if (blocked(view, clause, noun.first, ctx)) continue;
    const p = backerParties(view, clause, noun);
    if (!p) continue;
    const cue = text.slice(view.tokens[noun.first]?.start ?? 0, view.tokens[noun.last]?.end ?? 0);
    const ids = (m: Mention) => m.refs.map((r) => r.id);
    const end = Math.max(p.backed.end, view.tokens[noun.last]?.end ?? 0);
    push(
      [...new Set(p.backers.flatMap(ids))],
      ids(p.backed),
      c.backingTypes.get(keyOf(view, noun)) ?? 'OTHER',
      Math.min(...p.backers.map((m) => m.start)),
      end,
      cue,
      'support/backer',
    );
  }
  return claims;
}
