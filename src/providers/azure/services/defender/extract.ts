import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { DEFENDER_METRIC as D } from './metrics.js';
import type { DefenderSnapshot } from './model.js';

export function* extractDefenderEvents(snapshot: DefenderSnapshot): Generator<EventDraft> {
  const resource_id = `/subscriptions/${snapshot.subscriptionId}`;
  if (snapshot.plans.state === 'available') {
    const plans = snapshot.plans.value.filter((p) => !p.deprecated);
    yield {
      resource_id,
      metric_type: D.plans,
      metric_value: Object.fromEntries(plans.map((p) => [p.name, p.tier])),
    };
    yield {
      resource_id,
      metric_type: D.plansOn,
      metric_value: plans.filter((p) => p.tier === 'Standard').length,
    };
  }
  if (snapshot.contacts.state === 'available') {
    const emails = new Set(snapshot.contacts.value.flatMap((c) => c.emails));
    yield { resource_id, metric_type: D.contactEmails, metric_value: emails.size };
  }
  const errors = [snapshot.plans, snapshot.contacts].map(readError).filter(Boolean);
  if (errors.length > 0)
    yield { resource_id, metric_type: D.readError, metric_value: errors.join('; ') };
}
