import { SUB, TENANT } from '../../src/providers/azure/fixtures/subscriptions.js';
import { AUTHORIZATION_ROWS } from '../../src/providers/azure/services/authorization/fixtures/rows.js';
import {
  COMPUTE_ROWS,
  DISK_PRICES,
  METRICS_BATCH,
  VM_PRICES,
} from '../../src/providers/azure/services/compute/fixtures/rows.js';
import {
  PRICINGS,
  SECURITY_CONTACTS_PAGE1,
  SECURITY_CONTACTS_PAGE2,
} from '../../src/providers/azure/services/defender/fixtures/arm.js';
import {
  DIAGNOSTICS_HARDENED,
  DIAGNOSTICS_NONE,
  KEYVAULT_ROWS,
} from '../../src/providers/azure/services/keyvault/fixtures/rows.js';
import {
  ALERT_ROWS,
  SUBSCRIPTION_DIAGNOSTICS,
} from '../../src/providers/azure/services/monitor/fixtures/rows.js';
import { NETWORK_ROWS } from '../../src/providers/azure/services/network/fixtures/rows.js';
import {
  ADMINISTRATORS_NONE,
  AUDITING_LEGACY,
  AUDITING_PROD,
  firewallPages,
  FIREWALL_PROD,
  PROTECTOR_LEGACY,
  PROTECTOR_PROD,
  SQL_ROWS,
  sqlMetricsAnswer,
  TDE_APP,
  TDE_LEGACY,
} from '../../src/providers/azure/services/sql/fixtures/rows.js';
import {
  BLOB_SERVICE_PROD,
  STORAGE_ROWS,
} from '../../src/providers/azure/services/storage/fixtures/rows.js';
import {
  FakeArm,
  type FakeRequest,
  type FakeResponse,
} from '../../src/providers/azure/testing/fake-arm.js';
import { serveGraph, type FakeRow } from '../../src/providers/azure/testing/fake-graph.js';

/** The tenant's two enabled subscriptions (and a disabled one the scan records as failed units). */
export const SUBSCRIPTIONS = [SUB.prod, SUB.dev] as const;
export const DISABLED = SUB.disabled;

/** Bulk inventory in the development subscription: enough rows for several Resource Graph pages. */
export const BULK_DISKS = 2400;

/** The fixtures are written for the production subscription: the same JSON moved to another one. */
function rehome<T>(value: T, from: string, to: string): T {
  if (from === to || value === undefined) return value;
  return JSON.parse(JSON.stringify(value).replaceAll(from, to)) as T;
}

const subscriptionOf = (path: string) => /^\/subscriptions\/([^/]+)/i.exec(path)?.[1] ?? SUB.prod;

/**
 * A route answered from the production fixtures for whichever subscription asks: the request is
 * read as if it were production's, the answer moved back to the asking subscription.
 */
function perSubscription(
  handler: (request: FakeRequest) => FakeResponse,
): (request: FakeRequest) => FakeResponse {
  return (request) => {
    const sub = subscriptionOf(request.path);
    const answer = handler({
      ...request,
      path: request.path.replaceAll(sub, SUB.prod),
      body: rehome(request.body, sub, SUB.prod),
    });
    return rehome(answer, SUB.prod, sub);
  };
}

const subscription = (id: string, displayName: string, state: string) => ({
  id: `/subscriptions/${id}`,
  authorizationSource: 'RoleBased',
  managedByTenants: [],
  subscriptionId: id,
  tenantId: TENANT,
  displayName,
  state,
  subscriptionPolicies: {
    locationPlacementId: 'Public_2014-09-01',
    quotaId: 'PayAsYouGo_2014-09-01',
    spendingLimit: 'Off',
  },
});

