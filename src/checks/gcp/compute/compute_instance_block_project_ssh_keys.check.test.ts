import { describe, expect, it } from 'vitest';
import { statuses } from '../testing.js';
import { instance, snapshot } from './fixtures.js';
import check from './compute_instance_block_project_ssh_keys.check.js';

describe('compute_instance_block_project_ssh_keys', () => {
  it('fails the offending instance and passes the compliant one', () => {
    const bad = instance('bad', {});
    const good = instance('good', { metadata: { blockProjectSshKeys: true } });
    expect(statuses(check, snapshot({ instances: [bad, good] }))).toEqual({
      [bad.id]: 'FAIL',
      [good.id]: 'PASS',
    });
  });

  it('reports nothing for a project without instances', () => {
    expect(statuses(check, snapshot())).toEqual({});
  });
});
