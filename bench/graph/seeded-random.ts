/** Draws over any source of floats in [0, 1): the benchmark generators differ only in that source. */
export abstract class RandomDraws {
  /** A float in [0, 1). */
  abstract next(): number;

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/**
 * A small seeded generator (SplitMix32-style mixing of a counter), so a synthetic corpus is the
 * same on every machine and any story of it can be made without making the ones before it.
 */
export class SeededRandom extends RandomDraws {
  private state: number;

  /** Streams with different keys are independent: `new SeededRandom(seed, storyIndex)`. */
  constructor(...keys: number[]) {
    super();
    let state = 0x9e3779b9;
    for (const key of keys) state = mix(state ^ mix((key >>> 0) + 0x7f4a7c15)) >>> 0;
    this.state = state;
  }

  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    return mix(this.state) / 4_294_967_296;
  }

  /**
   * An index in [0, size) where small indexes are far likelier: P(index < k) = (k/size)^(1/skew).
   * With skew > 1 the counts per index follow a power law, the way a few actors say most things.
   */
  skewed(size: number, skew: number): number {
    return Math.min(size - 1, Math.floor(size * this.next() ** skew));
  }

  /** n distinct values drawn by `draw` (fewer if it keeps repeating itself). */
  distinct<T>(n: number, draw: () => T): T[] {
    const seen = new Set<T>();
    for (let attempt = 0; seen.size < n && attempt < n * 8; attempt += 1) seen.add(draw());
    return [...seen];
  }
}

function mix(value: number): number {
  let z = value >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
