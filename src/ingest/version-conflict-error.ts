/** A story version older than the one the graph holds: refused, since it would rewrite history. */
export class VersionConflictError extends Error {
  constructor(
    readonly storyId: string,
    readonly version: number,
    readonly latestVersion: number,
  ) {
    super(`${storyId} is at version ${latestVersion} already; refusing to ingest older version ${version}`);
    this.name = 'VersionConflictError';
  }
}
