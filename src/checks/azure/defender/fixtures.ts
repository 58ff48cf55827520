import type {
  DefenderPlan,
  DefenderSnapshot,
  SecurityContact,
} from '../../../providers/azure/services/defender/model.js';
import { SUBSCRIPTION } from '../testing.js';

export const plan = (name: string, tier = 'Standard'): DefenderPlan => ({
  name,
  tier,
  deprecated: false,
});

export const contact = (overrides: Partial<SecurityContact> = {}): SecurityContact => ({
  name: 'default',
  emails: ['secops@contoso.com'],
  enabled: true,
  notifyRoles: ['Owner'],
  notifyRolesOn: true,
  alertMinimalSeverity: 'High',
  attackPathMinimalRiskLevel: 'Critical',
  ...overrides,
});

export const snapshot = (overrides: Partial<DefenderSnapshot> = {}): DefenderSnapshot => ({
  subscriptionId: SUBSCRIPTION,
  plans: { state: 'available', value: [] },
  contacts: { state: 'available', value: [] },
  ...overrides,
});
