import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// A wire dateline ("KABOUL, 14 octobre 2025 - ") names where and when the report was filed: its city is no actor
// and its date does not put the event on the record. Sentences written for these tests.

beforeAll(loadKnown);

describe('datelines', () => {
  it('the city of a dateline is not the subject (FR, EN)', () => {
    expect(
      claims(
        "BANGKOK, 26 juillet 2025 - L'armée de l'air thaïlandaise a bombardé vendredi l'armée cambodgienne.",
        'fr',
        'COMBAT',
      ),
    ).toEqual(['COMBAT thailand-air-force cambodia-armed-forces ASSERTED']);
    expect(
      claims('NEW DELHI/ISLAMABAD, Feb 12, 2026 - Indian forces struck the Pakistani army overnight.', 'en', 'COMBAT'),
    ).toEqual(['COMBAT india-armed-forces pakistan-armed-forces ASSERTED']);
  });
  it("the dateline's date does not confirm the event", () => {
    const d = draftOf("BAMAKO, 3 septembre 2025 - L'armée malienne a repris dimanche le contrôle de Ber.", 'fr');
    expect(d.claims?.map((c) => c.evidence[0]?.certainty)).toEqual(['REPORTED']);
  });
  it('near miss: a capital that opens a sentence without a dash is still a metonym', () => {
    expect(claims('Bamako, longtemps allié de Paris, a condamné la France.', 'fr', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION mali france ASSERTED',
    ]);
  });
});
