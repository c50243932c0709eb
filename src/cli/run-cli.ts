import { ConfigError } from '../config/config';
import type { Command } from './command';
import { UsageError } from './usage-error';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Adds stack traces to error reports (CLAIMGRAPH_DEBUG=1). */
  debug: boolean;
}

function topLevelUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return [
    'Usage: claimgraph <command> [options]',
    '',
    'Commands:',
    list,
    '',
    'Run `claimgraph <command> --help` for what a command takes.',
    'Set CLAIMGRAPH_DEBUG=1 to see stack traces with errors.',
    '',
  ].join('\n');
}

/** Help is asked for before any `--`, after which arguments belong to the command verbatim. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** parseArgs reports bad options with codes such as ERR_PARSE_ARGS_UNKNOWN_OPTION. */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function reportError(error: unknown, io: CliIo): void {
  if (error instanceof ConfigError) {
    io.stderr(`claimgraph: invalid configuration:\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  } else {
    io.stderr(`claimgraph: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
}

/** Dispatches argv (without node and script) to a command of the table; resolves the exit code. */
export async function runCli(argv: readonly string[], commands: readonly Command[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    io.stdout(topLevelUsage(commands));
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const problem = name === undefined ? 'no command given' : `unknown command ${JSON.stringify(name)}`;
    io.stderr(`claimgraph: ${problem}\n\n`);
    io.stderr(topLevelUsage(commands));
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`claimgraph ${command.name}: ${error.message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    reportError(error, io);
    return 1;
  }
}
