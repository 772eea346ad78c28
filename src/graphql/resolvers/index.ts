import type { Resolvers } from '../generated/resolvers-types.ts';
import { Actor, Affiliation, Membership, Succession } from './Actor.ts';
import { ActorLink } from './ActorLink.ts';
import { ActorLinkSummary } from './ActorLinkSummary.ts';
import { ActorPath } from './ActorPath.ts';
import { Article } from './Article.ts';
import { Claim } from './Claim.ts';
import {
  ActorConnection,
  ArticleConnection,
  ClaimConnection,
  OperationConnection,
  SourceConnection,
} from './Connections.ts';
import { JSONScalar } from './json-scalar.ts';
import { Location } from './Location.ts';
import { extractArticle, reviewDrafts } from './Mutation/extract-article.ts';
import { ingestArticle } from './Mutation/ingest-article.ts';
import { Neighborhood } from './Neighborhood.ts';
import { Operation } from './Operation.ts';
import { actor } from './Query/actor.ts';
import { actors } from './Query/actors.ts';
import { alliance } from './Query/alliance.ts';
import { alliances } from './Query/alliances.ts';
import { article } from './Query/article.ts';
import { articles } from './Query/articles.ts';
import { claim } from './Query/claim.ts';
import { claims } from './Query/claims.ts';
import { exportSubgraph } from './Query/export-subgraph.ts';
import { graphInfo } from './Query/graph-info.ts';
import { location } from './Query/location.ts';
import { locations } from './Query/locations.ts';
import { neighborhood } from './Query/neighborhood.ts';
import { operation } from './Query/operation.ts';
import { operations } from './Query/operations.ts';
import { paths } from './Query/paths.ts';
import { source, sources } from './Query/sources.ts';
import { supportStats } from './Query/support-stats.ts';
import { supports } from './Query/supports.ts';
import { timeline } from './Query/timeline.ts';
import { Source } from './Source.ts';

export const resolvers: Resolvers = {
  Query: {
    graphInfo,
    actor,
    actors,
    alliance,
    alliances,
    claim,
    claims,
    supports,
    operation,
    location,
    locations,
    article,
    articles,
    operations,
    neighborhood,
    paths,
    timeline,
    supportStats,
    exportSubgraph,
    source,
    sources,
  },
  Mutation: { ingestArticle, extractArticle, reviewDrafts },
  JSON: JSONScalar,
  Actor,
  Affiliation,
  Membership,
  Succession,
  Claim,
  Source,
  Operation,
  Location,
  Article,
  Neighborhood,
  ActorPath,
  ActorLink,
  ActorLinkSummary,
  ActorConnection,
  ArticleConnection,
  ClaimConnection,
  OperationConnection,
  SourceConnection,
};
