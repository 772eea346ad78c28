import { cuesOf, governs, type SentenceView, type Span, within, wordsBetween } from './analysis.ts';
import { actorAfterDeterminers, ids, negatedBefore, subjectBefore } from './groups.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';
import { reportedSubject } from './reported-speech.ts';
import { directObject } from './verb-objects.ts';

// Forces deployed to help: "Uganda confirmed that it had deployed troops to support the Congolese army", "le
// Burundi a déployé des soldats pour appuyer l'armée congolaise" (a purpose naming whom they help), and
// "Uganda has deployed special forces to Juba at the request of the South Sudanese government", "Le Rwanda a
// déployé un millier de soldats à Pemba, à la demande de Maputo": forces deployed at another actor's request or
// invitation are sent to help it: SUPPORT TROOPS from the deploying actor to the requester. Only a deployment the
// clause already told (a DEPLOYMENT claim) counts; "a demandé le déploiement" is a request, and makes none.

export function requestClaims(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const phrases = ctx.constructions?.requestPhrases;
  if (!phrases) return [];
  const out: RawClaim[] = [];
  for (const p of phrases.find(view.tokens, clause.first, clause.last)) {
    const requester = actorAfterDeterminers(view, clause, p.last + 1);
    if (!requester) continue;
    const deployed = ctx.claims.filter(
      (c) =>
        c.kind === 'DEPLOYMENT' &&
        c.sentence === view.index &&
        c.polarity === 'ASSERTED' &&
        c.quoteStart >= clause.start &&
        c.quoteStart <= clause.end,
    );
    for (const d of deployed)
      for (const r of requester.refs) {
        const same = d.subject === r.id || (ctx.stateOf?.get(d.subject) ?? '-') === ctx.stateOf?.get(r.id);
        if (same || out.some((c) => c.subject === d.subject && c.object === r.id)) continue;
        out.push({
          kind: 'SUPPORT',
          subject: d.subject,
          object: r.id,
          supportType: 'TROOPS',
          polarity: 'ASSERTED',
          certainty: d.certainty,
          ...(d.hedge ? { hedge: d.hedge } : {}),
          quoteStart: d.quoteStart,
          quoteEnd: Math.max(d.quoteEnd, requester.end),
          sentence: view.index,
          paragraph: view.paragraph,
          rule: 'support/at-request',
          cue: wordsBetween(view, p.first, p.last),
          score: 0.65,
        });
      }
  }
  return out;
}

const SENT_TYPES = new Set(['TROOPS', 'ADVISERS', 'MERCENARIES', 'TRAINING']);

/** A deployment verb followed by a purpose whose object is an actor ("deployed troops to support the Congolese army"). */
export function deployedToHelp(view: SentenceView, clause: Span, ctx: ArticleContext): RawClaim[] {
  const out: RawClaim[] = [];
  for (const purpose of within(cuesOf(view, 'purpose'), clause)) {
    const verb = within(cuesOf(view, 'claim'), clause)
      .filter((c) => c.value.kind === 'DEPLOYMENT' && c.last < purpose.first)
      .at(-1);
    if (!verb || governs(cuesOf(view, 'unrealised'), verb)) continue;
    const helped = directObject(view, clause, purpose.last);
    const own = subjectBefore(view, clause, verb.first);
    const deployers = own.length > 0 ? own : reportedSubject(view, clause, ctx);
    if (helped.length === 0 || deployers.length === 0) continue;
    // "deployed a team of military advisers to help…": the forces it names say the type, troops by default
    const forces = cuesOf(view, 'materiel').find(
      (m) => m.first > verb.last && m.last < purpose.first && SENT_TYPES.has(m.value.type),
    );
    const supportType = forces?.value.type ?? 'TROOPS';
    for (const subject of ids(deployers))
      for (const object of ids(helped)) {
        if (subject === object) continue;
        out.push({
          kind: 'SUPPORT',
          subject,
          object,
          supportType,
          polarity: verb.value.negated || negatedBefore(view, verb.first) ? 'DENIED' : 'ASSERTED',
          certainty: 'REPORTED',
          quoteStart: Math.min(verb.start, ...deployers.map((m) => m.start)),
          quoteEnd: Math.max(...helped.map((m) => m.end)),
          sentence: view.index,
          paragraph: view.paragraph,
          rule: 'support/deployed-to-help',
          cue: `${verb.value.cue} … ${purpose.value.cue}`,
          score: 0.7,
        });
      }
  }
  return out;
}
