import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Two readings of round six, on sentences written for these tests: a repelled attack was the other side's
// (ACLED's direction: the initiator is the attacker), and a denial that only refers to "the reports" denies what
// the sentence before it told about the denier, nothing else.

beforeAll(loadKnown);

describe('a repelled attack: the attacker is the side repelled', () => {
  it('active, with the attack named by a noun (EN, FR)', () => {
    expect(claims('The Malian army repelled an attack by JNIM fighters near Gao.', 'en', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(claims('Malian soldiers fended off a JNIM assault on their base.', 'en', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(claims("L'armée malienne a repoussé une attaque du JNIM près de Gao.", 'fr', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(
      claims(
        'Les soldats maliens ont repoussé mardi une attaque des combattants du JNIM contre leur base.',
        'fr',
        'COMBAT',
      ),
    ).toEqual(['COMBAT jnim fama ASSERTED']);
  });
  it('active, with the repelled side as direct object', () => {
    expect(claims('The Malian army repelled the JNIM.', 'en', 'COMBAT')).toEqual(['COMBAT jnim fama ASSERTED']);
  });
  it('passive and participle (FR, EN)', () => {
    expect(claims("L'attaque du JNIM repoussée par l'armée malienne a fait dix morts.", 'fr', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(claims("Le JNIM a été repoussé par l'armée malienne près de Gao.", 'fr', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(claims('An attack by the JNIM was repulsed by the Malian army.', 'en', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
    expect(claims('The JNIM assault on Boni was beaten back by Malian troops.', 'en', 'COMBAT')).toEqual([
      'COMBAT jnim fama ASSERTED',
    ]);
  });
  it('near misses: the target of the repelled attack, rejected accusations, postponed votes', () => {
    expect(claims('Malian troops repelled an attack on MINUSMA.', 'en', 'COMBAT')).toEqual([]);
    expect(claims('Kigali a repoussé les accusations de Kinshasa.', 'fr', 'COMBAT')).toEqual([]);
    expect(claims('Le gouvernement malien a repoussé les élections.', 'fr')).toEqual([]);
    expect(claims('Near the MINUSMA base, the fire was put out by the Malian army.', 'en', 'COMBAT')).toEqual([]);
  });
});

describe('a denial that refers to what was just reported', () => {
  it('denies the support the sentence before told (FR, EN)', () => {
    expect(
      claims(
        "Selon l'ONU, des soldats kényans ont appuyé l'armée somalienne à Kismayo. Le Kenya a démenti ces informations.",
        'fr',
        'SUPPORT',
      ),
    ).toEqual([
      'SUPPORT TROOPS kenya-armed-forces somalia-armed-forces ASSERTED',
      'SUPPORT TROOPS kenya-armed-forces somalia-armed-forces DENIED',
    ]);
    expect(
      claims('Le Rwanda a fourni des drones au M23, selon des experts de l’ONU. Kigali rejette ces accusations.', 'fr'),
    ).toEqual(['SUPPORT DRONES rwanda m23 ASSERTED', 'SUPPORT DRONES rwanda m23 DENIED']);
  });
  it('denies a fight or a deployment the sentence before told', () => {
    expect(
      claims(
        "L'armée burundaise a attaqué le M23 près d'Uvira, selon des sources locales. Bujumbura a démenti ces informations.",
        'fr',
        'COMBAT',
      ),
    ).toEqual(['COMBAT burundi-armed-forces m23 ASSERTED', 'COMBAT burundi-armed-forces m23 DENIED']);
    expect(
      claims(
        'Burundian troops attacked the M23 near Uvira, local sources said. Burundi denied the reports.',
        'en',
        'COMBAT',
      ),
    ).toEqual(['COMBAT burundi-armed-forces m23 ASSERTED', 'COMBAT burundi-armed-forces m23 DENIED']);
    expect(
      claims(
        'Le Rwanda a déployé des soldats au Nord-Kivu, selon l’ONU. Kigali rejette ces accusations.',
        'fr',
        'DEPLOYMENT',
      ),
    ).toEqual(['DEPLOYMENT TROOPS rwanda nord-kivu ASSERTED', 'DEPLOYMENT TROOPS rwanda nord-kivu DENIED']);
  });
  it('near miss: what was told further back, or about someone else, is not denied', () => {
    const far =
      'Rwanda supplied drones to the M23 in 2022, UN experts said. The M23 took Goma last week. ' +
      'Burundi sent troops to help the Congolese army. Kigali denied the reports.';
    expect(claims(far, 'en').filter((c) => c.endsWith('DENIED'))).toEqual([]);
    expect(
      claims('Uganda supplied drones to the M23. Kigali rejects these accusations.', 'en').filter((c) =>
        c.endsWith('DENIED'),
      ),
    ).toEqual([]);
  });
  it('near miss: a denial of something else denies nothing told', () => {
    expect(
      claims('Burundian troops attacked the M23 near Uvira. Burundi denied any role in the massacre.', 'en', 'COMBAT'),
    ).toEqual(['COMBAT burundi-armed-forces m23 ASSERTED']);
  });
});
