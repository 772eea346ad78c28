import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/graph/pagination.ts';
import { fulltextQuery } from '../../src/graph/search-text.ts';
import { locateQuote, splitSentences } from '../../src/ingest/sentences.ts';
import { closest } from '../../src/ingest/suggest.ts';
import { parsePartialDate } from '../../src/model/partial-date.ts';
import { parseJavaMajor } from '../../src/neo4j/local/java.ts';

describe('partial dates', () => {
  it('keeps the precision the string gives', () => {
    expect(parsePartialDate('2023')).toMatchObject({
      ok: true,
      date: { precision: 'YEAR', start: '2023-01-01', end: '2023-12-31' },
    });
    expect(parsePartialDate('2024-02')).toMatchObject({
      ok: true,
      date: { precision: 'MONTH', start: '2024-02-01', end: '2024-02-29' },
    });
    expect(parsePartialDate('2023-11-14')).toMatchObject({
      ok: true,
      date: { precision: 'DAY', start: '2023-11-14', end: '2023-11-14' },
    });
  });

  it('refuses dates that do not exist', () => {
    expect(parsePartialDate('2023-02-29')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/day 29 does not exist/),
    });
    expect(parsePartialDate('2023-13')).toMatchObject({ ok: false, error: expect.stringMatching(/month 13/) });
    expect(parsePartialDate('14/11/2023')).toMatchObject({ ok: false, error: expect.stringMatching(/expected YYYY/) });
  });
});

describe('sentences and quotes', () => {
  const text = 'Première phrase. Le Niger a prêté un avion-cargo. Fin.\nTitre sans point\nDernière « phrase » ici.';
  it('numbers sentences across punctuation and line breaks', () => {
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'Première phrase.',
      'Le Niger a prêté un avion-cargo.',
      'Fin.',
      'Titre sans point',
      'Dernière « phrase » ici.',
    ]);
  });

  it('locates a quote with its sentence and code-point offsets', () => {
    expect(locateQuote(text, splitSentences(text), 'un avion-cargo')).toEqual({
      sentence: 2,
      charStart: 34,
      charEnd: 48,
    });
    const emoji = '🙂 Le Niger a prêté un avion.';
    expect(locateQuote(emoji, splitSentences(emoji), 'Le Niger')?.charStart).toBe(2);
    expect(locateQuote(text, splitSentences(text), 'absent')).toBeUndefined();
  });
});

describe('full-text queries', () => {
  it('folds case and accents and makes every word a prefix', () => {
    expect(fulltextQuery('Armée  Malienne')).toBe('armee* AND malienne*');
    expect(fulltextQuery('Burkina')).toBe('burkina*');
  });

  it('neutralises Lucene syntax and Cypher-looking text', () => {
    expect(fulltextQuery('wagner") OR 1=1 //')).toBe('wagner* AND or* AND 1* AND 1*');
    expect(fulltextQuery('*** ??')).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('suggests the closest id for a typo, and nothing for a stranger', () => {
    expect(closest('nigerr', ['niger', 'nigeria', 'mali'])).toBe('niger');
    expect(closest('zzzzzz', ['niger', 'mali'])).toBeUndefined();
  });

  it('round-trips keyset cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor({ key: '2023-11-14', id: 'c-1' }))).toEqual({ key: '2023-11-14', id: 'c-1' });
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
  });

  it('reads Java versions old and new', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
  });
});
