import { GLOBAL_REGION, type CloudScanner, type UnitPlan } from '../core/index.js';

/**
 * Splits a scan into units: one per (service × region) for regional services, one per account for
 * global ones. Pure; regions are resolved before (the request's, or the account's enabled ones).
 */
export function planUnits(
  scanners: readonly Pick<CloudScanner, 'service' | 'scope'>[],
  regions: readonly string[],
  accountId: string,
): UnitPlan[] {
  const units: UnitPlan[] = [];
  for (const scanner of scanners) {
    if (scanner.scope === 'global') {
      units.push({ account_id: accountId, service: scanner.service, region: GLOBAL_REGION });
    } else {
      for (const region of regions)
        units.push({ account_id: accountId, service: scanner.service, region });
    }
  }
  return units;
}

/** One failed unit per service for an account that cannot be scanned at all. */
export function failedAccountUnits(
  scanners: readonly Pick<CloudScanner, 'service'>[],
  accountId: string,
  failure: { code: string; message: string },
): UnitPlan[] {
  return scanners.map((s) => ({
    account_id: accountId,
    service: s.service,
    region: GLOBAL_REGION,
    failure,
  }));
}

/** The regions a scan covers: the request's, or the account's enabled regions that the provider knows. */
export function resolveRegions(
  requested: readonly string[] | null,
  enabled: readonly string[],
  known: readonly string[],
): string[] {
  if (requested !== null) return [...requested];
  return enabled.filter((region) => known.includes(region));
}
