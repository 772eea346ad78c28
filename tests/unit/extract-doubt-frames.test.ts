import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// Sentences written for this test. What a sentence says it has no evidence for is not told as a fact; what it
// says is unclear or not excluded is only possible (data/lexicon/denial-frames.json unprovenBefore, doubtBefore;
// src/extract/denial-frames.ts weighInFrames); hedges inside a compound tense and the French subjunctive.

beforeAll(loadKnown);

const certainty = (text: string, language: 'fr' | 'en') =>
  (draftOf(text, language).claims ?? []).map((c) => `${c.subject} ${c.object} ${c.evidence[0]?.certainty}`);

describe('doubt and absence of evidence', () => {
  it('"there is no evidence that", "rien ne prouve que": no claim', () => {
    expect(claims('There is no evidence that Iran supplied drones to the Houthis.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims("Rien ne prouve que l'Iran ait fourni des drones aux Houthis.", 'fr', 'SUPPORT')).toEqual([]);
  });

  it('"it is unclear whether", "il n\'est pas exclu que": POSSIBLE, the phrase in the quote', () => {
    expect(certainty('It is unclear whether Iran supplied drones to the Houthis.', 'en')).toEqual([
      'iran houthis POSSIBLE',
    ]);
    expect(certainty("Il n'est pas exclu que l'Iran ait fourni des drones aux Houthis.", 'fr')).toEqual([
      'iran houthis POSSIBLE',
    ]);
    const quote = draftOf('It is unclear whether Iran supplied drones to the Houthis.', 'en').claims?.[0]?.evidence[0];
    expect(quote?.quote.startsWith('It is unclear whether')).toBe(true);
  });

  it('hedges: "likely", "appears to have", "a vraisemblablement fourni"', () => {
    expect(certainty('Iran likely supplied drones to the Houthis.', 'en')).toEqual(['iran houthis POSSIBLE']);
    expect(certainty('Iran appears to have supplied drones to the Houthis.', 'en')).toEqual(['iran houthis POSSIBLE']);
    expect(certainty("L'Iran a vraisemblablement fourni des drones aux Houthis.", 'fr')).toEqual([
      'iran houthis POSSIBLE',
    ]);
  });

  it('near miss: a plain report stays REPORTED', () => {
    expect(certainty("L'Iran a fourni des drones aux Houthis.", 'fr')).toEqual(['iran houthis REPORTED']);
  });
});

describe('doubted, and troops withdrawn', () => {
  it('"analysts doubt that": POSSIBLE', () => {
    expect(certainty('Analysts doubt that Russia supplied helicopters to the Malian army.', 'en')).toEqual([
      'russia fama POSSIBLE',
    ]);
  });

  it('"withdrew its last troops from Mali", "a retiré ses derniers soldats du Mali"; an ambassador is no troops', () => {
    expect(claims('France withdrew its last troops from Mali in August 2022.', 'en', 'WITHDRAWAL')).toEqual([
      'WITHDRAWAL france mali-country ASSERTED',
    ]);
    expect(claims('La France a retiré ses derniers soldats du Mali en août 2022.', 'fr', 'WITHDRAWAL')).toEqual([
      'WITHDRAWAL france mali-country ASSERTED',
    ]);
    expect(claims('Mali withdrew its ambassador from Paris.', 'en')).toEqual([]);
  });
});

describe('a thousands separator is no comma', () => {
  it('"3,000 soldiers": the number does not cut the sentence', () => {
    expect(
      claims('The M23, supported by Rwanda with 3,000 soldiers and drones, seized Goma.', 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT DRONES rwanda m23 ASSERTED', 'SUPPORT TROOPS rwanda m23 ASSERTED']);
  });
});
