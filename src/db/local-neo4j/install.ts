import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDuration } from './format-duration';
import { homeLayout } from './home-layout';
import { NEO4J_POM_PATH, NEO4J_VERSION } from './neo4j-version';
import { readFileIfExists } from './read-file-if-exists';
import { runCommand } from './run-command';

/** The Neo4j version whose jars are completely in <home>/lib, or undefined when none are. */
export async function installedNeo4jVersion(home: string): Promise<string | undefined> {
  return (await readFileIfExists(homeLayout(home).installMarker))?.trim() || undefined;
}

/**
 * Puts the pinned Neo4j's jars into <home>/lib with Maven, unless they are already there.
 * Jars land in a staging folder that replaces lib only when complete, so an interrupted
 * download is redone rather than started half-installed. Resolves true when it installed.
 */
export async function installNeo4j(home: string, log: (line: string) => void): Promise<boolean> {
  const installed = await installedNeo4jVersion(home);
  if (installed === NEO4J_VERSION) return false;

  const layout = homeLayout(home);
  const staging = `${layout.lib}.partial`;
  const started = Date.now();
  log(
    installed
      ? `Upgrading Neo4j ${installed} to ${NEO4J_VERSION} from Maven Central…`
      : `Installing Neo4j ${NEO4J_VERSION} from Maven Central (first run only)…`,
  );
  log('  (about 120 MB of jars through Maven; a few minutes when ~/.m2 is empty, seconds when it is warm)');

  await rm(staging, { recursive: true, force: true });
  await mkdir(home, { recursive: true, mode: 0o700 });
  const copyJars = ['dependency:copy-dependencies', `-DoutputDirectory=${staging}`];
  await runCommand('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', NEO4J_POM_PATH, ...copyJars], {
    cwd: home,
    what: 'Downloading Neo4j with Maven (mvn, needed for the first run only)',
  });

  const jars = (await readdir(staging)).filter((name) => name.endsWith('.jar'));
  if (jars.length === 0) throw new Error(`Maven finished but put no jars into ${staging}`);
  const sizes = await Promise.all(jars.map(async (jar) => (await stat(path.join(staging, jar))).size));
  const megabytes = Math.round(sizes.reduce((sum, size) => sum + size, 0) / 1024 / 1024);

  await writeFile(path.join(staging, path.basename(layout.installMarker)), `${NEO4J_VERSION}\n`);
  await rm(layout.lib, { recursive: true, force: true });
  await rename(staging, layout.lib);
  const took = formatDuration(Date.now() - started);
  log(`Installed Neo4j ${NEO4J_VERSION} (${jars.length} jars, ${megabytes} MB) in ${took}.`);
  return true;
}
