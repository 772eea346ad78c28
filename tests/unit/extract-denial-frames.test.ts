import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/ingest/article-format.ts';
import { draftOf as draft, loadKnown } from '../helpers/extract-sentences.ts';

// One sentence construction per case, in sentences written for these tests (not taken from any evaluated
// report), each with a near miss that must not fire: the coder's recall may grow only where its precision holds.

beforeAll(loadKnown);

const brief = (c: ClaimInput) =>
  [c.kind, c.supportType ?? '', c.subject, c.object ?? c.location ?? '', c.polarity ?? 'ASSERTED']
    .join(' ')
    .replace(/ +/g, ' ');
const supports = (text: string, language: 'fr' | 'en'): string[] =>
  (draft(text, language).claims ?? [])
    .filter((c) => c.kind === 'SUPPORT')
    .map(brief)
    .sort();

// A support told inside a denial is denied, never counted: sentences written for these tests.
describe('a support told inside a denial is DENIED', () => {
  it('after "denied (reports) that" / "a démenti que", "nie avoir"', () => {
    expect(supports('Niamey denied reports that Niger supplied drones to the Malian army.', 'en')).toEqual([
      'SUPPORT DRONES niger fama DENIED',
    ]);
    expect(
      supports(
        "Le Niger a démenti les informations selon lesquelles il aurait livré des drones à l'armée malienne.",
        'fr',
      ),
    ).toEqual(expect.not.arrayContaining([expect.stringMatching(/ASSERTED$/)]));
  });
  it('after "it is false that" / "il est faux que"', () => {
    expect(supports('It is false that Niger sent troops to the Malian army, the ministry said.', 'en')).toEqual([
      'SUPPORT TROOPS niger fama DENIED',
    ]);
  });
  it('between "reports that" and "are untrue"', () => {
    expect(supports('Reports that Niger supplied drones to the Malian army are untrue, Niamey said.', 'en')).toEqual([
      'SUPPORT DRONES niger fama DENIED',
    ]);
  });
  it('near misses stay asserted: a denial that answers with a claim of its own, a true report', () => {
    expect(
      supports('Niamey denied the accusations, saying that Burkina Faso had supplied drones to the Malian army.', 'en'),
    ).toEqual(['SUPPORT DRONES burkina-faso fama ASSERTED']);
    expect(supports('Reports that Niger supplied drones to the Malian army were confirmed on Monday.', 'en')).toEqual([
      'SUPPORT DRONES niger fama ASSERTED',
    ]);
  });
});

describe('a state answers for its armed forces', () => {
  it('"Kenyan troops backed …; Kenya denied the claims" denies the troops’ support', () => {
    expect(
      supports(
        'The Somali army retook the town with the support of Kenyan troops, a commander said. Kenya denied the claims.',
        'en',
      ),
    ).toEqual([
      'SUPPORT TROOPS kenya-armed-forces somalia-armed-forces ASSERTED',
      'SUPPORT TROOPS kenya-armed-forces somalia-armed-forces DENIED',
    ]);
    expect(
      supports("L'armée somalienne a repris la ville avec l'appui de soldats kényans. Le Kenya a démenti.", 'fr'),
    ).toContain('SUPPORT TROOPS kenya-armed-forces somalia-armed-forces DENIED');
  });
  it('not when the state denies something else', () => {
    expect(
      supports(
        'The Somali army retook the town with the support of Kenyan troops. Kenya denied any role in the massacre.',
        'en',
      ),
    ).toEqual(['SUPPORT TROOPS kenya-armed-forces somalia-armed-forces ASSERTED']);
  });
});
