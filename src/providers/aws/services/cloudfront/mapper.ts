import type {
  DistributionConfig as SdkConfig,
  DistributionSummary,
} from '@aws-sdk/client-cloudfront';
import type { Distribution, DistributionConfig, Origin } from './model.js';

/** What the listing gives of a distribution; the config is added by the collector. */
export type ListedDistribution = Omit<Distribution, 'config'>;

function mapOrigin(
  o: NonNullable<NonNullable<DistributionSummary['Origins']>['Items']>[number],
): Origin | undefined {
  if (!o.Id || !o.DomainName) return undefined;
  const s3 = o.S3OriginConfig !== undefined;
  return {
    id: o.Id,
    domainName: o.DomainName,
    kind: s3 ? 's3' : 'custom',
    ...(o.OriginAccessControlId ? { originAccessControlId: o.OriginAccessControlId } : {}),
    ...(o.S3OriginConfig?.OriginAccessIdentity
      ? { originAccessIdentity: o.S3OriginConfig.OriginAccessIdentity }
      : {}),
    ...(o.CustomOriginConfig?.OriginProtocolPolicy
      ? { originProtocolPolicy: o.CustomOriginConfig.OriginProtocolPolicy }
      : {}),
    originSslProtocols: [...(o.CustomOriginConfig?.OriginSslProtocols?.Items ?? [])],
  };
}

export function mapDistribution(d: DistributionSummary): ListedDistribution | undefined {
  if (!d.Id || !d.ARN) return undefined;
  const cert = d.ViewerCertificate;
  return {
    id: d.Id,
    arn: d.ARN,
    domainName: d.DomainName ?? '',
    aliases: [...(d.Aliases?.Items ?? [])],
    status: d.Status ?? 'unknown',
    enabled: d.Enabled ?? false,
    staging: d.Staging ?? false,
    ...(d.PriceClass ? { priceClass: d.PriceClass } : {}),
    ...(d.HttpVersion ? { httpVersion: d.HttpVersion } : {}),
    ...(d.WebACLId ? { webAclId: d.WebACLId } : {}),
    origins: (d.Origins?.Items ?? []).flatMap((o) => mapOrigin(o) ?? []),
    behaviors: [
      {
        pathPattern: '*',
        viewerProtocolPolicy: d.DefaultCacheBehavior?.ViewerProtocolPolicy ?? 'allow-all',
      },
      ...(d.CacheBehaviors?.Items ?? []).map((b) => ({
        pathPattern: b.PathPattern ?? '',
        viewerProtocolPolicy: b.ViewerProtocolPolicy ?? 'allow-all',
      })),
    ],
    viewerCertificate: {
      cloudFrontDefault: cert?.CloudFrontDefaultCertificate ?? !cert?.ACMCertificateArn,
      ...(cert?.MinimumProtocolVersion
        ? { minimumProtocolVersion: cert.MinimumProtocolVersion }
        : {}),
      ...(cert?.SSLSupportMethod ? { sslSupportMethod: cert.SSLSupportMethod } : {}),
      ...(cert?.ACMCertificateArn ? { acmCertificateArn: cert.ACMCertificateArn } : {}),
    },
  };
}

export function mapConfig(config: SdkConfig | undefined): DistributionConfig {
  return {
    logging: {
      enabled: config?.Logging?.Enabled ?? false,
      ...(config?.Logging?.Enabled && config.Logging.Bucket
        ? { bucket: config.Logging.Bucket }
        : {}),
    },
    ...(config?.DefaultRootObject ? { defaultRootObject: config.DefaultRootObject } : {}),
  };
}
