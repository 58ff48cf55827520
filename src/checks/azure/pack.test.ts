import { describe, expect, it } from 'vitest';
import { CIS_AZURE_4_0 } from './compliance/cis-azure-4.0.js';
import { CIS_AZURE_DATABASE_2_0 } from './compliance/cis-azure-database-2.0.js';
import { AZURE_CHECK_PACK } from './index.js';

describe('the Azure check pack', () => {
  it('maps every check to real controls of the pack’s CIS benchmarks', () => {
    const frameworks = new Map(
      AZURE_CHECK_PACK.frameworks.map((f) => [f.id, new Set(f.controls.map((c) => c.id))]),
    );
    for (const check of AZURE_CHECK_PACK.checks) {
      const mapped = Object.entries(check.compliance);
      expect(mapped.length, check.id).toBeGreaterThan(0);
      for (const [framework, ids] of mapped) {
        expect(frameworks.has(framework), `${check.id} → ${framework}`).toBe(true);
        expect(ids.length, `${check.id} → ${framework}`).toBeGreaterThan(0);
        for (const id of ids)
          expect(frameworks.get(framework)?.has(id), `${check.id} → ${framework} ${id}`).toBe(true);
      }
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
      'sql',
      'storage',
    ]);
    for (const check of AZURE_CHECK_PACK.checks) {
      expect(check.provider).toBe('azure');
      expect(services.has(check.service), `${check.id} reads ${check.service}`).toBe(true);
      expect(check.title.length, check.id).toBeLessThanOrEqual(90);
    }
  });

  it('lists the Foundations benchmark’s sections 6–10 once each', () => {
    const ids = CIS_AZURE_4_0.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(124);
    expect(CIS_AZURE_4_0.controls.filter((c) => c.automated).length).toBe(72);
  });

  it('answers every automated SQL Database recommendation of the Database Services benchmark', () => {
    const answered = new Set(
      AZURE_CHECK_PACK.checks.flatMap((c) => c.compliance[CIS_AZURE_DATABASE_2_0.id] ?? []),
    );
    const automated = CIS_AZURE_DATABASE_2_0.controls.filter((c) => c.automated).map((c) => c.id);
    expect(automated.filter((id) => !answered.has(id))).toEqual([]);
  });
});
