/**
 * GCP full resource names (the ids Cloud Asset Inventory uses): `//<service>.googleapis.com/<path>`.
 */
export const computeId = (path: string) => `//compute.googleapis.com/${path}`;
export const projectId = (project: string) =>
  `//cloudresourcemanager.googleapis.com/projects/${project}`;
export const bucketId = (bucket: string) => `//storage.googleapis.com/${bucket}`;
export const sqlInstanceId = (project: string, instance: string) =>
  `//cloudsql.googleapis.com/projects/${project}/instances/${instance}`;
export const serviceAccountId = (project: string, email: string) =>
  `//iam.googleapis.com/projects/${project}/serviceAccounts/${email}`;
export const serviceId = (project: string, service: string) =>
  `//serviceusage.googleapis.com/projects/${project}/services/${service}`;
export const bigQueryDatasetId = (project: string, dataset: string) =>
  `//bigquery.googleapis.com/projects/${project}/datasets/${dataset}`;

/**
 * The full resource name of a Compute URL (a selfLink or a reference such as a disk's `users` or
 * an interface's `subnetwork`): whatever host and version answered, from `projects/` on.
 */
export function computeIdOfUrl(url: string): string {
  const at = url.indexOf('projects/');
  return computeId(at >= 0 ? url.slice(at) : url);
}

/** The last segment of a URL or resource name (`…/machineTypes/e2-small` → `e2-small`). */
export function lastSegment(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** A short resource type from a full resource name (`instances` → `instance`). */
export function typeOfResourceId(resourceId: string): string | undefined {
  const match = /^\/\/([a-z]+)\.googleapis\.com\/(.+)$/.exec(resourceId);
  if (!match) return undefined;
  const [, service, path] = match as unknown as [string, string, string];
  const parts = path.split('/');
  if (service === 'storage') return parts.length === 1 ? 'bucket' : undefined;
  if (service === 'cloudresourcemanager') return parts.length === 2 ? 'project' : undefined;
  const collection = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (!collection) return undefined;
  const singular: Record<string, string> = {
    instances: service === 'cloudsql' ? 'sql_instance' : 'instance',
    disks: 'disk',
    addresses: 'address',
    networks: 'network',
    subnetworks: 'subnetwork',
    firewalls: 'firewall',
    instanceGroupManagers: 'instance_group_manager',
    serviceAccounts: 'service_account',
    keys: 'service_account_key',
    services: 'service',
    cryptoKeys: 'kms_key',
    managedZones: 'dns_zone',
    datasets: 'bigquery_dataset',
    tables: 'bigquery_table',
    projects: 'project',
  };
  return singular[collection] ?? collection;
}
