import type { UnitContext } from '../../core/index.js';
import { classifyGcpError, isServiceDisabled } from './errors.js';

/**
 * Why one read gave no value, as data: `disabled` (the API is not enabled in the project),
 * `denied` (the credentials lack the permission), `absent` (not there: 404) or `failed` (any other
 * error). It keeps the REST method and the code, so that a check reading it reports ERROR naming
 * both instead of passing.
 */
export interface ReadFailure {
  state: 'disabled' | 'denied' | 'absent' | 'failed';
  /** The REST method: `storage.buckets.getIamPolicy`. */
  call: string;
  errorCode: string;
  message: string;
}

export type Read<T> = { state: 'available'; value: T } | ReadFailure;

export function available<T>(value: T): Read<T> {
  return { state: 'available', value };
}

export function readFailure(call: string, error: unknown): ReadFailure {
  const classified = classifyGcpError(error);
  const status = (error as { httpStatus?: number }).httpStatus;
  const state: ReadFailure['state'] = isServiceDisabled(error)
    ? 'disabled'
    : classified.kind === 'access_denied'
      ? 'denied'
      : status === 404
        ? 'absent'
        : 'failed';
  return { state, call, errorCode: classified.code, message: classified.message };
}

/**
 * Runs a read the unit can do without: any failure becomes a recorded state and the unit goes on;
 * only the unit's own cancellation or time-out ends it.
 */
export async function guardedRead<T>(
  ctx: Pick<UnitContext<unknown>, 'signal' | 'log'>,
  call: string,
  read: () => Promise<T>,
): Promise<Read<T>> {
  try {
    return available(await read());
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const failure = readFailure(call, error);
    ctx.log.warn({ call, code: failure.errorCode }, 'read unavailable');
    return failure;
  }
}

/** `<call>: <code>` of a read that did not answer, for a `*_error` fact and a check's ERROR. */
export function readError(read: Read<unknown>): string | undefined {
  return read.state === 'available' ? undefined : `${read.call}: ${read.errorCode}`;
}
