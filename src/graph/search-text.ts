/**
 * Turns user text into a Lucene query for the accent-folding full-text indexes: every word must match as a
 * prefix. Lucene's wildcard terms skip the analyzer, so folding (case, accents) happens here, and every Lucene
 * operator character is escaped: user text can neither break nor widen the query.
 */
export function fulltextQuery(text: string): string | undefined {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((w) => `${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' AND ');
}
