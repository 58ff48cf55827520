import { describe, expect, it } from 'vitest';
import { registriesOf } from '../composition.js';
import { UserError } from '../errors.js';
import { policyFor } from './policy.js';

interface IamPolicy {
  Version: string;
  Statement: { Effect: string; Action: string[]; Resource: string }[];
}

const registries = registriesOf();
const actionsOf = (document: string) =>
  (JSON.parse(document) as IamPolicy).Statement.flatMap((s) => s.Action);

describe('clouddiagnoze policy', () => {
  it('prints an IAM policy of read-only actions for every AWS service by default', () => {
    const actions = actionsOf(policyFor({ provider: 'aws' }, registries));
    expect(actions).toContain('ec2:DescribeInstances');
    expect(actions).toContain('s3:GetBucketVersioning');
    expect(actions).toContain('sts:GetCallerIdentity');
    expect(actions.filter((a) => /:(Create|Delete|Put|Update)/.test(a))).toEqual([]);
  });

  it('with one check, grants only what that check and the always-on dimensions read', () => {
    const all = actionsOf(policyFor({ provider: 'aws', services: 's3' }, registries));
    const one = actionsOf(
      policyFor({ provider: 'aws', checks: 's3_bucket_object_versioning' }, registries),
    );
    expect(one).toContain('s3:GetBucketVersioning');
    expect(one).toContain('s3:ListAllMyBuckets');
    expect(one).not.toContain('s3:GetBucketPolicy');
    expect(one).not.toContain('s3:GetAccountPublicAccessBlock');
    expect(one).not.toContain('ec2:DescribeInstances');
    expect(one.length).toBeLessThan(all.length);
  });

  it('adds the cost dimension’s reads with --cost', () => {
    const flags = { provider: 'aws', checks: 's3_bucket_object_versioning' };
    expect(actionsOf(policyFor(flags, registries))).not.toContain('s3:GetLifecycleConfiguration');
    expect(actionsOf(policyFor({ ...flags, cost: true }, registries))).toContain(
      's3:GetLifecycleConfiguration',
    );
  });

  it('refuses an unknown provider, service, check or severity with one readable line', () => {
    const cases: [Parameters<typeof policyFor>[0], string][] = [
      [{ provider: 'oracle' }, 'unknown provider oracle'],
      [{ provider: 'aws', services: 's3,s4' }, 'unknown aws service s4'],
      [{ provider: 'aws', severity: 'urgent' }, 'unknown severity urgent'],
      [{ provider: 'aws', checks: 's3_bucket_nope' }, 's3_bucket_nope'],
    ];
    for (const [flags, message] of cases) {
      expect(() => policyFor(flags, registries)).toThrow(UserError);
      expect(() => policyFor(flags, registries)).toThrow(message);
    }
  });
});
