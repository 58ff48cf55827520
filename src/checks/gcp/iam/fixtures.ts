import type {
  IamSnapshot,
  ProjectPolicy,
  ServiceAccount,
} from '../../../providers/gcp/services/iam/model.js';
import { PROJECT } from '../testing.js';

export function account(name: string, overrides: Partial<ServiceAccount> = {}): ServiceAccount {
  const email = name.includes('@') ? name : `${name}@${PROJECT}.iam.gserviceaccount.com`;
  return {
    id: `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/${email}`,
    email,
    disabled: false,
    userCreated: email.endsWith(`@${PROJECT}.iam.gserviceaccount.com`),
    keys: { state: 'available', value: [] },
    ...overrides,
  };
}

export function snapshot(
  serviceAccounts: ServiceAccount[],
  policy: Partial<ProjectPolicy> | IamSnapshot['policy'] = {},
): IamSnapshot {
  const read: IamSnapshot['policy'] =
    'state' in policy
      ? policy
      : { state: 'available', value: { bindings: [], auditConfigs: [], ...policy } };
  return { project: PROJECT, serviceAccounts, policy: read };
}
