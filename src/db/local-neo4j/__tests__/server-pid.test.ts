import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { homeLayout } from '../home-layout';
import { isServerOf, NEO4J_MAIN_CLASS } from '../server-pid';

/** A process whose command line looks like a server of `home`: what isServerOf reads. */
async function lookalike(home: string, mainClass = NEO4J_MAIN_CLASS): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', mainClass, `--home-dir=${home}`], { stdio: 'ignore' });
  await once(child, 'spawn');
  return child;
}

describe('isServerOf', () => {
  let dir: string;
  let home: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'server-pid-'));
    home = path.join(dir, 'home');
    await mkdir(home);
    await symlink(home, path.join(dir, 'link'));
    await mkdir(path.join(dir, 'other'));
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  const started = async (serverHome: string, mainClass?: string) => {
    const child = await lookalike(serverHome, mainClass);
    children.push(child);
    return child.pid ?? -1;
  };

  it('knows the server of a home by the home it was started with', async () => {
    expect(await isServerOf(homeLayout(home), await started(home))).toBe(true);
  });

  it('knows it when the home was named through a symlink, either way round', async () => {
    expect(await isServerOf(homeLayout(home), await started(path.join(dir, 'link')))).toBe(true);
    expect(await isServerOf(homeLayout(path.join(dir, 'link')), await started(home))).toBe(true);
  });

  it('refuses the server of another home and a process that is no Neo4j server', async () => {
    expect(await isServerOf(homeLayout(home), await started(path.join(dir, 'other')))).toBe(false);
    expect(await isServerOf(homeLayout(home), await started(home, 'some.other.Main'))).toBe(false);
  });
});
