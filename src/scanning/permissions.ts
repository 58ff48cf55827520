import type { ScannerRegistry } from './registry.js';

/** The read-only IAM policy a scan of the given services needs, from the scanners' own declarations. */
export function iamPolicy(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
): object {
  const actions = new Set<string>();
  for (const scanner of registry.provider(providerId)?.scanners ?? []) {
    if (services && !services.includes(scanner.service)) continue;
    for (const action of scanner.permissions) actions.add(action);
  }
  // Resolving the account and its enabled regions happens once per scan, whatever the services.
  actions.add('sts:GetCallerIdentity');
  actions.add('ec2:DescribeRegions');
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'CloudDiagnozeReadOnly', Effect: 'Allow', Action: [...actions].sort(), Resource: '*' },
    ],
  };
}

export function renderIamPolicy(
  registry: ScannerRegistry,
  providerId: string,
  services?: readonly string[],
): string {
  return JSON.stringify(iamPolicy(registry, providerId, services), null, 2) + '\n';
}
