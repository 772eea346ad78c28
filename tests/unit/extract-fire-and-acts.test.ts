import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Constructions read from the misses of the six development reports added in round six, tested on sentences of
// our own with their near misses: shooting verbs, a state's coast guard, border guards and police named by its
// demonym, an act described before its author, and no focus guess for a side's enemy.

beforeAll(loadKnown);

describe('firing on someone is a fight; coast guards, border guards and police are a state force', () => {
  it('EN and FR', () => {
    expect(claims('Russian border guards opened fire on a Georgian police post near Khurcha.', 'en', 'COMBAT')).toEqual(
      ['COMBAT russia-border-guard georgia-police ASSERTED'],
    );
    expect(
      claims('Les gardes-côtes chinois ont ouvert le feu sur un navire de la marine philippine.', 'fr', 'COMBAT'),
    ).toEqual(['COMBAT china-coast-guard philippines-navy ASSERTED']);
  });
  it('near miss: firing at people no actor names is no fight between actors', () => {
    expect(claims('Police fired at protesters in Nairobi.', 'en', 'COMBAT')).toEqual([]);
    expect(claims("L'armée a tiré sur des manifestants.", 'fr', 'COMBAT')).toEqual([]);
  });
});

describe('an act described before its author names the statement’s object', () => {
  it('EN and FR', () => {
    expect(
      claims('The United States condemned the "dangerous and unlawful" actions of the Chinese coast guard.', 'en'),
    ).toEqual(['STATEMENT CONDEMNATION united-states china-coast-guard ASSERTED']);
    expect(claims('Paris a dénoncé les graves provocations de la Russie.', 'fr')).toEqual([
      'STATEMENT CONDEMNATION france russia ASSERTED',
    ]);
  });
  it('near miss: an act of no actor', () => {
    expect(claims('Britain condemned the dangerous conduct of the weather.', 'en')).toEqual([]);
  });
});

describe("the article's focus is no recipient for the side that fought it", () => {
  it('sending men after a fight helps nobody on the other side (EN, FR)', () => {
    const en =
      'Russian border guards opened fire on a Georgian police post. Georgian police sent a patrol into the zone.';
    expect(claims(en, 'en', 'SUPPORT')).toEqual([]);
    expect(
      claims('Malian soldiers attacked the JNIM near Gao. The JNIM sent fighters into the town.', 'en', 'SUPPORT'),
    ).toEqual([]);
    const fr = "L'armée malienne a attaqué le JNIM près de Gao. Le JNIM a envoyé des combattants dans la ville.";
    expect(claims(fr, 'fr', 'SUPPORT')).toEqual([]);
  });
  it('near miss: a third party sending officers still helps the focus', () => {
    expect(claims('The Malian army took Kidal on Tuesday. Niger sent officers.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT ADVISERS niger fama ASSERTED',
    ]);
  });
});

describe('a place attacked named with who holds it names the side attacked', () => {
  it('EN and FR', () => {
    expect(
      claims('Ecuadorian soldiers stormed three gold mines run by the Los Lobos gang on Tuesday.', 'en', 'COMBAT'),
    ).toEqual(['COMBAT ecuador-armed-forces los-lobos ASSERTED']);
    expect(claims("L'armée malienne a attaqué un camp tenu par les rebelles du CSP.", 'fr', 'COMBAT')).toEqual([
      'COMBAT fama csp ASSERTED',
    ]);
  });
  it('near miss: a place with no holder named', () => {
    expect(claims('Malian troops attacked a convoy carrying food to Gao.', 'en', 'COMBAT')).toEqual([]);
  });
});

describe('forces deployed to help give the type the forces are', () => {
  it('advisers and instructors, not troops (EN, FR)', () => {
    expect(
      claims('France has deployed a team of military advisers to Niamey to help the Nigerien army.', 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT ADVISERS france niger-armed-forces ASSERTED']);
    expect(
      claims("La France a déployé des instructeurs à Niamey pour appuyer l'armée nigérienne.", 'fr', 'SUPPORT'),
    ).toEqual(['SUPPORT TRAINING france niger-armed-forces ASSERTED']);
  });
  it('troops stay troops', () => {
    expect(claims('Rwanda deployed 1,000 soldiers to Pemba to support the Mozambican army.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT TROOPS rwanda mozambique-armed-forces ASSERTED',
    ]);
  });
});
