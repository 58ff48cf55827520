import { describe, expect, it } from 'vitest';
import { group, snapshot, tcp } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports.check.js';

describe('ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports', () => {
  it('passes a web group open on 80 and 443 only', () => {
    const s = snapshot({
      securityGroups: [group('sg-web', [tcp(80, 80, '0.0.0.0/0'), tcp(443, 443, '::/0')])],
    });
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('fails a group exposing databases, naming every high-risk port it opens', () => {
    const s = snapshot({ securityGroups: [group('sg-db', [tcp(3306, 5432, '0.0.0.0/0')])] });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason:
        'sg-db (sg-db) opens port 3306, 3389, 4333, 5000, 5432 to the internet: tcp 3306-5432 from 0.0.0.0/0',
    });
  });
});
