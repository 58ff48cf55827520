import { afterEach, describe, expect, it } from 'vitest';
import { capturingLogger, createTestApi, InMemoryStore, type TestApi } from './test-support.js';

let api: TestApi | undefined;

afterEach(async () => {
  await api?.app.close();
  api = undefined;
});

describe('public routes', () => {
  it('answers /healthz without a key', async () => {
    api = await createTestApi();
    const res = await api.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness with the queue depth', async () => {
    api = await createTestApi();
    await api.queue.enqueue({ kind: 'plan', scan_id: 'a' });
    const res = await api.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', queue: { waiting: 1, active: 0 } });
  });

  it('answers 503 on /readyz when the store does not answer, without leaking the cause', async () => {
    const store = new InMemoryStore();
    store.countApiKeys = async () => {
      throw new Error('connect ECONNREFUSED postgres://scanner:hunter2@db:5432');
    };
    api = await createTestApi({ store });
    const res = await api.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: { code: 'not_ready', message: 'the store is not reachable' },
    });
    expect(res.body).not.toContain('hunter2');
  });

  it('answers 503 on /readyz when the queue does not answer', async () => {
    api = await createTestApi();
    api.queue.depth = async () => {
      throw new Error('Redis connection lost');
    };
    const res = await api.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toBe('the queue is not reachable');
  });

  it('serves Prometheus text on /metrics, request durations included', async () => {
    api = await createTestApi();
    api.metrics.onCall({
      provider: 'aws',
      service: 'ec2',
      operation: 'DescribeInstances',
      region: 'eu-west-3',
      outcome: 'success',
      throttled: false,
      durationMs: 120,
    });
    await api.app.inject({ method: 'GET', url: '/healthz' });
    const res = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain(
      'clouddiagnoze_cloud_api_calls_total{provider="aws",service="ec2",operation="DescribeInstances",outcome="success"} 1',
    );
    expect(res.body).toMatch(
      /clouddiagnoze_http_request_duration_seconds_count\{method="GET",route="\/healthz",status_code="200"\} 1/,
    );
  });

  it('publishes the OpenAPI document generated from the route schemas', async () => {
    api = await createTestApi();
    const res = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const submit = doc.paths['/api/v1/scans'].post;
    expect(submit.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(submit.responses)).toEqual(
      expect.arrayContaining(['202', '400', '401', '403']),
    );
    const body = submit.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['provider', 'services', 'auth_mode', 'client_id']);
    expect(body.properties.services.items.enum).toContain('ec2');
    expect(JSON.stringify(body.properties.auth_mode)).toContain('role_arn');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/scans/{id}',
        '/api/v1/scans/{id}/cancel',
        '/api/v1/events',
        '/api/v1/catalog',
      ]),
    );
    expect(Object.keys(doc.paths).some((path) => path.startsWith('/docs'))).toBe(false);
  });

  it('serves the Swagger UI at /docs', async () => {
    api = await createTestApi();
    const res = await api.app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

describe('authentication', () => {
  it('refuses /api/v1 without a key, with a malformed header or with an unknown key', async () => {
    api = await createTestApi();
    const cases = [
      {},
      { authorization: 'Basic YWRtaW46YWRtaW4=' },
      { authorization: 'Bearer cdz_not-a-key-anyone-was-given' },
    ];
    for (const headers of cases) {
      const res = await api.app.inject({ method: 'GET', url: '/api/v1/scans', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('checks the key before looking at the body', async () => {
    api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('errors', () => {
  it('answers an unknown route with the error envelope', async () => {
    api = await createTestApi();
    const res = await api.app.inject({ method: 'GET', url: '/api/v2/scans?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'no route for GET /api/v2/scans' },
    });
  });

  it('answers 415 with the error envelope for a body it cannot read', async () => {
    api = await createTestApi();
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: { ...api.admin, 'content-type': 'application/xml' },
      payload: '<scan provider="aws"/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
    expect(api.queue.enqueued).toEqual([]);
  });

  it('hides the details of an unexpected failure', async () => {
    const store = new InMemoryStore();
    store.getScan = async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/secret.db');
    };
    api = await createTestApi({ store });
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/scans/abc',
      headers: api.admin,
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'internal_error', message: 'internal server error' },
    });
  });
});

describe('request logs', () => {
  it('logs requests but never the Authorization header or a submitted secret', async () => {
    const { logger, lines } = capturingLogger();
    api = await createTestApi({ logger });
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const key = api.admin.authorization.slice('Bearer '.length);
    const submit = (accessKeyId: string) =>
      api!.app.inject({
        method: 'POST',
        url: '/api/v1/scans',
        headers: api!.admin,
        payload: {
          provider: 'aws',
          services: ['ec2'],
          client_id: 'ACME',
          auth_mode: { type: 'access_keys', access_key_id: accessKeyId, secret_access_key: secret },
        },
      });
    const accepted = await submit('AKIAIOSFODNN7EXAMPLE');
    const refused = await submit('not-an-access-key');
    expect(accepted.statusCode).toBe(202);
    expect(refused.statusCode).toBe(400);
    // Logging headers (as a plugin might) is redacted too.
    api.app.log.info({ headers: { authorization: api.admin.authorization } }, 'probe');

    expect(lines.some((line) => line.includes('"url":"/api/v1/scans"'))).toBe(true);
    expect(lines.some((line) => line.includes('[redacted]'))).toBe(true);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain(key);
    }
    for (const res of [accepted, refused]) expect(res.body).not.toContain(secret);
  });
});
