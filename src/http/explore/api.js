// The explorer talks to the public GraphQL API only: POST /graphql with a JSON body (which also passes the
// server's CSRF check), a timeout on every request, and errors turned into sentences.

const TIMEOUT_MS = 15_000;
const KEY_STORAGE = 'conflict-kg.apiKey';

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

const WORDS = {
  UNAUTHENTICATED: 'This service needs an API key to answer: enter a reader key above.',
  QUERY_TOO_COSTLY: 'The question is too large for the service: choose a smaller depth or a narrower time window.',
  UNAVAILABLE: 'The graph database is not reachable right now; try again in a few seconds.',
  RESOURCE_EXHAUSTED: 'The graph database ran out of memory for this question; narrow it (depth, time) and retry.',
};

function explain(error) {
  const code = error?.extensions?.code;
  if (code === 'NOT_FOUND') return new ApiError(`Not in the graph: ${error.message}. Search for it by name.`, code);
  return new ApiError(WORDS[code] ?? `The service refused the request: ${error?.message ?? 'unknown error'}`, code);
}

/** Sends one query; resolves with its data or rejects with an ApiError worded for people. */
export async function graphql(query, variables = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const key = sessionStorage.getItem(KEY_STORAGE);
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
  } catch (error) {
    throw error?.name === 'AbortError'
      ? new ApiError(`The service did not answer within ${TIMEOUT_MS / 1000} s; try a smaller view.`, 'TIMEOUT')
      : new ApiError('The service cannot be reached: is it running?', 'NETWORK');
  } finally {
    clearTimeout(timer);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered ${response.status} without a GraphQL result.`, 'HTTP');
  }
  if (body.errors?.length) throw explain(body.errors[0]);
  if (!response.ok || !body.data) throw new ApiError(`The service answered ${response.status}.`, 'HTTP');
  return body.data;
}

const ACTOR = `id name kind
  partOf { id name kind partOf { id name kind } }
  affiliations { actor { id name kind } since { start } until { end } }`;

const CLAIM = `id kind supportType statementType polarity certainty materiel draft
  when { value start end }
  subject { ${ACTOR} } object { ${ACTOR} }
  operation { id name }
  alternatives { id }
  contradictedBy { id }`;

const LINK = `id type source { ${ACTOR} } target { ${ACTOR} } claim { ${CLAIM} }`;

/** One drawn edge: all claims of one kind and polarity from one actor to another, counted (or a tie). */
const LINK_SUMMARY = `id type polarity source { ${ACTOR} } target { ${ACTOR} }
  claims drafts evidences certainties { certainty claims } firstDate lastDate`;

export const queries = {
  search: `query Search($text: String!) {
    actors(search: $text, first: 8) { edges { node { id name kind aliases { name } } } }
    operations(filter: { search: $text }, first: 5) { edges { node { id name date { value } } } }
    locations(search: $text, first: 5) { id name kind }
  }`,
  actor: `query Actor($id: ID!) { actor(id: $id) { id name kind } }`,
  actorTies: `query ActorTies($id: ID!) { actor(id: $id) { ${ACTOR} } }`,
  // Links, not claims: a hub costs its counterparties. Denials are drawn too, as links of their own.
  neighborhood: `query Neighborhood($ids: [ID!]!, $depth: Int, $rollUp: Boolean) {
    neighborhood(ids: $ids, depth: $depth, rollUp: $rollUp, polarities: [ASSERTED, DENIED]) {
      truncated nodes { ${ACTOR} } links { ${LINK_SUMMARY} }
    }
  }`,
  // The drill-down: the claims behind one link, a page at a time, with their quotes and whom they cite.
  linkClaims: `query LinkClaims($filter: ClaimFilter!, $first: Int, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node {
        id kind supportType statementType polarity certainty draft materiel when { value }
        subject { id name } object { id name } operation { id name }
        evidences { id quote certainty hedge sources { name kind } article { id title publisher publishedAt url } }
      } }
    }
  }`,
  claims: `query Claims($filter: ClaimFilter, $first: Int) {
    claims(filter: $filter, first: $first) { totalCount edges { node { ${CLAIM} } } }
  }`,
  paths: `query Paths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 4, first: 5) { length actors { ${ACTOR} } links { ${LINK} } }
  }`,
  articleClaims: `query ArticleClaims($id: ID!) {
    article(id: $id) { claims { id kind supportType statementType polarity certainty subject { name } object { name } } }
  }`,
  claim: `query ClaimDetail($id: ID!) {
    claim(id: $id) {
      id kind supportType statementType polarity certainty materiel officiallyAcknowledged draft
      when { value } whenBasis
      subject { id name } object { id name } operation { id name } location { id name }
      corroboration { articles publishers sources }
      alternatives { id kind supportType polarity materiel certainty subject { id name } object { id name } }
      contradictedBy { id kind polarity certainty subject { id name } object { id name } }
      evidences {
        id quote sentence charStart charEnd certainty hedge
        sources { name kind }
        article {
          id title publisher publishedAt url text
        }
      }
    }
  }`,
};
