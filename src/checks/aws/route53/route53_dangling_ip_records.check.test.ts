import { describe, expect, it } from 'vitest';
import type { IpOwnership, Read } from '../../../providers/aws/services/route53/model.js';
import { run, statuses } from '../testing.js';
import {
  danglingIps,
  DENIED,
  elsewhereIps,
  internal,
  IP_OWNERSHIP,
  ownIps,
  ownS3,
  privateIps,
  snapshot,
  sound,
  withIps,
  zone,
} from './fixtures.js';
import check from './route53_dangling_ip_records.check.js';

const ownership = IP_OWNERSHIP as Extract<Read<IpOwnership>, { state: 'available' }>;

/** The fixture's ownership with eu-west-1's DescribeAddresses denied. */
const euDenied: Read<IpOwnership> = {
  state: 'available',
  value: {
    ...ownership.value,
    owners: {
      ...ownership.value.owners,
      'eu-west-1': {
        addresses: DENIED('ec2:DescribeAddresses'),
        interfaces: { state: 'available', value: {} },
      },
    },
  },
};

describe('route53_dangling_ip_records', () => {
  it('passes a public zone whose EC2 addresses the account holds, fails one with a released address, skips zones without EC2 addresses and private zones', () => {
    const results = run(
      check,
      snapshot(
        [sound, internal, ownS3, ownIps, danglingIps, elsewhereIps, privateIps],
        undefined,
        undefined,
        IP_OWNERSHIP,
      ),
    );
    expect(Object.fromEntries(results.map((r) => [r.resource_id, r.status]))).toEqual({
      [ownIps.arn]: 'PASS',
      [danglingIps.arn]: 'FAIL',
    });
    expect(results.map((r) => r.reason)).toEqual([
      "zone example.com. has 3 addresses in EC2's ranges, all held by the account: api.example.com. (A → 3.5.140.10, us-east-1, eipalloc-0a1b2c3d4e5f60718), app.example.com. (A → 52.95.110.9, us-east-1, eni-0123456789abcdef0), app.example.com. (AAAA → 2600:1f18::10, us-east-1, eni-0fedcba9876543210)",
      "public zone example.org. has 2 addresses in EC2's ranges that the account does not hold (neither an Elastic IP nor a network interface's): old.example.org. (A → 54.72.10.20, eu-west-1), old.example.org. (A → 3.248.0.20, eu-west-1)",
    ]);
  });

  it('is ERROR naming the EC2 call denied in the region of an address it could not place, never PASS', () => {
    const released = withIps(zone('Z1212121212', 'example.io.'), [
      { name: 'old.example.io.', type: 'A', ip: '54.72.10.20' },
    ]);
    const results = run(check, snapshot([ownIps, released], undefined, undefined, euDenied));
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([
      [ownIps.arn, 'PASS'],
      [released.arn, 'ERROR'],
    ]);
    expect(results[1]!.reason).toBe(
      'the holder of 54.72.10.20 (old.example.io. in zone example.io., eu-west-1) could not be read: ec2:DescribeAddresses was denied (AccessDenied) — not authorized to perform this action',
    );
  });

  it('fails on a released address even when another region could not be read', () => {
    const mixed = withIps(zone('Z1313131313', 'example.dev.'), [
      { name: 'a.example.dev.', type: 'A', ip: '54.72.10.20' },
      { name: 'b.example.dev.', type: 'A', ip: '52.95.110.9' },
    ]);
    const usDenied: Read<IpOwnership> = {
      state: 'available',
      value: {
        ...ownership.value,
        owners: {
          ...ownership.value.owners,
          'us-east-1': {
            addresses: DENIED('ec2:DescribeAddresses'),
            interfaces: DENIED('ec2:DescribeNetworkInterfaces'),
          },
        },
      },
    };
    expect(run(check, snapshot([mixed], undefined, undefined, usDenied))).toEqual([
      {
        resource_id: mixed.arn,
        status: 'FAIL',
        reason:
          "public zone example.dev. has 1 address in EC2's ranges that the account does not hold (neither an Elastic IP nor a network interface's): a.example.dev. (A → 54.72.10.20, eu-west-1); 1 more address could not be looked up (ec2:DescribeAddresses in us-east-1)",
      },
    ]);
    // The address held on an interface is the account's though its Elastic IPs could not be read.
    const eipDenied: Read<IpOwnership> = {
      state: 'available',
      value: {
        ...ownership.value,
        owners: {
          ...ownership.value.owners,
          'us-east-1': {
            ...ownership.value.owners['us-east-1']!,
            addresses: DENIED('ec2:DescribeAddresses'),
          },
        },
      },
    };
    expect(run(check, snapshot([ownIps], undefined, undefined, eipDenied))[0]).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining(
        'the holder of 3.5.140.10 (api.example.com. in zone example.com., us-east-1) could not be read: ec2:DescribeAddresses was denied',
      ),
    });
  });

  it('is ERROR naming the ip-ranges download when AWS’s ranges could not be read, for the zones with A/AAAA records only', () => {
    const unreachable: Read<IpOwnership> = {
      state: 'failed',
      action: 'GET https://ip-ranges.amazonaws.com/ip-ranges.json',
      errorCode: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 52.94.233.129:443',
    };
    const results = run(
      check,
      snapshot([sound, ownIps, elsewhereIps, privateIps], undefined, undefined, unreachable),
    );
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([
      [ownIps.arn, 'ERROR'],
      [elsewhereIps.arn, 'ERROR'],
    ]);
    expect(results[0]!.reason).toBe(
      "AWS's IP ranges, against which the A/AAAA records of zone example.com. are judged, could not be read: GET https://ip-ranges.amazonaws.com/ip-ranges.json failed (ECONNREFUSED) — connect ECONNREFUSED 52.94.233.129:443",
    );
    expect(statuses(check, snapshot([ownIps]))).toEqual({ [ownIps.arn]: 'ERROR' });
  });

  it('is ERROR when the records of a public zone could not be read, or were cut with nothing dangling among those kept', () => {
    const unread = zone('Z6666666666', 'example.net.', {
      records: DENIED('route53:ListResourceRecordSets'),
    });
    const cut = withIps(
      zone('Z1414141414', 'big.example.com.'),
      ownIps.records.state === 'available' ? ownIps.records.value.ipRecords : [],
      true,
    );
    const results = run(check, snapshot([unread, cut], undefined, undefined, IP_OWNERSHIP));
    expect(results.map((r) => [r.resource_id, r.status])).toEqual([
      [unread.arn, 'ERROR'],
      [cut.arn, 'ERROR'],
    ]);
    expect(results[0]!.reason).toContain('route53:ListResourceRecordSets was denied');
    expect(results[1]!.reason).toBe(
      'zone big.example.com. has more A/AAAA record values than the scan keeps: the first 4 hold no dangling address, the others were not judged',
    );
  });
});
