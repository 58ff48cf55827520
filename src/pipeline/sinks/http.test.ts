import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReceiver, type ReferenceReceiver } from '../../../test/support/receiver.js';
import type { CbpEvent, OutboxBatch } from '../../core/index.js';
import { makeEvent } from '../../storage/store.conformance.js';
import { outboxEventJson } from '../../storage/kysely-outbox.js';
import { toWire } from '../../core/index.js';
import type { HttpSink } from './http.js';
import { RESPONSE_BODY_LIMIT, opsteamizeSink, parseRetryAfter, wireJson } from './http.js';

const TOKEN = 'opst_live_5f1c9a7e3b2d4c6e8a0b';
const scan = { id: 'scan-1', client_id: 'ACME' };

function batch(count: number, id = 'batch-0001'): OutboxBatch {
  const events: CbpEvent[] = Array.from({ length: count }, (_, i) =>
    makeEvent({
      scan,
      resourceId: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${i}`,
      metricType: 'aws.performance.ec2.cpu_utilization.average',
      value: 27.85,
    }),
  );
  return {
    id,
    sink: 'opsteamize',
    events: events.map(outboxEventJson),
    attempts: 0,
    notBefore: new Date(0),
  };
}

const signal = new AbortController().signal;

describe('the Opsteamize sink', () => {
  let receiver: ReferenceReceiver;
  let sink: HttpSink;

  beforeEach(async () => {
    receiver = await startReceiver({ token: TOKEN });
    sink = opsteamizeSink({ baseUrl: `${receiver.url}/`, token: TOKEN, timeoutMs: 500 });
  });

  afterEach(async () => {
    await sink.close();
    await receiver.stop();
  });

  it('POSTs the five 2CBP fields to /submit-metrics with the token and the batch id as Idempotency-Key', async () => {
    const sent = batch(3);
    expect(await sink.send(sent, signal)).toEqual({ outcome: 'accepted', statusCode: 200 });
    const [request] = receiver.requests;
    expect(request).toMatchObject({ path: '/submit-metrics', idempotencyKey: 'batch-0001' });
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.compressed).toBe(false);
    expect(request!.events).toHaveLength(3);
    expect(Object.keys(request!.events[0]!)).toEqual([
      'client_id',
      'timestamp',
      'resource_id',
      'metric_type',
      'metric_value',
    ]);
    expect(request!.events[0]).toMatchObject({ client_id: 'ACME', metric_value: 27.85 });
  });

  it('sends the envelope only when configured', async () => {
    const withEnvelope = opsteamizeSink({ baseUrl: receiver.url, token: TOKEN, envelope: true });
    try {
      await withEnvelope.send(batch(1), signal);
      expect(receiver.requests[0]!.events[0]).toMatchObject({
        event_id: expect.any(String),
        scan_id: 'scan-1',
        category: 'performance',
      });
    } finally {
      await withEnvelope.close();
    }
  });

  it('compresses a batch larger than the threshold, and only then', async () => {
    const small = opsteamizeSink({ baseUrl: receiver.url, token: TOKEN, gzipAboveBytes: 2000 });
    try {
      await small.send(batch(2, 'small'), signal);
      await small.send(batch(50, 'large'), signal);
      const [first, second] = receiver.requests;
      expect(first!.compressed).toBe(false);
      expect(second!.compressed).toBe(true);
      expect(second!.headers['content-encoding']).toBe('gzip');
      expect(second!.events).toHaveLength(50);
      expect(second!.bytes).toBeLessThan(JSON.stringify(second!.events).length / 4);
    } finally {
      await small.close();
    }
  });

  it('retries on 5xx, 408 and 429, honouring Retry-After', async () => {
    receiver.next(
      { status: 500 },
      { status: 503, retryAfter: '7' },
      { status: 408 },
      { status: 429, retryAfter: '2' },
    );
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await sink.send(batch(1), signal));
    expect(results.map((r) => r.outcome)).toEqual(['retry', 'retry', 'retry', 'retry']);
    expect(results.map((r) => (r.outcome === 'retry' ? r.retryAfterMs : null))).toEqual([
      undefined,
      7000,
      undefined,
      2000,
    ]);
    expect(results[0]).toMatchObject({
      failure: { statusCode: 500, error: `${receiver.url}/submit-metrics answered 500` },
    });
    expect(receiver.accepted.size).toBe(0);
  });

  it('rejects on another 4xx, keeping the response body truncated and the token blanked', async () => {
    const echo = `{"error":"bad metric_type","authorization":"Bearer ${TOKEN}","pad":"${'x'.repeat(5000)}"}`;
    receiver.next({ status: 400, body: echo });
    const result = await sink.send(batch(1), signal);
    expect(result.outcome).toBe('rejected');
    if (result.outcome !== 'rejected') return;
    expect(result.failure.statusCode).toBe(400);
    expect(result.failure.responseBody).toHaveLength(RESPONSE_BODY_LIMIT);
    expect(result.failure.responseBody).toContain('{"error":"bad metric_type"');
    expect(result.failure.responseBody).toContain('Bearer ********');
    expect(result.failure.responseBody).not.toContain(TOKEN);
  });

  it('is rejected with 401 when the token is wrong', async () => {
    const wrong = opsteamizeSink({ baseUrl: receiver.url, token: 'not-the-token' });
    try {
      const result = await wrong.send(batch(1), signal);
      expect(result).toMatchObject({ outcome: 'rejected', failure: { statusCode: 401 } });
    } finally {
      await wrong.close();
    }
  });

  it('retries when the aggregator hangs past the timeout or closes the connection', async () => {
    receiver.next('hang', 'close');
    const hung = await sink.send(batch(1), signal);
    expect(hung).toMatchObject({ outcome: 'retry', failure: { statusCode: null } });
    expect(hung.outcome === 'retry' && hung.failure.error).toMatch(
      /unreachable: UND_ERR_HEADERS_TIMEOUT/,
    );
    const closed = await sink.send(batch(1), signal);
    expect(closed).toMatchObject({ outcome: 'retry', failure: { statusCode: null } });
  });

  it('retries when nothing listens', async () => {
    const url = receiver.url;
    await receiver.stop();
    const down = opsteamizeSink({ baseUrl: url, token: TOKEN });
    try {
      const result = await down.send(batch(1), signal);
      expect(result).toMatchObject({ outcome: 'retry', failure: { statusCode: null } });
      expect(result.outcome === 'retry' && result.failure.error).toMatch(/ECONNREFUSED/);
    } finally {
      await down.close();
    }
  });

  it('gives up a send at once when stopped', async () => {
    receiver.next('hang');
    const patient = opsteamizeSink({ baseUrl: receiver.url, token: TOKEN, timeoutMs: 60_000 });
    const stop = new AbortController();
    try {
      const sending = patient.send(batch(1), stop.signal);
      setTimeout(() => stop.abort(new Error('stopping')), 50);
      await expect(sending).rejects.toThrow('stopping');
    } finally {
      await patient.close();
    }
  });
});

describe('the wire form of a stored event', () => {
  it('is the five 2CBP fields, whatever the value holds', () => {
    const event = makeEvent({
      scan,
      resourceId: 'arn:aws:s3:::bucket',
      metricType: 'aws.security.s3.bucket_public_access',
      value: { status: 'FAIL', note: ',"event_id":"x"', nested: { event_id: 'y' } },
    });
    expect(wireJson(outboxEventJson(event))).toBe(JSON.stringify(toWire(event)));
    expect(JSON.parse(wireJson(JSON.stringify({ ...event, extra: 1 })))).toEqual(toWire(event));
  });
});

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
