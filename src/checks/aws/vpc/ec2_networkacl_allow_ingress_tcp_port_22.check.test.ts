import { describe, expect, it } from 'vitest';
import { acl, aclArn, entry, snapshot } from './fixtures.js';
import { run, statuses } from '../testing.js';
import check from './ec2_networkacl_allow_ingress_tcp_port_22.check.js';

describe('ec2_networkacl_allow_ingress_tcp_port_22', () => {
  it('passes an ACL that denies port 22 from anywhere before allowing the rest', () => {
    const s = snapshot({
      networkAcls: [
        acl('acl-safe', [
          entry(50, 'deny', '6', '0.0.0.0/0', { from: 22, to: 22 }),
          entry(100, 'allow', '6', '0.0.0.0/0', { from: 0, to: 65535 }),
        ]),
      ],
    });
    expect(statuses(check, s)).toEqual({ [aclArn('acl-safe')]: 'PASS' });
  });

  it('fails an ACL whose first matching entry from anywhere allows port 22', () => {
    const s = snapshot({
      networkAcls: [
        acl('acl-open', [entry(100, 'allow', '6', '0.0.0.0/0', { from: 1, to: 65535 })]),
        acl('acl-v6', [entry(100, 'allow', '-1', '::/0')]),
      ],
    });
    expect(run(check, s)).toMatchObject([
      {
        status: 'FAIL',
        reason:
          'acl-open lets port 22 in from anywhere: rule 100 allows tcp 1-65535 from 0.0.0.0/0',
      },
      {
        status: 'FAIL',
        reason: 'acl-v6 lets port 22 in from anywhere: rule 100 allows all traffic from ::/0',
      },
    ]);
  });
});
