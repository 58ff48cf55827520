import { describe, expect, it } from 'vitest';
import { daysUntil, endOfStandardSupport, engineMajorVersion } from './engine-support.js';

describe('engine major versions', () => {
  it('reads the major version the release calendars use', () => {
    expect(engineMajorVersion('mysql', '8.0.35')).toBe('8.0');
    expect(engineMajorVersion('mysql', '5.7.44-rds.20240408')).toBe('5.7');
    expect(engineMajorVersion('aurora-mysql', '8.0.mysql_aurora.3.05.2')).toBe('8.0');
    expect(engineMajorVersion('postgres', '14.9')).toBe('14');
    expect(engineMajorVersion('postgres', '9.6.24')).toBe('9.6');
    expect(engineMajorVersion('sqlserver-se', '15.00.4345.5.v1')).toBeUndefined();
  });

  it('knows no end of support for an engine outside the table', () => {
    expect(endOfStandardSupport('postgres', '13.12')).toBe('2026-02-28');
    expect(endOfStandardSupport('oracle-ee', '19.0.0.0.ru-2024-01.rur-2024-01.r1')).toBeUndefined();
    expect(endOfStandardSupport('postgres', '18.1')).toBeUndefined();
  });
});

describe('days until a date', () => {
  it('counts calendar days in UTC, negative once the date has passed', () => {
    const now = new Date('2026-11-20T23:30:00Z');
    expect(daysUntil('2026-11-20', now)).toBe(0);
    expect(daysUntil('2026-11-21', now)).toBe(1);
    expect(daysUntil('2026-11-19', now)).toBe(-1);
    expect(daysUntil('2028-03-01', new Date('2028-02-28T00:00:00Z'))).toBe(2);
  });
});
