import path from 'node:path';
import { ConfigError, loadConfig, projectRoot } from '../config';

test('defaults serve GraphiQL on 127.0.0.1:4000 against claimgraph\'s own Neo4j', () => {
  const config = loadConfig({});
  expect(config.http).toEqual({ host: '127.0.0.1', port: 4000, graphiql: true, introspection: true });
  expect(config.neo4j.uri).toBeUndefined();
  expect(config.localNeo4j.boltPort).toBe(7687);
  expect(config.api.maxPageSize).toBe(100);
  // Writing a whole story version gets far more time than a read.
  expect(config.ingest.txTimeoutMs).toBeGreaterThan(config.api.txTimeoutMs);
  expect(config.seedOnStart).toBe(true);
});

test('production turns GraphiQL off unless asked for', () => {
  expect(loadConfig({ NODE_ENV: 'production' }).http.graphiql).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_GRAPHIQL: 'true' }).http.graphiql).toBe(true);
});

test('reports every problem at once', () => {
  try {
    loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', CLAIMGRAPH_SEED: 'maybe' });
    throw new Error('expected a ConfigError');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'NEO4J_URI', 'CLAIMGRAPH_SEED']);
  }
});

test('a user-run Neo4j needs its password', () => {
  expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
  expect(loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).neo4j.uri).toBe('neo4j+s://x.databases.neo4j.io');
});

test('request limits default to what the README examples and GraphiQL need, and each can be set', () => {
  expect(loadConfig({}).limits).toEqual({
    depth: 10,
    introspectionDepth: 15,
    cost: 10_000,
    aliases: 15,
    directives: 20,
    tokens: 1_000,
    batch: 10,
    requestTimeoutMs: 30_000,
    resultNodes: 50_000,
    heavyCost: 1_000,
    heavySlots: 2,
    bodyBytes: 100 * 1024,
    resultBytes: 32 * 1024 * 1024,
  });
  const set = loadConfig({
    CLAIMGRAPH_MAX_DEPTH: '6',
    CLAIMGRAPH_MAX_INTROSPECTION_DEPTH: '20',
    CLAIMGRAPH_MAX_COST: '100',
    CLAIMGRAPH_MAX_ALIASES: '0',
    CLAIMGRAPH_MAX_DIRECTIVES: '1',
    CLAIMGRAPH_MAX_TOKENS: '50',
    CLAIMGRAPH_MAX_BATCH: '1',
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: '1',
    CLAIMGRAPH_MAX_RESULT_NODES: '7',
    CLAIMGRAPH_MAX_RESULT_BYTES: '2048',
    CLAIMGRAPH_MAX_BODY_BYTES: '4096',
    CLAIMGRAPH_HEAVY_COST: '50',
    CLAIMGRAPH_HEAVY_SLOTS: '1',
  });
  expect(set.limits).toEqual({
    depth: 6,
    introspectionDepth: 20,
    cost: 100,
    aliases: 0,
    directives: 1,
    tokens: 50,
    batch: 1,
    requestTimeoutMs: 1,
    resultNodes: 7,
    heavyCost: 50,
    heavySlots: 1,
    bodyBytes: 4096,
    resultBytes: 2048,
  });
});

test('limits must be whole numbers that leave something to serve', () => {
  expect(() => loadConfig({ CLAIMGRAPH_MAX_DEPTH: '0' })).toThrow(/CLAIMGRAPH_MAX_DEPTH/);
  expect(() => loadConfig({ CLAIMGRAPH_MAX_BATCH: '2.5' })).toThrow(/CLAIMGRAPH_MAX_BATCH/);
  expect(() => loadConfig({ CLAIMGRAPH_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/CLAIMGRAPH_REQUEST_TIMEOUT_MS/);
});

test('production turns introspection off unless asked for; anywhere it can be turned off', () => {
  expect(loadConfig({ NODE_ENV: 'production' }).http.introspection).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_INTROSPECTION: 'true' }).http.introspection).toBe(true);
  expect(loadConfig({ CLAIMGRAPH_INTROSPECTION: 'false' }).http.introspection).toBe(false);
});

