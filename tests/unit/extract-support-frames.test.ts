import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Support frames beyond "X supplied Y with Z": a passive accusation ("has been accused of arming"), a fronted
// "With the help of X, Y …", a general word for support as what was given ("gave Kyiv military aid"), and a
// denial of "any military support" that denies every type. Sentences written for these tests, with near misses.

beforeAll(loadKnown);

describe('an accusation in the passive accuses its subject', () => {
  it('"has been accused of arming", "est accusé par X de soutenir"', () => {
    expect(claims('The UAE has been accused of arming the M23.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS united-arab-emirates m23 ASSERTED',
    ]);
    expect(claims('Le Rwanda est accusé par Kinshasa de soutenir le M23.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT OTHER rwanda m23 ASSERTED',
    ]);
  });
  it('near miss: the accused who denies it', () => {
    expect(claims('The UAE has been accused of arming the M23, which it denies.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS united-arab-emirates m23 ASSERTED',
      'SUPPORT WEAPONS united-arab-emirates m23 DENIED',
    ]);
  });
});

describe('a fronted "with the help of" helps the subject after its comma', () => {
  it('EN and FR, and the verb after it keeps its own subject', () => {
    expect(claims('With the help of Rwandan troops, the Mozambican army recaptured Palma.', 'en')).toEqual([
      'CONTROL mozambique-armed-forces palma ASSERTED',
      'SUPPORT TROOPS rwanda-armed-forces mozambique-armed-forces ASSERTED',
    ]);
    expect(claims("Avec l'appui de soldats rwandais, l'armée mozambicaine a repris Palma.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT TROOPS rwanda-armed-forces mozambique-armed-forces ASSERTED',
    ]);
    expect(claims('With the help of Rwanda and Burundi, the Congolese army recaptured Goma.', 'en', 'CONTROL')).toEqual(
      ['CONTROL democratic-republic-of-the-congo-armed-forces goma ASSERTED'],
    );
  });
  it('near miss: a list after "with the help of" at the end of the sentence helps the subject before it', () => {
    expect(
      claims('The Congolese army recaptured Goma with the help of Rwanda, Burundi and Uganda.', 'en', 'SUPPORT'),
    ).toEqual([
      'SUPPORT OTHER burundi democratic-republic-of-the-congo-armed-forces ASSERTED',
      'SUPPORT OTHER rwanda democratic-republic-of-the-congo-armed-forces ASSERTED',
      'SUPPORT OTHER uganda democratic-republic-of-the-congo-armed-forces ASSERTED',
    ]);
  });
});

describe('general words for support', () => {
  it('"gave Kyiv military aid": the first object before what was given is the recipient', () => {
    expect(claims('Washington gave Kyiv military aid last year.', 'en', 'SUPPORT')).toContain(
      'SUPPORT OTHER united-states ukraine ASSERTED',
    );
  });
  it('"nie tout soutien militaire" denies every type the text alleged', () => {
    const text =
      "Kinshasa accuse l'Iran d'avoir livré des drones et des munitions au M23. L'Iran nie tout soutien militaire au M23.";
    expect(claims(text, 'fr', 'SUPPORT').filter((c) => c.endsWith('DENIED'))).toEqual([
      'SUPPORT DRONES iran m23 DENIED',
      'SUPPORT MUNITIONS iran m23 DENIED',
    ]);
  });
  it('near miss: "gave Kyiv a warning" gives nothing', () => {
    expect(claims('Washington gave Kyiv a warning.', 'en', 'SUPPORT')).toEqual([]);
  });
});

describe("goods named with a demonym stand for their supplier in a supplier's slot", () => {
  it('after a receive verb and as a passive agent (EN, FR)', () => {
    expect(claims('The Ethiopian army has received Turkish drones.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey ethiopia-armed-forces ASSERTED',
    ]);
    expect(claims("L'armée éthiopienne a reçu des drones turcs.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey ethiopia-armed-forces ASSERTED',
    ]);
    expect(claims('The Chadian army, backed by French air support, repelled the attack.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT AIRCRAFT france chad-armed-forces ASSERTED',
    ]);
  });
  it('near misses: a delegation is no goods; a named supplier wins', () => {
    expect(claims('The Ethiopian army has received a Turkish delegation.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims('The Ethiopian army has received Turkish drones from the UAE.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES united-arab-emirates ethiopia-armed-forces ASSERTED',
    ]);
  });
});