/** A Standard HDD disk, unattached, as the graph returns it (the development subscription's bulk). */
function bulkDisk(i: number): FakeRow {
  const name = `scratch-${String(i).padStart(4, '0')}`;
  return {
    id: `/subscriptions/${SUB.dev}/resourceGroups/rg-scratch/providers/Microsoft.Compute/disks/${name}`,
    name,
    type: 'microsoft.compute/disks',
    location: 'westeurope',
    resourceGroup: 'rg-scratch',
    subscriptionId: SUB.dev,
    tags: {},
    managedBy: `/subscriptions/${SUB.dev}/resourceGroups/rg-scratch/providers/Microsoft.Compute/virtualMachines/vm-scratch`,
    sku: { name: 'Standard_LRS', tier: 'Standard' },
    properties: {
      diskSizeGB: 32,
      diskState: 'Attached',
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
      timeCreated: '2025-09-01T10:00:00Z',
    },
  };
}

/** Every service's graph rows, in production and moved to development, plus development's bulk. */
export function tenantRows(): FakeRow[] {
  const prod = [
    ...COMPUTE_ROWS,
    ...NETWORK_ROWS,
    ...STORAGE_ROWS,
    ...SQL_ROWS,
    ...KEYVAULT_ROWS,
    ...AUTHORIZATION_ROWS,
    ...ALERT_ROWS,
  ].filter((row) => row.subscriptionId === SUB.prod);
  const others = NETWORK_ROWS.filter((row) => row.subscriptionId !== SUB.prod);
  return [
    ...prod,
    ...rehome(prod, SUB.prod, SUB.dev),
    ...others,
    ...Array.from({ length: BULK_DISKS }, (_, i) => bulkDisk(i)),
  ];
}

const costColumns = [
  { name: 'Cost', type: 'Number' },
  { name: 'CostUSD', type: 'Number' },
  { name: 'BillingMonth', type: 'Datetime' },
  { name: 'ServiceName', type: 'String' },
  { name: 'ResourceGroupName', type: 'String' },
  { name: 'Currency', type: 'String' },
];

/** Query_Usage (2023-11-01) of one subscription: two pages, `properties.nextLink` between them. */
function costAnswer(fake: FakeArm, request: FakeRequest): FakeResponse {
  const scope = `/subscriptions/${subscriptionOf(request.path)}`;
  const page = (name: string, nextLink: string | null, rows: unknown[][]) => ({
    body: {
      id: `${scope}/providers/Microsoft.CostManagement/query/${name}`,
      name,
      type: 'Microsoft.CostManagement/query',
      properties: { nextLink, columns: costColumns, rows },
    },
  });
  return request.query.get('$skiptoken')
    ? page('q2', null, [[9.2, 10, '2026-12-01T00:00:00', 'Storage', 'RG-DATA', 'EUR']])
    : page(
        'q1',
        `${fake.url}${scope}/providers/Microsoft.CostManagement/query?api-version=2023-11-01&$skiptoken=AQAAAA%3D%3D`,
        [
          [110.4, 120, '2026-11-01T00:00:00', 'Virtual Machines', 'rg-app', 'EUR'],
          [27.6, 30, '2026-11-01T00:00:00', 'Storage', 'rg-data', 'EUR'],
          [92, 100, '2026-12-01T00:00:00', 'Virtual Machines', 'rg-app', 'EUR'],
        ],
      );
}

const SQL_SERVER =
  /^\/subscriptions\/[^/]+\/resourceGroups\/rg-db\/providers\/Microsoft\.Sql\/servers\/([^/]+)/;
const sqlRoute = (suffix: string) => new RegExp(`${SQL_SERVER.source}${suffix}$`);
const isProdServer = (path: string) => SQL_SERVER.exec(path)?.[1] === 'sql-prod-app';

/**
 * A tenant on the ARM fake: Subscriptions_List (two pages), Resource Graph over every service's
 * rows, the ARM detail reads, metrics:getBatch, Cost Management and Retail Prices, each in the
 * REST JSON the service sends.
 */
