import { paginateListBuckets, type S3Client } from '@aws-sdk/client-s3';

/** ListBuckets' largest page. */
const LIST_BUCKETS_PAGE_SIZE = 10_000;

/**
 * The key of the account's ListBuckets in the client pool's shared reads: the S3 unit and Route 53's
 * dangling-record check read it once per scan between them, whichever asks first.
 */
export const ACCOUNT_BUCKETS_KEY = 's3:ListBuckets';

export interface ListedBucket {
  name: string;
  region?: string;
  creationDate?: string;
}

export interface BucketList {
  buckets: ListedBucket[];
  /** The canonical user id of the buckets' owner (the account), when ListBuckets names it. */
  ownerId?: string;
}

/** Every page of ListBuckets: the account's buckets with their region and creation date. */
export async function listAccountBuckets(
  client: S3Client,
  signal?: AbortSignal,
): Promise<BucketList> {
  const buckets: ListedBucket[] = [];
  let ownerId: string | undefined;
  const pages = paginateListBuckets(
    { client, pageSize: LIST_BUCKETS_PAGE_SIZE },
    { MaxBuckets: LIST_BUCKETS_PAGE_SIZE },
    signal ? { abortSignal: signal } : {},
  );
  for await (const page of pages) {
    ownerId ??= page.Owner?.ID;
    for (const bucket of page.Buckets ?? []) {
      if (!bucket.Name) continue;
      buckets.push({
        name: bucket.Name,
        ...(bucket.BucketRegion ? { region: bucket.BucketRegion } : {}),
        ...(bucket.CreationDate ? { creationDate: bucket.CreationDate.toISOString() } : {}),
      });
    }
  }
  return { buckets, ...(ownerId ? { ownerId } : {}) };
}
