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
  S3Client,
} from '@aws-sdk/client-s3';
import {
  ACCOUNT_BUCKETS_KEY,
  listAccountBuckets,
  type BucketList,
  type ListedBucket,
} from './bucket-list.js';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import pLimit from 'p-limit';
import { NOT_COLLECTED } from '../../../../core/index.js';
import type { AwsCollectContext, AwsUnitContext } from '../../define-scanner.js';
import { classifyAwsError, isAwsErrorCode } from '../../errors.js';
import { readOrganization } from '../iam/organization.js';
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
import {
  ACCOUNT_PUBLIC_ACCESS_BLOCK,
  BUCKET_READS,
  bucketFacet,
  FACET_NAMES,
  type BucketRead,
} from './facets.js';
import type {
  BucketAcl,
  BucketFacets,
  Facet,
  PublicAccessBlock,
  S3Bucket,
  S3Snapshot,
} from './model.js';

/** Buckets read at once; each bucket's configuration reads run together (≤ 8 × 13 calls in flight). */
export const BUCKET_CONCURRENCY = 8;

type FacetValue<F> = F extends { state: 'configured'; value: infer T } ? T : never;

/** One per-bucket configuration read, with the call that makes it. */
export interface BucketCall<T> extends BucketRead {
  read(client: S3Client, bucket: string, abortSignal: AbortSignal): Promise<T | null>;
}

/** Every per-bucket read, keyed by the facet it fills. */
export const BUCKET_CALLS: { [K in keyof BucketFacets]: BucketCall<FacetValue<BucketFacets[K]>> } =
  {
    policy: {
      ...BUCKET_READS.policy,
      read: async (client, Bucket, abortSignal) =>
        mapPolicy(await client.send(new GetBucketPolicyCommand({ Bucket }), { abortSignal })),
    },
    policyStatus: {
      ...BUCKET_READS.policyStatus,
      read: async (client, Bucket, abortSignal) =>
        mapPolicyStatus(
          await client.send(new GetBucketPolicyStatusCommand({ Bucket }), { abortSignal }),
        ),
    },
    acl: {
      ...BUCKET_READS.acl,
      read: async (client, Bucket, abortSignal) =>
        mapAcl(await client.send(new GetBucketAclCommand({ Bucket }), { abortSignal })),
    },
    publicAccessBlock: {
      ...BUCKET_READS.publicAccessBlock,
      read: async (client, Bucket, abortSignal) =>
        mapPublicAccessBlock(
          (await client.send(new GetPublicAccessBlockCommand({ Bucket }), { abortSignal }))
            .PublicAccessBlockConfiguration,
        ),
    },
    encryption: {
      ...BUCKET_READS.encryption,
      read: async (client, Bucket, abortSignal) =>
        mapEncryption(
          await client.send(new GetBucketEncryptionCommand({ Bucket }), { abortSignal }),
        ),
    },
    versioning: {
      ...BUCKET_READS.versioning,
      read: async (client, Bucket, abortSignal) =>
        mapVersioning(
          await client.send(new GetBucketVersioningCommand({ Bucket }), { abortSignal }),
        ),
    },
    logging: {
      ...BUCKET_READS.logging,
      read: async (client, Bucket, abortSignal) =>
        mapLogging(await client.send(new GetBucketLoggingCommand({ Bucket }), { abortSignal })),
    },
    lifecycle: {
      ...BUCKET_READS.lifecycle,
      read: async (client, Bucket, abortSignal) =>
        mapLifecycle(
          await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket }), {
            abortSignal,
          }),
        ),
    },
    objectLock: {
      ...BUCKET_READS.objectLock,
      read: async (client, Bucket, abortSignal) =>
        mapObjectLock(
          await client.send(new GetObjectLockConfigurationCommand({ Bucket }), { abortSignal }),
        ),
    },
    ownershipControls: {
      ...BUCKET_READS.ownershipControls,
      read: async (client, Bucket, abortSignal) =>
        mapOwnershipControls(
          await client.send(new GetBucketOwnershipControlsCommand({ Bucket }), { abortSignal }),
        ),
    },
    website: {
      ...BUCKET_READS.website,
      read: async (client, Bucket, abortSignal) =>
        mapWebsite(await client.send(new GetBucketWebsiteCommand({ Bucket }), { abortSignal })),
    },
    replication: {
      ...BUCKET_READS.replication,
      read: async (client, Bucket, abortSignal) =>
        mapReplication(
          await client.send(new GetBucketReplicationCommand({ Bucket }), { abortSignal }),
        ),
    },
    tags: {
      ...BUCKET_READS.tags,
      read: async (client, Bucket, abortSignal) =>
        mapTags(await client.send(new GetBucketTaggingCommand({ Bucket }), { abortSignal })),
    },
  };

/** In place of a facet the scan did not ask for: unreadable to any check, never a PASS. */
function notCollected(call: string): Facet<never> {
  return { state: 'error', call, errorCode: NOT_COLLECTED };
}

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

