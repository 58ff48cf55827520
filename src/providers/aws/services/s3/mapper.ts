import type {
  GetBucketAclCommandOutput,
  GetBucketEncryptionCommandOutput,
  GetBucketLifecycleConfigurationCommandOutput,
  GetBucketLoggingCommandOutput,
  GetBucketOwnershipControlsCommandOutput,
  GetBucketPolicyCommandOutput,
  GetBucketPolicyStatusCommandOutput,
  GetBucketReplicationCommandOutput,
  GetBucketTaggingCommandOutput,
  GetBucketVersioningCommandOutput,
  GetBucketWebsiteCommandOutput,
  GetObjectLockConfigurationCommandOutput,
  PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { decodePolicyDocument } from '../../policy/index.js';
import type {
  AclGrant,
  BucketAcl,
  BucketEncryption,
  BucketLifecycle,
  BucketLogging,
  BucketPolicy,
  BucketPolicyStatus,
  BucketReplication,
  BucketVersioning,
  BucketWebsite,
  ObjectLock,
  OwnershipControls,
  PublicAccessBlock,
  Tags,
} from './model.js';

/**
 * SDK answers → our types. Each mapper returns null when the answer says "nothing configured"
 * without an error (an empty versioning or logging answer, an empty rule list).
 */

/** GetBucketLocation's LocationConstraint → region: empty means us-east-1, `EU` the old eu-west-1 alias. */
export function regionFromLocationConstraint(constraint: string | null | undefined): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** Shared by the bucket's GetPublicAccessBlock and S3 Control's account-level one (same shape). */
export function mapPublicAccessBlock(
  configuration: PublicAccessBlockConfiguration | undefined,
): PublicAccessBlock | null {
  if (configuration === undefined) return null;
  return {
    blockPublicAcls: configuration.BlockPublicAcls ?? false,
    ignorePublicAcls: configuration.IgnorePublicAcls ?? false,
    blockPublicPolicy: configuration.BlockPublicPolicy ?? false,
    restrictPublicBuckets: configuration.RestrictPublicBuckets ?? false,
  };
}

export function mapPolicy(output: GetBucketPolicyCommandOutput): BucketPolicy | null {
  if (output.Policy === undefined || output.Policy === '') return null;
  return { document: decodePolicyDocument(output.Policy) };
}

export function mapPolicyStatus(
  output: GetBucketPolicyStatusCommandOutput,
): BucketPolicyStatus | null {
  if (output.PolicyStatus === undefined) return null;
  return { isPublic: output.PolicyStatus.IsPublic ?? null };
}

export function mapAcl(output: GetBucketAclCommandOutput): BucketAcl {
  const grants: AclGrant[] = (output.Grants ?? []).map((grant) => ({
    granteeType: grant.Grantee?.Type ?? 'unknown',
    ...(grant.Grantee?.ID ? { id: grant.Grantee.ID } : {}),
    ...(grant.Grantee?.URI ? { uri: grant.Grantee.URI } : {}),
    permission: grant.Permission ?? 'unknown',
  }));
  return { ...(output.Owner?.ID ? { ownerId: output.Owner.ID } : {}), grants };
}

export function mapEncryption(output: GetBucketEncryptionCommandOutput): BucketEncryption | null {
  const rules = output.ServerSideEncryptionConfiguration?.Rules ?? [];
  if (rules.length === 0) return null;
  return {
    rules: rules.map((rule) => {
      const byDefault = rule.ApplyServerSideEncryptionByDefault;
      return {
        algorithm: byDefault?.SSEAlgorithm ?? 'unknown',
        ...(byDefault?.KMSMasterKeyID ? { kmsKeyId: byDefault.KMSMasterKeyID } : {}),
        bucketKeyEnabled: rule.BucketKeyEnabled ?? false,
      };
    }),
  };
}

export function mapVersioning(output: GetBucketVersioningCommandOutput): BucketVersioning | null {
  if (output.Status === undefined) return null;
  return { status: output.Status, ...(output.MFADelete ? { mfaDelete: output.MFADelete } : {}) };
}

export function mapLogging(output: GetBucketLoggingCommandOutput): BucketLogging | null {
  const enabled = output.LoggingEnabled;
  if (enabled?.TargetBucket === undefined) return null;
  return { targetBucket: enabled.TargetBucket, targetPrefix: enabled.TargetPrefix ?? '' };
}

export function mapLifecycle(
  output: GetBucketLifecycleConfigurationCommandOutput,
): BucketLifecycle | null {
  const rules = output.Rules ?? [];
  if (rules.length === 0) return null;
  const enabled = rules.filter((r) => r.Status === 'Enabled');
  return {
    rulesCount: rules.length,
    enabledRulesCount: enabled.length,
    expiration: enabled.some((r) => r.Expiration !== undefined),
    transition: enabled.some(
      (r) => (r.Transitions?.length ?? 0) > 0 || (r.NoncurrentVersionTransitions?.length ?? 0) > 0,
    ),
    noncurrentVersionExpiration: enabled.some((r) => r.NoncurrentVersionExpiration !== undefined),
    abortIncompleteMultipartUpload: enabled.some(
      (r) => r.AbortIncompleteMultipartUpload !== undefined,
    ),
  };
}

export function mapObjectLock(output: GetObjectLockConfigurationCommandOutput): ObjectLock | null {
  const configuration = output.ObjectLockConfiguration;
  if (configuration === undefined) return null;
  const retention = configuration.Rule?.DefaultRetention;
  return {
    enabled: configuration.ObjectLockEnabled === 'Enabled',
    ...(retention?.Mode ? { mode: retention.Mode } : {}),
    ...(retention?.Days !== undefined ? { days: retention.Days } : {}),
    ...(retention?.Years !== undefined ? { years: retention.Years } : {}),
  };
}

export function mapOwnershipControls(
  output: GetBucketOwnershipControlsCommandOutput,
): OwnershipControls | null {
  const ownership = output.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
  return ownership === undefined ? null : { objectOwnership: ownership };
}

export function mapWebsite(output: GetBucketWebsiteCommandOutput): BucketWebsite {
  return {
    ...(output.IndexDocument?.Suffix ? { indexDocument: output.IndexDocument.Suffix } : {}),
    ...(output.RedirectAllRequestsTo?.HostName
      ? { redirectAllRequestsTo: output.RedirectAllRequestsTo.HostName }
      : {}),
    routingRulesCount: output.RoutingRules?.length ?? 0,
  };
}

export function mapReplication(
  output: GetBucketReplicationCommandOutput,
): BucketReplication | null {
  const rules = output.ReplicationConfiguration?.Rules ?? [];
  if (rules.length === 0) return null;
  const destinations = rules
    .map((r) => r.Destination?.Bucket)
    .filter((b): b is string => typeof b === 'string' && b !== '');
  return {
    rulesCount: rules.length,
    enabledRulesCount: rules.filter((r) => r.Status === 'Enabled').length,
    destinations: [...new Set(destinations)].sort(),
  };
}

export function mapTags(output: GetBucketTaggingCommandOutput): Tags | null {
  const tags: Tags = {};
  for (const tag of output.TagSet ?? []) {
    if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
  }
  return Object.keys(tags).length === 0 ? null : tags;
}
