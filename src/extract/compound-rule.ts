import type { SupportType } from '../model/vocabulary.ts';
import type { ActorIndexes } from './actor-index.ts';
import { cuesOf, type SentenceView } from './analysis.ts';
import { tokenize } from './fold.ts';
import type { RawClaim } from './raw-claim.ts';

// "the Rwanda-backed M23", "Iran-backed Houthi rebels", "Russian-trained units": a country (by name, capital or
// demonym) joined by a hyphen to a support participle describes the actor named right after it. The compound
// is one word to the tokenizer, so the country inside it is looked up here. Only the suffixes the lexicon lists
// (claim-cues compounds) count: "Russian-made drones" says where goods come from, not who gave them.

export function compoundClaims(
  view: SentenceView,
  text: string,
  actors: ActorIndexes,
  suffixes: Map<string, SupportType>,
): RawClaim[] {
  const claims: RawClaim[] = [];
  view.tokens.forEach((tok, i) => {
    const dash = tok.text.lastIndexOf('-');
    const type = dash > 0 ? suffixes.get(tok.text.slice(dash + 1)) : undefined;
    if (!type) return;
    const supporter = countryIn(tok.text.slice(0, dash), actors);
    // the actor described: named right after the compound ("Iran-backed Houthi rebels": at most one word between)
    const described = view.actors.find((m) => m.first > i && m.first <= i + 2);
    const recipient = described?.refs[0]?.id;
    if (!supporter || !described || !recipient || recipient === supporter) return;
    const hedge = cuesOf(view, 'hedge').find((h) => h.last === i - 1);
    claims.push({
      kind: 'SUPPORT',
      subject: supporter,
      object: recipient,
      supportType: type,
      polarity: 'ASSERTED',
      certainty: hedge ? hedge.value.certainty : 'REPORTED',
      ...(hedge ? { hedge: text.slice(hedge.start, hedge.end) } : {}),
      quoteStart: hedge?.start ?? tok.start,
      quoteEnd: described.end,
      sentence: view.index,
      paragraph: view.paragraph,
      rule: 'support/compound',
      cue: text.slice(tok.start, tok.end),
      score: 0.7,
    });
  });
  return claims;
}

/** The state a folded word names: its name, capital or demonym ("rwanda", "kigali", "russian"). */
function countryIn(word: string, actors: ActorIndexes): string | undefined {
  const tokens = tokenize(word);
  const whole = (m: { first: number; last: number }) => m.first === 0 && m.last === tokens.length - 1;
  const named = actors.actors.scan(tokens).find(whole);
  if (named && named.value.kind === 'STATE') return named.value.id;
  return actors.demonyms.scan(tokens).find(whole)?.value.stateId;
}
