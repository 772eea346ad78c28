import { describe, expect, it } from 'vitest';

// The explorer's browser modules are plain, untyped ES modules: their pure parts are tested here directly.
// biome-ignore lint/suspicious/noExplicitAny: the browser modules carry no types.
const load = (name: string): Promise<any> => import(`../../src/http/explore/${name}.js`);
const {
  addClaim,
  addLink,
  addLinkSummary,
  createModel,
  drillFilter,
  linkShown,
  monthsOf,
  rollUpId,
  rollUpRoots,
  viewOf,
} = await load('graph-model');
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
/** A link as `Neighborhood.links` gives it. */
const summary = (type: string, polarity: string | null, source: string, target: string, extra = {}) => ({
  id: polarity ? `${type}:${polarity}:${source}:${target}` : `${type}:${source}:${target}`,
  type,
  polarity,
  source: actor(source),
  target: actor(target),
  claims: 0,
  drafts: 0,
  evidences: 0,
  certainties: [],
  firstDate: null,
  lastDate: null,
  ...extra,
});
const operation = { operation: 'op-1', complete: true };

function sample() {
  const model = createModel();
  const mali = actor('mali');
  const fama = actor('fama', { partOf: mali, affiliations: [] });
  const russia = actor('russia');
  const wagner = actor('wagner', {
    affiliations: [{ actor: russia, since: { start: '2014-01-01' }, until: { end: '2025-06-30' } }],
  });
  const niger = actor('niger', { affiliations: [] });
  addClaim(model, claim('c1', niger, fama, '2023-11', { certainty: 'POSSIBLE' }), operation);
  addClaim(model, claim('c2', wagner, fama, '2023-10'), operation);
  addClaim(model, claim('c3', wagner, fama, '2025-08'), operation);
  addClaim(model, claim('c4', fama, null, '2023-11'), operation);
  addLink(model, { id: 'PART_OF:fama:mali', type: 'PART_OF', source: fama, target: mali, claim: null });
  return model;
}

const base = { minCertainty: 'POSSIBLE', kinds: null, supportTypes: null, ties: true, rollUp: false, focus: ['fama'] };
type Edge = { id: string; count: number; bound: string; source: string; target: string; drafts: number };
const edgesOf = (model: unknown, filters: Record<string, unknown>) =>
  Object.fromEntries(viewOf(model, filters).edges.map((e: Edge) => [e.id, `${e.bound}:${e.count}`]));

/** A hub's link: 12 claims (1 possible, 8 reported, 3 confirmed; 2 drafts) over 2023, and one denial apart. */
function hub() {
  const model = createModel();
  const certainties = [
    { certainty: 'POSSIBLE', claims: 1 },
    { certainty: 'REPORTED', claims: 8 },
    { certainty: 'CONFIRMED', claims: 3 },
  ];
  addLinkSummary(
    model,
    summary('SUPPORT', 'ASSERTED', 'russia', 'mali', {
      claims: 12,
      drafts: 2,
      certainties,
      firstDate: '2023-01-05',
      lastDate: '2023-11-20',
    }),
  );
  addLinkSummary(
    model,
    summary('SUPPORT', 'DENIED', 'russia', 'mali', {
      claims: 1,
      certainties: [{ certainty: 'REPORTED', claims: 1 }],
      firstDate: '2023-06-01',
      lastDate: '2023-06-30',
    }),
  );
  addLinkSummary(model, summary('MEMBER_OF', null, 'mali', 'aes'));
  return model;
}

