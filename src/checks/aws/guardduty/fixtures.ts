/** GuardDuty snapshots for the check tests, in the collector's normalized shapes. */
import type {
  Detector,
  DetectorDetails,
  GuardDutyRegionSnapshot,
  Read,
  ReadFailure,
} from '../../../providers/aws/services/guardduty/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const REGION_ID = `arn:aws:guardduty:${REGION}:${ACCOUNT}:region/${REGION}`;

export function details(overrides: Partial<DetectorDetails> = {}): Read<DetectorDetails> {
  return {
    state: 'available',
    value: {
      status: 'ENABLED',
      findingPublishingFrequency: 'FIFTEEN_MINUTES',
      features: [
        { name: 'CLOUD_TRAIL', status: 'ENABLED' },
        { name: 'S3_DATA_EVENTS', status: 'ENABLED' },
      ],
      tags: {},
      ...overrides,
    },
  };
}

export function detector(id: string, overrides: Partial<Detector> = {}): Detector {
  return {
    id,
    arn: `arn:aws:guardduty:${REGION}:${ACCOUNT}:detector/${id}`,
    details: details(),
    findings: { state: 'available', value: { low: 3, medium: 1, high: 0, critical: 0 } },
    ...overrides,
  };
}

export function snapshot(detectors: Read<Detector[]> | Detector[]): GuardDutyRegionSnapshot {
  return {
    region: REGION,
    detectors: Array.isArray(detectors) ? { state: 'available', value: detectors } : detectors,
  };
}
