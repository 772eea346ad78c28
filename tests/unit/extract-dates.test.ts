import { describe, expect, it } from 'vitest';
import { sentenceDate } from '../../src/extract/dates.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';

// Dates in sentences written for these tests, against a publication date on a Monday (20 May 2024).

const lexicon = loadLexicon();
const monday = new Date('2024-05-20T12:00:00Z');
const date = (sentence: string, language: 'fr' | 'en') => sentenceDate(sentence, language, monday, lexicon);

describe('a weekday alone is the last such day up to the publication date', () => {
  it('is never after the publication date', () => {
    expect(date('The rebels recaptured the town on Tuesday, the army said.', 'en')).toBe('2024-05-14');
    expect(date('Les rebelles ont repris la localité mardi, selon l’armée.', 'fr')).toBe('2024-05-14');
    expect(date('The army shelled the camp on Sunday.', 'en')).toBe('2024-05-19');
  });
  it('the publication day itself and explicit dates are left as they are', () => {
    expect(date('The convoy was attacked on Monday.', 'en')).toBe('2024-05-20');
    expect(date('The convoy was attacked last Tuesday.', 'en')).toBe('2024-05-14');
    expect(date('Le convoi a été attaqué le 12 mai 2024.', 'fr')).toBe('2024-05-12');
  });
});

describe('clock times and time zones are not read (the date parser keeps days, months and years only)', () => {
  it('a day with a time of day is that day', () => {
    expect(date('Le convoi a été attaqué le 12 mai à 15h30, selon l’armée.', 'fr')).toBe('2024-05-12');
    expect(date('The convoy was attacked at 10 a.m. GMT on Tuesday.', 'en')).toBe('2024-05-14');
    expect(date('Les tirs ont commencé hier soir vers 22 heures.', 'fr')).toBe('2024-05-19');
  });
});
