import { fold, type Token, tokenize } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { lexiconSets, NOT_NAMES, upperAt } from './org-names.ts';

// The name an acronym in parentheses stands for when its initials do not spell it (org-proposals.ts).

const FUNCTION_WORDS = new Set(
  'de du des la le les l d pour of the and et for a au aux en in on par by sur'.split(' '),
);
/** The organisation words a name may open with ("Front", "Armée", "Movement"): heads and kind words of the lexicon. */
function nameOpeners(lexicon: Lexicon): Set<string> {
  const { heads, kinds } = lexiconSets(lexicon);
  return new Set([...heads.keys(), ...kinds.keys()]);
}

/**
 * The name before an acronym whose initials do not spell it (a name in another language): from the farthest
 * capitalised organisation word ("Front", "Armée") among the eight words before the parenthesis, with no
 * punctuation in between, to the parenthesis. Undefined when no such word opens a name there.
 */
export function namedFromHead(text: string, before: number, acronym: string, lexicon: Lexicon): string | undefined {
  const head = text.slice(Math.max(0, before - 160), before);
  const tokens = tokenize(fold(head));
  const openers = nameOpeners(lexicon);
  let found: number | undefined;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 8); k--) {
    const t = tokens[k] as Token;
    const gap = head.slice(t.end, (tokens[k + 1] as Token | undefined)?.start ?? head.length);
    if (/[.,;:!?()«»"]/.test(gap)) break;
    if (openers.has(t.text) && upperAt(head, t.start)) found = k;
  }
  if (found === undefined || found === tokens.length - 1) return undefined;
  // the acronym still abbreviates it: half its words' initials at least are letters of the acronym ("Front de
  // résistance (ZOKAMBI)" is not spelled out)
  const letters = new Set(fold(acronym).replace(/[^a-z]/g, ''));
  const initials = tokens
    .slice(found)
    .filter((t) => !FUNCTION_WORDS.has(t.text))
    .map((t) => t.text[0] ?? '');
  if (initials.filter((c) => letters.has(c)).length * 2 < initials.length) return undefined;
  return head.slice((tokens[found] as Token).start).trim();
}

/**
 * "Tehrik-i-Taliban Pakistan (TTP)": the capitalised words right before an acronym, when they end with a known
 * actor (a country) that the acronym does not abbreviate. Two words at least, the first not a determiner.
 */
export function capitalisedRun(text: string, before: number): string | undefined {
  const head = text.slice(Math.max(0, before - 120), before);
  const tokens = tokenize(fold(head));
  let first = tokens.length;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - 6); k--) {
    const t = tokens[k] as Token;
    const gap = head.slice(t.end, (tokens[k + 1] as Token | undefined)?.start ?? head.length);
    if (/[.,;:!?()«»"]/.test(gap) || !upperAt(head, t.start) || NOT_NAMES.has(t.text)) break;
    first = k;
  }
  return tokens.length - first >= 2 ? head.slice((tokens[first] as Token).start).trim() : undefined;
}
