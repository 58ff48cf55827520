import { expect } from 'vitest';
import { GCP_CHECK_PACK } from '../../src/checks/gcp/index.js';
import { gcpProvider } from '../../src/providers/gcp/provider.js';
import { ID } from '../../src/providers/gcp/services/compute/fixtures/rest.js';
import { describeProviderConformance } from '../conformance/provider-conformance.js';
import { ORGANIZATION, startFakeOrganization } from './fake-organization.js';

const TOKEN = 'ya29.conformance-static-token-0123456789';

describeProviderConformance({
  provider: gcpProvider,
  checkPack: GCP_CHECK_PACK,
  auth: { type: 'access_token', access_token: TOKEN, organization_id: ORGANIZATION },
  secrets: [TOKEN],
  invalidAuth: [
    { auth: { type: 'access_token', access_token: 'short' }, path: 'access_token' },
    {
      auth: { type: 'impersonation', target_service_account: 'scanner' },
      path: 'target_service_account',
    },
  ],
  services: [
    'bigquery',
    'billing',
    'compute',
    'dns',
    'iam',
    'kms',
    'logging',
    'serviceusage',
    'sql',
    'storage',
  ],
  regions: ['europe-west1'],
  cliAuthArgs: [
    '--gcp-access-token-env',
    'GCP_CONFORMANCE_TOKEN',
    '--gcp-organization',
    ORGANIZATION,
  ],
  resource: { id: ID.web, type: 'instance' },
  expectPolicyFormat: (document) => {
    expect(document).toContain('stage: GA\nincludedPermissions:\n- ');
  },
  startCloud: async () => {
    const fake = await startFakeOrganization();
    return {
      env: { ...fake.env(), GCP_CONFORMANCE_TOKEN: TOKEN },
      close: () => fake.close(),
    };
  },
});
