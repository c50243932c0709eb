import { RefusedWriteLog, type RefusedWriteRecord } from '../refused-write-log';

const attempt = (n: number, by: string | null): RefusedWriteRecord => ({ at: `t${n}`, by, role: null, operationName: null, fields: ['recordVerdict'], codes: ['FORBIDDEN'] });

test('keeps the newest refusals up to its bound, answers them newest first, by key', () => {
  const log = new RefusedWriteLog(100);
  for (let n = 0; n < 105; n += 1) log.record(attempt(n, n % 2 === 0 ? 'key_even' : null));
  expect(log.newest(1_000)).toHaveLength(100);
  expect(log.newest(3).map((entry) => entry.at)).toEqual(['t104', 't103', 't102']);
  expect(log.newest(1_000).at(-1)?.at).toBe('t5');
  expect(log.newest(2, 'key_even').map((entry) => entry.at)).toEqual(['t104', 't102']);
  expect(log.newest(5, 'key_none')).toEqual([]);
});
