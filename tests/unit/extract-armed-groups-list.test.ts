import { beforeAll, describe, expect, it } from 'vitest';
import { actorsNamed, claims, loadKnown } from '../helpers/extract-sentences.ts';

// Well-known armed groups that articles name without a head noun or an acronym in parentheses ("Hamas",
// "Hezbollah") come from data/lexicon/armed-groups.json: proposed under the list's first name, with its kind,
// country and other names. Sentences written for this test.

beforeAll(loadKnown);

describe('the armed-groups list', () => {
  it('names a group the text gives no head noun or acronym, with its kind, country and aliases', () => {
    const { sentences, proposals } = actorsNamed('Hezbollah fired rockets at northern Israel on Monday.', 'en');
    expect(sentences.flat()).toContain('hezbollah');
    const hezbollah = proposals?.find((p) => p.id === 'hezbollah');
    expect(hezbollah).toMatchObject({ kind: 'NON_STATE_ARMED_GROUP', country: 'LBN', name: 'Hezbollah' });
    expect(hezbollah?.aliases?.map((a) => a.name)).toContain('Hizbollah');
  });

  it('so that its claims are read', () => {
    expect(claims('Qatar urged Israel and Hamas to return to talks.', 'en', 'STATEMENT')).toEqual([
      'STATEMENT APPEAL qatar hamas ASSERTED',
      'STATEMENT APPEAL qatar israel ASSERTED',
    ]);
    expect(claims("L'Iran a livré des roquettes au Hezbollah.", 'fr', 'SUPPORT')).toEqual([
      'SUPPORT MUNITIONS iran hezbollah ASSERTED',
    ]);
  });

  it('near miss: a lower-case word that spells a listed name is no group', () => {
    expect(actorsNamed('The hamas of the village were closed.', 'en').sentences.flat()).not.toContain('hamas');
  });
});
