import { z } from 'zod';
import { redactSecrets, type RedactedAuthMode } from '../../core/index.js';
import { AZURE_CLOUD_NAMES } from './cloud.js';

const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'expected a GUID');

/** Which subscriptions of the tenant a scan covers, and which cloud it talks to. */
const scope = {
  /** Microsoft Entra tenant (GUID or domain); the credential's default when absent. */
  tenant_id: z.string().min(1).optional(),
  /** Only these subscriptions. */
  subscription_ids: z.array(guid).min(1).optional(),
  /** Only subscriptions under these management groups (any depth). */
  management_group_ids: z.array(z.string().min(1)).min(1).optional(),
  /** Only subscriptions carrying every one of these tags. */
  subscription_tags: z.record(z.string(), z.string()).optional(),
  cloud: z.enum(AZURE_CLOUD_NAMES).optional(),
  /** Resource Manager of a sovereign or private cloud (Azure Stack Hub, an emulator). */
  arm_endpoint: z.string().url().optional(),
  /** Microsoft Entra (or AD FS) authority of that cloud. */
  authority_host: z.string().url().optional(),
};

export const azureAuthModeSchema = z.discriminatedUnion('type', [
  /** @azure/identity's default chain: environment, workload identity, managed identity, Azure CLI… */
  z
    .object({ type: z.literal('default'), ...scope })
    .strict()
    .meta({ title: 'Default chain (environment, managed identity, Azure CLI)' }),
  z
    .object({
      type: z.literal('service_principal'),
      ...scope,
      tenant_id: z.string().min(1),
      client_id: guid,
      client_secret: z.string().min(1),
    })
    .strict()
    .meta({ title: 'Service principal with a secret' }),
  z
    .object({
      type: z.literal('certificate'),
      ...scope,
      tenant_id: z.string().min(1),
      client_id: guid,
      /** PEM: the private key and its certificate. */
      client_certificate: z.string().includes('-----BEGIN'),
      client_certificate_password: z.string().optional(),
    })
    .strict()
    .meta({ title: 'Service principal with a certificate' }),
  /** Federated token file (AKS workload identity, GitHub OIDC); AZURE_* variables when absent. */
  z
    .object({
      type: z.literal('workload_identity'),
      ...scope,
      client_id: guid.optional(),
      token_file_path: z.string().min(1).optional(),
    })
    .strict()
    .meta({ title: 'Workload identity (federated token)' }),
  /** A bearer token obtained elsewhere, for private or emulated endpoints. */
  z
    .object({ type: z.literal('access_token'), ...scope, access_token: z.string().min(1) })
    .strict()
    .meta({ title: 'Access token (obtained elsewhere)' }),
]);

export type AzureAuthMode = z.infer<typeof azureAuthModeSchema>;

/** Auth-mode fields holding a secret: masked when stored, shown or logged. */
export const AZURE_SECRET_FIELDS = [
  'client_secret',
  'client_certificate',
  'client_certificate_password',
  'access_token',
] as const;

/** The auth mode fit to be stored and shown: secrets masked, lists flattened. */
export function redactAzureAuth(auth: AzureAuthMode): RedactedAuthMode {
  return redactSecrets(auth, AZURE_SECRET_FIELDS);
}

/** Who calls ARM: ARM's throttling budget is per subscription and principal. */
export function principalOf(auth: AzureAuthMode): string {
  if ('client_id' in auth && auth.client_id) return auth.client_id;
  return auth.type;
}
