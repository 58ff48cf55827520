import { describe, expect, it } from 'vitest';
import { classifyAwsError, scrub } from './errors.js';

function sdkError(name: string, message: string) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 403 } });
}

describe('classifyAwsError', () => {
  it('tells denied calls, disabled regions and throttling apart', () => {
    expect(classifyAwsError(sdkError('UnauthorizedOperation', 'You are not authorized')).kind).toBe(
      'access_denied',
    );
    expect(classifyAwsError(sdkError('AccessDeniedException', 'denied')).kind).toBe(
      'access_denied',
    );
    expect(
      classifyAwsError(
        sdkError('AuthFailure', 'AWS was not able to validate the provided access credentials'),
      ).kind,
    ).toBe('region_disabled');
    expect(classifyAwsError(sdkError('OptInRequired', 'opt in')).kind).toBe('region_disabled');
    expect(classifyAwsError(sdkError('RequestLimitExceeded', 'Request limit exceeded.')).kind).toBe(
      'throttled',
    );
    expect(classifyAwsError(sdkError('InternalError', 'boom'))).toEqual({
      code: 'InternalError',
      message: 'boom',
      kind: 'error',
    });
  });

  it('never repeats an access key id or a signature from the message', () => {
    const classified = classifyAwsError(
      sdkError(
        'SignatureDoesNotMatch',
        'Credential=AKIAIOSFODNN7EXAMPLE/20261120/us-east-1/sts, Signature=abcdef0123',
      ),
    );
    expect(classified.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(classified.message).not.toContain('abcdef0123');
  });

  it('scrubs bare key ids', () => {
    expect(scrub('key ASIAY34FZKBOKMUTVV7A expired')).toBe('key [redacted-key-id] expired');
  });
});
