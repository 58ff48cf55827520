import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, createTestApi, InMemoryStore, type TestApi } from '../test-support.js';

let api: TestApi;
let store: InMemoryStore;
let base: string;

beforeEach(async () => {
  store = new InMemoryStore();
  api = await createTestApi({ store });
  base = await api.app.listen({ port: 0, host: '127.0.0.1' });
});

afterEach(async () => {
  await api.app.close();
});

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads server-sent events from a fetch response, as the dashboard does. */
async function* sse(response: Response): AsyncGenerator<SseEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => !line.startsWith(':') && line.includes(': '))
          .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
      );
      if (fields['event']) yield { event: fields['event'], data: JSON.parse(fields['data']) };
    }
  }
}

async function submit(): Promise<string> {
  const res = await api.app.inject({
    method: 'POST',
    url: '/api/v1/scans',
    headers: api.admin,
    payload: {
      provider: 'aws',
      services: ['ec2'],
      auth_mode: { type: 'profile', profile: 'audit' },
      client_id: ACME,
      regions: ['eu-west-1', 'us-east-1'],
    },
  });
  return res.json().scan_id as string;
}

describe('live scan progress (server-sent events)', () => {
  it('follows one scan from QUEUED through its units to the end, then closes', async () => {
    const id = await submit();
    const response = await fetch(`${base}/api/v1/live/scans/${id}`, { headers: api.acme });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const stream = sse(response);

    const first = (await stream.next()).value as SseEvent;
    expect(first).toMatchObject({ event: 'scan', data: { id, status: 'QUEUED', units: [] } });

    const units = await store.startScan(
      id,
      '123456789012',
      [
        { account_id: '123456789012', service: 'ec2', region: 'eu-west-1' },
        { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
      ],
      new Date(),
    );
    const running = (await stream.next()).value as SseEvent;
    expect(running.data).toMatchObject({ status: 'RUNNING', progress: { units_total: 2 } });
    expect((running.data['units'] as unknown[]).length).toBe(2);

    const [a, b] = units as { id: string }[];
    await store.finishUnit(a!.id, { status: 'SUCCEEDED', error: null, events: 10 }, new Date());
    await store.finishUnit(
      b!.id,
      { status: 'FAILED', error: { code: 'AccessDenied', message: 'denied' }, events: 0 },
      new Date(),
    );
    const seen: SseEvent[] = [];
    for await (const event of stream) seen.push(event);
    const last = seen.filter((e) => e.event === 'scan').at(-1)!;
    expect(last.data).toMatchObject({
      status: 'PARTIAL',
      progress: { units_done: 2, units_failed: 1 },
    });
    expect(last.data['units']).toContainEqual(
      expect.objectContaining({
        region: 'us-east-1',
        error: { code: 'AccessDenied', message: 'denied' },
      }),
    );
    expect(seen.at(-1)).toEqual({ event: 'end', data: { status: 'PARTIAL' } });
  });

  it('sends the list, then each scan that appears or changes', async () => {
    const before = await submit();
    const controller = new AbortController();
    const response = await fetch(`${base}/api/v1/live/scans`, {
      headers: api.acme,
      signal: controller.signal,
    });
    const stream = sse(response);
    const snapshot = (await stream.next()).value as SseEvent;
    expect(snapshot.event).toBe('snapshot');
    expect((snapshot.data['items'] as { id: string }[]).map((s) => s.id)).toEqual([before]);

    const after = await submit();
    const next = (await stream.next()).value as SseEvent;
    expect(next).toMatchObject({ event: 'scan', data: { id: after, status: 'QUEUED' } });
    controller.abort();
  });

  it('keeps tenants apart and needs a key', async () => {
    const id = await submit();
    const other = await fetch(`${base}/api/v1/live/scans/${id}`, { headers: api.globex });
    expect(other.status).toBe(404);
    const list = await fetch(`${base}/api/v1/live/scans?client_id=${ACME}`, {
      headers: api.globex,
    });
    expect(list.status).toBe(403);
    const anon = await fetch(`${base}/api/v1/live/scans`);
    expect(anon.status).toBe(401);
  });

  it('lets the server close while a stream is open', async () => {
    await submit();
    const response = await fetch(`${base}/api/v1/live/scans`, { headers: api.admin });
    const stream = sse(response);
    await stream.next();
    const started = Date.now();
    await api.app.close();
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await stream.next()).done).toBe(true);
  });
});
