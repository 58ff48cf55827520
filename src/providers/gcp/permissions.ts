import type { PermissionFormat } from '../../core/index.js';
import type { GcpAuthMode } from './auth.js';
import { needsDiscovery } from './projects.js';

/** Resolving a folder's, an organization's or labelled projects (Resource Manager). */
export const DISCOVERY_PERMISSIONS = [
  'resourcemanager.projects.get',
  'resourcemanager.folders.list',
];

/** YAML scalars that need no quotes: permission names are dotted lower-camel identifiers. */
const PLAIN = /^[A-Za-z][\w.-]*$/;

/**
 * The custom role (YAML for `gcloud iam roles create --file`) a scan needs, from the scanners'
 * own declarations. Grant it on the organization or folder for a multi-project scan (a role defined
 * in a project cannot hold `resourcemanager.folders.list`).
 */
export const gcpPermissions: PermissionFormat<GcpAuthMode> = {
  format: 'gcp-custom-role',
  mediaType: 'application/yaml',
  pattern: /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+){2,}$/,
  baseline(auth) {
    return auth === undefined || needsDiscovery(auth) ? DISCOVERY_PERMISSIONS : [];
  },
  render(permissions) {
    const sorted = [...new Set(permissions)].sort();
    for (const p of sorted) if (!PLAIN.test(p)) throw new Error(`not a GCP permission: ${p}`);
    return [
      'title: CloudDiagnoze read-only scan',
      'description: Read-only access CloudDiagnoze needs to scan a project (inventory, performance, security)',
      'stage: GA',
      'includedPermissions:',
      ...sorted.map((p) => `- ${p}`),
      '',
    ].join('\n');
  },
};
