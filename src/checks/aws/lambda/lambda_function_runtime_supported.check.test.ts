import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './lambda_function_runtime_supported.check.js';
import { fn, snapshot } from './fixtures.js';

describe('lambda_function_runtime_supported', () => {
  it('fails a deprecated runtime, passes a supported one with its date, leaves images out', () => {
    const current = fn('orders-api');
    const old = fn('thumbnailer', { runtime: 'python3.9', runtimeDeprecationDate: '2025-12-15' });
    const image = fn('ml-inference', {
      runtime: undefined,
      runtimeDeprecationDate: undefined,
      packageType: 'Image',
    });

    expect(run(check, snapshot([current, old, image]))).toEqual([
      {
        resource_id: current.arn,
        status: 'PASS',
        reason: 'orders-api runs nodejs22.x, supported until 2027-04-30 (290 days)',
      },
      {
        resource_id: old.arn,
        status: 'FAIL',
        reason: 'thumbnailer runs python3.9, deprecated since 2025-12-15',
      },
    ]);
  });

  it('fails on the deprecation day itself', () => {
    const today = fn('batch', { runtime: 'nodejs20.x', runtimeDeprecationDate: '2026-07-14' });
    expect(run(check, snapshot([today]))[0]?.status).toBe('FAIL');
  });

  it('is MANUAL on a runtime the table does not know, never PASS', () => {
    const unknown = fn('next', { runtime: 'nodejs26.x', runtimeDeprecationDate: undefined });
    expect(run(check, snapshot([unknown]))).toEqual([
      expect.objectContaining({ resource_id: unknown.arn, status: 'MANUAL' }),
    ]);
  });
});
