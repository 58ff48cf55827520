/** Route 53 snapshots for the check tests, in the collector's normalized shapes. */
import type {
  HostedZone,
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
      value: { count: 4, targets: [], truncated: false, s3Targets: [] },
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
): Route53Snapshot {
  return { zones, queryLogging, ...(buckets ? { buckets } : {}) };
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
