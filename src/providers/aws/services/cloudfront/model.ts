/** The account's CloudFront distributions in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

export interface CacheBehavior {
  /** `*` for the default behavior. */
  pathPattern: string;
  /** allow-all, redirect-to-https or https-only. */
  viewerProtocolPolicy: string;
}

export interface Origin {
  id: string;
  domainName: string;
  /** `s3`: an S3 REST endpoint (S3OriginConfig); `custom`: anything else, S3 website endpoints included. */
  kind: 's3' | 'custom';
  /** Origin access control attached to the origin (the current way to keep a bucket private). */
  originAccessControlId?: string;
  /** Legacy origin access identity (`origin-access-identity/cloudfront/E…`). */
  originAccessIdentity?: string;
  /** Custom origins: http-only, match-viewer or https-only. */
  originProtocolPolicy?: string;
  /** Custom origins: the TLS versions CloudFront may use towards the origin. */
  originSslProtocols: string[];
}

export interface ViewerCertificate {
  /** The *.cloudfront.net certificate: viewers may then negotiate TLSv1. */
  cloudFrontDefault: boolean;
  /** TLSv1, TLSv1_2016, TLSv1.1_2016, TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025. */
  minimumProtocolVersion?: string;
  /** sni-only, vip or static-ip. */
  sslSupportMethod?: string;
  acmCertificateArn?: string;
}

/** What GetDistributionConfig adds to the listing. */
export interface DistributionConfig {
  /** Standard (legacy) logging to an S3 bucket. */
  logging: { enabled: boolean; bucket?: string };
  defaultRootObject?: string;
}

export interface Distribution {
  id: string;
  arn: string;
  domainName: string;
  aliases: string[];
  status: string;
  enabled: boolean;
  staging: boolean;
  priceClass?: string;
  httpVersion?: string;
  /** The WAF web ACL (a WAFv2 ARN, or a WAF Classic id); absent when none is attached. */
  webAclId?: string;
  origins: Origin[];
  /** The default behavior first, then the path-pattern ones. */
  behaviors: CacheBehavior[];
  viewerCertificate: ViewerCertificate;
  config: Read<DistributionConfig>;
}

export type CloudFrontStatField = 'requests' | 'bytesDownloaded' | 'errorRate4xx' | 'errorRate5xx';

export interface CloudFrontSnapshot {
  distributions: Distribution[];
  /**
   * ARNs of the distributions that deliver standard logs v2 through CloudWatch Logs
   * (DescribeDeliverySources in us-east-1): invisible to GetDistributionConfig.
   */
  logDeliverySources: Read<string[]>;
  performance: StatsRead<CloudFrontStatField>;
}

/** The CloudFront scanner, as its checks name it. */
export const CLOUDFRONT = scannerRef<CloudFrontSnapshot>('aws', 'cloudfront');

/** Logging as the checks and events see it: undefined when it cannot be told. */
export function loggingEnabled(
  d: Distribution,
  snapshot: Pick<CloudFrontSnapshot, 'logDeliverySources'>,
): boolean | undefined {
  const legacy = d.config.state === 'available' ? d.config.value.logging.enabled : undefined;
  const v2 =
    snapshot.logDeliverySources.state === 'available'
      ? snapshot.logDeliverySources.value.includes(d.arn)
      : undefined;
  if (legacy === true || v2 === true) return true;
  if (legacy === false && v2 === false) return false;
  return undefined;
}

/** Behaviors that serve plain HTTP to viewers. */
export function plainHttpBehaviors(d: Distribution): string[] {
  return d.behaviors
    .filter((b) => b.viewerProtocolPolicy === 'allow-all')
    .map((b) => b.pathPattern);
}