type Facets = { [K in keyof BucketFacets]: BucketFacets[K] };

/**
 * Answers already known from another read of the same bucket, which then saves its call:
 * - no bucket policy (NoSuchBucketPolicy) → no policy status (S3 answers NoSuchBucketPolicy too);
 * - versioning not Enabled → no Object Lock (Object Lock needs versioning, which it then keeps on);
 * - Object Ownership BucketOwnerEnforced → ACLs are off: GetBucketAcl answers the owner's
 *   FULL_CONTROL alone, the owner being the account ListBuckets names.
 */
const KNOWN_FROM: {
  [K in keyof BucketFacets]?: {
    after: keyof BucketFacets;
    known(prior: Facet<unknown>, list: BucketList): BucketFacets[K] | undefined;
  };
} = {
  policyStatus: {
    after: 'policy',
    known: (policy) => (policy.state === 'none' ? { state: 'none' } : undefined),
  },
  objectLock: {
    after: 'versioning',
    known: (versioning) =>
      versioning.state === 'none' ||
      (versioning.state === 'configured' &&
        (versioning.value as { status: string }).status !== 'Enabled')
        ? { state: 'none' }
        : undefined,
  },
  acl: {
    after: 'ownershipControls',
    known: (ownership, list) => {
      if (list.ownerId === undefined || ownership.state !== 'configured') return undefined;
      if (
        (ownership.value as { objectOwnership: string }).objectOwnership !== 'BucketOwnerEnforced'
      )
        return undefined;
      const acl: BucketAcl = {
        ownerId: list.ownerId,
        grants: [{ granteeType: 'CanonicalUser', id: list.ownerId, permission: 'FULL_CONTROL' }],
      };
      return { state: 'configured', value: acl };
    },
  },
};

async function collectBucket(
  ctx: AwsCollectContext,
  home: S3Client,
  list: BucketList,
  listed: ListedBucket,
): Promise<S3Bucket> {
  ctx.signal.throwIfAborted();
  const wanted = FACET_NAMES.filter((name) => ctx.wants(bucketFacet(name)));
  const base = {
    name: listed.name,
    ...(listed.creationDate ? { creationDate: listed.creationDate } : {}),
  };
  const facets = {} as Record<keyof BucketFacets, Facet<unknown>>;
  for (const name of FACET_NAMES) facets[name] = notCollected(BUCKET_CALLS[name].call);
  // The region is inventory: always known (from ListBuckets, else GetBucketLocation).
  const region = await bucketRegion(ctx, home, listed);
  if (region.state === 'configured' && wanted.length === 0)
    return { ...base, region: region.value, facets: facets as Facets };
  if (region.state !== 'configured') {
    // Without its region no read can reach the bucket: every facet carries why.
    for (const name of wanted) facets[name] = region;
    return { ...base, region: null, facets: facets as Facets };
  }
  const client = ctx.clients.inRegion(S3Client, region.value);
  const reads = new Map<keyof BucketFacets, Promise<Facet<unknown>>>();
  const read = (name: keyof BucketFacets): Promise<Facet<unknown>> => {
    let pending = reads.get(name);
    if (pending === undefined) {
      const spec = BUCKET_CALLS[name] as BucketCall<unknown>;
      const shortcut = KNOWN_FROM[name];
      const call = () =>
        readFacet(spec, () => spec.read(client, listed.name, ctx.signal), ctx, listed.name);
      pending =
        shortcut && wanted.includes(shortcut.after)
          ? read(shortcut.after).then((prior) => shortcut.known(prior, list) ?? call())
          : call();
      reads.set(name, pending);
    }
    return pending;
  };
  await Promise.all(
    wanted.map(async (name) => {
      facets[name] = await read(name);
    }),
  );
  return { ...base, region: region.value, facets: facets as Facets };
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
 * public access block, the account's organization (whose accounts are trusted by default), then up
 * to 13 reads per bucket against the bucket's own region: those the scan wants, less those whose
 * answer another read already gives (KNOWN_FROM).
 */
export async function collectS3(ctx: AwsCollectContext): Promise<S3Snapshot> {
  const home = ctx.clients.get(S3Client);
  const [list, accountBlock, organization] = await Promise.all([
    ctx.clients.shared?.(ACCOUNT_BUCKETS_KEY, () => listAccountBuckets(home, ctx.signal)) ??
      listAccountBuckets(home, ctx.signal),
    ctx.wants('accountPublicAccessBlock')
      ? accountPublicAccessBlock(ctx)
      : notCollected(ACCOUNT_PUBLIC_ACCESS_BLOCK.call),
    ctx.wants('organization') ? readOrganization(ctx) : undefined,
  ]);
  const limit = pLimit(BUCKET_CONCURRENCY);
  const buckets = await Promise.all(
    list.buckets.map((b) => limit(() => collectBucket(ctx, home, list, b))),
  );
  return {
    partitionRegion: ctx.clients.region,
    accountPublicAccessBlock: accountBlock,
    buckets,
    ...(organization !== undefined ? { organization } : {}),
  };
}
