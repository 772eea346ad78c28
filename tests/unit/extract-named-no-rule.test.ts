import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Round eight: constructions read from the development misses whose two actors the coder had named but no rule
// turned into a claim, tested on sentences of our own (other actors, both languages) with their near misses.

beforeAll(loadKnown);

describe('what was given says the support type: money, fighters, explosives', () => {
  it('sums of money are funding (EN, FR), "transférer" is a support verb', () => {
    expect(claims('Russia transferred tens of millions of dollars to the Wagner group.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT FUNDING russia wagner ASSERTED',
    ]);
    expect(claims('La Russie a transféré des millions de dollars au groupe Wagner.', 'fr', 'SUPPORT')).toEqual([
      'SUPPORT FUNDING russia wagner ASSERTED',
    ]);
  });
  it('a group whose fighters back another sends troops; explosives are munitions', () => {
    expect(claims('The JNIM said its fighters were backing the FLA offensive near Kidal.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT TROOPS jnim fla ASSERTED',
    ]);
    expect(claims('Investigators believe the FLA may have received explosives from the JNIM.', 'en', 'SUPPORT')).toEqual(
      ['SUPPORT MUNITIONS jnim fla ASSERTED'],
    );
    expect(claims("Le JNIM aurait reçu des explosifs de l'État islamique.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT MUNITIONS islamic-state jnim ASSERTED',
    ]);
  });
  it('near miss: money moved with no recipient named, a transfer of prisoners', () => {
    expect(claims('Russia transferred millions of dollars last year.', 'en', 'SUPPORT')).toEqual([]);
    expect(claims('Le Mali a transféré des prisonniers vers Bamako.', 'fr', 'SUPPORT')).toEqual([]);
  });
});
