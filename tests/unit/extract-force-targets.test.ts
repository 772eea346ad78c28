import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// A country's patrol, convoy, checkpoint, positions, staff, warplanes or artillery named by its demonym is that
// country's armed forces (data/lexicon/actor-cues.json armedForceHeads): the side a fight is fought against or by.
// And an actor after a comma that a claim verb follows opens a clause of its own: it is no list member
// (src/extract/groups.ts). Sentences written for this test, with an organisation absent from the gazetteer.

const EN = 'The Front for Change and Concord in Chad (FACT) is a rebel group founded in 2016. ';
const FR = "Le Front pour l'alternance et la concorde au Tchad (FACT) est un groupe rebelle né en 2016. ";
const fights = (s: string, lang: 'fr' | 'en') => claims((lang === 'en' ? EN : FR) + s, lang, 'COMBAT');

beforeAll(loadKnown);

describe("a country's units and positions named by a demonym are its armed forces", () => {
  it('as the side attacked', () => {
    const attacked = ['COMBAT fact chad-armed-forces ASSERTED'];
    expect(fights('FACT fighters attacked a Chadian checkpoint near Faya.', 'en')).toEqual(attacked);
    expect(fights('A Chadian patrol was ambushed by the FACT.', 'en')).toEqual(attacked);
    expect(fights('The FACT shelled Chadian positions overnight.', 'en')).toEqual(attacked);
    expect(fights('Les combattants du FACT ont ouvert le feu sur une patrouille tchadienne.', 'fr')).toEqual(attacked);
    expect(fights('Le FACT a attaqué un convoi tchadien près de Faya.', 'fr')).toEqual(attacked);
  });

  it('as the side attacking', () => {
    // warplanes and aviation are the air force, a branch of the forces (tests/unit/extract-force-branches.test.ts)
    const attacking = ['COMBAT chad-air-force fact ASSERTED'];
    expect(fights('Chadian warplanes struck FACT positions near the border.', 'en')).toEqual(attacking);
    expect(fights("L'aviation tchadienne a bombardé des positions du FACT.", 'fr')).toEqual(attacking);
  });

  it('an actor after a comma with a claim verb of its own is the next clause’s subject', () => {
    expect(fights('Le Soudan bombarde des positions tchadiennes, le Tchad condamne une agression.', 'fr')).toEqual([
      'COMBAT sudan chad-armed-forces ASSERTED',
    ]);
    // near miss: a list with commas is still a list
    expect(fights('The FACT attacked Chadian positions, Nigerien troops and a Malian convoy.', 'en')).toEqual([
      'COMBAT fact chad-armed-forces ASSERTED',
      'COMBAT fact fama ASSERTED',
      'COMBAT fact niger-armed-forces ASSERTED',
    ]);
  });
});
