import { defineAwsScanner } from '../../define-scanner.js';
import { ACCESSANALYZER_PERMISSIONS } from './permissions.js';
import { extractAccessAnalyzerEvents } from './extract.js';
import { ACCESSANALYZER_METRICS } from './metrics.js';

/** IAM Access Analyzer of one region: which analyzers exist and whether one is active. */
export const accessAnalyzerScanner = defineAwsScanner({
  service: 'accessanalyzer',
  title: 'IAM Access Analyzer',
  scope: 'regional',
  metrics: ACCESSANALYZER_METRICS,
  permissions: ACCESSANALYZER_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectAccessAnalyzerSnapshot(ctx),
  extract: extractAccessAnalyzerEvents,
});
