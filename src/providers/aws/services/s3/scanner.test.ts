import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetBucketWebsiteCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  NoSuchPublicAccessBlockConfiguration,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import {
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import type { BucketFacets } from './model.js';
import {
  BUCKET_ANSWERS,
  DATA_LAKE_BUCKET,
  LEGACY_BUCKET,
  LEGACY_LOCATION,
  LIST_BUCKETS_PAGES,
  s3Error,
  WEBSITE_BUCKET,
} from './fixtures/buckets.js';
import { fakeClients, TEST_CREDENTIALS, unitContext } from '../iam/fixtures/context.js';
import { registriesOf } from '../../../../cli/composition.js';
import { wantedFacets, wantsOf } from '../../../../scanning/facets.js';
import { expectOnlyDeclaredMetrics } from '../../testing/scanner-contract.js';
import { S3_METRIC } from './metrics.js';
import { s3Scanner } from './scanner.js';

const ACCOUNT = 'arn:aws:iam::123456789012:root';
const arnOf = (bucket: string) => `arn:aws:s3:::${bucket}`;

function answer(facet: keyof BucketFacets) {
  return async (input: { Bucket?: string }) => {
    const found = BUCKET_ANSWERS[input.Bucket ?? '']?.[facet];
    if (found === undefined) throw new Error(`no ${facet} answer for ${input.Bucket}`);
    if (found instanceof Error) throw found;
    return found;
  };
}

function prepareBucketReads(mock: typeof us): void {
  mock.on(GetBucketPolicyCommand).callsFake(answer('policy'));
  mock.on(GetBucketPolicyStatusCommand).callsFake(answer('policyStatus'));
  mock.on(GetBucketAclCommand).callsFake(answer('acl'));
  mock.on(GetPublicAccessBlockCommand).callsFake(answer('publicAccessBlock'));
  mock.on(GetBucketEncryptionCommand).callsFake(answer('encryption'));
  mock.on(GetBucketVersioningCommand).callsFake(answer('versioning'));
  mock.on(GetBucketLoggingCommand).callsFake(answer('logging'));
  mock.on(GetBucketLifecycleConfigurationCommand).callsFake(answer('lifecycle'));
  mock.on(GetObjectLockConfigurationCommand).callsFake(answer('objectLock'));
  mock.on(GetBucketOwnershipControlsCommand).callsFake(answer('ownershipControls'));
  mock.on(GetBucketWebsiteCommand).callsFake(answer('website'));
  mock.on(GetBucketReplicationCommand).callsFake(answer('replication'));
  mock.on(GetBucketTaggingCommand).callsFake(answer('tags'));
}

const usClient = new S3Client({ region: 'us-east-1', credentials: TEST_CREDENTIALS });
const euClient = new S3Client({ region: 'eu-west-1', credentials: TEST_CREDENTIALS });
const controlClient = new S3ControlClient({ region: 'us-east-1', credentials: TEST_CREDENTIALS });
const us = mockClient(usClient);
const eu = mockClient(euClient);
const control = mockClient(controlClient);
const organizationsClient = new OrganizationsClient({
  region: 'us-east-1',
  credentials: TEST_CREDENTIALS,
});
const organizations = mockClient(organizationsClient);

const clients = fakeClients('us-east-1', [
  { client: usClient, region: 'us-east-1' },
  { client: euClient, region: 'eu-west-1' },
  { client: controlClient, region: 'us-east-1' },
  { client: organizationsClient, region: 'us-east-1' },
]);

async function scan(): Promise<EventDraft[]> {
  const events: EventDraft[] = [];
  for await (const event of s3Scanner.scan(unitContext(clients))) events.push(event);
  return events;
}

function valueOf(events: EventDraft[], resource: string, metricType: string): unknown {
  const matches = events.filter((e) => e.resource_id === resource && e.metric_type === metricType);
  expect(matches, `${metricType} on ${resource}`).toHaveLength(1);
  return matches[0]?.metric_value;
}

beforeEach(() => {
  us.reset();
  eu.reset();
  control.reset();
  organizations.reset();
  organizations.on(DescribeOrganizationCommand).rejects(
    new AWSOrganizationsNotInUseException({
      message: 'Your account is not a member of an organization.',
      $metadata: { httpStatusCode: 400 },
    }),
  );
  us.on(ListBucketsCommand)
    .resolvesOnce(LIST_BUCKETS_PAGES[0]!)
    .resolvesOnce(LIST_BUCKETS_PAGES[1]!);
  us.on(GetBucketLocationCommand, { Bucket: LEGACY_BUCKET }).resolves(LEGACY_LOCATION);
  prepareBucketReads(us);
  prepareBucketReads(eu);
  control.on(GetAccountPublicAccessBlockCommand).rejects(
    new NoSuchPublicAccessBlockConfiguration({
      message: 'The public access block configuration was not found',
      $metadata: { httpStatusCode: 404 },
    }),
  );
});

describe('s3Scanner', () => {
  it('lists every bucket across pages and reads each one in its own region', async () => {
    const events = await scan();

    expect(us.commandCalls(ListBucketsCommand)).toHaveLength(2);
    expect(us.commandCalls(ListBucketsCommand)[0]?.args[0].input.MaxBuckets).toBe(10_000);
    expect(us.commandCalls(ListBucketsCommand)[1]?.args[0].input.ContinuationToken).toBe(
      'AAAAAEXAMPLEcontinuation',
    );
    // Only the bucket listed without a region needs GetBucketLocation ('EU' is eu-west-1).
    expect(us.commandCalls(GetBucketLocationCommand).map((c) => c.args[0].input.Bucket)).toEqual([
      LEGACY_BUCKET,
    ]);
    const bucketsRead = (mock: typeof us) =>
      mock
        .commandCalls(GetBucketEncryptionCommand)
        .map((c) => c.args[0].input.Bucket)
        .sort();
    expect(bucketsRead(us)).toEqual([WEBSITE_BUCKET]);
    expect(bucketsRead(eu)).toEqual([DATA_LAKE_BUCKET, LEGACY_BUCKET]);
    // Up to 13 configuration reads per bucket, all in the bucket's region, less the answers
    // another read gives: the website and legacy buckets have no policy (so no policy status) and
    // no versioning (so no Object Lock); the data lake enforces bucket-owner ownership (so its ACL
    // is the owner's alone).
    expect(us.commandCalls(GetBucketPolicyStatusCommand)).toHaveLength(0);
    expect(us.commandCalls(GetObjectLockConfigurationCommand)).toHaveLength(0);
    expect(
      eu.commandCalls(GetBucketPolicyStatusCommand).map((c) => c.args[0].input.Bucket),
    ).toEqual([DATA_LAKE_BUCKET]);
    expect(
      eu.commandCalls(GetObjectLockConfigurationCommand).map((c) => c.args[0].input.Bucket),
    ).toEqual([DATA_LAKE_BUCKET]);
    expect(eu.commandCalls(GetBucketAclCommand).map((c) => c.args[0].input.Bucket)).toEqual([
      LEGACY_BUCKET,
    ]);
    expect(eu.calls()).toHaveLength(12 + 11);
    expect(us.calls()).toHaveLength(2 + 1 + 11);
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketAcl)).toEqual({
      state: 'configured',
      owner_id: expect.any(String),
      grants: [
        { grantee_type: 'CanonicalUser', id: expect.any(String), permission: 'FULL_CONTROL' },
      ],
    });
    expect(valueOf(events, arnOf(LEGACY_BUCKET), S3_METRIC.bucketPolicyStatus)).toEqual({
      state: 'none',
    });
    expect(valueOf(events, arnOf(LEGACY_BUCKET), S3_METRIC.bucketObjectLock)).toEqual({
      state: 'none',
    });

    expect(valueOf(events, ACCOUNT, S3_METRIC.bucketsCount)).toBe(3);
    expect(valueOf(events, arnOf(LEGACY_BUCKET), S3_METRIC.bucketRegion)).toBe('eu-west-1');
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketRegion)).toBe('eu-west-1');
    expect(valueOf(events, arnOf(WEBSITE_BUCKET), S3_METRIC.bucketCreationDate)).toBe(
      '2021-03-04T08:15:00.000Z',
    );
    expect(control.commandCalls(GetAccountPublicAccessBlockCommand)[0]?.args[0].input).toEqual({
      AccountId: '123456789012',
    });
  });

  it('with a selection of one check, reads only that check’s part of each bucket and the dimensions’', async () => {
    const { checks } = registriesOf();
    const wants = wantsOf(
      wantedFacets(s3Scanner, { checks: ['s3_bucket_object_versioning'] }, checks.all()),
    );
    const events: EventDraft[] = [];
    for await (const event of s3Scanner.scan({ ...unitContext(clients), wants }))
      events.push(event);

    const operations = (mock: typeof us) =>
      [...new Set(mock.calls().map((c) => (c.args[0] as object).constructor.name))].sort();
    expect(operations(eu)).toEqual([
      'GetBucketReplicationCommand',
      'GetBucketTaggingCommand',
      'GetBucketVersioningCommand',
      'GetBucketWebsiteCommand',
    ]);
    expect(eu.calls()).toHaveLength(2 * 4);
    expect(control.calls()).toHaveLength(0);
    expect(organizations.calls()).toHaveLength(0);
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketVersioning)).toMatchObject({
      state: 'configured',
    });
    // What was not collected is not reported as a fact about the bucket.
    expect(
      events.filter(
        (e) => e.metric_type === S3_METRIC.bucketPolicy || e.metric_type === S3_METRIC.bucketAcl,
      ),
    ).toEqual([]);
  });

  it('reports every missing configuration as a "none" fact, not an error', async () => {
    const events = await scan();
    const legacy = arnOf(LEGACY_BUCKET);
    for (const metricType of [
      S3_METRIC.bucketPolicy,
      S3_METRIC.bucketPolicyStatus,
      S3_METRIC.bucketPublicAccessBlock,
      S3_METRIC.bucketEncryption,
      S3_METRIC.bucketVersioning,
      S3_METRIC.bucketLogging,
      S3_METRIC.bucketLifecycle,
      S3_METRIC.bucketObjectLock,
      S3_METRIC.bucketOwnershipControls,
      S3_METRIC.bucketWebsite,
      S3_METRIC.bucketReplication,
      S3_METRIC.bucketTags,
    ]) {
      expect(valueOf(events, legacy, metricType), metricType).toEqual({ state: 'none' });
    }
    expect(valueOf(events, ACCOUNT, S3_METRIC.accountPublicAccessBlock)).toEqual({ state: 'none' });
    expect(valueOf(events, legacy, S3_METRIC.effectivePublicAccessBlock)).toEqual({
      block_public_acls: false,
      ignore_public_acls: false,
      block_public_policy: false,
      restrict_public_buckets: false,
      all_enabled: false,
    });
  });

  it('names the denied call and still reports the rest of the bucket', async () => {
    const events = await scan();
    const lake = arnOf(DATA_LAKE_BUCKET);

    expect(valueOf(events, lake, S3_METRIC.bucketEncryption)).toEqual({
      state: 'denied',
      call: 'GetBucketEncryption',
      error_code: 'AccessDenied',
    });
    expect(valueOf(events, lake, S3_METRIC.bucketVersioning)).toEqual({
      state: 'configured',
      status: 'Enabled',
      mfa_delete: 'Disabled',
    });
    expect(valueOf(events, lake, S3_METRIC.bucketLogging)).toEqual({
      state: 'configured',
      target_bucket: 'acme-access-logs-eu',
      target_prefix: 'data-lake/',
    });
    expect(valueOf(events, lake, S3_METRIC.bucketLifecycle)).toEqual({
      state: 'configured',
      rules_count: 2,
      enabled_rules_count: 1,
      expiration: true,
      transition: true,
      noncurrent_version_expiration: false,
      abort_incomplete_multipart_upload: false,
    });
    expect(valueOf(events, lake, S3_METRIC.bucketObjectLock)).toEqual({
      state: 'configured',
      enabled: true,
      mode: 'COMPLIANCE',
      days: 30,
      years: null,
    });
    expect(valueOf(events, lake, S3_METRIC.bucketReplication)).toEqual({
      state: 'configured',
      rules_count: 1,
      enabled_rules_count: 1,
      destinations: ['arn:aws:s3:::acme-data-lake-dr'],
    });
    expect(valueOf(events, lake, S3_METRIC.bucketTags)).toEqual({
      state: 'configured',
      tags: { team: 'data', env: 'prod' },
    });
    // The website bucket was not denied anything: its encryption is a configured fact.
    expect(valueOf(events, arnOf(WEBSITE_BUCKET), S3_METRIC.bucketEncryption)).toMatchObject({
      state: 'configured',
      algorithm: 'AES256',
    });
  });

  it('says which buckets are public and why', async () => {
    const events = await scan();

    expect(valueOf(events, arnOf(WEBSITE_BUCKET), S3_METRIC.bucketPublicExposure)).toEqual({
      public: true,
      reasons: ['acl_all_users', 'website_hosting'],
      blocked_by_public_access_block: [],
      unknown_inputs: [],
      public_statements: [],
    });
    // The TLS-only Deny does not take the public read back: HTTPS callers are still anyone.
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketPublicExposure)).toEqual({
      public: true,
      reasons: ['policy_allows_anyone'],
      blocked_by_public_access_block: [],
      unknown_inputs: [],
      public_statements: [{ sid: 'PublicRead', actions: ['s3:GetObject'] }],
    });
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketPolicyStatusMismatch)).toEqual({
      evaluated_public: true,
      policy_status_is_public: true,
      mismatch: false,
    });
    expect(valueOf(events, arnOf(LEGACY_BUCKET), S3_METRIC.bucketPublicExposure)).toEqual({
      public: false,
      reasons: [],
      blocked_by_public_access_block: [],
      unknown_inputs: [],
      public_statements: [],
    });
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketPolicy)).toMatchObject({
      state: 'configured',
      statements_count: 2,
    });
  });

  it('applies the account Block Public Access to every bucket', async () => {
    control.on(GetAccountPublicAccessBlockCommand).resolves({
      $metadata: { httpStatusCode: 200 },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    const events = await scan();

    expect(valueOf(events, ACCOUNT, S3_METRIC.accountPublicAccessBlock)).toEqual({
      state: 'configured',
      block_public_acls: true,
      ignore_public_acls: true,
      block_public_policy: true,
      restrict_public_buckets: true,
    });
    for (const bucket of [WEBSITE_BUCKET, DATA_LAKE_BUCKET, LEGACY_BUCKET]) {
      expect(valueOf(events, arnOf(bucket), S3_METRIC.effectivePublicAccessBlock)).toMatchObject({
        all_enabled: true,
      });
      expect(valueOf(events, arnOf(bucket), S3_METRIC.bucketPublicExposure)).toMatchObject({
        public: false,
      });
    }
  });

  it('cannot call a bucket private when the Block Public Access reads were denied', async () => {
    control
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(s3Error('AccessDenied', 403, 'Access Denied'));
    const events = await scan();

    expect(valueOf(events, ACCOUNT, S3_METRIC.accountPublicAccessBlock)).toEqual({
      state: 'denied',
      call: 'S3Control.GetPublicAccessBlock',
      error_code: 'AccessDenied',
    });
    // The data lake's own block ignores ACLs, but its policy's fate hangs on the unreadable account block.
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.bucketPublicExposure)).toEqual({
      public: null,
      reasons: [],
      blocked_by_public_access_block: [],
      unknown_inputs: ['S3Control.GetPublicAccessBlock'],
      public_statements: [{ sid: 'PublicRead', actions: ['s3:GetObject'] }],
    });
    expect(valueOf(events, arnOf(DATA_LAKE_BUCKET), S3_METRIC.effectivePublicAccessBlock)).toEqual({
      block_public_acls: true,
      ignore_public_acls: true,
      block_public_policy: null,
      restrict_public_buckets: null,
      all_enabled: null,
    });
  });

  it('records a bucket whose region cannot be found, without reading it from the wrong region', async () => {
    us.on(GetBucketLocationCommand, { Bucket: LEGACY_BUCKET }).rejects(
      s3Error('AccessDenied', 403, 'Access Denied'),
    );
    const events = await scan();
    const legacy = arnOf(LEGACY_BUCKET);

    expect(eu.commandCalls(GetBucketEncryptionCommand).map((c) => c.args[0].input.Bucket)).toEqual([
      DATA_LAKE_BUCKET,
    ]);
    expect(
      events.some((e) => e.resource_id === legacy && e.metric_type === S3_METRIC.bucketRegion),
    ).toBe(false);
    expect(valueOf(events, legacy, S3_METRIC.bucketAcl)).toEqual({
      state: 'denied',
      call: 'GetBucketLocation',
      error_code: 'AccessDenied',
    });
    expect(valueOf(events, legacy, S3_METRIC.bucketPublicExposure)).toEqual({
      public: null,
      reasons: [],
      blocked_by_public_access_block: [],
      unknown_inputs: ['GetBucketLocation'],
      public_statements: [],
    });
  });

  it('records an unexpected failure of one read as an error fact and goes on', async () => {
    us.on(GetBucketLoggingCommand, { Bucket: WEBSITE_BUCKET }).rejects(
      s3Error('InternalError', 500, 'We encountered an internal error. Please try again.'),
    );
    const events = await scan();

    expect(valueOf(events, arnOf(WEBSITE_BUCKET), S3_METRIC.bucketLogging)).toEqual({
      state: 'error',
      call: 'GetBucketLogging',
      error_code: 'InternalError',
    });
    expect(valueOf(events, arnOf(WEBSITE_BUCKET), S3_METRIC.bucketTags)).toEqual({
      state: 'configured',
      tags: { team: 'web' },
    });
  });

  it('stops when the unit is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const events: EventDraft[] = [];
    await expect(async () => {
      for await (const event of s3Scanner.scan(unitContext(clients, controller.signal)))
        events.push(event);
    }).rejects.toThrow();
    expect(events).toEqual([]);
  });

  it('emits only metric types it declares, with their declared value types', async () => {
    const events = await scan();
    expect(events.length).toBeGreaterThan(0);
    expectOnlyDeclaredMetrics(s3Scanner, s3Scanner.metrics, events);
  });

  it('declares exactly the IAM actions it calls, as a global scanner', () => {
    expect(s3Scanner.scope).toBe('global');
    expect([...s3Scanner.permissions].sort()).toEqual(
      [
        's3:ListAllMyBuckets',
        's3:GetBucketLocation',
        's3:GetAccountPublicAccessBlock',
        's3:GetBucketPolicy',
        's3:GetBucketPolicyStatus',
        's3:GetBucketAcl',
        's3:GetBucketPublicAccessBlock',
        's3:GetEncryptionConfiguration',
        's3:GetBucketVersioning',
        's3:GetBucketLogging',
        's3:GetLifecycleConfiguration',
        's3:GetBucketObjectLockConfiguration',
        's3:GetBucketOwnershipControls',
        's3:GetBucketWebsite',
        's3:GetReplicationConfiguration',
        's3:GetBucketTagging',
        'organizations:DescribeOrganization',
        'organizations:ListAccounts',
      ].sort(),
    );
  });
});
