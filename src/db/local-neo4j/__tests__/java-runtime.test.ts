import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseJavaMajorVersion, resolveJava } from '../java-runtime';

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])('reads %j as Java %i', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('is undefined for output without a version', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe('resolveJava', () => {
  let javaHome: string;

  beforeEach(() => {
    javaHome = mkdtempSync(path.join(tmpdir(), 'claimgraph-java-'));
    mkdirSync(path.join(javaHome, 'bin'));
  });

  afterEach(() => rmSync(javaHome, { recursive: true, force: true }));

  function fakeJava(versionLine: string): void {
    writeFileSync(path.join(javaHome, 'bin', 'java'), `#!/bin/sh\necho '${versionLine}' >&2\n`, { mode: 0o755 });
  }

  it('uses the java of JAVA_HOME when it is 17 or newer', async () => {
    fakeJava('openjdk version "17.0.1" 2021-10-19');
    await expect(resolveJava(javaHome)).resolves.toBe(path.join(javaHome, 'bin', 'java'));
  });

  it('refuses an older java, naming the version it found', async () => {
    fakeJava('java version "1.8.0_292"');
    await expect(resolveJava(javaHome)).rejects.toThrow(/needs Java 17 or newer.*JAVA_HOME.*is Java 8/);
  });

  it('says so when JAVA_HOME has no java', async () => {
    await expect(resolveJava(path.join(javaHome, 'missing'))).rejects.toThrow(/could not be run/);
  });
});
