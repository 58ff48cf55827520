import { expect } from 'vitest';
import { AWS_CHECK_PACK } from '../../src/checks/aws/index.js';
import { awsProvider } from '../../src/providers/aws/provider.js';
import { WEB } from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';
import { mockEc2Account } from '../support/mocked-ec2-account.js';
import { describeProviderConformance } from './provider-conformance.js';

const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCONFORMANCE';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEConformanceSessionToken';

describeProviderConformance({
  provider: awsProvider,
  checkPack: AWS_CHECK_PACK,
  auth: {
    type: 'access_keys',
    access_key_id: 'AKIAIOSFODNN7EXAMPLE',
    secret_access_key: SECRET_KEY,
    session_token: SESSION_TOKEN,
  },
  secrets: [SECRET_KEY, SESSION_TOKEN],
  invalidAuth: [
    {
      auth: { type: 'access_keys', access_key_id: 'nope', secret_access_key: SECRET_KEY },
      path: 'access_key_id',
    },
    { auth: { type: 'sts', role_arn: 'arn:aws:iam::1:role/x' }, path: 'role_arn' },
  ],
  services: ['ec2'],
  regions: ['eu-west-1'],
  // On the command line, keys come from the SDK's chain (here the environment).
  cliAuthArgs: [],
  resource: { id: `arn:aws:ec2:eu-west-1:123456789012:instance/${WEB}`, type: 'instance' },
  expectPolicyFormat: (document) => {
    expect(JSON.parse(document)).toMatchObject({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Resource: '*' }],
    });
  },
  startCloud: async () => {
    const account = mockEc2Account({ cpu: 12.5 });
    return {
      env: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET_KEY },
      close: async () => account.restore(),
    };
  },
});
