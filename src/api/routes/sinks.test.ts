import { describe, expect, it } from 'vitest';
import type { SinkView, SinksOverview } from '../../pipeline/delivery.js';
import { createTestApi } from '../test-support.js';

function view(sink: string, endpoint: string): SinkView {
  return {
    sink,
    configured: true,
    endpoint,
    backlog_events: 0,
    dead_letter_batches: 0,
    dead_letter_events: 0,
    delivered_events: 10,
    delivered_batches: 1,
    last_delivered_at: null,
    last_error: null,
    last_error_at: null,
    next_attempt_at: null,
  };
}

/** Routing of a two-tenant deployment: GLOBEX has its own aggregator, ACME the default. */
const overview: SinksOverview = {
  default_sinks: ['opsteamize'],
  tenant_sinks: { GLOBEX: ['webhook'], INITECH: ['opsteamize', 'webhook'] },
  sinks: [
    view('opsteamize', 'https://opsteamize.example/submit-metrics'),
    view('webhook', 'https://globex-siem.example/ingest'),
  ],
};

const sinks = {
  overview: async () => structuredClone(overview),
  deadLetters: async () => ({ items: [], next_cursor: null }),
  redrive: async () => null,
};

describe('GET /api/v1/sinks', () => {
  it('shows an admin every tenant’s routing', async () => {
    const api = await createTestApi({ sinks });
    const response = await api.app.inject({ url: '/api/v1/sinks', headers: api.admin });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(overview);
    await api.app.close();
  });

  it('shows a tenant its own routing only: no other tenant’s name, sink or endpoint', async () => {
    const api = await createTestApi({ sinks });
    const acme = await api.app.inject({ url: '/api/v1/sinks', headers: api.acme });
    expect(acme.statusCode).toBe(200);
    expect(acme.json()).toEqual({
      default_sinks: ['opsteamize'],
      tenant_sinks: {},
      sinks: [overview.sinks[0]],
    });
    expect(acme.body).not.toMatch(/GLOBEX|INITECH|globex-siem/);

    const globex = await api.app.inject({ url: '/api/v1/sinks', headers: api.globex });
    expect(globex.json()).toEqual({
      default_sinks: ['opsteamize'],
      tenant_sinks: { GLOBEX: ['webhook'] },
      sinks: [overview.sinks[1]],
    });
    expect(globex.body).not.toMatch(/INITECH/);
    await api.app.close();
  });
});
