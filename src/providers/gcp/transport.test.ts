import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCallObserver } from '../../core/index.js';
import { resolveEndpoints } from './endpoints.js';
import { classifyGcpError, GcpApiError } from './errors.js';
import {
  FAKE_TOKEN,
  fakeTransport,
  paged,
  permissionDenied,
  rateLimited,
  serviceDisabled,
  startFakeGoogle,
  type FakeGoogle,
} from './testing/fake-google.js';
import { GcpTransport } from './transport.js';

const LIST = '/compute/v1/projects/acme-prod/global/networks';
const call = {
  api: 'compute',
  operation: 'networks.list',
  path: 'projects/acme-prod/global/networks',
} as const;

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
});
afterEach(async () => {
  await fake.close();
});

describe('GcpTransport', () => {
  it('sends the static token and follows nextPageToken to the last page', async () => {
    fake.on('GET', LIST, paged([{ items: [{ name: 'a' }] }, { items: [{ name: 'b' }] }]));
    const names: string[] = [];
    for await (const page of fakeTransport(fake).pages<{
      items: { name: string }[];
      nextPageToken?: string;
    }>('acme-prod', call))
      names.push(...page.items.map((i) => i.name));

    expect(names).toEqual(['a', 'b']);
    expect(fake.requests.map((r) => r.query.get('pageToken'))).toEqual([null, 'page-2']);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${FAKE_TOKEN}`)).toBe(true);
  });

  it('retries a 429 rateLimitExceeded and a 503 with backoff, then answers', async () => {
    let calls = 0;
    fake.on('GET', LIST, () => {
      calls += 1;
      if (calls === 1) return rateLimited();
      if (calls === 2) return { status: 503, body: { error: { code: 503, message: 'backend' } } };
      return { body: { items: [] } };
    });
    const observed: Parameters<ApiCallObserver['onCall']>[0][] = [];
    const answer = await fakeTransport(fake, { onCall: (c) => observed.push(c) }).request(
      'acme-prod',
      call,
    );

    expect(answer).toEqual({ items: [] });
    expect(fake.count(LIST)).toBe(3);
    expect(observed).toMatchObject([
      {
        provider: 'gcp',
        service: 'compute',
        operation: 'networks.list',
        outcome: 'success',
        throttled: true,
      },
    ]);
  });

  it('does not retry a denied call, and classifies it as access_denied with the permission', async () => {
    fake.on('GET', LIST, permissionDenied('compute.networks.list', 'projects/acme-prod'));
    const error = await fakeTransport(fake)
      .request('acme-prod', call)
      .catch((e: unknown) => e);

    expect(fake.count(LIST)).toBe(1);
    expect(error).toBeInstanceOf(GcpApiError);
    expect(classifyGcpError(error)).toEqual({
      code: 'PERMISSION_DENIED',
      kind: 'access_denied',
      message:
        "compute.networks.list: Required 'compute.networks.list' permission for 'projects/acme-prod'",
    });
  });

  it('tells a disabled API apart from a denied call', async () => {
    fake.on('GET', LIST, serviceDisabled('compute.googleapis.com', 'acme-prod'));
    const error = await fakeTransport(fake)
      .request('acme-prod', call)
      .catch((e: unknown) => e);

    expect(classifyGcpError(error)).toMatchObject({
      code: 'SERVICE_DISABLED',
      kind: 'region_disabled',
    });
  });

  it('gives up after its attempts on a quota that never frees, as throttled', async () => {
    fake.on('GET', LIST, rateLimited());
    const error = await fakeTransport(fake)
      .request('acme-prod', call)
      .catch((e: unknown) => e);

    expect(fake.count(LIST)).toBe(6);
    expect(classifyGcpError(error)).toMatchObject({
      kind: 'throttled',
      code: 'RATE_LIMIT_EXCEEDED',
    });
  });
});

describe('resolveEndpoints', () => {
  it('uses Google’s endpoints by default', () => {
    expect(resolveEndpoints({}).compute).toBe('https://compute.googleapis.com/compute/v1/');
    expect(resolveEndpoints({}).sqladmin).toBe('https://sqladmin.googleapis.com/');
  });

  it('takes gcloud’s per-API override over the one base URL, which keeps each service path', () => {
    const endpoints = resolveEndpoints({
      CLOUDDIAGNOZE_GCP_ENDPOINT: 'http://127.0.0.1:9000',
      CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE: 'https://compute.internal.example/compute/beta/',
    });
    expect(endpoints.compute).toBe('https://compute.internal.example/compute/beta/');
    expect(endpoints.storage).toBe('http://127.0.0.1:9000/storage/v1/');
    expect(endpoints.iam).toBe('http://127.0.0.1:9000/');
  });

  it('refuses an override that is not an http(s) URL, naming the variable', () => {
    expect(() => resolveEndpoints({ CLOUDSDK_API_ENDPOINT_OVERRIDES_IAM: 'iam' })).toThrow(
      'CLOUDSDK_API_ENDPOINT_OVERRIDES_IAM is not a URL: iam',
    );
  });
});

describe('classifyGcpError', () => {
  it('never echoes a token or a private key', () => {
    const classified = classifyGcpError(
      new Error(
        'token ya29.a0AfB_secret rejected; "private_key": "-----BEGIN PRIVATE KEY-----MIIE"',
      ),
    );
    expect(classified.message).not.toContain('a0AfB_secret');
    expect(classified.message).not.toContain('MIIE');
  });
});

describe('GcpTransport connect timeout', () => {
  it('bounds the TLS connection of each attempt, retries it, then reports ConnectTimeout', async () => {
    // A TCP port that accepts connections and never answers the TLS handshake.
    const sockets: Socket[] = [];
    const silent = createNetServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: FAKE_TOKEN });
    const transport = new GcpTransport({
      auth,
      endpoints: resolveEndpoints({ CLOUDDIAGNOZE_GCP_ENDPOINT: `https://127.0.0.1:${port}` }),
      observer: { onCall: () => {} },
      baseDelayMs: 1,
      maxAttempts: 2,
      connectTimeoutMs: 150,
      requestTimeoutMs: 30_000,
    });
    const started = performance.now();
    try {
      const error = await transport.request('acme-prod', call).catch((e: unknown) => e);
      expect(classifyGcpError(error)).toMatchObject({ code: 'ConnectTimeout', kind: 'timeout' });
      expect(sockets).toHaveLength(2);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await transport.close();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
