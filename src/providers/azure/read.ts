import type { AzureUnitContext } from './define-scanner.js';
import { classifyAzureError, isAzureErrorCode, UNTRUSTED_NEXT_LINK } from './errors.js';

/**
 * What one detail read returned. A denied or failed read keeps the call and the ARM error code, so
 * that a check depending on it reports ERROR naming both instead of passing or failing.
 */
export type Read<T> =
  | { state: 'available'; value: T }
  | { state: 'denied'; call: string; errorCode: string }
  | { state: 'error'; call: string; errorCode: string };

export function available<T>(value: T): Read<T> {
  return { state: 'available', value };
}

/**
 * Runs one detail read. A denial (403 AuthorizationFailed), throttling that outlived the retries,
 * a page link to another host (not followed), or an expected code (the resource deleted since the
 * graph saw it) becomes a recorded state; anything else fails the unit.
 */
export async function guardedRead<T>(
  ctx: Pick<AzureUnitContext, 'signal' | 'log'>,
  call: string,
  read: () => Promise<T>,
  expectedCodes: readonly string[] = ['ResourceNotFound', 'NotFound', 'ParentResourceNotFound'],
): Promise<Read<T>> {
  try {
    return { state: 'available', value: await read() };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const classified = classifyAzureError(error);
    if (classified.kind === 'access_denied') {
      ctx.log.warn({ call, code: classified.code }, 'read denied');
      return { state: 'denied', call, errorCode: classified.code };
    }
    if (
      classified.kind === 'throttled' ||
      isAzureErrorCode(error, UNTRUSTED_NEXT_LINK, ...expectedCodes)
    ) {
      ctx.log.warn({ call, code: classified.code }, 'read unavailable');
      return { state: 'error', call, errorCode: classified.code };
    }
    throw error;
  }
}

/** `call: code` of a read that did not answer, for a `*_error` fact and ERROR results. */
export function readError(read: Read<unknown>): string | undefined {
  return read.state === 'available' ? undefined : `${read.call}: ${read.errorCode}`;
}
