import type { AwsUnitContext } from './define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from './errors.js';

/**
 * What one secondary read returned. A denied read keeps the IAM action it needed, so that a check
 * depending on it reports ERROR naming the missing permission instead of passing or failing.
 */
export type Read<T> =
  | { state: 'available'; value: T }
  | { state: 'denied'; action: string; errorCode: string }
  | { state: 'error'; action: string; errorCode: string };

export function available<T>(value: T): Read<T> {
  return { state: 'available', value };
}

/**
 * Runs one secondary read. AccessDenied, or one of the expected error codes (a resource deleted
 * between the list and the read), becomes a recorded state; anything else fails the unit.
 */
export async function guardedRead<T>(
  ctx: Pick<AwsUnitContext, 'signal' | 'log'>,
  action: string,
  read: () => Promise<T>,
  expectedCodes: readonly string[] = [],
): Promise<Read<T>> {
  try {
    return { state: 'available', value: await read() };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const classified = classifyAwsError(error);
    if (classified.kind === 'access_denied') {
      ctx.log.warn({ action, code: classified.code }, 'read denied');
      return { state: 'denied', action, errorCode: classified.code };
    }
    if (isAwsErrorCode(error, ...expectedCodes)) {
      ctx.log.warn({ action, code: classified.code }, 'read unavailable');
      return { state: 'error', action, errorCode: classified.code };
    }
    throw error;
  }
}

/** The error code of a read that did not answer, for a `*_error` fact. */
export function readError(read: Read<unknown>): string | undefined {
  return read.state === 'available' ? undefined : `${read.action}: ${read.errorCode}`;
}
