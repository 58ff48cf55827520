import type { CloudScanner } from '../../core/index.js';
import type { GcpClients } from './clients.js';
import { bigQueryScanner } from './services/bigquery/scanner.js';
import { billingScanner } from './services/billing/scanner.js';
import { computeScanner } from './services/compute/scanner.js';
import { dnsScanner } from './services/dns/scanner.js';
import { iamScanner } from './services/iam/scanner.js';
import { kmsScanner } from './services/kms/scanner.js';
import { loggingScanner } from './services/logging/scanner.js';
import { serviceUsageScanner } from './services/serviceusage/scanner.js';
import { sqlScanner } from './services/sql/scanner.js';
import { storageScanner } from './services/storage/scanner.js';

/** Every GCP scanner: adding a service is one folder and one line here. */
export const GCP_SCANNERS: readonly CloudScanner<GcpClients>[] = [
  computeScanner,
  storageScanner,
  sqlScanner,
  iamScanner,
  loggingScanner,
  serviceUsageScanner,
  billingScanner,
  kmsScanner,
  dnsScanner,
  bigQueryScanner,
];
