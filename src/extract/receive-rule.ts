import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import { appositionBefore, type Constructions } from './constructions.ts';
import type { Cue } from './cue-index.ts';
import { demonymGoods } from './demonym-goods.ts';
import { phraseKey } from './fold.ts';
import { extendGroup, ids, negatedBefore, subjectBefore } from './groups.ts';
import type { PhraseMatch } from './phrase-index.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { SUPPORT_WORDS } from './support-items.ts';

// SUPPORT told from the recipient's side: "Hezbollah, which has received rockets from Iran", "les FAMa ont reçu
// des drones de la Turquie et peut-être de l'Iran". The recipient is the clause's subject, each actor right after
// "from"/"de" a supporter (a hedge just before its "from" is its own), and what was given lies between the verb
// and the first "from". Without a supporter named, or without anything the dictionaries know as given (or a word
// of support: "received support from"), there is no claim: "received a delegation from Moscow" is no aid.

type ClaimCue = PhraseMatch<Extract<Cue, { cat: 'claim' }>>;
type MaterielCue = PhraseMatch<Extract<Cue, { cat: 'materiel' }>>;

const FROM = new Set(['from', 'de', 'du', 'des', 'd']);
const SKIPPED = new Set(['the', 'le', 'la', 'les', 'l']);

/** "a acheté des drones à la Turquie": after a verb of buying, the seller follows "à". */
const SELLER = new Set([...FROM, 'à', 'au', 'aux']);

/** Actors right after "from"/"de" (a determiner may stand between), after the verb, in the clause. */
function givers(
  view: SentenceView,
  clause: Span,
  after: number,
  constructions?: Constructions,
  from: Set<string> = FROM,
): Mention[] {
  const inClause = view.actors.filter((m) => m.first > after && m.last <= clause.last && m.refs.length > 0);
  const out: Mention[] = [];
  inClause.forEach((m, k) => {
    // "from local militias known as X", "from dissidents of the former FARC, known as X": the "from" of the noun
    // phrase the apposition names (a few words back)
    const named = appositionBefore(view.tokens, m.first, constructions);
    let i = named === undefined ? m.first - 1 : named - 1;
    const floor = named === undefined ? after : Math.max(after, named - 8);
    while (named !== undefined && i > floor && !from.has(view.tokens[i]?.text ?? '')) i--;
    while (i > after && SKIPPED.has(view.tokens[i]?.text ?? '')) i--;
    // "from Denmark and the Netherlands": the actors coordinated with a supplier supply too
    if (i > after && from.has(view.tokens[i]?.text ?? '') && !out.includes(m))
      out.push(...extendGroup(view, inClause, k).filter((g) => !out.includes(g)));
  });
  return out;
}

