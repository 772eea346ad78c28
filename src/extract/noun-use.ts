import type { SentenceView } from './analysis.ts';

// "l'attaque et la Russie", "the supplies", "une frappe", "ces envois": a one-word verb cue ("attaque", "supplies")
// right after a determiner is the noun spelled the same, not the verb; it makes no claim as a verb.

const DETERMINERS = new Set(
  'l le la les un une des du cette ces cet ce sa son ses leur leurs notre nos the a an this these those its their our'.split(
    ' ',
  ),
);

export function nounUse(view: SentenceView, cue: { first: number; last: number }): boolean {
  if (cue.first !== cue.last) return false;
  return DETERMINERS.has(view.tokens[cue.first - 1]?.text ?? '');
}
