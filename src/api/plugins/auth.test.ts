import { describe, expect, it } from 'vitest';
import { createTestApi } from '../test-support.js';

describe('input hardening on /api/v1', () => {
  it('refuses a NUL byte in a path id, a filter or a body with 400, storing nothing', async () => {
    const api = await createTestApi();
    const cases = [
      { method: 'GET' as const, url: '/api/v1/scans/abc%00def', path: 'path.id' },
      { method: 'GET' as const, url: '/api/v1/events?resource_id=x%00', path: 'query.resource_id' },
      {
        method: 'POST' as const,
        url: '/api/v1/scans',
        payload: {
          provider: 'aws',
          services: ['ec2'],
          auth_mode: { type: 'default' },
          client_id: 'AC\u0000ME',
        },
        path: 'body.client_id',
      },
    ];
    for (const { path, ...request } of cases) {
      const response = await api.app.inject({ ...request, headers: api.admin });
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'invalid_request', issues: [{ path }] },
      });
    }
    expect((await api.store.listScans({ limit: 10 })).items).toEqual([]);
    await api.app.close();
  });
});
