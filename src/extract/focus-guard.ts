import type { RawClaim } from './raw-claim.ts';

// The article's focus stands for a support's unnamed recipient ("…a envoyé des officiers" helps the army the
// article is about). Never when the supporter fought the focus in this article: "Russian border guards opened fire
// on a Georgian police post. … accused Georgian police of provoking the incident by sending a patrol" sends no help
// to the Russians. One actor on both sides of a fight is what the graph refuses.

/** Whether any of `supporters` is on the other side of an asserted fight with any of `recipients`. */
export function foughtFocus(supporters: string[], recipients: string[], claims: RawClaim[]): boolean {
  const s = new Set(supporters);
  const r = new Set(recipients);
  return claims.some(
    (c) =>
      c.kind === 'COMBAT' &&
      c.polarity === 'ASSERTED' &&
      c.object !== undefined &&
      ((s.has(c.subject) && r.has(c.object)) || (r.has(c.subject) && s.has(c.object))),
  );
}

/**
 * A sentence that reads both a fight and a support between the same two actors has misread one of them ("fought
 * with the army", "a combattu aux côtés des FAMa"): the support names the relation (its verb names the side), so
 * the fight goes. Fights and supports of other sentences are separate facts and stay.
 */
export function sameSentenceSides(claims: RawClaim[]): RawClaim[] {
  const supported = new Set(
    claims
      .filter((c) => c.kind === 'SUPPORT' && c.polarity === 'ASSERTED' && c.object !== undefined)
      .flatMap((c) => [`${c.sentence} ${c.subject} ${c.object}`, `${c.sentence} ${c.object} ${c.subject}`]),
  );
  return claims.filter(
    (c) => !(c.kind === 'COMBAT' && c.object !== undefined && supported.has(`${c.sentence} ${c.subject} ${c.object}`)),
  );
}
