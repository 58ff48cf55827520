import { expect } from 'vitest';
import { TestCloud } from './testcloud/cloud.js';
import { TESTCLOUD_CHECK_PACK } from './testcloud/checks.js';
import { testCloudProvider, widgetId } from './testcloud/provider.js';
import { describeProviderConformance } from './provider-conformance.js';

const TOKEN = 'tc-secret-7f3a9c1e5b';
const cloud = new TestCloud(
  [
    {
      id: 'alpha-prod',
      regions: {
        'north-1': [
          { name: 'w1', encrypted: true, size_gib: 10, labels: { env: 'prod' } },
          { name: 'w2', encrypted: false, size_gib: 20, labels: {} },
        ],
        'south-1': [{ name: 'w3', encrypted: true, size_gib: 5, labels: {} }],
      },
      encryptionDenied: ['south-1'],
    },
  ],
  TOKEN,
);

describeProviderConformance({
  provider: testCloudProvider(cloud),
  checkPack: TESTCLOUD_CHECK_PACK,
  auth: { type: 'token', token: TOKEN },
  secrets: [TOKEN],
  invalidAuth: [
    { auth: { type: 'token', token: 'short' }, path: 'token' },
    { auth: { type: 'token', token: TOKEN, projects: ['Bad_Id'] }, path: 'projects.0' },
  ],
  services: ['widgets'],
  regions: ['north-1', 'south-1'],
  cliAuthArgs: ['--testcloud-token', TOKEN],
  resource: { id: widgetId('alpha-prod', 'north-1', 'w1'), type: 'widget' },
  expectPolicyFormat: (document) => {
    expect(document).toMatch(/^title: CloudDiagnoze scanner\npermissions:\n {2}- /);
  },
  startCloud: async () => ({ close: async () => {} }),
});
