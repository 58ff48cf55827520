import type { EventDraft, JsonValue } from '../../../../core/index.js';
import { accountId as accountResourceId, arn } from '../../arn.js';
import { allowsAnyone, policyStatements } from '../iam/policy-document.js';
import { S3_METRIC } from './metrics.js';
import type { BucketFacets, Facet, PublicAccessBlock, S3Bucket, S3Snapshot } from './model.js';

type JsonObject = { [key: string]: JsonValue };

const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

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

/** A setting's value at one level: unset when not configured, unknown when the read failed. */
function levelSetting(
  facet: Facet<PublicAccessBlock>,
  field: keyof PublicAccessBlock,
): boolean | null {
  if (facet.state === 'configured') return facet.value[field];
  return facet.state === 'none' ? false : null;
}

export type EffectiveBlock = Record<(typeof PAB_SETTINGS)[number][0], boolean | null>;

/** S3 enforces the most restrictive combination: a setting is on when either level turns it on. */
export function effectivePublicAccessBlock(
  bucket: Facet<PublicAccessBlock>,
  account: Facet<PublicAccessBlock>,
): EffectiveBlock {
  const out = {} as EffectiveBlock;
  for (const [key, field] of PAB_SETTINGS) {
    const levels = [levelSetting(bucket, field), levelSetting(account, field)];
    out[key] = levels.includes(true) ? true : levels.includes(null) ? null : false;
  }
  return out;
}

function allEnabled(block: EffectiveBlock): boolean | null {
  const values = Object.values(block);
  if (values.every((v) => v === true)) return true;
  return values.includes(false) ? false : null;
}

export interface PublicExposure {
  public: boolean | null;
  reasons: string[];
  unknownInputs: string[];
}

/**
 * Public when an ACL grant to everyone or a policy open to anyone survives Block Public Access.
 * Website hosting alone serves nothing publicly; it is named as a reason only next to another one,
 * since it then gives the bucket a public HTTP endpoint.
 */
export function publicExposure(
  facets: BucketFacets,
  account: Facet<PublicAccessBlock>,
  block: EffectiveBlock,
): PublicExposure {
  const reasons: string[] = [];
  const unknown = new Set<string>();
  const failed = (facet: Facet<unknown>): facet is Extract<Facet<unknown>, { call: string }> =>
    facet.state === 'denied' || facet.state === 'error';
  const blockReads = [facets.publicAccessBlock, account].filter(failed).map((f) => f.call);

  const gate = (found: string[], blocked: boolean | null): void => {
    if (found.length === 0 || blocked === true) return;
    if (blocked === false) reasons.push(...found);
    else for (const call of blockReads) unknown.add(call);
  };

  const aclReasons: string[] = [];
  if (facets.acl.state === 'configured') {
    const uris = new Set(facets.acl.value.grants.map((g) => g.uri));
    if (uris.has(ALL_USERS_URI)) aclReasons.push('acl_all_users');
    if (uris.has(AUTHENTICATED_USERS_URI)) aclReasons.push('acl_authenticated_users');
  } else if (failed(facets.acl)) unknown.add(facets.acl.call);
  gate(aclReasons, block.ignore_public_acls);

  const policyReasons: string[] = [];
  if (facets.policyStatus.state === 'configured' && facets.policyStatus.value.isPublic) {
    policyReasons.push('policy_status_public');
  } else if (failed(facets.policyStatus)) unknown.add(facets.policyStatus.call);
  if (facets.policy.state === 'configured') {
    if (policyStatements(facets.policy.value.document).some(allowsAnyone)) {
      policyReasons.push('policy_allows_anyone');
    }
  } else if (failed(facets.policy)) unknown.add(facets.policy.call);
  gate(policyReasons, block.restrict_public_buckets);

  if (reasons.length > 0 && facets.website.state === 'configured') reasons.push('website_hosting');
  const isPublic = reasons.length > 0 ? true : unknown.size > 0 ? null : false;
  return { public: isPublic, reasons, unknownInputs: [...unknown].sort() };
}

function* bucketEvents(bucket: S3Bucket, snapshot: S3Snapshot): Generator<EventDraft> {
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
  const block = effectivePublicAccessBlock(f.publicAccessBlock, snapshot.accountPublicAccessBlock);
  yield event(S3_METRIC.effectivePublicAccessBlock, { ...block, all_enabled: allEnabled(block) });

  yield event(
    S3_METRIC.bucketPolicy,
    facetValue(f.policy, (p) => ({
      statements_count: policyStatements(p.document).length,
      document: p.document,
    })),
  );
  yield event(
    S3_METRIC.bucketPolicyStatus,
    facetValue(f.policyStatus, (s) => ({ is_public: s.isPublic })),
  );
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
  const exposure = publicExposure(f, snapshot.accountPublicAccessBlock, block);
  yield event(S3_METRIC.bucketPublicExposure, {
    public: exposure.public,
    reasons: exposure.reasons,
    unknown_inputs: exposure.unknownInputs,
  });

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
  for (const bucket of snapshot.buckets) yield* bucketEvents(bucket, snapshot);
}
