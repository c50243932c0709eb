import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/config/config';

/**
 * Where a V8 CPU profile (`--cpu-prof`, e.g. from `run-graphql-bench.ts --cpu-prof DIR`) spent its
 * samples: self time by package or source folder, and the busiest functions.
 *
 *   npx tsx bench/graphql/summarize-cpu-profile.ts <file.cpuprofile> [--top N]
 */

const CpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      hitCount: z.number().optional(),
    }),
  ),
  samples: z.array(z.number()).optional(),
  timeDeltas: z.array(z.number()).optional(),
  startTime: z.number(),
  endTime: z.number(),
});

/** A profile frame's place: an npm package, a folder of this repository, Node itself, or V8's bookkeeping. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules?.[1]) return inModules[1];
  if (file.startsWith('node:')) return 'node:internal';
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).slice(0, 2).join('/');
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((arg) => !arg.startsWith('--'));
  const topIndex = argv.indexOf('--top');
  const top = topIndex >= 0 ? Number(argv[topIndex + 1]) : 25;
  if (!file) throw new Error('usage: summarize-cpu-profile.ts <file.cpuprofile> [--top N]');
  const profile = CpuProfile.parse(JSON.parse(await readFile(file, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Self time per node: the time delta that follows each sample belongs to the sampled node.
  const selfMs = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas?.[index + 1] ?? 0) / 1000));
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url, functionName);
    places.set(place, (places.get(place) ?? 0) + ms);
    const name = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const share = (ms: number) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`;
  const list = (entries: Map<string, number>) =>
    [...entries].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${share(ms)}  ${name}`);
  process.stdout.write(
    [`${path.basename(file)}: ${totalMs.toFixed(0)} ms profiled`, '', 'Self time by place:', ...list(places), '', 'Busiest functions (self time):', ...list(functions), ''].join('\n'),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
