import { ConfigError, loadConfig } from '../config';

test('defaults serve GraphiQL on 127.0.0.1:4000 against claimgraph\'s own Neo4j', () => {
  const config = loadConfig({});
  expect(config.http).toEqual({ host: '127.0.0.1', port: 4000, graphiql: true });
  expect(config.neo4j.uri).toBeUndefined();
  expect(config.localNeo4j.boltPort).toBe(7687);
  expect(config.api.maxPageSize).toBe(100);
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
