import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// An acronym a known actor has, given in this text to another organisation: sentences written for these tests.

beforeAll(loadKnown);

describe('an acronym spelled out as another organisation names that organisation, not the known one', () => {
  it('proposes the organisation the text spells out', () => {
    expect(
      claims(
        'In Colombia, the Comando Sur Popular (CSP), a dissident faction, received rifles from Venezuela.',
        'en',
        'SUPPORT',
      ),
    ).toEqual(['SUPPORT WEAPONS venezuela comando-sur-popular ASSERTED']);
    expect(claims('Au Burundi, le Conseil de salut public (CSP) a reçu des armes du Rwanda.', 'fr', 'SUPPORT')).toEqual(
      ['SUPPORT WEAPONS rwanda conseil-de-salut-public ASSERTED'],
    );
  });
  it('the known actor keeps its acronym after its own name, and alone', () => {
    expect(claims("Le Cadre stratégique permanent (CSP) a reçu des drones de l'Ukraine.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES ukraine csp ASSERTED',
    ]);
    expect(claims("Le CSP a reçu des drones de l'Ukraine.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT DRONES ukraine csp ASSERTED',
    ]);
  });
});
