import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const ACCOUNT = 'aws.cost.account';
const SERVICE = 'aws.cost.service';

/** Metric types, by name. Amounts are in USD (Cost Explorer's unblended cost); periods are keys. */
export const COST_METRIC = defineMetrics({
  explorerStatus: {
    name: `${ACCOUNT}.cost_explorer_status`,
    valueType: 'object',
    description:
      'Whether Cost Explorer data was collected: {status: collected | not_requested | unavailable, error_code?, detail, currency?, months?, estimated_months?, management_account?, cached_requests?, paid_requests?, forecast?, rightsizing?}. Not requested unless the scan has options.cost (Cost Explorer is paid per request); unavailable when Cost Explorer is not enabled or not permitted, which does not fail the scan.',
  },
  monthlyCostUsd: {
    name: `${ACCOUNT}.monthly_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost',
    description:
      'Cost of the account per month, YYYY-MM → USD, over the last cost_months months (the current month so far).',
  },
  dailyCostUsd: {
    name: `${ACCOUNT}.daily_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'daily_cost',
    description: 'Cost of the account per day, YYYY-MM-DD → USD, over the last 30 days.',
  },
  monthlyCostByRegionUsd: {
    name: `${ACCOUNT}.monthly_cost_by_region_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost_by_dimension',
    dimension: 'region',
    description:
      'Cost per month and region, YYYY-MM → region → USD (global and region-less charges under their Cost Explorer names).',
  },
  monthlyCostByLinkedAccountUsd: {
    name: `${ACCOUNT}.monthly_cost_by_linked_account_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost_by_dimension',
    dimension: 'account',
    description:
      "Cost per month and member account, YYYY-MM → account id → USD; in an organization's management account only.",
  },
  forecastMonthlyCostUsd: {
    name: `${ACCOUNT}.forecast_monthly_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'forecast_cost',
    description:
      'Cost Explorer forecast of the current month, YYYY-MM → {mean, lower, upper} in USD (80 % prediction interval).',
  },
  rightsizingRecommendations: {
    name: `${ACCOUNT}.rightsizing_recommendations`,
    valueType: 'array',
    description:
      'EC2 rightsizing recommendations of Cost Explorer: [{instance_id, account_id?, region?, current_type?, action, target_type?, estimated_monthly_savings_usd}].',
  },
  rightsizingEstimatedMonthlySavingsUsd: {
    name: `${ACCOUNT}.rightsizing_estimated_monthly_savings_usd`,
    valueType: 'number',
    unit: 'USD/month',
    description: 'Sum of the estimated monthly savings of the rightsizing recommendations.',
  },
  serviceName: {
    name: `${SERVICE}.service_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the service as Cost Explorer bills it.',
  },
  serviceMonthlyCostUsd: {
    name: `${SERVICE}.monthly_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'monthly_cost',
    dimension: 'service',
    description: 'Cost of one service per month, YYYY-MM → USD.',
  },
  serviceMonthlyCostByRegionUsd: {
    name: `${SERVICE}.monthly_cost_by_region_usd`,
    valueType: 'object',
    unit: 'USD',
    description: 'Cost of one service per month and region, YYYY-MM → region → USD.',
  },
  serviceDailyCostUsd: {
    name: `${SERVICE}.daily_cost_usd`,
    valueType: 'object',
    unit: 'USD',
    role: 'daily_cost',
    description: 'Cost of one service per day, YYYY-MM-DD → USD, over the last 30 days.',
  },
});

export const COST_METRICS: readonly MetricDefinition[] = COST_METRIC.definitions;
