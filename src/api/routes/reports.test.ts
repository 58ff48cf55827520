import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { events, scan, units } from '../../reports/fixtures/scan.js';
import { CHROMIUM_PATH } from '../../reports/pdf.js';
import { createTestApi, InMemoryStore, type TestApi } from '../test-support.js';

let api: TestApi;

beforeEach(async () => {
  const store = new InMemoryStore();
  await store.createScan(scan, null);
  for (const unit of units) store.units.set(unit.id, structuredClone(unit));
  await store.insertEvents(events);
  api = await createTestApi({ store });
});

afterEach(async () => {
  await api.app.close();
});

const url = (query: string, id = scan.id) => `/api/v1/scans/${id}/report${query}`;

describe('GET /api/v1/scans/:id/report', () => {
  it('sends the HTML report as an inert download', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: url('?format=html'),
      headers: api.acme,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="clouddiagnoze-ACME-scan-7f3a.html"',
    );
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('instance web-1: IMDSv1 allowed');
  });

  it('streams CSV of events or of findings, and JSON with or without the events', async () => {
    const csv = await api.app.inject({ method: 'GET', url: url('?format=csv'), headers: api.acme });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(events.length + 1);

    const findings = await api.app.inject({
      method: 'GET',
      url: url('?format=csv&dataset=findings'),
      headers: api.acme,
    });
    expect(findings.body.trimEnd().split('\r\n')).toHaveLength(6);

    const json = await api.app.inject({
      method: 'GET',
      url: url('?format=json&events=false'),
      headers: api.admin,
    });
    expect(json.json()).toMatchObject({
      format: 'clouddiagnoze.report.v1',
      summary: { resources: 8 },
      cost: { waste_total_usd: 77.01 },
    });
    expect(json.json().events).toBeUndefined();
  });

  it('hides another tenant’s scan and refuses options of another format', async () => {
    const other = await api.app.inject({ method: 'GET', url: url(''), headers: api.globex });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('ACME');
    const anon = await api.app.inject({ method: 'GET', url: url('') });
    expect(anon.statusCode).toBe(401);
    const bad = await api.app.inject({
      method: 'GET',
      url: url('?format=html&dataset=findings'),
      headers: api.acme,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([
      { path: 'dataset', message: 'applies to format=csv only' },
    ]);
    const unknown = await api.app.inject({
      method: 'GET',
      url: url('?format=docx'),
      headers: api.acme,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toBe('format');
  });

  it.skipIf(!existsSync(CHROMIUM_PATH))('renders the PDF with Chromium', async () => {
    const res = await api.app.inject({ method: 'GET', url: url('?format=pdf'), headers: api.acme });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
