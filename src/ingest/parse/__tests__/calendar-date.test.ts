import { isCalendarDate } from '../calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-05-22', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2026-13-40', '2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-1-05', '26-01-05', '2026-01-05 '])(
    'refuses %s',
    (date) => expect(isCalendarDate(date)).toBe(false),
  );
});
