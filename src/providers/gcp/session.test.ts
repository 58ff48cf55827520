import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noopApiCallObserver, silentLogger } from '../../core/index.js';
import { gcpAuthModeSchema, redactGcpAuth, type GcpAuthMode } from './auth.js';
import { connectGcp } from './session.js';
import { FAKE_TOKEN, paged, startFakeGoogle, type FakeGoogle } from './testing/fake-google.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  // Organization 1234 → folders 10 (→ 11) and 20; projects under each, one elsewhere.
  fake.on('GET', '/v3/folders', (r) => {
    const children: Record<string, { name: string; state: string }[]> = {
      'organizations/1234': [
        { name: 'folders/10', state: 'ACTIVE' },
        { name: 'folders/20', state: 'ACTIVE' },
      ],
      'folders/10': [{ name: 'folders/11', state: 'ACTIVE' }],
    };
    return { body: { folders: children[r.query.get('parent') ?? ''] ?? [] } };
  });
  const project = (projectId: string, parent: string, labels: Record<string, string> = {}) => ({
    name: `projects/${projectId.length}00${projectId.charCodeAt(0)}`,
    parent,
    projectId,
    state: 'ACTIVE',
    displayName: projectId,
    labels,
  });
  fake.on(
    'GET',
    '/v3/projects:search',
    paged([
      {
        projects: [
          project('acme-prod', 'folders/11', { env: 'prod' }),
          project('acme-dev', 'folders/20', { env: 'dev' }),
        ],
      },
      {
        projects: [
          project('acme-shared', 'organizations/1234', { env: 'prod' }),
          project('other-corp', 'organizations/9999', { env: 'prod' }),
        ],
      },
    ]),
  );
});
afterEach(async () => {
  await fake.close();
});

const connect = (scope: Omit<GcpAuthMode, 'type' | 'access_token'>) =>
  connectGcp(
    gcpAuthModeSchema.parse({ type: 'access_token', access_token: FAKE_TOKEN, ...scope }),
    {
      log: silentLogger,
      observer: noopApiCallObserver,
      env: fake.env(),
      baseDelayMs: 1,
    },
  );

describe('connectGcp', () => {
  it('covers every ACTIVE project under the organization, folders at any depth', async () => {
    const session = await connect({ organization_id: '1234' });

    expect(await session.accounts()).toEqual([
      { accountId: 'acme-dev' },
      { accountId: 'acme-prod' },
      { accountId: 'acme-shared' },
    ]);
    expect(fake.count('/v3/folders')).toBe(4);
    expect(fake.count('/v3/projects:search')).toBe(2);
    expect(fake.requests[fake.requests.length - 1]?.query.get('query')).toBe('state:ACTIVE');
  });

  it('narrows a folder’s projects by labels and ids; a missing id is a failure', async () => {
    const session = await connect({
      folder_ids: ['10'],
      labels: { env: 'prod' },
      project_ids: ['acme-prod', 'acme-gone'],
    });

    expect(await session.accounts()).toEqual([
      { accountId: 'acme-prod' },
      { accountId: 'acme-gone', failure: expect.objectContaining({ code: 'ProjectNotFound' }) },
    ]);
    expect((await session.forAccount('acme-prod')).accountId).toBe('acme-prod');
    await expect(session.forAccount('acme-dev')).rejects.toThrow('does not cover project acme-dev');
  });

  it('scans the named projects without a Resource Manager call', async () => {
    const session = await connect({ project_ids: ['acme-prod', 'acme-dev'] });

    expect(session.accountId).toBe('acme-prod');
    expect(await session.accounts()).toEqual([
      { accountId: 'acme-prod' },
      { accountId: 'acme-dev' },
    ]);
    expect(fake.requests).toEqual([]);
    const clients = (await session.forAccount('acme-dev')).clientsFor('global');
    expect(clients.project).toBe('acme-dev');
  });

  it('refuses a scope that names no project when the credentials name none', async () => {
    await expect(connect({})).rejects.toThrow('no project to scan');
  });
});

describe('gcp auth modes', () => {
  it('masks inline credentials and tokens, keeps the scope readable', () => {
    const auth = gcpAuthModeSchema.parse({
      type: 'service_account_key',
      credentials_json: '{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----"}',
      folder_ids: ['10', '20'],
      labels: { env: 'prod' },
    });
    expect(redactGcpAuth(auth)).toEqual({
      type: 'service_account_key',
      credentials_json: '********',
      folder_ids: '10,20',
      'labels.env': 'prod',
    });
  });

  it('asks for exactly one key source and a real service account to impersonate', () => {
    expect(gcpAuthModeSchema.safeParse({ type: 'service_account_key' }).success).toBe(false);
    expect(
      gcpAuthModeSchema.safeParse({ type: 'impersonation', target_service_account: 'scanner' })
        .success,
    ).toBe(false);
    expect(
      gcpAuthModeSchema.safeParse({
        type: 'impersonation',
        target_service_account: 'scanner@acme-prod.iam.gserviceaccount.com',
      }).success,
    ).toBe(true);
    expect(
      gcpAuthModeSchema.safeParse({ type: 'external_account', credentials_json: '{}' }).success,
    ).toBe(true);
  });
});
