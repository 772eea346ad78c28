import type { Corpus } from './corpus.ts';

// The main dashboard and analyst requests, each as a GraphQL request to the service, as the best hand-written
// Cypher for the same answer, and, for the requests the two can share, as the same question to the peer
// (@neo4j/graphql over the same graph, bench/peer.ts).

export interface QueryCase {
  name: string;
  graphql: string;
  /** The same question to @neo4j/graphql, when its generated API can ask it. */
  peer?: string;
  cypher: string;
  params: Record<string, unknown>;
}

const SUPPORT = 'kind: { eq: "SUPPORT" }, polarity: { eq: "ASSERTED" }';

function sharedCases(corpus: Corpus): QueryCase[] {
  const op = corpus.operations[0]!;
  const state = corpus.states[0]!;
  const supporter = corpus.states[1]!;
  const inOperation = `${SUPPORT}, operation: { some: { id: { eq: "${op}" } } }`;
  return [
    {
      // The smallest request: what the GraphQL layer costs by itself, on top of one index lookup.
      name: 'actor by id',
      graphql: `{ actor(id: "${state}") { id name kind } }`,
      peer: `{ actors(where: { id: { eq: "${state}" } }) { id name kind } }`,
      cypher: 'MATCH (a:Actor {id: $id}) RETURN a.id, a.name, a.kind',
      params: { id: state },
    },
    {
      name: 'supports in an operation',
      graphql: `{ supports(filter: { operation: "${op}" }, first: 50) { edges { node { id supportType certainty subject { name } object { name } evidences { quote article { publisher } } } } } }`,
      peer: `{ claims(where: { ${inOperation} }, sort: [{ sortDate: ASC }, { id: ASC }], limit: 50) { id supportType certainty subject { name } object { name } evidences { quote article { publisher } } } }`,
      cypher: `MATCH (:Operation {id: $op})<-[:IN_OPERATION]-(c:Claim {kind: 'SUPPORT'}) WHERE c.polarity = 'ASSERTED'
               WITH c ORDER BY c.sortDate, c.id LIMIT 50
               RETURN c.id, c.supportType, c.certainty, [(c)-[:SUBJECT]->(s) | s.name][0], [(c)-[:OBJECT]->(o) | o.name][0],
                      [(c)<-[:SUPPORTS]-(e)-[:FROM_ARTICLE]->(a) | {quote: e.quote, publisher: a.publisher}]`,
      params: { op },
    },
    {
      name: "an actor's supports",
      graphql: `{ supports(filter: { supporter: "${supporter}" }, first: 50) { edges { node { id supportType operation { name } evidences { quote article { title } } } } } }`,
      peer: `{ claims(where: { ${SUPPORT}, subject: { some: { id: { eq: "${supporter}" } } } }, sort: [{ sortDate: ASC }, { id: ASC }], limit: 50) { id supportType operation { name } evidences { quote article { title } } } }`,
      cypher: `MATCH (:Actor {id: $id})<-[:SUBJECT]-(c:Claim {kind: 'SUPPORT'}) WHERE c.polarity = 'ASSERTED'
               WITH c ORDER BY c.sortDate, c.id LIMIT 50
               RETURN c.id, c.supportType, [(c)-[:IN_OPERATION]->(o) | o.name][0],
                      [(c)<-[:SUPPORTS]-(e)-[:FROM_ARTICLE]->(a) | {quote: e.quote, title: a.title}]`,
      params: { id: supporter },
    },
    {
      // What a dashboard tile asks: how many support claims each supporter has in one operation.
      name: 'dashboard count',
      graphql: `{ supportStats(groupBy: SUPPORTER, filter: { operation: "${op}" }) { key label claims } }`,
      // The generated API has no group-by: the supporters with such claims, each with its count.
      peer: `{ actors(where: { subjectOf: { some: { ${inOperation} } } }) { id name subjectOfConnection(where: { node: { ${inOperation} } }) { aggregate { count { nodes } } } } }`,
      cypher: `MATCH (:Operation {id: $op})<-[:IN_OPERATION]-(c:Claim {kind: 'SUPPORT'})-[:SUBJECT]->(s:Actor)
               WHERE c.polarity = 'ASSERTED'
               RETURN s.id, s.name, count(c) AS claims ORDER BY claims DESC, s.id`,
      params: { op },
    },
  ];
}

