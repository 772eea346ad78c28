import { describe, expect, it } from 'vitest';
import { alignLocations } from '../../src/extract/align-locations.ts';
import { remapClaims, scoreArticle } from '../../src/extract/evaluate.ts';
import type { ClaimInput, LocationInput } from '../../src/ingest/article-format.ts';

const place = (id: string, name: string, aliases: string[] = []): LocationInput => ({
  id,
  name,
  kind: 'REGION',
  ...(aliases.length ? { aliases: aliases.map((a) => ({ name: a })) } : {}),
});

describe('alignLocations', () => {
  it('aligns a proposal whose id the annotated id extends', () => {
    const map = alignLocations([place('kassala', 'Kassala')], [place('kassala-state', 'État de Kassala')]);
    expect([...map]).toEqual([['kassala', 'kassala-state']]);
  });

  it('aligns by a name or alias that folds to the same words, accents and case aside', () => {
    const map = alignLocations(
      [place('gedo-region', 'Région de Gédo'), place('tal-afar', 'Tal Afar')],
      [place('gedo', 'Gedo', ['region de gedo']), place('tall-afar', 'TAL-AFAR')],
    );
    expect(map.get('gedo-region')).toBe('gedo');
    expect(map.get('tal-afar')).toBe('tall-afar');
  });

  it('leaves a proposal with the annotated id alone and never takes that place for another proposal', () => {
    const map = alignLocations(
      [place('bunia', 'Bunia'), place('bunia-town', 'Bunia')],
      [place('bunia', 'Bunia'), place('djugu', 'Djugu')],
    );
    expect(map.size).toBe(0);
  });

  it('gives one annotated place per proposal, a name before an id extension, and the shortest extension first', () => {
    const map = alignLocations(
      [place('sake', 'Sake'), place('sake-town', 'Ville de Sake')],
      [place('sake-town-centre', 'Centre de Sake'), place('sake-x', 'Somewhere'), place('sake-ville', 'Ville de Sake')],
    );
    expect(map.get('sake-town')).toBe('sake-ville');
    expect(map.get('sake')).toBe('sake-x');
  });

  it('does not align places that only share a prefix without a word boundary or share no name', () => {
    const map = alignLocations(
      [place('gao', 'Gao'), place('kidal', 'Kidal')],
      [place('gaoua', 'Gaoua'), place('tessalit', 'Tessalit')],
    );
    expect(map.size).toBe(0);
  });

  it('is deterministic whatever the annotated order', () => {
    const proposed = [place('enga', 'Enga')];
    const a = [place('enga-province', 'Province d’Enga'), place('enga-pr', 'Enga PR')];
    expect(alignLocations(proposed, a)).toEqual(alignLocations(proposed, [...a].reverse()));
    expect(alignLocations(proposed, a).get('enga')).toBe('enga-pr');
  });
});

describe('scoring with aligned places', () => {
  const claim = (location: string): ClaimInput => ({
    kind: 'DEPLOYMENT',
    subject: 'png',
    location,
    polarity: 'ASSERTED',
    evidence: [{ quote: 'a envoyé 200 soldats', certainty: 'REPORTED' }],
  });

  it('turns an invention and a miss into a match once the proposed place is aligned', () => {
    const gold = [claim('enga-province')];
    const found = [claim('enga')];
    expect(scoreArticle(gold, found).matched).toHaveLength(0);
    const places = alignLocations([place('enga', 'Enga')], [place('enga-province', "Province d'Enga")]);
    const score = scoreArticle(gold, remapClaims(found, new Map(), places));
    expect(score.matched).toHaveLength(1);
    expect(score.inventions).toHaveLength(0);
    expect(score.misses).toHaveLength(0);
  });

  it('does not remap a place the coder knows under the annotated id', () => {
    const places = alignLocations([place('enga', 'Enga')], [place('enga-province', "Province d'Enga")]);
    expect(remapClaims([claim('wabag')], new Map(), places)[0]?.location).toBe('wabag');
  });
});
