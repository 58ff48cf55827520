import { defineAwsScanner } from '../../define-scanner.js';
import { collectRdsSnapshot, RDS_PERMISSIONS } from './collector.js';
import { extractRdsEvents } from './extract.js';
import { RDS_METRICS } from './metrics.js';

/** RDS and Aurora of one region: DB instances, clusters and their manual snapshots. */
export const rdsScanner = defineAwsScanner({
  service: 'rds',
  title: 'Amazon RDS',
  scope: 'regional',
  metrics: RDS_METRICS,
  permissions: RDS_PERMISSIONS,
  collect: collectRdsSnapshot,
  extract: extractRdsEvents,
});
