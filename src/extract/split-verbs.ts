import type { Cue } from './cue-index.ts';
import type { Token } from './fold.ts';
import type { PhraseIndex, PhraseMatch } from './phrase-index.ts';

// A verb cue the lexicon lists whole ("a livré", "has supplied", "s'est emparé") written with adverbs between its
// auxiliary and its participle: "a également envoyé", "ont déjà livré", "has also supplied", "s'est finalement
// emparée". The adverbs (data/lexicon/claim-cues.json) are skipped and the cue spans the whole group.

const AUXILIARIES = new Set('a ont avait avaient aurait auraient est sont has have had was were is are'.split(' '));
const REFLEXIVE = new Set(['s', 'se']);

export function adverbSplitCues(
  tokens: readonly Token[],
  cues: PhraseIndex<Cue>,
  adverbs: Set<string>,
): PhraseMatch<Cue>[] {
  const out: PhraseMatch<Cue>[] = [];
  if (adverbs.size === 0) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!AUXILIARIES.has(tokens[i]?.text ?? '') || !adverbs.has(tokens[i + 1]?.text ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 2 && adverbs.has(tokens[j]?.text ?? '')) j++;
    const start = REFLEXIVE.has(tokens[i - 1]?.text ?? '') ? i - 1 : i;
    const lead = tokens.slice(start, i + 1);
    const phrase = [...lead, ...tokens.slice(j, j + 4)];
    const at = (k: number) => (k < lead.length ? start + k : j + k - lead.length);
    for (const m of cues.scanAll(phrase)) {
      if (m.first !== 0 || m.last < lead.length || m.value.cat !== 'claim') continue;
      const last = at(m.last);
      out.push({ ...m, first: start, last, start: tokens[start]?.start ?? 0, end: tokens[last]?.end ?? 0 });
    }
  }
  return out;
}
