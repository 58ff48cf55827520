import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, GLOBEX, createTestApi, InMemoryStore, type TestApi } from '../test-support.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/CloudDiagnozeScan';

const validRequest = (overrides: Record<string, unknown> = {}) => ({
  provider: 'aws',
  services: ['ec2'],
  auth_mode: { type: 'sts', role_arn: ROLE_ARN, external_id: 'acme-ext-4242' },
  client_id: ACME,
  regions: ['eu-west-3', 'us-east-1'],
  ...overrides,
});

let api: TestApi;
let store: InMemoryStore;

beforeEach(async () => {
  store = new InMemoryStore();
  api = await createTestApi({ store });
});

afterEach(async () => {
  await api.app.close();
});

async function submit(body: unknown, headers = api.admin) {
  return api.app.inject({ method: 'POST', url: '/api/v1/scans', headers, payload: body as object });
}

async function submitted(body: unknown, headers = api.admin): Promise<string> {
  const res = await submit(body, headers);
  expect(res.statusCode).toBe(202);
  return res.json().scan_id as string;
}

describe('POST /api/v1/scans', () => {
  it('records and queues a scan, answering 202 QUEUED with its location', async () => {
    const res = await submit(validRequest());
    expect(res.statusCode).toBe(202);
    const { scan_id, status } = res.json();
    expect(status).toBe('QUEUED');
    expect(res.headers.location).toBe(`/api/v1/scans/${scan_id}`);
    expect(api.queue.enqueued).toEqual([{ kind: 'plan', scan_id }]);

    const scan = await store.getScan(scan_id);
    expect(scan).toMatchObject({
      client_id: ACME,
      provider: 'aws',
      services: ['ec2'],
      requested_regions: ['eu-west-3', 'us-east-1'],
      status: 'QUEUED',
    });
    expect(scan?.auth_mode.external_id).toBe('********');
  });

  const invalid: [string, unknown, string][] = [
    ['an unknown provider', validRequest({ provider: 'oraclecloud' }), 'provider'],
    ['an unsupported service', validRequest({ services: ['ec2', 'mainframe'] }), 'services.1'],
    [
      'an unknown auth mode type',
      validRequest({ auth_mode: { type: 'password', password: 'x' } }),
      'auth_mode.type',
    ],
    [
      'a malformed role ARN',
      validRequest({ auth_mode: { type: 'sts', role_arn: 'arn:aws:iam::1234:user/alice' } }),
      'auth_mode.role_arn',
    ],
    ['an unknown region', validRequest({ regions: ['eu-west-3', 'eu-middle-9'] }), 'regions.1'],
    ['no service', validRequest({ services: [] }), 'services'],
    ['an empty region list', validRequest({ regions: [] }), 'regions'],
    ['services of the wrong type', validRequest({ services: 'ec2' }), 'services'],
    ['a missing client_id', { ...validRequest(), client_id: undefined }, 'client_id'],
    ['an unknown field', validRequest({ priority: 'high' }), 'priority'],
    ['a body that is not an object', ['aws', 'ec2'], ''],
  ];

  it.each(invalid)(
    'answers 400 naming the field for %s, and stores nothing',
    async (_case, body, path) => {
      const res = await submit(body);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('invalid_request');
      expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
      expect(store.scans.size).toBe(0);
      expect(api.queue.enqueued).toEqual([]);
    },
  );

  it('answers 400 for malformed JSON, and stores nothing', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: { ...api.admin, 'content-type': 'application/json' },
      payload: '{"provider": "aws", "services": ["ec2"',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: 'the request body is not valid JSON',
        issues: [{ path: '', message: 'malformed JSON' }],
      },
    });
    expect(store.scans.size).toBe(0);
  });

  it('reports every problem at once, in words the user can act on', async () => {
    const res = await submit(validRequest({ services: ['mainframe'], regions: ['mars-1'] }));
    expect(res.json().error.issues).toEqual([
      {
        path: 'services.0',
        message: expect.stringContaining('service mainframe is not supported for aws'),
      },
      { path: 'regions.0', message: 'unknown aws region mars-1' },
    ]);
  });

  it('never echoes a submitted secret', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const auth = {
      type: 'access_keys',
      access_key_id: 'AKIAIOSFODNN7EXAMPLE',
      secret_access_key: secret,
    };
    const accepted = await submit(validRequest({ auth_mode: auth }));
    const refused = await submit(validRequest({ auth_mode: { ...auth, access_key_id: 'nope' } }));
    const id = accepted.json().scan_id as string;
    const read = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${id}`,
      headers: api.admin,
    });
    const list = await api.app.inject({ method: 'GET', url: '/api/v1/scans', headers: api.admin });
    expect(read.json().auth_mode).toEqual({
      type: 'access_keys',
      access_key_id: 'AKIA…MPLE',
      secret_access_key: '********',
    });
    for (const res of [accepted, refused, read, list]) expect(res.body).not.toContain(secret);
    expect(JSON.stringify([...store.scans.values()])).not.toContain(secret);
    expect(store.sealed.get(id)).not.toContain(secret);
  });

  it('lets a tenant key scan its own client only', async () => {
    const own = await submit(validRequest(), api.acme);
    expect(own.statusCode).toBe(202);
    const other = await submit(validRequest({ client_id: GLOBEX }), api.acme);
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({
      code: 'forbidden',
      issues: [{ path: 'client_id' }],
    });
    expect([...store.scans.values()].map((s) => s.client_id)).toEqual([ACME]);
  });
});

describe('GET /api/v1/scans/:id', () => {
  it('returns the scan with its units and the errors of failed regions', async () => {
    const id = await submitted(validRequest());
    const units = await store.startScan(
      id,
      '123456789012',
      [
        { account_id: '123456789012', service: 'ec2', region: 'eu-west-3' },
        { account_id: '123456789012', service: 'ec2', region: 'us-east-1' },
      ],
      new Date(),
    );
    if (units === false) throw new Error('the scan did not start');
    const [ok, denied] = units.sort((a, b) => a.region.localeCompare(b.region));
    await store.finishUnit(ok!.id, { status: 'SUCCEEDED', error: null, events: 42 }, new Date());
    const error = {
      code: 'UnauthorizedOperation',
      message: 'You are not authorized to perform ec2:DescribeInstances',
    };
    await store.finishUnit(denied!.id, { status: 'FAILED', error, events: 0 }, new Date());

    const res = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${id}`,
      headers: api.admin,
    });
    expect(res.statusCode).toBe(200);
    const scan = res.json();
    expect(scan).toMatchObject({ id, status: 'PARTIAL', account_id: '123456789012' });
    expect(scan.progress).toMatchObject({ units_total: 2, units_done: 2, units_failed: 1 });
    expect(scan.units).toEqual([
      expect.objectContaining({
        region: 'eu-west-3',
        service: 'ec2',
        status: 'SUCCEEDED',
        events: 42,
        error: null,
      }),
      expect.objectContaining({ region: 'us-east-1', service: 'ec2', status: 'FAILED', error }),
    ]);
  });

  it('answers 404 for an unknown scan', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/scans/no-such-scan',
      headers: api.admin,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('GET /api/v1/scans', () => {
  it('pages through scans newest first with a cursor, filtered by client and status', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await submitted(validRequest()));
    await submitted(validRequest({ client_id: GLOBEX }));
    const cancelled = ids[0]!;
    await api.app.inject({
      method: 'POST',
      url: `/api/v1/scans/${cancelled}/cancel`,
      headers: api.admin,
    });

    const first = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans?client_id=${ACME}&limit=2`,
      headers: api.admin,
    });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.next_cursor).toEqual(expect.any(String));
    const second = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans?client_id=${ACME}&limit=2&cursor=${page1.next_cursor}`,
      headers: api.admin,
    });
    const page2 = second.json();
    expect(page2).toMatchObject({ next_cursor: null });
    const seen = [...page1.items, ...page2.items].map((s: { id: string }) => s.id);
    expect(seen.sort()).toEqual([...ids].sort());

    const onlyCancelled = await api.app.inject({
      method: 'GET',
      url: '/api/v1/scans?status=CANCELLED',
      headers: api.admin,
    });
    expect(onlyCancelled.json().items.map((s: { id: string }) => s.id)).toEqual([cancelled]);
  });

  it('answers 400 for a limit out of range, an unknown status or a forged cursor', async () => {
    for (const [query, path] of [
      ['limit=501', 'limit'],
      ['limit=0', 'limit'],
      ['limit=ten', 'limit'],
      ['status=DONE', 'status'],
      ['cursor=forged', 'cursor'],
      ['sort=asc', 'sort'],
    ]) {
      const res = await api.app.inject({
        method: 'GET',
        url: `/api/v1/scans?${query}`,
        headers: api.admin,
      });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});

describe('POST /api/v1/scans/:id/cancel', () => {
  it('cancels a queued scan, then answers 409 once it has finished', async () => {
    const id = await submitted(validRequest());
    const first = await api.app.inject({
      method: 'POST',
      url: `/api/v1/scans/${id}/cancel`,
      headers: api.admin,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, status: 'CANCELLED', units: [] });
    expect(first.json().finished_at).toEqual(expect.any(String));

    const again = await api.app.inject({
      method: 'POST',
      url: `/api/v1/scans/${id}/cancel`,
      headers: { ...api.admin, 'content-type': 'application/json' },
      payload: '',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'conflict',
      message: `scan ${id} is already CANCELLED`,
    });
  });

  it('answers 404 for an unknown scan', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/scans/nope/cancel',
      headers: api.admin,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('tenant isolation', () => {
  it("hides another tenant's scans from a tenant key: 404 on read and cancel, 403 on listing", async () => {
    const globexScan = await submitted(validRequest({ client_id: GLOBEX }));
    const acmeScan = await submitted(validRequest());

    const read = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${globexScan}`,
      headers: api.acme,
    });
    expect(read.statusCode).toBe(404);
    expect(read.json().error.message).toBe(`scan ${globexScan} not found`);

    const cancel = await api.app.inject({
      method: 'POST',
      url: `/api/v1/scans/${globexScan}/cancel`,
      headers: api.acme,
    });
    expect(cancel.statusCode).toBe(404);
    expect((await store.getScan(globexScan))?.status).toBe('QUEUED');

    const listOther = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans?client_id=${GLOBEX}`,
      headers: api.acme,
    });
    expect(listOther.statusCode).toBe(403);

    const listOwn = await api.app.inject({
      method: 'GET',
      url: '/api/v1/scans',
      headers: api.acme,
    });
    expect(listOwn.json().items.map((s: { id: string }) => s.id)).toEqual([acmeScan]);

    const readOwn = await api.app.inject({
      method: 'GET',
      url: `/api/v1/scans/${acmeScan}`,
      headers: api.acme,
    });
    expect(readOwn.statusCode).toBe(200);

    const adminList = await api.app.inject({
      method: 'GET',
      url: '/api/v1/scans',
      headers: api.admin,
    });
    expect(adminList.json().items).toHaveLength(2);
  });
});
