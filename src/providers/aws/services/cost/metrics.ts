import { metric, type MetricDefinition } from '../../../../core/index.js';

const ACCOUNT = 'aws.cost.account';
const SERVICE = 'aws.cost.service';

/** Metric types, by name. Amounts are in USD (Cost Explorer's unblended cost); periods are keys. */
export const COST_METRIC = {
  explorerStatus: `${ACCOUNT}.cost_explorer_status`,
  monthlyCostUsd: `${ACCOUNT}.monthly_cost_usd`,
  dailyCostUsd: `${ACCOUNT}.daily_cost_usd`,
  monthlyCostByRegionUsd: `${ACCOUNT}.monthly_cost_by_region_usd`,
  monthlyCostByLinkedAccountUsd: `${ACCOUNT}.monthly_cost_by_linked_account_usd`,
  forecastMonthlyCostUsd: `${ACCOUNT}.forecast_monthly_cost_usd`,
  rightsizingRecommendations: `${ACCOUNT}.rightsizing_recommendations`,
  rightsizingEstimatedMonthlySavingsUsd: `${ACCOUNT}.rightsizing_estimated_monthly_savings_usd`,

  serviceName: `${SERVICE}.service_name`,
  serviceMonthlyCostUsd: `${SERVICE}.monthly_cost_usd`,
  serviceMonthlyCostByRegionUsd: `${SERVICE}.monthly_cost_by_region_usd`,
  serviceDailyCostUsd: `${SERVICE}.daily_cost_usd`,
} as const;

export const COST_METRICS: readonly MetricDefinition[] = [
  metric(
    COST_METRIC.explorerStatus,
    'object',
    'Whether Cost Explorer data was collected: {status: collected | not_requested | unavailable, error_code?, detail, currency?, months?, estimated_months?, management_account?, cached_requests?, paid_requests?, forecast?, rightsizing?}. Not requested unless the scan has options.cost (Cost Explorer is paid per request); unavailable when Cost Explorer is not enabled or not permitted, which does not fail the scan.',
  ),
  metric(
    COST_METRIC.monthlyCostUsd,
    'object',
    'Cost of the account per month, YYYY-MM → USD, over the last cost_months months (the current month so far).',
    'USD',
  ),
  metric(
    COST_METRIC.dailyCostUsd,
    'object',
    'Cost of the account per day, YYYY-MM-DD → USD, over the last 30 days.',
    'USD',
  ),
  metric(
    COST_METRIC.monthlyCostByRegionUsd,
    'object',
    'Cost per month and region, YYYY-MM → region → USD (global and region-less charges under their Cost Explorer names).',
    'USD',
  ),
  metric(
    COST_METRIC.monthlyCostByLinkedAccountUsd,
    'object',
    "Cost per month and member account, YYYY-MM → account id → USD; in an organization's management account only.",
    'USD',
  ),
  metric(
    COST_METRIC.forecastMonthlyCostUsd,
    'object',
    'Cost Explorer forecast of the current month, YYYY-MM → {mean, lower, upper} in USD (80 % prediction interval).',
    'USD',
  ),
  metric(
    COST_METRIC.rightsizingRecommendations,
    'array',
    'EC2 rightsizing recommendations of Cost Explorer: [{instance_id, account_id?, region?, current_type?, action, target_type?, estimated_monthly_savings_usd}].',
  ),
  metric(
    COST_METRIC.rightsizingEstimatedMonthlySavingsUsd,
    'number',
    'Sum of the estimated monthly savings of the rightsizing recommendations.',
    'USD/month',
  ),
  metric(COST_METRIC.serviceName, 'string', 'Name of the service as Cost Explorer bills it.'),
  metric(
    COST_METRIC.serviceMonthlyCostUsd,
    'object',
    'Cost of one service per month, YYYY-MM → USD.',
    'USD',
  ),
  metric(
    COST_METRIC.serviceMonthlyCostByRegionUsd,
    'object',
    'Cost of one service per month and region, YYYY-MM → region → USD.',
    'USD',
  ),
  metric(
    COST_METRIC.serviceDailyCostUsd,
    'object',
    'Cost of one service per day, YYYY-MM-DD → USD, over the last 30 days.',
    'USD',
  ),
];
