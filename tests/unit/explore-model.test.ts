import { describe, expect, it } from 'vitest';

// The explorer's browser modules are plain, untyped ES modules: their pure parts are tested here directly.
// biome-ignore lint/suspicious/noExplicitAny: the browser modules carry no types.
const load = (name: string): Promise<any> => import(`../../src/http/explore/${name}.js`);
const { addClaim, addLink, createModel, monthsOf, rollUpId, viewOf } = await load('graph-model');
const { quoteInSentence } = await load('panel');
const { exportHref, readState, writeState } = await load('url-state');

const actor = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  kind: 'STATE',
  ...extra,
});
const claim = (id: string, subject: unknown, object: unknown, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'SUPPORT',
  supportType: 'AIRCRAFT',
  certainty: 'REPORTED',
  polarity: 'ASSERTED',
  when: { value: start, start: `${start}-01`, end: `${start}-28` },
  subject,
  object,
  ...extra,
});

function sample() {
  const model = createModel();
  const mali = actor('mali');
  const fama = actor('fama', { partOf: mali, affiliations: [] });
  const russia = actor('russia');
  const wagner = actor('wagner', {
    affiliations: [{ actor: russia, since: { start: '2014-01-01' }, until: { end: '2025-06-30' } }],
  });
  addClaim(model, claim('c1', actor('niger', { affiliations: [] }), fama, '2023-11', { certainty: 'POSSIBLE' }));
  addClaim(model, claim('c2', wagner, fama, '2023-10'));
  addClaim(model, claim('c3', wagner, fama, '2025-08'));
  addClaim(model, claim('c4', fama, null, '2023-11'));
  addLink(model, { id: 'PART_OF:fama:mali', type: 'PART_OF', source: fama, target: mali, claim: null });
  return model;
}

const base = { minCertainty: 'POSSIBLE', kinds: null, supportTypes: null, ties: true, rollUp: false, focus: ['fama'] };

describe('explorer view model', () => {
  it('filters by time window and minimum certainty; a one-actor claim is counted, not drawn', () => {
    const model = sample();
    expect(model.unlinked).toBe(1);
    expect(
      viewOf(model, base)
        .edges.map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual(['PART_OF:fama:mali', 'c1', 'c2', 'c3']);
    expect(viewOf(model, { ...base, to: '2023-10' }).edges.map((e: { id: string }) => e.id)).toEqual([
      'c2',
      'PART_OF:fama:mali',
    ]);
    expect(
      viewOf(model, { ...base, minCertainty: 'REPORTED', ties: false }).edges.map((e: { id: string }) => e.id),
    ).toEqual(['c2', 'c3']);
    expect(monthsOf(model)).toEqual(expect.arrayContaining(['2023-10', '2024-06', '2025-08']));
    expect(monthsOf(model)[0]).toBe('2023-10');
  });

  it("hides the extractor's unreviewed drafts only when asked, and keeps that choice in the URL", () => {
    const model = sample();
    addClaim(model, claim('c5', actor('burkina'), actor('fama'), '2023-11', { draft: true }));
    const ids = (filters: Record<string, unknown>) => viewOf(model, filters).edges.map((e: { id: string }) => e.id);
    expect(ids({ ...base, ties: false })).toContain('c5');
    expect(ids({ ...base, ties: false, drafts: false })).not.toContain('c5');
    expect(readState('?drafts=0').drafts).toBe(false);
    expect(readState('').drafts).toBe(true);
    expect(writeState({ ...readState(''), drafts: false })).toContain('drafts=0');
  });

  it('rolls FAMa into Mali, and Wagner into Russia only while affiliated', () => {
    const model = sample();
    expect(rollUpId(model, 'fama', '2023-11-01')).toBe('mali');
    expect(rollUpId(model, 'wagner', '2023-10-01')).toBe('russia');
    expect(rollUpId(model, 'wagner', '2025-08-01')).toBe('wagner');
    const view = viewOf(model, { ...base, rollUp: true });
    const pairs = view.edges.map(
      (e: { id: string; source: string; target: string }) => `${e.id}:${e.source}>${e.target}`,
    );
    // The PART_OF tie became a loop (Mali to Mali) and is gone.
    expect(pairs.sort()).toEqual(['c1:niger>mali', 'c2:russia>mali', 'c3:wagner>mali']);
    expect(view.nodes.find((n: { id: string }) => n.id === 'mali').rolled).toBe(true);
  });

  it('caps the actors, nearest the start first, and says how many there were', () => {
    const model = createModel();
    const hub = actor('hub');
    for (let i = 0; i < 10; i++) addClaim(model, claim(`s${i}`, hub, actor(`a${i}`), '2023-01'));
    addClaim(model, claim('far', actor('a0'), actor('far'), '2023-01'));
    const view = viewOf(model, { ...base, focus: ['hub'], cap: 5 });
    expect(view.total).toBe(12);
    expect(view.nodes).toHaveLength(5);
    expect(view.nodes.map((n: { id: string }) => n.id)).toContain('hub');
    expect(view.nodes.map((n: { id: string }) => n.id)).not.toContain('far');
  });
});

describe('explorer helpers', () => {
  it('marks a quote inside its sentence, offsets in code points', () => {
    const text = 'Premier point. Le Niger a prêté 🛩 peut-être aussi un avion de chasse, dit-on. Fin.';
    const start = Array.from(text).join('').indexOf('peut-être');
    const points = Array.from(text);
    const cpStart = Array.from(text.slice(0, start)).length;
    const cpEnd = cpStart + Array.from('peut-être aussi un avion de chasse').length;
    expect(points.slice(cpStart, cpEnd).join('')).toBe('peut-être aussi un avion de chasse');
    expect(quoteInSentence(text, cpStart, cpEnd)).toEqual({
      before: 'Le Niger a prêté 🛩 ',
      quote: 'peut-être aussi un avion de chasse',
      after: ', dit-on.',
    });
  });

  it('keeps the view in the URL and exports the same selection', () => {
    const state = readState(
      '?start=actor:fama&expand=niger&depth=2&to=2023-10&min=REPORTED&kinds=SUPPORT,BOGUS&edge=c1',
    );
    expect(state).toMatchObject({ start: { type: 'actor', id: 'fama' }, depth: 2, to: '2023-10', kinds: ['SUPPORT'] });
    expect(readState(writeState(state))).toEqual(state);
    expect(readState('?depth=9&from=2023-13').depth).toBe(1);
    expect(exportHref(state, 'gexf')).toBe(
      '/export?format=gexf&actor=fama&actor=niger&depth=2&to=2023-10&kind=SUPPORT&min-certainty=REPORTED',
    );
  });
});
