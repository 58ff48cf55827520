import { describe, expect, it } from 'vitest';
import { progressLabel } from './progress';

const progress = (units_total: number, units_done: number) => ({
  units_total,
  units_done,
  units_failed: 0,
  events: 0,
});

describe('progressLabel', () => {
  it('counts units once the scan is planned', () => {
    expect(progressLabel({ status: 'RUNNING', progress: progress(8, 3), error: null })).toEqual({
      label: '3 / 8 units',
      value: 3,
      max: 8,
    });
  });

  it('says planning, with an indeterminate bar, before the units exist', () => {
    expect(progressLabel({ status: 'QUEUED', progress: progress(0, 0), error: null })).toEqual({
      label: 'planning',
      value: undefined,
      max: 1,
    });
  });

  it('shows a scan that failed before planning as FAILED with its reason, the bar full', () => {
    const failed = progressLabel({
      status: 'FAILED',
      progress: progress(0, 0),
      error: { code: 'InvalidClientTokenId', message: 'The security token is invalid' },
    });
    expect(failed).toEqual({
      label: 'FAILED: InvalidClientTokenId: The security token is invalid',
      value: 1,
      max: 1,
    });
  });
});
