import { describe, expect, it } from 'vitest';
import { isParisIso, parseInstant, toParisIso } from './time.js';

describe('toParisIso', () => {
  it('uses the winter offset before the March change and the summer offset after it', () => {
    // 2026-03-29 01:00 UTC: clocks in Paris jump from 02:00 to 03:00.
    expect(toParisIso(new Date('2026-03-29T00:59:59.999Z'))).toBe('2026-03-29T01:59:59.999+01:00');
    expect(toParisIso(new Date('2026-03-29T01:00:00.000Z'))).toBe('2026-03-29T03:00:00.000+02:00');
  });

  it('uses the summer offset before the October change and the winter offset after it', () => {
    // 2026-10-25 01:00 UTC: clocks in Paris fall back from 03:00 to 02:00; 02:30 happens twice.
    expect(toParisIso(new Date('2026-10-25T00:30:00.000Z'))).toBe('2026-10-25T02:30:00.000+02:00');
    expect(toParisIso(new Date('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25T02:30:00.000+01:00');
  });

  it('keeps milliseconds and matches the design example', () => {
    expect(toParisIso(new Date('2026-07-14T07:30:00.123Z'))).toBe('2026-07-14T09:30:00.123+02:00');
  });
});

describe('isParisIso', () => {
  it('accepts a timestamp whose offset is the one Paris had at that instant', () => {
    expect(isParisIso('2026-07-14T09:30:00.123+02:00')).toBe(true);
    expect(isParisIso('2026-01-14T09:30:00+01:00')).toBe(true);
  });

  it('rejects UTC, other zones, the wrong season offset and non-ISO text', () => {
    expect(isParisIso('2026-07-14T07:30:00.123Z')).toBe(false);
    expect(isParisIso('2026-07-14T03:30:00-04:00')).toBe(false);
    expect(isParisIso('2026-01-14T09:30:00+02:00')).toBe(false);
    expect(isParisIso('14/07/2026 09:30')).toBe(false);
  });
});

describe('parseInstant', () => {
  it('reads offsets and Z, and refuses what is not a date', () => {
    expect(parseInstant('2026-07-14T09:30:00+02:00')?.toISOString()).toBe(
      '2026-07-14T07:30:00.000Z',
    );
    expect(parseInstant('2026-07-14T07:30:00Z')?.toISOString()).toBe('2026-07-14T07:30:00.000Z');
    expect(parseInstant('yesterday')).toBeNull();
  });
});

describe('toParisIso against the time-zone database', () => {
  it('agrees with Luxon for every hour of 2026 and around both changes', async () => {
    const { DateTime } = await import('luxon');
    const start = Date.UTC(2026, 0, 1);
    for (let ms = start; ms < Date.UTC(2027, 0, 1); ms += 3_600_000 + 61_001) {
      expect(toParisIso(ms)).toBe(DateTime.fromMillis(ms, { zone: 'Europe/Paris' }).toISO());
    }
  });
});
