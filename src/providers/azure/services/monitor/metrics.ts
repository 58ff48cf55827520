import { defineMetrics } from '../../../../core/index.js';

const M = 'azure.metadata.monitor';
const S = 'azure.security.monitor';

export const MONITOR_METRIC = defineMetrics({
  alertEnabled: {
    name: `${M}.activity_log_alert_enabled`,
    valueType: 'boolean',
    description: 'The activity log alert is enabled.',
  },
  alertOperation: {
    name: `${M}.activity_log_alert_operation`,
    valueType: 'string',
    description: 'Operation (or category) the activity log alert fires on.',
  },
  exportCount: {
    name: `${S}.activity_log_export_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Diagnostic settings exporting the subscription’s activity log.',
  },
  exportedCategories: {
    name: `${S}.activity_log_exported_categories`,
    valueType: 'array',
    description: 'Activity log categories some diagnostic setting exports.',
  },
  exportError: {
    name: `${S}.activity_log_export_read_error`,
    valueType: 'string',
    description: 'Call and ARM code when the subscription’s diagnostic settings could not be read.',
  },
});
