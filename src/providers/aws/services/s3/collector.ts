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
  paginateListBuckets,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import pLimit from 'p-limit';
import type { AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import { ORGANIZATION_PERMISSIONS, readOrganization } from '../iam/organization.js';
import {
  mapAcl,
  mapEncryption,
  mapLifecycle,
  mapLogging,
  mapObjectLock,
  mapOwnershipControls,
  mapPolicy,
  mapPolicyStatus,
  mapPublicAccessBlock,
  mapReplication,
  mapTags,
  mapVersioning,
  mapWebsite,
  regionFromLocationConstraint,
} from './mapper.js';
import type { BucketFacets, Facet, PublicAccessBlock, S3Bucket, S3Snapshot } from './model.js';

/** Buckets read at once; each bucket's configuration reads run together (≤ 8 × 13 calls in flight). */
export const BUCKET_CONCURRENCY = 8;
/** ListBuckets' largest page. */
const LIST_BUCKETS_PAGE_SIZE = 10_000;

type FacetValue<F> = F extends { state: 'configured'; value: infer T } ? T : never;

/** One per-bucket configuration read: the S3 operation, its IAM action, and its "not configured" codes. */
export interface BucketCall<T> {
  call: string;
  action: string;
  /** Error codes that mean "this configuration does not exist": a fact, not a failure. */
  notFound: readonly string[];
  read(client: S3Client, bucket: string, abortSignal: AbortSignal): Promise<T | null>;
}

/** Every per-bucket read, keyed by the facet it fills. */
export const BUCKET_CALLS: { [K in keyof BucketFacets]: BucketCall<FacetValue<BucketFacets[K]>> } =
  {
    policy: {
      call: 'GetBucketPolicy',
      action: 's3:GetBucketPolicy',
      notFound: ['NoSuchBucketPolicy'],
      read: async (client, Bucket, abortSignal) =>
        mapPolicy(await client.send(new GetBucketPolicyCommand({ Bucket }), { abortSignal })),
    },
    policyStatus: {
      call: 'GetBucketPolicyStatus',
      action: 's3:GetBucketPolicyStatus',
      notFound: ['NoSuchBucketPolicy'],
      read: async (client, Bucket, abortSignal) =>
        mapPolicyStatus(
          await client.send(new GetBucketPolicyStatusCommand({ Bucket }), { abortSignal }),
        ),
    },
    acl: {
      call: 'GetBucketAcl',
      action: 's3:GetBucketAcl',
      notFound: [],
      read: async (client, Bucket, abortSignal) =>
        mapAcl(await client.send(new GetBucketAclCommand({ Bucket }), { abortSignal })),
    },
    publicAccessBlock: {
      call: 'GetPublicAccessBlock',
      action: 's3:GetBucketPublicAccessBlock',
      notFound: ['NoSuchPublicAccessBlockConfiguration'],
      read: async (client, Bucket, abortSignal) =>
        mapPublicAccessBlock(
          (await client.send(new GetPublicAccessBlockCommand({ Bucket }), { abortSignal }))
            .PublicAccessBlockConfiguration,
        ),
    },
    encryption: {
      call: 'GetBucketEncryption',
      action: 's3:GetEncryptionConfiguration',
      notFound: ['ServerSideEncryptionConfigurationNotFoundError'],
      read: async (client, Bucket, abortSignal) =>
        mapEncryption(
          await client.send(new GetBucketEncryptionCommand({ Bucket }), { abortSignal }),
        ),
    },
    versioning: {
      call: 'GetBucketVersioning',
      action: 's3:GetBucketVersioning',
      notFound: [],
      read: async (client, Bucket, abortSignal) =>
        mapVersioning(
          await client.send(new GetBucketVersioningCommand({ Bucket }), { abortSignal }),
        ),
    },
    logging: {
      call: 'GetBucketLogging',
      action: 's3:GetBucketLogging',
      notFound: [],
      read: async (client, Bucket, abortSignal) =>
        mapLogging(await client.send(new GetBucketLoggingCommand({ Bucket }), { abortSignal })),
    },
    lifecycle: {
      call: 'GetBucketLifecycleConfiguration',
      action: 's3:GetLifecycleConfiguration',
      notFound: ['NoSuchLifecycleConfiguration'],
      read: async (client, Bucket, abortSignal) =>
        mapLifecycle(
          await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket }), {
            abortSignal,
          }),
        ),
    },
    objectLock: {
      call: 'GetObjectLockConfiguration',
      action: 's3:GetBucketObjectLockConfiguration',
      notFound: ['ObjectLockConfigurationNotFoundError'],
      read: async (client, Bucket, abortSignal) =>
        mapObjectLock(
          await client.send(new GetObjectLockConfigurationCommand({ Bucket }), { abortSignal }),
        ),
    },
    ownershipControls: {
      call: 'GetBucketOwnershipControls',
      action: 's3:GetBucketOwnershipControls',
      notFound: ['OwnershipControlsNotFoundError'],
      read: async (client, Bucket, abortSignal) =>
        mapOwnershipControls(
          await client.send(new GetBucketOwnershipControlsCommand({ Bucket }), { abortSignal }),
        ),
    },
    website: {
      call: 'GetBucketWebsite',
      action: 's3:GetBucketWebsite',
      notFound: ['NoSuchWebsiteConfiguration'],
      read: async (client, Bucket, abortSignal) =>
        mapWebsite(await client.send(new GetBucketWebsiteCommand({ Bucket }), { abortSignal })),
    },
    replication: {
      call: 'GetBucketReplication',
      action: 's3:GetReplicationConfiguration',
      notFound: ['ReplicationConfigurationNotFoundError'],
      read: async (client, Bucket, abortSignal) =>
        mapReplication(
          await client.send(new GetBucketReplicationCommand({ Bucket }), { abortSignal }),
        ),
    },
    tags: {
      call: 'GetBucketTagging',
      action: 's3:GetBucketTagging',
      notFound: ['NoSuchTagSet'],
      read: async (client, Bucket, abortSignal) =>
        mapTags(await client.send(new GetBucketTaggingCommand({ Bucket }), { abortSignal })),
    },
  };

