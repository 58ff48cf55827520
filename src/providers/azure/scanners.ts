import type { CloudScanner } from '../../core/index.js';
import type { AzureClients } from './clients.js';
import { authorizationScanner } from './services/authorization/scanner.js';
import { computeScanner } from './services/compute/scanner.js';
import { costScanner } from './services/cost/scanner.js';
import { defenderScanner } from './services/defender/scanner.js';
import { keyVaultScanner } from './services/keyvault/scanner.js';
import { monitorScanner } from './services/monitor/scanner.js';
import { networkScanner } from './services/network/scanner.js';
import { sqlScanner } from './services/sql/scanner.js';
import { storageScanner } from './services/storage/scanner.js';

/** Every Azure scanner: adding a service is one folder and one line here. */
export const AZURE_SCANNERS: readonly CloudScanner<AzureClients>[] = [
  computeScanner,
  networkScanner,
  storageScanner,
  sqlScanner,
  keyVaultScanner,
  authorizationScanner,
  monitorScanner,
  defenderScanner,
  costScanner,
];
