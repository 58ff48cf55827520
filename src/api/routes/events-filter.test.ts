import { afterEach, describe, expect, it } from 'vitest';
import { ACME, createTestApi, ec2Event, type TestApi } from '../test-support.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.app.close();
  api = undefined;
});

describe('events metric_type filter', () => {
  it('reads metric_type=aws.security (no trailing dot) as the prefix aws.security.', async () => {
    api = await createTestApi();
    const at = new Date('2026-11-20T10:00:00Z');
    await api.store.insertEvents([
      ec2Event('scan-1', ACME, 'i-1', 'aws.security.ec2.instance_imdsv2', { status: 'FAIL' }, at),
      ec2Event('scan-1', ACME, 'i-1', 'aws.metadata.ec2.instance_type', 't3.micro', at),
    ]);
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/events?metric_type=aws.security',
      headers: api.admin,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { metric_type: string }[] };
    expect(body.items.map((e) => e.metric_type)).toEqual(['aws.security.ec2.instance_imdsv2']);
    const docs = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(docs.statusCode).toBe(200);
  });
});
