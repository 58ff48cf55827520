/**
 * Azure clouds: where Resource Manager, the authority and the regional metrics endpoints live. A
 * sovereign or private cloud (Azure Stack Hub, an emulator) is named by its ARM endpoint and
 * authority through configuration; nothing here calls the network.
 */

export const AZURE_CLOUD_NAMES = [
  'AzurePublicCloud',
  'AzureChinaCloud',
  'AzureUSGovernment',
] as const;
export type AzureCloudName = (typeof AZURE_CLOUD_NAMES)[number];

export interface AzureCloud {
  /** Resource Manager, e.g. https://management.azure.com (no trailing slash). */
  armEndpoint: string;
  /** Token audience of Resource Manager: the scope asked for is `<audience>/.default`. */
  armAudience: string;
  /** Microsoft Entra authority, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  /**
   * Batch metrics endpoint; `{region}` is replaced by the resources' location
   * (https://{region}.metrics.monitor.azure.com on the public cloud).
   */
  metricsEndpoint: string;
  /** Token audience of the batch metrics API. */
  metricsAudience: string;
  /** Token audience of the Key Vault data plane (https://vault.azure.net on the public cloud). */
  keyVaultAudience: string;
  /**
   * DNS suffix of the cloud's vaults (`.vault.azure.net`): a vault URI from the graph is called
   * only when its host ends with it (or, on a custom ARM endpoint, shares that endpoint's origin).
   */
  keyVaultDnsSuffix: string;
  /** Public Retail Prices API (unauthenticated). */
  retailPricesEndpoint: string;
  /** Plain http is accepted only for an explicitly configured local endpoint (an emulator). */
  allowInsecure: boolean;
}

const CLOUDS: Record<AzureCloudName, AzureCloud> = {
  AzurePublicCloud: {
    armEndpoint: 'https://management.azure.com',
    armAudience: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    metricsEndpoint: 'https://{region}.metrics.monitor.azure.com',
    metricsAudience: 'https://metrics.monitor.azure.com',
    keyVaultAudience: 'https://vault.azure.net',
    keyVaultDnsSuffix: '.vault.azure.net',
    retailPricesEndpoint: 'https://prices.azure.com/api/retail/prices',
    allowInsecure: false,
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    armAudience: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    metricsEndpoint: 'https://{region}.metrics.monitor.azure.cn',
    metricsAudience: 'https://metrics.monitor.azure.cn',
    keyVaultAudience: 'https://vault.azure.cn',
    keyVaultDnsSuffix: '.vault.azure.cn',
    retailPricesEndpoint: 'https://prices.azure.com/api/retail/prices',
    allowInsecure: false,
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    armAudience: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    metricsEndpoint: 'https://{region}.metrics.monitor.azure.us',
    metricsAudience: 'https://metrics.monitor.azure.us',
    keyVaultAudience: 'https://vault.usgovcloudapi.net',
    keyVaultDnsSuffix: '.vault.usgovcloudapi.net',
    retailPricesEndpoint: 'https://prices.azure.com/api/retail/prices',
    allowInsecure: false,
  },
};

/** What a scan's auth mode may say about its cloud (it wins over the environment). */
export interface CloudSettings {
  cloud?: AzureCloudName;
  arm_endpoint?: string;
  authority_host?: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * The cloud a scan talks to: the auth mode's settings, else the environment
 * (`CLOUDDIAGNOZE_AZURE_CLOUD`, `CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT`, `AZURE_AUTHORITY_HOST`,
 * `CLOUDDIAGNOZE_AZURE_ARM_AUDIENCE`, `CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT`,
 * `CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT`, `CLOUDDIAGNOZE_AZURE_KEYVAULT_AUDIENCE`,
 * `CLOUDDIAGNOZE_AZURE_KEYVAULT_DNS_SUFFIX`), else the public cloud. A custom ARM endpoint (Azure Stack
 * Hub, an emulator) is also its own token audience unless told otherwise, and its own metrics
 * endpoint (`{region}` left out).
 */
export function resolveCloud(
  settings: CloudSettings = {},
  env: Record<string, string | undefined> = process.env,
): AzureCloud {
  const envCloud = env.CLOUDDIAGNOZE_AZURE_CLOUD as AzureCloudName | undefined;
  const name = settings.cloud ?? (envCloud && envCloud in CLOUDS ? envCloud : 'AzurePublicCloud');
  const base = CLOUDS[name];
  const customArm = settings.arm_endpoint ?? env.CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT;
  const armEndpoint = customArm ? trimSlash(customArm) : base.armEndpoint;
  return {
    armEndpoint,
    armAudience: trimSlash(
      env.CLOUDDIAGNOZE_AZURE_ARM_AUDIENCE ?? (customArm ? armEndpoint : base.armAudience),
    ),
    authorityHost: trimSlash(
      settings.authority_host ?? env.AZURE_AUTHORITY_HOST ?? base.authorityHost,
    ),
    metricsEndpoint: trimSlash(
      env.CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT ?? (customArm ? armEndpoint : base.metricsEndpoint),
    ),
    metricsAudience: trimSlash(
      env.CLOUDDIAGNOZE_AZURE_METRICS_AUDIENCE ?? (customArm ? armEndpoint : base.metricsAudience),
    ),
    keyVaultAudience: trimSlash(
      env.CLOUDDIAGNOZE_AZURE_KEYVAULT_AUDIENCE ??
        (customArm ? armEndpoint : base.keyVaultAudience),
    ),
    keyVaultDnsSuffix:
      env.CLOUDDIAGNOZE_AZURE_KEYVAULT_DNS_SUFFIX ?? (customArm ? '' : base.keyVaultDnsSuffix),
    retailPricesEndpoint: env.CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT ?? base.retailPricesEndpoint,
    allowInsecure: armEndpoint.startsWith('http://'),
  };
}

/** The batch metrics endpoint of one region. */
export function metricsEndpointFor(cloud: AzureCloud, region: string): string {
  return cloud.metricsEndpoint.replace('{region}', region.toLowerCase());
}

/**
 * True when a vault URI from the graph may receive this cloud's Key Vault token: https on a host
 * under the cloud's vault suffix, or (an emulator, Azure Stack Hub) the custom ARM endpoint's own
 * origin. Anything else would send a bearer token where the configuration never said to.
 */
export function trustedVaultUri(cloud: AzureCloud, vaultUri: string): boolean {
  let url: URL;
  try {
    url = new URL(vaultUri);
  } catch {
    return false;
  }
  if (cloud.keyVaultDnsSuffix && url.protocol === 'https:')
    return url.hostname.toLowerCase().endsWith(cloud.keyVaultDnsSuffix.toLowerCase());
  return url.origin === new URL(cloud.armEndpoint).origin;
}
