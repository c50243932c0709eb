/**
 * The 1-based line where the value at `path` starts in a JSON text, so that a schema error in a
 * story graph document can point at its line. The text must be valid JSON (it was parsed before);
 * a path that does not resolve gives the line of the deepest part that does.
 */
export function jsonLineOf(text: string, path: readonly PropertyKey[]): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at += 1;
  };
  const skipString = () => {
    at += 1;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at += 1;
  };
  const readString = () => {
    const start = at;
    skipString();
    return JSON.parse(text.slice(start, at)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const open = text[at];
    if (open === '"') return skipString();
    if (open !== '{' && open !== '[') {
      while (at < text.length && !/[\s,\]}]/.test(text[at] ?? '')) at += 1;
      return;
    }
    at += 1;
    skipSpace();
    while (text[at] !== '}' && text[at] !== ']' && at < text.length) {
      if (open === '{') {
        skipString();
        skipSpace();
        at += 1; // ':'
      }
      skipValue();
      skipSpace();
      if (text[at] === ',') at += 1;
      skipSpace();
    }
    at += 1;
  };
  /** Moves `at` to the start of child `key` of the container at `at`; false if there is none. */
  const enter = (key: PropertyKey): boolean => {
    skipSpace();
    const open = text[at];
    if (open !== '{' && open !== '[') return false;
    at += 1;
    for (let index = 0; ; index += 1) {
      skipSpace();
      if (text[at] === '}' || text[at] === ']' || at >= text.length) return false;
      const name = open === '{' ? readString() : index;
      if (open === '{') {
        skipSpace();
        at += 1; // ':'
      }
      skipSpace();
      if (String(name) === String(key)) return true;
      skipValue();
      skipSpace();
      if (text[at] === ',') at += 1;
    }
  };
  let line = 1;
  for (const key of path) {
    const before = at;
    if (!enter(key)) {
      at = before;
      break;
    }
    line = text.slice(0, at).split('\n').length;
  }
  return line;
}
