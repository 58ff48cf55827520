import { ScannerRegistry } from '../../scanning/registry.js';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  prowlerSampleRecords,
  prowlerSampleText,
  prowlerText,
  recordLine,
} from '../../interop/testing/prowler-sample.js';
import { errorHandler } from '../errors.js';
import { ACME, GLOBEX, InMemoryStore, createTestApi, type TestApi } from '../test-support.js';
import { findingRoutes } from './findings.js';

let api: TestApi;
let store: InMemoryStore;

beforeEach(async () => {
  store = new InMemoryStore();
  api = await createTestApi({ store });
});

afterEach(async () => {
  await api.app.close();
});

function importFile(body: string, headers: Record<string, string>, query = '') {
  return api.app.inject({
    method: 'POST',
    url: `/api/v1/imports/prowler${query}`,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: body,
  });
}

async function imported(clientId = ACME): Promise<string> {
  const res = await importFile(prowlerSampleText(), api.admin, `?client_id=${clientId}`);
  expect(res.statusCode).toBe(201);
  return res.json().scan_id as string;
}

function findings(scanId: string, query: string, headers = api.admin) {
  return api.app.inject({
    method: 'GET',
    url: `/api/v1/scans/${scanId}/findings${query}`,
    headers,
  });
}

describe('POST /api/v1/imports/prowler', () => {
  it('imports the file as a finished scan whose events are queryable', async () => {
    const res = await importFile(prowlerSampleText(), api.admin, '?client_id=ACME');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      client_id: ACME,
      findings: 8,
      events: 8,
      duplicates: 0,
      statuses: { PASS: 2, FAIL: 5, MANUAL: 1 },
      services: ['account', 'cloudtrail', 'ec2', 'iam', 's3'],
    });
    expect(res.headers.location).toBe(`/api/v1/scans/${body.scan_id}`);

    const scan = await api.app.inject({ url: res.headers.location!, headers: api.acme });
    expect(scan.json()).toMatchObject({
      status: 'SUCCEEDED',
      auth_mode: { type: 'import', source: 'prowler' },
      units: [],
    });
    const events = await api.app.inject({
      url: `/api/v1/events?scan_id=${body.scan_id}&metric_type=aws.security.iam.`,
      headers: api.acme,
    });
    expect(events.json().items).toHaveLength(2);
  });

  it('imports for the key’s own tenant, and refuses another tenant', async () => {
    const own = await importFile(prowlerSampleText(), api.globex);
    expect(own.statusCode).toBe(201);
    expect(own.json().client_id).toBe(GLOBEX);

    const other = await importFile(prowlerSampleText(), api.globex, '?client_id=ACME');
    expect(other.statusCode).toBe(403);
    expect(store.scans.size).toBe(1);
  });

  it('asks an admin key which client the findings belong to', async () => {
    const res = await importFile(prowlerSampleText(), api.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toEqual([
      { path: 'client_id', message: 'name the client the findings belong to' },
    ]);
  });

  it('refuses a broken file with every problem by record and line, storing nothing', async () => {
    const records = prowlerSampleRecords();
    delete records[1]!['resources'];
    // Prowler's Detection Findings (2004) and our own Compliance Findings (2003) are read; not others.
    records[3]!['class_uid'] = 2001;
    const text = prowlerText(records);
    const res = await importFile(text, api.acme);
    expect(res.statusCode).toBe(400);
    const lineOf = (n: number) => recordLine(text, n);
    expect(res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'the Prowler file cannot be imported (2 problems); nothing was imported',
        issues: [
          {
            path: '[1].resources',
            message: `record [1] (line ${lineOf(1)}): resources is missing`,
          },
          {
            path: '[3].class_uid',
            message: `record [3] (line ${lineOf(3)}): class_uid must be 2004 (Detection Finding) or 2003 (Compliance Finding), got 2001`,
          },
        ],
      },
    });
    expect(store.scans.size).toBe(0);
    expect(store.events).toHaveLength(0);
  });

  it('names a truncated upload', async () => {
    const text = prowlerSampleText();
    const res = await importFile(text.slice(0, text.length - 200), api.acme);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].message).toMatch(
      /^the file is truncated: record \[7\] starting at line \d+ is incomplete$/,
    );
  });

  it('refuses an empty body', async () => {
    const res = await importFile('', api.acme);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe("send Prowler's OCSF JSON file as the request body");
  });

  it('refuses a file above the size limit and points to the CLI', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(errorHandler);
    app.decorateRequest('apiKey', null);
    app.addHook('onRequest', async (request) => {
      request.apiKey = {
        id: 'k',
        client_id: ACME,
        name: 'acme',
        created_at: '',
        role: 'read_write',
        source: 'store',
        last_used_at: null,
        revoked_at: null,
      };
    });
    await app.register(findingRoutes, {
      store,
      registry: new ScannerRegistry(),
      maxImportBytes: 4096,
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/imports/prowler',
        headers: { 'content-type': 'application/json' },
        payload: prowlerSampleText(),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toEqual({
        code: 'payload_too_large',
        message:
          'the file is larger than the API accepts (4096 bytes); import it with: clouddiagnoze import prowler FILE --client-id CLIENT',
      });
      expect(store.scans.size).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('needs an API key', async () => {
    const res = await importFile(prowlerSampleText(), {});
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/v1/scans/:id/findings', () => {
  it('answers the findings as JSON by default', async () => {
    const scanId = await imported();
    const res = await findings(scanId, '', api.acme);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json() as { check_id: string; status: string }[];
    expect(body).toHaveLength(8);
    expect(body.find((f) => f.check_id === 'iam_root_mfa_enabled')).toMatchObject({
      status: 'FAIL',
      severity: 'critical',
      resource_id: 'arn:aws:iam::123456789012:root',
    });
  });

  it('exports OCSF, ASFF and SARIF with their media types and file names', async () => {
    const scanId = await imported();
    const ocsf = await findings(scanId, '?format=ocsf');
    expect(ocsf.headers['content-type']).toMatch(/^application\/json/);
    expect(ocsf.headers['content-disposition']).toBe(
      `attachment; filename="scan-${scanId}.ocsf.json"`,
    );
    expect(ocsf.json().map((r: { class_uid: number }) => r.class_uid)).toEqual(Array(8).fill(2003));

    const asff = await findings(scanId, '?format=asff');
    expect(asff.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const batches = asff.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { Findings: unknown[] });
    expect(batches.reduce((n, b) => n + b.Findings.length, 0)).toBe(8);

    const sarif = await findings(scanId, '?format=sarif');
    expect(sarif.headers['content-type']).toMatch(/^application\/sarif\+json/);
    expect(sarif.json()).toMatchObject({
      version: '2.1.0',
      runs: [{ results: expect.any(Array) }],
    });
  });

  it('filters by status', async () => {
    const scanId = await imported();
    const res = await findings(scanId, '?format=ocsf&status=fail,manual');
    const codes = (res.json() as { status_code: string }[]).map((r) => r.status_code).sort();
    expect(codes).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL', 'FAIL', 'MANUAL']);
  });

  it('refuses an unknown format or status', async () => {
    const scanId = await imported();
    const format = await findings(scanId, '?format=xml');
    expect(format.statusCode).toBe(400);
    expect(format.json().error.issues[0].path).toBe('format');
    const status = await findings(scanId, '?status=FAIL,BROKEN');
    expect(status.statusCode).toBe(400);
    expect(status.json().error.issues).toEqual([
      { path: 'status', message: 'unknown status BROKEN; use PASS, FAIL, MANUAL, ERROR' },
    ]);
  });

  it('hides another tenant’s scan', async () => {
    const scanId = await imported(ACME);
    expect((await findings(scanId, '', api.globex)).statusCode).toBe(404);
    expect((await findings('no-such-scan', '', api.admin)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/scans/:id/results', () => {
  function results(scanId: string, query: string, headers = api.admin) {
    return api.app.inject({ url: `/api/v1/scans/${scanId}/results${query}`, headers });
  }

  it('answers one page, failures first, with the totals and every facet value counted', async () => {
    const scanId = await imported();
    const res = await results(scanId, '?limit=3');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(3);
    expect(body).toMatchObject({ offset: 0, limit: 3, matched: 8 });
    expect(body.totals).toMatchObject({
      results: 8,
      by_status: { PASS: 2, FAIL: 5, MANUAL: 1, ERROR: 0 },
    });
    expect(body.items.map((f: { status: string }) => f.status)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    const services = Object.fromEntries(
      body.facets.service.map((c: { value: string; count: number }) => [c.value, c.count]),
    );
    expect(services).toEqual({ account: 1, cloudtrail: 1, ec2: 1, iam: 2, s3: 3 });
    const next = (await results(scanId, '?limit=3&offset=6')).json();
    expect(next.items).toHaveLength(2);
    const seen = [...body.items, ...(await results(scanId, '?limit=3&offset=3')).json().items];
    expect(
      new Set([...seen, ...next.items].map((f: { event_id: string }) => f.event_id)).size,
    ).toBe(8);
  });

  it('filters by status, service, severity, check, framework and resource; facets ignore their own filter', async () => {
    const scanId = await imported();
    const failed = (await results(scanId, '?status=FAIL')).json();
    expect(failed.matched).toBe(5);
    expect(failed.totals.results).toBe(8);
    // The status facet still counts the other statuses, so another one can be chosen.
    const statuses = Object.fromEntries(
      failed.facets.status.map((c: { value: string; count: number }) => [c.value, c.count]),
    );
    expect(statuses).toMatchObject({ PASS: 2, FAIL: 5, MANUAL: 1 });
    const s3 = (await results(scanId, '?status=FAIL&service=s3')).json();
    for (const f of s3.items) expect(f).toMatchObject({ status: 'FAIL', service: 's3' });
    expect(s3.matched).toBe(s3.items.length);
    const one = s3.items[0];
    const byCheck = (await results(scanId, `?check=${one.check_id}`)).json();
    for (const f of byCheck.items) expect(f.check_id).toBe(one.check_id);
    const bySeverity = (await results(scanId, `?severity=${one.severity}&service=s3`)).json();
    expect(bySeverity.items.every((f: { severity: string }) => f.severity === one.severity)).toBe(
      true,
    );
    const resource = one.resource_id.slice(-8).toUpperCase();
    const byResource = (await results(scanId, `?resource=${encodeURIComponent(resource)}`)).json();
    expect(byResource.items.map((f: { resource_id: string }) => f.resource_id)).toContain(
      one.resource_id,
    );
    const framework = Object.keys(one.compliance)[0]!;
    const byFramework = (
      await results(scanId, `?framework=${encodeURIComponent(framework)}`)
    ).json();
    expect(byFramework.matched).toBeGreaterThan(0);
    for (const f of byFramework.items) expect(Object.keys(f.compliance)).toContain(framework);
    const none = (await results(scanId, '?service=lambda')).json();
    expect(none).toMatchObject({ matched: 0, items: [] });
    expect(none.facets.service).toContainEqual({
      value: 'lambda',
      label: 'lambda',
      count: 0,
      failed: 0,
    });
  });

  it('refuses unknown statuses and severities and a page too large, naming the parameter', async () => {
    const scanId = await imported();
    for (const query of [
      '?status=BROKEN',
      '?severity=urgent',
      '?limit=501',
      '?offset=-1',
      '?sort=x',
    ]) {
      const res = await results(scanId, query);
      expect(res.statusCode, query).toBe(400);
    }
    expect(JSON.stringify((await results(scanId, '?severity=urgent')).json().error)).toContain(
      'unknown severity urgent',
    );
  });

  it('shows a scan to its own tenant only', async () => {
    const scanId = await imported(ACME);
    expect((await results(scanId, '', api.acme)).statusCode).toBe(200);
    expect((await results(scanId, '', api.globex)).statusCode).toBe(404);
  });

  it('is in the OpenAPI document with its filters and page shape', async () => {
    const doc = (await api.app.inject({ url: '/openapi.json' })).json();
    const op = doc.paths['/api/v1/scans/{id}/results'].get;
    const names = op.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'status',
        'severity',
        'service',
        'check',
        'framework',
        'resource',
        'offset',
        'limit',
      ]),
    );
    const schema = op.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(schema)).toContain('facets');
  });
});
