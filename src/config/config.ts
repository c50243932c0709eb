import path from 'node:path';
import { z } from 'zod';

/** The repository root, the same from src/ (ts-jest) and dist/ (compiled): both sit one level below it. */
export const projectRoot = path.resolve(__dirname, '..', '..');

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * The Neo4j driver's connection pool bound unless configured. A request holds a session per
 * statement of a wave (three at once for a fact-checker's claim), so at 32 requests in flight a
 * bound of 50 queued sessions for a connection: p99 3.2 s, where 200 gave 1.05 s (BENCHMARKS.md).
 */
export const DEFAULT_POOL_SIZE = 100;

/** Hosts a plain-http JWKS may name: a fetch that never leaves this machine cannot be altered on the way. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** An https address, or an http one on this machine. */
const isSafeJwksUrl = (text: string): boolean => {
  const url = URL.canParse(text) ? new URL(text) : null;
  return url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
};

const jwksUrl = z.string().refine(isSafeJwksUrl, {
  error: 'expected the https address of a JSON Web Key Set (http only to 127.0.0.1, ::1 or localhost: whoever can alter a plain-http fetch can serve their own key)',
});

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'expected a neo4j:// or bolt:// URI').optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  CLAIMGRAPH_NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_POOL_SIZE),
  CLAIMGRAPH_NEO4J_HOME: z.string().min(1).default(path.join(projectRoot, '.neo4j', 'dev')),
  CLAIMGRAPH_NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65_535).default(7687),
  CLAIMGRAPH_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'expected a size such as 512m or 1g').default('1g'),
  CLAIMGRAPH_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'expected a size such as 256m or 1g').default('512m'),
  CLAIMGRAPH_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  CLAIMGRAPH_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  CLAIMGRAPH_WRITE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  CLAIMGRAPH_SEED: flag.default(true),
  CLAIMGRAPH_GRAPHIQL: flag.optional(),
  CLAIMGRAPH_INTROSPECTION: flag.optional(),
  CLAIMGRAPH_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
  CLAIMGRAPH_MAX_INTROSPECTION_DEPTH: z.coerce.number().int().min(1).default(15),
  CLAIMGRAPH_MAX_COST: z.coerce.number().int().min(1).default(10_000),
  CLAIMGRAPH_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  CLAIMGRAPH_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  CLAIMGRAPH_MAX_TOKENS: z.coerce.number().int().min(1).default(1_000),
  CLAIMGRAPH_MAX_BATCH: z.coerce.number().int().min(1).default(10),
  CLAIMGRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  CLAIMGRAPH_HEAVY_COST: z.coerce.number().int().min(1).default(1_000),
  CLAIMGRAPH_HEAVY_SLOTS: z.coerce.number().int().min(1).default(2),
  CLAIMGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(100 * 1024),
  CLAIMGRAPH_MAX_RESULT_NODES: z.coerce.number().int().min(1).default(50_000),
  CLAIMGRAPH_MAX_RESULT_BYTES: z.coerce.number().int().min(1_024).default(32 * 1024 * 1024),
  CLAIMGRAPH_ANONYMOUS: flag.default(true),
  CLAIMGRAPH_API_KEY_CACHE_MS: z.coerce.number().int().min(0).default(10_000),
  CLAIMGRAPH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (an HS256 key of 256 bits)').optional(),
  CLAIMGRAPH_JWT_JWKS_URL: jwksUrl.optional(),
  CLAIMGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  CLAIMGRAPH_JWT_AUDIENCE: z.string().min(1).optional(),
  CLAIMGRAPH_JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS: z.coerce.number().int().min(1).default(24 * 60 * 60),
  CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: z.coerce.number().int().min(1).default(8),
  CLAIMGRAPH_TRUST_PROXY: flag.default(false),
  CLAIMGRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s*]+$/, 'expected origins such as https://app.example.org, comma-separated'))),
  CLAIMGRAPH_CSRF_PREVENTION: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  CLAIMGRAPH_LOG_VARIABLES: flag.default(false),
  CLAIMGRAPH_METRICS_OPERATION_NAMES: z.coerce.number().int().min(0).max(1_000).default(50),
  CLAIMGRAPH_PERSISTED_ONLY: flag.default(false),
  CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: z.string().min(1).default(path.join(projectRoot, 'persisted-operations.json')),
});

