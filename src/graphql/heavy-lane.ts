/**
 * Room for expensive operations: at most `slots` run at once, the rest wait their turn (first come,
 * first served). An operation's CPU work — decoding Neo4j's records, completing thousands of
 * objects, serialising the answer — runs on the one event loop that every other request also needs,
 * so eight heavy operations at once held a `{ __typename }` from another client for seconds. Cheap
 * operations never wait here.
 */
export class HeavyLane {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: number) {}

  /**
   * Resolves with the function that frees the slot once one is free, or rejects with `reason()` when
   * `maxWaitMs` passes first or `signal` aborts (the client left, the request's budget ran out).
   */
  acquire(maxWaitMs: number, signal: AbortSignal, reason: () => Error): Promise<() => void> {
    if (this.running < this.slots) return Promise.resolve(this.take());
    return new Promise((resolve, reject) => {
      const give = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', leave);
        resolve(this.take());
      };
      const leave = () => {
        clearTimeout(timer);
        const at = this.waiting.indexOf(give);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal.aborted ? signal.reason : reason());
      };
      const timer = setTimeout(leave, Math.max(0, maxWaitMs));
      signal.addEventListener('abort', leave, { once: true });
      this.waiting.push(give);
    });
  }

  /** Operations running in the lane and waiting for it, for tests and metrics. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private take(): () => void {
    this.running += 1;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }
}
