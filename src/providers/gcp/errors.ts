import type { ClassifiedError } from '../../core/index.js';

/** One entry of a Google API error's `details` (google.rpc.ErrorInfo and friends). */
interface ErrorDetail {
  '@type'?: string;
  reason?: string;
  domain?: string;
  metadata?: Record<string, string>;
}

/** The JSON body Google APIs answer an error with (AIP-193), legacy `errors[]` included. */
export interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string; domain?: string; message?: string }[];
    details?: ErrorDetail[];
  };
}

/**
 * A Google API call that answered an error. `reason` is the most specific one the body gives:
 * ErrorInfo's (SERVICE_DISABLED, IAM_PERMISSION_DENIED, RATE_LIMIT_EXCEEDED…), else the legacy
 * `errors[0].reason` (accessNotConfigured, forbidden, rateLimitExceeded…).
 */
export class GcpApiError extends Error {
  override readonly name = 'GcpApiError';

  constructor(
    /** `<api>.<operation>` of the call, e.g. `compute.instances.aggregatedList`. */
    readonly call: string,
    readonly httpStatus: number,
    /** google.rpc.Code name: PERMISSION_DENIED, RESOURCE_EXHAUSTED, NOT_FOUND… */
    readonly status: string,
    readonly reason: string | undefined,
    message: string,
  ) {
    super(message);
  }

  static from(call: string, httpStatus: number, body: unknown): GcpApiError {
    const error = (isObject(body) ? (body as GoogleErrorBody).error : undefined) ?? {};
    const info = error.details?.find((d) => d['@type']?.endsWith('google.rpc.ErrorInfo'));
    const reason = info?.reason ?? error.errors?.[0]?.reason;
    const status = error.status ?? statusOfHttp(httpStatus);
    const message = oneLine(error.message ?? `HTTP ${httpStatus}`);
    return new GcpApiError(call, httpStatus, status, reason, message);
  }
}

const THROTTLE_REASONS = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'RATE_LIMIT_EXCEEDED',
  'quotaExceeded',
]);
const DISABLED_REASONS = new Set(['SERVICE_DISABLED', 'accessNotConfigured']);

/** True for an answer worth retrying with backoff: 429, 5xx, or a 403 rate limit (Compute's legacy). */
export function isRetryable(error: GcpApiError): boolean {
  if (error.httpStatus === 429 || error.httpStatus >= 500) return true;
  return error.reason !== undefined && THROTTLE_REASONS.has(error.reason);
}

/** The API is not enabled in the project (expected: the project does not use it). */
export function isServiceDisabled(error: unknown): boolean {
  return (
    error instanceof GcpApiError && error.reason !== undefined && DISABLED_REASONS.has(error.reason)
  );
}

/** undici's codes for a connection that did not open in time, or broke before the answer. */
const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT';
const TRANSIENT_NETWORK_CODES = new Set([
  CONNECT_TIMEOUT,
  'UND_ERR_SOCKET',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** The network code of a failed fetch (`TypeError: fetch failed` carries it in its cause). */
function networkCode(error: unknown): string | undefined {
  const cause = isObject(error) ? (error as { cause?: unknown }).cause : undefined;
  for (const candidate of [cause, error]) {
    const code = isObject(candidate) ? (candidate as { code?: unknown }).code : undefined;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** A connect time-out or a reset connection: worth another attempt. */
export function isTransientNetworkError(error: unknown): boolean {
  if (error instanceof GcpApiError) return false;
  const code = networkCode(error);
  return code !== undefined && TRANSIENT_NETWORK_CODES.has(code);
}

/** Maps an error of a Google API call to the code and kind a scan records; never a token. */
export function classifyGcpError(error: unknown): ClassifiedError {
  if (error instanceof GcpApiError) {
    const message = scrub(`${error.call}: ${error.message}`);
    if (isServiceDisabled(error))
      return { code: 'SERVICE_DISABLED', message, kind: 'region_disabled' };
    if (isRetryable(error) && error.httpStatus < 500)
      return { code: error.reason ?? error.status, message, kind: 'throttled' };
    if (error.httpStatus === 403 || error.status === 'PERMISSION_DENIED')
      return { code: 'PERMISSION_DENIED', message, kind: 'access_denied' };
    if (error.httpStatus === 401)
      return { code: 'UNAUTHENTICATED', message, kind: 'access_denied' };
    return { code: error.status, message, kind: 'error' };
  }
  const e = (isObject(error) ? error : {}) as { name?: string; code?: string; message?: string };
  const name = e.name ?? 'Error';
  const message = scrub(oneLine(e.message ?? String(error)));
  if (name === 'AbortError' || name === 'TimeoutError')
    return { code: name, message, kind: 'timeout' };
  if (networkCode(error) === CONNECT_TIMEOUT)
    return { code: 'ConnectTimeout', message, kind: 'timeout' };
  return { code: typeof e.code === 'string' ? e.code : name, message, kind: 'error' };
}

function statusOfHttp(httpStatus: number): string {
  const names: Record<number, string> = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    409: 'ABORTED',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    501: 'NOT_IMPLEMENTED',
    503: 'UNAVAILABLE',
    504: 'DEADLINE_EXCEEDED',
  };
  return names[httpStatus] ?? `HTTP_${httpStatus}`;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** Removes anything shaped like a credential an error message may echo back. */
export function scrub(message: string): string {
  return message
    .replace(/\bya29\.[\w.-]+/g, '[redacted-token]')
    .replace(/\bBearer\s+[\w.-]+/gi, 'Bearer [redacted]')
    .replace(
      /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
      '[redacted-key]',
    )
    .replace(
      /("?(private_key|access_token|refresh_token|client_secret)"?\s*[:=]\s*)"?[^",\s}]+"?/gi,
      '$1[redacted]',
    );
}
