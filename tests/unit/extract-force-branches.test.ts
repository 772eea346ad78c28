import { beforeAll, describe, expect, it } from 'vitest';
import { alignProposals } from '../../src/extract/evaluate.ts';
import type { ActorInput } from '../../src/ingest/article-format.ts';
import { actorsNamed, claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// A branch head next to a demonym or a country's name ("armée de l'air thaïlandaise", "Pakistan's air force",
// "Georgian police", "Chinese coast guard") names that branch, part of the country's forces, not the forces in
// general (data/lexicon/actor-cues.json branchHeads, src/extract/actor-index.ts). The evaluation aligns a proposed
// branch with the annotated force of the same country that carries the branch's words, and the general forces
// with the one that carries none (src/extract/evaluate.ts). Sentences written for this test.

beforeAll(loadKnown);

describe('branches of the armed forces', () => {
  it('are named by their head, in French and English order', () => {
    expect(
      actorsNamed("L'armée de l'air thaïlandaise a bombardé des positions cambodgiennes.", 'fr').sentences,
    ).toEqual([['thailand-air-force', 'cambodia-armed-forces']]);
    expect(actorsNamed("Pakistan's air force scrambled fighters.", 'en').sentences.flat()).toEqual([
      'pakistan-air-force',
    ]);
    expect(actorsNamed('Chinese coast guard vessels rammed the boat.', 'en').sentences.flat()).toEqual([
      'china-coast-guard',
    ]);
    expect(actorsNamed('Georgian police arrested two men.', 'en').sentences.flat()).toEqual(['georgia-police']);
  });

  it('a proposed branch is declared with the forces it is part of', () => {
    const draft = draftOf("L'armée de l'air thaïlandaise a bombardé des positions de l'armée cambodgienne.", 'fr');
    expect(draft.claims?.map((c) => `${c.kind} ${c.subject} ${c.object}`)).toEqual([
      'COMBAT thailand-air-force cambodia-armed-forces',
    ]);
    const declared = new Map(draft.actors?.map((a) => [a.id, a]));
    expect(declared.get('thailand-air-force')).toMatchObject({
      kind: 'STATE_ARMED_FORCE',
      partOf: 'thailand-armed-forces',
    });
    expect(declared.has('thailand-armed-forces')).toBe(true);
  });

  it('near miss: the general heads still name the forces in general', () => {
    expect(claims("L'armée thaïlandaise a bombardé des positions cambodgiennes.", 'fr', 'COMBAT')).toEqual([
      'COMBAT thailand-armed-forces cambodia-armed-forces ASSERTED',
    ]);
  });
});

describe('the evaluation aligns forces by branch', () => {
  const annotated: ActorInput[] = [
    { id: 'royal-thai-army', name: 'Royal Thai Army', kind: 'STATE_ARMED_FORCE', country: 'THA' },
    {
      id: 'royal-thai-air-force',
      name: "Armée de l'air royale thaïlandaise",
      kind: 'STATE_ARMED_FORCE',
      country: 'THA',
    },
  ];
  const proposal = (id: string, name: string): ActorInput => ({ id, name, kind: 'STATE_ARMED_FORCE', country: 'THA' });

  it('a branch with the annotated force that carries its words, the general forces with the one that carries none', () => {
    const map = alignProposals(
      [
        proposal('thailand-air-force', 'Thailand Air Force'),
        proposal('thailand-armed-forces', 'Armed forces of Thailand'),
      ],
      annotated,
    );
    expect(map.get('thailand-air-force')).toBe('royal-thai-air-force');
    expect(map.get('thailand-armed-forces')).toBe('royal-thai-army');
  });

  it('a branch the annotation does not have falls back to the general forces', () => {
    expect(alignProposals([proposal('thailand-navy', 'Thailand Navy')], annotated).get('thailand-navy')).toBe(
      'royal-thai-army',
    );
  });
});
