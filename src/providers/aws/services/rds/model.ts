import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

/** One region's RDS snapshot, in our own compact types: extractors and checks never see SDK shapes. */

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

/** Settings instances and clusters share, as the extractors read them. */
export interface RdsDatabase {
  arn: string;
  id: string;
  engine: string;
  engineVersion: string;
  status: string;
  storageType?: string;
  allocatedStorageGib?: number;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  multiAz: boolean;
  publiclyAccessible?: boolean;
  subnetGroup?: string;
  backupRetentionDays: number;
  deletionProtection: boolean;
  autoMinorVersionUpgrade?: boolean;
  iamDatabaseAuthentication: boolean;
  /** Absent on an Aurora cluster, whose instances carry it. */
  performanceInsights?: boolean;
  /** Enhanced monitoring granularity, 0 when off; absent on an Aurora cluster, whose instances carry it. */
  monitoringIntervalSeconds?: number;
  caCertificate?: string;
  parameterGroups: string[];
  /** open-source-rds-extended-support or open-source-rds-extended-support-disabled. */
  engineLifecycleSupport?: string;
  tags: Tags;
}

export interface RdsInstance extends RdsDatabase {
  instanceClass: string;
  publiclyAccessible: boolean;
  autoMinorVersionUpgrade: boolean;
  performanceInsights: boolean;
  monitoringIntervalSeconds: number;
  maxAllocatedStorageGib?: number;
  vpcId?: string;
  availabilityZone?: string;
  /** Set for an Aurora (or Multi-AZ DB cluster) member: availability is the cluster's business. */
  clusterId?: string;
}

export interface RdsCluster extends RdsDatabase {
  engineMode?: string;
  /** Instance class of a Multi-AZ DB cluster; Aurora members carry their own. */
  instanceClass?: string;
  memberInstanceIds: string[];
}

/** Who may restore a snapshot (its `restore` attribute). */
export interface SnapshotSharing {
  public: boolean;
  sharedWithAccounts: string[];
}

export interface RdsSnapshot {
  kind: 'instance' | 'cluster';
  arn: string;
  id: string;
  /** The DB instance or cluster the snapshot was taken from. */
  sourceId?: string;
  engine: string;
  encrypted: boolean;
  /** ISO 8601, UTC. */
  createdAt?: string;
  tags: Tags;
  /** Read once per snapshot; denied or failed, the snapshot's other facts still stand. */
  sharing: Read<SnapshotSharing>;
}

/** AWS/RDS statistics per DB instance id (metric type → value); absent ones had no datapoint. */
export type RdsPerformance = Read<{
  windowDays: number;
  instances: Record<string, Record<string, number>>;
}>;

/** On-demand hourly prices (USD) of the idle DB instances, by instance id; only with options.cost. */
export type RdsPricing = Read<Record<string, number>> | { state: 'not_requested' };

export interface RdsRegionSnapshot {
  instances: RdsInstance[];
  clusters: RdsCluster[];
  /** Manual snapshots of instances and clusters. */
  snapshots: RdsSnapshot[];
  /** Absent when not collected (a snapshot built by hand). */
  performance?: RdsPerformance;
  pricing?: RdsPricing;
}

/** The RDS scanner, as its checks name it. */
export const RDS = scannerRef<RdsRegionSnapshot>('aws', 'rds');
