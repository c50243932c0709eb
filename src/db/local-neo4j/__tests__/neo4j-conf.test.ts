import { readFileSync } from 'node:fs';
import { boltPortInConf, renderNeo4jConf } from '../neo4j-conf';
import { NEO4J_POM_PATH, NEO4J_VERSION } from '../neo4j-version';

const options = { home: '/srv/claimgraph/.neo4j/dev', boltPort: 7701, heap: '768m', pageCache: '384m' };

function settingsOf(conf: string): Map<string, string> {
  const lines = conf.split('\n').filter((line) => line && !line.startsWith('#'));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('renderNeo4jConf', () => {
  const settings = settingsOf(renderNeo4jConf(options));

  it('listens on loopback only, Bolt on the configured port, without HTTP', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7701');
    expect(settings.get('server.http.enabled')).toBe('false');
    expect(settings.get('server.https.enabled')).toBe('false');
  });

  it('sizes heap and page cache from the configuration, with a fixed heap', () => {
    expect(settings.get('server.memory.heap.initial_size')).toBe('768m');
    expect(settings.get('server.memory.heap.max_size')).toBe('768m');
    expect(settings.get('server.memory.pagecache.size')).toBe('384m');
  });

  it('keeps data, logs and plugins inside the home', () => {
    expect(settings.get('server.directories.data')).toBe('/srv/claimgraph/.neo4j/dev/data');
    expect(settings.get('server.directories.logs')).toBe('/srv/claimgraph/.neo4j/dev/logs');
    expect(settings.get('server.directories.plugins')).toBe('/srv/claimgraph/.neo4j/dev/plugins');
  });

  it('sends no usage reports and bounds transactions', () => {
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
    expect(settings.get('db.transaction.timeout')).toBe('60s');
  });

  it('sets each setting once', () => {
    const keys = renderNeo4jConf(options)
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => line.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('renders the same file for the same options, so a running server can be compared with the configuration', () => {
    expect(renderNeo4jConf({ ...options })).toBe(renderNeo4jConf(options));
    expect(renderNeo4jConf({ ...options, heap: '1g' })).not.toBe(renderNeo4jConf(options));
  });

  it('rejects a relative home or one that would break a line of the file', () => {
    expect(() => renderNeo4jConf({ ...options, home: '.neo4j/dev' })).toThrow(/absolute path/);
    expect(() => renderNeo4jConf({ ...options, home: '/srv/x\nserver.http.enabled=true' })).toThrow(/one line/);
  });
});

describe('boltPortInConf', () => {
  it('reads back the port a rendered file listens on', () => {
    expect(boltPortInConf(renderNeo4jConf(options))).toBe(7701);
    expect(boltPortInConf(renderNeo4jConf({ ...options, boltPort: 17687 }))).toBe(17687);
  });

  it('is undefined for a file without a Bolt address', () => {
    expect(boltPortInConf('server.http.enabled=false\n')).toBeUndefined();
  });
});

describe('the pinned Neo4j version', () => {
  it('is the version neo4j-server.pom.xml resolves', () => {
    const pom = readFileSync(NEO4J_POM_PATH, 'utf8');
    const dependency = /<artifactId>neo4j<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
    expect(dependency?.[1]).toBe(NEO4J_VERSION);
  });
});
