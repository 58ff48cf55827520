/**
 * Azure requests per resource type at tenant scale, against the local ARM fake (no cloud): S
 * subscriptions, each with networking, storage accounts, key vaults, VMs and disks; every scanner
 * run for every subscription through one tenant session, as the runner's units would. Each key
 * vault's data plane (on the fake's origin) lists two keys and three secrets in one page each.
 *
 *   npx tsx bench/azure-calls-per-resource.ts [subscriptions=20] [resources per kind=100] [--no-vault-uri]
 *
 * `--no-vault-uri` leaves the vault rows without `vaultUri` (no data-plane call), the comparison
 * that shows what the data plane costs.
 */
import { setMaxListeners } from 'node:events';
import { cpus, totalmem } from 'node:os';
import { silentLogger } from '../src/core/index.js';
import { AZURE_SCANNERS } from '../src/providers/azure/scanners.js';
import { connectAzure } from '../src/providers/azure/session.js';
import { FakeArm } from '../src/providers/azure/testing/fake-arm.js';
import { serveGraph, type FakeRow } from '../src/providers/azure/testing/fake-graph.js';
import { drainEvents, unitContext } from '../src/providers/azure/testing/unit-context.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const SUBSCRIPTIONS = Number(args[0] ?? 20);
const PER_KIND = Number(args[1] ?? 100);
const VAULT_URIS = !process.argv.includes('--no-vault-uri');

const fake = await new FakeArm().start();
const sub = (i: number) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
const rows: FakeRow[] = [];
const count: Record<string, number> = {};
const add = (row: FakeRow, kind: string) => {
  rows.push(row);
  count[kind] = (count[kind] ?? 0) + 1;
};
for (let s = 0; s < SUBSCRIPTIONS; s++) {
  const subscriptionId = sub(s);
  const rg = `/subscriptions/${subscriptionId}/resourceGroups/rg`;
  for (let i = 0; i < PER_KIND; i++) {
    const common = { location: 'westeurope', resourceGroup: 'rg', subscriptionId, tags: {} };
    add(
      {
        ...common,
        id: `${rg}/providers/Microsoft.Network/networkSecurityGroups/nsg${i}`,
        name: `nsg${i}`,
        type: 'microsoft.network/networksecuritygroups',
        properties: {
          securityRules: [
            {
              name: 'ssh',
              properties: {
                direction: 'Inbound',
                access: 'Allow',
                priority: 100,
                protocol: 'Tcp',
                sourceAddressPrefix: '*',
                destinationPortRange: '22',
              },
            },
          ],
        },
      },
      'nsg',
    );
    add(
      {
        ...common,
        id: `${rg}/providers/Microsoft.Compute/virtualMachines/vm${i}`,
        name: `vm${i}`,
        type: 'microsoft.compute/virtualmachines',
        properties: {
          hardwareProfile: { vmSize: 'Standard_D2s_v3' },
          storageProfile: { osDisk: { osType: 'Linux' } },
          extended: { instanceView: { powerState: { code: 'PowerState/running' } } },
        },
      },
      'vm',
    );
    add(
      {
        ...common,
        id: `${rg}/providers/Microsoft.Compute/disks/disk${i}`,
        name: `disk${i}`,
        type: 'microsoft.compute/disks',
        sku: { name: 'Premium_LRS' },
        properties: { diskSizeGB: 128, diskState: i % 10 === 0 ? 'Unattached' : 'Attached' },
      },
      'disk',
    );
    if (i % 4 === 0) {
      add(
        {
          ...common,
          id: `${rg}/providers/Microsoft.Storage/storageAccounts/st${i}`,
          name: `st${i}`,
          type: 'microsoft.storage/storageaccounts',
          sku: { name: 'Standard_LRS' },
          properties: { minimumTlsVersion: 'TLS1_2' },
        },
        'storage account',
      );
      add(
        {
          ...common,
          id: `${rg}/providers/Microsoft.KeyVault/vaults/kv${i}`,
          name: `kv${i}`,
          type: 'microsoft.keyvault/vaults',
          properties: {
            enableSoftDelete: true,
            ...(VAULT_URIS ? { vaultUri: `${fake.url}/vaults/kv${i}-${s}/` } : {}),
          },
        },
        'key vault',
      );
    }
  }
}

