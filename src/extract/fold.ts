// Accent- and case-insensitive matching without losing offsets: `fold` maps every UTF-16 unit of the text to
// exactly one unit, so an index in the folded text is the same index in the original (quotes stay verbatim).

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/;
const HYPHENS = /[\u2010\u2011\u2012\u2013]/;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  if (APOSTROPHES.test(ch)) out = "'";
  else if (HYPHENS.test(ch)) out = '-';
  // "à" (to) stays apart from "a" (has): the preposition introduces a recipient, the verb does not
  else if (ch === 'à' || ch === 'À') out = 'à';
  else {
    const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (stripped.length === 1) out = stripped;
    else if (ch.toLowerCase().length === 1) out = ch.toLowerCase();
  }
  if (cache.size < 10_000) cache.set(ch, out);
  return out;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x41 || (code > 0x5a && code < 0x7f) ? text[i] : foldChar(text[i] ?? '');
  }
  return out;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[;:]/gu;

/** Words of an already folded text (apostrophes split "l'armée" into "l", "armee"; hyphens stay inside words). */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export function phraseKey(phrase: string): string {
  return tokenize(fold(phrase))
    .map((t) => t.text)
    .join(' ');
}

export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
