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
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

interface SdkLikeError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
}

/** Maps an AWS SDK error to a code and kind the scan records; never includes credentials. */
export function classifyAwsError(error: unknown): ClassifiedError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkLikeError;
  const code = e.Code ?? e.name ?? e.code ?? 'Error';
  const message = scrub(e.message ?? String(error));
  if (code === 'AbortError' || code === 'TimeoutError') return { code, message, kind: 'timeout' };
  if (ACCESS_DENIED.has(code)) return { code, message, kind: 'access_denied' };
  if (REGION_DISABLED.has(code)) return { code, message, kind: 'region_disabled' };
  if (THROTTLED.has(code)) return { code, message, kind: 'throttled' };
  return { code, message, kind: 'error' };
}

export function isAwsErrorCode(error: unknown, ...codes: string[]): boolean {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkLikeError;
  return codes.includes(e.Code ?? e.name ?? '');
}

/** Removes anything shaped like a credential that an SDK message may echo back. */
export function scrub(message: string): string {
  return message
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted-key-id]')
    .replace(/(Signature|Credential|X-Amz-Security-Token)=[^&\s]+/gi, '$1=[redacted]');
}
