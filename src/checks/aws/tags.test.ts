import { describe, expect, it } from 'vitest';
import { tagProblems, tagResult } from './tags.js';

const REQUIRED = { owner: [], env: ['prod', 'dev'] };

describe('tagProblems', () => {
  it('names the missing keys and the values outside the allowed list', () => {
    expect(tagProblems({ owner: 'data', env: 'prod' }, REQUIRED)).toEqual([]);
    expect(tagProblems({ env: 'test', Owner: 'data' }, REQUIRED)).toEqual([
      // Tag keys are case-sensitive: "Owner" is not "owner".
      'missing owner',
      'env=test (allowed: prod, dev)',
    ]);
    // An empty value is still a value when any value is allowed.
    expect(tagProblems({ owner: '', env: 'dev' }, REQUIRED)).toEqual([]);
  });
});

describe('tagResult', () => {
  it('is FAIL with the problems, PASS otherwise, and passes an ERROR through', () => {
    const arn = 'arn:aws:ec2:eu-west-3:123456789012:instance/i-1';
    expect(tagResult({ resource_id: arn, label: 'instance i-1', tags: {} }, REQUIRED)).toEqual({
      resource_id: arn,
      status: 'FAIL',
      reason: 'instance i-1: missing owner; missing env',
    });
    expect(
      tagResult(
        { resource_id: arn, label: 'instance i-1', tags: { owner: 'a', env: 'dev' } },
        REQUIRED,
      ).status,
    ).toBe('PASS');
    const error = { resource_id: arn, status: 'ERROR' as const, reason: 'x could not be read' };
    expect(tagResult({ error }, REQUIRED)).toBe(error);
  });
});
