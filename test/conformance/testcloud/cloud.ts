/**
 * The test cloud's control plane: projects with widgets per region, answered from memory. It
 * stands for a cloud's API the way a local fake does for GCP or Azure; only the provider's session
 * reads it.
 */
export interface Widget {
  name: string;
  encrypted: boolean;
  size_gib: number;
  labels: Record<string, string>;
}

export interface TestCloudProject {
  id: string;
  regions: Record<string, Widget[]>;
  /** Regions whose widget-encryption read is refused (the check must say ERROR). */
  encryptionDenied?: string[];
}

/** An error the test cloud answers with, shaped like a REST API's. */
export class TestCloudError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'TestCloudError';
  }
}

export class TestCloud {
  readonly requests: string[] = [];

  constructor(
    readonly projects: TestCloudProject[],
    /** The one token the cloud accepts. */
    private readonly token: string,
  ) {}

  #authorize(token: string): void {
    if (token !== this.token) throw new TestCloudError(401, 'UNAUTHENTICATED', 'invalid token');
  }

  #project(id: string): TestCloudProject {
    const project = this.projects.find((p) => p.id === id);
    if (!project) throw new TestCloudError(404, 'NOT_FOUND', `project ${id} not found`);
    return project;
  }

  listProjects(token: string): string[] {
    this.requests.push('projects.list');
    this.#authorize(token);
    return this.projects.map((p) => p.id);
  }

  listWidgets(token: string, project: string, region: string): Omit<Widget, 'encrypted'>[] {
    this.requests.push(`widgets.list ${project}/${region}`);
    this.#authorize(token);
    return (this.#project(project).regions[region] ?? []).map(({ encrypted: _, ...w }) => w);
  }

  /** One call for every widget of a region: the encryption settings, by widget name. */
  widgetEncryption(token: string, project: string, region: string): Record<string, boolean> {
    this.requests.push(`widgets.encryption ${project}/${region}`);
    this.#authorize(token);
    const p = this.#project(project);
    if (p.encryptionDenied?.includes(region)) {
      throw new TestCloudError(403, 'PERMISSION_DENIED', 'widgets.getEncryption denied');
    }
    return Object.fromEntries((p.regions[region] ?? []).map((w) => [w.name, w.encrypted]));
  }
}
