import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Sentences written for this test. An actor thanked or praised for its help supported the speaker
// (src/extract/thanked-support.ts); a time phrase between a support verb and its object does not hide the object
// (src/extract/groups.ts verbObject); "s'appuie sur … venues de" is support received.

beforeAll(loadKnown);

describe('thanked for its support', () => {
  it('the thanked actor supported the speaker, of the type its goods name', () => {
    expect(claims('Le Tchad a remercié la France pour son « soutien décisif » face aux rebelles.', 'fr')).toEqual([
      'STATEMENT CONGRATULATION chad france ASSERTED',
      'SUPPORT OTHER france chad ASSERTED',
    ]);
    expect(claims('Chad thanked France for its drones and its pilots.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES france chad ASSERTED',
    ]);
  });

  it('near misses: thanked for something that is no help, or praised for a victory', () => {
    expect(claims('Chad thanked Qatar for hosting the talks.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims('Chad thanked Qatar for its help in the talks.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims('Le Tchad a remercié le Qatar pour son aide humanitaire.', 'fr', 'SUPPORT')).toEqual([]);
    expect(claims('Le Mali a félicité le Niger pour sa victoire au football.', 'fr', 'SUPPORT')).toEqual([]);
  });
});

describe('a time phrase between the verb and its object', () => {
  it('"qui forment depuis des années", "has for years trained", "has since 2019 trained"', () => {
    const trained = ['SUPPORT TRAINING united-states chad-armed-forces ASSERTED'];
    expect(
      claims(
        'Les États-Unis, qui forment depuis des années les forces spéciales tchadiennes, suivent la situation.',
        'fr',
        'SUPPORT',
      ),
    ).toEqual(trained);
    expect(claims('The United States has for years trained Chadian special forces.', 'en', 'SUPPORT')).toEqual(trained);
    expect(claims('The United States has since 2019 trained Chadian special forces.', 'en', 'SUPPORT')).toEqual(
      trained,
    );
    // "for" before anything but a length of time is no time phrase
    expect(claims('The United States trained for the mission.', 'en', 'SUPPORT')).toEqual([]);
  });

  it('"s\'appuie sur des armes venues de Libye" is support received', () => {
    expect(claims("Le Tchad s'appuie sur des armes venues de Libye.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS libya chad ASSERTED',
    ]);
  });
});

describe('bought from a seller', () => {
  it('"a acheté des drones à la Turquie": the seller after "à" supplied the buyer', () => {
    expect(claims('Le Tchad a acheté des drones Bayraktar à la Turquie.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey chad ASSERTED',
    ]);
    expect(claims('Le Tchad a acheté des drones à la Turquie et au Pakistan.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES pakistan chad ASSERTED',
      'SUPPORT DRONES turkey chad ASSERTED',
    ]);
  });

  it('near misses: "à" after a verb of receiving is a place; bought for someone names no seller', () => {
    expect(claims("Le Tchad a reçu des drones à N'Djamena.", 'fr', 'SUPPORT')).toEqual([]);
    expect(claims("Le Tchad a acheté des drones pour l'armée tchadienne.", 'fr', 'SUPPORT')).toEqual([]);
  });
});

describe('forces named by their trade', () => {
  it('"des sapeurs sénégalais", "Nigerian pilots", "des officiers maliens" are the country\'s forces', () => {
    expect(claims('Le Maroc forme des officiers maliens.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT TRAINING morocco fama ASSERTED',
    ]);
    expect(claims('La France forme des sapeurs sénégalais au déminage.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT TRAINING france senegal-armed-forces ASSERTED',
    ]);
  });
});
