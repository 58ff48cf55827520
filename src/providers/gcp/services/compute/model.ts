/** One project's Compute Engine resources in our own compact types (ids: full resource names). */
import { scannerRef } from '../../../../core/index.js';
import type { PriceTable } from '../../pricing.js';
import type { Read } from '../../read.js';

export type Labels = Record<string, string>;

export interface NetworkInterface {
  /** Full resource names of the network and subnetwork. */
  network: string;
  subnetwork?: string;
  internalIp?: string;
  /** Addresses of ONE_TO_ONE_NAT access configs (an ephemeral one may have none yet). */
  externalIps: string[];
  /** True when the interface has an access config at all (external IP, even ephemeral). */
  hasExternalAccess: boolean;
}

export interface AttachedDisk {
  /** Full resource name of the persistent disk. */
  source?: string;
  boot: boolean;
  /** CSEK (customer-supplied) encryption on the attached disk. */
  customerSuppliedKey: boolean;
}

export interface InstanceServiceAccount {
  email: string;
  scopes: string[];
}

export interface GcpInstance {
  id: string;
  name: string;
  numericId: string;
  zone: string;
  region: string;
  machineType: string;
  /** PROVISIONING, STAGING, RUNNING, STOPPING, STOPPED, SUSPENDED, TERMINATED… */
  status: string;
  createdAt?: string;
  labels: Labels;
  networkInterfaces: NetworkInterface[];
  disks: AttachedDisk[];
  serviceAccounts: InstanceServiceAccount[];
  canIpForward: boolean;
  deletionProtection: boolean;
  shieldedVm: { secureBoot: boolean; vtpm: boolean; integrityMonitoring: boolean };
  confidentialCompute: boolean;
  /** The instance's own metadata keys that override the project's (absent = inherits). */
  metadata: {
    blockProjectSshKeys?: boolean;
    osLogin?: boolean;
    serialPortEnable?: boolean;
  };
}

export interface GcpDisk {
  id: string;
  name: string;
  /** A zonal disk's zone, or a regional disk's region. */
  location: string;
  regional: boolean;
  sizeGb: number;
  type: string;
  status: string;
  /** Full resource names of the instances using it. */
  users: string[];
  encryption: 'google-managed' | 'customer-managed' | 'customer-supplied';
  kmsKeyName?: string;
  labels: Labels;
  lastDetachedAt?: string;
}

export interface GcpAddress {
  id: string;
  name: string;
  /** A region, or `global`. */
  location: string;
  address: string;
  addressType: string;
  /** RESERVING, RESERVED (unused), IN_USE. */
  status: string;
  users: string[];
}

export interface GcpNetwork {
  id: string;
  name: string;
  /** Auto mode: one subnetwork per region, created by Google. */
  autoCreateSubnetworks: boolean;
  /** A legacy (pre-VPC) network with one IPv4 range and no subnetworks. */
  legacy: boolean;
  routingMode?: string;
}

export interface GcpSubnetwork {
  id: string;
  name: string;
  region: string;
  network: string;
  ipCidrRange: string;
  privateIpGoogleAccess: boolean;
  flowLogs: boolean;
  /** PRIVATE for ordinary subnets; proxy-only and PSC ones cannot carry VMs. */
  purpose: string;
}

export interface FirewallRule {
  protocol: string;
  ports: string[];
}

export interface GcpFirewall {
  id: string;
  name: string;
  network: string;
  direction: 'INGRESS' | 'EGRESS' | string;
  priority: number;
  sourceRanges: string[];
  allowed: FirewallRule[];
  denied: FirewallRule[];
  disabled: boolean;
  targetTags: string[];
  logging: boolean;
}

export interface GcpInstanceGroupManager {
  id: string;
  name: string;
  /** A zonal group's zone, or a regional group's region. */
  location: string;
  regional: boolean;
  /** Zones a regional group spreads over. */
  zones: string[];
  targetSize: number;
}

/** The project-wide metadata every instance inherits unless it overrides it. */
export interface ProjectMetadata {
  osLogin?: boolean;
  osLogin2fa?: boolean;
  /** Lines of the project's `ssh-keys` (and legacy `sshKeys`) metadata. */
  sshKeyCount: number;
  serialPortEnable?: boolean;
  defaultServiceAccount?: string;
}

export interface InstancePerformance {
  cpuAveragePercent?: number;
  cpuP95Percent?: number;
  networkBytesPerDay?: number;
  diskOpsPerDay?: number;
}

export interface ComputeSnapshot {
  project: string;
  instances: GcpInstance[];
  disks: GcpDisk[];
  addresses: GcpAddress[];
  networks: GcpNetwork[];
  subnetworks: GcpSubnetwork[];
  firewalls: GcpFirewall[];
  instanceGroupManagers: GcpInstanceGroupManager[];
  projectMetadata: Read<ProjectMetadata>;
  /** Instance id → its window's figures; instances Monitoring has no series for are left out. */
  performance: Read<Record<string, InstancePerformance>>;
  /** Scopes that could not be reached (aggregatedList `unreachables`). */
  unreachable: string[];
  /**
   * On-demand list prices of the project's regions (Cloud Billing Catalog), read only when the
   * scan has options.cost and something is waste (an idle VM, an unattached disk); absent
   * otherwise.
   */
  prices?: Read<PriceTable>;
}

/** The Compute Engine scanner, as its checks name it. */
export const COMPUTE = scannerRef<ComputeSnapshot>('gcp', 'compute');
