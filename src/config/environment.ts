import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

// The only module that reads process.env: everything else receives a typed Environment.

const PINNED_NEO4J_VERSION = '5.26.30';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const port = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(fallback));
const bool = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  );
const limit = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const memorySize = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g')
      .default(fallback),
  );

const optionalSize = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g')
    .optional(),
);
const commaList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
);

/** Bytes in a size such as 512m; megabytes are what neo4j.conf is given back. */
export function sizeInBytes(size: string): number {
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[size.slice(-1).toLowerCase() as 'k' | 'm' | 'g'];
  return Number(size.slice(0, -1)) * unit;
}
const megabytes = (bytes: number) => `${Math.max(1, Math.floor(bytes / 1024 ** 2))}m`;

const rawEnvironment = z.object({
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]*$/)
      .default('neo4j'),
  ),
  NEO4J_TX_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(600_000).default(15_000)),
  NEO4J_EXPORT_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1000).max(7_200_000).default(600_000),
  ),
  NEO4J_LOCAL_DIR: optionalString,
  NEO4J_LOCAL_CACHE_DIR: optionalString,
  NEO4J_LOCAL_BOLT_PORT: port(7687),
  NEO4J_LOCAL_HEAP: memorySize('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize('256m'),
  NEO4J_LOCAL_VERSION: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^5\.26\.\d+$/, 'expected a Neo4j 5.26 LTS version such as 5.26.30')
      .default(PINNED_NEO4J_VERSION),
  ),
  NEO4J_LOCAL_TX_MEMORY_TOTAL: optionalSize,
  NEO4J_LOCAL_TX_MEMORY_MAX: optionalSize,
  NEO4J_READY_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(60_000).default(2000)),
  NEO4J_STARTUP_TX_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1000).max(3_600_000).default(300_000),
  ),
  SEED_BATCH_SIZE: limit(10, 1, 1000),
  NEO4J_START_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1000).default(180_000)),
  JAVA_HOME: optionalString,
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  CORS_ORIGINS: commaList.pipe(
    z.array(z.string().regex(/^https?:\/\/[^/\s*]+$/, 'expected origins such as https://dashboard.example.org')),
  ),
  ALLOWED_HOSTS: commaList.pipe(z.array(z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'expected host names'))),
  HEAVY_REQUESTS_MAX: limit(2, 1, 64),
  HEAVY_REQUESTS_QUEUE: limit(4, 0, 1000),
  HEAVY_REQUESTS_QUEUE_MS: limit(20_000, 0, 600_000),
  PORT: port(4000),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
  SEED_DIR: optionalString,
  SEED_ON_EMPTY: bool(true),
  GRAPHIQL: bool(true),
  QUERY_MAX_DEPTH: limit(12, 1, 100),
  QUERY_MAX_COST: limit(50_000, 10, 10_000_000),
  QUERY_MAX_ALIASES: limit(15, 0, 1000),
  QUERY_MAX_TOKENS: limit(2000, 50, 100_000),
  QUERY_MAX_DIRECTIVES: limit(10, 0, 1000),
  MAX_BODY_BYTES: limit(2_000_000, 1024, 100_000_000),
  INTROSPECTION: bool(true),
  REQUIRE_READER_KEY: bool(false),
  RESPONSE_CACHE: bool(true),
  RESPONSE_CACHE_MAX_ENTRIES: limit(1000, 1, 1_000_000),
  RESPONSE_CACHE_TTL_MS: limit(300_000, 1000, 86_400_000),
  RESPONSE_CACHE_POLL_MS: limit(1000, 50, 600_000),
  API_KEYS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^(reader|writer):[0-9a-f]{64}(,(reader|writer):[0-9a-f]{64})*$/,
        'expected role:sha256hex[,role:sha256hex…] (see `conflict-kg apikey`)',
      )
      .optional(),
  ),
  XDG_CACHE_HOME: optionalString,
  HOME: optionalString,
});

export type Role = 'reader' | 'writer';

export interface ApiKeyHash {
  role: Role;
  /** SHA-256 of the key, hex: the key itself is never configured or stored. */
  sha256: string;
}

