import { defineMetrics } from '../../../../core/index.js';

const S = 'azure.security.defender';

export const DEFENDER_METRIC = defineMetrics({
  plans: {
    name: `${S}.plans`,
    valueType: 'object',
    description: 'Defender for Cloud plan → pricing tier (Standard = on, Free = off).',
  },
  plansOn: {
    name: `${S}.plans_enabled_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Defender plans on the Standard tier.',
  },
  contactEmails: {
    name: `${S}.security_contact_emails_count`,
    valueType: 'number',
    unit: 'count',
    description: 'E-mail addresses Defender notifies of alerts.',
  },
  readError: {
    name: `${S}.read_error`,
    valueType: 'string',
    description: 'Call and ARM code of a Defender read that did not answer.',
  },
});
