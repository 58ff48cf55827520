import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/index.js';
import { KeyedLimiter } from '../../lib/keyed-limiter.js';
import { connectAws } from './session.js';

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/scanner</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>123456789012</Account></GetCallerIdentityResult>
  <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`;

/** A loopback endpoint that answers slowly and records how many calls per region overlap. */
describe('calls in flight per account and region', () => {
  let server: Server;
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const previous = { endpoint: process.env.AWS_ENDPOINT_URL, region: process.env.AWS_REGION };

  beforeAll(async () => {
    server = createServer((req, res) => {
      // The region is the credential scope of the SigV4 signature.
      const region =
        /Credential=[^/]+\/\d+\/([a-z0-9-]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '?';
      inFlight.set(region, (inFlight.get(region) ?? 0) + 1);
      peak.set(region, Math.max(peak.get(region) ?? 0, inFlight.get(region)!));
      req.resume();
      setTimeout(() => {
        inFlight.set(region, inFlight.get(region)! - 1);
        res.setHeader('content-type', 'text/xml');
        res.end(IDENTITY);
      }, 30);
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

  it('never has more calls in flight to one region of an account than the limit, whatever the units do', async () => {
    const session = await connectAws(
      {
        type: 'access_keys',
        access_key_id: 'AKIAIOSFODNN7EXAMPLE',
        secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
      {
        log: silentLogger,
        observer: { onCall: () => {} },
        limiter: new KeyedLimiter(2),
      },
    );
    try {
      peak.clear();
      const call = (region: string) =>
        session.clientsFor(region).get(STSClient).send(new GetCallerIdentityCommand({}));
      await Promise.all([
        ...Array.from({ length: 8 }, () => call('eu-west-1')),
        ...Array.from({ length: 4 }, () => call('us-east-1')),
      ]);
      expect(peak.get('eu-west-1')).toBe(2);
      expect(peak.get('us-east-1')).toBe(2);
    } finally {
      session.close();
    }
  });
});
