import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import { ids, inClause, negatedBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// A fight told without a side that started it: "clashes between the Malian army and JNIM fighters", "des
// affrontements entre X et Y", "des combats ont opposé X aux Y". The article format's convention (docs/article-
// format.md): the subject is the side that conducted it, so a state's forces against an armed group come first; a
// side the article shows attacking or taking ground elsewhere is the initiator instead (settled by `orientFights`).

const STATE_SIDE = new Set(['STATE', 'STATE_ARMED_FORCE']);

export function betweenClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c) return [];
  const out: RawClaim[] = [];
  // most clauses hold neither "between"/"entre" nor "opposé": one pass over their words decides
  let found = false;
  for (let i = clause.first; i <= clause.last && !found; i++) {
    const w = view.tokens[i]?.text ?? '';
    found = c.betweenWords.has(w) || c.opposeEnds.has(w);
  }
  if (!found) return out;
  const opposing = c.opposeVerbs.find(view.tokens, clause.first, clause.last);
  // "fears of fighting between…", "fighting between X and Y is unlikely": nothing happened
  const blocked = c.blockers
    .find(view.tokens, clause.first, clause.last)
    .some((b) => !opposing.some((o) => b.first >= o.first && b.last <= o.last));
  if (blocked) return out;
  if (cuesOf(view, 'unrealised').some((x) => x.first >= clause.first && x.last <= clause.last)) return out;
  for (let i = clause.first; i <= clause.last; i++) {
    const word = view.tokens[i]?.text ?? '';
    const between =
      c.betweenWords.has(word) && c.fightNouns.find(view.tokens, Math.max(clause.first, i - 4), i - 1).length > 0;
    const opposed = c.opposeVerbs.at(view.tokens, i);
    if (!between && !opposed) continue;
    const after = opposed ? opposed.last : i;
    const mentions = inClause(view, clause);
    const at = mentions.findIndex((m) => m.first > after && m.first - after <= 3);
    // "entre X et Y": one coordinated pair; "a opposé X aux Y": the second side after "à"/"aux"/"against"
    const group =
      at < 0 ? [] : opposed ? opposedPair(view, mentions, at, AGAINST) : opposedPair(view, mentions, at, AND);
    const [a, b] = group;
    if (!a || !b || group.length !== 2) continue;
    const [x, y] = ids([a]).concat(ids([b]));
    if (!x || !y || x === y) continue;
    const bState = b.refs.every((r) => STATE_SIDE.has(r.kind)) && !a.refs.every((r) => STATE_SIDE.has(r.kind));
    const [subject, object] = bState ? [y, x] : [x, y];
    out.push({
      kind: 'COMBAT',
      subject,
      object,
      polarity: negatedBefore(view, i) ? 'DENIED' : 'ASSERTED',
      certainty: 'REPORTED',
      quoteStart: view.tokens[Math.max(clause.first, i - 4)]?.start ?? a.start,
      quoteEnd: b.end,
      sentence: view.index,
      paragraph: view.paragraph,
      rule: 'combat/between',
      cue: view.tokens
        .slice(i, (opposed?.last ?? i) + 1)
        .map((t) => t.text)
        .join(' '),
      score: 0.55,
    });
  }
  return out;
}

const AGAINST = new Set(['à', 'au', 'aux', 'to', 'against', 'contre']);
const AND = new Set(['and', 'et']);

/** The two sides: the actor at `at` and the next one, a joining word ("and", "aux") between, a few words apart. */
function opposedPair(view: SentenceView, mentions: Mention[], at: number, joins: Set<string>): Mention[] {
  const a = mentions[at];
  const b = mentions[at + 1];
  if (!a || !b || b.first - a.last > 5) return [];
  const words = view.tokens.slice(a.last + 1, b.first).map((t) => t.text);
  return words.some((w) => joins.has(w)) && !view.commaAfter.has(a.last) ? [a, b] : [];
}

/** A fight told "between" two sides whose second side the article shows attacking or taking ground: that side started it. */
export function orientFights(claims: RawClaim[]): void {
  const initiators = new Set(
    claims
      .filter(
        (c) =>
          (c.kind === 'COMBAT' || c.kind === 'CONTROL') && c.rule !== 'combat/between' && c.polarity === 'ASSERTED',
      )
      .map((c) => c.subject),
  );
  for (const c of claims) {
    if (c.rule !== 'combat/between' || !c.object) continue;
    if (initiators.has(c.object) && !initiators.has(c.subject)) [c.subject, c.object] = [c.object, c.subject];
  }
}
