import { describe, expect, it } from 'vitest';
import { allTraffic, group, snapshot, tcp } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_all_ports.check.js';

describe('ec2_securitygroup_allow_ingress_from_internet_to_all_ports', () => {
  it('passes narrow rules and all traffic from a private network', () => {
    const s = snapshot({
      securityGroups: [group('sg-1', [tcp(443, 443, '0.0.0.0/0'), allTraffic('10.0.0.0/8')])],
    });
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('fails all traffic or the full TCP range from the internet', () => {
    const s = snapshot({
      securityGroups: [
        group('sg-all', [allTraffic('0.0.0.0/0')]),
        group('sg-tcp', [tcp(0, 65535, '::/0')]),
      ],
    });
    expect(run(check, s)).toMatchObject([
      { status: 'FAIL', reason: 'sg-all (sg-all) allows all traffic from 0.0.0.0/0' },
      { status: 'FAIL', reason: 'sg-tcp (sg-tcp) allows tcp 0-65535 from ::/0' },
    ]);
  });
});