/** Checked before any resolver runs, so a refused request never reaches Neo4j (see `limits` below). */
export type QueryLimits = Environment['limits'];
export type LogLevel = Environment['logLevel'];
export type LocalNeo4jSettings = Environment['local'];
/** The environment as the service uses it: its type is what `shape` returns, not a second copy of the schema. */
export type Environment = ReturnType<typeof shape>;

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** From validated variables to the nested settings each part of the service reads. */
function shape(env: z.infer<typeof rawEnvironment>) {
  const home = env.HOME ?? homedir();
  const cacheHome = env.XDG_CACHE_HOME ?? join(home, '.cache');
  return {
    neo4j: {
      /** Undefined means: run the local Neo4j managed by this project. */
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
      /** An export reads in one streamed transaction, which lasts as long as writing the file takes. */
      streamTimeoutMs: env.NEO4J_EXPORT_TIMEOUT_MS,
      /** /ready's probe, and the health monitor's: a frozen database is noticed within this time. */
      readyTimeoutMs: env.NEO4J_READY_TIMEOUT_MS,
      /** Migrations and the seed load at start-up: their own, longer transaction timeout. */
      startupTxTimeoutMs: env.NEO4J_STARTUP_TX_TIMEOUT_MS,
    },
    local: {
      /** Holds conf/, data/, logs/, run/ and the generated password file. */
      dir: resolve(env.NEO4J_LOCAL_DIR ?? join(projectRoot, '.neo4j')),
      /** Holds the Maven-fetched jars, shared by every local instance. */
      cacheDir: resolve(env.NEO4J_LOCAL_CACHE_DIR ?? join(cacheHome, 'conflict-kg')),
      boltPort: env.NEO4J_LOCAL_BOLT_PORT,
      heap: env.NEO4J_LOCAL_HEAP,
      pageCache: env.NEO4J_LOCAL_PAGECACHE,
      version: env.NEO4J_LOCAL_VERSION,
      /** Neo4j's transaction memory pool for all transactions together, and the share one transaction may take. */
      txMemoryTotal: env.NEO4J_LOCAL_TX_MEMORY_TOTAL ?? megabytes(sizeInBytes(env.NEO4J_LOCAL_HEAP) * 0.6),
      txMemoryMax: env.NEO4J_LOCAL_TX_MEMORY_MAX ?? megabytes(sizeInBytes(env.NEO4J_LOCAL_HEAP) * 0.3),
      startTimeoutMs: env.NEO4J_START_TIMEOUT_MS,
      javaHome: env.JAVA_HOME,
    },
    http: {
      host: env.HOST,
      port: env.PORT,
      graphiql: env.GRAPHIQL,
      maxBodyBytes: env.MAX_BODY_BYTES,
      /** Origins that browsers may call from (CORS); none by default. */
      corsOrigins: env.CORS_ORIGINS,
      /** Host header values accepted besides the loopback names (DNS rebinding protection). */
      allowedHosts: env.ALLOWED_HOSTS,
    },
    heavy: { max: env.HEAVY_REQUESTS_MAX, queue: env.HEAVY_REQUESTS_QUEUE, queueMs: env.HEAVY_REQUESTS_QUEUE_MS },
    limits: {
      maxDepth: env.QUERY_MAX_DEPTH,
      maxCost: env.QUERY_MAX_COST,
      maxAliases: env.QUERY_MAX_ALIASES,
      maxTokens: env.QUERY_MAX_TOKENS,
      maxDirectives: env.QUERY_MAX_DIRECTIVES,
      introspection: env.INTROSPECTION,
    },
    requireReaderKey: env.REQUIRE_READER_KEY,
    /** Read answers kept in process, dropped by what ingestion touched (polled change log), TTL as a safety net. */
    responseCache: env.RESPONSE_CACHE
      ? {
          maxEntries: env.RESPONSE_CACHE_MAX_ENTRIES,
          ttlMs: env.RESPONSE_CACHE_TTL_MS,
          pollMs: env.RESPONSE_CACHE_POLL_MS,
        }
      : undefined,
    apiKeys: (env.API_KEYS?.split(',') ?? []).map((entry) => {
      const [role, sha256] = entry.split(':') as [Role, string];
      return { role, sha256 };
    }),
    logLevel: env.LOG_LEVEL,
    seed: {
      dir: resolve(env.SEED_DIR ?? join(projectRoot, 'seed')),
      loadWhenEmpty: env.SEED_ON_EMPTY,
      batchSize: env.SEED_BATCH_SIZE,
    },
  };
}

/** The project root: schema/, seed/ and the default local Neo4j directory are found from here. */
export const projectRoot = resolve(new URL('../..', import.meta.url).pathname);

export function parseEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  const parsed = rawEnvironment.safeParse(source);
  if (!parsed.success) {
    throw new EnvironmentError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
    throw new EnvironmentError(['NEO4J_PASSWORD: required when NEO4J_URI points at your own server']);
  }
  return shape(env);
}

/**
 * The environment for a project-managed Neo4j in `dir` (tests, benchmarks): NEO4J_URI is ignored, `defaults`
 * apply unless the environment sets them.
 */
export function localEnvironment(dir: string, boltPort?: number, defaults: Record<string, string> = {}): Environment {
  return parseEnvironment({
    ...defaults,
    ...process.env,
    NEO4J_URI: '',
    NEO4J_LOCAL_DIR: dir,
    ...(boltPort === undefined ? {} : { NEO4J_LOCAL_BOLT_PORT: String(boltPort) }),
  });
}

/** Variables the test setup reads to use an existing server instead of starting a throwaway one. */
export function parseTestEnvironment(source: Record<string, string | undefined> = process.env) {
  return z
    .object({
      NEO4J_TEST_URI: optionalString,
      NEO4J_TEST_USER: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
      NEO4J_TEST_PASSWORD: optionalString,
    })
    .parse(source);
}
