import { defineMetrics } from '../../../../core/index.js';

const C = 'azure.cost.cost';

export const COST_METRIC = defineMetrics({
  monthly: {
    name: `${C}.monthly_cost_usd`,
    valueType: 'object',
    unit: 'usd',
    description: 'Actual cost of the subscription per month (YYYY-MM → USD).',
    role: 'monthly_cost',
  },
  byService: {
    name: `${C}.monthly_cost_by_service_usd`,
    valueType: 'object',
    unit: 'usd',
    description: 'YYYY-MM → service → USD.',
    role: 'monthly_cost_by_dimension',
    dimension: 'service',
  },
  byResourceGroup: {
    name: `${C}.monthly_cost_by_resource_group_usd`,
    valueType: 'object',
    unit: 'usd',
    description: 'YYYY-MM → resource group → USD.',
    role: 'monthly_cost_by_dimension',
    dimension: 'resource_group',
  },
  currency: {
    name: `${C}.unconverted_currency`,
    valueType: 'string',
    description:
      'Billing currency of costs Cost Management gave in no USD equivalent (left out of the totals).',
  },
});
