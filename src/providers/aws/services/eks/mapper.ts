import type { Cluster } from '@aws-sdk/client-eks';
import type { ClusterDetails } from './model.js';

export function mapCluster(c: Cluster): ClusterDetails {
  const vpc = c.resourcesVpcConfig;
  const publicAccess = vpc?.endpointPublicAccess ?? true;
  const secrets = (c.encryptionConfig ?? []).find((e) => e.resources?.includes('secrets'));
  const logging = (c.logging?.clusterLogging ?? [])
    .filter((setup) => setup.enabled === true)
    .flatMap((setup) => setup.types ?? []);
  return {
    version: c.version ?? '',
    ...(c.platformVersion ? { platformVersion: c.platformVersion } : {}),
    status: c.status ?? 'UNKNOWN',
    ...(c.createdAt ? { createdAt: c.createdAt.toISOString() } : {}),
    // AWS always answers these; when one is missing its API default applies: public endpoint on,
    // private off, public endpoint open to 0.0.0.0/0.
    endpointPublicAccess: publicAccess,
    endpointPrivateAccess: vpc?.endpointPrivateAccess ?? false,
    publicAccessCidrs: vpc?.publicAccessCidrs ?? (publicAccess ? ['0.0.0.0/0'] : []),
    loggingEnabled: [...new Set(logging)].sort(),
    ...(secrets?.provider?.keyArn ? { secretsKeyArn: secrets.provider.keyArn } : {}),
    ...(c.upgradePolicy?.supportType ? { supportType: c.upgradePolicy.supportType } : {}),
  };
}
