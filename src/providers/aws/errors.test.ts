import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { AwsClientPool } from './client-factory.js';
import {
  classifyAwsError,
  classifyAwsUnitError,
  failedCallOf,
  recordFailedCall,
  scrub,
} from './errors.js';
import { ScanRetryStrategy } from './retry.js';

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

  it('classifies throttling in every protocol: each code AWS and the SDK retry on, and any 429', () => {
    const throttled = (name: string, status: number) =>
      classifyAwsError(
        Object.assign(new Error('Rate exceeded'), { name, $metadata: { httpStatusCode: status } }),
      ).kind;
    // EC2 (503), the query APIs (400), S3 (503), DynamoDB and SQS (400), Lambda (429), Route 53.
    for (const [code, status] of [
      ['RequestLimitExceeded', 503],
      ['Throttling', 400],
      ['SlowDown', 503],
      ['ThrottlingException', 400],
      ['RequestThrottled', 400],
      ['TooManyRequestsException', 429],
      ['ProvisionedThroughputExceededException', 400],
      ['PriorRequestNotComplete', 400],
      ['EC2ThrottledException', 400],
      ['BandwidthLimitExceeded', 400],
    ] as const)
      expect(throttled(code, status), code).toBe('throttled');
    // A 429 whose body named no code (restJson1 without X-Amzn-ErrorType).
    expect(throttled('Unknown', 429)).toBe('throttled');
    // A quota, not a rate: not retried as throttling.
    expect(throttled('LimitExceededException', 400)).toBe('error');
  });

  it('reads the XML protocols\' "Unknown" (an HTML page where XML was expected) as no AWS answer', () => {
    // What the EC2, query and S3 clients throw for a load balancer's HTML page.
    const unknown = (message: string, status: number) =>
      Object.assign(new Error(message), { name: 'Unknown', $metadata: { httpStatusCode: status } });
    expect(classifyAwsError(unknown('Unknown', 502))).toEqual({
      code: 'ServiceUnavailable',
      message:
        'HTTP 502 answered something that is not an AWS response (the API may not be offered there)',
      kind: 'error',
    });
    expect(classifyAwsError(unknown('UnknownError', 400)).code).toBe('UnparseableResponse');
    expect(classifyAwsError(unknown('UnknownError', 404)).code).toBe('NotImplemented');
    // Not HTTP at all (Node's parser error), e.g. another protocol on the endpoint's port.
    const notHttp = Object.assign(new Error('Parse Error: Expected HTTP/, RTSP/ or ICE/'), {
      code: 'HPE_INVALID_CONSTANT',
    });
    expect(classifyAwsError(notHttp)).toEqual({
      code: 'UnparseableResponse',
      message:
        'the service answered something that is not an AWS response (the API may not be offered there)',
      kind: 'error',
    });
    // A real error that happens to say "Unknown" keeps its code and message.
    expect(classifyAwsError(unknown('Unknown parameter: Foo', 400))).toMatchObject({
      code: 'Unknown',
      message: 'Unknown parameter: Foo',
    });
  });

  it("names the failed call in a unit's error, once", () => {
    const error = Object.assign(new Error('Rate exceeded'), { name: 'InternalFailure' });
    expect(classifyAwsUnitError(error).message).toBe('Rate exceeded');
    recordFailedCall(error, 'rds:DescribeDBInstances');
    recordFailedCall(error, 'sts:GetCallerIdentity'); // the first call seen stays
    expect(failedCallOf(error)).toBe('rds:DescribeDBInstances');
    expect(classifyAwsUnitError(error)).toEqual({
      code: 'InternalFailure',
      message: 'rds:DescribeDBInstances: Rate exceeded',
      kind: 'error',
    });
    const named = new Error('rds:DescribeDBInstances timed out');
    recordFailedCall(named, 'rds:DescribeDBInstances');
    expect(classifyAwsUnitError(named).message).toBe('rds:DescribeDBInstances timed out');
    // Reads' failures keep their own message: describeFailure names the action already.
    expect(classifyAwsError(error).message).toBe('Rate exceeded');
  });

  it("over the wire: a pooled client's HTML 502 ends as ServiceUnavailable naming the call, after standard retries", async () => {
    let requests = 0;
    const server = createServer((req, res) => {
      requests += 1;
      req.resume();
      req.on('end', () => {
        res.writeHead(502, { 'content-type': 'text/html', server: 'awselb/2.0' });
        res.end('<html><head><title>502 Bad Gateway</title></head><body>502</body></html>');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pool = new AwsClientPool(
      () => Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }),
      { maxAttempts: 2, observer: { onCall: () => {} }, rates: null },
    );
    try {
      const rds = pool.get(RDSClient, 'eu-west-1');
      // Standard, not adaptive: the pool's token buckets set the pace (see AwsClientPool).
      const strategy = await rds.config.retryStrategy();
      expect(strategy).toBeInstanceOf(ScanRetryStrategy);
      expect((strategy as ScanRetryStrategy).mode).toBe('standard');
      const failure = await rds.send(new DescribeDBInstancesCommand({})).catch((e: unknown) => e);
      expect(requests).toBe(2);
      expect(classifyAwsUnitError(failure)).toEqual({
        code: 'ServiceUnavailable',
        message:
          'rds:DescribeDBInstances: HTTP 502 answered something that is not an AWS response (the API may not be offered there)',
        kind: 'error',
      });
      const s3 = pool.get(S3Client, 'eu-west-1');
      const policy = await s3
        .send(new GetBucketPolicyCommand({ Bucket: 'acme-public' }))
        .catch((e: unknown) => e);
      expect(classifyAwsError(policy).code).toBe('ServiceUnavailable');
      expect(failedCallOf(policy)).toBe('s3:GetBucketPolicy');
    } finally {
      pool.close();
      if (previous === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = previous;
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('scrubs bare key ids', () => {
    expect(scrub('key ASIAY34FZKBOKMUTVV7A expired')).toBe('key [redacted-key-id] expired');
  });
});
