import { randomBytes } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import type { HomeLayout } from './home-layout';
import { ownerOnlyCommand } from './owner-only-command';
import { readFileIfExists } from './read-file-if-exists';
import { runCommand } from './run-command';

export const NEO4J_USER = 'neo4j';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * 192 random bits as hex: no character the admin tool's argument parser could take for an option
 * (a base64url password starting with '-' once made it fail).
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

/**
 * The password of user neo4j on this home's server. On first use it is generated, handed to
 * Neo4j's admin tool (which only takes effect before the first start) and kept in <home>/password,
 * readable by its owner only. The file is written after the admin tool succeeds, so a crash in
 * between just repeats the step next time. Needs neo4j.conf and the jars in place.
 */
export async function ensureInitialPassword(
  layout: HomeLayout,
  java: string,
  log: (line: string) => void,
): Promise<string> {
  const stored = (await readFileIfExists(layout.passwordFile))?.trim();
  if (stored) return stored;
  if (await exists(layout.systemDatabase)) {
    throw new Error(
      `${layout.passwordFile} is missing but the Neo4j in ${layout.home} has already started once, so its password ` +
        `can no longer be set. Restore the file, or delete ${layout.data} to start over with an empty database.`,
    );
  }

  const password = generatePassword();
  // The admin tool takes the password only as an argument; it is briefly visible to local `ps`, like the server itself.
  const adminTool = ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool'];
  // It writes data/dbms/auth.ini, the users and their password hashes.
  const setPassword = ownerOnlyCommand(java, [...adminTool, 'dbms', 'set-initial-password', password]);
  await runCommand(setPassword.command, setPassword.args, {
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
    what: 'Setting the initial Neo4j password (neo4j-admin dbms set-initial-password)',
  });
  const staging = `${layout.passwordFile}.partial`;
  // A leftover staging file would keep its old mode: writeFile applies mode only when it creates the file.
  await rm(staging, { force: true });
  await writeFile(staging, `${password}\n`, { mode: 0o600 });
  await rename(staging, layout.passwordFile);
  log(`Generated the password of Neo4j user ${NEO4J_USER}; it is kept in ${layout.passwordFile}.`);
  return password;
}
