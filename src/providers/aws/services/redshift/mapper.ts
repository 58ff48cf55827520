import type {
  Cluster as SdkCluster,
  DescribeLoggingStatusCommandOutput,
  Parameter,
} from '@aws-sdk/client-redshift';
import { arn } from '../../arn.js';
import type { LoggingStatus, ParameterGroupSettings, RedshiftCluster } from './model.js';

export type ListedCluster = Omit<RedshiftCluster, 'logging'>;

export function mapCluster(
  c: SdkCluster,
  scope: { region: string; accountId: string },
): ListedCluster | undefined {
  if (!c.ClusterIdentifier) return undefined;
  return {
    arn: arn('redshift', scope.region, scope.accountId, `cluster:${c.ClusterIdentifier}`),
    id: c.ClusterIdentifier,
    status: c.ClusterStatus ?? 'unknown',
    ...(c.NodeType ? { nodeType: c.NodeType } : {}),
    numberOfNodes: c.NumberOfNodes ?? 1,
    publiclyAccessible: c.PubliclyAccessible === true,
    encrypted: c.Encrypted === true,
    ...(c.KmsKeyId ? { kmsKeyId: c.KmsKeyId } : {}),
    enhancedVpcRouting: c.EnhancedVpcRouting === true,
    automatedSnapshotRetentionDays: c.AutomatedSnapshotRetentionPeriod ?? 0,
    parameterGroups: (c.ClusterParameterGroups ?? []).flatMap((g) =>
      g.ParameterGroupName ? [g.ParameterGroupName] : [],
    ),
    ...(c.MasterUsername ? { masterUsername: c.MasterUsername } : {}),
    ...(c.DBName ? { dbName: c.DBName } : {}),
    ...(c.ClusterVersion ? { clusterVersion: c.ClusterVersion } : {}),
    allowVersionUpgrade: c.AllowVersionUpgrade !== false,
    ...(c.VpcId ? { vpcId: c.VpcId } : {}),
    ...(c.ClusterCreateTime ? { createdTime: c.ClusterCreateTime.toISOString() } : {}),
  };
}

export function mapLoggingStatus(answer: DescribeLoggingStatusCommandOutput): LoggingStatus {
  const enabled = answer.LoggingEnabled === true;
  return {
    enabled,
    ...(enabled ? { destination: answer.LogDestinationType ?? 's3' } : {}),
    ...(answer.BucketName ? { bucketName: answer.BucketName } : {}),
    logExports: [...(answer.LogExports ?? [])],
    ...(answer.LastFailureTime ? { lastFailureTime: answer.LastFailureTime.toISOString() } : {}),
    ...(answer.LastFailureMessage ? { lastFailureMessage: answer.LastFailureMessage } : {}),
  };
}

export function mapParameters(parameters: readonly Parameter[]): ParameterGroupSettings {
  const requireSsl = parameters.find((p) => p.ParameterName === 'require_ssl')?.ParameterValue;
  return requireSsl === undefined ? {} : { requireSsl: requireSsl.toLowerCase() === 'true' };
}
