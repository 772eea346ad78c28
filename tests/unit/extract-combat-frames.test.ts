import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// Fights told without a verb of attack (src/extract/combat-between.ts) and strikes named by a noun. Sentences
// written for these tests, each with the near miss that must not fire.

beforeAll(loadKnown);

describe('a fight "between" two sides', () => {
  it('a state force against an armed group is the conducting side (EN, FR)', () => {
    expect(claims('Clashes broke out between JNIM fighters and the Malian army near Gao.', 'en', 'COMBAT')).toEqual([
      'COMBAT fama jnim ASSERTED',
    ]);
    expect(
      claims("Des affrontements ont opposé l'armée malienne aux combattants du JNIM près de Gao.", 'fr', 'COMBAT'),
    ).toEqual(['COMBAT fama jnim ASSERTED']);
  });
  it('a side the article shows attacking elsewhere started it', () => {
    const text =
      'Clashes between the Malian army and the JNIM killed 20 near Gao. The JNIM captured Boni the next day.';
    expect(claims(text, 'en', 'COMBAT')).toContain('COMBAT jnim fama ASSERTED');
    expect(claims(text, 'en', 'COMBAT')).not.toContain('COMBAT fama jnim ASSERTED');
  });
  it('near misses: a fight feared or unlikely', () => {
    expect(claims('Fighting between Rwanda and Burundi is unlikely.', 'en', 'COMBAT')).toEqual([]);
    expect(claims("Les craintes d'affrontements entre le Rwanda et le Burundi grandissent.", 'fr', 'COMBAT')).toEqual(
      [],
    );
  });
});

describe('strikes named by a noun', () => {
  it('"a mené des frappes aériennes contre", "carried out airstrikes on"', () => {
    expect(
      claims("L'armée burkinabè a mené des frappes aériennes contre des positions du JNIM.", 'fr', 'COMBAT'),
    ).toEqual(['COMBAT burkina-armed-forces jnim ASSERTED']);
    expect(claims('The Malian army carried out airstrikes on JNIM positions.', 'en', 'COMBAT')).toEqual([
      'COMBAT fama jnim ASSERTED',
    ]);
  });
  it('near miss: who condemns strikes did not strike', () => {
    expect(claims('Niger condemned the strikes on JNIM positions.', 'en', 'COMBAT')).toEqual([]);
  });
});

describe('a trailing announcement confirms the whole sentence', () => {
  const certainty = (text: string) =>
    draftOf(text, 'fr')
      .claims?.filter((c) => c.kind === 'COMBAT')
      .map((c) => c.evidence[0]?.certainty);
  it('"…, après une attaque …, a annoncé la présidence"', () => {
    expect(
      certainty(
        "L'armée malienne a lancé lundi une offensive contre le JNIM, après une attaque, a annoncé la présidence.",
      ),
    ).toEqual(['CONFIRMED']);
  });
  it('near miss: an announcement inside one clause only confirms that clause', () => {
    expect(
      certainty(
        "L'armée malienne a lancé lundi une offensive contre le JNIM, après que Bamako a annoncé des renforts.",
      ),
    ).toEqual(['REPORTED']);
  });
});

describe("an event told in the report's own voice and dated to the day is on the record", () => {
  const certainty = (text: string, language: 'fr' | 'en') =>
    draftOf(text, language)
      .claims?.filter((c) => c.kind === 'CONTROL')
      .map((c) => c.evidence[0]?.certainty);
  it('"entered Kidal on 14 November 2023", "a repris Rubaya le 3 mars"', () => {
    expect(certainty('The Malian army entered Kidal on 14 November 2023.', 'en')).toEqual(['CONFIRMED']);
    expect(certainty('Le M23 a repris Rubaya le 3 mars.', 'fr')).toEqual(['CONFIRMED']);
  });
  it('near misses: a source that says it, a hedge, no day', () => {
    expect(certainty('The Malian army entered Kidal on 14 November 2023, the CSP said.', 'en')).toEqual(['REPORTED']);
    expect(certainty('Le M23 aurait repris Rubaya le 3 mars.', 'fr')).not.toEqual(['CONFIRMED']);
    expect(certainty('Le M23 a repris Rubaya ce mardi.', 'fr')).toEqual(['REPORTED']);
  });
});
