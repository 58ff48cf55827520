import { describe, expect, it } from 'vitest';
import { allTraffic, group, sgArn, snapshot, tcp } from './fixtures.js';
import { run, statuses } from '../testing.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22.check.js';

describe('ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', () => {
  it('passes groups that keep port 22 to known networks', () => {
    const s = snapshot({
      securityGroups: [group('sg-web', [tcp(443, 443, '0.0.0.0/0'), tcp(22, 22, '10.0.0.0/8')])],
    });
    expect(statuses(check, s)).toEqual({ [sgArn('sg-web')]: 'PASS' });
  });

  it('fails groups opening port 22 to the internet over IPv4 or IPv6, or through a range or all traffic', () => {
    const s = snapshot({
      securityGroups: [
        group('sg-v4', [tcp(22, 22, '0.0.0.0/0')]),
        group('sg-v6', [tcp(1, 65535, '::/0')]),
        group('sg-all', [allTraffic('0.0.0.0/0')]),
      ],
    });
    expect(run(check, s).map((r) => r.status)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    expect(run(check, s)[0]?.reason).toBe(
      'sg-v4 (sg-v4) opens port 22 to the internet: tcp 22 from 0.0.0.0/0',
    );
  });
});
