/** One `claimgraph <name>` subcommand. run-cli.ts answers --help and reports errors for every command alike. */
export interface Command {
  name: string;
  /** One line for the top-level command list. */
  summary: string;
  /** The full help text, printed for `claimgraph <name> --help` and after a usage error. */
  usage: string;
  /** Receives the arguments after the command name; resolves the process exit code. */
  run(argv: string[]): Promise<number>;
}
