// The side panel for one drawn link (the drill-down): what it sums up, then the claims behind it a page at a time,
// each with its quotes, the article they come from and whom they cite; a claim opens in full on a click.
// Built with DOM nodes and textContent only, like panel.js.

import { graphql, queries } from './api.js';
import { countText } from './graph-view.js';
import { certaintyText, spanText } from './list-view.js';
import { claimSentence, el, words } from './panel.js';

const PAGE = 20;

function evidenceItem(evidence) {
  const article = evidence.article;
  const title = article.url ? el('a', { href: article.url, rel: 'noreferrer' }, article.title) : article.title;
  return el(
    'li',
    { class: 'evidence' },
    el('blockquote', {}, el('mark', {}, evidence.quote)),
    el(
      'p',
      { class: 'meta' },
      words(evidence.certainty),
      evidence.hedge ? el('span', {}, ' — hedge: ', el('q', {}, evidence.hedge)) : '',
    ),
    el('p', { class: 'article' }, el('cite', {}, title), ` — ${article.publisher}, ${article.publishedAt}`),
    evidence.sources.length
      ? el('p', { class: 'sources' }, 'Cites: ', evidence.sources.map((s) => `${s.name} (${words(s.kind)})`).join('; '))
      : el('p', { class: 'sources' }, 'Cites no source.'),
  );
}

function claimItem(claim, openClaim) {
  const facts = [
    words(claim.certainty),
    claim.when.value,
    claim.kind === 'SUPPORT' && claim.supportType ? words(claim.supportType) : '',
    claim.operation ? claim.operation.name : '',
    claim.draft ? 'draft, not yet reviewed' : '',
  ].filter(Boolean);
  return el(
    'li',
    { class: 'link-claim', 'data-claim': claim.id },
    el('button', { type: 'button', class: 'link', onclick: () => openClaim(claim.id) }, claimSentence(claim)),
    el('p', { class: 'meta' }, facts.join(' · ')),
    el('ul', { class: 'evidences' }, claim.evidences.map(evidenceItem)),
  );
}

function summary(edge, name) {
  const what = edge.polarity === 'DENIED' ? `${words(edge.type)}, denied` : words(edge.type);
  const whole = edge.bound === 'atLeast' ? `${edge.claims} loaded (the pair may have more)` : `${edge.claims}`;
  return [
    el('h2', { id: 'panel-title', tabindex: '-1' }, `${name(edge.source)} → ${name(edge.target)}: ${what}`),
    el(
      'dl',
      {},
      el('dt', {}, 'Claims'),
      el('dd', {}, `${whole}: ${certaintyText(edge.certainties)}`),
      edge.drafts ? [el('dt', {}, 'Drafts'), el('dd', {}, `${edge.drafts}, extracted and not yet reviewed`)] : '',
      el('dt', {}, 'When'),
      el('dd', {}, spanText(edge)),
      edge.polarity === 'DENIED'
        ? [el('dt', {}, 'Polarity'), el('dd', {}, 'denied: the sources say this did not happen')]
        : '',
      el('dt', {}, 'Drawn as'),
      el('dd', {}, `${countText(edge)} with the filters in force`),
    ),
  ].flat();
}

/**
 * Fills `panel` with the link `edge` and loads the claims `filter` selects (see drillFilter), PAGE at a time.
 * `run` wraps each request (busy state, errors in words); resolves once the first page is shown.
 */
export async function renderLink(panel, edge, { name, filter, run, openClaim, stillOpen }) {
  const heading = el('h3', {}, 'Claims behind this link');
  const list = el('ol', { class: 'link-claims' });
  const more = el('button', { type: 'button', class: 'link', hidden: '' }, 'Show more');
  panel.replaceChildren(...summary(edge, name), heading, list, el('p', {}, more));
  let after = null;
  async function page() {
    const data = await run('Reading the claims of the link', () =>
      graphql(queries.linkClaims, { filter, first: PAGE, after }),
    );
    if (!data || !stillOpen()) return;
    const { totalCount, pageInfo, edges } = data.claims;
    heading.textContent = `Claims behind this link matching the filters: ${totalCount}`;
    list.append(...edges.map((e) => claimItem(e.node, openClaim)));
    after = pageInfo.endCursor;
    more.hidden = !pageInfo.hasNextPage;
    more.textContent = `Show more (${totalCount - list.children.length} left)`;
    if (totalCount === 0)
      list.replaceChildren(el('li', {}, 'None: the claims may have changed since the view loaded.'));
  }
  more.addEventListener('click', () => void page());
  await page();
}

/** A hierarchy tie (part of, member of, affiliated with, succeeds): no claims behind it. */
export function renderTie(panel, edge, name) {
  panel.replaceChildren(
    el('h2', { id: 'panel-title', tabindex: '-1' }, `${name(edge.source)} ${words(edge.type)} ${name(edge.target)}`),
    el('p', {}, 'A tie of the actor hierarchy, from the gazetteer: no claim lies behind it.'),
  );
}
