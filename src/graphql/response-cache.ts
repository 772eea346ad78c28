import { createHash } from 'node:crypto';
import {
  type Cache,
  createInMemoryCache,
  type ResponseCachePluginExtensions,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CHANGES_SINCE, type Change, KEEP_CHANGES } from '../graph/change-log.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../neo4j/database.ts';
import { cacheScope } from './cache-scope.ts';
import type { RequestStats } from './context.ts';

// Answers to read queries kept in process (yoga's response-cache plugin over an in-memory LRU), per caller: the
// session is the role and a digest of the Authorization header, so no answer crosses keys. requireReader runs
// before it (plugins run in order, and a refusal ends the chain), so a refused request never reads the cache;
// answers with errors and mutations are never stored. Each answer is tagged with the entities it shows, the ids
// it was asked about, or the whole graph (cache-scope.ts); the change log that ingestion writes in its own
// transaction (src/graph/change-log.ts), polled in the background, drops exactly the answers a change touched.
// The TTL is a safety net for changes made outside the loader.

export interface ResponseCacheSettings {
  maxEntries: number;
  ttlMs: number;
  pollMs: number;
}

const SCOPE = '__scope';
const GRAPH = '__graph';
type Entity = { typename: string; id?: string | number };

function toEntities(change: Change): Entity[] {
  return change.entities.flatMap((entity) => {
    const at = entity.indexOf(':');
    const id = entity.slice(at + 1);
    return [
      { typename: entity.slice(0, at), id },
      { typename: SCOPE, id },
    ];
  });
}

export class ResponseCache {
  private store: Cache;
  /** The scope of each cache key, computed once on the request that stores it. */
  private readonly scopes = new Map<string, Entity[]>();
  private readonly keyOf = new WeakMap<object, string>();
  private seen: number | undefined;
  /** Bumped whenever answers are dropped; an answer computed across a bump is not stored (it may predate the change). */
  private generation = 0;
  private readonly startedIn = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly settings: ResponseCacheSettings,
    private readonly log: Logger,
  ) {
    this.store = createInMemoryCache({ max: settings.maxEntries });
  }

  /** Reads the change log now; at most one read at a time. */
  poll(): Promise<void> {
    this.polling ??= this.readChanges().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async readChanges() {
    const [row] = await this.db.read(CHANGES_SINCE, { after: this.seen ?? Number.MAX_SAFE_INTEGER });
    const seq = row?.seq ?? 0;
    if (this.seen === undefined || seq === this.seen) {
      this.seen = seq;
      return;
    }
    const changes = row?.changes ?? [];
    // Behind further than the log keeps, or the graph was reset: nothing cached can be trusted.
    const complete = seq > this.seen && changes[0]?.seq === this.seen + 1 && changes.length < KEEP_CHANGES;
    if (!complete || changes.some((c) => c.everything)) this.clear();
    else this.store.invalidate([{ typename: GRAPH }, ...changes.flatMap(toEntities)]);
    this.generation++;
    this.seen = seq;
  }

  clear() {
    this.store = createInMemoryCache({ max: this.settings.maxEntries });
    this.scopes.clear();
  }

  /** Polls in the background; a failed read (Neo4j down) is logged and tried again at the next tick. */
  start() {
    const tick = () =>
      this.poll().catch((error: unknown) =>
        this.log.warn('Response cache: change log not read', { error: (error as Error).name }),
      );
    void tick();
    this.timer = setInterval(tick, this.settings.pollMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }

  /** The store the plugin uses, with each answer's scope added to the entities it found. */
  private cache(): Cache {
    return {
      get: (key) => this.store.get(key),
      set: (key, data, entities, ttl) => {
        const started = this.startedIn.get(key);
        this.startedIn.delete(key);
        // Read before a change the poller has since applied: storing it would bring the dropped answer back.
        if (started !== this.generation) return;
        const scope = this.scopes.get(key) ?? [{ typename: GRAPH }];
        return this.store.set(key, data, [...entities, ...scope], ttl);
      },
      invalidate: (entities) => this.store.invalidate(entities),
    };
  }

  /** The scope of the request about to run (a miss: hits are served before parsing and never get here). */
  private rememberScope(args: ExecutionArgs) {
    const key = this.keyOf.get(args.contextValue as object);
    if (key === undefined) return;
    if (this.startedIn.size >= this.settings.maxEntries * 2) this.startedIn.clear();
    this.startedIn.set(key, this.generation);
    if (this.scopes.has(key)) return;
    const scope = cacheScope(args.schema, args.document, args.variableValues, args.operationName);
    if (this.scopes.size >= this.settings.maxEntries * 2) this.scopes.clear();
    this.scopes.set(key, scope === 'graph' ? [{ typename: GRAPH }] : scope.ids.map((id) => ({ typename: SCOPE, id })));
  }

  /** The plugins, in order; `statsFor` is the request's record, where the access log reads the cache state. */
  plugins(statsFor: (request: Request) => RequestStats): Plugin[] {
    const cache = useResponseCache({
      cache: this.cache(),
      ttl: this.settings.ttlMs,
      ttlPerSchemaCoordinate: { 'Query.exportSubgraph': 0 },
      // Hits are answered from the request's parameters, before the GraphQL context exists: the session is the
      // Authorization header itself (digested), so an answer is only served again to the same key.
      session: (request) => {
        const authorization = request.headers.get('authorization');
        return authorization ? createHash('sha256').update(authorization).digest('base64url') : 'anonymous';
      },
      buildResponseCacheKey: (params) => {
        const { documentString, operationName, variableValues, sessionId } = params;
        const key = createHash('sha256')
          .update([documentString, operationName ?? '', JSON.stringify(variableValues ?? {}), sessionId].join('|'))
          .digest('base64url');
        this.keyOf.set(params.context as object, key);
        return key;
      },
      includeExtensionMetadata: true,
    });
    const scope: Plugin = { onExecute: ({ args }) => this.rememberScope(args) };
    return [cache, scope, cacheStateToLog(statsFor)];
  }
}

/** The plugin's metadata goes to the access log, not to the caller. */
function cacheStateToLog(statsFor: (request: Request) => RequestStats): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object') return;
      const { extensions } = result as ExecutionResult<unknown, ResponseCachePluginExtensions>;
      const state = extensions?.responseCache;
      if (!state) return;
      if ('hit' in state) statsFor(request).cache = state.hit ? 'hit' : state.didCache ? 'miss' : 'skip';
      const { responseCache: _state, ...rest } = extensions;
      setResult({ ...(result as ExecutionResult), extensions: Object.keys(rest).length ? rest : undefined });
    },
  };
}
