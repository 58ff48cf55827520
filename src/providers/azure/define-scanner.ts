import {
  defineScanner,
  type CloudScanner,
  type ScannerDefinition,
  type UnitContext,
} from '../../core/index.js';
import type { AzureClients } from './clients.js';

export type AzureUnitContext = UnitContext<AzureClients>;

/** What an Azure service declares; provider and scope are the same for every Azure scanner. */
export type AzureScannerDefinition<Snapshot> = Omit<
  ScannerDefinition<Snapshot, AzureClients>,
  'provider' | 'scope'
>;

/**
 * An Azure scanner through core's `defineScanner`: one unit per subscription and service (scope
 * `global`), since Resource Graph answers for every location of a subscription at once.
 */
export function defineAzureScanner<Snapshot>(
  definition: AzureScannerDefinition<Snapshot>,
): CloudScanner<AzureClients> {
  return defineScanner({ ...definition, provider: 'azure', scope: 'global' });
}
