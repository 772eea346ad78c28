// The side panel for one claim: what it says, how sure and why, and each quote shown inside its sentence,
// with the article, its publisher and date, whom it cites, and the other claims the same article gives.
// Everything is built with DOM nodes and textContent: no article text is ever parsed as HTML.

const words = (value) => value?.toLowerCase().replaceAll('_', ' ') ?? '';

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** One sentence of `text` around code points [start, end), with those code points marked. */
export function quoteInSentence(text, start, end) {
  const points = Array.from(text);
  const isBreak = (i) => points[i] === '\n' || (/[.!?]/.test(points[i]) && /\s/.test(points[i + 1] ?? ' '));
  let from = start;
  while (from > 0 && !isBreak(from - 1)) from--;
  let to = end;
  while (to < points.length && !isBreak(to)) to++;
  return {
    before: points.slice(from, start).join('').trimStart(),
    quote: points.slice(start, end).join(''),
    after: points
      .slice(end, Math.min(points.length, to + 1))
      .join('')
      .trimEnd(),
  };
}

export function claimSentence(claim) {
  const subject = claim.subject?.name ?? '?';
  const object = claim.object?.name;
  const denied = claim.polarity === 'DENIED' ? 'NOT ' : '';
  const what =
    claim.kind === 'SUPPORT' ? `${words(claim.supportType ?? '')} support` : words(claim.statementType ?? claim.kind);
  return `${subject} — ${denied}${what}${object ? ` → ${object}` : ''}`;
}

function evidenceBlock(evidence) {
  const { before, quote, after } = quoteInSentence(evidence.article.text, evidence.charStart, evidence.charEnd);
  const article = evidence.article;
  const title = article.url ? el('a', { href: article.url, rel: 'noreferrer' }, article.title) : article.title;
  return el(
    'li',
    { class: 'evidence' },
    el('blockquote', {}, before, el('mark', {}, quote), after),
    el(
      'p',
      { class: 'meta' },
      `${words(evidence.certainty)}`,
      evidence.hedge ? el('span', {}, ' — hedge: ', el('q', {}, evidence.hedge)) : '',
      ` — sentence ${evidence.sentence}`,
    ),
    el('p', { class: 'article' }, el('cite', {}, title), ` — ${article.publisher}, ${article.publishedAt}`),
    evidence.sources.length
      ? el('p', { class: 'sources' }, 'Cites: ', evidence.sources.map((s) => `${s.name} (${words(s.kind)})`).join('; '))
      : el('p', { class: 'sources' }, 'Cites no source.'),
  );
}

const SHORT_LIST = 20;

function claimLink(other, open) {
  return el(
    'li',
    {},
    el('button', { type: 'button', class: 'link', onclick: () => open(other.id) }, claimSentence(other)),
    ` (${words(other.certainty)})`,
  );
}

/** A list showing its first items, with a button for the rest: an article may give hundreds of claims. */
function shortList(items, render) {
  const list = el('ul', {}, items.slice(0, SHORT_LIST).map(render));
  if (items.length > SHORT_LIST) {
    const more = el('button', { type: 'button', class: 'link' }, `Show all ${items.length}`);
    more.addEventListener('click', () => list.replaceChildren(...items.map(render)));
    list.append(el('li', {}, more));
  }
  return list;
}

/** Fills `panel` with the claim; `open(id)` is called when one of the linked claims is chosen. */
export function renderClaim(panel, claim, open) {
  const link = (other) => claimLink(other, open);
  const hedges = [...new Set(claim.evidences.map((e) => e.hedge).filter(Boolean))];
  const parts = [
    el('h2', { id: 'panel-title', tabindex: '-1' }, claimSentence(claim)),
    el(
      'dl',
      {},
      el('dt', {}, 'Certainty'),
      el(
        'dd',
        { class: `certainty ${claim.certainty}` },
        words(claim.certainty),
        hedges.length ? ` — because the text says “${hedges.join('”, “')}”` : '',
      ),
      claim.draft
        ? [el('dt', {}, 'Review'), el('dd', {}, 'draft: proposed by the extractor, not yet reviewed by an analyst')]
        : '',
      claim.polarity === 'DENIED'
        ? [el('dt', {}, 'Polarity'), el('dd', {}, 'denied: the article says this did not happen')]
        : '',
      el('dt', {}, 'When'),
      el('dd', {}, `${claim.when.value} (${words(claim.whenBasis)} date)`),
      claim.materiel.length ? [el('dt', {}, 'Materiel'), el('dd', {}, claim.materiel.join(', '))] : '',
      claim.operation ? [el('dt', {}, 'Operation'), el('dd', {}, claim.operation.name)] : '',
      claim.location ? [el('dt', {}, 'Place'), el('dd', {}, claim.location.name)] : '',
      el('dt', {}, 'Backed by'),
      el(
        'dd',
        {},
        `${claim.corroboration.articles} article(s), ${claim.corroboration.publishers} publisher(s), ${claim.corroboration.sources} cited source(s)`,
      ),
      claim.officiallyAcknowledged !== null
        ? [
            el('dt', {}, 'Acknowledged'),
            el('dd', {}, claim.officiallyAcknowledged ? 'yes, officially' : 'not officially'),
          ]
        : '',
    ),
    claim.alternatives.length ? [el('h3', {}, 'Either this or'), el('ul', {}, claim.alternatives.map(link))] : '',
    claim.contradictedBy.length ? [el('h3', {}, 'Disputed by'), el('ul', {}, claim.contradictedBy.map(link))] : '',
    el('h3', {}, `Evidence (${claim.evidences.length})`),
    el('ol', { class: 'evidences' }, claim.evidences.map(evidenceBlock)),
    el('h3', {}, 'Other claims of the same article(s)'),
    el('div', { id: 'article-claims' }, 'Loading…'),
  ];
  panel.replaceChildren(...parts.flat().filter(Boolean));
}

/** Fills the panel's "other claims" part once they are loaded (a second request: an article may give hundreds). */
export function renderArticleClaims(panel, claim, others, open) {
  const box = panel.querySelector('#article-claims');
  if (!box) return;
  const unique = new Map(others.filter((other) => other.id !== claim.id).map((other) => [other.id, other]));
  const link = (other) => claimLink(other, open);
  box.replaceChildren(unique.size ? shortList([...unique.values()], link) : el('p', {}, 'None.'));
}

export function renderMessage(panel, title, ...lines) {
  panel.replaceChildren(
    el('h2', { id: 'panel-title', tabindex: '-1' }, title),
    ...lines.map((line) => el('p', {}, line)),
  );
}

export { el, words };
