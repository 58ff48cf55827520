import { defineMetrics } from '../../../../core/index.js';

/** Service Usage facts: the project's enabled APIs, on the project. */
export const SERVICEUSAGE_METRIC = defineMetrics({
  enabledServices: {
    name: 'gcp.metadata.serviceusage.enabled_services',
    valueType: 'array',
    description: 'APIs enabled in the project (compute.googleapis.com, …).',
  },
  enabledServiceCount: {
    name: 'gcp.metadata.serviceusage.enabled_service_count',
    valueType: 'number',
    unit: 'count',
    description: 'Number of APIs enabled in the project.',
  },
});
