import type { CheckResult } from '../../core/index.js';

export const CIS = 'cis_gcp_4.0';

/** The project's full resource name: where project-wide results land. */
export const projectResource = (project: string) =>
  `//cloudresourcemanager.googleapis.com/projects/${project}`;

/** A read a snapshot could not make, as the collectors record it. */
export interface Unread {
  state: 'disabled' | 'denied' | 'absent' | 'failed';
  call: string;
  errorCode: string;
}

/** ERROR naming the call and code: a check never passes on what was not read. */
export function unreadResult(resource_id: string, what: string, read: Unread): CheckResult {
  return {
    resource_id,
    status: 'ERROR',
    reason: `${what} could not be read (${read.call}: ${read.errorCode})`,
  };
}

export const pass = (resource_id: string, reason: string): CheckResult => ({
  resource_id,
  status: 'PASS',
  reason,
});
export const fail = (resource_id: string, reason: string): CheckResult => ({
  resource_id,
  status: 'FAIL',
  reason,
});

/** A Compute Engine default service account (`<number>-compute@developer.gserviceaccount.com`). */
export function isDefaultComputeAccount(email: string): boolean {
  return /^\d+-compute@developer\.gserviceaccount\.com$/.test(email);
}
