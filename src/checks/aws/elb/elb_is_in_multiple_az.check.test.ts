import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './elb_is_in_multiple_az.check.js';
import { lb, snapshot } from './fixtures.js';

describe('elb_is_in_multiple_az', () => {
  it('passes two zones or more, fails one', () => {
    const s = snapshot([lb('spread'), lb('single', { availabilityZones: ['eu-west-3a'] })]);
    const results = run(check, s);
    expect(results.map((r) => [r.resource_id.split('/').at(-1), r.status])).toEqual([
      ['spread', 'PASS'],
      ['single', 'FAIL'],
    ]);
    expect(results[1]?.reason).toContain('eu-west-3a only');
  });
});
