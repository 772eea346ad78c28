import type { SentenceView, Span } from './analysis.ts';
import { DETERMINERS, OF } from './groups.ts';
import type { ArticleContext } from './raw-claim.ts';

// What a statement is about when its object is an act rather than an actor: "a condamné l'intervention turque",
// "condemned the Russian strikes", "dénonce un soutien de l'Ukraine au terrorisme", "a salué ces frappes" (the
// strikes the article just told). The act's author is the statement's object; an act nobody is named for is none.

const DEMONSTRATIVES = new Set(['ces', 'cette', 'ce', 'cet', 'these', 'this', 'those']);
const BY = new Set([...OF, 'par', 'by']);

export function actObject(view: SentenceView, clause: Span, after: number, ctx: ArticleContext): string[] {
  const c = ctx.constructions;
  if (!c) return [];
  let i = after + 1;
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
  if (!act || act.last > clause.last) return [];
  if (before) return [before];
  // "l'intervention turque": a demonym right after it (French order)
  const late = ctx.demonyms?.scan(view.tokens.slice(act.last + 1, act.last + 3)).find((d) => d.first === 0);
  if (late) return [late.value.stateId];
  // "un soutien de l'Ukraine", "the shelling by the RSF": its author after "de"/"of"/"by"
  let k = act.last + 1;
  if (BY.has(view.tokens[k]?.text ?? '')) {
    k++;
    while (DETERMINERS.has(view.tokens[k]?.text ?? '') && !OF.has(view.tokens[k]?.text ?? '')) k++;
    const author = view.actors.find((m) => m.first === k && m.last <= clause.last);
    if (author) return [...new Set(author.refs.map((r) => r.id))];
  }
  // "ces frappes": the authors of the fight the article told last
  return demonstrative ? lastFighters(ctx) : [];
}

function lastFighters(ctx: ArticleContext): string[] {
  const fights = ctx.claims.filter((x) => x.kind === 'COMBAT' && x.polarity === 'ASSERTED');
  const last = fights.at(-1);
  if (!last) return [];
  return [...new Set(fights.filter((x) => x.sentence === last.sentence).map((x) => x.subject))];
}
