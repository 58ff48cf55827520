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

  it('names an unreachable endpoint instead of a bare "Error"', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {
      code: 'ECONNREFUSED',
      $metadata: {},
    });
    expect(classifyAwsError(refused)).toEqual({
      code: 'EndpointUnreachable',
      message:
        'the endpoint could not be reached (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:4566',
      kind: 'error',
    });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(classifyAwsError(reset).code).toBe('ConnectionReset');
    const timedOut = Object.assign(new Error('connect ETIMEDOUT 10.0.0.1:443'), {
      code: 'ETIMEDOUT',
    });
    expect(classifyAwsError(timedOut).kind).toBe('timeout');
    const coded = Object.assign(new Error('no credentials'), { code: 'CredentialsProviderError' });
    expect(classifyAwsError(coded).code).toBe('CredentialsProviderError');
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

  it('turns an HTML or unparseable answer into a code and one line, never the parser dump', () => {
    const deserialization = (message: string, status: number) =>
      Object.assign(new SyntaxError(message), { $metadata: { httpStatusCode: status } });
    const html500 = classifyAwsError(
      deserialization(
        'Unexpected token \'<\', "<!doctype "... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
        500,
      ),
    );
    expect(html500.code).toBe('ServiceUnavailable');
    expect(html500.message).toContain('HTTP 500');
    expect(html500.message).not.toMatch(/Unexpected token|Deserialization|\n/);
    const xml = classifyAwsError(
      Object.assign(new Error('@aws-sdk XML parse error: mismatched tags <html> and </title>.'), {
        $metadata: { httpStatusCode: 200 },
      }),
    );
    expect(xml).toMatchObject({ code: 'UnparseableResponse', kind: 'error' });
    expect(xml.message).not.toContain('mismatched');
    expect(classifyAwsError(deserialization('Unexpected end of JSON input', 404)).code).toBe(
      'NotImplemented',
    );
  });

  it('keeps one short line of a message: no stack, no second line', () => {
    const error = new Error(
      `first line\n    at frame (file.js:1:1)\nsecond line ${'x'.repeat(500)}`,
    );
    const { message } = classifyAwsError(error);
    expect(message).toBe('first line');
    expect(classifyAwsError(new Error('y'.repeat(500))).message.length).toBeLessThanOrEqual(200);
  });

  it('scrubs bare key ids', () => {
    expect(scrub('key ASIAY34FZKBOKMUTVV7A expired')).toBe('key [redacted-key-id] expired');
  });
});
