import DataLoader from 'dataloader';
import { type ActorRelations, ActorRepository } from '../graph/actor-repository.ts';
import { type ArticleBody, ArticleRepository } from '../graph/article-repository.ts';
import { ClaimRepository } from '../graph/claim-repository.ts';
import { ExplorationRepository } from '../graph/exploration-repository.ts';
import { InfoRepository } from '../graph/info-repository.ts';
import { type LocationRelations, LocationRepository } from '../graph/location-repository.ts';
import { type OperationDetails, OperationRepository } from '../graph/operation-repository.ts';
import { type SourceClaims, SourceRepository } from '../graph/source-repository.ts';
import type { Logger } from '../logger.ts';
import type { ActorView, ArticleView, ClaimView, LocationView, OperationView, SourceView } from '../model/views.ts';
import type { Database } from '../neo4j/database.ts';
import type { HeavyWork } from '../neo4j/heavy-work.ts';
import type { Caller } from './auth.ts';

export interface Repositories {
  actors: ActorRepository;
  claims: ClaimRepository;
  operations: OperationRepository;
  locations: LocationRepository;
  articles: ArticleRepository;
  info: InfoRepository;
  exploration: ExplorationRepository;
  sources: SourceRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    actors: new ActorRepository(db),
    claims: new ClaimRepository(db),
    operations: new OperationRepository(db),
    locations: new LocationRepository(db),
    articles: new ArticleRepository(db),
    info: new InfoRepository(db),
    exploration: new ExplorationRepository(db),
    sources: new SourceRepository(db),
  };
}

/**
 * Per-request batching: every field that needs more data asks a loader, and each loader sends one query per
 * tick for all the ids asked, so round trips grow with the query's depth, never with the number of results.
 */
function loader<T>(fetch: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((row) => [key(row), row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function createLoaders(repos: Repositories) {
  const id = (row: { id: string }) => row.id;
  return {
    actor: loader<ActorView>((ids) => repos.actors.byIds(ids), id),
    actorRelations: loader<ActorRelations>((ids) => repos.actors.relations(ids), id),
    claim: loader<ClaimView>((ids) => repos.claims.byIds(ids), id),
    operation: loader<OperationView>((ids) => repos.operations.byIds(ids), id),
    operationDetails: loader<OperationDetails>((ids) => repos.operations.details(ids), id),
    location: loader<LocationView>((ids) => repos.locations.byIds(ids), id),
    locationRelations: loader<LocationRelations>((ids) => repos.locations.relations(ids), id),
    article: loader<ArticleView>((ids) => repos.articles.byIds(ids), id),
    articleBody: loader<ArticleBody>((ids) => repos.articles.bodies(ids), id),
    source: loader<SourceView>((ids) => repos.sources.byIds(ids), id),
    sourceClaims: loader<SourceClaims>((ids) => repos.sources.claims(ids), id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Per request, for the access log: what the request cost in Neo4j. */
export interface RequestStats {
  id: string;
  started: number;
  operation: string | undefined;
  queries: number;
  failedQueries: number;
  neo4jMs: number;
  /** The response cache's answer, when it is on: served from it (hit), computed and stored (miss), or not cacheable. */
  cache?: 'hit' | 'miss' | 'skip';
}

export interface GraphQLContext {
  stats: RequestStats;
  repos: Repositories;
  loaders: Loaders;
  /** For mutations, which write through the ingest service. */
  db: Database;
  role: Caller;
  log: Logger;
  /** Notes for the client that no field carries (a roll-up hint for a list), sent as extensions.hints. */
  hints: string[];
  /** The process's heavy-work gate as this request sees it: its heavy fields take one place at a time. */
  heavy: HeavyWork;
}
