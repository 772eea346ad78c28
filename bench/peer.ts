import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

// The peer of the query benchmark: the official @neo4j/graphql library (a development dependency of bench/ only,
// never imported under src/), with type definitions over the same labels, properties and relationship types as
// the loader writes (src/graph/ingest-queries.ts, claim-write-queries.ts). Read-only: no mutation is generated, as the service has none of
// these. Vocabulary fields are Strings: the peer then checks no enum, which only helps it.

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node @mutation(operations: []) {
    id: ID!
    name: String!
    kind: String!
    country: String
    wikidata: String
    description: String
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT)
    subjectOf: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Claim!]! @relationship(type: "OBJECT", direction: IN)
  }

  type Location @node @mutation(operations: []) {
    id: ID!
    name: String!
    kind: String!
    partOf: [Location!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type Operation @node @mutation(operations: []) {
    id: ID!
    name: String!
    eventType: String
    date: String
    outcome: String
    claims: [Claim!]! @relationship(type: "IN_OPERATION", direction: IN)
    locations: [Location!]! @relationship(type: "AT", direction: OUT)
  }

  type Claim @node @mutation(operations: []) {
    id: ID!
    kind: String!
    supportType: String
    statementType: String
    polarity: String!
    certainty: String!
    date: String
    when: String!
    sortDate: Date
    draft: Boolean!
    subject: [Actor!]! @relationship(type: "SUBJECT", direction: OUT)
    object: [Actor!]! @relationship(type: "OBJECT", direction: OUT)
    operation: [Operation!]! @relationship(type: "IN_OPERATION", direction: OUT)
    location: [Location!]! @relationship(type: "AT", direction: OUT)
    evidences: [Evidence!]! @relationship(type: "SUPPORTS", direction: IN)
  }

  type Evidence @node @mutation(operations: []) {
    id: ID!
    quote: String!
    sentence: Int!
    certainty: String!
    hedge: String
    claim: [Claim!]! @relationship(type: "SUPPORTS", direction: OUT)
    article: [Article!]! @relationship(type: "FROM_ARTICLE", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT)
  }

  type Article @node @mutation(operations: []) {
    id: ID!
    title: String!
    url: String
    publisher: String
    language: String
    publishedAt: String
    evidences: [Evidence!]! @relationship(type: "FROM_ARTICLE", direction: IN)
  }

  type Source @node @mutation(operations: []) {
    id: ID!
    name: String!
    kind: String!
    cited: [Evidence!]! @relationship(type: "CITES", direction: IN)
  }
`;

/**
 * The peer as a yoga server like the service (same transport, no socket in the benchmark). `driverFor` gives the
 * driver a request runs on: the benchmark's own, or one that records the generated Cypher for PROFILE.
 */
export async function createPeerServer(driver: Driver, driverFor: () => Driver = () => driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    // as the service's app: the body's size is a transport's check, not the GraphQL layer's being compared
    maxRequestBodySize: false,
    logging: false,
    context: () => ({ executionContext: driverFor(), sessionConfig: { database: 'neo4j' } }),
  });
}
