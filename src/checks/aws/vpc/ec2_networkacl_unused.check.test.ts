import { describe, expect, it } from 'vitest';
import { acl, snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './ec2_networkacl_unused.check.js';

describe('ec2_networkacl_unused', () => {
  it('passes ACLs in use, fails orphaned ones and leaves default ACLs alone', () => {
    const s = snapshot({
      networkAcls: [
        acl('acl-used', []),
        acl('acl-orphan', [], { subnetIds: [] }),
        acl('acl-default', [], { subnetIds: [], isDefault: true }),
      ],
    });
    expect(run(check, s)).toMatchObject([
      { status: 'PASS' },
      { status: 'FAIL', reason: 'acl-orphan is associated with no subnet' },
    ]);
  });
});