describe('explorer view model', () => {
  it("draws the service's links one edge each, the denial apart from the assertions, with the claims counted", () => {
    const view = viewOf(hub(), { ...base, focus: ['russia'] });
    expect(view.edges.map((e: Edge) => [e.id, e.count, e.bound])).toEqual([
      ['SUPPORT:ASSERTED:russia:mali', 12, 'exact'],
      ['SUPPORT:DENIED:russia:mali', 1, 'exact'],
      ['MEMBER_OF:mali:aes', 0, 'exact'],
    ]);
    expect(view.edges[0].drafts).toBe(2);
    expect(view.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['aes', 'mali', 'russia']);
  });

  it('counts a link from its certainties and drafts, exactly when it can and as an upper bound when not', () => {
    const link = hub().links.get('SUPPORT:ASSERTED:russia:mali');
    const shown = (filters: Record<string, unknown>) => linkShown(link, { ...base, ...filters });
    expect(shown({})).toEqual({ count: 12, bound: 'exact' });
    expect(shown({ minCertainty: 'REPORTED' })).toEqual({ count: 11, bound: 'exact' });
    expect(shown({ minCertainty: 'CONFIRMED' })).toEqual({ count: 3, bound: 'exact' });
    expect(shown({ drafts: false })).toEqual({ count: 10, bound: 'exact' });
    // Which certainties the drafts have, the counts do not say.
    expect(shown({ drafts: false, minCertainty: 'REPORTED' })).toEqual({ count: 11, bound: 'atMost' });
    expect(shown({ kinds: new Set(['COMBAT']) })).toBeNull();
    // A time window: outside the link's dates hides it, inside them is exact, across them is a bound.
    expect(shown({ to: '2022-12' })).toBeNull();
    expect(shown({ from: '2023-12' })).toBeNull();
    expect(shown({ from: '2023-01', to: '2023-11' })).toEqual({ count: 12, bound: 'exact' });
    expect(shown({ from: '2023-03' })).toEqual({ count: 12, bound: 'atMost' });
    expect(shown({ supportTypes: new Set(['AIRCRAFT']) })).toEqual({ count: 12, bound: 'atMost' });
    const drafts = { ...link, drafts: 12 };
    expect(linkShown(drafts, { ...base, drafts: false })).toBeNull();
  });

  it("sums claims loaded on their own per pair, kind and polarity; the service's link wins over them", () => {
    const model = sample();
    expect(model.unlinked).toBe(1);
    expect(edgesOf(model, base)).toEqual({
      'SUPPORT:ASSERTED:niger:fama': 'exact:1',
      'SUPPORT:ASSERTED:wagner:fama': 'exact:2',
      'PART_OF:fama:mali': 'exact:0',
    });
    expect(edgesOf(model, { ...base, to: '2023-10' })).toEqual({
      'SUPPORT:ASSERTED:wagner:fama': 'exact:1',
      'PART_OF:fama:mali': 'exact:0',
    });
    expect(edgesOf(model, { ...base, minCertainty: 'REPORTED', ties: false })).toEqual({
      'SUPPORT:ASSERTED:wagner:fama': 'exact:2',
    });
    // A path step is a sample of its pair: at least that many.
    addClaim(model, claim('c9', actor('russia'), actor('mali'), '2024-01', { kind: 'DEPLOYMENT' }));
    expect(edgesOf(model, base)['DEPLOYMENT:ASSERTED:russia:mali']).toBe('atLeast:1');
    // Once the service's link for the pair is loaded, the claims are not counted twice.
    addLinkSummary(
      model,
      summary('SUPPORT', 'ASSERTED', 'wagner', 'fama', {
        claims: 5,
        certainties: [{ certainty: 'REPORTED', claims: 5 }],
        firstDate: '2023-01-01',
        lastDate: '2025-08-28',
      }),
    );
    expect(edgesOf(model, base)['SUPPORT:ASSERTED:wagner:fama']).toBe('exact:5');
    expect(monthsOf(model)).toEqual(expect.arrayContaining(['2023-01', '2024-06', '2025-08']));
    expect(monthsOf(model)[0]).toBe('2023-01');
  });

  it("hides the extractor's unreviewed drafts only when asked, and keeps that choice in the URL", () => {
    const model = sample();
    addClaim(model, claim('c5', actor('burkina'), actor('fama'), '2023-11', { draft: true }), operation);
    expect(edgesOf(model, { ...base, ties: false })['SUPPORT:ASSERTED:burkina:fama']).toBe('exact:1');
    expect(edgesOf(model, { ...base, ties: false, drafts: false })).not.toHaveProperty('SUPPORT:ASSERTED:burkina:fama');
    expect(readState('?drafts=0').drafts).toBe(false);
    expect(readState('').drafts).toBe(true);
    expect(writeState({ ...readState(''), drafts: false })).toContain('drafts=0');
  });

  it('rolls FAMa into Mali, and Wagner into Russia only while affiliated', () => {
    const model = sample();
    expect(rollUpId(model, 'fama', '2023-11-01')).toBe('mali');
    expect(rollUpId(model, 'wagner', '2023-10-01')).toBe('russia');
    expect(rollUpId(model, 'wagner', '2025-08-01')).toBe('wagner');
    // A rolled-up walk starts from every actor one rolls up to at some date.
    expect(rollUpRoots(model, 'wagner')).toEqual(['wagner', 'russia']);
    expect(rollUpRoots(model, 'fama')).toEqual(['fama', 'mali']);
    const view = viewOf(model, { ...base, rollUp: true });
    // The PART_OF tie became a loop (Mali to Mali) and is gone; each claim went to its pair at its date.
    expect(view.edges.map((e: Edge) => `${e.id}=${e.count}`).sort()).toEqual([
      'SUPPORT:ASSERTED:niger:mali=1',
      'SUPPORT:ASSERTED:russia:mali=1',
      'SUPPORT:ASSERTED:wagner:mali=1',
    ]);
    expect(view.nodes.find((n: { id: string }) => n.id === 'mali').rolled).toBe(true);
    // Links the service rolled up itself are drawn as they came.
    const rolled = hub();
    rolled.rolledUp = true;
    expect(viewOf(rolled, { ...base, rollUp: true }).edges.map((e: Edge) => e.source)).toEqual([
      'russia',
      'russia',
      'mali',
    ]);
  });

  it('drills down to the claims the edge counts: its pair, kind, polarity, scope and the filters', () => {
    const edge = viewOf(hub(), base).edges.find((e: Edge) => e.id === 'SUPPORT:DENIED:russia:mali');
    expect(drillFilter(edge, base)).toEqual({
      subject: 'russia',
      object: 'mali',
      kinds: ['SUPPORT'],
      polarity: 'DENIED',
    });
    const filters = {
      ...base,
      rollUp: true,
      from: '2023-02',
      to: '2023-09',
      minCertainty: 'REPORTED',
      drafts: false,
      supportTypes: new Set(['AIRCRAFT', 'DRONES']),
    };
    expect(drillFilter(edge, filters)).toEqual({
      subject: 'russia',
      object: 'mali',
      kinds: ['SUPPORT'],
      polarity: 'DENIED',
      rollUp: true,
      from: '2023-02',
      to: '2023-09',
      minCertainty: 'REPORTED',
      drafts: 'EXCLUDE',
      supportTypes: ['AIRCRAFT', 'DRONES'],
    });
    const scoped = viewOf(sample(), base).edges.find((e: Edge) => e.id === 'SUPPORT:ASSERTED:wagner:fama');
    expect(drillFilter(scoped, base)).toMatchObject({ subject: 'wagner', object: 'fama', operation: 'op-1' });
  });

  it('caps the actors, nearest the start first, and says how many there were', () => {
    const model = createModel();
    const hub = actor('hub');
    for (let i = 0; i < 10; i++) addClaim(model, claim(`s${i}`, hub, actor(`a${i}`), '2023-01'), operation);
    addClaim(model, claim('far', actor('a0'), actor('far'), '2023-01'), operation);
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
      '?start=actor:fama&expand=niger&depth=2&to=2023-10&min=REPORTED&kinds=SUPPORT,BOGUS&edge=SUPPORT:ASSERTED:niger:fama&claim=c1',
    );
    expect(state).toMatchObject({
      start: { type: 'actor', id: 'fama' },
      depth: 2,
      to: '2023-10',
      kinds: ['SUPPORT'],
      edge: 'SUPPORT:ASSERTED:niger:fama',
      claim: 'c1',
    });
    expect(readState(writeState(state))).toEqual(state);
    expect(readState('?depth=9&from=2023-13').depth).toBe(1);
    expect(exportHref(state, 'gexf')).toBe(
      '/export?format=gexf&actor=fama&actor=niger&depth=2&to=2023-10&kind=SUPPORT&min-certainty=REPORTED',
    );
  });
});
