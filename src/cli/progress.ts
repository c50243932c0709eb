/**
 * Progress of a long run on stderr: a redrawn bar on a terminal, and a line every tenth of the way
 * elsewhere (CI logs, pipes), so that logs stay short.
 */
export function progressReporter(total: number, label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const width = 30;
  let lastDecile = -1;
  return {
    tick(done: number, note = ''): void {
      if (total <= 1) return;
      const fraction = done / total;
      const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
      const text = `${label} ${done}/${total} (${rate.toFixed(1)}/s)${note ? ` ${note}` : ''}`;
      if (stream.isTTY) {
        const filled = Math.round(fraction * width);
        stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${text}\u001b[K`);
        if (done === total) stream.write('\n');
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${text}\n`);
        }
      }
    },
  };
}
