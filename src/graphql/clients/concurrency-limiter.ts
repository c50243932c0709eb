/**
 * Operations in flight per client, at most `max` each: one more is refused at once rather than
 * queued, so a client that floods the server waits on nothing of ours.
 */
export class ConcurrencyLimiter {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`ConcurrencyLimiter: max must be a whole number ≥ 1, got ${max}`);
  }

  /** A release to call once when the operation ends, or undefined when the client has `max` in flight. */
  tryAcquire(client: string): (() => void) | undefined {
    const running = this.inFlight.get(client) ?? 0;
    if (running >= this.max) return undefined;
    this.inFlight.set(client, running + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(client) ?? 1) - 1;
      // Idle clients are forgotten, so the map holds only clients with something running.
      if (left === 0) this.inFlight.delete(client);
      else this.inFlight.set(client, left);
    };
  }
}
