import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import { seedStories } from '../../ingest/seed';
import { closeOnSignals, startServer } from '../../server';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const usage = `Usage: claimgraph up [--no-seed]

The main job, from a fresh machine: installs and starts claimgraph's own Neo4j unless NEO4J_URI
points at another one, applies the schema (constraints, indexes), migrates a graph written by an
older claimgraph (or refuses one it cannot, saying what to do: see \`claimgraph migrate --help\`),
ingests the seeded story if the graph lacks it, and serves GraphQL (with GraphiQL) at
http://localhost:PORT/graphql until SIGINT/SIGTERM.

Options:
  --no-seed   do not ingest the seeded story (also: CLAIMGRAPH_SEED=false)
  -h, --help  show this help
`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { 'no-seed': { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const config = loadConfig();
  const started = Date.now();
  const db = await connectDatabase(config, log);
  if (config.seedOnStart && !values['no-seed']) {
    for (const result of await seedStories(db)) {
      log(result.written ? `Seeded ${result.storyId} from ${result.file}` : `${result.storyId} is already in the graph`);
    }
  }
  const server = await startServer(db, config);
  closeOnSignals(server, log);
  const what = config.http.graphiql ? 'GraphQL and GraphiQL' : 'GraphQL';
  log(`claimgraph is up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${what} at ${server.url}`);
  // Resolves only at shutdown: the server keeps the process alive until a signal closes it.
  return new Promise<number>(() => undefined);
}

export const upCommand: Command = {
  name: 'up',
  summary: 'run everything: Neo4j, schema, seeded story, GraphQL at :4000/graphql',
  usage,
  run,
};
