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

// one folded unit per UTF-16 unit, computed once per distinct character (0 = not computed yet)
const table = new Uint16Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

export function fold(text: string): string {
  const n = text.length;
  // most words and many phrases are already folded (lower-case ASCII): returned as they are, nothing allocated
  let i = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) break;
  }
  if (i === n) return text;
  const codes = new Uint16Array(n);
  let surrogates = false;
  for (i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      codes[i] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      continue;
    }
    let folded = table[code] ?? 0;
    if (folded === 0) {
      folded = code >= 0xd800 && code <= 0xdfff ? code : foldChar(String.fromCharCode(code)).charCodeAt(0);
      table[code] = folded;
    }
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    codes[i] = folded;
  }
  // a decoder call costs more than building a short string; the decoder stays for surrogates (it replaces a lone
  // one as it always did) and for long texts
  if (!surrogates && n <= 256) return String.fromCharCode.apply(null, codes as unknown as number[]);
  return utf16.decode(codes);
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const wordChar = new Int8Array(0x10000); // 0 unknown, 1 word character, -1 not

function isWord(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let known = wordChar[code] ?? 0;
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : -1;
    wordChar[code] = known;
  }
  return known === 1;
}

/** Words of an already folded text (apostrophes split "l'armée" into "l", "armee"; "-" and "." stay inside words). */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (code === 0x3b || code === 0x3a) {
      tokens.push({ text: folded[i] ?? '', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (!isWord(code)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWord(folded.charCodeAt(i))) i++;
      const c = folded.charCodeAt(i);
      if ((c === 0x2d || c === 0x2e) && i + 1 < n && isWord(folded.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    tokens.push({ text: folded.slice(start, i), start, end: i });
  }
  return tokens;
}

const keys = new Map<string, string>();

/** A phrase's folded words joined by single spaces (memoised: dictionaries and names are looked up again and again). */
export function phraseKey(phrase: string): string {
  const hit = keys.get(phrase);
  if (hit !== undefined) return hit;
  const key = tokenize(fold(phrase))
    .map((t) => t.text)
    .join(' ');
  if (keys.size < 100_000) keys.set(phrase, key);
  return key;
}

export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