fake.on('GET', /^\/subscriptions$/, {
  body: {
    value: Array.from({ length: SUBSCRIPTIONS }, (_, i) => ({
      subscriptionId: sub(i),
      state: 'Enabled',
      tenantId: 'tenant',
    })),
  },
});
serveGraph(fake, rows);
fake.on('GET', /\/blobServices\/default$/, {
  body: { properties: { deleteRetentionPolicy: { enabled: true, days: 7 } } },
});
fake.on('GET', /\/diagnosticSettings$/, { body: { value: [] } });
const attributes = { enabled: true, created: 1735689600, updated: 1735689600 };
fake.on('GET', /^\/vaults\/[^/]+\/keys$/, (req) => ({
  body: {
    value: ['a', 'b'].map((k) => ({ kid: `${fake.url}${req.path}/${k}`, attributes })),
    nextLink: null,
  },
}));
fake.on('GET', /^\/vaults\/[^/]+\/secrets$/, (req) => ({
  body: {
    value: ['a', 'b', 'c'].map((k) => ({ id: `${fake.url}${req.path}/${k}`, attributes })),
    nextLink: null,
  },
}));
fake.on('GET', /\/pricings$/, { body: { value: [] } });
fake.on('GET', /\/securityContacts$/, { body: { value: [] } });
fake.on('POST', /\/metrics:getBatch$/, (req) => ({
  body: {
    values: (req.body as { resourceids: string[] }).resourceids.map((id) => ({
      resourceid: id,
      value: [
        { name: { value: 'Percentage CPU' }, timeseries: [{ data: [{ average: 3, maximum: 9 }] }] },
      ],
    })),
  },
}));
fake.on('POST', /\/query$/, { body: { properties: { columns: [], rows: [] } } });

const session = await connectAzure(
  { type: 'access_token', access_token: 'bench', arm_endpoint: fake.url },
  { log: silentLogger, observer: { onCall: () => {} } },
  { env: { CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT: fake.url } },
);
const started = performance.now();
let events = 0;
await Promise.all(
  (await session.accounts()).map(async ({ accountId }) => {
    for (const scanner of AZURE_SCANNERS) {
      const ctx = await unitContext(session, accountId);
      // As the runner does for a unit's signal: one abort listener per call in flight is expected.
      setMaxListeners(1000, ctx.signal);
      const emitted = await drainEvents(scanner.scan(ctx));
      events += emitted.length;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const byCall: Record<string, number> = {};
for (const r of fake.requests) {
  const key = `${r.method} ${r.path
    .replace(/\/subscriptions\/[^/]+/, '/subscriptions/{s}')
    .replace(
      /resourceGroups\/[^/]+\/providers\/([^/]+\/[^/]+)\/[^/]+/,
      'resourceGroups/{g}/providers/$1/{name}',
    )
    .replace(/^\/vaults\/[^/]+/, '{vaultUri}')}`;
  byCall[key] = (byCall[key] ?? 0) + 1;
}
await fake.close();
const resources = rows.length;
console.log(
  `# ${new Date().toISOString()} · ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(
  JSON.stringify({ subscriptions: SUBSCRIPTIONS, vault_uris: VAULT_URIS, resources, ...count }),
);
console.log(
  JSON.stringify({
    requests: fake.requests.length,
    requests_per_resource: +(fake.requests.length / resources).toFixed(4),
    events,
    seconds: +seconds.toFixed(2),
  }),
);
for (const [call, n] of Object.entries(byCall).sort((a, b) => b[1] - a[1]))
  console.log(JSON.stringify({ call, requests: n }));
