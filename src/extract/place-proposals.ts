import type { LocationInput } from '../ingest/article-format.ts';
import type { PlaceRef } from './analysis.ts';
import { phraseKey, slugify, type Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { PhraseIndex } from './phrase-index.ts';

// A place no gazetteer knows, named after a word that introduces one ("the town of Sake", "la localité de
// Kamanyola"), is a proposed location: declared in the draft, reviewed with it, never silently dropped.

export function proposePlaces(
  text: string,
  tokens: Token[],
  lexicon: Lexicon,
  known: PhraseIndex<PlaceRef>,
): { index: PhraseIndex<PlaceRef>; locations: LocationInput[] } {
  const heads = new PhraseIndex<LocationInput['kind']>();
  for (const h of lexicon.places.heads) heads.add(h.cue, h.kind);
  const index = new PhraseIndex<PlaceRef>();
  const locations = new Map<string, LocationInput>();
  for (const head of heads.scan(tokens)) {
    let k = head.last + 1;
    const first = k;
    while (
      k < tokens.length &&
      /^\p{Lu}/u.test(text.slice(tokens[k]?.start ?? 0, tokens[k]?.end ?? 0)) &&
      k - first < 3
    )
      k++;
    if (k === first) continue;
    const name = text.slice(tokens[first]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    const words = phraseKey(name)
      .split(' ')
      .map((w) => ({ text: w, start: 0, end: 0 }));
    if (known.scan(words).length > 0) continue;
    const id = slugify(name);
    if (!id || locations.has(id)) continue;
    locations.set(id, { id, name, kind: head.value });
    index.add(name, { id, type: 'location' });
  }
  return { index, locations: [...locations.values()] };
}
