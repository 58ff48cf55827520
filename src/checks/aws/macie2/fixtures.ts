/** Macie snapshots for the check tests, in the collector's normalized shapes. */
import type {
  AutomatedDiscovery,
  Macie2RegionSnapshot,
  MacieSession,
  Read,
  ReadFailure,
} from '../../../providers/aws/services/macie2/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

/** How the collector records a region where Macie is not enabled. */
export const NOT_ENABLED: ReadFailure = {
  state: 'absent',
  action: 'macie2:GetMacieSession',
  errorCode: 'AccessDeniedException',
  message: 'Macie is not enabled',
};

export const REGION_ID = `arn:aws:macie2:${REGION}:${ACCOUNT}:region/${REGION}`;

export function session(overrides: Partial<MacieSession> = {}): Read<MacieSession> {
  return {
    state: 'available',
    value: {
      status: 'ENABLED',
      findingPublishingFrequency: 'FIFTEEN_MINUTES',
      createdAt: '2025-02-03T08:12:44.120Z',
      ...overrides,
    },
  };
}

export function discovery(status = 'ENABLED'): Read<AutomatedDiscovery> {
  return { state: 'available', value: { status, firstEnabledAt: '2025-02-03T08:20:00.000Z' } };
}

export function snapshot(overrides: Partial<Macie2RegionSnapshot> = {}): Macie2RegionSnapshot {
  return {
    region: REGION,
    session: session(),
    findings: { state: 'available', value: { low: 21, medium: 8, high: 3 } },
    jobs: {
      state: 'available',
      value: [
        {
          id: 'job1',
          arn: `arn:aws:macie2:${REGION}:${ACCOUNT}:classification-job/job1`,
          name: 'weekly-pii-scan',
          status: 'IDLE',
          type: 'SCHEDULED',
          lastRunFailed: false,
        },
      ],
    },
    automatedDiscovery: discovery(),
    ...overrides,
  };
}

/** Macie enabled with automated discovery, findings and a job read. */
export const all = snapshot();

/** A region where Macie is not enabled: every read carries the session's absence. */
export const disabled = snapshot({
  session: NOT_ENABLED,
  findings: NOT_ENABLED,
  jobs: NOT_ENABLED,
  automatedDiscovery: NOT_ENABLED,
});
