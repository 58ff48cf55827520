import { DateTime } from 'luxon';

/** The 2CBP time zone: every event timestamp carries the Europe/Paris offset of its instant. */
export const EVENT_TIME_ZONE = 'Europe/Paris';

const HOUR_MS = 3_600_000;
let cachedHour = Number.NaN;
let cachedOffsetMinutes = 0;

/** Paris's UTC offset at an instant, in minutes. Paris changes offset only on whole UTC hours. */
function parisOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  if (hour !== cachedHour) {
    cachedOffsetMinutes = DateTime.fromMillis(ms, { zone: EVENT_TIME_ZONE }).offset;
    cachedHour = hour;
  }
  return cachedOffsetMinutes;
}

/** `2026-07-14T09:30:00.123+02:00` — ISO 8601 with the Paris offset that applies at that instant. */
export function toParisIso(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`invalid instant: ${String(instant)}`);
  const offset = parisOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, -1);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
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
