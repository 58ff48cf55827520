import { describe, expect, it } from 'vitest';
import { CheckRegistry } from '../registry.js';
import { AWS_CHECKS } from '../aws/index.js';
import { CIS_GCP_4_0 } from './compliance/cis-gcp-4.0.js';
import { GCP_CHECK_PACK } from './index.js';

describe('the GCP check pack', () => {
  it('registers alongside the AWS checks without an id clash', () => {
    expect(() => new CheckRegistry([...AWS_CHECKS, ...GCP_CHECK_PACK.checks])).not.toThrow();
    expect(GCP_CHECK_PACK.checks.every((c) => c.provider === 'gcp')).toBe(true);
  });

  it('maps every check to real automated controls of CIS GCP 4.0.0', () => {
    const controls = new Map(CIS_GCP_4_0.controls.map((c) => [c.id, c]));
    for (const check of GCP_CHECK_PACK.checks) {
      const mapped = check.compliance['cis_gcp_4.0'] ?? [];
      expect(mapped.length, check.id).toBeGreaterThan(0);
      for (const id of mapped)
        expect(controls.get(id)?.automated, `${check.id} → ${id}`).toBe(true);
    }
  });

  it('lists the benchmark’s 84 recommendations once each', () => {
    const ids = CIS_GCP_4_0.controls.map((c) => c.id);
    expect(ids).toHaveLength(84);
    expect(new Set(ids).size).toBe(84);
  });
});
