// Sentence numbers and offsets let an analyst find a quote in the original text. Splitting is deliberately
// simple and deterministic (line breaks, and ". ! ? …" followed by space and an upper-case letter or an opening
// quote), so the numbers do not move when the splitter's dependencies change.

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

const BOUNDARY = /[.!?…]+["”»)]?\s+(?=["“«(]?\p{Lu})|\n\s*/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      sentences.push({ index: sentences.length + 1, start: start + lead, end: start + lead + trimmed.length });
    }
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const matchEnd = match.index + match[0].length;
    const punctuation = match[0].trimEnd().length;
    push(match.index + punctuation);
    start = matchEnd;
  }
  push(text.length);
  return sentences;
}

/** Offsets in Unicode code points (what Python's str indexes count), not UTF-16 units. */
export function codePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    count++;
  }
  return count;
}

export interface LocatedQuote {
  sentence: number;
  charStart: number;
  charEnd: number;
}

export function locateQuote(text: string, sentences: Sentence[], quote: string): LocatedQuote | undefined {
  const at = text.indexOf(quote);
  if (at < 0) return undefined;
  const sentence = sentences.find((s) => at >= s.start && at < s.end) ?? sentences.at(-1);
  return {
    sentence: sentence?.index ?? 1,
    charStart: codePointOffset(text, at),
    charEnd: codePointOffset(text, at + quote.length),
  };
}
