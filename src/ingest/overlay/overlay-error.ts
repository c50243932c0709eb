export type OverlayPath = readonly (string | number)[];

/** `claims[2].assertedBy[0].actor`: the path as a reader finds it in the JSON file. */
function formatOverlayPath(path: OverlayPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('') || '(top level)';
}

/** A curation overlay that is malformed or names something the story graph does not have. */
export class OverlayError extends Error {
  override readonly name = 'OverlayError';

  constructor(
    readonly file: string,
    /** Where in the overlay's JSON the problem is, so `jsonLineOf` can turn it into a line. */
    readonly path: OverlayPath,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${formatOverlayPath(path)}: ${problem}`, options);
  }
}
