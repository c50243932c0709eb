import fc from 'fast-check';
import { HeavyLane } from '../heavy-lane';

const never = new AbortController().signal;
const overdue = () => new Error('waited too long');

test('never more than `slots` run at once, and waiting operations start in the order they came', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), async (slots, steps) => {
      const lane = new HeavyLane(slots);
      const held: (() => void)[] = [];
      const started: number[] = [];
      let asked = 0;
      for (const release of steps) {
        if (release && held.length > 0) held.shift()?.();
        else {
          const order = asked++;
          void lane.acquire(60_000, never, overdue).then((free) => {
            started.push(order);
            held.push(free);
          });
        }
        await new Promise((resolve) => setImmediate(resolve));
        expect(lane.load.running).toBeLessThanOrEqual(slots);
        expect(lane.load.running).toBe(held.length);
      }
      expect(started).toEqual([...started].sort((a, b) => a - b));
      while (held.length > 0) {
        held.shift()?.();
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(lane.load).toEqual({ running: 0, waiting: 0 });
    }),
    { numRuns: 100 },
  );
});

test('a wait longer than allowed, or one whose request is aborted, gives up its place', async () => {
  const lane = new HeavyLane(1);
  const first = await lane.acquire(1_000, never, overdue);
  await expect(lane.acquire(10, never, overdue)).rejects.toThrow('waited too long');
  const client = new AbortController();
  const leaving = lane.acquire(60_000, client.signal, overdue);
  client.abort(new Error('client gone'));
  await expect(leaving).rejects.toThrow('client gone');
  expect(lane.load).toEqual({ running: 1, waiting: 0 });
  first();
  first();
  expect(lane.load).toEqual({ running: 0, waiting: 0 });
  (await lane.acquire(0, never, overdue))();
});
