import { ConfigError } from '../../config/config';
import type { Command } from '../command';
import { runCli } from '../run-cli';
import { UsageError } from '../usage-error';

function capture(debug = false) {
  const io = {
    out: '',
    err: '',
    debug,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

const received: string[][] = [];
const echo: Command = {
  name: 'echo',
  summary: 'prints its arguments',
  usage: 'Usage: claimgraph echo [words…]\n',
  run: async (argv) => {
    received.push(argv);
    return 0;
  },
};
function failing(error: unknown): Command {
  return { name: 'fail', summary: 'throws', usage: 'Usage: claimgraph fail\n', run: () => Promise.reject(error) };
}

beforeEach(() => {
  received.length = 0;
});

describe('runCli', () => {
  it('lists the commands for --help and -h, on stdout with exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const io = capture();
      await expect(runCli([flag], [echo], io)).resolves.toBe(0);
      expect(io.out).toMatch(/^Usage: claimgraph <command>/);
      expect(io.out).toContain('echo  prints its arguments');
      expect(io.err).toBe('');
    }
  });

  it('answers an unknown or missing command with usage on stderr and exit 2', async () => {
    const unknown = capture();
    await expect(runCli(['ehco'], [echo], unknown)).resolves.toBe(2);
    expect(unknown.err).toContain('unknown command "ehco"');
    expect(unknown.err).toContain('Usage: claimgraph <command>');
    expect(unknown.out).toBe('');

    const missing = capture();
    await expect(runCli([], [echo], missing)).resolves.toBe(2);
    expect(missing.err).toContain('no command given');
  });

  it('passes the arguments after the name to the command and returns its exit code', async () => {
    const io = capture();
    await expect(runCli(['echo', 'a', '--b'], [echo], io)).resolves.toBe(0);
    expect(received).toEqual([['a', '--b']]);
  });

  it('prints a command its usage for --help instead of running it, unless the flag follows --', async () => {
    const io = capture();
    await expect(runCli(['echo', 'x', '-h'], [echo], io)).resolves.toBe(0);
    expect(io.out).toBe('Usage: claimgraph echo [words…]\n');
    expect(received).toEqual([]);

    await runCli(['echo', '--', '--help'], [echo], capture());
    expect(received).toEqual([['--', '--help']]);
  });

  it('reports an error as one line and exit 1, with the stack only in debug mode', async () => {
    const quiet = capture();
    await expect(runCli(['fail'], [failing(new Error('disk full'))], quiet)).resolves.toBe(1);
    expect(quiet.err).toBe('claimgraph: disk full\n');

    const debug = capture(true);
    await runCli(['fail'], [failing(new Error('disk full'))], debug);
    expect(debug.err).toMatch(/^claimgraph: disk full\nError: disk full\n\s+at /);
  });

  it('lists every problem of a configuration error', async () => {
    const io = capture();
    const error = new ConfigError(['PORT: expected a number', 'NEO4J_PASSWORD: required']);
    await expect(runCli(['fail'], [failing(error)], io)).resolves.toBe(1);
    expect(io.err).toBe(
      'claimgraph: invalid configuration:\n  - PORT: expected a number\n  - NEO4J_PASSWORD: required\n',
    );
  });

  it('answers bad arguments with the command usage and exit 2', async () => {
    const io = capture();
    await expect(runCli(['fail'], [failing(new UsageError('unknown action "bogus"'))], io)).resolves.toBe(2);
    expect(io.err).toBe('claimgraph fail: unknown action "bogus"\n\nUsage: claimgraph fail\n');

    const parseArgs = Object.assign(new TypeError("Unknown option '--nope'"), {
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    });
    await expect(runCli(['fail'], [failing(parseArgs)], capture())).resolves.toBe(2);
  });
});
