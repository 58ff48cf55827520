import type { ClassifiedError } from '../../core/index.js';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'Forbidden',
]);
/** How AWS answers a call into a region that the account has not opted in to. */
const REGION_DISABLED = new Set([
  'OptInRequired',
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);
/** Node's socket errors: the endpoint could not be reached, or dropped the connection. */
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'EndpointUnreachable',
  ENOTFOUND: 'EndpointUnreachable',
  EAI_AGAIN: 'EndpointUnreachable',
  EHOSTUNREACH: 'EndpointUnreachable',
  ENETUNREACH: 'EndpointUnreachable',
  ECONNRESET: 'ConnectionReset',
  EPIPE: 'ConnectionReset',
  ETIMEDOUT: 'TimeoutError',
};
/**
 * The codes AWS answers when a caller exceeds a rate, in every protocol: the SDK's own list
 * (`@smithy/core` retry, THROTTLING_ERROR_CODES) less `LimitExceededException`, which is as often a
 * quota (too many keys, too many rules) as a rate. A 429 is throttling whatever its code.
 */
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
  'TransactionInProgressException',
]);

/** The longest message the scan records: one readable line, never a response body or a stack. */
const MAX_MESSAGE_LENGTH = 200;

interface SdkLikeError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

function asSdkError(error: unknown): SdkLikeError {
  return (typeof error === 'object' && error !== null ? error : {}) as SdkLikeError;
}

/** The HTTP status the service answered with, when the error came from a response. */
export function awsHttpStatus(error: unknown): number | undefined {
  const e = asSdkError(error);
  return e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
}

/**
 * The SDK could not read the answer: HTML or plain text where XML or JSON was expected (an
 * emulator lacking the API, a proxy's error page, a partition where the service is not offered).
 */
function isUnparseable(e: SdkLikeError): boolean {
  const message = e.message ?? '';
  return (
    e.name === 'SyntaxError' ||
    // The XML protocols (EC2, query, S3) read no code from an HTML body and name the error so.
    (e.name === 'Unknown' && e.Code === undefined && /^(Unknown(Error)?)?$/.test(message)) ||
    // Node's HTTP parser: what came back was not even HTTP.
    (e.code?.startsWith('HPE_') ?? false) ||
    message.includes('Deserialization error') ||
    /XML parse error|Unexpected token|is not valid JSON|Unexpected end of JSON/.test(message)
  );
}

/** A service error's code as AWS names it; for the SDK's own failures, what they mean to a reader. */
function codeOf(e: SdkLikeError, status: number | undefined): string {
  if (isUnparseable(e)) {
    if (status === 404 || status === 501) return 'NotImplemented';
    if (status !== undefined && status >= 500) return 'ServiceUnavailable';
    return 'UnparseableResponse';
  }
  const network = e.code !== undefined ? NETWORK_CODES[e.code] : undefined;
  if (network) return network;
  // A plain Error's name says nothing; its code (a Node or SDK code) does.
  if (e.Code) return e.Code;
  if (e.name && e.name !== 'Error') return e.name;
  return e.code ?? 'Error';
}

/** First line of a message, without the SDK's hints about hidden fields, shortened. */
function oneLine(message: string): string {
  const first = message
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !line.startsWith('at '));
  const line = first ?? '';
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : line;
}

function messageOf(e: SdkLikeError, error: unknown, code: string, status?: number): string {
  const http = status !== undefined ? `HTTP ${status}` : undefined;
  if (
    code === 'ServiceUnavailable' ||
    code === 'NotImplemented' ||
    code === 'UnparseableResponse'
  ) {
    // The body is an HTML page or a fragment of one: say what happened, not what the parser met.
    return `${http ?? 'the service'} answered something that is not an AWS response (the API may not be offered there)`;
  }
  const text = oneLine(scrub(e.message ?? String(error)));
  if (code === 'EndpointUnreachable' || code === 'ConnectionReset') {
    return `the endpoint could not be reached (${e.code ?? code})${text ? `: ${text}` : ''}`;
  }
  if (text.length === 0) return http ?? code;
  return http !== undefined && status !== undefined && status >= 500 ? `${http}: ${text}` : text;
}

/**
 * Maps an AWS SDK error to a code, one readable line and a kind the scan records; never includes
 * credentials, a response body or a stack trace.
 */
export function classifyAwsError(error: unknown): ClassifiedError {
  const e = asSdkError(error);
  const status = awsHttpStatus(error);
  const code = codeOf(e, status);
  const message = messageOf(e, error, code, status);
  if (code === 'AbortError' || code === 'TimeoutError') return { code, message, kind: 'timeout' };
  if (ACCESS_DENIED.has(code)) return { code, message, kind: 'access_denied' };
  if (REGION_DISABLED.has(code)) return { code, message, kind: 'region_disabled' };
  if (THROTTLED.has(code) || status === 429) return { code, message, kind: 'throttled' };
  return { code, message, kind: 'error' };
}

/** The call each failed SDK call's error came from, as the client pool saw it. */
const CALLS = new WeakMap<object, string>();

/** Remembers that `error` ended the call `call` (`rds:DescribeDBInstances`); the first one seen stays. */
export function recordFailedCall(error: unknown, call: string): void {
  if (typeof error === 'object' && error !== null && !CALLS.has(error)) CALLS.set(error, call);
}

/** The call an SDK error ended, when a pooled client made it. */
export function failedCallOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? CALLS.get(error) : undefined;
}

/**
 * As `classifyAwsError`, for an error that ends a unit or a scan: its message names the call that
 * failed (`rds:DescribeDBInstances: HTTP 502 answered something that is not an AWS response…`), so
 * that a reader knows which API, and which permission, to look at.
 */
export function classifyAwsUnitError(error: unknown): ClassifiedError {
  const classified = classifyAwsError(error);
  const call = failedCallOf(error);
  if (call === undefined || classified.message.includes(call)) return classified;
  return { ...classified, message: `${call}: ${classified.message}` };
}

export function isAwsErrorCode(error: unknown, ...codes: string[]): boolean {
  const e = asSdkError(error);
  return codes.includes(e.Code ?? e.name ?? '');
}

/** Removes anything shaped like a credential that an SDK message may echo back. */
export function scrub(message: string): string {
  return message
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted-key-id]')
    .replace(/(Signature|Credential|X-Amz-Security-Token)=[^&\s]+/gi, '$1=[redacted]');
}
