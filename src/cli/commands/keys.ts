import { parseArgs } from 'node:util';
import { ApiKeyStore, type ApiKeyRecord } from '../../api-keys/api-key-store';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const ACTIONS = ['create', 'list', 'revoke'] as const;
type Action = (typeof ACTIONS)[number];

/** Names are for people reading `keys list`: one line of printable text. */
const NAME_PATTERN = /^[^\p{Cc}]{1,100}$/u;

const usage = `Usage: claimgraph keys create --name <name>
       claimgraph keys list
       claimgraph keys revoke <id>

API keys identify clients of the GraphQL API, which send one in the X-API-Key header. Only the
SHA-256 of a key is stored: create prints the key once, and it cannot be shown again.

Actions:
  create   make a key (role reader) and print its id and the key itself
  list     show every key's id, name, role, creation and revocation time (never the key)
  revoke   refuse the key from now on; a running API stops accepting it within
           CLAIMGRAPH_API_KEY_CACHE_MS (default 10 s)

Options:
  --name <name>  with create: who or what the key is for (1 to 100 characters, one line)
  -h, --help     show this help
`;

function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

function formatKeys(keys: ApiKeyRecord[]): string {
  if (keys.length === 0) return 'No API keys. Create one with `claimgraph keys create --name <name>`.\n';
  const rows = [['ID', 'NAME', 'ROLE', 'CREATED', 'REVOKED'], ...keys.map((key) => [key.id, key.name, key.role, key.createdAt, key.revokedAt ?? '-'])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return `${rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')}\n`;
}

/** Checks the arguments of an action before any connection is made; answers what the action needs. */
function parse(argv: string[]): { action: Action; name?: string; id?: string } {
  const { positionals, values } = parseArgs({ args: argv, options: { name: { type: 'string' } }, allowPositionals: true });
  const [action, ...rest] = positionals;
  if (action === undefined) throw new UsageError('an action is required');
  if (!isAction(action)) throw new UsageError(`unknown action ${JSON.stringify(action)}`);
  if (values.name !== undefined && action !== 'create') throw new UsageError('--name applies to create only');
  if (action === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke takes the id of one key (see `claimgraph keys list`)');
    return { action, id: rest[0] };
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  if (action === 'create') {
    const name = values.name?.trim();
    if (name === undefined) throw new UsageError('create needs --name <name>');
    if (!NAME_PATTERN.test(name)) throw new UsageError(`--name takes 1 to 100 characters on one line, got ${JSON.stringify(values.name)}`);
    return { action, name };
  }
  return { action };
}

async function run(argv: string[]): Promise<number> {
  const { action, name = '', id = '' } = parse(argv);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const store = new ApiKeyStore(db);
  try {
    switch (action) {
      case 'create': {
        const { key, record } = await store.create(name);
        process.stdout.write(`id:   ${record.id}\nname: ${record.name}\nrole: ${record.role}\nkey:  ${key}\n`);
        process.stderr.write('Keep the key now: only its hash is stored, so it cannot be shown again. Clients send it in the X-API-Key header.\n');
        return 0;
      }
      case 'list':
        process.stdout.write(formatKeys(await store.list()));
        return 0;
      case 'revoke': {
        const revoked = await store.revoke(id);
        if (!revoked) throw new Error(`no API key has the id ${JSON.stringify(id)} (see \`claimgraph keys list\`)`);
        const within = config.clients.keyCacheMs / 1000;
        process.stdout.write(`${revoked.id} (${revoked.name}) revoked at ${revoked.revokedAt ?? ''}; a running API refuses it within CLAIMGRAPH_API_KEY_CACHE_MS (${within} s here).\n`);
        return 0;
      }
    }
  } finally {
    await db.driver.close();
  }
}

export const keysCommand: Command = { name: 'keys', summary: 'create, list or revoke API keys', usage, run };
