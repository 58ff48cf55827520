import { CHECK_PACKS, CheckRegistry } from '../checks/index.js';
import type { CheckPack, CloudProvider } from '../core/index.js';
import { PROVIDERS } from '../providers/index.js';
import { ScannerRegistry } from '../scanning/registry.js';

/** Which providers and check packs a process runs: the build's, or others a test composes. */
export interface Composition {
  providers: readonly CloudProvider[];
  checkPacks: readonly CheckPack[];
}

export const DEFAULT_COMPOSITION: Composition = { providers: PROVIDERS, checkPacks: CHECK_PACKS };

/** The scanner and check registries of a composition; check results are catalogue entries too. */
export function registriesOf(composition: Composition = DEFAULT_COMPOSITION): {
  scanners: ScannerRegistry;
  checks: CheckRegistry;
} {
  const checks = new CheckRegistry(
    composition.checkPacks.flatMap((pack) => pack.checks),
    composition.checkPacks.flatMap((pack) => pack.frameworks),
  );
  return {
    scanners: new ScannerRegistry(composition.providers, checks.metricDefinitions()),
    checks,
  };
}
