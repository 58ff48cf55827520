/**
 * The Google APIs the scanners call, each with its default base URL as gcloud writes it for
 * `CLOUDSDK_API_ENDPOINT_OVERRIDES_<API>` (root URL + service path of the discovery document, so
 * Compute's and Storage's include their version, the others' paths carry it).
 */
export const GCP_APIS = {
  compute: 'https://compute.googleapis.com/compute/v1/',
  storage: 'https://storage.googleapis.com/storage/v1/',
  sqladmin: 'https://sqladmin.googleapis.com/',
  iam: 'https://iam.googleapis.com/',
  cloudresourcemanager: 'https://cloudresourcemanager.googleapis.com/',
  monitoring: 'https://monitoring.googleapis.com/',
  serviceusage: 'https://serviceusage.googleapis.com/',
  cloudasset: 'https://cloudasset.googleapis.com/',
  logging: 'https://logging.googleapis.com/',
  bigquery: 'https://bigquery.googleapis.com/bigquery/v2/',
  cloudbilling: 'https://cloudbilling.googleapis.com/',
  cloudkms: 'https://cloudkms.googleapis.com/',
  dns: 'https://dns.googleapis.com/dns/v1/',
} as const;

export type GcpApi = keyof typeof GCP_APIS;

/** One base URL for every API (an emulator or private endpoint serving them all on one host). */
export const BASE_URL_VARIABLE = 'CLOUDDIAGNOZE_GCP_ENDPOINT';
export const OVERRIDE_PREFIX = 'CLOUDSDK_API_ENDPOINT_OVERRIDES_';

export type GcpEndpoints = Readonly<Record<GcpApi, string>>;

/**
 * Each API's base URL: its own gcloud override, else the one base URL (which keeps the API's
 * service path: `<base>/compute/v1/`), else Google's. Every URL ends with a slash.
 */
export function resolveEndpoints(env: NodeJS.ProcessEnv = process.env): GcpEndpoints {
  const base = env[BASE_URL_VARIABLE]?.trim();
  const out = {} as Record<GcpApi, string>;
  for (const [api, url] of Object.entries(GCP_APIS) as [GcpApi, string][]) {
    const override = env[`${OVERRIDE_PREFIX}${api.toUpperCase()}`]?.trim();
    if (override)
      out[api] = withSlash(validUrl(override, `${OVERRIDE_PREFIX}${api.toUpperCase()}`));
    else if (base)
      out[api] = withSlash(validUrl(base, BASE_URL_VARIABLE)) + new URL(url).pathname.slice(1);
    else out[api] = url;
  }
  return out;
}

/** True when any endpoint is overridden (a private or emulated endpoint). */
export function endpointsOverridden(env: NodeJS.ProcessEnv = process.env): boolean {
  return Object.keys(env).some((k) => k === BASE_URL_VARIABLE || k.startsWith(OVERRIDE_PREFIX));
}

function validUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${variable} must be an http(s) URL, not ${url.protocol}`);
  return url.toString();
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
