/** "9.8 s": progress lines report how long the slow steps (download, start, stop) took. */
export function formatDuration(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
