import { agentAfter } from './agent-groups.ts';
import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import type { WordMatch } from './constructions.ts';
import { extendGroup, ids, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// SUPPORT named by a noun: "la livraison de drones turcs à l'armée malienne", "Iran's supply of missiles to the
// Houthis", "a new package of air defence systems for Ukraine". What was given follows "de"/"of" and must be
// something the dictionaries know; the recipient follows "à"/"to"/"for"/"pour". The supporter is read from the
// phrase itself (a possessive before the noun, "par"/"by" after it, a demonym beside what was given) or from a
// presenting verb whose object the noun is ("Washington announced a package of…"); never guessed otherwise, so
// "Washington suspended the delivery of F-16s to Ankara" names no supporter and makes no claim.

const OF = new Set(['de', 'des', 'du', 'd', 'of']);
const TO = new Set(['à', 'au', 'aux', 'to', 'for', 'pour']);
const DETERMINERS = new Set('le la les l the un une a an des du de d ses son sa leur leurs its their'.split(' '));
const AGENT = new Set(['par', 'by']);

function mentionAt(view: SentenceView, clause: Span, first: number): number {
  return view.actors.findIndex((m) => m.first === first && m.last <= clause.last);
}

/** The recipient: the first actor after "à"/"to"/"for" (determiners between) within `within` words. */
function recipientOf(view: SentenceView, clause: Span, from: number, within: number) {
  for (let i = from; i <= Math.min(clause.last, from + within); i++) {
    if (!TO.has(view.tokens[i]?.text ?? '')) continue;
    let j = i + 1;
    while (DETERMINERS.has(view.tokens[j]?.text ?? '')) j++;
    const at = mentionAt(view, clause, j);
    if (at < 0) continue;
    const inClause = view.actors.filter((m) => m.first >= clause.first && m.last <= clause.last);
    return { to: i, group: extendGroup(view, inClause, inClause.indexOf(view.actors[at] as Mention)) };
  }
  return undefined;
}

interface Giver {
  ids: string[];
  start: number;
  end: number;
}

const giver = (ms: Mention[]): Giver => ({
  ids: ids(ms),
  start: Math.min(...ms.map((m) => m.start)),
  end: Math.max(...ms.map((m) => m.end)),
});

function supplier(
  view: SentenceView,
  clause: Span,
  noun: WordMatch,
  goodsEnd: number,
  recipientEnd: number,
  ctx: ArticleContext,
): Giver | undefined {
  // "Iran's supply of", "Iran's continued supply of"
  for (const k of [noun.first - 1, noun.first - 2])
    if (view.tokens[k]?.text === 's') {
      const owner = view.actors.find((m) => m.last === k - 1 && m.first >= clause.first);
      if (owner) return giver([owner]);
    }
  // "…à l'armée malienne par la Turquie", "…by Turkey"
  const by = view.tokens.findIndex((t, i) => i > goodsEnd && i <= recipientEnd + 2 && AGENT.has(t.text));
  if (by > 0) {
    const agents = agentAfter(view, clause, by, 1);
    if (agents.length > 0) return giver(agents);
  }
  // "de drones turcs", "of Turkish drones": a demonym right beside something given (after it in French)
  for (const x of cuesOf(view, 'materiel').filter((x) => x.first > noun.last && x.last <= goodsEnd)) {
    const [from, to] = ctx.language === 'en' ? [x.first - 1, x.first] : [x.last + 1, x.last + 2];
    const hit = from > noun.last && to - 1 <= goodsEnd ? ctx.demonyms?.scan(view.tokens.slice(from, to))[0] : undefined;
    const token = view.tokens[from];
    if (hit && token)
      return { ids: [hit.value.stateId], start: Math.min(token.start, x.start), end: Math.max(token.end, x.end) };
  }
  return undefined;
}

const SPLITTERS = new Set(['and', 'et', 'or', 'ou']);

/** "of air defence systems and ammunition": the head of each coordinated item, one per type (last word in English, first in French). */
function itemHeads(view: SentenceView, first: number, last: number, language: string) {
  const materiel = cuesOf(view, 'materiel').filter((x) => x.first >= first && x.last <= last);
  const heads: typeof materiel = [];
  let start = first;
  for (let i = first; i <= last + 1; i++) {
    const end = i > last || SPLITTERS.has(view.tokens[i]?.text ?? '') || view.commaAfter.has(i - 1);
    if (!end || i === start) continue;
    const inItem = materiel.filter((x) => x.first >= start && x.last < i);
    const head = language === 'en' ? inItem.at(-1) : inItem[0];
    if (head && !heads.some((h) => h.value.type === head.value.type)) heads.push(head);
    start = SPLITTERS.has(view.tokens[i]?.text ?? '') ? i + 1 : i;
  }
  return heads;
}

export function supportNounClaims(view: SentenceView, text: string, clause: Span, ctx: ArticleContext): RawClaim[] {
  const c = ctx.constructions;
  if (!c) return [];
  const claims: RawClaim[] = [];
  for (const noun of c.supportNouns.find(view.tokens, clause.first, clause.last)) {
    const of = OF.has(view.tokens[noun.last + 1]?.text ?? '');
    // "a military aid package for Ukraine", "Iran's arms shipments to the Houthis": English may name what was
    // given before the noun, and then the recipient follows the noun at once
    const compound =
      of || ctx.language !== 'en' ? undefined : cuesOf(view, 'materiel').find((x) => x.last === noun.first - 1);
    if (!of && !compound) continue;
    // "suspended the delivery of", "a demandé la livraison de": not given
    if (c.blockers.find(view.tokens, Math.max(clause.first, noun.first - 4), noun.first - 1).length > 0) continue;
    if (cuesOf(view, 'unrealised').some((x) => x.last < noun.first && x.first >= clause.first)) continue;
    const found = recipientOf(view, clause, noun.last + (compound ? 1 : 2), compound ? 2 : 12);
    if (!found) continue;
    const goodsEnd = found.to - 1;
    const given = compound ? [compound] : itemHeads(view, noun.last + 2, goodsEnd, ctx.language);
    const goodsFirst = compound?.first ?? noun.last + 1;
    if (given.length === 0 || cuesOf(view, 'notSupport').some((x) => x.first >= goodsFirst && x.last <= goodsEnd))
      continue;
    const recipientEnd = found.group.at(-1)?.last ?? goodsEnd;
    // "Washington announced a new package of…": the presenting verb's subject, the noun its object
    // ("announced a new $400 million military aid package": the words before a compound's goods count once)
    const phraseFirst = compound?.first ?? noun.first;
    const presenting = c.presentingVerbs
      .find(view.tokens, clause.first, phraseFirst - 1)
      .find((v) => phraseFirst - v.last <= (compound ? 6 : 4));
    // "Le gouvernement ougandais a démenti toute livraison d'armes à…": who denies giving is the one said to give
    // (the claim is DENIED, as every claim after a denial verb)
    const denying = cuesOf(view, 'denial').find(
      (d) => d.first >= clause.first && d.last < noun.first && noun.first - d.last <= 2,
    );
    const verb = presenting ?? denying;
    const subject = verb ? subjectBefore(view, clause, verb.first) : [];
    const head = { ...noun, first: phraseFirst };
    const agents =
      supplier(view, clause, head, goodsEnd, recipientEnd, ctx) ?? (subject.length > 0 ? giver(subject) : undefined);
    if (!agents) continue;
    const hedge = cuesOf(view, 'hedge').find((h) => h.first >= clause.first && h.last <= clause.last);
    // the quote holds the supplier, the noun phrase, the recipient and the hedge that sets its certainty
    const start = Math.min(agents.start, view.tokens[noun.first]?.start ?? 0, hedge?.start ?? agents.start);
    const end = Math.max(...found.group.map((m) => m.end), agents.end, hedge?.end ?? 0);
    for (const subject of agents.ids)
      for (const object of ids(found.group))
        for (const item of subject === object ? [] : given)
          claims.push({
            kind: 'SUPPORT',
            subject,
            object,
            supportType: item.value.type,
            materiel: text.slice(item.start, item.end),
            polarity: negatedBefore(view, (presenting ?? noun).first) ? 'DENIED' : 'ASSERTED',
            certainty: hedge ? hedge.value.certainty : 'REPORTED',
            ...(hedge ? { hedge: text.slice(hedge.start, hedge.end) } : {}),
            quoteStart: start,
            quoteEnd: end,
            sentence: view.index,
            paragraph: view.paragraph,
            rule: 'support/noun',
            cue: text.slice(view.tokens[noun.first]?.start ?? 0, view.tokens[noun.last]?.end ?? 0),
            score: 0.7,
          });
    for (const s of agents.ids) if (!ctx.supporters.includes(s)) ctx.supporters.push(s);
    // "…a package of drones for the Cameroonian army, but said it would not supply weapons": the one recipient
    // is whom the next support of the text helps, as after a verb of giving
    const recipients = ids(found.group);
    const only = recipients.length === 1 ? recipients[0] : undefined;
    if (only && !agents.ids.includes(only)) ctx.focus = only;
  }
  return claims;
}
