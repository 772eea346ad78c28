import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// An actor after a comma that a verb of saying follows ("…, the JNIM said") is who reports the sentence, not one
// more member of the list before the comma (src/extract/groups.ts extendGroup). Sentences written for this test.

beforeAll(loadKnown);

describe('the speaker after a comma is no side of the fight or recipient of the support', () => {
  it('a fight whose attacked side is a noun no actor names', () => {
    expect(claims('Malian troops attacked the convoy, the JNIM said.', 'en', 'COMBAT')).toEqual([]);
    expect(claims('Malian troops ambushed a supply column, the FLA confirmed.', 'en', 'COMBAT')).toEqual([]);
  });

  it('the support goes to the recipient only', () => {
    expect(claims('Russia supplied drones to the Malian army, the CSP said.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES russia fama ASSERTED',
    ]);
  });

  it('near misses: the named side stays, and a list with commas is still a list', () => {
    expect(claims('Malian troops attacked the JNIM, the army said.', 'en', 'COMBAT')).toEqual([
      'COMBAT fama jnim ASSERTED',
    ]);
    expect(claims('Malian troops attacked the JNIM, the CSP and the FLA, the army announced.', 'en', 'COMBAT')).toEqual(
      ['COMBAT fama csp ASSERTED', 'COMBAT fama fla ASSERTED', 'COMBAT fama jnim ASSERTED'],
    );
    expect(claims('Russia supplied drones to the Malian army, the CSP and the JNIM.', 'en', 'SUPPORT')).toHaveLength(3);
  });
});
