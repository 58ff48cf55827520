import type { DomainStatus } from '@aws-sdk/client-opensearch';
import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type { AccessPolicy, DomainConfig, DomainLogs } from './model.js';

/** The access policy's public statements and the other accounts it lets in. */
export function judgeAccessPolicy(
  text: string | undefined,
  account: string,
): AccessPolicy | undefined {
  const statements = parseStatements(decodePolicyDocument(text));
  if (statements.length === 0) return undefined;
  const all = grants(statements, { actions: ['es:*'] });
  const open = all.filter((g) => g.public);
  return {
    statementCount: statements.length,
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
    externalAccounts: [...new Set(all.flatMap((g) => g.accounts))]
      .filter((a) => a !== account)
      .sort(),
  };
}

function mapLogs(options: DomainStatus['LogPublishingOptions']): DomainLogs {
  const group = (key: keyof NonNullable<typeof options>) => {
    const o = options?.[key];
    return o?.Enabled === true ? (o.CloudWatchLogsLogGroupArn ?? '') : undefined;
  };
  const entries = {
    audit: group('AUDIT_LOGS'),
    application: group('ES_APPLICATION_LOGS'),
    indexSlow: group('INDEX_SLOW_LOGS'),
    searchSlow: group('SEARCH_SLOW_LOGS'),
  };
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined),
  ) as DomainLogs;
}

/** One DescribeDomains entry → our domain configuration. */
export function mapDomainStatus(d: DomainStatus, account: string): DomainConfig {
  const cluster = d.ClusterConfig ?? {};
  const endpoint = d.Endpoint ?? d.Endpoints?.vpc ?? d.Endpoints?.vpcv2;
  const policy = judgeAccessPolicy(d.AccessPolicies, account);
  return {
    domainId: d.DomainId ?? '',
    ...(d.EngineVersion ? { engineVersion: d.EngineVersion } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(d.VPCOptions?.VPCId ? { vpcId: d.VPCOptions.VPCId } : {}),
    subnetIds: d.VPCOptions?.SubnetIds ?? [],
    securityGroupIds: d.VPCOptions?.SecurityGroupIds ?? [],
    ...(policy ? { accessPolicy: policy } : {}),
    nodeToNodeEncryption: d.NodeToNodeEncryptionOptions?.Enabled === true,
    encryptionAtRest: d.EncryptionAtRestOptions?.Enabled === true,
    ...(d.EncryptionAtRestOptions?.KmsKeyId
      ? { kmsKeyId: d.EncryptionAtRestOptions.KmsKeyId }
      : {}),
    fineGrainedAccessControl: d.AdvancedSecurityOptions?.Enabled === true,
    internalUserDatabase: d.AdvancedSecurityOptions?.InternalUserDatabaseEnabled === true,
    anonymousAuth: d.AdvancedSecurityOptions?.AnonymousAuthEnabled === true,
    enforceHttps: d.DomainEndpointOptions?.EnforceHTTPS === true,
    ...(d.DomainEndpointOptions?.TLSSecurityPolicy
      ? { tlsSecurityPolicy: d.DomainEndpointOptions.TLSSecurityPolicy }
      : {}),
    logs: mapLogs(d.LogPublishingOptions),
    ...(cluster.InstanceType ? { instanceType: cluster.InstanceType } : {}),
    instanceCount: cluster.InstanceCount ?? 0,
    dedicatedMaster: cluster.DedicatedMasterEnabled === true,
    ...(cluster.DedicatedMasterEnabled && cluster.DedicatedMasterType
      ? { dedicatedMasterType: cluster.DedicatedMasterType }
      : {}),
    dedicatedMasterCount: cluster.DedicatedMasterEnabled ? (cluster.DedicatedMasterCount ?? 0) : 0,
    zoneAwareness: cluster.ZoneAwarenessEnabled === true,
    ...(cluster.ZoneAwarenessEnabled
      ? { availabilityZoneCount: cluster.ZoneAwarenessConfig?.AvailabilityZoneCount ?? 2 }
      : {}),
    multiAzWithStandby: cluster.MultiAZWithStandbyEnabled === true,
    warmCount: cluster.WarmEnabled ? (cluster.WarmCount ?? 0) : 0,
    ...(d.EBSOptions?.EBSEnabled && d.EBSOptions.VolumeSize !== undefined
      ? { ebsVolumeGib: d.EBSOptions.VolumeSize }
      : {}),
    ...(d.ServiceSoftwareOptions?.CurrentVersion
      ? { serviceSoftwareVersion: d.ServiceSoftwareOptions.CurrentVersion }
      : {}),
    updateAvailable: d.ServiceSoftwareOptions?.UpdateAvailable === true,
    processing: d.Processing === true,
    deleted: d.Deleted === true,
  };
}
