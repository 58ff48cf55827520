import { metric, withRole, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.s3';
const S = 'aws.security.s3';
const C = 'aws.cost.s3';
const A = 'aws.architecture.s3';

/** Metric types, by name, so extractors never spell a string twice. */
export const S3_METRIC = {
  bucketsCount: `${M}.buckets_count`,
  bucketRegion: `${M}.bucket_region`,
  bucketCreationDate: `${M}.bucket_creation_date`,
  bucketTags: `${M}.bucket_tags`,

  accountPublicAccessBlock: `${S}.account_public_access_block`,
  bucketPublicAccessBlock: `${S}.bucket_public_access_block`,
  effectivePublicAccessBlock: `${S}.effective_public_access_block`,
  bucketPolicy: `${S}.bucket_policy`,
  bucketPolicyStatus: `${S}.bucket_policy_status`,
  bucketPolicyStatusMismatch: `${S}.bucket_policy_status_mismatch`,
  bucketPolicyExternalAccounts: `${S}.bucket_policy_external_accounts`,
  bucketAcl: `${S}.bucket_acl`,
  bucketPublicExposure: `${S}.bucket_public_exposure`,
  bucketEncryption: `${S}.bucket_encryption`,
  bucketVersioning: `${S}.bucket_versioning`,
  bucketLogging: `${S}.bucket_logging`,
  bucketObjectLock: `${S}.bucket_object_lock`,
  bucketOwnershipControls: `${S}.bucket_ownership_controls`,

  bucketLifecycle: `${C}.bucket_lifecycle`,

  bucketWebsite: `${A}.bucket_website`,
  bucketReplication: `${A}.bucket_replication`,
} as const;

const FACET_NOTE =
  ' Value has `state`: `configured` (with the settings), `none` (nothing configured), `denied` or `error` (with the `call` that failed and its `error_code`).';

export const S3_METRICS: readonly MetricDefinition[] = [
  metric(S3_METRIC.bucketsCount, 'number', 'Buckets the account owns (all regions).', 'count'),
  metric(S3_METRIC.bucketRegion, 'string', 'Region the bucket lives in.'),
  metric(S3_METRIC.bucketCreationDate, 'string', 'When the bucket was created (ISO 8601, UTC).'),
  withRole(
    metric(S3_METRIC.bucketTags, 'object', `Bucket tags, \`tags\`: key → value.${FACET_NOTE}`),
    'resource_tags',
  ),
  metric(
    S3_METRIC.accountPublicAccessBlock,
    'object',
    `Account-level S3 Block Public Access: block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketPublicAccessBlock,
    'object',
    `Bucket-level S3 Block Public Access: block_public_acls, ignore_public_acls, block_public_policy, restrict_public_buckets.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.effectivePublicAccessBlock,
    'object',
    'Block Public Access in force for the bucket, per setting: on when the bucket or the account turns it on; null when a level could not be read and the other does not turn it on. `all_enabled` is true when all four are on.',
  ),
  metric(
    S3_METRIC.bucketPolicy,
    'object',
    `Bucket policy: \`statements_count\` and the parsed \`document\`.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketPolicyStatus,
    'object',
    `S3's own verdict on the bucket policy, \`is_public\` (null when S3 did not say).${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketPolicyStatusMismatch,
    'object',
    "For a bucket with a policy, our evaluation of it (`evaluated_public`, before Block Public Access) next to S3's GetBucketPolicyStatus (`policy_status_is_public`, null when unread or not said, with `policy_status_call` and `policy_status_error_code` when the read failed); `mismatch` is true when they differ, null when either is unknown.",
  ),
  metric(
    S3_METRIC.bucketPolicyExternalAccounts,
    'array',
    'Ids of the accounts other than the owner that the bucket policy lets in (named as principals, or pinned by aws:PrincipalAccount / aws:SourceAccount / ARN conditions on a "*" principal).',
  ),
  metric(
    S3_METRIC.bucketAcl,
    'object',
    `Bucket ACL: \`owner_id\` and \`grants\` (grantee_type, id or uri, permission).${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketPublicExposure,
    'object',
    "Whether the bucket is public, after the bucket's and the account's Block Public Access: `public` (true, false, or null when a read it depends on failed), `reasons` (policy_allows_anyone, acl_all_users, acl_authenticated_users, website_hosting), `blocked_by_public_access_block` (what RestrictPublicBuckets / IgnorePublicAcls neutralise), `unknown_inputs` (the calls that could not be read) and the policy's `public_statements` (sid, actions). The policy is evaluated by the scanner itself; GetBucketPolicyStatus is only a cross-check (bucket_policy_status_mismatch).",
  ),
  metric(
    S3_METRIC.bucketEncryption,
    'object',
    `Default encryption: \`algorithm\`, \`kms_key_id\`, \`bucket_key_enabled\` and every \`rules\` entry.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketVersioning,
    'object',
    `Versioning \`status\` (Enabled, Suspended) and \`mfa_delete\`; \`none\` when versioning was never enabled.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketLogging,
    'object',
    `Server access logging: \`target_bucket\`, \`target_prefix\`.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketObjectLock,
    'object',
    `Object Lock: \`enabled\` and the default retention \`mode\`, \`days\`, \`years\`.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketOwnershipControls,
    'object',
    `Object Ownership setting, \`object_ownership\` (BucketOwnerEnforced disables ACLs).${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketLifecycle,
    'object',
    `Lifecycle rules: \`rules_count\`, \`enabled_rules_count\` and whether enabled rules expire, transition, expire noncurrent versions or abort incomplete multipart uploads.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketWebsite,
    'object',
    `Static website hosting: \`index_document\`, \`redirect_all_requests_to\`, \`routing_rules_count\`.${FACET_NOTE}`,
  ),
  metric(
    S3_METRIC.bucketReplication,
    'object',
    `Replication: \`rules_count\`, \`enabled_rules_count\`, destination bucket ARNs.${FACET_NOTE}`,
  ),
];
