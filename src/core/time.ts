import { DateTime } from 'luxon';

/** The 2CBP time zone: every event timestamp carries the Europe/Paris offset of its instant. */
export const EVENT_TIME_ZONE = 'Europe/Paris';

/** `2026-07-14T09:30:00.123+02:00` — ISO 8601 with the Paris offset that applies at that instant. */
export function toParisIso(instant: Date | number): string {
  const dt = typeof instant === 'number' ? DateTime.fromMillis(instant) : DateTime.fromJSDate(instant);
  const iso = dt.setZone(EVENT_TIME_ZONE).toISO({ includeOffset: true, suppressMilliseconds: false });
  if (iso === null) throw new RangeError(`invalid instant: ${String(instant)}`);
  return iso;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?[+-]\d{2}:\d{2}$/;

/** True when `value` is ISO 8601 with an explicit offset, and that offset is Paris's at that instant. */
export function isParisIso(value: string): boolean {
  if (!ISO_WITH_OFFSET.test(value)) return false;
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) return false;
  return parsed.offset === parsed.setZone(EVENT_TIME_ZONE).offset;
}

/** Parses any ISO 8601 instant (with offset or Z); returns null when it is not one. */
export function parseInstant(value: string): Date | null {
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : null;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
