/** Route 53 snapshots for the check tests, in the collector's normalized shapes. */
import type {
  HostedZone,
  IpOwnership,
  IpRecord,
  Read,
  ReadFailure,
  RecordTarget,
  Route53Snapshot,
  S3RecordTarget,
} from '../../../providers/aws/services/route53/model.js';
import { ACCOUNT } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDenied',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/example.com`;

export function zone(
  id: string,
  name: string,
  overrides: Partial<Omit<HostedZone, 'arn' | 'id' | 'name'>> = {},
): HostedZone {
  const isPrivate = overrides.private ?? false;
  return {
    arn: `arn:aws:route53:::hostedzone/${id}`,
    id,
    name,
    private: isPrivate,
    recordCount: 4,
    records: {
      state: 'available',
      value: {
        count: 4,
        targets: [],
        truncated: false,
        s3Targets: [],
        ipRecords: [],
        ipRecordsTruncated: false,
      },
    },
    ...(isPrivate ? {} : { dnssec: { state: 'available', value: 'SIGNING' } }),
    ...overrides,
  };
}

export function snapshot(
  zones: HostedZone[],
  queryLogging: Read<Record<string, string>> = {
    state: 'available',
    value: Object.fromEntries(
      zones.filter((z) => z.id.startsWith('ZLOG')).map((z) => [z.id, LOG_GROUP]),
    ),
  },
  buckets?: Read<string[]>,
  ipOwnership?: Read<IpOwnership>,
): Route53Snapshot {
  return {
    zones,
    queryLogging,
    ...(buckets ? { buckets } : {}),
    ...(ipOwnership ? { ipOwnership } : {}),
  };
}

/** A zone whose records are the given CNAME and alias targets, those to S3 with their bucket. */
export function withTargets(
  base: HostedZone,
  targets: (RecordTarget | S3RecordTarget)[],
): HostedZone {
  return {
    ...base,
    records: {
      state: 'available',
      value: {
        count: targets.length + 2,
        targets: targets.map(({ name, type, target }) => ({ name, type, target })),
        truncated: false,
        s3Targets: targets.filter((t): t is S3RecordTarget => 'bucket' in t),
        ipRecords: [],
        ipRecordsTruncated: false,
      },
    },
  };
}

/** The account's buckets, as ListBuckets names them. */
export const BUCKETS: Read<string[]> = {
  state: 'available',
  value: ['static.example.com', 'acme-assets'],
};

/** Public, every S3 record to a bucket of the account. */
export const ownS3 = withTargets(zone('Z3333333333', 'example.com.'), [
  {
    name: 'static.example.com.',
    type: 'CNAME',
    target: 'static.example.com.s3-website-eu-west-1.amazonaws.com',
    bucket: 'static.example.com',
  },
  {
    name: 'cdn.example.com.',
    type: 'CNAME',
    target: 'acme-assets.s3.eu-west-1.amazonaws.com',
    bucket: 'acme-assets',
  },
  { name: 'www.example.com.', type: 'ALIAS', target: 'd111111abcdef8.cloudfront.net.' },
]);
/** Public: a CNAME to an own bucket, an alias to the website endpoint of a bucket it does not own (the record name), a CNAME to another's bucket. */
export const danglingS3 = withTargets(zone('Z4444444444', 'example.org.'), [
  {
    name: 'media.example.org.',
    type: 'CNAME',
    target: 'static.example.com.s3.amazonaws.com',
    bucket: 'static.example.com',
  },
  {
    name: 'old.example.org.',
    type: 'ALIAS',
    target: 's3-website-eu-west-1.amazonaws.com.',
    bucket: 'old.example.org',
  },
  {
    name: 'files.example.org.',
    type: 'CNAME',
    target: 'someone-elses.s3.amazonaws.com',
    bucket: 'someone-elses',
  },
]);
/** Private, pointing at a bucket it does not own: not judged. */
export const privateS3 = withTargets(zone('Z5555555555', 'corp.internal.', { private: true }), [
  {
    name: 'docs.corp.internal.',
    type: 'CNAME',
    target: 'gone-bucket.s3.amazonaws.com',
    bucket: 'gone-bucket',
  },
]);

