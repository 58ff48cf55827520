import { describe, expect, it } from 'vitest';
import { denied, PROJECT_ID, run } from '../testing.js';
import { alertOn, snapshot } from './fixtures.js';
import check from './logging_alert_custom_role_changes.check.js';

const FILTER =
  'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole" OR protoPayload.methodName="google.iam.admin.v1.UndeleteRole")';

describe('logging_alert_custom_role_changes', () => {
  it('passes a matching metric with an enabled alert on it', () => {
    expect(
      run(check, snapshot([{ name: 'watch', filter: FILTER }], [alertOn('watch')]))[0]?.status,
    ).toBe('PASS');
  });

  it('fails without a matching metric, or with its alert disabled', () => {
    expect(
      run(check, snapshot([{ name: 'other', filter: 'severity>=ERROR' }], [alertOn('other')])),
    ).toEqual([
      {
        resource_id: PROJECT_ID,
        status: 'FAIL',
        reason: 'no log-based metric matches custom role changes',
      },
    ]);
    expect(
      run(check, snapshot([{ name: 'watch', filter: FILTER }], [alertOn('watch', false)]))[0]
        ?.status,
    ).toBe('FAIL');
  });

  it('is an ERROR when the alert policies were not read', () => {
    const [result] = run(check, {
      ...snapshot([{ name: 'watch', filter: FILTER }], []),
      alertPolicies: denied('monitoring.projects.alertPolicies.list'),
    });
    expect(result).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining('monitoring.projects.alertPolicies.list: PERMISSION_DENIED'),
    });
  });
});
