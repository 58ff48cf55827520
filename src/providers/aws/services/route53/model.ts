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

/** One address an A or AAAA record (not an alias) answers: a record with several values gives several. */
export interface IpRecord {
  /** Record name as Route 53 answers it (fully qualified, trailing dot). */
  name: string;
  type: 'A' | 'AAAA';
  /** The address, canonical (IPv6 lower-case and compressed). */
  ip: string;
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
  /** The addresses of A and AAAA records that are not aliases, the first MAX_RECORD_TARGETS of them. */
  ipRecords: IpRecord[];
  /** More A/AAAA record values than MAX_RECORD_TARGETS were found: `ipRecords` is cut. */
  ipRecordsTruncated: boolean;
}

/** At most this many record targets, and as many A/AAAA addresses, are kept per zone. */
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
  /**
   * Whether the account holds the addresses of the public zones' A/AAAA records that lie in EC2's
   * published ranges; read only when a public zone has such a record, undefined otherwise. A
   * failure: AWS's ip-ranges.json could not be read (its action `GET <url>`).
   */
  ipOwnership?: Read<IpOwnership>;
}

/**
 * The public zones' A/AAAA addresses against EC2's ranges (ip-ranges.json) and the account's
 * Elastic IPs and network interfaces in the region of each.
 */
export interface IpOwnership {
  /** The syncToken of the ip-ranges.json read. */
  syncToken: string;
  /** Address → the region whose EC2 ranges hold it; an address outside them is not listed. */
  regions: Record<string, string>;
  /** Region (every one `regions` names) → the account's holders of the addresses there. */
  owners: Record<string, RegionIpOwners>;
}

/** The account's holders of the candidate addresses of one region. */
export interface RegionIpOwners {
  /**
   * ec2:DescribeAddresses filtered on the region's IPv4 candidates: address → Elastic IP
   * allocation id. Undefined when the region has no IPv4 candidate (Elastic IPs are IPv4 only).
   */
  addresses?: Read<Record<string, string>>;
  /**
   * ec2:DescribeNetworkInterfaces filtered on the candidates (association.public-ip for IPv4,
   * ipv6-addresses.ipv6-address for IPv6), all pages: address → network interface id.
   */
  interfaces: Read<Record<string, string>>;
}

/** Who holds one address: judged only when it lies in EC2's ranges. */
export type IpHolder =
  | { kind: 'outside' }
  | { kind: 'owned'; region: string; holder: string }
  | { kind: 'dangling'; region: string }
  | { kind: 'unknown'; region: string; failure: ReadFailure };

/**
 * The account's holder of an address (an Elastic IP allocation or a network interface), none
 * (dangling: another account can be given it), or unknown when a read of its region did not
 * answer. An address outside EC2's ranges is `outside`: not judged.
 */
export function ipHolder(ownership: IpOwnership, ip: string): IpHolder {
  const region = ownership.regions[ip];
  if (region === undefined) return { kind: 'outside' };
  const owners = ownership.owners[region];
  if (!owners) return { kind: 'outside' };
  const reads = [owners.addresses, owners.interfaces].filter((r) => r !== undefined);
  for (const read of reads) {
    const holder = read.state === 'available' ? read.value[ip] : undefined;
    if (holder !== undefined) return { kind: 'owned', region, holder };
  }
  const failure = reads.find((r): r is ReadFailure => r.state !== 'available');
  return failure ? { kind: 'unknown', region, failure } : { kind: 'dangling', region };
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
