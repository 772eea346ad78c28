import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Support told from the recipient's side and in a fronted phrase, written for this test: "X enjoys the support of
// Y" (data/lexicon/claim-cues.json), "Avec l'appui de drones turcs, l'armée malienne…" (an actor past a comma is
// no agent of "by"/"de": src/extract/agent-groups.ts agentAfter), and a group named by a French adjective after
// the noun ("aux autorités talibanes": src/extract/groups.ts introducedAsRecipient).

beforeAll(loadKnown);

describe('support from the recipient side', () => {
  it('"enjoys the support of", "has the backing of", "jouit du soutien de"', () => {
    expect(claims('The Sudanese army enjoys the support of Egypt.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER egypt sudan-armed-forces ASSERTED',
    ]);
    expect(claims('The Sudanese army, which enjoys the support of Egypt, retook Bara.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER egypt sudan-armed-forces ASSERTED',
    ]);
    expect(claims('The RSF has the backing of the United Arab Emirates.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER united-arab-emirates rsf ASSERTED',
    ]);
    expect(claims('Le Tchad jouit du soutien de la France.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT OTHER france chad ASSERTED',
    ]);
  });

  it('goods named by a demonym in a fronted phrase are support to the subject after the comma', () => {
    expect(claims("Avec l'appui de drones turcs, l'armée malienne est entrée dans Kidal.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey fama ASSERTED',
    ]);
    expect(claims('Backed by Turkish drones, the Malian army entered Kidal.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey fama ASSERTED',
    ]);
    // the supplier named in the fronted phrase stays the supplier
    expect(claims('Backed by Egypt, the Sudanese army retook Bara.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER egypt sudan-armed-forces ASSERTED',
    ]);
  });

  it('a group named by an adjective after a member or government noun is a recipient', () => {
    expect(claims('Moscou a livré du carburant aux autorités talibanes.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT LOGISTICS russia taliban ASSERTED',
    ]);
    expect(claims("L'Iran a livré des missiles aux rebelles houthis.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT MUNITIONS iran houthis ASSERTED',
    ]);
  });

  it('who is cited in a fronted "according to" is not the subject', () => {
    expect(
      claims(
        'According to a confidential UN report, the RSF received pickup trucks from the United Arab Emirates.',
        'en',
        'SUPPORT',
      ),
    ).toEqual(['SUPPORT LOGISTICS united-arab-emirates rsf ASSERTED']);
  });

  it("a model's name between the demonym and the goods", () => {
    expect(claims('The Sudanese army, supported by Egyptian Tucano jets, bombed Bara.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT AIRCRAFT egypt sudan-armed-forces ASSERTED',
    ]);
    expect(claims("L'armée soudanaise a reçu des drones Bayraktar turcs.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey sudan-armed-forces ASSERTED',
    ]);
    // without a capital, the word between is no model: "Turkish-made" drones were made, not given, by Turkey
    expect(claims('The Sudanese army received drones made in a Turkish factory.', 'en', 'SUPPORT')).toEqual([]);
  });

  it('"with logistical support from", "avec l\'appui aérien de", "relied on … from", "the main backer of", "backs"', () => {
    expect(claims('Sudanese troops, with logistical support from Egypt, retook Bara.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT LOGISTICS egypt sudan-armed-forces ASSERTED',
    ]);
    expect(claims("Les troupes soudanaises ont repris Bara avec l'appui aérien de l'Égypte.", 'fr', 'SUPPORT')).toEqual(
      ['SUPPORT AIRCRAFT egypt sudan-armed-forces ASSERTED'],
    );
    expect(claims('The RSF has long relied on fighters and weapons from Libya.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT TROOPS libya rsf ASSERTED',
      'SUPPORT WEAPONS libya rsf ASSERTED',
    ]);
    expect(claims('The United Arab Emirates is the main backer of the RSF.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER united-arab-emirates rsf ASSERTED',
    ]);
    expect(claims('Les Émirats arabes unis sont le principal soutien des FSR.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT OTHER united-arab-emirates fsr ASSERTED',
    ]);
    expect(
      claims("L'Égypte et l'Érythrée sont les principaux soutiens de l'armée soudanaise.", 'fr', 'SUPPORT'),
    ).toEqual(['SUPPORT OTHER egypt sudan-armed-forces ASSERTED', 'SUPPORT OTHER eritrea sudan-armed-forces ASSERTED']);
    expect(claims('Egypt and Eritrea are the main backers of the Sudanese army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER egypt sudan-armed-forces ASSERTED',
      'SUPPORT OTHER eritrea sudan-armed-forces ASSERTED',
    ]);
    expect(claims('Egypt backs the Sudanese army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER egypt sudan-armed-forces ASSERTED',
    ]);
  });
});

describe('more ways of telling support', () => {
  it('each supplier gave the goods named before it', () => {
    expect(claims('Mali received helicopters from Russia and drones from Turkey.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT AIRCRAFT russia mali ASSERTED',
      'SUPPORT DRONES turkey mali ASSERTED',
    ]);
    expect(
      claims('Le Mali a reçu des hélicoptères de la Russie et des drones de la Turquie.', 'fr', 'SUPPORT'),
    ).toEqual(['SUPPORT AIRCRAFT russia mali ASSERTED', 'SUPPORT DRONES turkey mali ASSERTED']);
  });

  it('"arme le M23", "soutenu militairement par", "apporte un soutien militaire au"', () => {
    const backed = ['SUPPORT OTHER rwanda m23 ASSERTED'];
    expect(claims('Kinshasa affirme que le Rwanda arme le M23.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS rwanda m23 ASSERTED',
    ]);
    expect(claims('Le M23 est soutenu militairement par le Rwanda.', 'fr', 'SUPPORT')).toEqual(backed);
    expect(claims('Le Rwanda apporte un soutien militaire au M23.', 'fr', 'SUPPORT')).toEqual(backed);
    expect(claims('Le Soudan apporte un soutien logistique au Tchad.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT LOGISTICS sudan chad ASSERTED',
    ]);
    expect(claims('Le Soudan apporte un soutien au Tchad.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT OTHER sudan chad ASSERTED',
    ]);
    // "apporter" alone brings anything: no support
    expect(claims('Le Rwanda a apporté des précisions au M23.', 'fr', 'SUPPORT')).toEqual([]);
  });
});

describe('a supplier named by an apposition', () => {
  it('"from dissidents of the former FARC, known as the Segunda Marquetalia"', () => {
    expect(
      claims(
        'The ELN received explosives and rifles from dissidents of the former FARC, known as the Segunda Marquetalia.',
        'en',
        'SUPPORT',
      ),
    ).toEqual([
      'SUPPORT MUNITIONS segunda-marquetalia eln ASSERTED',
      'SUPPORT WEAPONS segunda-marquetalia eln ASSERTED',
    ]);
  });

  it('the noun the apposition names gave, it was not given ("militias" are no troops received)', () => {
    expect(
      claims('The ELN received rifles from local militias known as the Segunda Marquetalia.', 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT WEAPONS segunda-marquetalia eln ASSERTED']);
  });
});
