import { describe, expect, it } from 'vitest';
import { awsAuthModeSchema, redactAwsAuth } from './auth.js';

describe('awsAuthModeSchema', () => {
  it('accepts each auth mode', () => {
    const modes = [
      { type: 'default' },
      { type: 'profile', profile: 'audit' },
      {
        type: 'sts',
        role_arn: 'arn:aws:iam::123456789012:role/CloudDiagnozeScan',
        external_id: 'acme-2026',
        duration_seconds: 3600,
      },
      { type: 'web_identity', role_arn: 'arn:aws:iam::123456789012:role/ci/Scanner' },
      {
        type: 'access_keys',
        access_key_id: 'AKIAIOSFODNN7EXAMPLE',
        secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
    ];
    for (const mode of modes)
      expect(awsAuthModeSchema.safeParse(mode).success, JSON.stringify(mode)).toBe(true);
  });

  it('rejects malformed role ARNs, unknown modes and extra fields', () => {
    const bad = [
      { type: 'sts', role_arn: 'arn:aws:iam::12345:role/x' },
      { type: 'sts', role_arn: 'arn:aws:iam::123456789012:user/alice' },
      { type: 'magic' },
      { type: 'default', region: 'eu-west-1' },
      { type: 'sts', role_arn: 'arn:aws:iam::123456789012:role/x', duration_seconds: 60 },
    ];
    for (const mode of bad)
      expect(awsAuthModeSchema.safeParse(mode).success, JSON.stringify(mode)).toBe(false);
  });
});

describe('organization member_role_name', () => {
  const org = (member_role_name: string) => ({ type: 'organization', member_role_name });

  it('accepts a role name, with or without its IAM path', () => {
    for (const name of ['OrganizationAccountAccessRole', 'audit/CloudDiagnoze', 'a.b@c=d'])
      expect(awsAuthModeSchema.safeParse(org(name)).success, name).toBe(true);
  });

  it('refuses a path-like name with dot segments, saying why', () => {
    for (const name of ['../../x', 'audit/../admin', './role', '..']) {
      const parsed = awsAuthModeSchema.safeParse(org(name));
      expect(parsed.success, name).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toContain('must be an IAM role name');
    }
  });
});

describe('redactAwsAuth', () => {
  it('masks secrets and the external id, and shortens the access key id', () => {
    const redacted = redactAwsAuth({
      type: 'access_keys',
      access_key_id: 'AKIAIOSFODNN7EXAMPLE',
      secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      session_token: 'FQoGZXIvYXdzEXAMPLE',
    });
    const text = JSON.stringify(redacted);
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('FQoGZXIvYXdzEXAMPLE');
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(redacted).toEqual({
      type: 'access_keys',
      access_key_id: 'AKIA…MPLE',
      secret_access_key: '********',
      session_token: '********',
    });
    expect(
      redactAwsAuth({
        type: 'sts',
        role_arn: 'arn:aws:iam::123456789012:role/R',
        external_id: 'xyz-123',
      }),
    ).toEqual({
      type: 'sts',
      role_arn: 'arn:aws:iam::123456789012:role/R',
      external_id: '********',
    });
  });
});
