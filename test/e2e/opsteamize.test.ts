import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../src/api/keys.js';
import type { Runtime } from '../../src/cli/runtime.js';
import type { CbpEvent } from '../../src/core/index.js';
import { startApi, type ApiHarness } from '../support/api-harness.js';
import { mockEc2Account } from '../support/mocked-ec2-account.js';
import { ReferenceReceiver } from '../support/receiver.js';

const TOKEN = 'opst_e2e_0123456789abcdef';
const AUTH_MODE = {
  type: 'access_keys',
  access_key_id: 'AKIAIOSFODNN7EXAMPLE',
  secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/** Scans through the API while the aggregator is down, then delivers once it is up. */
describe('events to Opsteamize end to end', () => {
  const aws = mockEc2Account();
  let api: ApiHarness;
  let runtime: Runtime;
  let app: FastifyInstance;
  let admin: { authorization: string };
  let acme: { authorization: string };
  let receiver: ReferenceReceiver;
  let port: number;

  beforeAll(async () => {
    // The aggregator's address, with nothing listening yet.
    receiver = await new ReferenceReceiver({ token: TOKEN }).start();
    port = Number(new URL(receiver.url).port);
    await receiver.stop();

    api = await startApi({
      env: {
        OPSTEAMIZE_URL: `http://127.0.0.1:${port}`,
        OPSTEAMIZE_TOKEN: TOKEN,
        OPSTEAMIZE_ENVELOPE: 'true',
        OPSTEAMIZE_BATCH_EVENTS: '7',
        CLOUDDIAGNOZE_TENANT_SINKS: '{"GLOBEX":[]}',
      },
      runtime: { deliverer: { idleMs: 10, leaseMs: 3000, backoff: { baseMs: 20, maxMs: 100 } } },
    });
    ({ runtime, app, admin } = api);
    const key = generateApiKey();
    await runtime.store.createApiKey(
      { id: randomUUID(), client_id: 'ACME', name: 'acme', created_at: new Date().toISOString() },
      hashApiKey(key),
    );
    acme = { authorization: `Bearer ${key}` };
    runtime.sinks.start();
  });

  afterAll(async () => {
    await api?.close();
    await receiver?.stop();
    aws.restore();
  });

  async function scanFor(
    clientId: string,
    options?: Record<string, unknown>,
  ): Promise<{ id: string; events: number }> {
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        regions: ['eu-west-1'],
        client_id: clientId,
        auth_mode: AUTH_MODE,
        ...(options && { options }),
      },
    });
    expect(posted.statusCode).toBe(202);
    const { scan_id } = posted.json<{ scan_id: string }>();
    for (let i = 0; i < 400; i += 1) {
      const scan = (
        await app.inject({ method: 'GET', url: `/api/v1/scans/${scan_id}`, headers: admin })
      ).json<{ status: string; progress: { events: number } }>();
      if (scan.status === 'SUCCEEDED') return { id: scan_id, events: scan.progress.events };
      expect(['QUEUED', 'RUNNING'], JSON.stringify(scan)).toContain(scan.status);
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the scan did not finish');
  }

  async function storedIds(scanId: string): Promise<string[]> {
    const page = await runtime.store.queryEvents({ scan_id: scanId, limit: 10_000 });
    return page.items.map((e: CbpEvent) => e.event_id);
  }

  const opsteamize = async (auth = admin) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/sinks', headers: auth });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      default_sinks: string[];
      tenant_sinks: Record<string, string[]>;
      sinks: { sink: string; backlog_events: number; delivered_events: number }[];
    }>();
    return { ...body, status: body.sinks.find((s) => s.sink === 'opsteamize')! };
  };

  it('keeps every event while the aggregator is down, shows the backlog, then delivers each once', async () => {
    const scan = await scanFor('ACME');
    expect(scan.events).toBeGreaterThan(7);
    // GLOBEX's events go to the store only, and so does a scan that asks for no sink.
    const globex = await scanFor('GLOBEX');
    const storeOnly = await scanFor('ACME', { sinks: ['store'] });
    expect(globex.events).toBeGreaterThan(0);
    expect(storeOnly.events).toBeGreaterThan(0);

    const down = await opsteamize(acme);
    expect(down.default_sinks).toEqual(['opsteamize']);
    // A tenant sees its own routing only; the admin sees every tenant's.
    expect(down.tenant_sinks).toEqual({});
    expect((await opsteamize()).tenant_sinks).toEqual({ GLOBEX: [] });
    expect(down.status).toMatchObject({
      configured: true,
      endpoint: `http://127.0.0.1:${port}/submit-metrics`,
      backlog_events: scan.events,
      delivered_events: 0,
    });
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain(
      `clouddiagnoze_sink_backlog_events{sink="opsteamize"} ${scan.events}`,
    );

    receiver = await new ReferenceReceiver({ token: TOKEN }).start(port);
    for (let i = 0; i < 400 && (await opsteamize()).status.backlog_events > 0; i += 1)
      await new Promise((r) => setTimeout(r, 25));

    const accepted = receiver.acceptedEvents();
    const ids = accepted.map((e) => e.event_id as string);
    expect(ids).toHaveLength(scan.events);
    expect(new Set(ids)).toEqual(new Set(await storedIds(scan.id)));
    expect(new Set(accepted.map((e) => e.scan_id))).toEqual(new Set([scan.id]));
    expect(receiver.requests.every((r) => r.events.length <= 7)).toBe(true);
    expect((await opsteamize()).status).toMatchObject({
      backlog_events: 0,
      delivered_events: scan.events,
    });
    const after = await app.inject({ method: 'GET', url: '/metrics' });
    expect(after.body).toContain(
      `clouddiagnoze_sink_delivered_events_total{sink="opsteamize"} ${scan.events}`,
    );
  });

  it('refuses a scan naming an unknown, repeated or unconfigured sink, saying which', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        client_id: 'ACME',
        auth_mode: AUTH_MODE,
        options: { sinks: ['opsteamize', 'kafka', 'opsteamize'] },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { issues: unknown[] } }>().error.issues).toEqual([
      {
        path: 'options.sinks.1',
        message: 'unknown sink kafka; known: store, opsteamize, webhook, stdout, ndjson',
      },
    ]);
    const repeated = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        client_id: 'ACME',
        auth_mode: AUTH_MODE,
        options: { sinks: ['opsteamize', 'webhook', 'opsteamize'] },
      },
    });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json<{ error: { issues: unknown[] } }>().error.issues).toEqual([
      { path: 'options.sinks.2', message: 'opsteamize is listed twice' },
    ]);
    const unconfigured = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: admin,
      payload: {
        provider: 'aws',
        services: ['ec2'],
        client_id: 'ACME',
        auth_mode: AUTH_MODE,
        options: { sinks: ['store', 'webhook'] },
      },
    });
    expect(unconfigured.statusCode).toBe(400);
    expect(unconfigured.json<{ error: { issues: unknown[] } }>().error.issues).toEqual([
      {
        path: 'options.sinks.1',
        message: 'sink webhook is not configured (set CLOUDDIAGNOZE_WEBHOOK_URL)',
      },
    ]);
  });

  it('shows dead letters to an admin and re-drives them; a tenant key may do neither', async () => {
    receiver.next({ status: 422, body: '{"error":"client_id ACME is not provisioned"}' });
    const scan = await scanFor('ACME', { sinks: ['opsteamize'] });
    let letters: { id: string; events: number; status_code: number; response_body: string }[] = [];
    for (let i = 0; i < 400 && letters.length === 0; i += 1) {
      await new Promise((r) => setTimeout(r, 25));
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/sinks/opsteamize/dead-letters',
        headers: admin,
      });
      expect(response.statusCode).toBe(200);
      letters = response.json<{ items: typeof letters }>().items;
    }
    expect(letters).toEqual([
      expect.objectContaining({
        events: 7,
        status_code: 422,
        response_body: '{"error":"client_id ACME is not provisioned"}',
      }),
    ]);
    const denied = await app.inject({
      method: 'GET',
      url: '/api/v1/sinks/opsteamize/dead-letters',
      headers: acme,
    });
    expect(denied.statusCode).toBe(403);
    const deniedRedrive = await app.inject({
      method: 'POST',
      url: `/api/v1/sinks/opsteamize/dead-letters/${letters[0]!.id}/redrive`,
      headers: acme,
    });
    expect(deniedRedrive.statusCode).toBe(403);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/sinks/kafka/dead-letters',
      headers: admin,
    });
    expect(unknown.statusCode).toBe(404);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/sinks/opsteamize/dead-letters/no-such-batch/redrive',
      headers: admin,
    });
    expect(missing.statusCode).toBe(404);

    const redrive = await app.inject({
      method: 'POST',
      url: `/api/v1/sinks/opsteamize/dead-letters/${letters[0]!.id}/redrive`,
      headers: admin,
    });
    expect(redrive.statusCode).toBe(200);
    expect(redrive.json()).toEqual({ batch_id: expect.any(String), redriven_from: letters[0]!.id });
    for (let i = 0; i < 400 && (await opsteamize()).status.backlog_events > 0; i += 1)
      await new Promise((r) => setTimeout(r, 25));
    const ofScan = receiver.acceptedEvents().filter((e) => e.scan_id === scan.id);
    expect(ofScan.map((e) => e.event_id).sort()).toEqual((await storedIds(scan.id)).sort());
  });
});
