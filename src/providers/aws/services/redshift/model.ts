/** One region's provisioned Redshift clusters in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { HourlyPrices } from '../../pricing.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** What DescribeLoggingStatus says of a cluster's audit logging. */
export interface LoggingStatus {
  enabled: boolean;
  /** s3 or cloudwatch. */
  destination?: string;
  bucketName?: string;
  /** connectionlog, userlog, useractivitylog (CloudWatch destination). */
  logExports: string[];
  /** ISO 8601 of the last failure to deliver logs, with its message. */
  lastFailureTime?: string;
  lastFailureMessage?: string;
}

export interface RedshiftCluster {
  /** arn:aws:redshift:<region>:<account>:cluster:<id>. */
  arn: string;
  id: string;
  /** available, creating, modifying, paused, resizing… */
  status: string;
  nodeType?: string;
  numberOfNodes: number;
  publiclyAccessible: boolean;
  encrypted: boolean;
  kmsKeyId?: string;
  enhancedVpcRouting: boolean;
  /** Days automated snapshots are kept; 0 turns them off. */
  automatedSnapshotRetentionDays: number;
  /** Parameter groups of the cluster (in practice one). */
  parameterGroups: string[];
  masterUsername?: string;
  dbName?: string;
  clusterVersion?: string;
  allowVersionUpgrade: boolean;
  vpcId?: string;
  /** ISO 8601. */
  createdTime?: string;
  /**
   * DescribeLoggingStatus of the cluster: one call per cluster, acceptable only because Redshift
   * has no batch form of it (DescribeClusters does not return the logging status).
   */
  logging: Read<LoggingStatus>;
}

/** What the checks read of one cluster parameter group (DescribeClusterParameters). */
export interface ParameterGroupSettings {
  /** require_ssl; absent when the group does not list it. */
  requireSsl?: boolean;
}

export type RedshiftStatField = 'cpu' | 'connections';

/**
 * The Price List's on-demand hourly price (USD) of one node of each node type an idle cluster of
 * the region has, by node type; read only with options.cost and an idle cluster.
 */
export type RedshiftPricing = HourlyPrices;

export interface RedshiftRegionSnapshot {
  region: string;
  /** DescribeClusters: the unit's primary listing. */
  clusters: RedshiftCluster[];
  /** The parameter groups the clusters use, by name, each read once. */
  parameterGroups: Record<string, Read<ParameterGroupSettings>>;
  /** Average CPU and peak connections of each cluster (AWS/Redshift, ClusterIdentifier), by ARN. */
  performance: StatsRead<RedshiftStatField>;
  pricing: RedshiftPricing;
}

/** The Redshift scanner, as its checks name it. */
export const REDSHIFT = scannerRef<RedshiftRegionSnapshot>('aws', 'redshift');

/**
 * Whether the cluster's parameter groups require SSL (require_ssl true in each); the failure of
 * the first group that could not be read otherwise.
 */
export function requireSslOf(
  cluster: Pick<RedshiftCluster, 'parameterGroups'>,
  groups: RedshiftRegionSnapshot['parameterGroups'],
): Read<boolean> {
  let all = cluster.parameterGroups.length > 0;
  for (const name of cluster.parameterGroups) {
    const read = groups[name];
    if (read === undefined)
      return {
        state: 'absent',
        action: 'redshift:DescribeClusterParameters',
        errorCode: 'ClusterParameterGroupNotFound',
      };
    if (read.state !== 'available') return read;
    if (read.value.requireSsl !== true) all = false;
  }
  return { state: 'available', value: all };
}
