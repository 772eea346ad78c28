import type { SentenceView } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import type { Token } from './fold.ts';
import { longestFirst, type PhraseIndex, type PhraseMatch } from './phrase-index.ts';

// "a condamné « l'agression » de la Thaïlande et appelé le Conseil de sécurité à se réunir", "ont attaqué le camp
// puis pris la ville": a French participle after "et"/"puis" with an object between it and the auxiliary of a
// claim verb before shares that auxiliary, so it is the cue "a appelé" too. (The participle right after the first
// one, "ont armé et formé", is read when the text is scanned.)

const JOINERS = new Set(['et', 'puis']);
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient']);

type ClaimMatch = PhraseMatch<Extract<Cue, { cat: 'claim' }>>;

export function addSharedAuxiliaries(view: SentenceView, cues: PhraseIndex<Cue>): void {
  const claims = (view.cues.get('claim') ?? []) as ClaimMatch[];
  const verbs = claims.filter((c) => AUXILIARIES.has(view.tokens[c.first]?.text ?? ''));
  if (verbs.length === 0) return;
  const added: PhraseMatch<Cue>[] = [];
  view.tokens.forEach((t, j) => {
    if (!JOINERS.has(t.text) || claims.some((c) => c.first === j + 1)) return;
    const before = verbs.filter((v) => v.last < j && j - v.last <= 12).at(-1);
    const word = view.tokens[j + 1];
    if (!before || !word) return;
    const aux = view.tokens[before.first] as Token;
    for (const m of cues.scanAll([aux, word]))
      if (m.first === 0 && m.last === 1 && m.value.cat === 'claim')
        added.push({ ...m, first: j + 1, last: j + 1, start: word.start, end: word.end });
  });
  if (added.length > 0) view.cues.set('claim', longestFirst([...claims, ...added]));
}
