import { facetsOf, type CloudScanner } from '../core/index.js';
import { CHECKS, type CheckRegistry } from '../checks/index.js';
import { wantedFacets, type FacetOptions } from './facets.js';
import type { ScannerRegistry } from './registry.js';

/** A scan's check selection and dimensions, for the permissions of exactly what it collects. */
export interface PermissionSelection {
  options: FacetOptions;
  /** The checks the selection picks from (the build's by default). */
  checks?: CheckRegistry;
}

/** The permissions one scanner needs for a selection: its base calls and its wanted facets'. */
export function scannerPermissions(
  scanner: CloudScanner,
  selection?: PermissionSelection,
): readonly string[] {
  if (!selection) return scanner.permissions;
  const wanted = wantedFacets(scanner, selection.options, (selection.checks ?? CHECKS).all());
  if (wanted === 'all') return scanner.permissions;
  const { facets, basePermissions } = facetsOf(scanner);
  return [...basePermissions, ...[...wanted].flatMap((name) => facets[name]?.permissions ?? [])];
}

/**
 * The read-only permissions a scan of the given services needs, from the scanners' own declarations
 * and the provider's baseline (identity, regions, member accounts), sorted and each once. With a
 * selection (check filters, `cost`), only the facets that selection collects.
 */
export function scanPermissions(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
  selection?: PermissionSelection,
  /** The scan's auth mode, when known (a management-group scan needs its descendants listed). */
  auth?: { type: string },
): string[] {
  const provider = registry.provider(providerId);
  if (!provider) throw new Error(`unknown provider ${providerId}`);
  const permissions = new Set<string>(provider.permissions.baseline(auth));
  for (const scanner of provider.scanners) {
    if (services && !services.includes(scanner.service)) continue;
    for (const permission of scannerPermissions(scanner, selection)) permissions.add(permission);
  }
  return [...permissions].sort();
}

/** The permission document in the provider's own format (AWS IAM JSON, a GCP role, an Azure role). */
export function renderPolicy(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
  selection?: PermissionSelection,
  /** The scan's auth mode, when known: the document may then name the scan's own scopes. */
  auth?: { type: string },
): string {
  const provider = registry.provider(providerId);
  if (!provider) throw new Error(`unknown provider ${providerId}`);
  return provider.permissions.render(
    scanPermissions(registry, providerId, services, selection, auth),
    auth,
  );
}

/** The permission document parsed, for providers whose format is JSON (AWS, Azure). */
export function policyDocument(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
  selection?: PermissionSelection,
): object {
  const provider = registry.provider(providerId);
  if (provider?.permissions.mediaType !== 'application/json') {
    throw new Error(`the ${providerId} permission document is not JSON`);
  }
  return JSON.parse(renderPolicy(registry, providerId, services, selection)) as object;
}
