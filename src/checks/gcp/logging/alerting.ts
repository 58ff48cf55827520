import type { CheckDefinition } from '../../../core/index.js';
import { LOGGING, type LoggingSnapshot } from '../../../providers/gcp/services/logging/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource, unreadResult } from '../support.js';

export interface AlertRule {
  id: string;
  control: string;
  /** What the metric watches, for titles and reasons ("VPC firewall rule changes"). */
  subject: string;
  /** Fragments the metric's filter must contain (compared without case or spacing). */
  needles: readonly string[];
  /** The filter CIS gives, for the remediation. */
  filter: string;
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/**
 * A CIS 2.4–2.11 check: a log-based metric whose filter covers the subject's changes, and an
 * enabled alert policy whose condition watches that metric. Unread metrics or policies are ERROR.
 */
export function alertCheck(rule: AlertRule): CheckDefinition<LoggingSnapshot> {
  return defineCheck({
    id: rule.id,
    scanner: LOGGING,
    reads: ['project', 'metrics', 'alertPolicies'],
    resource_type: 'GcpProject',
    title: `A log metric and an alert exist for ${rule.subject}`,
    description: `A log-based metric matches ${rule.subject} and an enabled alert policy fires on it.`,
    severity: 'low',
    risk: `Without an alert, ${rule.subject} go unnoticed until someone reads the logs.`,
    remediation: {
      text: `Create a log-based metric with the filter below and an alert policy on logging.googleapis.com/user/<metric> > 0: ${rule.filter}`,
      cli: `gcloud logging metrics create METRIC --log-filter='${rule.filter}'`,
      url: 'https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts',
    },
    compliance: { [CIS]: [rule.control] },
    *evaluate(snapshot) {
      const project = projectResource(snapshot.project);
      if (snapshot.metrics.state !== 'available') {
        yield unreadResult(project, 'The log-based metrics', snapshot.metrics);
        return;
      }
      if (snapshot.alertPolicies.state !== 'available') {
        yield unreadResult(project, 'The alert policies', snapshot.alertPolicies);
        return;
      }
      const needles = rule.needles.map(normalize);
      const metrics = snapshot.metrics.value.filter((m) => {
        const filter = normalize(m.filter);
        return needles.every((n) => filter.includes(n));
      });
      if (metrics.length === 0) {
        yield fail(project, `no log-based metric matches ${rule.subject}`);
        return;
      }
      const alerted = metrics.find(
        (m) =>
          snapshot.alertPolicies.state === 'available' &&
          snapshot.alertPolicies.value.some(
            (p) =>
              p.enabled &&
              p.filters.some((f) =>
                normalize(f).includes(normalize(`logging.googleapis.com/user/${m.name}"`)),
              ),
          ),
      );
      yield alerted
        ? pass(
            project,
            `metric ${alerted.name} matches ${rule.subject} and an enabled alert policy watches it`,
          )
        : fail(
            project,
            `metric ${metrics.map((m) => m.name).join(', ')} matches ${rule.subject} but no enabled alert policy watches it`,
          );
    },
  });
}
