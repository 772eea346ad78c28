import { fold, type Token, tokenize } from './fold.ts';

// Names are matched without case or accents ("forces armées maliennes" is the FAMa), but some names are only
// names when they are written with their capitals: the acronym "UN" is not the French article "Un" opening a
// sentence, "AU" is not "Au Niger", and "an Islamic state" is not the Islamic State. A name's written form says
// which of its words must keep a capital in the text.

/** Per word of a name (its folded tokens): 'acronym' needs two capitals or more, 'capital' a first capital. */
export type WrittenForm = readonly { word: number; need: 'acronym' | 'capital' }[];

const UPPER = /\p{Lu}/gu;
const countUpper = (w: string) => w.match(UPPER)?.length ?? 0;
const FIRST_UPPER = /^\p{Lu}/u;

/**
 * What a name's writing requires of the text, or undefined when nothing: acronyms ("UN", "FAMa", "CSP-DPA") keep
 * their capitals; with `titles`, so do the capitalised words of a name after its first ("Islamic State", "Security
 * Council"), and every capitalised word of a one-word name ("Otan"). Words in `free` (heads such as "group",
 * "army") may be written in lower case ("the Wagner group").
 */
export function writtenForm(name: string, titles: boolean, free: ReadonlySet<string>): WrittenForm | undefined {
  const tokens = tokenize(fold(name));
  const out: { word: number; need: 'acronym' | 'capital' }[] = [];
  tokens.forEach((t, i) => {
    const raw = name.slice(t.start, t.end);
    if (countUpper(raw) >= 2) out.push({ word: i, need: 'acronym' });
    else if (titles && (i > 0 || tokens.length === 1) && FIRST_UPPER.test(raw) && !free.has(t.text))
      out.push({ word: i, need: 'capital' });
  });
  return out.length > 0 ? out : undefined;
}

/** The text's words from token `first` on are written as the form requires. */
export function writtenAs(text: string, tokens: readonly Token[], first: number, form: WrittenForm): boolean {
  return form.every(({ word, need }) => {
    const t = tokens[first + word];
    if (!t) return false;
    const raw = text.slice(t.start, t.end);
    return need === 'acronym' ? countUpper(raw) >= 2 : FIRST_UPPER.test(raw);
  });
}
