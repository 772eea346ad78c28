import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorIndexes, ActorRef } from './actor-index.ts';
import type { Token } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { longestFirst, type PhraseIndex, type PhraseMatch } from './phrase-index.ts';
import { writtenAs } from './written-form.ts';

// What the readers of names beyond acronyms and title case (lower-case-names.ts, people-groups.ts,
// titled-persons.ts) share while proposeOrganisations (org-proposals.ts) builds a text's proposals.

export interface NameBook {
  text: string;
  tokens: readonly Token[];
  lexicon: Lexicon;
  indexes: ActorIndexes;
  /** the names proposed or tied to an actor for this text so far */
  index: PhraseIndex<ActorRef>;
  /** token positions a name was read over already */
  covered: Set<number>;
  known: (name: string) => boolean;
  propose: (name: string, aliases: string[], kind: ActorKind, cue: string) => void;
  /** one more name for an actor already known or proposed */
  alias: (name: string, ref: ActorRef) => void;
  /** a known actor's names */
  namesOf?: (id: string) => readonly string[];
}

// the known names of the whole text, read once per text: the people and titled-person readers ask for the whole
// text and for short windows again and again, and the known index is the same for all of them
const wholeText = new WeakMap<NameBook, PhraseMatch<ActorRef>[]>();

/** A name that must keep its capitals is no mention written otherwise ("let" is not the LeT, "ans" not the ANS). */
const writtenIn =
  (book: NameBook, tokens: readonly Token[]) =>
  (m: PhraseMatch<ActorRef>): boolean =>
    !m.value.form || writtenAs(book.text, tokens, m.first, m.value.form);

/** Every known actor's name in the text, at its token positions, as it is written. */
function knownNames(book: NameBook): PhraseMatch<ActorRef>[] {
  let found = wholeText.get(book);
  if (!found) {
    found = book.indexes.actors.scanAll(book.tokens).filter(writtenIn(book, book.tokens));
    wholeText.set(book, found);
  }
  return found;
}

/** The actor mentions (known and proposed) of tokens from..to-1, at their positions in the text. */
export function mentionsIn(book: NameBook, from: number, to: number): PhraseMatch<ActorRef>[] {
  const span = book.tokens.slice(from, to);
  const shift = (m: PhraseMatch<ActorRef>) => ({ ...m, first: m.first + from, last: m.last + from });
  const proposed = book.index.scan(span).map(shift);
  // a short window before the whole text was read is read alone (a titled person's few words)
  if (!wholeText.has(book) && (to - from) * 4 < book.tokens.length) {
    const found = book.indexes.actors.scanAll(span).filter(writtenIn(book, span));
    return [...longestFirst(found).map(shift), ...proposed];
  }
  // the names inside the window: the same as a scan of the window alone finds, in the same order
  const known = knownNames(book).filter((m) => m.first >= from && m.last < to);
  return [...longestFirst(known).map((m) => ({ ...m })), ...proposed];
}

/** An actor's names: a proposal's own, else the known actor's. */
export function namesOfRef(book: NameBook, ref: ActorRef): readonly string[] {
  if (ref.proposal) return [ref.proposal.name, ...(ref.proposal.aliases ?? []).map((a) => a.name)];
  return book.namesOf?.(ref.id) ?? [];
}
