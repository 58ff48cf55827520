/** The Compute Engine v1 REST shapes the collector reads (fields it ignores are left out). */

export interface MetadataItems {
  items?: { key?: string; value?: string }[];
}

export interface RestInstance {
  id?: string;
  name?: string;
  zone?: string;
  machineType?: string;
  status?: string;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  canIpForward?: boolean;
  deletionProtection?: boolean;
  networkInterfaces?: {
    network?: string;
    subnetwork?: string;
    networkIP?: string;
    accessConfigs?: { type?: string; natIP?: string }[];
    ipv6AccessConfigs?: { externalIpv6?: string }[];
  }[];
  disks?: { source?: string; boot?: boolean; diskEncryptionKey?: { sha256?: string } }[];
  serviceAccounts?: { email?: string; scopes?: string[] }[];
  metadata?: MetadataItems;
  shieldedInstanceConfig?: {
    enableSecureBoot?: boolean;
    enableVtpm?: boolean;
    enableIntegrityMonitoring?: boolean;
  };
  confidentialInstanceConfig?: { enableConfidentialCompute?: boolean };
}

export interface RestDisk {
  id?: string;
  name?: string;
  zone?: string;
  region?: string;
  sizeGb?: string;
  type?: string;
  status?: string;
  users?: string[];
  labels?: Record<string, string>;
  lastDetachTimestamp?: string;
  diskEncryptionKey?: { kmsKeyName?: string; sha256?: string };
}

export interface RestAddress {
  id?: string;
  name?: string;
  region?: string;
  address?: string;
  addressType?: string;
  status?: string;
  users?: string[];
}

export interface RestNetwork {
  id?: string;
  name?: string;
  autoCreateSubnetworks?: boolean;
  IPv4Range?: string;
  routingConfig?: { routingMode?: string };
}

export interface RestSubnetwork {
  id?: string;
  name?: string;
  region?: string;
  network?: string;
  ipCidrRange?: string;
  privateIpGoogleAccess?: boolean;
  logConfig?: { enable?: boolean };
  enableFlowLogs?: boolean;
  purpose?: string;
}

export interface RestFirewall {
  id?: string;
  name?: string;
  network?: string;
  direction?: string;
  priority?: number;
  sourceRanges?: string[];
  allowed?: { IPProtocol?: string; ports?: string[] }[];
  denied?: { IPProtocol?: string; ports?: string[] }[];
  disabled?: boolean;
  targetTags?: string[];
  logConfig?: { enable?: boolean };
}

export interface RestInstanceGroupManager {
  id?: string;
  name?: string;
  zone?: string;
  region?: string;
  targetSize?: number;
  distributionPolicy?: { zones?: { zone?: string }[] };
}

export interface RestProject {
  name?: string;
  commonInstanceMetadata?: MetadataItems;
  defaultServiceAccount?: string;
}

/** An aggregatedList page: `items` keyed by scope (`zones/…`, `regions/…`, `global`). */
export interface AggregatedPage<K extends string, T> {
  items?: Record<string, { warning?: { code?: string; message?: string } } & { [key in K]?: T[] }>;
  nextPageToken?: string;
  unreachables?: string[];
}

export interface ListPage<T> {
  items?: T[];
  nextPageToken?: string;
}
