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

/** The actor mentions (known and proposed) of tokens from..to-1, at their positions in the text. */
export function mentionsIn(book: NameBook, from: number, to: number): PhraseMatch<ActorRef>[] {
  const span = book.tokens.slice(from, to);
  const shift = (m: PhraseMatch<ActorRef>) => ({ ...m, first: m.first + from, last: m.last + from });
  // a name that must keep its capitals is no mention written otherwise ("let" is not the LeT, "ans" not the ANS)
  const written = (ref: ActorRef, m: PhraseMatch<ActorRef>) =>
    !ref.form || writtenAs(book.text, span, m.first, ref.form);
  const found = book.indexes.actors.scanAll(span).filter((m) => written(m.value, m));
  return [...longestFirst(found).map(shift), ...book.index.scan(span).map(shift)];
}

/** An actor's names: a proposal's own, else the known actor's. */
export function namesOfRef(book: NameBook, ref: ActorRef): readonly string[] {
  if (ref.proposal) return [ref.proposal.name, ...(ref.proposal.aliases ?? []).map((a) => a.name)];
  return book.namesOf?.(ref.id) ?? [];
}
