/**
 * A story document the parser cannot read, located at the line where reading stopped, so an
 * editor (or a person) can jump straight to it: `file:line: expected …, found …`.
 */
export class StoryParseError extends Error {
  override readonly name = 'StoryParseError';

  constructor(
    readonly file: string,
    /** 1-based; one past the last line when the document ends too early. */
    readonly line: number,
    readonly expected: string,
    readonly found: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}:${line}: expected ${expected}, found ${found}`, options);
  }
}
