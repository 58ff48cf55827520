import type { AwsUnitContext } from './define-scanner.js';
import { awsHttpStatus, classifyAwsError, isAwsErrorCode } from './errors.js';

/**
 * Why one read gave no value, as data: `absent` (the thing is not there — not configured, deleted
 * between the list and the read), `denied` (the scan's role lacks the permission) or `failed` (the
 * service answered an error, 5xx, HTML, or nothing usable). It keeps the IAM action it needed and
 * the code the service answered, so that a check depending on it reports ERROR naming both.
 */
interface FailureDetails {
  /** The IAM action of the call, e.g. `ec2:GetEbsDefaultKmsKeyId`: the call and its permission. */
  action: string;
  errorCode: string;
  /** One readable line (no stack trace, no response body). */
  message?: string;
  httpStatus?: number;
}

/** One variant per state, so that checks narrow on `state` as on any discriminated union. */
export type ReadFailure =
  | (FailureDetails & { state: 'absent' })
  | (FailureDetails & { state: 'denied' })
  | (FailureDetails & { state: 'failed' });

/** What one read of a collector returned: its value, or why there is none. */
export type Read<T> = { state: 'available'; value: T } | ReadFailure;

/** A read that gave no value. */
export type Unread = ReadFailure;

export function available<T>(value: T): Read<T> {
  return { state: 'available', value };
}

export function isAvailable<T>(read: Read<T>): read is { state: 'available'; value: T } {
  return read.state === 'available';
}

/** The read's value, or `fallback` when it has none. */
export function valueOr<T, F>(read: Read<T>, fallback: F): T | F {
  return read.state === 'available' ? read.value : fallback;
}

/** The same read with its value transformed; a failure is passed on as it is. */
export function mapRead<T, U>(read: Read<T>, map: (value: T) => U): Read<U> {
  return read.state === 'available' ? available(map(read.value)) : read;
}

export interface GuardOptions {
  /**
   * Codes meaning the thing read is not there (deleted between the list and the read, never
   * configured): the read is `absent` rather than `failed`.
   */
  absentCodes?: readonly string[];
}

/** The failure an error stands for, classified once: the one place errors become data. */
export function readFailure(
  action: string,
  error: unknown,
  absentCodes: readonly string[] = [],
): ReadFailure {
  const classified = classifyAwsError(error);
  const httpStatus = awsHttpStatus(error);
  const state: ReadFailure['state'] =
    classified.kind === 'access_denied'
      ? 'denied'
      : isAwsErrorCode(error, ...absentCodes)
        ? 'absent'
        : 'failed';
  return {
    state,
    action,
    errorCode: classified.code,
    ...(classified.message ? { message: classified.message } : {}),
    ...(httpStatus !== undefined && httpStatus >= 400 ? { httpStatus } : {}),
  };
}

/**
 * Runs one read that the unit can do without. Whatever it fails with — denied, an error code, a 5xx,
 * an HTML page, an unparseable answer — becomes a recorded state and the unit goes on; only the
 * unit's own cancellation or time-out ends it. A unit fails only when its primary listing does.
 */
export async function guardedRead<T>(
  ctx: Pick<AwsUnitContext, 'signal' | 'log'>,
  action: string,
  read: () => Promise<T>,
  options: GuardOptions | readonly string[] = {},
): Promise<Read<T>> {
  const absentCodes = Array.isArray(options)
    ? options
    : ((options as GuardOptions).absentCodes ?? []);
  try {
    return { state: 'available', value: await read() };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = readFailure(action, error, absentCodes);
    if (failure.state !== 'absent') {
      ctx.log.warn(
        { action, code: failure.errorCode, message: failure.message },
        failure.state === 'denied' ? 'read denied' : 'read failed; the unit goes on without it',
      );
    }
    return failure;
  }
}

/** `action denied|failed|absent (code): message` — one line for a person to read. */
export function describeFailure(read: ReadFailure): string {
  const verb = { absent: 'found nothing', denied: 'was denied', failed: 'failed' }[read.state];
  const detail = read.message && read.message !== read.errorCode ? `: ${read.message}` : '';
  return `${read.action} ${verb} (${read.errorCode})${detail}`;
}

/** The error of a read that did not answer, for a `*_error` fact: `action: code`. */
export function readError(read: Read<unknown>): string | undefined {
  return read.state === 'available' ? undefined : `${read.action}: ${read.errorCode}`;
}
