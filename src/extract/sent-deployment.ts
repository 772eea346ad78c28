import type { SentenceView, Span } from './analysis.ts';
import { type ClaimCue, eventClaims } from './event-rules.ts';
import { phraseKey } from './fold.ts';
import type { ArticleContext, RawClaim } from './raw-claim.ts';

// A support verb of sending that names no recipient but sends forces to a place tells a deployment there: "Le
// gouvernement de Papouasie-Nouvelle-Guinée a envoyé mardi 200 soldats supplémentaires dans la province d'Enga",
// "Chad dispatched 500 troops to Tillabéri". The sentence is read as the same verb of deploying would be; forces
// (troops, advisers, mercenaries, trainers) must be what was sent ("sent drones to Gao", "sent a letter to Bamako"
// deploy nobody), and a verb that named a recipient made its SUPPORT claim instead (the caller asks only then).

export function sentDeployment(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  text: string,
): RawClaim[] {
  if (cue.value.kind !== 'SUPPORT' || cue.value.voice !== 'active') return [];
  if (!ctx.constructions?.sendVerbs.has(phraseKey(cue.value.cue))) return [];
  const deploying: ClaimCue = { ...cue, value: { ...cue.value, kind: 'DEPLOYMENT' } };
  return eventClaims(view, clause, deploying, ctx, text).filter((c) => c.supportType !== undefined);
}
