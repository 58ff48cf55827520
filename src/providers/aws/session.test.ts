import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type ApiCallObserver } from '../../core/index.js';
import { AwsClientPool, credentialsFor } from './client-factory.js';
import { connectAws } from './session.js';

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/scanner</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>123456789012</Account></GetCallerIdentityResult>
  <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`;
const THROTTLED = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
</ErrorResponse>`;
const REGIONS = `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <regionInfo>
    <item><regionName>eu-west-1</regionName><regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>
    <item><regionName>af-south-1</regionName><regionEndpoint>ec2.af-south-1.amazonaws.com</regionEndpoint><optInStatus>not-opted-in</optInStatus></item>
    <item><regionName>ap-east-1</regionName><regionEndpoint>ec2.ap-east-1.amazonaws.com</regionEndpoint><optInStatus>opted-in</optInStatus></item>
  </regionInfo>
</DescribeRegionsResponse>`;

const KEYS = {
  type: 'access_keys' as const,
  access_key_id: 'AKIAIOSFODNN7EXAMPLE',
  secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** A loopback AWS-compatible endpoint that throttles the first identity call. */
describe('connectAws against an AWS-compatible endpoint', () => {
  let server: Server;
  const actions: string[] = [];
  let identityCalls = 0;
  const previous = { endpoint: process.env.AWS_ENDPOINT_URL, region: process.env.AWS_REGION };

  beforeAll(async () => {
    server = createServer((req, res) => {
      void body(req).then((text) => {
        const action = new URLSearchParams(text).get('Action') ?? '';
        actions.push(action);
        res.setHeader('content-type', 'text/xml');
        if (action === 'GetCallerIdentity') {
          identityCalls += 1;
          res.statusCode = identityCalls === 1 ? 400 : 200;
          res.end(identityCalls === 1 ? THROTTLED : IDENTITY);
        } else if (action === 'DescribeRegions') {
          res.end(REGIONS);
        } else {
          res.statusCode = 400;
          res.end(
            '<Response><Errors><Error><Code>InvalidAction</Code><Message>no</Message></Error></Errors></Response>',
          );
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.AWS_REGION = 'eu-west-1';
  });

  afterAll(async () => {
    for (const [key, value] of [
      ['AWS_ENDPOINT_URL', previous.endpoint],
      ['AWS_REGION', previous.region],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await new Promise((resolve) => server.close(resolve));
  });

  it('resolves the account through a throttled call, retried by the SDK, and lists only enabled regions', async () => {
    const calls: Parameters<ApiCallObserver['onCall']>[0][] = [];
    const session = await connectAws(KEYS, {
      log: silentLogger,
      observer: { onCall: (c) => calls.push(c) },
    });
    try {
      expect(session.accountId).toBe('123456789012');
      expect(identityCalls).toBe(2);
      expect(calls[0]).toMatchObject({
        service: 'sts',
        operation: 'GetCallerIdentity',
        outcome: 'success',
        throttled: true,
      });
      expect(await session.enabledRegions()).toEqual(['ap-east-1', 'eu-west-1']);
      expect(actions.filter((a) => a === 'DescribeRegions')).toHaveLength(1);
    } finally {
      session.close();
    }
  });

  it('gives S3 clients path-style addressing when an endpoint is configured', async () => {
    const pool = new AwsClientPool(credentialsFor(KEYS), {
      maxAttempts: 3,
      observer: { onCall: () => {} },
    });
    const s3 = pool.get(S3Client, 'eu-west-1');
    expect(await s3.config.forcePathStyle).toBe(true);
    expect(pool.get(S3Client, 'eu-west-1')).toBe(s3);
    expect(pool.get(S3Client, 'us-east-1')).not.toBe(s3);
    pool.close();
  });
});
