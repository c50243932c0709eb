import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const MINIMUM_JAVA = 17;

/**
 * The major version in `java -version` output: "1.8.0_292" is Java 8, "17.0.15" is 17, "21" is 21.
 * Undefined when the output carries no version, so the caller can say what it saw.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * The java executable to run Neo4j with, checked to be 17 or newer (Neo4j 5 refuses older ones, late and obscurely).
 * JAVA_HOME wins over PATH, as in Neo4j's own launcher; it is read here rather than in config because it
 * belongs to the machine, not to claimgraph.
 */
export async function resolveJava(javaHome: string | undefined = process.env.JAVA_HOME): Promise<string> {
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const where = javaHome ? `${java} (from JAVA_HOME)` : 'java on PATH';
  let output: string;
  try {
    const { stdout, stderr } = await execFileAsync(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(
      `Neo4j needs Java ${MINIMUM_JAVA} or newer, but ${where} could not be run (${reason}). ` +
        'Install a JDK 17+ (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
    );
  }
  const major = parseJavaMajorVersion(output);
  if (major === undefined || major < MINIMUM_JAVA) {
    const seen = major === undefined ? `no version in ${JSON.stringify(output.trim().split('\n')[0])}` : `Java ${major}`;
    throw new Error(
      `Neo4j needs Java ${MINIMUM_JAVA} or newer, but ${where} is ${seen}. Install a JDK 17+ or set JAVA_HOME.`,
    );
  }
  return java;
}
