import { parseArgs } from 'node:util';
import { API_KEY_NAME_PATTERN, API_KEY_ROLES, ApiKeyStore, isApiKeyRole, type ApiKeyRecord, type ApiKeyRole } from '../../api-keys/api-key-store';
import { loadConfig } from '../../config/config';
import { connectDatabase } from '../../db/connect';
import type { Command } from '../command';
import { UsageError } from '../usage-error';

const ACTIONS = ['create', 'list', 'role', 'revoke'] as const;
type Action = (typeof ACTIONS)[number];

const usage = `Usage: claimgraph keys create --name <name> [--role reader|editor|admin]
       claimgraph keys list
       claimgraph keys role <id> reader|editor|admin
       claimgraph keys revoke <id>

API keys identify clients of the GraphQL API, which send one in the X-API-Key header. Only the
SHA-256 of a key is stored: create prints the key once, and it cannot be shown again. Each change
is recorded in the audit trail (Query.changes, by "cli"). Neither role nor revoke takes away the
last active admin key: make another admin key first.

Actions:
  create   make a key (role reader unless --role) and print its id and the key itself
  list     show every key's id, name, role, creation and revocation time (never the key)
  role     give a key another role; a running API uses it within CLAIMGRAPH_API_KEY_CACHE_MS
  revoke   refuse the key from now on; a running API stops accepting it within
           CLAIMGRAPH_API_KEY_CACHE_MS (default 10 s)

Options:
  --name <name>  with create: who or what the key is for (1 to 100 characters, one line)
  --role <role>  with create: reader (reads only; the default), editor (also curates through the
                 API's mutations) or admin (also everything an editor may)
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
function parseRole(text: string | undefined): ApiKeyRole {
  if (text === undefined || !isApiKeyRole(text)) throw new UsageError(`a role is one of ${API_KEY_ROLES.join(', ')}, got ${JSON.stringify(text ?? '')}`);
  return text;
}

function parse(argv: string[]): { action: Action; name?: string; id?: string; role?: ApiKeyRole } {
  const { positionals, values } = parseArgs({ args: argv, options: { name: { type: 'string' }, role: { type: 'string' } }, allowPositionals: true });
  const [action, ...rest] = positionals;
  if (action === undefined) throw new UsageError('an action is required');
  if (!isAction(action)) throw new UsageError(`unknown action ${JSON.stringify(action)}`);
  if (values.name !== undefined && action !== 'create') throw new UsageError('--name applies to create only');
  if (values.role !== undefined && action !== 'create') throw new UsageError('--role applies to create only (`keys role <id> <role>` changes a key\'s role)');
  if (action === 'role') {
    if (rest.length !== 2) throw new UsageError('role takes the id of one key and a role (see `claimgraph keys list`)');
    return { action, id: rest[0], role: parseRole(rest[1]) };
  }
  if (action === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke takes the id of one key (see `claimgraph keys list`)');
    return { action, id: rest[0] };
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  if (action === 'create') {
    const name = values.name?.trim();
    if (name === undefined) throw new UsageError('create needs --name <name>');
    if (!API_KEY_NAME_PATTERN.test(name)) throw new UsageError(`--name takes 1 to 100 characters on one line, got ${JSON.stringify(values.name)}`);
    return { action, name, role: values.role === undefined ? 'reader' : parseRole(values.role) };
  }
  return { action };
}

async function run(argv: string[]): Promise<number> {
  const { action, name = '', id = '', role = 'reader' } = parse(argv);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const store = new ApiKeyStore(db);
  try {
    switch (action) {
      case 'create': {
        const { key, record } = await store.create(name, role);
        process.stdout.write(`id:   ${record.id}\nname: ${record.name}\nrole: ${record.role}\nkey:  ${key}\n`);
        process.stderr.write('Keep the key now: only its hash is stored, so it cannot be shown again. Clients send it in the X-API-Key header.\n');
        return 0;
      }
      case 'list':
        process.stdout.write(formatKeys(await store.list()));
        return 0;
      case 'role': {
        const changed = (await store.setRole(id, role))?.record;
        if (!changed) throw new Error(`no API key has the id ${JSON.stringify(id)} (see \`claimgraph keys list\`)`);
        const within = config.clients.keyCacheMs / 1000;
        process.stdout.write(`${changed.id} (${changed.name}) now has the role ${changed.role}; a running API uses it within CLAIMGRAPH_API_KEY_CACHE_MS (${within} s here).\n`);
        return 0;
      }
      case 'revoke': {
        const revoked = (await store.revoke(id))?.record;
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

export const keysCommand: Command = { name: 'keys', summary: 'create, list, re-role or revoke API keys', usage, run };
