import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// Membership told by taking part in, being part of or acting within an alliance or organisation, and the kind of
// a proposed organisation read from a word of its name ("Force multinationale mixte" is an alliance). Sentences
// written for these tests, each with the near miss.

beforeAll(loadKnown);

describe('membership verbs', () => {
  it('"qui participent à la Force …", "is part of", "within"', () => {
    expect(
      claims(
        'Le Tchad et le Cameroun, qui participent à la Force multinationale du bassin (FMB), ont attaqué Boko Haram.',
        'fr',
        'MEMBERSHIP',
      ),
    ).toEqual(['MEMBERSHIP cameroon fmb ASSERTED', 'MEMBERSHIP chad fmb ASSERTED']);
    expect(claims('Burundi is part of the East African Community (EAC) force.', 'en', 'MEMBERSHIP')).toEqual([
      'MEMBERSHIP burundi eac ASSERTED',
    ]);
  });
  it('near misses: taking part in a fight, or being within a country', () => {
    expect(claims('Le Tchad participe aux combats contre Boko Haram.', 'fr', 'MEMBERSHIP')).toEqual([]);
    expect(claims('Rwandan troops operate within the DRC.', 'en', 'MEMBERSHIP')).toEqual([]);
  });
});

describe('the kind of a proposed organisation', () => {
  it('a word of its name says it is an alliance or an organisation', () => {
    const actors = draftOf(
      'Le Tchad et le Cameroun, qui participent à la Force multinationale du bassin (FMB), ont attaqué Boko Haram.',
      'fr',
    ).actors;
    expect(actors?.find((a) => a.id === 'fmb')?.kind).toBe('ALLIANCE');
  });
});
