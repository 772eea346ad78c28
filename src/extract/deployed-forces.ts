import type { SupportType } from '../model/vocabulary.ts';
import { cuesOf, type SentenceView, type Span } from './analysis.ts';
import { DESTINATION as PLACE_DESTINATIONS } from './event-places.ts';
import type { ClaimCue } from './event-rules.ts';

// What a deployment sent, when the verb's object names forces: "a déployé un millier de soldats … dans la province
// de Cabo Delgado" (TROOPS), "has deployed a team of around 40 military advisers to Manta" (ADVISERS). The type is
// the first forces noun between the verb and the preposition of its destination; forces named only before the
// verb ("une centaine d'instructeurs … sont arrivés"), goods alone ("deployed two cutters") or forces named past the
// destination ("…, ont accepté de retirer leurs troupes") say no type, as an analyst codes them; a passive of
// sending ("deux bataillons ont été envoyés à…", claim-cues sendsForces) takes the forces before it.

const FORCES = new Set<SupportType>(['TROOPS', 'ADVISERS', 'MERCENARIES', 'TRAINING']);
// …with "aux" and "near"/"près": where the forces' noun phrase ends
const DESTINATION = new Set([...PLACE_DESTINATIONS, 'aux', 'near', 'près']);

export function deployedForces(view: SentenceView, clause: Span, cue: ClaimCue): SupportType | undefined {
  if (cue.value.voice !== 'active') return undefined;
  // "deux bataillons ont été envoyés à…": what was sent stands before the verb
  if (cue.value.sendsForces)
    return cuesOf(view, 'materiel').find(
      (m) => m.first >= clause.first && m.last < cue.first && FORCES.has(m.value.type),
    )?.value.type;
  if (cue.value.needsForces) return undefined;
  let last = cue.last;
  while (last < clause.last && last - cue.last < 14 && !DESTINATION.has(view.tokens[last + 1]?.text ?? '')) last++;
  const forces = cuesOf(view, 'materiel').find((m) => m.first > cue.last && m.last <= last && FORCES.has(m.value.type));
  return forces?.value.type;
}
