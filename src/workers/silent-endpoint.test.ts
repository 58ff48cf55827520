import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { AwsClientPool, credentialsFor } from '../providers/aws/client-factory.js';
import { silentLogger } from '../core/index.js';
import { connectAws } from '../providers/aws/session.js';

const KEYS = {
  type: 'access_keys' as const,
  access_key_id: 'AKIAEXAMPLESILENT01',
  secret_access_key: 'silent-endpoint-secret-not-real',
};

/** A cloud endpoint that accepts connections and never answers (a hung load balancer). */
let server: Server;
const sockets: Socket[] = [];
let connections = 0;
const previous = { endpoint: process.env.AWS_ENDPOINT_URL, region: process.env.AWS_REGION };

beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.AWS_REGION = 'eu-west-3';
});

afterAll(async () => {
  for (const [name, value] of [
    ['AWS_ENDPOINT_URL', previous.endpoint],
    ['AWS_REGION', previous.region],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a cloud endpoint that accepts and never answers', () => {
  it('costs each attempt of a call its response timeout, then the call fails as a timeout', async () => {
    const before = connections;
    const pool = new AwsClientPool(credentialsFor(KEYS), {
      maxAttempts: 2,
      observer: { onCall: () => {} },
      timeouts: { connectMs: 1_000, responseMs: 300 },
    });
    try {
      const sts = pool.get(STSClient, 'eu-west-3');
      const failure = await sts.send(new GetCallerIdentityCommand({})).then(
        () => null,
        (error: unknown) => error as Error,
      );
      expect(failure?.name).toBe('TimeoutError');
      // Both attempts reached the endpoint; neither waited for the 60 s default.
      expect(connections - before).toBe(2);
    } finally {
      pool.close();
    }
  }, 10_000);

  it('fails a scan session at once instead of holding its unit for the unit timeout', async () => {
    const failure = await connectAws(KEYS, {
      log: silentLogger,
      observer: { onCall: () => {} },
      maxAttempts: 1,
      callTimeouts: { connectMs: 1_000, responseMs: 200 },
    }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(failure?.name).toBe('TimeoutError');
  }, 10_000);

  it('reads the timeouts from CLOUDDIAGNOZE_CALL_TIMEOUT_SECONDS and CLOUDDIAGNOZE_CONNECT_TIMEOUT_SECONDS', () => {
    expect(loadConfig({ env: {} })).toMatchObject({
      callTimeoutSeconds: 30,
      connectTimeoutSeconds: 5,
    });
    expect(
      loadConfig({
        env: {
          CLOUDDIAGNOZE_CALL_TIMEOUT_SECONDS: '2.5',
          CLOUDDIAGNOZE_CONNECT_TIMEOUT_SECONDS: '1',
        },
      }),
    ).toMatchObject({ callTimeoutSeconds: 2.5, connectTimeoutSeconds: 1 });
    expect(() => loadConfig({ env: { CLOUDDIAGNOZE_CALL_TIMEOUT_SECONDS: '0' } })).toThrow(
      /callTimeoutSeconds|CALL_TIMEOUT/,
    );
  });
});
