import type { IamSnapshot, ProjectPolicy } from '../../../providers/gcp/services/iam/model.js';
import { projectResource, unreadResult } from '../support.js';

/** The project's policy, or the ERROR result that stands for it when it was not read. */
export function policyOr(
  snapshot: Pick<IamSnapshot, 'project' | 'policy'>,
): ProjectPolicy | ReturnType<typeof unreadResult> {
  return snapshot.policy.state === 'available'
    ? snapshot.policy.value
    : unreadResult(
        projectResource(snapshot.project),
        `The IAM policy of ${snapshot.project}`,
        snapshot.policy,
      );
}

/** member → roles granted to it on the project (unconditional and conditional bindings alike). */
export function rolesByMember(policy: ProjectPolicy): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const binding of policy.bindings)
    for (const member of binding.members) {
      const roles = out.get(member) ?? new Set<string>();
      roles.add(binding.role);
      out.set(member, roles);
    }
  return out;
}