describe('the future makes no claim yet', () => {
  it('"will send", "va livrer" (a promise), but "will continue to supply" tells what is done', () => {
    expect(claims('Kenya will send 1,000 police officers to Haiti.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims("La Turquie va livrer des drones à l'armée nigérienne.", 'fr', 'SUPPORT')).toEqual([]);
    expect(claims('Turkey will continue to supply drones to the Nigerien army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey niger-armed-forces ASSERTED',
    ]);
  });
});

describe('a verb read across adverbs between its auxiliary and participle', () => {
  it('"a également envoyé", "has also supplied", "s\'est finalement emparé de"', () => {
    expect(claims("Le Tchad a également envoyé des soldats pour appuyer l'armée nigérienne.", 'fr', 'SUPPORT')).toEqual(
      ['SUPPORT TROOPS chad niger-armed-forces ASSERTED'],
    );
    expect(claims('Iran has also supplied drones to the Sudanese army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES iran sudan-armed-forces ASSERTED',
    ]);
    expect(claims("Le M23 s'est finalement emparé de Rubaya.", 'fr', 'CONTROL')).toEqual([
      'CONTROL m23 rubaya ASSERTED',
    ]);
  });
  it('near miss: an adverb before something that is no cue', () => {
    expect(claims('Iran has also denounced the Sudanese army.', 'en', 'SUPPORT')).toEqual([]);
  });
});

describe('denying a delivery named by a noun', () => {
  it('"a démenti toute livraison d\'armes à", "denied any delivery of drones to"', () => {
    expect(claims("Le gouvernement ougandais a démenti toute livraison d'armes au M23.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS uganda m23 DENIED',
    ]);
    expect(claims('Turkey denied any delivery of drones to the M23.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey m23 DENIED',
    ]);
  });
  it('near miss: denying having been told of a delivery says nothing of who gave it', () => {
    expect(
      claims("Le gouvernement ougandais a démenti avoir été informé de la livraison d'armes au M23.", 'fr', 'SUPPORT'),
    ).toEqual([]);
  });
});

describe('amounts and forces as what was given', () => {
  it('"$300 million" is FUNDING in English; "2 millions d\'obus" stays munitions in French', () => {
    expect(claims('The United States has provided $300 million to the Nigerien army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT FUNDING united-states niger-armed-forces ASSERTED',
    ]);
    expect(claims("La Russie a envoyé 2 millions d'obus à l'armée malienne.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT MUNITIONS russia fama ASSERTED',
    ]);
  });
});

describe('support received or used', () => {
  it('"bénéficie du soutien logistique de", goods "mis à disposition par" a supplier that the subject uses', () => {
    expect(claims("L'armée béninoise bénéficie du soutien logistique de la France.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT LOGISTICS france benin-armed-forces ASSERTED',
    ]);
    expect(claims("L'armée malienne utilise des drones mis à disposition par la Turquie.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES turkey fama ASSERTED',
    ]);
  });
  it('near miss: goods another supplied that the subject shot down', () => {
    expect(claims('Le FLA a abattu un drone mis à disposition par la Turquie.', 'fr', 'SUPPORT')).toEqual([]);
  });
  it('an air force is a branch of its country\'s armed forces; "Armée nationale syrienne" is not Syria\'s', () => {
    expect(claims('The Nigerian air force, supported by US intelligence, struck the camps.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT INTELLIGENCE united-states nigeria-air-force ASSERTED',
    ]);
    expect(claims("L'Armée nationale syrienne, soutenue par Ankara, a attaqué Manbij.", 'fr', 'SUPPORT')).not.toContain(
      'SUPPORT OTHER turkey syria-armed-forces ASSERTED',
    );
  });
});
