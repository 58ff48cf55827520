import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ExternalAccountClient, Impersonated, JWT, OAuth2Client } from 'google-auth-library';
import { credentialsFor, gcpAuthModeSchema } from './auth.js';
import { ProjectRateLimit } from './limits.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY_JSON = JSON.stringify({
  type: 'service_account',
  project_id: 'acme-sec',
  private_key_id: 'abc123',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  client_email: 'scanner@acme-sec.iam.gserviceaccount.com',
  client_id: '100000000000000000001',
  token_uri: 'https://oauth2.googleapis.com/token',
});
const EXTERNAL_JSON = JSON.stringify({
  type: 'external_account',
  audience:
    '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/ci/providers/github',
  subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
  token_url: 'https://sts.googleapis.com/v1/token',
  credential_source: { file: '/var/run/secrets/token' },
});

/** Builds clients only: no token is fetched, nothing leaves the process. */
describe('credentialsFor', () => {
  it('signs with an inline service-account key and takes its project as the default', async () => {
    const creds = await credentialsFor(
      gcpAuthModeSchema.parse({ type: 'service_account_key', credentials_json: KEY_JSON }),
    );
    expect(creds.client).toBeInstanceOf(JWT);
    expect((creds.client as JWT).email).toBe('scanner@acme-sec.iam.gserviceaccount.com');
    expect(await creds.defaultProject()).toBe('acme-sec');
  });

  it('impersonates the target service account with the key as source', async () => {
    const creds = await credentialsFor(
      gcpAuthModeSchema.parse({
        type: 'impersonation',
        target_service_account: 'reader@acme-prod.iam.gserviceaccount.com',
        credentials_json: KEY_JSON,
      }),
    );
    expect(creds.client).toBeInstanceOf(Impersonated);
  });

  it('federates an external account (workload identity federation)', async () => {
    const creds = await credentialsFor(
      gcpAuthModeSchema.parse({ type: 'external_account', credentials_json: EXTERNAL_JSON }),
    );
    expect(creds.client).toBeInstanceOf(
      Object.getPrototypeOf(ExternalAccountClient.fromJSON(JSON.parse(EXTERNAL_JSON))!).constructor,
    );
  });

  it('uses a static token as given, and refuses a key that is not JSON without echoing it', async () => {
    const creds = await credentialsFor({ type: 'access_token', access_token: 'ya29.static-token' });
    expect(creds.client).toBeInstanceOf(OAuth2Client);
    expect((await creds.client.getRequestHeaders()).get('authorization')).toBe(
      'Bearer ya29.static-token',
    );
    const bad = credentialsFor({
      type: 'service_account_key',
      credentials_json: 'not-json-secret',
    });
    await expect(bad).rejects.toThrow('credentials_json is not a JSON object');
    await expect(bad).rejects.not.toThrow(/not-json-secret/);
  });
});

describe('ProjectRateLimit', () => {
  it('lets a burst through, then spaces calls of one project, leaving other projects alone', () => {
    let now = 0;
    const limit = new ProjectRateLimit(600, 2, () => now);
    expect([limit.reserve('a'), limit.reserve('a')]).toEqual([0, 0]);
    expect(limit.reserve('a')).toBeCloseTo(100);
    expect(limit.reserve('b')).toBe(0);
    now = 1_000;
    expect(limit.reserve('a')).toBe(0);
  });
});
