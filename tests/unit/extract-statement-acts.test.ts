import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Statements about an act rather than an actor (src/extract/statement-object.ts), a denial that answers "a
// charge" a few words before it, and a state's government named with "de"/"of". Sentences written for these
// tests, each with the near miss that must not fire.

beforeAll(loadKnown);

describe('the author of the act a statement is about', () => {
  it('named by a demonym, in either order (FR, EN)', () => {
    expect(claims("Le Tchad a condamné l'intervention soudanaise dans la région.", 'fr', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION chad sudan ASSERTED',
    ]);
    expect(claims('Poland condemned the Russian strikes on Lviv.', 'en', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION poland russia ASSERTED',
    ]);
  });

  it('after "de"/"of"/"by"', () => {
    // denouncing a support alleges it: an accusation (data/lexicon/constructions.json allegedActs)
    expect(claims('Le Niger a dénoncé le soutien du Bénin aux terroristes.', 'fr', 'STATEMENT')).toEqual([
      'STATEMENT ACCUSATION niger benin ASSERTED',
    ]);
    expect(claims("Le Niger a dénoncé l'intervention du Bénin.", 'fr', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION niger benin ASSERTED',
    ]);
  });

  it('after a demonstrative: the authors of the fight told last', () => {
    const text = "L'armée malienne a bombardé le CSP près de Kidal. La Russie a salué ces frappes.";
    expect(claims(text, 'fr', 'STATEMENT')).toEqual(['STATEMENT CONGRATULATION russia fama ASSERTED']);
  });

  it('near misses: an act nobody is named for, a decision, an act with "the"', () => {
    expect(claims('Les États-Unis ont salué la décision du Niger.', 'fr', 'STATEMENT')).toEqual([]);
    expect(claims('Poland condemned the strikes on Lviv.', 'en', 'STATEMENT')).toEqual([]);
    expect(claims('Les États-Unis ont salué ces frappes.', 'fr', 'STATEMENT')).toEqual([]);
  });
});

describe('a rejection after an accusation noun is a denial', () => {
  it('"a charge X rejected", "une accusation que X rejette"', () => {
    expect(
      claims('Ukraine accused Belarus of training Russian troops, a charge Minsk rejected.', 'en', 'STATEMENT'),
    ).toEqual(['STATEMENT ACCUSATION ukraine belarus ASSERTED', 'STATEMENT DENIAL belarus ukraine ASSERTED']);
    expect(
      claims("Kinshasa accuse le Rwanda d'armer le M23, une accusation que Kigali rejette.", 'fr', 'STATEMENT'),
    ).toEqual([
      'STATEMENT ACCUSATION democratic-republic-of-the-congo rwanda ASSERTED',
      'STATEMENT DENIAL rwanda democratic-republic-of-the-congo ASSERTED',
    ]);
  });

  it('near miss: rejecting a proposal denies nothing', () => {
    expect(
      claims(
        'Ukraine accused Belarus of training Russian troops. Minsk rejected the proposal of talks.',
        'en',
        'STATEMENT',
      ),
    ).toEqual(['STATEMENT ACCUSATION ukraine belarus ASSERTED']);
  });
});

describe('a country after "in"/"au" is where a fight happened, not whom it hit', () => {
  it('"a frappé le Hezbollah au Liban" fights Hezbollah, not Lebanon', () => {
    expect(claims('Israël a frappé le Hezbollah au Liban.', 'fr', 'COMBAT')).toEqual([
      'COMBAT israel hezbollah ASSERTED',
    ]);
    expect(claims('Israel struck positions in Lebanon.', 'en', 'COMBAT')).toEqual([]);
  });
  it('near miss: a country attacked by name still is', () => {
    expect(claims('Israel struck Lebanon overnight.', 'en', 'COMBAT')).toEqual(['COMBAT israel lebanon ASSERTED']);
  });
});

describe("a state's government named after its noun", () => {
  it('"les autorités de Damas", "the government of Chad"', () => {
    expect(claims('Les autorités de Damas ont condamné Israël.', 'fr', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION syria israel ASSERTED',
    ]);
    expect(claims('The government of Chad condemned Sudan.', 'en', 'STATEMENT')).toEqual([
      'STATEMENT CONDEMNATION chad sudan ASSERTED',
    ]);
  });
  it('near miss: soldiers of a state are not the state speaking', () => {
    expect(claims('Les soldats du Tchad ont condamné le Soudan.', 'fr', 'STATEMENT')).not.toContain(
      'STATEMENT CONDEMNATION chad sudan ASSERTED',
    );
  });
});

describe('welcoming an act', () => {
  it('"welcomed the deployment of Rwandan troops", "s\'est félicité de l\'intervention russe"', () => {
    expect(claims('Chad welcomed the deployment of Rwandan troops.', 'en', 'STATEMENT')).toEqual([
      'STATEMENT CONGRATULATION chad rwanda-armed-forces ASSERTED',
    ]);
    expect(claims("Le Niger s'est félicité de l'intervention russe.", 'fr', 'STATEMENT')).toEqual([
      'STATEMENT CONGRATULATION niger russia ASSERTED',
    ]);
  });
  it('near miss: welcoming a decision nobody is named for', () => {
    expect(claims('Chad welcomed the decision.', 'en', 'STATEMENT')).toEqual([]);
  });
});
