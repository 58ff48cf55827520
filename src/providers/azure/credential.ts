import {
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { AzureAuthMode } from './auth.js';
import type { AzureCloud } from './cloud.js';

/** A bearer token handed over as is (private or emulated endpoints); it is never refreshed. */
export class StaticTokenCredential implements TokenCredential {
  constructor(
    readonly token: string,
    readonly expiresOnTimestamp = Date.now() + 3_600_000,
  ) {}

  async getToken(): Promise<AccessToken> {
    return { token: this.token, expiresOnTimestamp: this.expiresOnTimestamp };
  }
}

/** @azure/identity's credential for an auth mode, against the cloud's authority. */
export function credentialFor(auth: AzureAuthMode, cloud: AzureCloud): TokenCredential {
  const authorityHost = cloud.authorityHost;
  switch (auth.type) {
    case 'service_principal':
      return new ClientSecretCredential(auth.tenant_id, auth.client_id, auth.client_secret, {
        authorityHost,
      });
    case 'certificate':
      return new ClientCertificateCredential(
        auth.tenant_id,
        auth.client_id,
        {
          certificate: auth.client_certificate,
          ...(auth.client_certificate_password === undefined
            ? {}
            : { certificatePassword: auth.client_certificate_password }),
        },
        { authorityHost },
      );
    case 'workload_identity':
      return new WorkloadIdentityCredential({
        authorityHost,
        ...(auth.tenant_id ? { tenantId: auth.tenant_id } : {}),
        ...(auth.client_id ? { clientId: auth.client_id } : {}),
        ...(auth.token_file_path ? { tokenFilePath: auth.token_file_path } : {}),
      });
    case 'access_token':
      return new StaticTokenCredential(auth.access_token);
    case 'default':
      return new DefaultAzureCredential({
        authorityHost,
        ...(auth.tenant_id ? { tenantId: auth.tenant_id } : {}),
      });
  }
}
