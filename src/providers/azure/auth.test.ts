import { describe, expect, it } from 'vitest';
import { azureAuthModeSchema, redactAzureAuth } from './auth.js';
import { azureCli } from './cli.js';
import { resolveCloud } from './cloud.js';

const CLIENT = '6e0c3b5a-2f1d-4c8e-9a7b-3d2e1f0a9b8c';

describe('Azure auth modes', () => {
  it('accepts a service principal and masks its secret when stored', () => {
    const auth = azureAuthModeSchema.parse({
      type: 'service_principal',
      tenant_id: 'contoso.onmicrosoft.com',
      client_id: CLIENT,
      client_secret: 'p4ss~w0rd',
      subscription_ids: ['291bba3f-e0a5-47bc-a099-3bdcb2a50a05'],
      subscription_tags: { env: 'prod' },
    });
    const redacted = redactAzureAuth(auth);

    expect(redacted).toEqual({
      type: 'service_principal',
      tenant_id: 'contoso.onmicrosoft.com',
      client_id: CLIENT,
      client_secret: '********',
      subscription_ids: '291bba3f-e0a5-47bc-a099-3bdcb2a50a05',
      'subscription_tags.env': 'prod',
    });
    expect(JSON.stringify(redacted)).not.toContain('p4ss');
  });

  it('masks a certificate, its password and a bearer token', () => {
    const cert = redactAzureAuth(
      azureAuthModeSchema.parse({
        type: 'certificate',
        tenant_id: 't',
        client_id: CLIENT,
        client_certificate: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
        client_certificate_password: 'pfx-pass',
      }),
    );
    expect(JSON.stringify(cert)).not.toMatch(/MIIE|pfx-pass/);
    const token = redactAzureAuth(
      azureAuthModeSchema.parse({ type: 'access_token', access_token: 'eyJ.x.y' }),
    );
    expect(token.access_token).toBe('********');
  });

  it('refuses a malformed subscription id with a precise message', () => {
    const parsed = azureAuthModeSchema.safeParse({ type: 'default', subscription_ids: ['prod'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['subscription_ids', 0],
      message: 'expected a GUID',
    });
  });
});

describe('Azure clouds', () => {
  it('uses the public cloud by default and a sovereign one by name', () => {
    expect(resolveCloud({}, {}).armEndpoint).toBe('https://management.azure.com');
    const china = resolveCloud({ cloud: 'AzureChinaCloud' }, {});
    expect(china).toMatchObject({
      armEndpoint: 'https://management.chinacloudapi.cn',
      authorityHost: 'https://login.chinacloudapi.cn',
    });
  });

  it('takes a private ARM endpoint and authority from the environment (Azure Stack Hub)', () => {
    const stack = resolveCloud(
      {},
      {
        CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT: 'https://management.local.azurestack.external/',
        AZURE_AUTHORITY_HOST: 'https://adfs.local.azurestack.external/adfs',
        CLOUDDIAGNOZE_AZURE_ARM_AUDIENCE: 'https://management.adfs.azurestack.local/abc',
      },
    );
    expect(stack).toMatchObject({
      armEndpoint: 'https://management.local.azurestack.external',
      authorityHost: 'https://adfs.local.azurestack.external/adfs',
      armAudience: 'https://management.adfs.azurestack.local/abc',
      allowInsecure: false,
    });
    expect(resolveCloud({ arm_endpoint: 'http://127.0.0.1:4000' }, {}).allowInsecure).toBe(true);
  });
});

describe('azureCli', () => {
  it('builds a scoped default mode, and refuses a client id without its secret', () => {
    expect(
      azureCli.authFromFlags({
        azureSubscriptions: '291bba3f-e0a5-47bc-a099-3bdcb2a50a05, ',
        azureSubscriptionTags: 'env=prod',
      }),
    ).toEqual({
      type: 'default',
      subscription_ids: ['291bba3f-e0a5-47bc-a099-3bdcb2a50a05'],
      subscription_tags: { env: 'prod' },
    });
    const saved = process.env.AZURE_CLIENT_SECRET;
    delete process.env.AZURE_CLIENT_SECRET;
    expect(() => azureCli.authFromFlags({ azureClientId: CLIENT, azureTenantId: 't' })).toThrow(
      '--azure-client-id needs AZURE_CLIENT_SECRET in the environment',
    );
    if (saved !== undefined) process.env.AZURE_CLIENT_SECRET = saved;
  });
});
