import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// "Chad deployed troops, officials said, and Kidal remained calm": past a comma, a known place is the verb's only
// after a preposition, not the subject of what follows (src/extract/event-places.ts); the coder deployed Chad's
// troops to Kidal. Sentences written for this test.

beforeAll(loadKnown);

describe('a place past a comma', () => {
  it('is no destination when it opens what follows', () => {
    expect(claims('Chad deployed troops, officials said, and Kidal remained calm.', 'en', 'DEPLOYMENT')).toEqual([]);
    expect(
      claims('Le Tchad a déployé des troupes, selon des responsables, et Kidal est resté calme.', 'fr', 'DEPLOYMENT'),
    ).toEqual([]);
    expect(
      claims('Chad deployed troops to Faya, officials said, and Kidal remained calm.', 'en', 'DEPLOYMENT'),
    ).toEqual(['DEPLOYMENT TROOPS chad faya ASSERTED']);
  });

  it('near misses: a place after its preposition, past a comma or not, still is', () => {
    expect(claims('Chad deployed troops to Kidal, officials said.', 'en', 'DEPLOYMENT')).toEqual([
      'DEPLOYMENT TROOPS chad kidal ASSERTED',
    ]);
    expect(claims("L'armée malienne a repris, jeudi, le contrôle de Kidal.", 'fr', 'CONTROL')).toEqual([
      'CONTROL fama kidal ASSERTED',
    ]);
  });
});
