import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Sentences written for this test. A passive's agent followed by a comma ends what the agent gave
// (src/extract/support-rule.ts); English names what was given before a support noun ("a military aid package for
// Ukraine", "Iran's arms shipments to the Houthis": src/extract/support-noun-rule.ts).

beforeAll(loadKnown);

describe('what a passive agent gave ends at the comma after it', () => {
  it('the main verb after the relative says nothing of what was given', () => {
    expect(claims('Hezbollah, which is backed by Iran, fired rockets at northern Israel.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER iran hezbollah ASSERTED',
    ]);
    expect(claims('Le M23, soutenu par le Rwanda, a pris Goma avec des drones.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT OTHER rwanda m23 ASSERTED',
    ]);
  });

  it('what follows the agent without a comma is still what it gave', () => {
    expect(claims('The M23, supported by Rwanda with drones and artillery, seized Goma.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES rwanda m23 ASSERTED',
      'SUPPORT WEAPONS rwanda m23 ASSERTED',
    ]);
  });
});

describe('goods named before a support noun', () => {
  it('"announced a new $400 million military aid package for Ukraine", "Iran\'s arms shipments to the Houthis"', () => {
    expect(
      claims('Washington announced a new $400 million military aid package for Ukraine.', 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT OTHER united-states ukraine ASSERTED']);
    expect(claims("Iran's arms shipments to the Houthis have continued.", 'en', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS iran houthis ASSERTED',
    ]);
    expect(
      claims(
        "Washington a annoncé une enveloppe d'aide militaire de 400 millions de dollars pour l'Ukraine.",
        'fr',
        'SUPPORT',
      ),
    ).toEqual(['SUPPORT OTHER united-states ukraine ASSERTED']);
  });

  it('near misses: no supplier named, suspended, humanitarian', () => {
    expect(claims('The navy intercepted a weapons shipment to the Houthis.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims('Washington suspended a military aid package for Ukraine.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims("Germany's humanitarian aid package for Ukraine arrived.", 'en', 'SUPPORT')).toEqual([]);
  });
});

describe('fighting beside an actor is no fight against it', () => {
  it('"a combattu aux côtés des FAMa": support, no combat', () => {
    expect(claims('Le groupe Wagner a combattu aux côtés des FAMa depuis fin 2021.', 'fr')).toEqual([
      'SUPPORT MERCENARIES wagner fama ASSERTED',
    ]);
  });

  it('a support phrase after the enemy leaves the fight as it is', () => {
    expect(claims('The Malian army attacked the CSP with the support of Turkish drones.', 'en')).toEqual([
      'COMBAT fama csp ASSERTED',
      'SUPPORT DRONES turkey fama ASSERTED',
    ]);
  });
});

describe("a weapon's model is no organisation", () => {
  it('"J-10C", "MiG-29", "S-400" are not proposed as actors', () => {
    expect(claims("Pakistan's air force used J-10C fighters supplied by China.", 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER china pakistan-air-force ASSERTED',
    ]);
    expect(claims('Russia delivered S-400 systems and MiG-29 jets to the Malian army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT AIRCRAFT russia fama ASSERTED',
    ]);
  });
});

describe('an actor inside a relative clause is not the agent of what follows it', () => {
  it('"L\'armée, qui a reçu des blindés des Émirats, a lancé une offensive contre…": the army\'s offensive', () => {
    expect(
      claims(
        "L'armée malienne, qui a reçu ces derniers mois des drones de la Turquie et des blindés des Émirats arabes unis, a lancé lundi une vaste offensive contre le CSP.",
        'fr',
      ),
    ).toEqual([
      'COMBAT fama csp ASSERTED',
      'SUPPORT DRONES turkey fama ASSERTED',
      'SUPPORT WEAPONS united-arab-emirates fama ASSERTED',
    ]);
  });
});

describe('the subject of a subject relative is its antecedent', () => {
  it('"…, according to the RSF, which accused Cairo of joining the war": the RSF accuses', () => {
    expect(
      claims(
        'Egyptian warplanes have struck RSF positions in Darfur, according to the RSF, which accused Cairo of joining the war.',
        'en',
        'STATEMENT',
      ),
    ).toEqual(['STATEMENT ACCUSATION rsf egypt ASSERTED']);
  });

  it('a coordinated antecedent stays whole: "Le Nigeria et le Niger, qui participent à…"', () => {
    expect(
      claims(
        'Le Nigeria et le Niger, qui participent à la force conjointe du G5 Sahel, ont envoyé des troupes.',
        'fr',
        'MEMBERSHIP',
      ),
    ).toEqual(['MEMBERSHIP niger g5-sahel ASSERTED', 'MEMBERSHIP nigeria g5-sahel ASSERTED']);
  });
});
