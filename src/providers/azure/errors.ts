import type { ClassifiedError } from '../../core/index.js';

const ACCESS_DENIED = new Set([
  'AuthorizationFailed',
  'AuthenticationFailed',
  'InvalidAuthenticationToken',
  'InvalidAuthenticationTokenTenant',
  'LinkedAuthorizationFailed',
  'Forbidden',
  'RBACAccessDenied',
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
  'AuthorizationPermissionMismatch',
  // Key Vault data plane: a 403 Forbidden names its reason in `innererror`.
  'ForbiddenByFirewall',
  'ForbiddenByRbac',
  'ForbiddenByPolicy',
  'ForbiddenByConnection',
  'AccessDenied',
]);
/** The subscription is gone, disabled or not in this tenant. */
const ACCOUNT_UNAVAILABLE = new Set([
  'SubscriptionNotFound',
  'InvalidSubscriptionId',
  'SubscriptionNotRegistered',
  'ReadOnlyDisabledSubscription',
  'DisabledSubscription',
  'MissingSubscriptionRegistration',
]);
const THROTTLED = new Set([
  'TooManyRequests',
  'RateLimiting',
  'ResourceRequestsThrottled',
  'SubscriptionRequestsThrottled',
  'TenantRequestsThrottled',
  'ResourceCollectionRequestsThrottled',
]);

const MAX_MESSAGE_LENGTH = 200;

interface AzureLikeError {
  name?: string;
  code?: string;
  statusCode?: number;
  message?: string;
  details?: { error?: { code?: string; message?: string; innererror?: { code?: string } } };
}

/** One readable line: no stack, no body dump, no bearer token. */
export function oneLine(message: string): string {
  const line = (message.split('\n').find((l) => l.trim() !== '') ?? '').trim();
  const clean = line
    .replace(/Bearer\s+[A-Za-z0-9._~+/-]+=*/gi, 'Bearer ***')
    .replace(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '***');
  return clean.length > MAX_MESSAGE_LENGTH ? `${clean.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : clean;
}

/**
 * The ARM error code of a RestError (`AuthorizationFailed`; a Key Vault `Forbidden`'s inner code),
 * else the HTTP status or the name.
 */
export function azureErrorCode(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AzureLikeError;
  const outer = e.details?.error?.code;
  // Key Vault's data plane answers every refusal `Forbidden`; the inner code tells a firewall
  // (ForbiddenByFirewall) or a private-link-only vault (ForbiddenByConnection) from a missing
  // role (ForbiddenByRbac) or access policy (AccessDenied).
  const inner = e.details?.error?.innererror?.code;
  return (
    (outer === 'Forbidden' && inner ? inner : outer) ??
    (e.code && e.code !== 'REQUEST_SEND_ERROR' ? e.code : undefined) ??
    (e.statusCode ? `Http${e.statusCode}` : undefined) ??
    e.name ??
    'Error'
  );
}

export function azureHttpStatus(error: unknown): number | undefined {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AzureLikeError;
  return e.statusCode;
}

/** Maps @azure/identity and ARM errors to what a scan records. */
export function classifyAzureError(error: unknown): ClassifiedError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AzureLikeError;
  const code = azureErrorCode(error);
  const status = e.statusCode;
  const message = oneLine(e.details?.error?.message ?? e.message ?? String(error)) || code;
  if (e.name === 'AbortError' || code === 'ScanCancelled')
    return { code, message, kind: 'cancelled' };
  if (e.name === 'CredentialUnavailableError' || e.name === 'AuthenticationError')
    return { code: e.name, message, kind: 'access_denied' };
  if (ACCESS_DENIED.has(code) || status === 403 || status === 401)
    return { code, message, kind: 'access_denied' };
  if (ACCOUNT_UNAVAILABLE.has(code)) return { code, message, kind: 'access_denied' };
  if (THROTTLED.has(code) || status === 429) return { code, message, kind: 'throttled' };
  if (status === 408 || code === 'GatewayTimeout' || code === 'ETIMEDOUT')
    return { code, message, kind: 'timeout' };
  return { code, message, kind: 'error' };
}

/** True when the error is an ARM answer with one of these codes. */
export function isAzureErrorCode(error: unknown, ...codes: readonly string[]): boolean {
  return codes.includes(azureErrorCode(error));
}

/** A page link that names another host than the request's: not followed, no token sent. */
export const UNTRUSTED_NEXT_LINK = 'UntrustedNextLink';
