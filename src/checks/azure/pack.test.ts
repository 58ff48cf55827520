import { describe, expect, it } from 'vitest';
import { CIS_AZURE_4_0 } from './compliance/cis-azure-4.0.js';
import { AZURE_CHECK_PACK } from './index.js';

describe('the Azure check pack', () => {
  it('maps every check to real CIS Azure 4.0 controls', () => {
    const controls = new Map(CIS_AZURE_4_0.controls.map((c) => [c.id, c]));
    for (const check of AZURE_CHECK_PACK.checks) {
      const mapped = check.compliance['cis_azure_4.0'] ?? [];
      expect(mapped.length, check.id).toBeGreaterThan(0);
      for (const id of mapped) expect(controls.has(id), `${check.id} → ${id}`).toBe(true);
    }
  });

  it('has unique ids, each check reading a scanner that exists', () => {
    const ids = AZURE_CHECK_PACK.checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The services of src/providers/azure/scanners.ts that have checks.
    const services = new Set([
      'authorization',
      'defender',
      'keyvault',
      'monitor',
      'network',
      'storage',
    ]);
    for (const check of AZURE_CHECK_PACK.checks) {
      expect(check.provider).toBe('azure');
      expect(services.has(check.service), `${check.id} reads ${check.service}`).toBe(true);
      expect(check.title.length, check.id).toBeLessThanOrEqual(90);
    }
  });

  it('lists the benchmark’s sections 6–10 once each', () => {
    const ids = CIS_AZURE_4_0.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(124);
    expect(CIS_AZURE_4_0.controls.filter((c) => c.automated).length).toBe(72);
  });
});
