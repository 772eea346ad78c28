import type { LocationInput, OperationInput } from '../ingest/article-format.ts';
import { splitSentences } from '../ingest/sentences.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import {
  clausesOf,
  groupCues,
  type Mention,
  mention,
  mentionsFrom,
  type PlaceRef,
  type SentenceView,
} from './analysis.ts';
import { type AnaphoraMemory, resolveAnaphora } from './anaphora.ts';
import type { Cue } from './cue-index.ts';
import { fold, type Token, tokenize } from './fold.ts';
import { MultiIndex } from './multi-index.ts';
import { answeredDenials, datelineEnd, ownedByNext, ownedForces } from './owned-mentions.ts';
import { longestFirst, type PhraseIndex, type PhraseMatch } from './phrase-index.ts';
import { adverbSplitCues } from './split-verbs.ts';
import { writtenAs } from './written-form.ts';

// Reads a text once into sentence views: tokens (absolute offsets), actor and place mentions, cues, clauses.

export interface ScanIndexes {
  actors: ActorIndexes;
  proposals: PhraseIndex<ActorRef>;
  places: PhraseIndex<PlaceRef>;
  /** places named in this text and known nowhere */
  proposedPlaces?: PhraseIndex<PlaceRef>;
  cues: PhraseIndex<Cue>;
  memberNouns: Set<string>;
  governmentNouns?: Set<string>;
  sayingVerbs?: Set<string>;
  /** adverbs between an auxiliary and its participle ("a également envoyé") */
  adverbs?: Set<string>;
}

const NONE = new Set<string>();
const LEADING = new Set(['aux', 'au', 'des', 'du', 'to']);

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

/** Short acronyms must be written in capitals: "un rapport" is not the UN, "fan" not the FAN. */
function plausible(text: string, m: PhraseMatch<ActorRef>, tokens: readonly Token[]): boolean {
  if (m.value.form && !writtenAs(text, tokens, m.first, m.value.form)) return false;
  if (m.first !== m.last || m.end - m.start > 4) return true;
  const raw = text.slice(m.start, m.end);
  return raw !== raw.toLowerCase();
}

/**
 * "ont armé et formé les FDS": a French participle coordinated after "a/ont + participle" shares the auxiliary,
 * so it is the cue "ont formé" too (English past forms are cues by themselves).
 */
function sharedAuxiliary(tokens: readonly Token[], cues: PhraseIndex<Cue>): PhraseMatch<Cue>[] {
  const out: PhraseMatch<Cue>[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const aux = tokens[i];
    const word = tokens[i + 3];
    if (!aux || !word || (aux.text !== 'a' && aux.text !== 'ont') || tokens[i + 2]?.text !== 'et') continue;
    const first = tokens[i + 1];
    if (!first || !isVerb(cues.scanAll([aux, first]))) continue;
    for (const m of cues.scanAll([aux, word]))
      if (m.first === 0 && m.last === 1 && m.value.cat === 'claim')
        out.push({ ...m, first: i + 3, last: i + 3, start: word.start, end: word.end });
  }
  return out;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function commas(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]?.end ?? 0;
    const b = tokens[i + 1]?.start ?? 0;
    // "3,000 soldiers": a comma between two digits is a thousands separator, no pause
    const digits = b - a === 1 && isDigit(text.charCodeAt(a - 1)) && isDigit(text.charCodeAt(b));
    if (!digits) for (let k = a; k < b; k++) if (text.charCodeAt(k) === 0x2c) out.add(i);
  }
  return out;
}

const isVerb = (ms: PhraseMatch<Cue>[]) => ms.some((m) => m.first === 0 && m.last === 1 && m.value.cat === 'claim');

const merged = new WeakMap<PhraseIndex<ActorRef>, MultiIndex>();

/** The fixed dictionaries (cues, actors, places) as one trie, built once for the same three indexes. */
function fixedIndex(indexes: ScanIndexes): MultiIndex {
  const hit = merged.get(indexes.actors.actors);
  const [cues, actors, places] = hit?.sources ?? [];
  if (hit && cues === indexes.cues && actors === indexes.actors.actors && places === indexes.places) return hit;
  const multi = new MultiIndex([indexes.cues, indexes.actors.actors, indexes.places] as PhraseIndex<unknown>[]);
  merged.set(indexes.actors.actors, multi);
  return multi;
}

/**
 * The whole text's tokens inside [start, end), with `from` the first token at or after start; undefined when a
 * token straddles either end (then the sentence is tokenized alone, which is what these tokens otherwise equal).
 */
function sentenceTokens(all: readonly Token[], from: number, start: number, end: number): Token[] | undefined {
  if (from > 0 && (all[from - 1]?.end ?? 0) > start) return undefined;
  let to = from;
  while (to < all.length && (all[to] as Token).end <= end) to++;
  if (to < all.length && (all[to] as Token).start < end) return undefined;
  return all.slice(from, to);
}

