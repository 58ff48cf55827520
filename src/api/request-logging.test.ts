import { afterEach, describe, expect, it } from 'vitest';
import { capturingLogger, createTestApi, type TestApi } from './test-support.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.app.close();
  api = undefined;
});

describe('request logs', () => {
  it('logs each request at debug (arrival, then status and duration), never at info', async () => {
    const { logger, lines } = capturingLogger();
    api = await createTestApi({ logger });
    await api.app.inject({ method: 'GET', url: '/healthz' });
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((r) => r.msg === 'request completed');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ level: 20, res: { statusCode: 200 } });
    expect(typeof requests[0]!.responseTime).toBe('number');
    const incoming = records.filter((r) => r.msg === 'incoming request');
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({ level: 20, req: { method: 'GET', url: '/healthz' } });
    expect(records.filter((r) => r.level === 30)).toEqual([]);
  });
});
