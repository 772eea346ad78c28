import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type SentenceView, type Span } from './analysis.ts';
import type { Constructions } from './constructions.ts';
import { type ClaimCue, eventClaims } from './event-rules.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// "Le gouvernement a envoyé 200 soldats dans la province d'Enga", "Kenya sent 400 police officers to Haiti": forces
// sent somewhere are deployed there, whatever support the same verb tells. The verb's direct object must be forces
// (troops, advisers, mercenaries, police): a letter, a message or aid sent is no deployment, nor forces named only
// after a preposition ("sent a message to the troops"). Subject, place, negation and certainty are read as for
// "a déployé" (event-rules.ts); the claim's support type is what was sent (TROOPS, ADVISERS, MERCENARIES).

const FORCES = new Set(['TROOPS', 'MERCENARIES', 'ADVISERS']);
/** "a envoyé mardi 200 soldats supplémentaires", "sent some 300 troops": words the object may open with */
const REACH = 6;

export function sentForcesClaims(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  text: string,
  /** the support claims the same verb made: their supporter is the sender ("accuse le Rwanda d'avoir envoyé") */
  support: RawClaim[],
): RawClaim[] {
  const c = ctx.constructions;
  if (!c || cue.value.kind !== 'SUPPORT' || cue.value.voice !== 'active') return [];
  if (!c.sendingVerbs.has(view.tokens[cue.last]?.text ?? '')) return [];
  const forces = forcesObject(view, clause, cue, c);
  if (!forces) return [];
  // the cue read as running through the forces sent, so their place is looked for after them, as for "a déployé"
  const deploy: ClaimCue = {
    ...cue,
    last: forces.last,
    end: view.tokens[forces.last]?.end ?? cue.end,
    value: { cat: 'claim', kind: 'DEPLOYMENT', voice: 'active', cue: cue.value.cue, negated: cue.value.negated },
  };
  const sentTo = (claim: RawClaim) =>
    // "a envoyé des officiers au poste de commandement de l'armée malienne basé à Gao": a place past another
    // actor is where that actor is, not where the sender's forces went as its own deployment
    !view.actors.some((m) => m.start >= deploy.end && m.end < claim.quoteEnd);
  const read = eventClaims(view, clause, deploy, ctx, text).filter(sentTo);
  const made = (claim: RawClaim, subject: string, via?: boolean): RawClaim => ({
    ...claim,
    subject,
    supportType: forces.type,
    rule: 'deployment/sent-forces',
    ...(via ? { viaAccusation: true } : {}),
  });
  if (support.length === 0)
    // a verb a statement governs names its sender through that statement, which only the support rule reads
    return spokenBefore(view, clause, cue) ? [] : read.map((claim) => made(claim, claim.subject));
  const senders = new Map(support.map((s) => [s.subject, s.viaAccusation === true]));
  const places = new Map(read.map((claim) => [claim.location, claim]));
  return [...senders].flatMap(([sender, via]) => [...places.values()].map((claim) => made(claim, sender, via)));
}

/** "Kinshasa accuse le Rwanda d'avoir envoyé…": a statement cue earlier in the clause. */
function spokenBefore(view: SentenceView, clause: Span, cue: ClaimCue): boolean {
  return cuesOf(view, 'claim').some(
    (c) => c.value.kind === 'STATEMENT' && c.first >= clause.first && c.last < cue.first,
  );
}

/** A sending verb's support claims, and the deployment of what it sent when that is forces. */
export function withSentForces(
  support: RawClaim[],
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  text: string,
): RawClaim[] {
  return [...support, ...sentForcesClaims(view, clause, cue, ctx, text, support)];
}

/** The forces the verb sends (their last token, their type): the first thing named after it, before any preposition. */
function forcesObject(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  c: Constructions,
): { last: number; type: SupportType } | undefined {
  const goods = cuesOf(view, 'materiel');
  const last = Math.min(clause.last, cue.last + REACH);
  for (let i = cue.last + 1; i <= last; i++) {
    if (c.sendingBreaks.has(view.tokens[i]?.text ?? '')) return undefined;
    const given = goods.find((m) => m.first <= i && m.last >= i);
    if (given) return FORCES.has(given.value.type) ? { last: given.last, type: given.value.type } : undefined;
    const named = c.sentForces.at(view.tokens, i);
    if (named) return { last: named.last, type: 'TROOPS' };
    // "sent Rwandan troops" is read above (the troops are materiel); any other actor first is a recipient
    if (view.actors.some((m) => m.first === i)) return undefined;
  }
  return undefined;
}
