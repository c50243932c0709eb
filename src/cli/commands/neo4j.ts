import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import {
  ensureLocalNeo4j,
  installLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jStatus,
} from '../../db/local-neo4j/ensure-local-neo4j';
import { homeLayout } from '../../db/local-neo4j/home-layout';
import { NEO4J_VERSION } from '../../db/local-neo4j/neo4j-version';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

/** LSB's "program is not running" status code, so scripts can test `claimgraph neo4j status`. */
const EXIT_NOT_RUNNING = 3;

const ACTIONS = ['start', 'stop', 'status', 'install'] as const;
type Action = (typeof ACTIONS)[number];

const usage = `Usage: claimgraph neo4j <start|stop|status|install> [--json]

Runs claimgraph's own Neo4j ${NEO4J_VERSION} (Community) in CLAIMGRAPH_NEO4J_HOME (default .neo4j/dev),
with Bolt on 127.0.0.1:CLAIMGRAPH_NEO4J_BOLT_PORT (default 7687). Needs Java 17+, and Maven for the
first install. The password of user neo4j is generated once and kept in <home>/password.

Actions:
  install   download Neo4j from Maven Central (first time only) and generate its password
  start     install if needed, start the server unless it already runs, wait until Bolt answers
  stop      stop the server (SIGTERM; SIGKILL if it takes over a minute)
  status    show running/stopped, pid, port, version and home; exits 0 when running, 3 when stopped

Options:
  --json      with status: print the status as JSON
  -h, --help  show this help
`;

function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

function describeStatus(status: LocalNeo4jStatus): string {
  const version = status.version ?? 'not installed';
  const state = status.state === 'running' ? `running (pid ${status.pid ?? '?'})` : 'stopped';
  const lines = [`Neo4j ${version}: ${state}`, `  bolt: ${status.uri}`, `  home: ${status.home}`];
  if (status.stalePid !== undefined) {
    lines.push(`  note: the pid file names pid ${status.stalePid}, which is not this server; start or stop removes it`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [action, ...extra] = positionals;
  if (action === undefined) throw new UsageError('an action is required');
  if (!isAction(action)) throw new UsageError(`unknown action ${JSON.stringify(action)}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (values.json && action !== 'status') throw new UsageError('--json applies to status only');

  const config = loadConfig();
  const options = config.localNeo4j;
  const note = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  if (config.neo4j.uri && action !== 'stop') {
    note(`Note: NEO4J_URI is set, so claimgraph uses ${config.neo4j.uri}, not this local server.`);
  }

  switch (action) {
    case 'install':
      await installLocalNeo4j(options, note);
      process.stdout.write(`Neo4j ${NEO4J_VERSION} is installed in ${options.home}.\n`);
      return 0;
    case 'start': {
      const connection = await ensureLocalNeo4j(options, note);
      const { passwordFile } = homeLayout(options.home);
      process.stdout.write(
        `Neo4j is running on ${connection.uri} (user ${connection.user}, password in ${passwordFile}).\n`,
      );
      return 0;
    }
    case 'stop':
      await stopLocalNeo4j(options, note);
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(options);
      // null rather than a missing key for "no pid", so JSON readers see every field.
      const json = `${JSON.stringify(status, (_key, value: unknown) => value ?? null, 2)}\n`;
      process.stdout.write(values.json ? json : describeStatus(status));
      return status.state === 'running' ? 0 : EXIT_NOT_RUNNING;
    }
  }
}

export const neo4jCommand: Command = {
  name: 'neo4j',
  summary: 'install, start, stop or report claimgraph’s own Neo4j server',
  usage,
  run,
};
