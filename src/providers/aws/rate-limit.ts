import { monotonicClock, TokenBucket, type BucketClock } from '../../lib/token-bucket.js';

/** A published (or, where AWS publishes none, a conservative) request rate for an API. */
export interface ApiRate {
  /** Requests allowed at once after a quiet time. */
  burst: number;
  /** Requests per second sustained. */
  perSecond: number;
}

export interface ServiceRates {
  /** The rate of any operation not listed. */
  default: ApiRate;
  /** Operations with a quota of their own: each has its own bucket, whatever `bucket` says. */
  operations?: Readonly<Record<string, ApiRate>>;
  /**
   * `operation`: each API has its own bucket (EC2, CloudWatch, Lambda); `service`: the service's
   * operations share one; `resource`: each resource the call names has its own (S3: a bucket's
   * prefixes), the calls that name none sharing one at `withoutResource`.
   */
  bucket: 'operation' | 'service' | 'resource';
  /** For `resource` buckets: the resource a call's input names (S3: `Bucket`). */
  resource?: (input: Readonly<Record<string, unknown>>) => string | undefined;
  /** For `resource` buckets: the rate of the calls that name no resource (`ListBuckets`). */
  withoutResource?: ApiRate;
  /** A global service (IAM, Organizations): one bucket for the account, whatever the region. */
  global?: boolean;
}

/**
 * Request rates per account × region, by SDK client (its name without `Client`, lower case).
 * Published figures:
 * - EC2, "Request throttling for the Amazon EC2 API": each API has its own token bucket per
 *   account and region; non-mutating actions (Describe*, List*, Get*) hold 100 tokens and refill 20
 *   a second.
 * - RDS, "Request throttling for the Amazon RDS API": one bucket for the account and region, a
 *   burst of 300 and 12 a second sustained.
 * - CloudWatch service quotas (per account and region, per API): GetMetricData 50 TPS,
 *   ListMetrics 25, GetMetricStatistics 400, DescribeAlarms 9.
 * - Lambda quotas: GetFunction 100 a second and GetPolicy 15, each its own; every other
 *   control-plane request 15 a second together.
 * - S3, "Best practices design patterns: optimizing Amazon S3 performance": 5,500 GET/HEAD requests
 *   a second per partitioned prefix of a bucket, with no account-wide figure; a bucket's
 *   configuration reads are GETs on the bucket, so each bucket has its own bucket here.
 * - Tag Editor service quotas: the Resource Groups Tagging API's GetResources at most 15 calls a
 *   second.
 * IAM, STS, Organizations and `ListBuckets` publish no figure (IAM and STS throttle with token
 * buckets whose sizes AWS does not give): conservative rates of the same order as the published
 * control-plane ones, which the adaptive slow-down corrects if they are still too high.
 */
export const AWS_API_RATES: Readonly<Record<string, ServiceRates>> = {
  ec2: { bucket: 'operation', default: { burst: 100, perSecond: 20 } },
  cloudwatch: {
    bucket: 'operation',
    default: { burst: 20, perSecond: 20 },
    operations: {
      GetMetricData: { burst: 50, perSecond: 50 },
      ListMetrics: { burst: 25, perSecond: 25 },
      GetMetricStatistics: { burst: 400, perSecond: 400 },
      DescribeAlarms: { burst: 9, perSecond: 9 },
    },
  },
  rds: { bucket: 'service', default: { burst: 300, perSecond: 12 } },
  lambda: {
    bucket: 'service',
    default: { burst: 15, perSecond: 15 },
    operations: {
      GetFunction: { burst: 100, perSecond: 100 },
      GetPolicy: { burst: 15, perSecond: 15 },
    },
  },
  s3: {
    bucket: 'resource',
    // A bucket lives in one region, its name is global: the key needs no region.
    global: true,
    resource: (input) => (typeof input.Bucket === 'string' ? input.Bucket : undefined),
    default: { burst: 5_500, perSecond: 5_500 },
    withoutResource: { burst: 20, perSecond: 10 },
  },
  s3control: { bucket: 'service', default: { burst: 20, perSecond: 20 } },
  iam: { bucket: 'service', global: true, default: { burst: 20, perSecond: 20 } },
  sts: { bucket: 'service', default: { burst: 20, perSecond: 10 } },
  organizations: { bucket: 'service', global: true, default: { burst: 10, perSecond: 5 } },
  // Route 53's API allows five requests a second per account, all its actions together.
  route53: { bucket: 'service', global: true, default: { burst: 5, perSecond: 5 } },
  resourcegroupstaggingapi: { bucket: 'operation', default: { burst: 15, perSecond: 15 } },
};

/** Any other service: tens of calls per second per API is what AWS control planes allow. */
export const DEFAULT_SERVICE_RATES: ServiceRates = {
  bucket: 'operation',
  default: { burst: 50, perSecond: 20 },
};

/** Buckets kept before the first sweep of idle ones. */
const SWEEP_FLOOR = 1_024;

/** The service id of an SDK client name (`CloudWatchClient` → `cloudwatch`). */
export function serviceOfClient(clientName: string): string {
  return clientName.replace(/Client$/, '').toLowerCase();
}

/**
 * Token buckets per account × region × service (× operation where the service throttles each API
 * on its own), shared by every client of the process, each slowing down on the service's
 * throttling answers and recovering as calls go through.
 */
export class AwsRateLimiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #rates: Readonly<Record<string, ServiceRates>>;
  readonly #clock: BucketClock;
  #sweepAt = SWEEP_FLOOR;

  constructor(
    options: { rates?: Readonly<Record<string, ServiceRates>>; clock?: BucketClock } = {},
  ) {
    this.#rates = options.rates ?? AWS_API_RATES;
    this.#clock = options.clock ?? monotonicClock;
  }

  /**
   * The bucket a call of `operation` on `service` in `account` and `region` draws from; `input` is
   * the call's input, for services limited per resource.
   */
  bucket(
    account: string,
    region: string,
    service: string,
    operation: string,
    input: Readonly<Record<string, unknown>> = {},
  ): TokenBucket {
    const rates = this.#rates[service] ?? DEFAULT_SERVICE_RATES;
    const where = rates.global ? 'global' : region;
    const own = rates.operations?.[operation];
    let what = '*';
    let rate = own ?? rates.default;
    if (own || rates.bucket === 'operation') what = operation;
    else if (rates.bucket === 'resource') {
      const resource = rates.resource?.(input);
      if (resource === undefined) rate = rates.withoutResource ?? rate;
      else what = `resource:${resource}`;
    }
    const key = `${account}\u0000${where}\u0000${service}\u0000${what}`;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket({
        capacity: rate.burst,
        refillPerSecond: rate.perSecond,
        clock: this.#clock,
      });
      this.#buckets.set(key, bucket);
      if (this.#buckets.size >= this.#sweepAt) this.#sweep();
    }
    return bucket;
  }

  /** Buckets held now (one per key seen, less the idle ones swept away). */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * A process that scans many accounts, regions and S3 buckets would otherwise keep a bucket for
   * each forever: once the map has doubled, the buckets that are full, at their configured rate
   * and with no call in flight (no different from new ones) are dropped.
   */
  #sweep(): void {
    for (const [key, bucket] of this.#buckets) if (bucket.idle) this.#buckets.delete(key);
    this.#sweepAt = Math.max(SWEEP_FLOOR, this.#buckets.size * 2);
  }
}

/** One limiter for the process: every scan's sessions draw from the same account buckets. */
export const processRateLimiter = new AwsRateLimiter();