export type Env = z.infer<typeof EnvSchema>;

/** What one request may ask for; each is refused before any Cypher runs. */
export interface Limits {
  /** Nesting of data fields; `__schema` subtrees are bounded by `introspectionDepth` instead. */
  depth: number;
  /** Nesting of everything, introspection included, fragments flattened. */
  introspectionDepth: number;
  /** The estimated cost of an operation, priced by schema.graphql's `@cost` and `@listSize` (plugins/cost-limit.ts). */
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Operations in one batched HTTP request. */
  batch: number;
  /** Time budget of one operation's execution, across all its Neo4j transactions and its own CPU work. */
  requestTimeoutMs: number;
  /** Operations priced at this cost or more run in the heavy lane, `heavySlots` at a time; the rest wait. */
  heavyCost: number;
  heavySlots: number;
  /** Bytes of a request body the server reads at most. */
  bodyBytes: number;
  /** Objects one operation's answer may hold (every object and list item a resolver returns). */
  resultNodes: number;
  /** Bytes one operation's answer may hold, counted generously from what its resolvers return. */
  resultBytes: number;
}

/**
 * Bearer tokens of an identity provider, checked beside API keys: a token signed with `key` (a
 * shared HS256 secret, or the provider's JWKS), from `issuer` for `audience`, whose `roleClaim`
 * names a role (reader, editor, admin) is a client of that role, known by its `sub`.
 */
export interface JwtSettings {
  key: { secret: string } | { jwksUrl: string };
  issuer: string;
  audience: string;
  roleClaim: string;
  /** A token issued (`iat`) longer ago is refused, whatever its `exp` says. */
  maxTokenAgeSeconds: number;
}

/** Who may call the API and how much: clients are API keys (or identity provider tokens), else remote addresses. */
export interface ClientLimits {
  /** Requests without an X-API-Key header are served (as their address). */
  anonymous: boolean;
  /** How long a key's lookup is reused: a revocation takes effect within it. */
  keyCacheMs: number;
  ratePerMinute: number;
  /** Operations in flight per client; one more is refused at once, not queued. */
  maxConcurrent: number;
  /** Behind a reverse proxy: the client's address is the last X-Forwarded-For entry, the one the proxy added. */
  trustProxy: boolean;
  /** Bearer tokens accepted beside API keys; null (the default): none. */
  jwt: JwtSettings | null;
}

/** What browsers on other sites may do with the API. */
export interface BrowserSafety {
  /** Origins allowed cross-origin reads; none by default. Credentials are never allowed. */
  corsOrigins: string[];
  /** Yoga's CSRF prevention: refuses requests a plain HTML form could send. */
  csrfPrevention: boolean;
}

