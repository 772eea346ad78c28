import type { LocationInput, OperationInput } from '../ingest/article-format.ts';
import { splitSentences } from '../ingest/sentences.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import { clausesOf, groupCues, type Mention, mentionsFrom, type PlaceRef, type SentenceView } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import { fold, tokenize } from './fold.ts';
import { longestFirst, type PhraseIndex } from './phrase-index.ts';

// Reads a text once into sentence views: tokens (absolute offsets), actor and place mentions, cues, clauses.

export interface ScanIndexes {
  actors: ActorIndexes;
  proposals: PhraseIndex<ActorRef>;
  places: PhraseIndex<PlaceRef>;
  cues: PhraseIndex<Cue>;
  memberNouns: Set<string>;
}

export function placeIndexAdd(
  index: PhraseIndex<PlaceRef>,
  locations: LocationInput[],
  operations: OperationInput[],
): void {
  for (const l of locations) {
    index.add(l.name, { id: l.id, type: 'location' });
    for (const a of l.aliases ?? []) index.add(a.name, { id: l.id, type: 'location' });
  }
  for (const o of operations) {
    index.add(o.name, { id: o.id, type: 'operation' });
    for (const a of o.aliases ?? []) index.add(a.name, { id: o.id, type: 'operation' });
  }
}

export function scanText(text: string, indexes: ScanIndexes): SentenceView[] {
  const folded = fold(text);
  const views: SentenceView[] = [];
  let paragraph = 1;
  let previousEnd = 0;
  for (const s of splitSentences(text)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, s.start))) paragraph++;
    previousEnd = s.end;
    const tokens = tokenize(folded.slice(s.start, s.end)).map((t) => ({
      ...t,
      start: t.start + s.start,
      end: t.end + s.start,
    }));
    const cues = groupCues(indexes.cues.scanAll(tokens));
    const actors: Mention[] = mentionsFrom([
      ...indexes.actors.actors.scanAll(tokens),
      ...indexes.proposals.scanAll(tokens),
    ]);
    for (const a of cues.get('anaphora') ?? []) {
      if (a.value.cat !== 'anaphora') continue;
      if (actors.some((m) => m.first <= a.last && m.last >= a.first)) continue;
      actors.push({ refs: [], first: a.first, last: a.last, start: a.start, end: a.end, anaphora: a.value.count });
    }
    actors.sort((a, b) => a.first - b.first);
    const shielded = new Set<number>();
    for (const cat of ['attribution', 'hedge', 'alternative'] as const)
      for (const m of cues.get(cat) ?? []) for (let i = m.first; i <= m.last; i++) shielded.add(i);
    const clauses = clausesOf(tokens, cues.get('separator') ?? [], (i) => shielded.has(i));
    views.push({
      index: s.index,
      paragraph,
      start: s.start,
      end: s.end,
      tokens,
      actors,
      places: longestFirst(indexes.places.scanAll(tokens)),
      cues,
      clauses,
      memberNouns: indexes.memberNouns,
    });
  }
  return views;
}
