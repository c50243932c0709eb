import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');

test('the generated resolver types match schema.graphql (else run `npm run codegen`)', () => {
  // --check compares what codegen would write with the committed file and exits 1 on a difference.
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({ status: 0, output: '' });
}, 60_000);
