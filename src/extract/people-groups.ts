import type { ActorRef } from './actor-index.ts';
import { fold, phraseKey, type Token, tokenize } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { mentionsIn, type NameBook, namesOfRef } from './name-book.ts';
import type { PhraseMatch } from './phrase-index.ts';

// "les combattants kurdes", "des milices peules", "Tigrayan fighters": a fighters' noun with a people's adjective
// (actor-cues.json peoples) names the armed group the text names with that people's stem ("Tigrayan fighters" are
// the Tigray People's Liberation Front's), the one it names most when several. A state's adjective ("soldats
// rwandais") is the demonym reading's, not this one's. With no such group and no armed group named at all, the
// phrase itself is proposed as the group (org-proposals.ts); with other groups named and none of that people,
// nothing is guessed.

export interface PeoplePhrase {
  phrase: string;
  first: number;
  last: number;
  /** the group the phrase names; undefined when the text names none with that people's stem */
  group?: ActorRef;
}

interface Sets {
  people: Map<string, number>;
  stems: string[][];
  heads: Set<string>;
}

const compiled = new WeakMap<Lexicon, Sets>();

function setsOf(lexicon: Lexicon): Sets {
  let hit = compiled.get(lexicon);
  if (!hit) {
    const cues = lexicon['actor-cues'];
    const people = new Map<string, number>();
    cues.peoples.forEach((p, n) => {
      for (const w of p.words) people.set(phraseKey(w), n);
    });
    const single = (list: string[]) => list.map(phraseKey).filter((w) => !w.includes(' '));
    hit = {
      people,
      stems: cues.peoples.map((p) => p.stems.map(phraseKey)),
      heads: new Set([
        ...single(cues.memberNouns),
        ...single(cues.armedForceHeads),
        ...single(cues.organisationHeads.map((h) => h.cue)),
      ]),
    };
    compiled.set(lexicon, hit);
  }
  return hit;
}

const ARMED = new Set(['NON_STATE_ARMED_GROUP']);

/**
 * The people phrases of a text with the group each names. `mentions()` gives the text's actor mentions (called only
 * when a people phrase is found), `namesOf(ref)` an actor's names.
 */
export function peoplePhrases(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  mentions: () => PhraseMatch<ActorRef>[],
  namesOf: (ref: ActorRef) => readonly string[],
): PeoplePhrase[] {
  const { people, stems, heads } = setsOf(lexicon);
  const found: { phrase: string; people: number; first: number; last: number }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const n = people.get(tokens[k]?.text ?? '');
    if (n === undefined) continue;
    // French order ("combattants kurdes", "miliciens nationalistes amhara"), English order ("Tigrayan fighters")
    // …one adjective between at most ("miliciens nationalistes amhara"), not a preposition ("drones aux Houthis")
    const between = tokens[k - 1]?.text ?? '';
    const adjective = between.length > 3 && !heads.has(between);
    const before = heads.has(between) ? k - 1 : adjective && heads.has(tokens[k - 2]?.text ?? '') ? k - 2 : -1;
    const after = heads.has(tokens[k + 1]?.text ?? '') ? k + 1 : -1;
    const [a, b] = before >= 0 ? [before, k] : after >= 0 ? [k, after] : [-1, -1];
    if (a < 0) continue;
    const gap = text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0);
    if (/[.,;:!?()«»"]/.test(gap)) continue;
    found.push({ phrase: text.slice(tokens[a]?.start ?? 0, tokens[b]?.end ?? 0), people: n, first: a, last: b });
  }
  if (found.length === 0) return [];
  const counts = new Map<string, { ref: ActorRef; count: number }>();
  for (const m of mentions()) {
    if (!ARMED.has(m.value.kind)) continue;
    const had = counts.get(m.value.id);
    counts.set(m.value.id, { ref: had?.ref ?? m.value, count: (had?.count ?? 0) + 1 });
  }
  const groupOf = (n: number): ActorRef | undefined => {
    const own = stems[n] ?? [];
    const linked = [...counts.values()].filter((g) =>
      namesOf(g.ref).some((name) => {
        // a name of several words that holds the stem ("Tigray People's Liberation Front"), not the people's own name
        const words = tokenize(fold(name));
        return words.length > 1 && words.some((t) => own.some((stem) => t.text.startsWith(stem)));
      }),
    );
    return linked.sort((x, y) => y.count - x.count)[0]?.ref;
  };
  const out: PeoplePhrase[] = [];
  for (const f of found) {
    const group = groupOf(f.people);
    const { phrase, first, last } = f;
    out.push({ phrase, first, last, ...(group ? { group } : {}) });
  }
  return out;
}

/** Ties each people phrase to its group for this text; returns the phrases no group of that people was named for. */
export function namePeoples(book: NameBook): PeoplePhrase[] {
  const { text, tokens, lexicon } = book;
  const mentions = () => mentionsIn(book, 0, tokens.length);
  const phrases = peoplePhrases(text, tokens, lexicon, mentions, (r) => namesOfRef(book, r));
  for (const p of phrases) {
    if (!p.group || book.known(p.phrase)) continue;
    for (let i = p.first; i <= p.last; i++) book.covered.add(i);
    book.alias(p.phrase, { ...p.group, cue: 'fighters named by their people' });
  }
  return phrases.filter((p) => !p.group);
}

/** "des milices peules ont attaqué…" in a text that names no armed group at all: the phrase is the group. */
export function proposeUnnamedPeoples(book: NameBook, unnamed: PeoplePhrase[]): void {
  if (unnamed.length === 0) return;
  if (mentionsIn(book, 0, book.tokens.length).some((m) => m.value.kind === 'NON_STATE_ARMED_GROUP')) return;
  for (const p of unnamed) book.propose(p.phrase, [], 'NON_STATE_ARMED_GROUP', 'fighters named by their people');
}
