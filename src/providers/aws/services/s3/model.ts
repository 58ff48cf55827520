import type { JsonValue } from '../../../../core/index.js';
import type { Organization, Source } from '../iam/model.js';
import { scannerRef } from '../../../../core/index.js';

/** The account's S3 snapshot in our own compact types: extractors never see SDK shapes. */

/**
 * What one configuration read returned. A missing configuration is a fact (`none`); a denied or
 * failed read says which call, so that nothing downstream mistakes it for a clean bill of health.
 */
export type Facet<T> =
  | { state: 'configured'; value: T }
  | { state: 'none' }
  | { state: 'denied'; call: string; errorCode: string }
  | { state: 'error'; call: string; errorCode: string };

export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface BucketPolicy {
  /** The parsed document, or null when S3 returned something that is not JSON. */
  document: JsonValue | null;
}

export interface BucketPolicyStatus {
  /** S3's own verdict on the policy; null when the answer carried no IsPublic (unknown, not false). */
  isPublic: boolean | null;
}

export interface AclGrant {
  granteeType: string;
  /** Canonical user id (CanonicalUser grantees). */
  id?: string;
  /** Predefined group URI (Group grantees: AllUsers, AuthenticatedUsers, LogDelivery). */
  uri?: string;
  permission: string;
}

export interface BucketAcl {
  ownerId?: string;
  grants: AclGrant[];
}

export interface EncryptionRule {
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled: boolean;
}

export interface BucketEncryption {
  rules: EncryptionRule[];
}

export interface BucketVersioning {
  status: string;
  /** `Enabled` / `Disabled`; absent when the bucket never had MFA delete configured. */
  mfaDelete?: string;
}

export interface BucketLogging {
  targetBucket: string;
  targetPrefix: string;
}

export interface BucketLifecycle {
  rulesCount: number;
  enabledRulesCount: number;
  expiration: boolean;
  transition: boolean;
  noncurrentVersionExpiration: boolean;
  abortIncompleteMultipartUpload: boolean;
}

export interface ObjectLock {
  enabled: boolean;
  mode?: string;
  days?: number;
  years?: number;
}

export interface OwnershipControls {
  objectOwnership: string;
}

export interface BucketWebsite {
  indexDocument?: string;
  redirectAllRequestsTo?: string;
  routingRulesCount: number;
}

export interface BucketReplication {
  rulesCount: number;
  enabledRulesCount: number;
  /** Destination bucket ARNs. */
  destinations: string[];
}

export type Tags = Record<string, string>;

/** Every per-bucket configuration read, by facet name. */
export interface BucketFacets {
  policy: Facet<BucketPolicy>;
  policyStatus: Facet<BucketPolicyStatus>;
  acl: Facet<BucketAcl>;
  publicAccessBlock: Facet<PublicAccessBlock>;
  encryption: Facet<BucketEncryption>;
  versioning: Facet<BucketVersioning>;
  logging: Facet<BucketLogging>;
  lifecycle: Facet<BucketLifecycle>;
  objectLock: Facet<ObjectLock>;
  ownershipControls: Facet<OwnershipControls>;
  website: Facet<BucketWebsite>;
  replication: Facet<BucketReplication>;
  tags: Facet<Tags>;
}

export interface S3Bucket {
  name: string;
  /** null when neither ListBuckets nor GetBucketLocation told where the bucket lives. */
  region: string | null;
  /** ISO 8601, UTC. */
  creationDate?: string;
  facets: BucketFacets;
}

export interface S3Snapshot {
  /** Region whose partition the bucket ARNs belong to (the unit's home region). */
  partitionRegion: string;
  accountPublicAccessBlock: Facet<PublicAccessBlock>;
  buckets: S3Bucket[];
  /**
   * The account's organization (null: none), whose accounts the cross-account check trusts by
   * default. Absent in snapshots built without it.
   */
  organization?: Source<Organization | null>;
}

/** The S3 scanner, as its checks name it. */
export const S3 = scannerRef<S3Snapshot>('aws', 's3');
