import { expect } from 'vitest';
import { AZURE_CHECK_PACK } from '../../src/checks/azure/index.js';
import { serveSubscriptions } from '../../src/providers/azure/fixtures/subscriptions.js';
import { azureProvider } from '../../src/providers/azure/provider.js';
import { ID, NETWORK_ROWS } from '../../src/providers/azure/services/network/fixtures/rows.js';
import {
  BLOB_SERVICE_PROD,
  STORAGE_ROWS,
} from '../../src/providers/azure/services/storage/fixtures/rows.js';
import { FakeArm } from '../../src/providers/azure/testing/fake-arm.js';
import { serveGraph } from '../../src/providers/azure/testing/fake-graph.js';
import { describeProviderConformance } from '../conformance/provider-conformance.js';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Q29uZm9ybWFuY2VBenVyZQ.c2lnbmF0dXJl';

/**
 * The whole product against a local ARM fake reached through CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT:
 * every subscription of the tenant (a disabled one recorded as failed units), Resource Graph pages,
 * blob-service detail reads, checks and the compliance summary.
 */
describeProviderConformance({
  provider: azureProvider,
  checkPack: AZURE_CHECK_PACK,
  auth: { type: 'access_token', access_token: TOKEN },
  secrets: [TOKEN],
  invalidAuth: [
    {
      auth: { type: 'service_principal', client_id: 'nope', client_secret: 's' },
      path: 'client_id',
    },
    { auth: { type: 'default', subscription_ids: ['prod'] }, path: 'subscription_ids.0' },
  ],
  services: [
    'authorization',
    'compute',
    'cost',
    'defender',
    'keyvault',
    'monitor',
    'network',
    'sql',
    'storage',
  ],
  regions: ['westeurope'],
  // On the command line the bearer token comes from AZURE_ACCESS_TOKEN.
  cliAuthArgs: [],
  resource: { id: ID.webNsg, type: 'networkSecurityGroups' },
  expectPolicyFormat: (document) => {
    const role = JSON.parse(document) as Record<string, unknown>;
    expect(role).toMatchObject({ IsCustom: true, NotActions: [] });
    // The Key Vault data plane (keys' and secrets' expiry): DataActions, never Actions.
    expect(role.DataActions).toEqual([
      'Microsoft.KeyVault/vaults/keys/read',
      'Microsoft.KeyVault/vaults/secrets/readMetadata/action',
    ]);
    expect(role.Actions).toContain('Microsoft.Resources/subscriptions/read');
    expect(role.AssignableScopes).toHaveLength(1);
  },
  startCloud: async () => {
    const fake = await new FakeArm().start();
    serveSubscriptions(fake);
    serveGraph(fake, [...NETWORK_ROWS, ...STORAGE_ROWS], 2);
    fake.on('GET', /\/blobServices\/default$/, { body: BLOB_SERVICE_PROD });
    return {
      env: {
        CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT: fake.url,
        CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT: fake.url,
        CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT: `${fake.url}/api/retail/prices`,
        AZURE_ACCESS_TOKEN: TOKEN,
      },
      close: () => fake.close(),
    };
  },
});