const FACET_NAMES = Object.keys(BUCKET_CALLS) as (keyof BucketFacets)[];

const ACCOUNT_PUBLIC_ACCESS_BLOCK = {
  call: 'S3Control.GetPublicAccessBlock',
  action: 's3:GetAccountPublicAccessBlock',
  notFound: ['NoSuchPublicAccessBlockConfiguration'],
} as const;

/** Every IAM action the collector calls. */
export const S3_PERMISSIONS: readonly string[] = [
  's3:ListAllMyBuckets',
  's3:GetBucketLocation',
  ACCOUNT_PUBLIC_ACCESS_BLOCK.action,
  ...FACET_NAMES.map((name) => BUCKET_CALLS[name].action),
  ...ORGANIZATION_PERMISSIONS,
];

/** Runs one configuration read and turns its answer, or its expected error, into a fact. */
async function readFacet<T>(
  spec: { call: string; notFound: readonly string[] },
  read: () => Promise<T | null>,
  ctx: AwsUnitContext,
  bucket?: string,
): Promise<Facet<T>> {
  try {
    const value = await read();
    return value === null ? { state: 'none' } : { state: 'configured', value };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    if (isAwsErrorCode(error, ...spec.notFound)) return { state: 'none' };
    const classified = classifyAwsError(error);
    ctx.log.warn(
      { bucket, call: spec.call, code: classified.code },
      's3 configuration read failed',
    );
    return classified.kind === 'access_denied'
      ? { state: 'denied', call: spec.call, errorCode: classified.code }
      : { state: 'error', call: spec.call, errorCode: classified.code };
  }
}

interface ListedBucket {
  name: string;
  region?: string;
  creationDate?: string;
}

