import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Back-references and denials that answer an accusation: "the militia" names the actor the text called a
// militia, "les combattants" only one the text wrote beside that noun; a participle accusation ("accusées par X
// de …") accuses its subject; "rejects the allegations" denies them; "is not believed to have sent" tells
// nothing. Sentences written for these tests, each with the near miss.

beforeAll(loadKnown);

describe('a back-reference names the actor written beside the same noun', () => {
  it('"the militia" after "the Wazalendo militia", though the M23 was named since', () => {
    const text = 'The Wazalendo militia attacked Sake. Kinshasa accused the M23 of arming the militia.';
    expect(claims(text, 'en', 'SUPPORT')).toEqual(['SUPPORT WEAPONS m23 wazalendo ASSERTED']);
  });
  it('"les combattants" after "les combattants de Boko Haram"', () => {
    const text =
      "L'armée tchadienne a lancé une offensive contre les combattants de Boko Haram. Les autorités camerounaises, accusées par N'Djamena de laisser les combattants se replier sur leur territoire, ont démenti.";
    expect(claims(text, 'fr', 'SUPPORT')).toEqual([
      'SUPPORT TERRITORY_ACCESS cameroon boko-haram ASSERTED',
      'SUPPORT TERRITORY_ACCESS cameroon boko-haram DENIED',
    ]);
  });
  it('near miss: "les combattants" with no group written beside that noun names nobody', () => {
    const text =
      "L'armée tchadienne a attaqué Boko Haram. Les autorités camerounaises, accusées par N'Djamena de laisser les combattants se replier sur leur territoire, ont démenti.";
    expect(claims(text, 'fr', 'SUPPORT')).toEqual([]);
  });
});

describe('denials that answer an accusation', () => {
  it('"rejects the allegations" after the act it denies', () => {
    const text =
      "Iran's supply of drones to the Houthi rebels has been documented by UN experts, although Tehran rejects the allegations.";
    expect(claims(text, 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES iran houthis ASSERTED',
      'SUPPORT DRONES iran houthis DENIED',
    ]);
  });
  it('near miss: "rejects the proposal" denies nothing', () => {
    const text = "Iran's supply of drones to the Houthi rebels has been documented, and Tehran rejects the proposal.";
    expect(claims(text, 'en', 'SUPPORT')).toEqual(['SUPPORT DRONES iran houthis ASSERTED']);
  });
  it('"is not believed to have sent" is neither a support nor a denial', () => {
    expect(
      claims('The M23 attacked Goma. Burundi is not believed to have sent any troops to Goma.', 'en', 'SUPPORT'),
    ).toEqual([]);
  });
});

describe('peacekeepers and an actor past a comma', () => {
  it('"peacekeepers" name the UN mission the text named last; "left Kidal, the CSP said" leaves no CSP', () => {
    const text = 'MINUSMA is leaving Mali. Peacekeepers pulled out of Tessalit on Monday, the CSP said.';
    expect(claims(text, 'en', 'WITHDRAWAL')).toEqual(['WITHDRAWAL minusma tessalit ASSERTED']);
  });
  it('near miss: without a mission named before, "peacekeepers" name nobody', () => {
    expect(claims('Peacekeepers pulled out of Tessalit on Monday.', 'en', 'WITHDRAWAL')).toEqual([]);
  });
});

describe('a unit named before and a possessor in apposition', () => {
  it('"the convoy" names the forces the text wrote beside "convoy"; "JNIM, al-Qaeda\'s affiliate," is JNIM alone', () => {
    const text =
      "A Malian army convoy was attacked near Tinzaouaten. JNIM, al-Qaeda's affiliate in the Sahel, claimed to have ambushed the convoy.";
    expect(claims(text, 'en', 'COMBAT')).toEqual(['COMBAT jnim fama ASSERTED']);
  });
  it('near miss: "the convoy" with no forces written beside that noun names nobody', () => {
    expect(claims('JNIM claimed to have ambushed the convoy near Tinzaouaten.', 'en', 'COMBAT')).toEqual([]);
  });
});

describe('recipients and suppliers read from the right words', () => {
  it('"aux rebelles" names the rebels after its preposition', () => {
    const text =
      "Le M23 a attaqué Goma. Kinshasa accuse des officiers de l'armée rwandaise d'avoir fourni des munitions aux rebelles.";
    expect(claims(text, 'fr', 'SUPPORT')).toEqual(['SUPPORT MUNITIONS rwanda-armed-forces m23 ASSERTED']);
  });
  it('an actor after an attribution is its source, not a recipient', () => {
    const text =
      "L'armée malienne a attaqué le JNIM. La France a livré des drones, selon l'ambassade de France à Bamako.";
    expect(claims(text, 'fr', 'SUPPORT')).toEqual(['SUPPORT DRONES france fama ASSERTED']);
  });
  it('goods described by a participle are what its agent gave, not everything in the clause', () => {
    const text =
      'Les soldats maliens ont bénéficié de renseignements partagés par la France et de véhicules blindés mis à disposition par le Niger.';
    expect(claims(text, 'fr', 'SUPPORT')).toContain('SUPPORT WEAPONS niger fama ASSERTED');
    expect(claims(text, 'fr', 'SUPPORT')).not.toContain('SUPPORT INTELLIGENCE niger fama ASSERTED');
  });
  it('near miss: "Four rebels were killed" proposes no group named "Four"', () => {
    expect(
      claims('Four rebels were killed near Goma. Police said the rebels had received money from Iran.', 'en'),
    ).toEqual([]);
  });
});
