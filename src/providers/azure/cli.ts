import { readFileSync } from 'node:fs';
import type { ProviderCli } from '../../core/index.js';
import type { AzureAuthMode } from './auth.js';

/** Flags of `clouddiagnoze scan --provider azure`, as commander parses them (camel case). */
interface AzureFlags {
  azureTenantId?: string;
  azureClientId?: string;
  azureCertificateFile?: string;
  azureFederatedTokenFile?: string;
  azureSubscriptions?: string;
  azureManagementGroups?: string;
  azureSubscriptionTags?: string;
  azureArmEndpoint?: string;
  azureAuthorityHost?: string;
}

const list = (value: string | undefined): string[] | undefined => {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return items?.length ? items : undefined;
};

/**
 * The CLI never takes a secret as a flag (it would land in the shell history): a client secret comes
 * from AZURE_CLIENT_SECRET, a certificate from its file, a bearer token from AZURE_ACCESS_TOKEN.
 */
export const azureCli: ProviderCli<AzureAuthMode> = {
  options: [
    { flags: '--azure-tenant-id <tenant>', description: 'Microsoft Entra tenant (GUID or domain)' },
    {
      flags: '--azure-client-id <id>',
      description:
        'service principal application id (secret from AZURE_CLIENT_SECRET, or --azure-certificate-file)',
    },
    {
      flags: '--azure-certificate-file <pem>',
      description: 'PEM certificate and key of the service principal',
    },
    {
      flags: '--azure-federated-token-file <file>',
      description: 'workload identity: federated token file (with --azure-client-id)',
    },
    {
      flags: '--azure-subscriptions <ids>',
      description: 'only these subscriptions (comma-separated)',
    },
    {
      flags: '--azure-management-groups <ids>',
      description: 'only subscriptions under these management groups (comma-separated)',
    },
    {
      flags: '--azure-subscription-tags <k=v,…>',
      description: 'only subscriptions carrying these tags',
    },
    {
      flags: '--azure-arm-endpoint <url>',
      description:
        'Resource Manager of a sovereign or private cloud (Azure Stack Hub, an emulator)',
    },
    {
      flags: '--azure-authority-host <url>',
      description: 'Microsoft Entra authority of that cloud',
    },
  ],
  authFromFlags(raw) {
    const flags = raw as AzureFlags;
    const scope: Record<string, unknown> = {};
    if (flags.azureTenantId) scope.tenant_id = flags.azureTenantId;
    const subscriptions = list(flags.azureSubscriptions);
    if (subscriptions) scope.subscription_ids = subscriptions;
    const groups = list(flags.azureManagementGroups);
    if (groups) scope.management_group_ids = groups;
    const tags = list(flags.azureSubscriptionTags);
    if (tags) {
      scope.subscription_tags = Object.fromEntries(
        tags.map((pair) => {
          const at = pair.indexOf('=');
          if (at < 1)
            throw new Error(`--azure-subscription-tags takes key=value pairs, got ${pair}`);
          return [pair.slice(0, at), pair.slice(at + 1)];
        }),
      );
    }
    if (flags.azureArmEndpoint) scope.arm_endpoint = flags.azureArmEndpoint;
    if (flags.azureAuthorityHost) scope.authority_host = flags.azureAuthorityHost;
    const env = process.env;
    if (flags.azureFederatedTokenFile) {
      return {
        type: 'workload_identity',
        ...scope,
        ...(flags.azureClientId ? { client_id: flags.azureClientId } : {}),
        token_file_path: flags.azureFederatedTokenFile,
      } as AzureAuthMode;
    }
    if (flags.azureCertificateFile) {
      if (!flags.azureClientId || !flags.azureTenantId)
        throw new Error('--azure-certificate-file needs --azure-client-id and --azure-tenant-id');
      let pem: string;
      try {
        pem = readFileSync(flags.azureCertificateFile, 'utf8');
      } catch {
        throw new Error(`cannot read the certificate file ${flags.azureCertificateFile}`);
      }
      return {
        type: 'certificate',
        ...scope,
        client_id: flags.azureClientId,
        client_certificate: pem,
        ...(env.AZURE_CLIENT_CERTIFICATE_PASSWORD
          ? { client_certificate_password: env.AZURE_CLIENT_CERTIFICATE_PASSWORD }
          : {}),
      } as AzureAuthMode;
    }
    if (flags.azureClientId) {
      if (!flags.azureTenantId) throw new Error('--azure-client-id needs --azure-tenant-id');
      if (!env.AZURE_CLIENT_SECRET)
        throw new Error('--azure-client-id needs AZURE_CLIENT_SECRET in the environment');
      return {
        type: 'service_principal',
        ...scope,
        client_id: flags.azureClientId,
        client_secret: env.AZURE_CLIENT_SECRET,
      } as AzureAuthMode;
    }
    if (
      env.AZURE_ACCESS_TOKEN &&
      (flags.azureArmEndpoint || env.CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT)
    ) {
      return {
        type: 'access_token',
        ...scope,
        access_token: env.AZURE_ACCESS_TOKEN,
      } as AzureAuthMode;
    }
    return { type: 'default', ...scope } as AzureAuthMode;
  },
};
