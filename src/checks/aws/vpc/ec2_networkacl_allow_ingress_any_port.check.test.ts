import { describe, expect, it } from 'vitest';
import { acl, entry, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_networkacl_allow_ingress_any_port.check.js';

describe('ec2_networkacl_allow_ingress_any_port', () => {
  it('passes an ACL allowing only web ports from anywhere', () => {
    const s = snapshot({
      networkAcls: [
        acl('acl-web', [entry(100, 'allow', '6', '0.0.0.0/0', { from: 443, to: 443 })]),
      ],
    });
    expect(run(check, s)[0]?.status).toBe('PASS');
  });

  it('fails the default-style ACL that allows all traffic from anywhere', () => {
    const s = snapshot({
      networkAcls: [
        acl('acl-default', [entry(100, 'allow', '-1', '0.0.0.0/0')], { isDefault: true }),
      ],
    });
    expect(run(check, s)[0]).toMatchObject({
      status: 'FAIL',
      reason:
        'acl-default lets all traffic in from anywhere: rule 100 allows all traffic from 0.0.0.0/0',
    });
  });
});