/** Public, query logging on (its id starts with ZLOG), DNSSEC signing. */
export const sound = zone('ZLOG0123456789', 'example.com.');
/** Public, no query logging, DNSSEC not signing. */
export const sloppy = zone('Z0987654321', 'example.org.', {
  dnssec: { state: 'available', value: 'NOT_SIGNING' },
});
/** Private: neither control applies. */
export const internal = zone('Z1111111111', 'corp.internal.', { private: true });
/** Public, GetDNSSEC denied. */
export const hidden = zone('Z2222222222', 'example.net.', {
  dnssec: DENIED('route53:GetDNSSEC'),
});
export const all = snapshot([sound, sloppy, internal, hidden], undefined, BUCKETS);

/** A zone whose records include the given A/AAAA addresses (`truncated`: more than were kept). */
export function withIps(base: HostedZone, ipRecords: IpRecord[], truncated = false): HostedZone {
  const records = base.records.state === 'available' ? base.records.value : undefined;
  return {
    ...base,
    records: {
      state: 'available',
      value: {
        count: (records?.count ?? 2) + ipRecords.length,
        targets: records?.targets ?? [],
        truncated: records?.truncated ?? false,
        s3Targets: records?.s3Targets ?? [],
        ipRecords,
        ipRecordsTruncated: truncated,
      },
    },
  };
}

/**
 * EC2's ranges put 3.5.140.10, 52.95.110.9, 2600:1f18::10 in us-east-1 and 3.248.0.20,
 * 54.72.10.20 in eu-west-1; the account holds 3.5.140.10 as an Elastic IP and 52.95.110.9 and
 * 2600:1f18::10 on network interfaces; 54.72.10.20 and 3.248.0.20 are no longer its own.
 */
export const IP_OWNERSHIP: Read<IpOwnership> = {
  state: 'available',
  value: {
    syncToken: '1733520000',
    regions: {
      '3.5.140.10': 'us-east-1',
      '52.95.110.9': 'us-east-1',
      '2600:1f18::10': 'us-east-1',
      '54.72.10.20': 'eu-west-1',
      '3.248.0.20': 'eu-west-1',
    },
    owners: {
      'us-east-1': {
        addresses: { state: 'available', value: { '3.5.140.10': 'eipalloc-0a1b2c3d4e5f60718' } },
        interfaces: {
          state: 'available',
          value: {
            '52.95.110.9': 'eni-0123456789abcdef0',
            '2600:1f18::10': 'eni-0fedcba9876543210',
          },
        },
      },
      'eu-west-1': {
        addresses: { state: 'available', value: {} },
        interfaces: { state: 'available', value: {} },
      },
    },
  },
};

/** Public: an A record on an Elastic IP, one on an interface's public IP, an AAAA on an interface's, one outside EC2. */
export const ownIps = withIps(zone('Z7777777777', 'example.com.'), [
  { name: 'api.example.com.', type: 'A', ip: '3.5.140.10' },
  { name: 'app.example.com.', type: 'A', ip: '52.95.110.9' },
  { name: 'app.example.com.', type: 'AAAA', ip: '2600:1f18::10' },
  { name: 'mail.example.com.', type: 'A', ip: '198.51.100.7' },
]);
/** Public: an owned address, and two released ones (eu-west-1). */
export const danglingIps = withIps(zone('Z8888888888', 'example.org.'), [
  { name: 'api.example.org.', type: 'A', ip: '3.5.140.10' },
  { name: 'old.example.org.', type: 'A', ip: '54.72.10.20' },
  { name: 'old.example.org.', type: 'A', ip: '3.248.0.20' },
]);
/** Public: A records outside EC2's ranges only (not judged). */
export const elsewhereIps = withIps(zone('Z9999999999', 'example.net.'), [
  { name: 'www.example.net.', type: 'A', ip: '198.51.100.7' },
  { name: 'www.example.net.', type: 'AAAA', ip: '2001:db8::7' },
]);
/** Private, on an EC2 address it does not hold: not judged. */
export const privateIps = withIps(zone('Z1010101010', 'corp.internal.', { private: true }), [
  { name: 'db.corp.internal.', type: 'A', ip: '54.72.10.20' },
]);
