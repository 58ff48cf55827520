import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, certificate, ec, expired, pending, snapshot, sound, weak } from './fixtures.js';
import keys from './acm_certificates_with_secure_key_algorithms.check.js';

describe('acm_certificates_with_secure_key_algorithms', () => {
  it('acm_certificates_with_secure_key_algorithms: fails RSA-1024, passes RSA-2048 and EC, skips failed requests', () => {
    expect(statuses(keys, all)).toEqual({
      [sound.arn]: 'PASS',
      [weak.arn]: 'FAIL',
      [ec.arn]: 'PASS',
      [expired.arn]: 'PASS',
      [pending.arn]: 'PASS',
    });
    expect(run(keys, snapshot([weak, ec])).map((r) => r.reason)).toEqual([
      'certificate legacy.example.com has a 1024-bit RSA key (at least 2048 needed)',
      'certificate api.example.com has an EC key (prime256v1)',
    ]);
  });

  it('acm_certificates_with_secure_key_algorithms: reads the SDK enum spelling too; ERROR without a key', () => {
    const enumSpelt = certificate('a', { keyAlgorithm: 'RSA_1024' });
    const unknown = certificate('b', { keyAlgorithm: undefined });
    expect(statuses(keys, snapshot([enumSpelt, unknown]))).toEqual({
      [enumSpelt.arn]: 'FAIL',
      [unknown.arn]: 'ERROR',
    });
  });
});
