import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetricCatalogue } from '../../../../core/index.js';
import {
  drainEvents,
  fakeClients,
  gcpUnitContext,
  serviceDisabled,
  startFakeGoogle,
  valueOf,
  type FakeGoogle,
} from '../../testing/fake-google.js';
import { collectLoggingSnapshot } from './collector.js';
import { PROJECT, serveLogging } from './fixtures/rest.js';
import { LOGGING_METRIC as M } from './metrics.js';
import { loggingScanner } from './scanner.js';

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
  serveLogging(fake);
});
afterEach(async () => {
  await fake.close();
});

const ctx = () => gcpUnitContext(fakeClients(fake, PROJECT));
const project = `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`;

describe('loggingScanner', () => {
  it('reads sinks, log metrics and alert policies in one call each', async () => {
    const events = await drainEvents(loggingScanner.scan(ctx()));

    expect(fake.requests.map((r) => r.path).sort()).toEqual([
      `/v2/projects/${PROJECT}/metrics`,
      `/v2/projects/${PROJECT}/sinks`,
      `/v3/projects/${PROJECT}/alertPolicies`,
    ]);
    const sink = `//logging.googleapis.com/projects/${PROJECT}/sinks/export-all`;
    expect(valueOf(events, sink, M.sinkFilter)).toBe('');
    expect(valueOf(events, project, M.logMetricCount)).toBe(2);
    expect(valueOf(events, project, M.alertPolicyCount)).toBe(1);
    const catalogue = new MetricCatalogue(loggingScanner.metrics);
    for (const e of events) expect(catalogue.problemWith(e.metric_type, e.metric_value)).toBeNull();
  });

  it('keeps the alert conditions’ filters, and records Monitoring disabled as unread', async () => {
    const snapshot = await collectLoggingSnapshot(ctx());
    expect(snapshot.alertPolicies).toMatchObject({
      state: 'available',
      value: [
        {
          enabled: true,
          filters: [expect.stringContaining('logging.googleapis.com/user/firewall-changes')],
        },
      ],
    });

    fake.on(
      'GET',
      `/v3/projects/${PROJECT}/alertPolicies`,
      serviceDisabled('monitoring.googleapis.com', PROJECT),
    );
    const events = await drainEvents(loggingScanner.scan(ctx()));
    expect(valueOf(events, project, M.readError)).toEqual([
      'monitoring.projects.alertPolicies.list: SERVICE_DISABLED',
    ]);
  });
});
