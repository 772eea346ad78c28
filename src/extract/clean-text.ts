import type { Lexicon } from './lexicon.ts';

// Page furniture ("Lire aussi" links, share buttons, comment forms, "ADVERTISEMENT") is removed line by line
// before anything is extracted; the cleaned text is what is stored, so every quote's offsets are true to it.

const compiled = new WeakMap<Lexicon, RegExp[]>();

function patterns(lexicon: Lexicon): RegExp[] {
  let list = compiled.get(lexicon);
  if (!list) {
    list = lexicon.furniture.linePatterns.map((p) => new RegExp(p, 'iu'));
    compiled.set(lexicon, list);
  }
  return list;
}

/** Whitespace runs as single spaces; most lines have none, and are returned without a replace. */
function squeeze(line: string): string {
  return /[^\S ]| {2}/.test(line) ? line.replace(/\s+/g, ' ') : line;
}

/** The line without its trailing spaces and tabs (a regular expression anchored at the end tries every blank). */
function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}

export function removeFurniture(text: string, lexicon: Lexicon): { text: string; removed: string[] } {
  const removed: string[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  const linePatterns = patterns(lexicon);
  for (const line of text.split('\n')) {
    const trimmed = squeeze(line.trim());
    if (trimmed && linePatterns.some((p) => p.test(trimmed))) {
      removed.push(trimmed);
      continue;
    }
    // a title repeated by the page template is furniture too
    if (trimmed.length > 20 && seen.has(trimmed)) {
      removed.push(trimmed);
      continue;
    }
    if (trimmed) seen.add(trimmed);
    kept.push(trimEndBlanks(line));
  }
  const cleaned = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: cleaned, removed };
}
