import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// "The United States said Iran supplied drones to Russia": English (and hurried French) drop "that"; the verb's
// subject is the actor that opens what is said, not the speaker (src/extract/groups.ts subjectBefore). The coder
// read it as support from the United States. Sentences written for this test.

beforeAll(loadKnown);

describe('a verb of saying without "that"', () => {
  it('the support is from the actor that opens what is said', () => {
    const said = ['SUPPORT DRONES iran russia ASSERTED'];
    expect(claims('The United States said Iran supplied drones to Russia.', 'en', 'SUPPORT')).toEqual(said);
    expect(claims('Washington said on Monday Iran had supplied drones to Russia.', 'en', 'SUPPORT')).toEqual(said);
    expect(claims('Ukraine says Iran has supplied drones to Russia.', 'en', 'SUPPORT')).toEqual(said);
  });

  it('near misses: a speaker who speaks of itself, a speaker in parentheses, a verb that announces a thing', () => {
    expect(claims('Iran said it had supplied drones to Russia.', 'en', 'SUPPORT')).toEqual([
      'SUPPORT DRONES iran russia ASSERTED',
    ]);
    expect(claims('Russia, the army said, attacked Ukraine.', 'en', 'COMBAT')).toEqual([
      'COMBAT russia ukraine ASSERTED',
    ]);
    expect(
      claims(
        'The United States announced a package of drones for the Malian army, but said it would not supply weapons.',
        'en',
        'SUPPORT',
      ),
    ).toEqual(['SUPPORT DRONES united-states fama ASSERTED', 'SUPPORT WEAPONS united-states fama DENIED']);
  });
});
