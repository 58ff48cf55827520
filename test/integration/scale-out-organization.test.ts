import { randomBytes } from 'node:crypto';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleCommandInput,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  metric,
  silentLogger,
  systemClock,
  TERMINAL_SCAN_STATUSES,
  type CloudProvider,
  type CloudScanner,
  type Scan,
} from '../../src/core/index.js';
import type { AwsClients } from '../../src/providers/aws/client-factory.js';
import { awsProvider } from '../../src/providers/aws/provider.js';
import { EmbeddedQueue } from '../../src/queue/embedded/embedded-queue.js';
import { CredentialSealer } from '../../src/scanning/credentials.js';
import { ScannerRegistry } from '../../src/scanning/registry.js';
import { ScanRunner } from '../../src/scanning/runner.js';
import { ScanService } from '../../src/scanning/scan-service.js';
import { createSqliteStore, type SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

const MANAGEMENT = '111111111111';
const DENIED = '222222222222';
const MEMBERS = ['333333333333', '444444444444'];

/** A scanner that reports which credentials its unit was given: the proof of the assumed role. */
const whoami: CloudScanner<AwsClients> = {
  provider: 'aws',
  service: 'whoami',
  title: 'Credentials in use',
  scope: 'regional',
  metrics: [metric('aws.metadata.whoami.access_key_id', 'string', 'Access key of the unit')],
  permissions: [],
  async *scan(ctx) {
    const credentials = await ctx.clients.get(STSClient).config.credentials();
    yield {
      resource_id: `arn:aws:sts:${ctx.region}:${ctx.accountId}:caller`,
      metric_type: 'aws.metadata.whoami.access_key_id',
      metric_value: credentials.accessKeyId,
    };
  },
};

const provider: CloudProvider = { ...awsProvider, scanners: [whoami] } as CloudProvider;

const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);

describe('an organization scan', () => {
  let store: SqliteStore;
  let queueDb: Database.Database;
  let queue: EmbeddedQueue;
  let runner: ScanRunner;
  let service: ScanService;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: MANAGEMENT,
      Arn: `arn:aws:iam::${MANAGEMENT}:user/scanner`,
    });
    sts.on(AssumeRoleCommand).callsFake((input: AssumeRoleCommandInput) => {
      const id = input.RoleArn?.split(':')[4] ?? '';
      if (id === DENIED) {
        throw Object.assign(
          new Error(`not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`),
          { name: 'AccessDenied' },
        );
      }
      return {
        Credentials: {
          AccessKeyId: `ASIA${id}`,
          SecretAccessKey: 'member-secret',
          SessionToken: 'member-token',
          Expiration: new Date(Date.now() + 3600_000),
        },
      };
    });
    organizations.on(ListAccountsCommand).resolves({
      Accounts: [MANAGEMENT, DENIED, ...MEMBERS].map((id) => ({ Id: id, State: 'ACTIVE' })),
    });

    store = await createSqliteStore({ file: ':memory:' });
    queueDb = new Database(':memory:');
    queue = new EmbeddedQueue(queueDb, { pollIntervalMs: 10, backoffMs: 10 });
    const registry = new ScannerRegistry([provider]);
    const sealer = new CredentialSealer(randomBytes(32));
    service = new ScanService({ store, queue, registry, sealer, clock: systemClock });
    runner = new ScanRunner({
      store,
      queue,
      registry,
      sealer,
      clock: systemClock,
      log: silentLogger,
      observer: { onCall: () => {} },
    });
    const worker = queue.process(runner.handle, { concurrency: 4 });
    stop = async () => {
      await worker.close();
      await queue.close();
      await runner.close();
      await store.close();
      queueDb.close();
    };
  });

  afterEach(() => {
    sts.resetHistory();
    organizations.resetHistory();
  });

  afterAll(async () => {
    await stop();
    sts.restore();
    organizations.restore();
  });

  async function finished(scanId: string): Promise<Scan> {
    for (let i = 0; i < 500; i += 1) {
      const scan = await store.getScan(scanId);
      if (scan && (TERMINAL_SCAN_STATUSES as readonly string[]).includes(scan.status)) return scan;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the scan did not end');
  }

  it('scans every reachable account with its own role, and records the one it cannot enter', async () => {
    const submitted = await service.submit({
      provider: 'aws',
      services: ['whoami'],
      regions: ['eu-west-1', 'us-east-1'],
      client_id: 'ACME',
      auth_mode: {
        type: 'organization',
        management: {
          type: 'access_keys',
          access_key_id: 'AKIAIOSFODNN7EXAMPLE',
          secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
        external_id: 'cdz-ext-7f3a',
      },
    });
    expect(submitted.auth_mode).toMatchObject({
      type: 'organization',
      'management.secret_access_key': '********',
      external_id: '********',
    });
    const scan = await finished(submitted.id);
    expect(scan).toMatchObject({ status: 'PARTIAL', account_id: MANAGEMENT });

    const units = await store.listUnits(scan.id);
    const failed = units.filter((u) => u.status === 'FAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      account_id: DENIED,
      error: { code: 'AccessDenied' },
    });
    const scanned = units.filter((u) => u.status === 'SUCCEEDED');
    expect(new Set(scanned.map((u) => u.account_id))).toEqual(new Set([MANAGEMENT, ...MEMBERS]));

    const events = (await store.queryEvents({ scan_id: scan.id, limit: 100 })).items;
    const keyByAccount = new Map(events.map((e) => [e.account_id, e.metric_value]));
    expect(events).toHaveLength(2 * 3);
    expect(Object.fromEntries(keyByAccount)).toEqual({
      [MANAGEMENT]: 'AKIAIOSFODNN7EXAMPLE',
      [MEMBERS[0]!]: `ASIA${MEMBERS[0]}`,
      [MEMBERS[1]!]: `ASIA${MEMBERS[1]}`,
    });
    // One role assumption per member account and process, whatever the number of its units.
    const assumed = sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleArn);
    expect(assumed.filter((arn) => arn?.includes(MEMBERS[0]!))).toHaveLength(1);
    expect(assumed.every((arn) => arn?.endsWith(':role/OrganizationAccountAccessRole'))).toBe(true);
  });
});
