import type { FacetDeclaration } from '../../../../core/index.js';
import { ORGANIZATION_PERMISSIONS } from '../iam/permissions.js';
import { S3_METRIC } from './metrics.js';
import type { BucketFacets } from './model.js';

/**
 * What the S3 scanner reads and may call, declared apart from the collector so that the scanner
 * registry loads no SDK.
 */

/** One per-bucket configuration read: the S3 operation, its IAM action, and its "not configured" codes. */
export interface BucketRead {
  call: string;
  action: string;
  /** Error codes that mean "this configuration does not exist": a fact, not a failure. */
  notFound: readonly string[];
}

/** Every per-bucket read, keyed by the facet it fills. */
export const BUCKET_READS: { [K in keyof BucketFacets]: BucketRead } = {
  policy: {
    call: 'GetBucketPolicy',
    action: 's3:GetBucketPolicy',
    notFound: ['NoSuchBucketPolicy'],
  },
  policyStatus: {
    call: 'GetBucketPolicyStatus',
    action: 's3:GetBucketPolicyStatus',
    notFound: ['NoSuchBucketPolicy'],
  },
  acl: { call: 'GetBucketAcl', action: 's3:GetBucketAcl', notFound: [] },
  publicAccessBlock: {
    call: 'GetPublicAccessBlock',
    action: 's3:GetBucketPublicAccessBlock',
    notFound: ['NoSuchPublicAccessBlockConfiguration'],
  },
  encryption: {
    call: 'GetBucketEncryption',
    action: 's3:GetEncryptionConfiguration',
    notFound: ['ServerSideEncryptionConfigurationNotFoundError'],
  },
  versioning: { call: 'GetBucketVersioning', action: 's3:GetBucketVersioning', notFound: [] },
  logging: { call: 'GetBucketLogging', action: 's3:GetBucketLogging', notFound: [] },
  lifecycle: {
    call: 'GetBucketLifecycleConfiguration',
    action: 's3:GetLifecycleConfiguration',
    notFound: ['NoSuchLifecycleConfiguration'],
  },
  objectLock: {
    call: 'GetObjectLockConfiguration',
    action: 's3:GetBucketObjectLockConfiguration',
    notFound: ['ObjectLockConfigurationNotFoundError'],
  },
  ownershipControls: {
    call: 'GetBucketOwnershipControls',
    action: 's3:GetBucketOwnershipControls',
    notFound: ['OwnershipControlsNotFoundError'],
  },
  website: {
    call: 'GetBucketWebsite',
    action: 's3:GetBucketWebsite',
    notFound: ['NoSuchWebsiteConfiguration'],
  },
  replication: {
    call: 'GetBucketReplication',
    action: 's3:GetReplicationConfiguration',
    notFound: ['ReplicationConfigurationNotFoundError'],
  },
  tags: { call: 'GetBucketTagging', action: 's3:GetBucketTagging', notFound: ['NoSuchTagSet'] },
};

export const FACET_NAMES = Object.keys(BUCKET_READS) as (keyof BucketFacets)[];

export const ACCOUNT_PUBLIC_ACCESS_BLOCK = {
  call: 'S3Control.GetPublicAccessBlock',
  action: 's3:GetAccountPublicAccessBlock',
  notFound: ['NoSuchPublicAccessBlockConfiguration'],
} as const;

/** The facet name of a per-bucket read (every bucket's `policy` is `buckets.policy`). */
export const bucketFacet = (name: keyof BucketFacets) => `buckets.${name}`;

/**
 * What needs each per-bucket read besides the checks reading it (tags are inventory; lifecycle is a
 * cost fact, website and replication architecture ones), and the metric types derived from it.
 */
const BUCKET_FACET_USES: {
  [K in keyof BucketFacets]: Omit<FacetDeclaration, 'permissions'>;
} = {
  policy: {
    metrics: [
      S3_METRIC.bucketPolicy,
      S3_METRIC.bucketPolicyStatusMismatch,
      S3_METRIC.bucketPolicyExternalAccounts,
      S3_METRIC.bucketPublicExposure,
    ],
  },
  policyStatus: {
    metrics: [S3_METRIC.bucketPolicyStatus, S3_METRIC.bucketPolicyStatusMismatch],
  },
  acl: { metrics: [S3_METRIC.bucketAcl, S3_METRIC.bucketPublicExposure] },
  publicAccessBlock: {
    metrics: [
      S3_METRIC.bucketPublicAccessBlock,
      S3_METRIC.effectivePublicAccessBlock,
      S3_METRIC.bucketPublicExposure,
    ],
  },
  encryption: { metrics: [S3_METRIC.bucketEncryption] },
  versioning: { metrics: [S3_METRIC.bucketVersioning] },
  logging: { metrics: [S3_METRIC.bucketLogging] },
  lifecycle: { dimensions: ['cost'], metrics: [S3_METRIC.bucketLifecycle] },
  objectLock: { metrics: [S3_METRIC.bucketObjectLock] },
  ownershipControls: { metrics: [S3_METRIC.bucketOwnershipControls] },
  website: {
    dimensions: ['architecture'],
    metrics: [S3_METRIC.bucketWebsite, S3_METRIC.bucketPublicExposure],
  },
  replication: { dimensions: ['architecture'], metrics: [S3_METRIC.bucketReplication] },
  tags: { dimensions: ['inventory'], metrics: [S3_METRIC.bucketTags] },
};

/**
 * The snapshot's facets: the account's Block Public Access, its organization (for the
 * cross-account check), and each per-bucket read. The bucket list, regions and creation dates
 * (ListBuckets) are always collected.
 */
export const S3_FACETS: Record<string, FacetDeclaration> = {
  accountPublicAccessBlock: {
    permissions: [ACCOUNT_PUBLIC_ACCESS_BLOCK.action],
    metrics: [
      S3_METRIC.accountPublicAccessBlock,
      S3_METRIC.effectivePublicAccessBlock,
      S3_METRIC.bucketPublicExposure,
    ],
  },
  organization: { permissions: ORGANIZATION_PERMISSIONS },
  ...Object.fromEntries(
    FACET_NAMES.map((name) => [
      bucketFacet(name),
      { permissions: [BUCKET_READS[name].action], ...BUCKET_FACET_USES[name] },
    ]),
  ),
};

/** The IAM actions of the calls made whatever the facets: ListBuckets, and the location fallback. */
export const S3_BASE_PERMISSIONS: readonly string[] = [
  's3:ListAllMyBuckets',
  's3:GetBucketLocation',
];

/** Every IAM action the collector calls. */
export const S3_PERMISSIONS: readonly string[] = [
  ...S3_BASE_PERMISSIONS,
  ...Object.values(S3_FACETS).flatMap((facet) => facet.permissions),
];
