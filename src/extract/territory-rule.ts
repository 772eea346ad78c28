import { accusedBy } from './agent-groups.ts';
import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import type { WordMatch } from './constructions.ts';
import { ids, negatedBefore, recipientAfter, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { directObject } from './verb-objects.ts';

// TERRITORY_ACCESS without a support verb. A permit verb, its object, then a territory word in the same clause:
// "accused Venezuela of allowing the guerrillas to use its territory", "de laisser les combattants se replier sur
// son territoire": the subject (or the accused of an accusation) lets the object in. An open verb with a territory
// word as its object and a recipient after "to"/"à": "opened its airspace to Ukrainian aircraft". Neither fires
// without the territory word: "allowed the army to advance" gives nothing.

const OWN = new Set('its their his her son sa ses leur leurs the le la les l'.split(' '));

function territoryAfter(view: SentenceView, clause: Span, from: number, within: number) {
  return cuesOf(view, 'materiel').find(
    (x) => x.value.type === 'TERRITORY_ACCESS' && x.first > from && x.first - from <= within && x.last <= clause.last,
  );
}

/** Who lets: the accused of an accusation before the verb, else the clause's subject. */
function granters(view: SentenceView, clause: Span, verb: WordMatch): { agents: Mention[]; accused: boolean } {
  const accusation = cuesOf(view, 'claim').find(
    (c) => c.value.statementType === 'ACCUSATION' && c.last < verb.first && c.first >= clause.first,
  );
  if (accusation) return { agents: accusedBy(view, clause, accusation), accused: true };
  return { agents: subjectBefore(view, clause, verb.first), accused: false };
}

export function territoryClaims(view: SentenceView, text: string, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c || !cuesOf(view, 'materiel').some((x) => x.value.type === 'TERRITORY_ACCESS')) return [];
  const claims: RawClaim[] = [];
  for (const verb of c.permitVerbs.find(view.tokens, clause.first, clause.last)) {
    const recipients = directObject(view, clause, verb.last);
    const last = recipients.at(-1);
    const territory = last && territoryAfter(view, clause, last.last, 6);
    if (!last || !territory) continue;
    claims.push(...frame(view, text, clause, verb, recipients, territory.end, ctx, 'support/territory-permit'));
  }
  for (const verb of c.openVerbs.find(view.tokens, clause.first, clause.last)) {
    let i = verb.last + 1;
    while (OWN.has(view.tokens[i]?.text ?? '')) i++;
    const territory = territoryAfter(view, clause, i - 1, 1);
    const recipients = territory ? recipientAfter(view, clause, territory.last) : [];
    const end = recipients.at(-1)?.end;
    if (!territory || end === undefined || (recipients[0]?.first ?? 0) - territory.last > 3) continue;
    claims.push(...frame(view, text, clause, verb, recipients, end, ctx, 'support/territory-open'));
  }
  return claims;
}

function frame(
  view: SentenceView,
  text: string,
  clause: Span,
  verb: WordMatch,
  recipients: Mention[],
  end: number,
  ctx: ArticleContext,
  rule: string,
): RawClaim[] {
  const { agents, accused } = granters(view, clause, verb);
  // "plans to let", "a cessé d'autoriser": it did not happen; "refused to allow": it did not, said so
  const governing = (x: { last: number }) => x.last < verb.first && x.last >= verb.first - 2;
  if (agents.length === 0 || cuesOf(view, 'unrealised').some(governing)) return [];
  const refused = cuesOf(view, 'refusal').some(governing);
  const hedge = cuesOf(view, 'hedge').find((h) => h.first >= clause.first && h.last <= clause.last);
  const start = Math.min(...agents.map((m) => m.start), view.tokens[verb.first]?.start ?? end);
  const out: RawClaim[] = [];
  for (const subject of ids(agents))
    for (const object of ids(recipients)) {
      if (subject === object) continue;
      out.push({
        kind: 'SUPPORT',
        subject,
        object,
        supportType: 'TERRITORY_ACCESS',
        polarity: refused || negatedBefore(view, verb.first) ? 'DENIED' : 'ASSERTED',
        certainty: hedge ? hedge.value.certainty : 'REPORTED',
        ...(hedge ? { hedge: text.slice(hedge.start, hedge.end) } : {}),
        quoteStart: Math.min(
          start,
          hedge?.start ?? start,
          ...subjectBefore(view, clause, verb.first).map((m) => m.start),
        ),
        quoteEnd: Math.max(end, hedge?.end ?? end),
        sentence: view.index,
        paragraph: view.paragraph,
        rule,
        cue: text.slice(view.tokens[verb.first]?.start ?? 0, view.tokens[verb.last]?.end ?? 0),
        score: accused ? 0.7 : 0.75,
        ...(accused ? { viaAccusation: true } : {}),
      });
    }
  for (const s of ids(agents)) if (!ctx.supporters.includes(s)) ctx.supporters.push(s);
  return out;
}
