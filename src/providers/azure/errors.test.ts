import { RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { classifyAzureError } from './errors.js';

const armError = (status: number, code: string, message: string) =>
  Object.assign(new RestError(message, { statusCode: status, code }), {
    details: { error: { code, message } },
  });

describe('classifyAzureError', () => {
  it('maps 403 AuthorizationFailed to access_denied with ARM’s message on one line', () => {
    const error = armError(
      403,
      'AuthorizationFailed',
      "The client 'x' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/read'.\nTrace: abc",
    );
    expect(classifyAzureError(error)).toEqual({
      code: 'AuthorizationFailed',
      kind: 'access_denied',
      message:
        "The client 'x' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/read'.",
    });
  });

  it('maps 429 to throttled and a missing subscription to access_denied', () => {
    expect(classifyAzureError(armError(429, 'TooManyRequests', 'slow down')).kind).toBe(
      'throttled',
    );
    expect(
      classifyAzureError(
        armError(404, 'SubscriptionNotFound', "The subscription 'x' could not be found."),
      ),
    ).toMatchObject({ code: 'SubscriptionNotFound', kind: 'access_denied' });
  });

  it('maps an unavailable credential to access_denied and never repeats a bearer token', () => {
    const error = Object.assign(
      new Error('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc rejected'),
      {
        name: 'CredentialUnavailableError',
      },
    );
    const classified = classifyAzureError(error);
    expect(classified.kind).toBe('access_denied');
    expect(classified.message).not.toContain('eyJ');
  });

  it('keeps anything else an error, with the HTTP status as code when ARM gave none', () => {
    expect(classifyAzureError(new RestError('boom', { statusCode: 500 }))).toEqual({
      code: 'Http500',
      kind: 'error',
      message: 'boom',
    });
  });
});
