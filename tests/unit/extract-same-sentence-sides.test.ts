import { describe, expect, it } from 'vitest';
import { sameSentenceSides } from '../../src/extract/focus-guard.ts';
import type { RawClaim } from '../../src/extract/raw-claim.ts';

// One actor on both sides of a fight is what the graph refuses: a sentence read as both a fight and a support
// between the same two actors keeps the support (src/extract/focus-guard.ts).

const claim = (kind: 'COMBAT' | 'SUPPORT', subject: string, object: string, sentence: number): RawClaim => ({
  kind,
  subject,
  object,
  polarity: 'ASSERTED',
  certainty: 'REPORTED',
  quoteStart: 0,
  quoteEnd: 1,
  sentence,
  paragraph: 0,
  rule: 'test',
  cue: 'test',
  score: 1,
});

describe('a fight and a support between the same two actors in one sentence', () => {
  it('drops the fight, in either direction', () => {
    const kept = sameSentenceSides([
      claim('COMBAT', 'wagner', 'fama', 3),
      claim('SUPPORT', 'wagner', 'fama', 3),
      claim('COMBAT', 'fama', 'wagner', 3),
    ]);
    expect(kept.map((c) => `${c.kind} ${c.subject} ${c.object}`)).toEqual(['SUPPORT wagner fama']);
  });

  it('keeps fights of other sentences and fights with other actors', () => {
    const all = [
      claim('COMBAT', 'wagner', 'fama', 2),
      claim('SUPPORT', 'wagner', 'fama', 3),
      claim('COMBAT', 'wagner', 'csp', 3),
    ];
    expect(sameSentenceSides(all)).toEqual(all);
  });
});
