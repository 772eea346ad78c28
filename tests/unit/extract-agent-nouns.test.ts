import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// The noun that names a supporter says what it gave ("militias known as X", "its fighters were supporting"), and
// the organisations such phrases name are proposed: after a group noun and an apposition, a name that stops at
// punctuation, and an acronym of each word's first syllable. Sentences written for these tests.

beforeAll(loadKnown);

describe('a supporter named by a troop noun gives TROOPS', () => {
  it('a passive agent after "militias known as" (EN, FR)', () => {
    expect(
      claims('The Somali army is backed by clan militias known as the Macawisley, officials said.', 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT TROOPS macawisley somalia-armed-forces ASSERTED']);
    expect(
      claims(
        'Les soldats nigériens sont appuyés par des miliciens connus sous le nom de Koglweogo. Le Niger a félicité ses soldats.',
        'fr',
        'SUPPORT',
      ),
    ).toEqual(['SUPPORT TROOPS koglweogo niger-armed-forces ASSERTED']);
  });

  it("a private military company's fighters are MERCENARIES", () => {
    expect(claims('The Malian army convoy was escorted by Wagner fighters near Gao.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT MERCENARIES wagner fama ASSERTED',
    ]);
  });

  it('near miss: fighting militias known as X is no support', () => {
    expect(
      claims('The Somali army fought clan militias known as the Macawisley near Beledweyne.', 'en', 'SUPPORT'),
    ).toEqual([]);
  });
});

describe('organisation names', () => {
  const names = (text: string, language: 'fr' | 'en') =>
    (draftOf(text, language).actors ?? []).map((a) => a.name).sort();

  it('a name after its group noun stops at the end of the sentence', () => {
    expect(
      names(
        'Les soldats congolais sont appuyés par des miliciens connus sous le nom de Raïa Mutomboki. Le Burundi a démenti.',
        'fr',
      ),
    ).toContain('Raïa Mutomboki');
  });

  it("an acronym of each word's first syllable names the words before it", () => {
    const text =
      "L'armée congolaise a affronté les miliciens de la Coalition pour la défense du Kivu (CODEKI) près de Masisi.";
    expect(names(text, 'fr')).toContain('Coalition pour la défense du Kivu');
    expect(claims(text, 'fr', 'COMBAT')).toEqual([
      'COMBAT democratic-republic-of-the-congo-armed-forces codeki ASSERTED',
    ]);
  });

  it('near miss: letters that spell no words before it leave the acronym alone', () => {
    expect(
      names("L'armée congolaise a affronté les miliciens du Front de résistance (ZOKAMBI) près de Masisi.", 'fr'),
    ).not.toContain('Front de résistance');
  });
});