async function listBuckets(client: S3Client, signal: AbortSignal): Promise<ListedBucket[]> {
  const buckets: ListedBucket[] = [];
  const pages = paginateListBuckets(
    { client, pageSize: LIST_BUCKETS_PAGE_SIZE },
    { MaxBuckets: LIST_BUCKETS_PAGE_SIZE },
    { abortSignal: signal },
  );
  for await (const page of pages) {
    for (const bucket of page.Buckets ?? []) {
      if (!bucket.Name) continue;
      buckets.push({
        name: bucket.Name,
        ...(bucket.BucketRegion ? { region: bucket.BucketRegion } : {}),
        ...(bucket.CreationDate ? { creationDate: bucket.CreationDate.toISOString() } : {}),
      });
    }
  }
  return buckets;
}

/** Older API answers omit BucketRegion; GetBucketLocation fills the gap. */
async function bucketRegion(
  ctx: AwsUnitContext,
  home: S3Client,
  bucket: ListedBucket,
): Promise<Facet<string>> {
  if (bucket.region !== undefined) return { state: 'configured', value: bucket.region };
  return readFacet(
    { call: 'GetBucketLocation', notFound: [] },
    async () => {
      const answer = await home.send(new GetBucketLocationCommand({ Bucket: bucket.name }), {
        abortSignal: ctx.signal,
      });
      return regionFromLocationConstraint(answer.LocationConstraint);
    },
    ctx,
    bucket.name,
  );
}

async function collectBucket(
  ctx: AwsUnitContext,
  home: S3Client,
  listed: ListedBucket,
): Promise<S3Bucket> {
  ctx.signal.throwIfAborted();
  const region = await bucketRegion(ctx, home, listed);
  const base = {
    name: listed.name,
    ...(listed.creationDate ? { creationDate: listed.creationDate } : {}),
  };
  if (region.state !== 'configured') {
    // Without its region no read can reach the bucket: every facet carries why.
    const facets = {} as Record<keyof BucketFacets, Facet<unknown>>;
    for (const name of FACET_NAMES) facets[name] = region;
    return { ...base, region: null, facets: facets as BucketFacets };
  }
  const client = ctx.clients.inRegion(S3Client, region.value);
  const facets = {} as Record<keyof BucketFacets, Facet<unknown>>;
  await Promise.all(
    FACET_NAMES.map(async (name) => {
      const spec = BUCKET_CALLS[name] as BucketCall<unknown>;
      const read = () => spec.read(client, listed.name, ctx.signal);
      facets[name] = await readFacet(spec, read, ctx, listed.name);
    }),
  );
  return { ...base, region: region.value, facets: facets as BucketFacets };
}

async function accountPublicAccessBlock(ctx: AwsUnitContext): Promise<Facet<PublicAccessBlock>> {
  const control = ctx.clients.get(S3ControlClient);
  return readFacet(
    ACCOUNT_PUBLIC_ACCESS_BLOCK,
    async () =>
      mapPublicAccessBlock(
        (
          await control.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.accountId }), {
            abortSignal: ctx.signal,
          })
        ).PublicAccessBlockConfiguration,
      ),
    ctx,
  );
}

/**
 * The account's buckets and their configuration: one paginated ListBuckets, one account-level
 * public access block, the account's organization (whose accounts are trusted by default), then 13
 * reads per bucket against the bucket's own region.
 */
export async function collectS3(ctx: AwsUnitContext): Promise<S3Snapshot> {
  const home = ctx.clients.get(S3Client);
  const [listed, accountBlock, organization] = await Promise.all([
    listBuckets(home, ctx.signal),
    accountPublicAccessBlock(ctx),
    readOrganization(ctx),
  ]);
  const limit = pLimit(BUCKET_CONCURRENCY);
  const buckets = await Promise.all(listed.map((b) => limit(() => collectBucket(ctx, home, b))));
  return {
    partitionRegion: ctx.clients.region,
    accountPublicAccessBlock: accountBlock,
    buckets,
    organization,
  };
}
