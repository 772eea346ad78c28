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

export function removeFurniture(text: string, lexicon: Lexicon): { text: string; removed: string[] } {
  const removed: string[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim().replace(/\s+/g, ' ');
    if (trimmed && patterns(lexicon).some((p) => p.test(trimmed))) {
      removed.push(trimmed);
      continue;
    }
    // a title repeated by the page template is furniture too
    if (trimmed.length > 20 && seen.has(trimmed)) {
      removed.push(trimmed);
      continue;
    }
    if (trimmed) seen.add(trimmed);
    kept.push(line.replace(/[ \t]+$/, ''));
  }
  const cleaned = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: cleaned, removed };
}
