import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// "Sudan, which Chad accuses of backing the rebels, …": the accused is the object relative's antecedent, and the
// support it is accused of is its own; the coder read the relative as "which Chad backs" and invented a support
// from the accuser to the accused (src/extract/agent-groups.ts accusedAntecedent). Sentences written for this test.

const EN = 'The Front for Change and Concord in Chad (FACT) is a rebel group founded in 2016. ';
const FR = "Le Front pour l'alternance et la concorde au Tchad (FACT) est un groupe rebelle né en 2016. ";

beforeAll(loadKnown);

describe('an accusation inside an object relative accuses its antecedent', () => {
  it('the support is the accused’s, never the accuser’s', () => {
    expect(
      claims(`${EN}Sudan, which Chad accuses of backing the rebels, has denied any involvement.`, 'en', 'SUPPORT'),
    ).toEqual(['SUPPORT OTHER sudan fact ASSERTED', 'SUPPORT OTHER sudan fact DENIED']);
    expect(claims(`${FR}Le Soudan, que le Tchad accuse d'armer les rebelles, dément toute implication.`, 'fr')).toEqual(
      ['STATEMENT ACCUSATION chad sudan ASSERTED', 'SUPPORT WEAPONS sudan fact ASSERTED'],
    );
  });

  it('near miss: a relative without an accusation still has its subject backing its antecedent', () => {
    expect(claims('The M23, which Rwanda supports, seized Goma.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT OTHER rwanda m23 ASSERTED',
    ]);
  });
});