export interface Config {
  env: Env['NODE_ENV'];
  http: { host: string; port: number; graphiql: boolean; introspection: boolean };
  /** A server the user runs (Aura, a cluster), or undefined: claimgraph installs and runs its own. */
  neo4j: { uri: string | undefined; user: string; password: string | undefined; database: string; poolSize: number };
  localNeo4j: { home: string; boltPort: number; heap: string; pageCache: string };
  api: { maxPageSize: number; txTimeoutMs: number };
  /** A story version is written in one transaction, which on a cold or busy server takes far longer than a read. */
  ingest: { txTimeoutMs: number };
  limits: Limits;
  clients: ClientLimits;
  browser: BrowserSafety;
  /** Variables are left out of request logs unless asked for: they may hold what users typed. */
  log: { level: NonNullable<Env['LOG_LEVEL']>; variables: boolean };
  /** Operation names /metrics labels by name besides the persisted ones; the rest share the label `other`. */
  metrics: { operationNames: number };
  /** The manifest of persisted operations, and whether only those run. */
  persistedOperations: { only: boolean; file: string };
  seedOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Bearer tokens, where a secret or a JWKS is configured (one, not both), with the issuer and audience they must name. */
function jwtSettings(e: Env): JwtSettings | null {
  const { CLAIMGRAPH_JWT_SECRET: secret, CLAIMGRAPH_JWT_JWKS_URL: jwksUrl, CLAIMGRAPH_JWT_ISSUER: issuer, CLAIMGRAPH_JWT_AUDIENCE: audience } = e;
  if (secret === undefined && jwksUrl === undefined) return null;
  const problems = [
    ...(secret !== undefined && jwksUrl !== undefined ? ['CLAIMGRAPH_JWT_SECRET: set either it or CLAIMGRAPH_JWT_JWKS_URL, not both'] : []),
    // A token for another service of the same provider must not pass: both are checked on every token.
    ...(issuer === undefined ? ['CLAIMGRAPH_JWT_ISSUER: required when bearer tokens are accepted'] : []),
    ...(audience === undefined ? ['CLAIMGRAPH_JWT_AUDIENCE: required when bearer tokens are accepted'] : []),
  ];
  if (problems.length > 0 || issuer === undefined || audience === undefined) throw new ConfigError(problems);
  return { key: secret !== undefined ? { secret } : { jwksUrl: jwksUrl as string }, issuer, audience, roleClaim: e.CLAIMGRAPH_JWT_ROLE_CLAIM, maxTokenAgeSeconds: e.CLAIMGRAPH_JWT_MAX_TOKEN_AGE_SECONDS };
}

/** Parses the environment once; every problem is reported together rather than one per restart. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(['NEO4J_PASSWORD: required when NEO4J_URI points at your own Neo4j']);
  }
  const jwt = jwtSettings(e);
  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      graphiql: e.CLAIMGRAPH_GRAPHIQL ?? e.NODE_ENV !== 'production',
      introspection: e.CLAIMGRAPH_INTROSPECTION ?? e.NODE_ENV !== 'production',
    },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      poolSize: e.CLAIMGRAPH_NEO4J_POOL_SIZE,
    },
    localNeo4j: {
      home: path.resolve(e.CLAIMGRAPH_NEO4J_HOME),
      boltPort: e.CLAIMGRAPH_NEO4J_BOLT_PORT,
      heap: e.CLAIMGRAPH_NEO4J_HEAP,
      pageCache: e.CLAIMGRAPH_NEO4J_PAGECACHE,
    },
    api: { maxPageSize: e.CLAIMGRAPH_MAX_PAGE_SIZE, txTimeoutMs: e.CLAIMGRAPH_TX_TIMEOUT_MS },
    ingest: { txTimeoutMs: e.CLAIMGRAPH_WRITE_TX_TIMEOUT_MS },
    limits: {
      depth: e.CLAIMGRAPH_MAX_DEPTH,
      introspectionDepth: e.CLAIMGRAPH_MAX_INTROSPECTION_DEPTH,
      cost: e.CLAIMGRAPH_MAX_COST,
      aliases: e.CLAIMGRAPH_MAX_ALIASES,
      directives: e.CLAIMGRAPH_MAX_DIRECTIVES,
      tokens: e.CLAIMGRAPH_MAX_TOKENS,
      batch: e.CLAIMGRAPH_MAX_BATCH,
      requestTimeoutMs: e.CLAIMGRAPH_REQUEST_TIMEOUT_MS,
      heavyCost: e.CLAIMGRAPH_HEAVY_COST,
      heavySlots: e.CLAIMGRAPH_HEAVY_SLOTS,
      bodyBytes: e.CLAIMGRAPH_MAX_BODY_BYTES,
      resultNodes: e.CLAIMGRAPH_MAX_RESULT_NODES,
      resultBytes: e.CLAIMGRAPH_MAX_RESULT_BYTES,
    },
    clients: {
      anonymous: e.CLAIMGRAPH_ANONYMOUS,
      keyCacheMs: e.CLAIMGRAPH_API_KEY_CACHE_MS,
      ratePerMinute: e.CLAIMGRAPH_RATE_LIMIT_PER_MINUTE,
      maxConcurrent: e.CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT,
      trustProxy: e.CLAIMGRAPH_TRUST_PROXY,
      jwt,
    },
    browser: { corsOrigins: e.CLAIMGRAPH_CORS_ORIGINS, csrfPrevention: e.CLAIMGRAPH_CSRF_PREVENTION },
    log: { level: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'), variables: e.CLAIMGRAPH_LOG_VARIABLES },
    metrics: { operationNames: e.CLAIMGRAPH_METRICS_OPERATION_NAMES },
    persistedOperations: { only: e.CLAIMGRAPH_PERSISTED_ONLY, file: path.resolve(e.CLAIMGRAPH_PERSISTED_OPERATIONS_FILE) },
    seedOnStart: e.CLAIMGRAPH_SEED,
  };
}