export async function startFakeTenant(): Promise<FakeArm> {
  const fake = await new FakeArm().start();
  fake.on('GET', /^\/subscriptions$/, (req) => ({
    body:
      req.query.get('$skiptoken') === 'page2'
        ? { value: [subscription(DISABLED, 'Old project', 'Disabled')] }
        : {
            value: [
              subscription(SUB.prod, 'Production', 'Enabled'),
              subscription(SUB.dev, 'Development', 'Enabled'),
            ],
            nextLink: `${fake.url}/subscriptions?api-version=2022-12-01&%24skiptoken=page2`,
          },
  }));
  serveGraph(fake, tenantRows());

  // Storage: BlobServices_GetServiceProperties.
  fake.on(
    'GET',
    /\/blobServices\/default$/,
    perSubscription(() => ({ body: BLOB_SERVICE_PROD })),
  );

  // SQL: firewall rules (the legacy server's in two pages), auditing, protector, admins, TDE.
  fake.on(
    'GET',
    sqlRoute('/firewallRules'),
    perSubscription((req) => {
      const pages = firewallPages(fake.url);
      return {
        body: isProdServer(req.path)
          ? FIREWALL_PROD
          : req.query.get('$skiptoken') === '2'
            ? pages.page2
            : pages.page1,
      };
    }),
  );
  fake.on(
    'GET',
    sqlRoute('/auditingSettings'),
    perSubscription((req) => ({ body: isProdServer(req.path) ? AUDITING_PROD : AUDITING_LEGACY })),
  );
  fake.on(
    'GET',
    sqlRoute('/encryptionProtector'),
    perSubscription((req) => ({
      body: isProdServer(req.path) ? PROTECTOR_PROD : PROTECTOR_LEGACY,
    })),
  );
  fake.on('GET', sqlRoute('/administrators'), { body: ADMINISTRATORS_NONE });
  fake.on(
    'GET',
    sqlRoute('/databases/[^/]+/transparentDataEncryption'),
    perSubscription((req) => ({ body: req.path.includes('/appdb/') ? TDE_APP : TDE_LEGACY })),
  );

  // Diagnostic settings of the subscription (activity log) and of each vault.
  fake.on(
    'GET',
    /\/providers\/Microsoft\.Insights\/diagnosticSettings$/i,
    perSubscription((req) => ({
      body: /^\/subscriptions\/[^/]+\/providers\//i.test(req.path)
        ? SUBSCRIPTION_DIAGNOSTICS
        : req.path.includes('/vaults/kv-prod-app/')
          ? DIAGNOSTICS_HARDENED
          : DIAGNOSTICS_NONE,
    })),
  );

  // Defender for Cloud: plans and security contacts (value / nextLink).
  fake.on(
    'GET',
    /\/providers\/Microsoft\.Security\/pricings$/,
    perSubscription(() => ({ body: PRICINGS })),
  );
  fake.on(
    'GET',
    /\/providers\/Microsoft\.Security\/securityContacts$/,
    perSubscription((req) => ({
      body: req.query.get('$skipToken')
        ? SECURITY_CONTACTS_PAGE2
        : SECURITY_CONTACTS_PAGE1(
            `${fake.url}/subscriptions/${SUB.prod}/providers/Microsoft.Security/securityContacts?api-version=2023-12-01-preview&$skipToken=2`,
          ),
    })),
  );

  // Azure Monitor metrics:getBatch, VMs and SQL databases by namespace.
  fake.on(
    'POST',
    /^\/subscriptions\/[^/]+\/metrics:getBatch$/,
    perSubscription((req) => {
      const ids = (req.body as { resourceids: string[] }).resourceids;
      if (req.query.get('metricnamespace') === 'Microsoft.Sql/servers/databases')
        return { body: sqlMetricsAnswer(ids) };
      const wanted = new Set(ids.map((id) => id.toLowerCase()));
      return {
        body: {
          values: METRICS_BATCH.values.filter((v) => wanted.has(v.resourceid.toLowerCase())),
        },
      };
    }),
  );

  // Cost Management query and the public Retail Prices API.
  fake.on('POST', /^\/subscriptions\/[^/]+\/providers\/Microsoft\.CostManagement\/query$/, (req) =>
    costAnswer(fake, req),
  );
  fake.on('GET', /^\/api\/retail\/prices$/, (req) => ({
    body: (req.query.get('$filter') ?? '').includes("'Storage'") ? DISK_PRICES : VM_PRICES,
  }));
  return fake;
}
