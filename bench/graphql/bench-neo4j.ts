import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import type { Neo4jConnection } from '../../src/db/database';
import {
  ensureLocalNeo4j,
  installLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/db/local-neo4j/ensure-local-neo4j';
import { homeLayout, type HomeLayout } from '../../src/db/local-neo4j/home-layout';
import { installedNeo4jVersion } from '../../src/db/local-neo4j/install';
import { NEO4J_VERSION } from '../../src/db/local-neo4j/neo4j-version';
import { runCommand } from '../../src/db/local-neo4j/run-command';

/**
 * The Neo4j this benchmark measures against: a home of its own (never the dev or test server's),
 * with APOC in its plugins because @neo4j/graphql calls APOC functions; or, with
 * CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI, a server someone runs (which then needs APOC core itself).
 */

export const BENCH_HOME = path.join(projectRoot, '.neo4j', 'bench-graphql');
export const BENCH_BOLT_PORT = 7727;
export const DATABASE = 'neo4j';

/** Room for 1M claims (≈12M nodes and relationships, a few GB of store) on a 24 GB machine. */
export const BENCH_NEO4J: LocalNeo4jOptions = { home: BENCH_HOME, boltPort: BENCH_BOLT_PORT, heap: '4g', pageCache: '4g' };

/**
 * APOC core releases to try, newest first. Maven Central has the `core` classifier (the jar with its
 * dependencies inside) up to 5.26.5; the later 5.26 patches there ship only the thin jar, which
 * needs its dependencies beside it. APOC requires the same major.minor as Neo4j, not the same patch.
 */
const APOC_CANDIDATES = [NEO4J_VERSION, '5.26.5'];

export interface BenchNeo4j {
  connection: Neo4jConnection;
  /** The local server's settings, when `local`: where a corpus is imported. */
  server: LocalNeo4jOptions;
  /** Where the data lives, in words, for the report. */
  where: string;
  /** claimgraph's own server in the bench home, rather than one the environment names. */
  local: boolean;
  /** Set when this run started the local server, so that it stops only what it started. */
  stop?: () => Promise<void>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The test server's jars, when complete and of the pinned version, spare a Maven download. */
async function seedJarsFromTestHome(home: string): Promise<void> {
  const bench = homeLayout(home);
  if ((await installedNeo4jVersion(home)) === NEO4J_VERSION) return;
  const testHome = path.join(projectRoot, '.neo4j', 'test');
  if ((await installedNeo4jVersion(testHome)) !== NEO4J_VERSION) return;
  log(`Copying Neo4j ${NEO4J_VERSION} jars from ${path.relative(projectRoot, testHome)} into ${path.relative(projectRoot, bench.lib)}…`);
  // The install marker lives in lib: copied to the side and renamed, a half copy is never taken for an install.
  const staging = `${bench.lib}.copying`;
  await rm(staging, { recursive: true, force: true });
  await cp(homeLayout(testHome).lib, staging, { recursive: true });
  await rm(bench.lib, { recursive: true, force: true });
  await rename(staging, bench.lib);
}

/** The APOC core jar in the bench home's plugins, fetched with Maven on first use; resolves its file name. */
async function fetchApoc(home: string, plugins: string): Promise<string> {
  await mkdir(plugins, { recursive: true });
  const present = (await readdir(plugins)).find((name) => /^apoc-core-.*\.jar$/.test(name));
  if (present) return present;
  const failures: string[] = [];
  for (const version of APOC_CANDIDATES) {
    try {
      await runCommand(
        'mvn',
        ['-B', '-q', 'dependency:copy', `-Dartifact=org.neo4j.procedure:apoc-core:${version}:jar:core`, `-DoutputDirectory=${plugins}`],
        { cwd: home, what: `Fetching APOC core ${version} with Maven` },
      );
      log(`APOC core ${version} is in ${path.relative(projectRoot, plugins)}.`);
      return `apoc-core-${version}-core.jar`;
    } catch (error) {
      failures.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
    }
  }
  throw new Error(`No APOC core jar could be fetched:\n  ${failures.join('\n  ')}`);
}

/**
 * Neo4j finds procedures in plugins/, but APOC's kernel extension (which registers the ApocConfig its
 * procedures need injected) only on the JVM classpath. Neo4j's own launcher puts plugins/* on it;
 * claimgraph's (src/db/local-neo4j/server-process.ts) passes lib/* alone, so a copy goes into lib.
 * The copy drops the commons-lang3, commons-text and slf4j classes the core jar bundles: they are
 * older than Neo4j's own, and whichever jar the JVM lists first would win (5.26.30 calls a
 * commons-lang3 3.18 method the bundled 3.10 lacks, and fails to start).
 */
async function putApocOnClasspath(layout: HomeLayout, jar: string): Promise<void> {
  const copy = path.join(layout.lib, jar.replace(/\.jar$/, '-classpath.jar'));
  if (existsSync(copy)) return;
  const staging = `${copy}.partial`;
  await cp(path.join(layout.plugins, jar), staging);
  await runCommand('zip', ['-q', '-d', staging, ...BUNDLED_IN_NEO4J], { what: `Trimming ${jar} for the classpath (zip)` });
  await rename(staging, copy);
}

const BUNDLED_IN_NEO4J = [
  'org/apache/commons/lang3/*',
  'org/apache/commons/text/*',
  'org/slf4j/*',
  'META-INF/maven/org.apache.commons/*',
  'META-INF/maven/org.slf4j/*',
];

/**
 * Starts (or reuses) the benchmark's server, `server` (BENCH_NEO4J unless the run names another home
 * or port), or connects to the one the environment names.
 */
export async function benchNeo4j(server: LocalNeo4jOptions = BENCH_NEO4J): Promise<BenchNeo4j> {
  const env = process.env;
  const uri = env.CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI;
  if (uri) {
    const password = env.CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_PASSWORD;
    if (!password) throw new Error('CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI is set, so CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_PASSWORD must be too');
    const user = env.CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_USER ?? 'neo4j';
    return { connection: { uri, user, password }, server, where: `${uri} (CLAIMGRAPH_BENCH_GRAPHQL_NEO4J_URI)`, local: false };
  }
  await mkdir(server.home, { recursive: true });
  const startedHere = (await localNeo4jStatus(server)).state !== 'running';
  const layout = homeLayout(server.home);
  const apoc = await fetchApoc(server.home, layout.plugins);
  if (startedHere) {
    await seedJarsFromTestHome(server.home);
    // Installed first, since an install replaces lib whole, and with it the APOC copy.
    await installLocalNeo4j(server, log);
    await putApocOnClasspath(layout, apoc);
  }
  const connection = await ensureLocalNeo4j(server, log);
  const where =
    `${path.relative(projectRoot, server.home)} on ${connection.uri} ` +
    `(heap ${server.heap}, page cache ${server.pageCache}, plugin ${apoc})`;
  return { connection, server, where, local: true, ...(startedHere ? { stop: async () => void (await stopLocalNeo4j(server, log)) } : {}) };
}
