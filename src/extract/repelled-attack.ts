import type { Mention, SentenceView, Span } from './analysis.ts';
import type { ClaimCue } from './event-rules.ts';
import { nearestBefore } from './groups.ts';
import type { ArticleContext } from './raw-claim.ts';

// Verbs of repelling ("repelled", "a repoussé", "repoussée par") name the target as their grammatical subject:
// the side repelled attacked (ACLED's initiator). The cue says so with `reversed` (data/lexicon/claim-cues.json).

/** "l'attaque du JNIM repoussée par…", "the JNIM assault was repelled by…": the author of the attack named before the verb. */
export function attacker(view: SentenceView, clause: Span, cue: ClaimCue, ctx: ArticleContext): Mention[] {
  const nouns = ctx.constructions?.attackNouns;
  const last = nearestBefore(view, clause, cue.first)[0];
  if (!nouns || !last) return [];
  const near = [last.last + 1, last.first - 1, last.first - 2, last.first - 3];
  return near.some((k) => k >= clause.first && nouns.has(view.tokens[k]?.text ?? '')) ? [last] : [];
}

const TARGET_WORDS = new Set(['contre', 'sur', 'against', 'on', 'targeting', 'visant']);

/**
 * Swaps the sides of a repelling verb. In the active voice what was repelled is the actor right after the verb or
 * the author of an attack noun ("a repoussé une attaque du JNIM"); "a repoussé les accusations de Kinshasa" is no fight.
 */
export function repelled(
  view: SentenceView,
  cue: ClaimCue,
  read: { subjects: Mention[]; objects: Mention[] },
  ctx: ArticleContext,
): { subjects: Mention[]; objects: Mention[] } {
  const first = read.objects[0];
  if (cue.value.voice !== 'active' || !first) return { subjects: read.objects, objects: read.subjects };
  const gap = view.tokens.slice(cue.last + 1, first.first).map((t) => t.text);
  const nouns = ctx.constructions?.attackNouns;
  // …its author, not its target ("repelled an attack on the MINUSMA camp" names who was attacked)
  const ok = (gap.length <= 2 || gap.some((w) => nouns?.has(w))) && !gap.some((w) => TARGET_WORDS.has(w));
  return ok ? { subjects: read.objects, objects: read.subjects } : { subjects: [], objects: [] };
}
