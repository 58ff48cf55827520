import type { EventDraft, JsonValue } from '../../../../core/index.js';
import { accountId as accountResourceId, arn } from '../../arn.js';
import {
  bucketPublicAccess,
  externalAccounts,
  grants,
  parseStatements,
  type BucketPublicAccess,
  type EffectiveBlock,
} from '../../policy/index.js';
import { S3_METRIC } from './metrics.js';
import type { BucketFacets, Facet, PublicAccessBlock, S3Bucket, S3Snapshot } from './model.js';

type JsonObject = { [key: string]: JsonValue };

const PAB_SETTINGS = [
  ['block_public_acls', 'blockPublicAcls'],
  ['ignore_public_acls', 'ignorePublicAcls'],
  ['block_public_policy', 'blockPublicPolicy'],
  ['restrict_public_buckets', 'restrictPublicBuckets'],
] as const satisfies readonly (readonly [string, keyof PublicAccessBlock])[];

export function bucketArn(name: string, partitionRegion: string): string {
  return arn('s3', '', '', name, partitionRegion);
}

/** A facet as an event value: its state, then its settings when configured, or the failed call. */
function facetValue<T>(facet: Facet<T>, render: (value: T) => JsonObject): JsonObject {
  switch (facet.state) {
    case 'configured':
      return { state: 'configured', ...render(facet.value) };
    case 'none':
      return { state: 'none' };
    default:
      return { state: facet.state, call: facet.call, error_code: facet.errorCode };
  }
}

function renderPublicAccessBlock(block: PublicAccessBlock): JsonObject {
  return Object.fromEntries(PAB_SETTINGS.map(([key, field]) => [key, block[field]]));
}

function renderEffectiveBlock(block: EffectiveBlock): JsonObject {
  const values = PAB_SETTINGS.map(([, field]) => block[field]);
  const all = values.every((v) => v === true) ? true : values.includes(false) ? false : null;
  return {
    ...Object.fromEntries(PAB_SETTINGS.map(([key, field]) => [key, block[field]])),
    all_enabled: all,
  };
}

/**
 * Website hosting alone serves nothing publicly; it is named as a reason only next to another one,
 * since it then gives the bucket a public HTTP endpoint.
 */
function exposureValue(access: BucketPublicAccess, facets: BucketFacets): JsonObject {
  const reasons: string[] = [...access.reasons];
  if (reasons.length > 0 && facets.website.state === 'configured') reasons.push('website_hosting');
  return {
    public: access.public,
    reasons,
    blocked_by_public_access_block: access.blocked,
    unknown_inputs: access.unknownInputs,
    public_statements: access.publicStatements.map((g) => ({
      ...(g.sid ? { sid: g.sid } : {}),
      actions: g.actions,
    })),
  };
}

/**
 * S3's own verdict (GetBucketPolicyStatus) next to ours, so that a difference is on record rather
 * than hidden. A missing IsPublic is unknown, never false.
 */
function policyStatusCrossCheck(
  facets: BucketFacets,
  access: BucketPublicAccess,
): JsonObject | undefined {
  if (facets.policy.state !== 'configured') return undefined;
  const status = facets.policyStatus;
  const reported = status.state === 'configured' ? status.value.isPublic : null;
  const evaluated = access.policyPublic;
  return {
    evaluated_public: evaluated,
    policy_status_is_public: reported,
    ...(status.state === 'denied' || status.state === 'error'
      ? { policy_status_call: status.call, policy_status_error_code: status.errorCode }
      : {}),
    mismatch: reported === null || evaluated === null ? null : reported !== evaluated,
  };
}

/** Accounts other than the owner (and the trusted ones) that the bucket policy lets in. */
export function bucketPolicyExternalAccounts(
  facets: BucketFacets,
  filter: { self: string; trusted?: readonly string[] },
): string[] | undefined {
  if (facets.policy.state !== 'configured') return undefined;
  return externalAccounts(grants(parseStatements(facets.policy.value.document)), filter);
}

