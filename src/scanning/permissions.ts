import type { ScannerRegistry } from './registry.js';

/**
 * The read-only permissions a scan of the given services needs, from the scanners' own declarations
 * and the provider's baseline (identity, regions, member accounts), sorted and each once.
 */
export function scanPermissions(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
): string[] {
  const provider = registry.provider(providerId);
  if (!provider) throw new Error(`unknown provider ${providerId}`);
  const permissions = new Set<string>(provider.permissions.baseline());
  for (const scanner of provider.scanners) {
    if (services && !services.includes(scanner.service)) continue;
    for (const permission of scanner.permissions) permissions.add(permission);
  }
  return [...permissions].sort();
}

/** The permission document in the provider's own format (AWS IAM JSON, a GCP role, an Azure role). */
export function renderPolicy(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
): string {
  const provider = registry.provider(providerId);
  if (!provider) throw new Error(`unknown provider ${providerId}`);
  return provider.permissions.render(scanPermissions(registry, providerId, services));
}

/** The permission document parsed, for providers whose format is JSON (AWS, Azure). */
export function policyDocument(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
): object {
  const provider = registry.provider(providerId);
  if (provider?.permissions.mediaType !== 'application/json') {
    throw new Error(`the ${providerId} permission document is not JSON`);
  }
  return JSON.parse(renderPolicy(registry, providerId, services)) as object;
}