function serviceOnlyCases(corpus: Corpus): QueryCase[] {
  const state = corpus.states[0]!;
  return [
    {
      name: 'neighbourhood depth 2, claim edges',
      graphql: `{ neighborhood(ids: ["${state}-army"], depth: 2) { nodes { id name } edges { type source { id } target { id } } } }`,
      // The same answer: links of the actor and of its neighbours, at most as many as the service returns.
      cypher: `MATCH (a:Actor {id: $id})
               OPTIONAL MATCH (a)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(b:Actor)
               WITH a, collect(DISTINCT b)[..$maxNodes] AS ring
               UNWIND [a] + ring AS x
               MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)
               WITH DISTINCT c ORDER BY c.id LIMIT $maxLinks
               MATCH (c)-[:SUBJECT]->(s:Actor)
               MATCH (c)-[:OBJECT]->(o:Actor)
               RETURN c.kind, s.id, s.name, o.id, o.name`,
      params: { id: `${state}-army`, maxNodes: 500, maxLinks: 5000 },
    },
    {
      name: 'neighbourhood depth 2, links',
      graphql: `{ neighborhood(ids: ["${state}-army"], depth: 2) {
                    nodes { id name } links { type polarity source { id } target { id } claims } } }`,
      // The same answer from the aggregated links: the actor's asserted links, then its neighbours'.
      cypher: `MATCH (a:Actor {id: $id})
               OPTIONAL MATCH (a)-[:LINKED {polarity: 'ASSERTED'}]-(b:Actor)
               WITH a, collect(DISTINCT b)[..$maxNodes] AS ring
               UNWIND [a] + ring AS x
               MATCH (x)-[l:LINKED {polarity: 'ASSERTED'}]-(:Actor)
               WITH DISTINCT l ORDER BY l.kind, startNode(l).id, endNode(l).id LIMIT $maxLinks
               MATCH (s:Actor)-[l]->(o:Actor)
               RETURN l.kind, l.polarity, s.id, s.name, o.id, o.name, l.claims`,
      params: { id: `${state}-army`, maxNodes: 500, maxLinks: 5000 },
    },
    {
      name: 'shortest path',
      graphql: `{ paths(from: "${corpus.states[1]}", to: "group-0", maxLength: 4) { length actors { id } } }`,
      // The same answer: up to 10 shortest paths with the claims along them (Neo4j's own all-shortest-paths).
      cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
               MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT|PART_OF|AFFILIATED_WITH|MEMBER_OF|SUCCEEDS*..8]-(b))
               RETURN [n IN nodes(p) WHERE n:Actor | n.id] AS actors, [n IN nodes(p) WHERE n:Claim | n.id] AS claims
               LIMIT 10`,
      params: { from: corpus.states[1], to: 'group-0' },
    },
    {
      name: 'supportStats by month',
      graphql: '{ supportStats(groupBy: MONTH) { key claims evidences articles sources } }',
      cypher: `MATCH (c:Claim {kind: 'SUPPORT'})
               WITH substring(toString(c.sortDate), 0, 7) AS month, collect(c) AS claims
               RETURN month, size(claims), reduce(n = 0, c IN claims | n + c.evidenceCount),
                      COUNT { UNWIND claims AS c MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:FROM_ARTICLE]->(a) RETURN DISTINCT a },
                      COUNT { UNWIND claims AS c MATCH (c)<-[:SUPPORTS]-(:Evidence)-[:CITES]->(s) RETURN DISTINCT s }
               ORDER BY month`,
      params: {},
    },
  ];
}

/** The four requests the three sides share first, then the service's traversals and aggregates. */
export function queryCases(corpus: Corpus): QueryCase[] {
  return [...sharedCases(corpus), ...serviceOnlyCases(corpus)];
}
