import { defineMetrics } from '../../../../core/index.js';

const B = 'gcp.cost.billing';
const P = 'gcp.cost.project';

/** Cost facts from the Cloud Billing export, on each project's full resource name. USD. */
export const BILLING_METRIC = defineMetrics({
  exportStatus: {
    name: `${B}.export_status`,
    valueType: 'object',
    description:
      'Whether the Cloud Billing BigQuery export was read for the project: {status: collected | not_requested | not_configured | over_cap | unavailable, table?, months?, estimated_bytes?, billed_bytes?, cap_bytes?, cached?, error_code?, detail}. Not requested unless the scan has options.cost (the query is billed by bytes scanned); not configured without billing_export_table.',
  },
  monthlyCostUsd: {
    name: `${P}.monthly_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost',
    description:
      'Cost of the project per month, YYYY-MM → USD (credits deducted, converted to USD at the export’s rate), over the last cost_months invoice months.',
  },
  monthlyCostByServiceUsd: {
    name: `${P}.monthly_cost_by_service_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost_by_dimension',
    dimension: 'service',
    description: 'Cost of the project per month and service, YYYY-MM → service → USD.',
  },
  monthlyCostByProjectUsd: {
    name: `${P}.monthly_cost_by_project_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost_by_dimension',
    dimension: 'project',
    description: 'The project’s share of the bill, YYYY-MM → project id → USD.',
  },
});
