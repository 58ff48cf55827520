/**
 * REST calls per resource type for the GCP scanners on a synthetic project served by the local
 * REST fake (page sizes honoured: `maxResults`/`pageSize`, `nextPageToken` followed), every request
 * counted by path. Usage: tsx bench/gcp-calls-per-resource.ts [resources per type, default 1000]
 */
import type { CloudScanner } from '../src/core/index.js';
import type { GcpClients } from '../src/providers/gcp/clients.js';
import { bigQueryScanner } from '../src/providers/gcp/services/bigquery/scanner.js';
import { computeScanner } from '../src/providers/gcp/services/compute/scanner.js';
import { dnsScanner } from '../src/providers/gcp/services/dns/scanner.js';
import { kmsScanner } from '../src/providers/gcp/services/kms/scanner.js';
import { iamScanner } from '../src/providers/gcp/services/iam/scanner.js';
import { sqlScanner } from '../src/providers/gcp/services/sql/scanner.js';
import { storageScanner } from '../src/providers/gcp/services/storage/scanner.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  startFakeGoogle,
  type FakeRequest,
  type Responder,
} from '../src/providers/gcp/testing/fake-google.js';
import { machine, report } from './support.js';

const N = Number(process.argv[2] ?? 1000);
const SERVICE_ACCOUNTS = Math.max(1, Math.round(N / 10));
const PROJECT = 'bench-project';
const P = `https://compute.googleapis.com/compute/v1/projects/${PROJECT}`;
const zones = Array.from({ length: 10 }, (_, i) => `europe-west${(i % 4) + 1}-${'abc'[i % 3]}`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Serves `items` `limit` a page (the request's page-size parameter, capped), as a flat list. */
function listPages<T>(items: readonly T[], key: string, sizeParam: string, cap: number): Responder {
  return (r: FakeRequest) => {
    const size = Math.min(Number(r.query.get(sizeParam) ?? cap), cap);
    const from = Number(r.query.get('pageToken') ?? 0);
    const page = items.slice(from, from + size);
    const next = from + size < items.length ? { nextPageToken: String(from + size) } : {};
    return { body: { [key]: page, ...next } };
  };
}

/** An aggregatedList: the page's items grouped by scope, other scopes' NO_RESULTS_ON_PAGE warnings. */
function aggregatedPages(items: readonly { scope: string }[], key: string): Responder {
  return (r) => {
    const size = Math.min(Number(r.query.get('maxResults') ?? 500), 500);
    const from = Number(r.query.get('pageToken') ?? 0);
    const grouped: Record<string, unknown> = {};
    for (const zone of zones)
      grouped[`zones/${zone}`] = { warning: { code: 'NO_RESULTS_ON_PAGE', message: 'none' } };
    for (const { scope, ...item } of items.slice(from, from + size)) {
      const entry = grouped[scope] as Record<string, unknown[]> | undefined;
      if (entry && key in entry) (entry[key] as unknown[]).push(item);
      else grouped[scope] = { [key]: [item] };
    }
    const next = from + size < items.length ? { nextPageToken: String(from + size) } : {};
    return { body: { items: grouped, ...next } };
  };
}

async function main(): Promise<void> {
  const fake = await startFakeGoogle();
  const zoneOf = (i: number) => zones[i % zones.length] as string;
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/aggregated/instances`,
    aggregatedPages(
      range(N).map((i) => ({
        scope: `zones/${zoneOf(i)}`,
        id: String(1e12 + i),
        name: `vm-${i}`,
        zone: `${P}/zones/${zoneOf(i)}`,
        machineType: `${P}/zones/${zoneOf(i)}/machineTypes/e2-medium`,
        status: i % 10 ? 'RUNNING' : 'TERMINATED',
        networkInterfaces: [
          { network: `${P}/global/networks/app`, networkIP: `10.0.${i >> 8}.${i & 255}` },
        ],
        disks: [{ source: `${P}/zones/${zoneOf(i)}/disks/vm-${i}`, boot: true }],
        serviceAccounts: [{ email: `app@${PROJECT}.iam.gserviceaccount.com`, scopes: [] }],
      })),
      'instances',
    ),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/aggregated/disks`,
    aggregatedPages(
      range(N).map((i) => ({
        scope: `zones/${zoneOf(i)}`,
        name: `vm-${i}`,
        zone: `${P}/zones/${zoneOf(i)}`,
        sizeGb: '20',
        type: `${P}/zones/${zoneOf(i)}/diskTypes/pd-balanced`,
        status: 'READY',
        users: i % 20 ? [`${P}/zones/${zoneOf(i)}/instances/vm-${i}`] : [],
      })),
      'disks',
    ),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/aggregated/addresses`,
    aggregatedPages(
      range(N / 10).map((i) => ({
        scope: 'regions/europe-west1',
        name: `ip-${i}`,
        region: `${P}/regions/europe-west1`,
        address: `34.0.${i >> 8}.${i & 255}`,
        addressType: 'EXTERNAL',
        status: 'IN_USE',
      })),
      'addresses',
    ),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/aggregated/subnetworks`,
    aggregatedPages(
      range(N / 10).map((i) => ({
        scope: 'regions/europe-west1',
        name: `subnet-${i}`,
        region: `${P}/regions/europe-west1`,
        network: `${P}/global/networks/app`,
        ipCidrRange: `10.${i}.0.0/24`,
        purpose: 'PRIVATE',
      })),
      'subnetworks',
    ),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/aggregated/instanceGroupManagers`,
    aggregatedPages([], 'instanceGroupManagers'),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/global/networks`,
    listPages([{ name: 'app', autoCreateSubnetworks: false }], 'items', 'maxResults', 500),
  );
  fake.on(
    'GET',
    `/compute/v1/projects/${PROJECT}/global/firewalls`,
    listPages(
      range(N).map((i) => ({
        name: `fw-${i}`,
        network: `${P}/global/networks/app`,
        direction: 'INGRESS',
        priority: 1000,
        sourceRanges: ['10.0.0.0/8'],
        allowed: [{ IPProtocol: 'tcp', ports: [String(1000 + i)] }],
      })),
      'items',
      'maxResults',
      500,
    ),
  );
  fake.on('GET', `/compute/v1/projects/${PROJECT}`, {
    body: { name: PROJECT, commonInstanceMetadata: { items: [] } },
  });
  fake.on('GET', `/v3/projects/${PROJECT}/timeSeries`, (r) => {
    const type = /metric\.type = "([^"]+)"/.exec(r.query.get('filter') ?? '')?.[1] ?? '';
    const label = type.startsWith('cloudsql') ? 'database_id' : 'instance_id';
    const key = (i: number) => (label === 'database_id' ? `${PROJECT}:db-${i}` : String(1e12 + i));
    return listPages(
      range(N).map((i) => ({
        resource: { labels: { [label]: key(i) } },
        points: range(24).map((h) => ({ value: { doubleValue: ((i + h) % 100) / 1000 } })),
      })),
      'timeSeries',
      'pageSize',
      100_000,
    )(r);
  });
  fake.on(
    'GET',
    '/storage/v1/b',
    listPages(
      range(N).map((i) => ({
        name: `bench-bucket-${i}`,
        location: 'EU',
        storageClass: 'STANDARD',
        iamConfiguration: {
          uniformBucketLevelAccess: { enabled: i % 2 === 0 },
          publicAccessPrevention: 'inherited',
        },
      })),
      'items',
      'maxResults',
      1000,
    ),
  );
  const bucketPolicies = listPages(
    range(N).map((i) => ({
      resource: `//storage.googleapis.com/bench-bucket-${i}`,
      policy: {
        bindings: [
          {
            role: 'roles/storage.objectViewer',
            members: i % 50 ? [`projectViewer:${PROJECT}`] : ['allUsers'],
          },
        ],
      },
    })),
    'results',
    'pageSize',
    500,
  );
  const keyPolicies = listPages(
    range(N / 10).map((r) => ({
      resource: `//cloudkms.googleapis.com/projects/${PROJECT}/locations/europe-west1/keyRings/ring-${r}`,
      assetType: 'cloudkms.googleapis.com/KeyRing',
      policy: { bindings: [{ role: 'roles/cloudkms.admin', members: ['group:sec@acme.example'] }] },
    })),
    'results',
    'pageSize',
    500,
  );
  // Cloud Asset answers each asset type on its own: storage buckets, KMS keys and rings.
  fake.on('GET', `/v1/projects/${PROJECT}:searchAllIamPolicies`, (r) =>
    r.query.getAll('assetTypes').some((t) => t.startsWith('cloudkms.'))
      ? keyPolicies(r)
      : bucketPolicies(r),
  );
  const cryptoKeys = listPages(
    range(N).map((i) => ({
      name: `//cloudkms.googleapis.com/projects/${PROJECT}/locations/europe-west1/keyRings/ring-${i % (N / 10)}/cryptoKeys/key-${i}`,
      assetType: 'cloudkms.googleapis.com/CryptoKey',
      resource: {
        data: {
          name: `projects/${PROJECT}/locations/europe-west1/keyRings/ring-${i % (N / 10)}/cryptoKeys/key-${i}`,
          purpose: 'ENCRYPT_DECRYPT',
          primary: { state: 'ENABLED', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' },
          ...(i % 3 ? { rotationPeriod: '7776000s' } : {}),
        },
        location: 'europe-west1',
      },
    })),
    'assets',
    'pageSize',
    1000,
  );
  const tables = listPages(
    range(N).map((i) => ({
      name: `//bigquery.googleapis.com/projects/${PROJECT}/datasets/ds_${i % (N / 10)}/tables/t_${i}`,
      assetType: 'bigquery.googleapis.com/Table',
      resource: {
        data: {
          tableReference: {
            projectId: PROJECT,
            datasetId: `ds_${i % (N / 10)}`,
            tableId: `t_${i}`,
          },
          ...(i % 2
            ? {
                encryptionConfiguration: {
                  kmsKeyName: `projects/${PROJECT}/locations/eu/keyRings/r/cryptoKeys/bq`,
                },
              }
            : {}),
        },
        location: 'EU',
      },
    })),
    'assets',
    'pageSize',
    1000,
  );
  fake.on('GET', `/v1/projects/${PROJECT}/assets`, (r) =>
    r.query.getAll('assetTypes').includes('bigquery.googleapis.com/Table')
      ? tables(r)
      : cryptoKeys(r),
  );
  fake.on(
    'GET',
    `/dns/v1/projects/${PROJECT}/managedZones`,
    listPages(
      range(N).map((i) => ({
        name: `zone-${i}`,
        dnsName: `z${i}.acme.example.`,
        visibility: i % 4 ? 'public' : 'private',
        dnssecConfig: {
          state: i % 2 ? 'on' : 'off',
          defaultKeySpecs: [
            { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
            { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
          ],
        },
      })),
      'managedZones',
      'maxResults',
      1000,
    ),
  );
  fake.on(
    'GET',
    `/bigquery/v2/projects/${PROJECT}/datasets`,
    listPages(
      range(N / 10).map((i) => ({
        id: `${PROJECT}:ds_${i}`,
        datasetReference: { projectId: PROJECT, datasetId: `ds_${i}` },
        location: 'EU',
      })),
      'datasets',
      'maxResults',
      1000,
    ),
  );
  fake.on('GET', new RegExp(`^/bigquery/v2/projects/${PROJECT}/datasets/[^/]+$`), (r) => {
    const id = decodeURIComponent(r.path.slice(r.path.lastIndexOf('/') + 1));
    return {
      body: {
        id: `${PROJECT}:${id}`,
        datasetReference: { projectId: PROJECT, datasetId: id },
        location: 'EU',
        access: [
          { role: 'OWNER', specialGroup: 'projectOwners' },
          ...(id.endsWith('7') ? [{ role: 'READER', specialGroup: 'allAuthenticatedUsers' }] : []),
        ],
      },
    };
  });

  fake.on(
    'GET',
    `/v1/projects/${PROJECT}/instances`,
    listPages(
      range(N).map((i) => ({
        name: `db-${i}`,
        databaseVersion: 'POSTGRES_15',
        region: 'europe-west1',
        state: 'RUNNABLE',
        settings: {
          tier: 'db-custom-1-3840',
          ipConfiguration: { ipv4Enabled: false, sslMode: 'ENCRYPTED_ONLY' },
          backupConfiguration: { enabled: true },
        },
      })),
      'items',
      'maxResults',
      500,
    ),
  );
  fake.on(
    'GET',
    `/v1/projects/${PROJECT}/serviceAccounts`,
    listPages(
      range(SERVICE_ACCOUNTS).map((i) => ({
        email: `sa-${i}@${PROJECT}.iam.gserviceaccount.com`,
      })),
      'accounts',
      'pageSize',
      100,
    ),
  );
  fake.on('GET', /\/serviceAccounts\/[^/]+\/keys$/, { body: { keys: [] } });
  fake.on('POST', `/v3/projects/${PROJECT}:getIamPolicy`, { body: { bindings: [] } });

  process.stdout.write(`# gcp-calls-per-resource ${new Date().toISOString()} ${machine()}\n`);
  const clients: GcpClients = fakeClients(fake, PROJECT);
  const runs: [CloudScanner<GcpClients>, Record<string, number>][] = [
    [
      computeScanner,
      { instances: N, disks: N, firewalls: N, addresses: N / 10, subnetworks: N / 10 },
    ],
    [storageScanner, { buckets: N }],
    [sqlScanner, { sql_instances: N }],
    [iamScanner, { service_accounts: SERVICE_ACCOUNTS }],
    [kmsScanner, { crypto_keys: N, key_rings: N / 10 }],
    [dnsScanner, { managed_zones: N }],
    [bigQueryScanner, { datasets: N / 10, tables: N }],
  ];
  for (const [scanner, resources] of runs) {
    const before = fake.requests.length;
    const started = performance.now();
    const events = await drainEvents(scanner.scan(gcpUnitContext(clients)));
    const requests = fake.requests.slice(before);
    const byCall: Record<string, number> = {};
    for (const r of requests) {
      const key = `${r.method} ${r.path
        .replace(PROJECT, 'P')
        .replace(/\/serviceAccounts\/[^/]+\/keys$/, '/serviceAccounts/SA/keys')
        .replace(/\/datasets\/[^/]+$/, '/datasets/D')}`;
      byCall[key] = (byCall[key] ?? 0) + 1;
    }
    const total = Object.values(resources).reduce((a, b) => a + b, 0);
    report({
      scanner: scanner.service,
      resources,
      events: events.length,
      calls: requests.length,
      calls_per_resource: Math.round((requests.length / total) * 10_000) / 10_000,
      by_call: byCall,
      wall_ms: Math.round(performance.now() - started),
    });
  }
  await fake.close();
}

await main();
