import type { GcpAuthMode } from './auth.js';
import type { GcpTransport } from './transport.js';

/** A project as Resource Manager v3 answers it (projects.search). */
export interface ResourceManagerProject {
  name?: string;
  parent?: string;
  projectId?: string;
  state?: string;
  displayName?: string;
  labels?: Record<string, string>;
}

interface ProjectsPage {
  projects?: ResourceManagerProject[];
  nextPageToken?: string;
}

interface FoldersPage {
  folders?: { name?: string; state?: string }[];
  nextPageToken?: string;
}

export interface ProjectSelection {
  projectIds: string[];
  failures: { accountId: string; failure: { code: string; message: string } }[];
}

/** Resource Manager calls bill the quota of the scan's home project (or the org/folder named). */
const DISCOVERY_PROJECT = 'resourcemanager';

/** True when the scope needs Resource Manager (a folder, an organization or labels). */
export function needsDiscovery(auth: GcpAuthMode): boolean {
  return (
    auth.folder_ids !== undefined || auth.organization_id !== undefined || auth.labels !== undefined
  );
}

/**
 * The projects a scope covers: every ACTIVE project the credentials see (projects.search, one
 * paginated listing) whose parent is one of the requested folders or their subfolders (folders.list,
 * walked breadth-first), narrowed by ids and labels. A requested id that is not found is a failure.
 */
export async function discoverProjects(
  transport: GcpTransport,
  auth: GcpAuthMode,
  signal?: AbortSignal,
): Promise<ProjectSelection> {
  const roots = [
    ...(auth.organization_id ? [`organizations/${auth.organization_id}`] : []),
    ...(auth.folder_ids ?? []).map((id) => `folders/${id}`),
  ];
  const parents = roots.length > 0 ? await descendants(transport, roots, signal) : undefined;
  const found: ResourceManagerProject[] = [];
  for await (const page of transport.pages<ProjectsPage>(
    DISCOVERY_PROJECT,
    {
      api: 'cloudresourcemanager',
      operation: 'projects.search',
      path: 'v3/projects:search',
      query: { query: 'state:ACTIVE' },
    },
    signal,
  )) {
    found.push(...(page.projects ?? []));
  }
  const wanted = auth.project_ids ? new Set(auth.project_ids) : undefined;
  const labels = Object.entries(auth.labels ?? {});
  const projectIds = found
    .filter((p): p is ResourceManagerProject & { projectId: string } => Boolean(p.projectId))
    .filter((p) => (p.state ?? 'ACTIVE') === 'ACTIVE')
    .filter((p) => !parents || (p.parent !== undefined && parents.has(p.parent)))
    .filter((p) => !wanted || wanted.has(p.projectId))
    .filter((p) => labels.every(([k, v]) => p.labels?.[k] === v))
    .map((p) => p.projectId)
    .sort();
  const seen = new Set(projectIds);
  const failures = [...(wanted ?? [])]
    .filter((id) => !seen.has(id))
    .map((id) => ({
      accountId: id,
      failure: {
        code: 'ProjectNotFound',
        message: `project ${id} is not ACTIVE in the selected scope, or the credentials cannot see it (resourcemanager.projects.get)`,
      },
    }));
  return { projectIds, failures };
}

/** The roots and every folder under them (folders.list per folder, breadth-first). */
async function descendants(
  transport: GcpTransport,
  roots: string[],
  signal?: AbortSignal,
): Promise<Set<string>> {
  const all = new Set(roots);
  let level = roots;
  while (level.length > 0) {
    const next: string[] = [];
    for (const parent of level) {
      for await (const page of transport.pages<FoldersPage>(
        DISCOVERY_PROJECT,
        {
          api: 'cloudresourcemanager',
          operation: 'folders.list',
          path: 'v3/folders',
          query: { parent },
        },
        signal,
      )) {
        for (const folder of page.folders ?? []) {
          if (folder.name && (folder.state ?? 'ACTIVE') === 'ACTIVE' && !all.has(folder.name)) {
            all.add(folder.name);
            next.push(folder.name);
          }
        }
      }
    }
    level = next;
  }
  return all;
}
