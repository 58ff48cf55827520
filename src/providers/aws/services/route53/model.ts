/** The account's Route 53 hosted zones in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** A CNAME record or an alias record, and where it points. */
export interface RecordTarget {
  /** Record name as Route 53 answers it (fully qualified, trailing dot). */
  name: string;
  /** `CNAME`, or `ALIAS` for an alias record (of any record type). */
  type: 'CNAME' | 'ALIAS';
  /** The CNAME value or the alias target's DNS name. */
  target: string;
}

/** A CNAME or alias record whose target is an Amazon S3 endpoint, and the bucket it names. */
export interface S3RecordTarget extends RecordTarget {
  /**
   * The bucket the endpoint serves: its first labels (`<bucket>.s3.<region>.amazonaws.com`), or,
   * for an endpoint without a bucket (`s3-website-<region>.amazonaws.com`, the target of an alias
   * to a website bucket), the record name without its trailing dot, S3 picking the bucket by the
   * Host header.
   */
  bucket: string;
}

/** ListResourceRecordSets of one zone, all pages. */
export interface ZoneRecords {
  /** Record sets read (every type). */
  count: number;
  /** CNAME and alias targets, the first MAX_RECORD_TARGETS of them. */
  targets: RecordTarget[];
  /** More CNAME/alias records than MAX_RECORD_TARGETS were found: `targets` is cut. */
  truncated: boolean;
  /** The records pointing at S3 endpoints, every one (not cut at MAX_RECORD_TARGETS). */
  s3Targets: S3RecordTarget[];
}

/** At most this many record targets are kept per zone. */
export const MAX_RECORD_TARGETS = 1000;

export interface HostedZone {
  /** `arn:aws:route53:::hostedzone/Z…`. */
  arn: string;
  /** The zone id without its `/hostedzone/` prefix. */
  id: string;
  /** Domain name, trailing dot. */
  name: string;
  private: boolean;
  /** ResourceRecordSetCount of ListHostedZones. */
  recordCount: number;
  records: Read<ZoneRecords>;
  /**
   * GetDNSSEC's signing status (SIGNING, NOT_SIGNING, DELETING, ACTION_NEEDED,
   * INTERNAL_FAILURE); undefined for a private zone (DNSSEC signs public zones only).
   */
  dnssec?: Read<string>;
}

export interface Route53Snapshot {
  zones: HostedZone[];
  /**
   * ListQueryLoggingConfigs over all zones: zone id → CloudWatch Logs log group ARN of its
   * query logging configuration.
   */
  queryLogging: Read<Record<string, string>>;
  /**
   * The names of the account's S3 buckets (s3:ListBuckets, all pages, shared with the S3 unit);
   * read only when a public zone has a record pointing at an S3 endpoint, undefined otherwise.
   */
  buckets?: Read<string[]>;
}

/** The zone's query logging, or the read that did not answer. */
export function queryLogGroup(
  snapshot: Route53Snapshot,
  zone: HostedZone,
): Read<string | undefined> {
  const logging = snapshot.queryLogging;
  return logging.state === 'available'
    ? { state: 'available', value: logging.value[zone.id] }
    : logging;
}

/** The account's bucket names; undefined when ListBuckets did not answer or was not read. */
export function ownedBuckets(snapshot: Pick<Route53Snapshot, 'buckets'>): Set<string> | undefined {
  return snapshot.buckets?.state === 'available' ? new Set(snapshot.buckets.value) : undefined;
}

/** The Route 53 scanner, as its checks name it. */
export const ROUTE53 = scannerRef<Route53Snapshot>('aws', 'route53');
