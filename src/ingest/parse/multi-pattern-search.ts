/** Children are keyed by state and UTF-16 code unit in one map: far smaller than a map per state. */
const childKey = (state: number, code: number) => state * 0x10000 + code;

/**
 * Finds every occurrence of many strings in a text in one pass over it (Aho–Corasick): time grows
 * with the text, the patterns' total length and the occurrences found, not with their product, as
 * an `indexOf` per pattern does. Occurrences may overlap; empty patterns never match.
 */
export class MultiPatternSearch {
  private readonly children = new Map<number, number>();
  /** Per state: the longest proper suffix of its path that is also a path (state 0 is the root). */
  private readonly fail: number[] = [0];
  /** Per state: the patterns ending exactly there. */
  private readonly ends: (number[] | undefined)[] = [undefined];
  /** Per state: the nearest state down its fail chain where a pattern ends, else 0. */
  private readonly nextEnd: number[] = [0];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((pattern) => pattern.length);
    // How each state was reached, for linking the states depth by depth afterwards.
    const parent = [0];
    const code = [0];
    const depth = [0];
    patterns.forEach((pattern, index) => {
      if (pattern === '') return;
      let state = 0;
      for (let at = 0; at < pattern.length; at += 1) {
        const key = childKey(state, pattern.charCodeAt(at));
        let next = this.children.get(key);
        if (next === undefined) {
          next = this.ends.length;
          this.children.set(key, next);
          this.fail.push(0);
          this.ends.push(undefined);
          this.nextEnd.push(0);
          parent.push(state);
          code.push(pattern.charCodeAt(at));
          depth.push(at + 1);
        }
        state = next;
      }
      (this.ends[state] ??= []).push(index);
    });
    this.linkFailures(parent, code, depth);
  }

  /** Shallower states first, so that a state's parent and every shorter suffix are linked before it. */
  private linkFailures(parent: readonly number[], code: readonly number[], depth: readonly number[]): void {
    const byDepth: number[][] = [];
    depth.forEach((d, state) => {
      // States one step from the root keep the root as their fail state.
      if (d > 1) (byDepth[d] ??= []).push(state);
    });
    for (const states of byDepth) {
      for (const state of states ?? []) {
        const unit = code[state] as number;
        let fallback = this.fail[parent[state] as number] as number;
        while (fallback !== 0 && !this.children.has(childKey(fallback, unit))) fallback = this.fail[fallback] as number;
        const failState = this.children.get(childKey(fallback, unit)) ?? 0;
        this.fail[state] = failState;
        this.nextEnd[state] = this.ends[failState] ? failState : (this.nextEnd[failState] as number);
      }
    }
  }

  /** Calls `found` for every occurrence, in order of where it ends. */
  forEachMatch(text: string, found: (pattern: number, start: number, end: number) => void): void {
    let state = 0;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      let next = this.children.get(childKey(state, code));
      while (next === undefined && state !== 0) {
        state = this.fail[state] as number;
        next = this.children.get(childKey(state, code));
      }
      state = next ?? 0;
      for (let hit = this.ends[state] ? state : (this.nextEnd[state] as number); hit !== 0; hit = this.nextEnd[hit] as number) {
        for (const pattern of this.ends[hit] ?? []) found(pattern, at + 1 - (this.lengths[pattern] as number), at + 1);
      }
    }
  }
}