export function receiveClaims(
  view: SentenceView,
  text: string,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
): RawClaim[] {
  const recipients = subjectBefore(view, clause, cue.first);
  const fromWords = ctx.constructions?.purchaseVerbs.has(phraseKey(cue.value.cue)) ? SELLER : FROM;
  const named = givers(view, clause, cue.last, ctx.constructions, fromWords);
  // "a reçu des drones turcs": without a "from", goods named with a demonym name their supplier
  const from = named.length > 0 ? named : demonymGoods(view, cue.last, clause.last, ctx, 3).slice(0, 1);
  const first = from[0];
  if (recipients.length === 0 || !first) return [];
  // "has received from Turkey either drones or at least training": the supplier first, what was given after it
  const fronted =
    named.length > 0 &&
    view.tokens.slice(cue.last + 1, first.first).every((t) => FROM.has(t.text) || SKIPPED.has(t.text));
  const goodsFirst = fronted ? Math.max(...named.map((m) => m.last)) + 1 : cue.last + 1;
  const cut = [...cuesOf(view, 'attribution'), ...cuesOf(view, 'purpose')].find(
    (x) => x.first >= goodsFirst && x.last <= clause.last,
  );
  // what was given ends at the supplier's "from" ("from local militias known as X": the militias gave, not goods)
  let from0 = first.first - 1;
  while (named.length > 0 && from0 > cue.last && !fromWords.has(view.tokens[from0]?.text ?? '')) from0--;
  const goodsEnd = fronted
    ? cut
      ? cut.first - 1
      : clause.last
    : named.length > 0
      ? Math.max(from0 - 1, cue.last)
      : first.last;
  // "received humanitarian aid from Qatar" is no military support
  if (cuesOf(view, 'notSupport').some((x) => x.first >= goodsFirst && x.last <= goodsEnd)) return [];
  const materiel = cuesOf(view, 'materiel').filter((x) => x.first >= goodsFirst && x.last <= goodsEnd);
  const alternative = fronted
    ? cuesOf(view, 'alternative').find((x) => x.first >= goodsFirst && x.last <= goodsEnd)
    : undefined;
  const words = view.tokens.slice(goodsFirst, goodsEnd + 1).map((t) => t.text);
  const types = typesOf(text, materiel, goodsFirst, goodsEnd);
  if (types.length === 0 && words.some((w) => SUPPORT_WORDS.has(w))) types.push({ type: 'OTHER' });
  if (types.length === 0) return [];
  const hedges = cuesOf(view, 'hedge');
  const preHedge = hedges.find((h) => h.first > (recipients.at(-1)?.last ?? clause.first) && h.first <= cue.first);
  const start = Math.min(...recipients.map((m) => m.start));
  const polarity = cue.value.negated || negatedBefore(view, cue.first) ? ('DENIED' as const) : ('ASSERTED' as const);
  const claims: RawClaim[] = [];
  const either = alternative && types.length > 1 ? text.slice(alternative.start, alternative.end) : undefined;
  const goodsStop = fronted ? Math.max(0, ...materiel.map((x) => x.end)) : 0;
  let previous = cue.last;
  for (const giver of from) {
    // "and possibly from Iran": a hedge between the previous supplier and this one is this one's
    const hedge = hedges.find((h) => h.first > previous && h.last < giver.first) ?? preHedge;
    // "helicopters from Russia and drones from Turkey": goods named after the previous supplier are this one's
    const own = giver === first ? [] : typesOf(text, cuesOf(view, 'materiel'), previous + 1, giver.first - 1);
    previous = giver.last;
    for (const supporter of ids([giver]))
      for (const recipient of ids(recipients)) {
        if (supporter === recipient) continue;
        for (const t of own.length > 0 ? own : types)
          claims.push({
            kind: 'SUPPORT',
            subject: supporter,
            object: recipient,
            supportType: t.type,
            ...(t.materiel ? { materiel: t.materiel } : {}),
            polarity,
            certainty: either ? 'ALTERNATIVE' : hedge ? hedge.value.certainty : 'REPORTED',
            ...(either ? { hedge: either, alternativeGroup: `alt-s${view.index}-t${cue.first}` } : {}),
            ...(hedge && !either ? { hedge: text.slice(hedge.start, hedge.end) } : {}),
            quoteStart: start,
            quoteEnd: Math.max(giver.end, goodsStop),
            sentence: view.index,
            paragraph: view.paragraph,
            rule: 'support/receive',
            cue: cue.value.cue,
            score: 0.8,
          });
      }
  }
  for (const s of ids(from)) if (!ctx.supporters.includes(s)) ctx.supporters.push(s);
  return claims;
}

/** One type per kind of goods named between `first` and `last`, with the goods as written. */
function typesOf(text: string, materiel: readonly MaterielCue[], first: number, last: number) {
  const types: { type: SupportType; materiel?: string }[] = [];
  for (const x of materiel)
    if (x.first >= first && x.last <= last && !types.some((t) => t.type === x.value.type))
      types.push({ type: x.value.type, materiel: text.slice(x.start, x.end) });
  return types;
}
