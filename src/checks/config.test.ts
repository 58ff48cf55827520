import { describe, expect, it } from 'vitest';
import { checkConfig, checkConfigSchema, requiredTags, trustedAccountIds } from './config.js';

describe('check_config list settings', () => {
  it('validates trusted_account_ids and required_tags next to the thresholds', () => {
    const ok = checkConfigSchema.safeParse({
      max_access_key_age_days: 30,
      trusted_account_ids: ['444455556666'],
      required_tags: { owner: [], env: ['prod', 'dev'] },
    });
    expect(ok.success).toBe(true);
    const bad = checkConfigSchema.safeParse({ trusted_account_ids: ['4444-5555-6666'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['trusted_account_ids', 0],
      message: 'an AWS account id is 12 digits',
    });
    expect(checkConfigSchema.safeParse({ required_tags: { owner: 'me' } }).success).toBe(false);
  });

  it('reads them from a scan, empty when unset, and leaves the thresholds as they were', () => {
    const options = {
      check_config: {
        max_access_key_age_days: 30,
        trusted_account_ids: ['444455556666'],
        required_tags: { env: ['prod'] },
      },
    };
    expect(trustedAccountIds(options)).toEqual(['444455556666']);
    expect(requiredTags(options)).toEqual({ env: ['prod'] });
    expect(checkConfig(options).max_access_key_age_days).toBe(30);
    expect(trustedAccountIds({})).toEqual([]);
    expect(requiredTags({})).toEqual({});
  });
});
