import { commandTable } from './command-table';
import { runCli } from './run-cli';

// Read here rather than through config: errors in the configuration itself must be debuggable too.
const debug = process.env.CLAIMGRAPH_DEBUG === '1';

void runCli(process.argv.slice(2), commandTable, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  debug,
}).then((code) => {
  // exitCode rather than exit(): output still buffered in pipes gets flushed.
  process.exitCode = code;
});