function* bucketEvents(
  bucket: S3Bucket,
  snapshot: S3Snapshot,
  accountId: string,
): Generator<EventDraft> {
  const resource_id = bucketArn(bucket.name, snapshot.partitionRegion);
  const event = (metric_type: string, metric_value: EventDraft['metric_value']): EventDraft => ({
    resource_id,
    metric_type,
    metric_value,
  });
  const f = bucket.facets;

  if (bucket.region !== null) yield event(S3_METRIC.bucketRegion, bucket.region);
  if (bucket.creationDate) yield event(S3_METRIC.bucketCreationDate, bucket.creationDate);
  yield event(
    S3_METRIC.bucketTags,
    facetValue(f.tags, (tags) => ({ tags })),
  );

  yield event(
    S3_METRIC.bucketPublicAccessBlock,
    facetValue(f.publicAccessBlock, renderPublicAccessBlock),
  );
  const access = bucketPublicAccess(f, snapshot.accountPublicAccessBlock);
  yield event(S3_METRIC.effectivePublicAccessBlock, renderEffectiveBlock(access.block));

  yield event(
    S3_METRIC.bucketPolicy,
    facetValue(f.policy, (p) => ({
      statements_count: parseStatements(p.document).length,
      document: p.document,
    })),
  );
  yield event(
    S3_METRIC.bucketPolicyStatus,
    facetValue(f.policyStatus, (s) => ({ is_public: s.isPublic })),
  );
  const crossCheck = policyStatusCrossCheck(f, access);
  if (crossCheck !== undefined) yield event(S3_METRIC.bucketPolicyStatusMismatch, crossCheck);
  const external = bucketPolicyExternalAccounts(f, { self: accountId });
  if (external !== undefined) yield event(S3_METRIC.bucketPolicyExternalAccounts, external);
  yield event(
    S3_METRIC.bucketAcl,
    facetValue(f.acl, (acl) => ({
      owner_id: acl.ownerId ?? null,
      grants: acl.grants.map((g) => ({
        grantee_type: g.granteeType,
        ...(g.id ? { id: g.id } : {}),
        ...(g.uri ? { uri: g.uri } : {}),
        permission: g.permission,
      })),
    })),
  );
  yield event(S3_METRIC.bucketPublicExposure, exposureValue(access, f));

  yield event(
    S3_METRIC.bucketEncryption,
    facetValue(f.encryption, (e) => ({
      algorithm: e.rules[0]?.algorithm ?? null,
      kms_key_id: e.rules[0]?.kmsKeyId ?? null,
      bucket_key_enabled: e.rules[0]?.bucketKeyEnabled ?? false,
      rules: e.rules.map((r) => ({
        algorithm: r.algorithm,
        kms_key_id: r.kmsKeyId ?? null,
        bucket_key_enabled: r.bucketKeyEnabled,
      })),
    })),
  );
  yield event(
    S3_METRIC.bucketVersioning,
    facetValue(f.versioning, (v) => ({ status: v.status, mfa_delete: v.mfaDelete ?? 'Disabled' })),
  );
  yield event(
    S3_METRIC.bucketLogging,
    facetValue(f.logging, (l) => ({
      target_bucket: l.targetBucket,
      target_prefix: l.targetPrefix,
    })),
  );
  yield event(
    S3_METRIC.bucketObjectLock,
    facetValue(f.objectLock, (o) => ({
      enabled: o.enabled,
      mode: o.mode ?? null,
      days: o.days ?? null,
      years: o.years ?? null,
    })),
  );
  yield event(
    S3_METRIC.bucketOwnershipControls,
    facetValue(f.ownershipControls, (o) => ({ object_ownership: o.objectOwnership })),
  );
  yield event(
    S3_METRIC.bucketLifecycle,
    facetValue(f.lifecycle, (l) => ({
      rules_count: l.rulesCount,
      enabled_rules_count: l.enabledRulesCount,
      expiration: l.expiration,
      transition: l.transition,
      noncurrent_version_expiration: l.noncurrentVersionExpiration,
      abort_incomplete_multipart_upload: l.abortIncompleteMultipartUpload,
    })),
  );
  yield event(
    S3_METRIC.bucketWebsite,
    facetValue(f.website, (w) => ({
      index_document: w.indexDocument ?? null,
      redirect_all_requests_to: w.redirectAllRequestsTo ?? null,
      routing_rules_count: w.routingRulesCount,
    })),
  );
  yield event(
    S3_METRIC.bucketReplication,
    facetValue(f.replication, (r) => ({
      rules_count: r.rulesCount,
      enabled_rules_count: r.enabledRulesCount,
      destinations: r.destinations,
    })),
  );
}

/** Pure: the account's S3 snapshot → events, account-level first, then bucket by bucket. */
export function* extractS3(
  snapshot: S3Snapshot,
  ctx: { accountId: string },
): Generator<EventDraft> {
  const account = accountResourceId(ctx.accountId, snapshot.partitionRegion);
  yield {
    resource_id: account,
    metric_type: S3_METRIC.bucketsCount,
    metric_value: snapshot.buckets.length,
  };
  yield {
    resource_id: account,
    metric_type: S3_METRIC.accountPublicAccessBlock,
    metric_value: facetValue(snapshot.accountPublicAccessBlock, renderPublicAccessBlock),
  };
  for (const bucket of snapshot.buckets) yield* bucketEvents(bucket, snapshot, ctx.accountId);
}
