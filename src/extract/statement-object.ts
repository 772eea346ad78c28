import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import { actorAfterDeterminers, DETERMINERS, OF } from './groups.ts';
import type { ArticleContext } from './raw-claim.ts';
import { directObject } from './verb-objects.ts';

// What a statement is about when its object is an act rather than an actor: "a condamné l'intervention turque",
// "condemned the Russian strikes", "dénonce un soutien de l'Ukraine au terrorisme", "a salué ces frappes" (the
// strikes the article just told). The act's author is the statement's object; an act nobody is named for is none.

const DEMONSTRATIVES = new Set(['ces', 'cette', 'ce', 'cet', 'these', 'this', 'those']);
const BY = new Set([...OF, 'par', 'by']);

export function actObject(
  view: SentenceView,
  clause: Span,
  after: number,
  ctx: ArticleContext,
  alleged?: { value: boolean },
): string[] {
  const c = ctx.constructions;
  if (!c) return [];
  let i = pastFillers(view, clause, after, ctx) + 1;
  let demonstrative = false;
  let before: string | undefined;
  while (
    i <= clause.last &&
    (DETERMINERS.has(view.tokens[i]?.text ?? '') || DEMONSTRATIVES.has(view.tokens[i]?.text ?? ''))
  ) {
    demonstrative ||= DEMONSTRATIVES.has(view.tokens[i]?.text ?? '');
    i++;
  }
  // "the Russian strikes": a demonym before the act (English order)
  const early = ctx.demonyms?.scan(view.tokens.slice(i, i + 2)).find((d) => d.first === 0);
  if (early) {
    before = early.value.stateId;
    i += early.last + 1;
  }
  const act = c.statementActs.at(view.tokens, i);
  // "condemned the "dangerous and unlawful" actions of the Chinese coast guard": words describing the act may stand
  // before it, when its author is named after it
  const described = act ? undefined : describedAct(view, clause, i, ctx);
  if (described) return described;
  if (!act || act.last > clause.last) return [];
  if (alleged) alleged.value = c.allegedActs.at(view.tokens, i)?.last === act.last;
  if (before) return [before];
  // "l'intervention turque": a demonym right after it (French order)
  const late = ctx.demonyms?.scan(view.tokens.slice(act.last + 1, act.last + 3)).find((d) => d.first === 0);
  if (late) return [late.value.stateId];
  const author = authorAfter(view, clause, act.last, ctx);
  if (author.length > 0) return author;
  // "ces frappes": the authors of the fight the article told last
  return demonstrative ? lastFighters(ctx) : [];
}

/** "un soutien de l'Ukraine", "the shelling by the RSF": the act's author after "de"/"of"/"by". */
function authorAfter(view: SentenceView, clause: Span, actLast: number, ctx: ArticleContext): string[] {
  let k = actLast + 1;
  // "« l'agression militaire » de la Thaïlande": an adjective may stand before the author
  while (k <= actLast + 2 && ctx.constructions?.backingModifiers.has(view.tokens[k]?.text ?? '')) k++;
  if (!BY.has(view.tokens[k]?.text ?? '')) return [];
  k++;
  while (DETERMINERS.has(view.tokens[k]?.text ?? '') && !OF.has(view.tokens[k]?.text ?? '')) k++;
  const author = view.actors.find((m) => m.first === k && m.last <= clause.last);
  return author ? [...new Set(author.refs.map((r) => r.id))] : [];
}

/** An act up to four words further on, with its author named after it, or undefined. */
function describedAct(view: SentenceView, clause: Span, i: number, ctx: ArticleContext): string[] | undefined {
  const acts = ctx.constructions?.statementActs;
  for (let j = i + 1; j <= Math.min(clause.last, i + 4); j++) {
    if (view.actors.some((m) => m.first === j)) return undefined;
    const act = acts?.at(view.tokens, j);
    if (!act) continue;
    const author = authorAfter(view, clause, act.last, ctx);
    return author.length > 0 ? author : undefined;
  }
  return undefined;
}

function lastFighters(ctx: ArticleContext): string[] {
  const fights = ctx.claims.filter((x) => x.kind === 'COMBAT' && x.polarity === 'ASSERTED');
  const last = fights.at(-1);
  if (!last) return [];
  return [...new Set(fights.filter((x) => x.sentence === last.sentence).map((x) => x.subject))];
}

const PERSONNEL = new Set(['TROOPS', 'ADVISERS', 'MERCENARIES', 'TRAINING', 'INTELLIGENCE']);

/**
 * Whom a statement verb names: its direct object past fillers ("accuse également Pékin", "publicly accused
 * Rwanda", "a dénoncé à son tour"), or the actor whose personnel it names ("accuse des officiers de l'armée
 * bissau-guinéenne", "accused officers of the Rwandan army"): the personnel stand for their force.
 */
export function statementTarget(view: SentenceView, clause: Span, after: number, ctx: ArticleContext): Mention[] {
  const i = pastFillers(view, clause, after, ctx);
  const direct = directObject(view, clause, i);
  if (direct.length > 0) return direct;
  let k = i + 1;
  while (k <= clause.last && DETERMINERS.has(view.tokens[k]?.text ?? '')) k++;
  const personnel = cuesOf(view, 'materiel').find((x) => x.first === k && PERSONNEL.has(x.value.type));
  if (!personnel || !OF.has(view.tokens[personnel.last + 1]?.text ?? '')) return [];
  const owner = actorAfterDeterminers(view, clause, personnel.last + 2);
  return owner ? [owner] : [];
}

/** The last token of the fillers right after `after` ("également", "à son tour"), or `after` itself. */
function pastFillers(view: SentenceView, clause: Span, after: number, ctx: ArticleContext): number {
  let i = after;
  const fillers = ctx.constructions?.verbFillers;
  for (let m = fillers?.at(view.tokens, i + 1); m && m.last <= clause.last; m = fillers?.at(view.tokens, i + 1))
    i = m.last;
  return i;
}

/** "condemned Ethiopia's interference": a possessive object whose act is alleged is accused. */
export function allegedPossessive(view: SentenceView, objects: Mention[], ctx: ArticleContext): boolean {
  const last = objects.at(-1);
  if (!last || view.tokens[last.last + 1]?.text !== 's') return false;
  return ctx.constructions?.allegedActs.at(view.tokens, last.last + 2) !== undefined;
}