test('logs: info by default, silent under NODE_ENV=test unless LOG_LEVEL says otherwise, variables only when asked', () => {
  expect(loadConfig({}).log).toEqual({ level: 'info', variables: false });
  expect(loadConfig({ NODE_ENV: 'test' }).log.level).toBe('silent');
  expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).log.level).toBe('debug');
  expect(loadConfig({ CLAIMGRAPH_LOG_VARIABLES: 'true' }).log.variables).toBe(true);
  expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
});

test('the Neo4j connection pool is bounded: 100 by default, set with CLAIMGRAPH_NEO4J_POOL_SIZE', () => {
  expect(loadConfig({}).neo4j.poolSize).toBe(100);
  expect(loadConfig({ CLAIMGRAPH_NEO4J_POOL_SIZE: '250' }).neo4j.poolSize).toBe(250);
  expect(() => loadConfig({ CLAIMGRAPH_NEO4J_POOL_SIZE: '0' })).toThrow(ConfigError);
});

test('persisted operations are optional, from the shipped manifest unless another is named; metrics keep 50 other names', () => {
  const defaults = loadConfig({});
  expect(defaults.persistedOperations).toEqual({ only: false, file: path.join(projectRoot, 'persisted-operations.json') });
  expect(defaults.metrics).toEqual({ operationNames: 50 });
  const set = loadConfig({ CLAIMGRAPH_PERSISTED_ONLY: 'true', CLAIMGRAPH_PERSISTED_OPERATIONS_FILE: 'ops/manifest.json', CLAIMGRAPH_METRICS_OPERATION_NAMES: '0' });
  expect(set.persistedOperations).toEqual({ only: true, file: path.resolve('ops/manifest.json') });
  expect(set.metrics.operationNames).toBe(0);
  expect(() => loadConfig({ CLAIMGRAPH_PERSISTED_ONLY: 'yes' })).toThrow(/CLAIMGRAPH_PERSISTED_ONLY/);
});

test('clients: anonymous reads, 600 requests a minute and 8 at a time per client, keys cached 10 s, no proxy trusted, no bearer tokens', () => {
  expect(loadConfig({}).clients).toEqual({ anonymous: true, keyCacheMs: 10_000, ratePerMinute: 600, maxConcurrent: 8, trustProxy: false, jwt: null });
  expect(
    loadConfig({
      CLAIMGRAPH_ANONYMOUS: 'false',
      CLAIMGRAPH_API_KEY_CACHE_MS: '0',
      CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '60',
      CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: '2',
      CLAIMGRAPH_TRUST_PROXY: 'true',
    }).clients,
  ).toEqual({ anonymous: false, keyCacheMs: 0, ratePerMinute: 60, maxConcurrent: 2, trustProxy: true, jwt: null });
  expect(() => loadConfig({ CLAIMGRAPH_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/CLAIMGRAPH_RATE_LIMIT_PER_MINUTE/);
  expect(() => loadConfig({ CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT: 'many' })).toThrow(/CLAIMGRAPH_MAX_CONCURRENT_PER_CLIENT/);
});

test('browsers: no cross-origin access and no CSRF prevention unless configured; origins are checked', () => {
  expect(loadConfig({}).browser).toEqual({ corsOrigins: [], csrfPrevention: false });
  expect(loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example.org, http://localhost:3000', CLAIMGRAPH_CSRF_PREVENTION: 'true' }).browser).toEqual({
    corsOrigins: ['https://a.example.org', 'http://localhost:3000'],
    csrfPrevention: true,
  });
  expect(() => loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example.org/app' })).toThrow(/CLAIMGRAPH_CORS_ORIGINS/);
  expect(() => loadConfig({ CLAIMGRAPH_CORS_ORIGINS: '*' })).toThrow(/CLAIMGRAPH_CORS_ORIGINS/);
});
