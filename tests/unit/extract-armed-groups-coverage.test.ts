import { beforeAll, describe, expect, it } from 'vitest';
import { actorsNamed, claims, loadKnown } from '../helpers/extract-sentences.ts';

// The armed-groups list (data/lexicon/armed-groups.json) across regions and both languages: a group, a named state
// force or an alliance that the text names without a head noun or an acronym of its own is recognised, so its claim
// comes out; a word that only spells a listed name (lower case, a sea, an ordinary noun) names nothing, and an
// acronym another body shares is not the list's. Sentences written for this test.

beforeAll(loadKnown);

const proposal = (text: string, language: 'fr' | 'en', id: string) =>
  actorsNamed(text, language).proposals?.find((p) => p.id === id);

describe('the armed-groups list across regions', () => {
  it('Yemen: the Houthis, with their kind and country', () => {
    const text = 'Iran supplied drones to the Houthis, US officials said.';
    expect(claims(text, 'en', 'SUPPORT')).toEqual(['SUPPORT DRONES iran houthis ASSERTED']);
    expect(proposal(text, 'en', 'houthis')).toMatchObject({ kind: 'NON_STATE_ARMED_GROUP', country: 'YEM' });
  });

  it('Somalia and Kenya: al-Shabaab against a named state force, in English and as "les shebab" in French', () => {
    expect(claims('Al-Shabaab fighters attacked a Kenya Defence Forces base in Lamu.', 'en', 'COMBAT')).toEqual([
      // a country's forces listed by name are the actor its demonym names ("Kenyan troops")
      'COMBAT al-shabaab kenya-armed-forces ASSERTED',
    ]);
    expect(claims("Les shebab ont attaqué une base de l'armée somalienne.", 'fr', 'COMBAT')).toEqual([
      'COMBAT al-shabaab somalia-armed-forces ASSERTED',
    ]);
  });

  it('Myanmar: the Tatmadaw is a state armed force, the Arakan Army a group', () => {
    const text = 'The Tatmadaw bombed Arakan Army positions in Rakhine.';
    expect(claims(text, 'en', 'COMBAT')).toEqual(['COMBAT myanmar-armed-forces arakan-army ASSERTED']);
    expect(proposal(text, 'en', 'myanmar-armed-forces')).toMatchObject({ kind: 'STATE_ARMED_FORCE', country: 'MMR' });
    expect(proposal(text, 'en', 'myanmar-armed-forces')?.aliases?.map((a) => a.name)).toContain('Tatmadaw');
    // the same actor as the demonym's
    expect(claims('Myanmar troops bombed Arakan Army positions in Rakhine.', 'en', 'COMBAT')).toEqual([
      'COMBAT myanmar-armed-forces arakan-army ASSERTED',
    ]);
  });

  it('Great Lakes, in French: support to the M23', () => {
    expect(claims('Le Rwanda a livré des armes au M23.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT WEAPONS rwanda m23 ASSERTED',
    ]);
  });

  it('Sudan, in French: a name and its acronym in parentheses are one group', () => {
    const { sentences } = actorsNamed('Les Forces de soutien rapide (FSR) ont attaqué El-Facher.', 'fr');
    expect(new Set(sentences.flat())).toEqual(new Set(['fsr']));
  });

  it('Colombia and Nigeria: groups named bare', () => {
    expect(actorsNamed('The ELN and the Clan del Golfo clashed in Catatumbo.', 'en').sentences.flat()).toEqual([
      'eln',
      'agc',
    ]);
    expect(actorsNamed('Le groupe Boko Haram a attaqué Monguno.', 'fr').sentences.flat()).toEqual(['boko-haram']);
  });

  it('near misses: a sea, a lower-case word and an acronym another body uses name no listed group', () => {
    expect(actorsNamed("Des pêcheurs ont traversé la mer d'Azov.", 'fr').sentences.flat()).toEqual([]);
    expect(actorsNamed('Ships crossed the Sea of Azov at dawn.', 'en').sentences.flat()).toEqual([]);
    expect(actorsNamed('The fano and the basij were words he did not know.', 'en').sentences.flat()).toEqual([]);
    // RSF is Reporters Without Borders here: never Sudan's Rapid Support Forces
    const rsf = actorsNamed('Reporters Without Borders (RSF) condemned the strike.', 'en');
    expect(rsf.proposals?.some((p) => p.country === 'SDN')).toBe(false);
  });
});
