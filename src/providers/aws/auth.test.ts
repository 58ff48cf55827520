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
