import { describe, expect, it } from 'vitest';
import { fulltextQuery, rankByNames, searchWords } from '../../src/graph/search-text.ts';

describe('search text', () => {
  it('folds case and accents in any script and drops French and English elisions', () => {
    expect(searchWords("l'Inter Milan")).toEqual(['inter', 'milan']);
    expect(searchWords('d’Anéfis, jusqu’à Kidal')).toEqual(['anefis', 'a', 'kidal']);
    expect(searchWords("Mali's army")).toEqual(['mali', 'army']);
    expect(searchWords('ЧВК «Вагнер»')).toEqual(['чвк', 'вагнер']);
  });

  it('escapes Lucene operators and adds fuzzy terms only to words of four letters or more', () => {
    expect(fulltextQuery('a+b "x" AES')).toBe('a* AND b* AND x* AND aes*');
    expect(fulltextQuery('wagnr faso', { fuzzy: true })).toBe('(wagnr* OR wagnr~1) AND (faso* OR faso~1)');
    expect(fulltextQuery('burkinna', { fuzzy: true })).toBe('(burkinna* OR burkinna~2)');
    expect(fulltextQuery(' « » ')).toBeUndefined();
  });

  it('ranks exact, then prefix, then by edit distance', () => {
    const names: Record<string, string[]> = {
      nigeria: ['Nigeria'],
      niger: ['Niger', 'République du Niger'],
      'nigerien-civilians': ['civils nigériens'],
      algeria: ['Algérie'],
    };
    const ranked = rankByNames('niger', Object.keys(names), (id) => names[id]!);
    expect(ranked.map((r) => [r.item, r.tier])).toEqual([
      ['niger', 0],
      ['nigeria', 1],
      ['nigerien-civilians', 1],
      ['algeria', 2],
    ]);
  });
});
