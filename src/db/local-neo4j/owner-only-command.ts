/**
 * A command to spawn through `sh` with umask 077, so that every file it creates (store files,
 * auth.ini, logs) is readable by its owner alone; `exec` keeps the pid that was spawned.
 */
export function ownerOnlyCommand(command: string, args: readonly string[]): { command: string; args: string[] } {
  return { command: '/bin/sh', args: ['-c', 'umask 077 && exec "$0" "$@"', command, ...args] };
}