function sameKnownBefore(actorMatches: PhraseMatch<ActorRef>[], m: PhraseMatch<ActorRef>): boolean {
  return actorMatches.some(
    (k) =>
      k.last === m.first - 1 &&
      actorMatches.some((x) => x.first === m.first && x.last === m.last && x.value.id === k.value.id),
  );
}

export function scanText(
  text: string,
  indexes: ScanIndexes,
  folded: string = fold(text),
  allTokens: readonly Token[] = tokenize(folded),
): SentenceView[] {
  const memory: AnaphoraMemory = {
    lastOfKind: new Map(),
    states: [],
    byHead: new Map(),
    named: new Map(),
    forcesOf: indexes.actors.forcesOf,
  };
  const views: SentenceView[] = [];
  const fixed = fixedIndex(indexes);
  const proposals = indexes.proposals.isEmpty() ? undefined : indexes.proposals;
  const proposedPlaces = indexes.proposedPlaces?.isEmpty() === false ? indexes.proposedPlaces : undefined;
  let paragraph = 1;
  let previousEnd = 0;
  let next = 0;
  for (const s of splitSentences(text)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, s.start))) paragraph++;
    previousEnd = s.end;
    while (next < allTokens.length && (allTokens[next] as Token).start < s.start) next++;
    const tokens =
      sentenceTokens(allTokens, next, s.start, s.end) ??
      tokenize(folded.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    const [cueMatches, actorMatches, placeMatches] = fixed.scanAll(tokens) as [
      PhraseMatch<Cue>[],
      PhraseMatch<ActorRef>[],
      PhraseMatch<PlaceRef>[],
    ];
    const shared = [
      ...sharedAuxiliary(tokens, indexes.cues),
      ...answeredDenials(cueMatches),
      ...adverbSplitCues(tokens, indexes.cues, indexes.adverbs ?? NONE),
    ];
    const cues = groupCues(shared.length > 0 ? [...cueMatches, ...shared] : cueMatches);
    const proposed = proposals ? proposals.scanAll(tokens) : [];
    // an acronym this text gives to another organisation than the known one names that organisation here
    // …except right after the known actor's own name ("Cadre stratégique permanent (CSP)")
    const overridden = proposed.filter((m) => m.value.overrides && !sameKnownBefore(actorMatches, m));
    const known = overridden.length
      ? actorMatches.filter((k) => !overridden.some((o) => o.first === k.first && o.last === k.last))
      : actorMatches;
    const found = proposals
      ? [...known, ...proposed.filter((m) => !m.value.overrides || overridden.includes(m))]
      : actorMatches;
    // "KABOUL, 14 octobre 2025 - …": a dateline's city names where the report was filed, not an actor
    const filed = datelineEnd(text, s.start);
    const named = found.filter((m) => plausible(text, m, tokens) && m.start >= filed);
    const actors: Mention[] = ownedForces(tokens, mentionsFrom(named));
    for (const a of cues.get('anaphora') ?? []) {
      if (a.value.cat !== 'anaphora') continue;
      if (actors.some((m) => m.first <= a.last && m.last >= a.first)) continue;
      // "les rebelles du M23", "the fighters of the TPLF": the group named after "de"/"of" is who they are
      if (a.value.kind && ownedByNext(tokens, actors, a.last)) continue;
      // "aux rebelles", "to the rebels": the preposition is the phrase's, the mention starts after it
      const lead = LEADING.has(tokens[a.first]?.text ?? '') && a.last > a.first ? 1 : 0;
      const from = tokens[a.first + lead];
      const span = { first: a.first + lead, last: a.last, start: from?.start ?? a.start, end: a.end };
      const extra = a.value.kind
        ? {
            kindAnaphora: a.value.kind,
            ...(a.value.named ? { namedOnly: true } : {}),
            ...(a.value.focus ? { focus: true } : {}),
          }
        : { anaphora: a.value.count };
      actors.push(mention([], span, extra));
    }
    actors.sort((a, b) => a.first - b.first);
    resolveAnaphora(actors, memory, tokens);
    const shielded = new Set<number>();
    for (const cat of ['attribution', 'hedge', 'alternative', 'nonSeparator'] as const)
      for (const m of cues.get(cat) ?? []) for (let i = m.first; i <= m.last; i++) shielded.add(i);
    const clauses = clausesOf(tokens, cues.get('separator') ?? [], (i) => shielded.has(i));
    views.push({
      index: s.index,
      paragraph,
      start: s.start,
      end: s.end,
      tokens,
      actors,
      places: longestFirst(proposedPlaces ? [...placeMatches, ...proposedPlaces.scanAll(tokens)] : placeMatches),
      cues,
      clauses,
      commaAfter: commas(text, tokens),
      memberNouns: indexes.memberNouns,
      ...(filed > s.start ? { body: tokens.findIndex((t) => t.start >= filed) } : {}),
      ...(indexes.governmentNouns ? { governmentNouns: indexes.governmentNouns } : {}),
      ...(indexes.sayingVerbs ? { sayingVerbs: indexes.sayingVerbs } : {}),
    });
  }
  return views;
}
