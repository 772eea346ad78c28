import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type SentenceView, type Span } from './analysis.ts';
import { foughtFocus } from './focus-guard.ts';
import { extendGroup, ids, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { type Found, kindType, mergeSameType, SUPPORT_WORDS, splitItems, stopAfter } from './support-items.ts';
import { type ClaimCue, expandAnaphora, type Parts, parties } from './support-parties.ts';

// SUPPORT: who gave what to whom. Active ("X a fourni un drone à Y"): supporter is the clause's subject,
// recipient the actor after "à"/"to" (or, when the sentence does not repeat it, the actor the article is about),
// and each coordinated item of the object is one claim ("un avion-cargo et peut-être aussi un avion de chasse"),
// with its own hedge and "ou au moins" alternatives. Passive ("avec le soutien de X", "fournis par X", "backed
// by X"): supporter after the cue, recipient the clause's subject.

const RECIPIENT_WORDS = new Set(['à', 'au', 'aux', 'to', 'l', 'la', 'le', 'les', 'the']);

export function supportClaims(
  view: SentenceView,
  text: string,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  given?: Parts,
): RawClaim[] {
  const p = given ?? parties(view, clause, cue, ctx);
  if (!p || p.agents.length === 0 || p.recipients.length === 0) return [];
  if (p.fromFocus && foughtFocus(ids(p.agents), p.recipients, ctx.claims)) return [];
  // several agents, each after its own "par"/"by": each gave what its own noun phrase names
  if (p.segments && p.segments.length > 1)
    return p.segments.flatMap((s) =>
      supportClaims(view, text, clause, cue, ctx, {
        agents: s.agents,
        recipients: p.recipients,
        fromFocus: p.fromFocus,
        window: { first: s.first, last: s.last },
      }),
    );
  const supporters = [...new Set(expandAnaphora(p.agents, ctx))];
  const agentStart = Math.min(...p.agents.map((m) => m.start), cue.start, p.quoteFrom ?? cue.start);
  // "ont armé et formé les FDS": the quote runs to the recipient named after the verb
  const named =
    cue.value.voice === 'active-direct'
      ? view.actors.filter(
          (m) => m.first > cue.last && m.last <= clause.last && p.recipients.includes(m.refs[0]?.id ?? ''),
        )
      : [];
  let agentEnd = Math.max(...p.agents.map((m) => m.end), cue.end, named[0]?.end ?? 0);
  const materiel = cuesOf(view, 'materiel');
  const hedges = cuesOf(view, 'hedge');
  // "aurait fourni": a hedge may open the verb cue itself
  // …or stand inside it, between auxiliary and participle ("a vraisemblablement fourni")
  const preHedge = hedges.find((h) => h.first > (p.agents.at(-1)?.last ?? clause.first) && h.first <= cue.last);
  const anaphora = p.agents.some((m) => m.anaphora);
  const base = {
    kind: 'SUPPORT' as const,
    polarity: cue.value.negated || negatedBefore(view, cue.first) ? ('DENIED' as const) : ('ASSERTED' as const),
    sentence: view.index,
    paragraph: view.paragraph,
    cue: cue.value.cue,
    score: Math.round((0.85 - (p.fromFocus ? 0.15 : 0) - (anaphora ? 0.1 : 0)) * 100) / 100,
  };
  const found: Found[] = [];
  if (cue.value.voice === 'active') {
    // "apporte un soutien (logistique) au FACT": what was given begins with the cue's own last word
    const tail = SUPPORT_WORDS.has(view.tokens[cue.last]?.text ?? '');
    let goodsFrom = p.goodsFrom ?? (tail ? cue.last : cue.last + 1);
    let recipientMentions = view.actors.filter(
      (m) => m.first >= goodsFrom && p.recipients.some((r) => m.refs.some((x) => x.id === r)),
    );
    // "a livré à l'armée malienne des drones": the recipient right after the verb, what was given after it
    const head = recipientMentions[0];
    const between = head ? view.tokens.slice(goodsFrom, head.first).map((t) => t.text) : [];
    if (head && between.length > 0 && between.every((w) => RECIPIENT_WORDS.has(w))) {
      const inClause = view.actors.filter((m) => m.first >= clause.first && m.last <= clause.last);
      const group = extendGroup(view, inClause, inClause.indexOf(head));
      goodsFrom = Math.max(...group.map((m) => m.last)) + 1;
      recipientMentions = [];
    }
    // what was given ends where its recipient, or the purpose that names it, begins
    const purpose = cuesOf(view, 'purpose').find((x) => x.first > cue.last && x.last <= clause.last);
    // …and at an attribution: "drones, according to arms control researchers" gave no arms
    const said = cuesOf(view, 'attribution').find((x) => x.first > goodsFrom && x.last <= clause.last);
    const regionEnd =
      Math.min(
        recipientMentions[0]?.first ?? clause.last + 1,
        purpose?.first ?? clause.last + 1,
        said?.first ?? clause.last + 1,
      ) - 1;
    const lastTok = regionEnd >= goodsFrom ? regionEnd : clause.last;
    const with_ = ['with', 'en'].includes(view.tokens[goodsFrom]?.text ?? '') ? 1 : 0;
    const humanitarian = cuesOf(view, 'notSupport');
    for (const item of splitItems(view, text, goodsFrom + with_, lastTok)) {
      // "sent humanitarian aid": given, but no military support
      if (humanitarian.some((x) => x.first >= item.first && x.last <= item.last)) continue;
      // the head of a noun phrase: last in English ("artillery shells"), first in French ("munitions pour des frappes de drone")
      const inItem = materiel.filter((x) => x.first >= item.first && x.last <= item.last);
      const m = ctx.language === 'en' ? inItem.at(-1) : inItem[0];
      const hedge = hedges.find((h) => h.first >= item.first && h.last <= item.last) ?? preHedge;
      const endTok = stopAfter(view, m ? m.last : item.first, item.last);
      const end = view.tokens[endTok]?.end ?? cue.end;
      found.push({
        type: m?.value.type ?? 'OTHER',
        materiel: text.slice(m?.start ?? view.tokens[item.first]?.start ?? cue.end, end),
        start: agentStart,
        end,
        ...(item.alternative
          ? { certainty: 'ALTERNATIVE' as const, hedge: item.alternative, alt: item.alternative }
          : {}),
        ...(!item.alternative && hedge
          ? { certainty: hedge.value.certainty, hedge: text.slice(hedge.start, hedge.end) }
          : {}),
      });
    }
  } else {
    // "Des drones ont été livrés par la Turquie à l'armée malienne": with no actor before it, what was given is
    // the passive's subject
    const subjects = subjectBefore(view, clause, cue.first);
    const from =
      p.fromFocus || (cue.value.voice === 'passive' && subjects.length === 0)
        ? clause.first
        : Math.min(cue.first, ...subjects.map((m) => m.last + 1));
    const others = view.actors.filter((m) => !p.agents.includes(m));
    // "Hezbollah, which is backed by Iran, fired rockets": what follows the comma after a passive's agent is
    // another predicate, not what the agent gave
    const agentsLast = Math.max(cue.last, ...p.agents.map((m) => m.last));
    const comma = cue.value.voice === 'passive' ? [...view.commaAfter].filter((k) => k >= agentsLast) : [];
    const cut = comma.length > 0 ? Math.min(...comma) : clause.last;
    const window = {
      first: Math.max(from, p.window?.first ?? from),
      last: Math.min(cut, p.window?.last ?? clause.last),
    };
    const items = materiel.filter(
      (x) =>
        x.first >= window.first && x.last <= window.last && !others.some((m) => m.first <= x.last && m.last >= x.first),
    );
    const hedge = hedges.find((h) => h.first >= clause.first && h.last <= clause.last);
    const start = Math.min(
      agentStart,
      ...items.map((x) => x.start),
      ...subjectBefore(view, clause, cue.first).map((m) => m.start),
      hedge?.start ?? agentStart,
    );
    agentEnd = Math.max(agentEnd, hedge?.end ?? 0);
    const extra = hedge ? { certainty: hedge.value.certainty, hedge: text.slice(hedge.start, hedge.end) } : {};
    // "armé et financé par", "trained, armed and funded by": each coordinated participle says what it gave
    const coordinated = cue.value.voice === 'passive' ? coordinatedTypes(view, cue.first, ctx) : [];
    const given = cue.value.supportType ?? coordinated[0];
    // "Rwandan troops fought alongside…", "des mercenaires russes": the supporter's own name says what it gave
    const own = materiel.find((x) => p.agents.some((m) => m.first <= x.first && m.last >= x.last));
    if (given)
      for (const type of new Set([given, ...coordinated])) found.push({ type, start, end: agentEnd, ...extra });
    else if (items.length === 0)
      found.push({ type: own?.value.type ?? kindType(p.agents), start, end: agentEnd, ...extra });
    for (const x of given ? [] : items) {
      const endTok = stopAfter(view, x.last, clause.last);
      const end = Math.max(agentEnd, view.tokens[endTok]?.end ?? x.end);
      found.push({
        type: x.value.type,
        materiel: text.slice(x.start, Math.min(end, view.tokens[endTok]?.end ?? x.end)),
        start,
        end,
        ...extra,
      });
    }
  }
  // men a private military company sends are its hired men, whatever noun names them ("Wagner fighters")
  if (kindType(p.agents) === 'MERCENARIES') for (const f of found) if (f.type === 'TROOPS') f.type = 'MERCENARIES';
  mergeSameType(found);
  const altEnd = Math.max(0, ...found.filter((f) => f.alt).map((f) => f.end));
  for (const f of found) if (f.alt) f.end = altEnd;
  const claims: RawClaim[] = [];
  const altGroup = found.some((f) => f.alt) ? `alt-s${view.index}-t${cue.first}` : undefined;
  const sameType = (t: SupportType) => found.filter((f) => f.type === t).length > 1;
  for (const s of supporters) {
    for (const r of p.recipients) {
      if (s === r) continue;
      for (const f of found) {
        claims.push({
          ...base,
          subject: s,
          object: r,
          supportType: f.type,
          ...(f.materiel ? { materiel: f.materiel.trim().slice(0, 300) } : {}),
          certainty: f.certainty ?? 'REPORTED',
          ...(f.hedge ? { hedge: f.hedge } : {}),
          ...(f.alt && altGroup ? { alternativeGroup: altGroup } : {}),
          ...(sameType(f.type) && f.materiel ? { distinct: f.materiel } : {}),
          quoteStart: f.start,
          quoteEnd: f.end,
          ...(p.viaAccusation ? { viaAccusation: true } : {}),
          rule: `support/${cue.value.voice}${p.fromFocus ? '+article-focus' : ''}${anaphora ? '+anaphora' : ''}`,
        });
      }
    }
  }
  for (const s of supporters) {
    const at = ctx.supporters.indexOf(s);
    if (at >= 0) ctx.supporters.splice(at, 1);
    ctx.supporters.push(s);
  }
  // "accused the SPLM-IO of arming the militia": a back-reference that resolves to the giver is no recipient to focus on
  const only = p.recipients.length === 1 ? p.recipients[0] : undefined;
  if (!p.fromFocus && only && !supporters.includes(only)) ctx.focus = only;
  return claims;
}

const AND = new Set(['et', 'and']);

/** The types of the typed participles coordinated before a passive cue ("armé et financé par": WEAPONS). */
function coordinatedTypes(view: SentenceView, first: number, ctx: ArticleContext): SupportType[] {
  const out: SupportType[] = [];
  const participles = ctx.constructions?.typedParticiples;
  let i = first - 1;
  while (i > 0 && participles) {
    const joined = AND.has(view.tokens[i]?.text ?? '') || view.commaAfter.has(i - 1);
    const at = AND.has(view.tokens[i]?.text ?? '') ? i - 1 : i;
    const type = participles.get(view.tokens[at]?.text ?? '');
    if (!type || (!joined && !view.commaAfter.has(at))) break;
    out.push(type);
    i = at - 1;
  }
  return out;
}
