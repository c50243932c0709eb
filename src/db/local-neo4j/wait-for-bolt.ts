import neo4j, { Neo4jError } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatDuration } from './format-duration';
import type { HomeLayout } from './home-layout';
import { tailOfFile } from './log-tail';
import { isServerOf } from './server-pid';

const POLL_MS = 500;
const LOG_LINES = 30;

export const STARTUP_TIMEOUT_MS = 120_000;

async function logTails(layout: HomeLayout): Promise<string> {
  const sections = await Promise.all(
    [layout.consoleLog, layout.neo4jLog].map(async (file) => {
      const tail = await tailOfFile(file, LOG_LINES);
      return `--- last lines of ${file} ---\n${tail ?? '(no such file)'}`;
    }),
  );
  return sections.join('\n');
}

/** A wrong password or a locked account will not fix itself by waiting. */
function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security.');
}

/**
 * Resolves once the server at pid runs `RETURN 1` for these credentials on its default database,
 * which is later than the port opening. Rejects, with the tails of console.log and neo4j.log,
 * when the process exits, authentication fails, or timeoutMs passes.
 */
export async function waitForBolt(
  layout: HomeLayout,
  pid: number,
  connection: { uri: string; user: string; password: string },
  timeoutMs: number = STARTUP_TIMEOUT_MS,
): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
    // The driver's own retries back off for up to 30 s and would sleep through the moment Bolt opens; this loop polls.
    maxTransactionRetryTime: 0,
  });
  const started = Date.now();
  let lastError: unknown;
  try {
    while (Date.now() - started < timeoutMs) {
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch (error) {
        if (isAuthenticationFailure(error)) {
          throw new Error(
            `Neo4j at ${connection.uri} refused user ${connection.user} with the password in ${layout.passwordFile}: ` +
              `${(error as Error).message}\n${await logTails(layout)}`,
          );
        }
        lastError = error;
      }
      if (!(await isServerOf(layout, pid))) {
        throw new Error(`Neo4j (pid ${pid}) exited while starting.\n${await logTails(layout)}`);
      }
      await sleep(POLL_MS);
    }
  } finally {
    await driver.close();
  }
  const cause = lastError instanceof Error ? ` (last attempt: ${lastError.message})` : '';
  throw new Error(
    `Neo4j (pid ${pid}) did not answer on ${connection.uri} within ${formatDuration(timeoutMs)}${cause}.\n` +
      (await logTails(layout)),
  );
}
