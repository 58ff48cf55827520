import { z } from 'zod';
import {
  GLOBAL_REGION,
  defineMetrics,
  defineScanner,
  redactSecrets,
  scannerRef,
  type CloudProvider,
  type ProviderSession,
} from '../../../src/core/index.js';
import { TestCloudError, type TestCloud, type Widget } from './cloud.js';

/** What a unit of the test cloud talks to: one project's region, with the scan's token. */
export interface TestCloudClients {
  listWidgets(): Omit<Widget, 'encrypted'>[];
  widgetEncryption(): Record<string, boolean>;
}

export const testCloudAuthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('default') }).strict(),
  z
    .object({
      type: z.literal('token'),
      token: z.string().min(8, 'must be a test cloud token (8 characters or more)'),
      projects: z
        .array(z.string().regex(/^[a-z][a-z0-9-]{2,29}$/, 'must be a project id'))
        .min(1)
        .optional(),
    })
    .strict(),
]);
export type TestCloudAuth = z.infer<typeof testCloudAuthSchema>;

const TESTCLOUD_SECRET_FIELDS = ['token'];

/** `tc://<project>/<region>/widget/<name>`; region-wide facts on `tc://<project>/<region>`. */
export const widgetId = (project: string, region: string, name: string) =>
  `tc://${project}/${region}/widget/${name}`;

export const WIDGET = defineMetrics({
  size: {
    name: 'testcloud.metadata.widgets.size_gib',
    valueType: 'number',
    unit: 'GiB',
    description: 'Size of the widget.',
  },
  labels: {
    name: 'testcloud.metadata.widgets.labels',
    valueType: 'object',
    role: 'resource_tags',
    description: 'Labels of the widget, key → value.',
  },
});

/** The snapshot checks read: a region's widgets, and their encryption when it could be read. */
export interface WidgetSnapshot {
  project: string;
  region: string;
  widgets: Omit<Widget, 'encrypted'>[];
  encryption:
    | { state: 'available'; value: Record<string, boolean> }
    | { state: 'denied'; call: string; code: string };
}

/** The widgets scanner, as its checks name it. */
export const WIDGETS = scannerRef<WidgetSnapshot>('testcloud', 'widgets');

const widgetsScanner = defineScanner<WidgetSnapshot, TestCloudClients>({
  provider: 'testcloud',
  service: 'widgets',
  title: 'Test cloud widgets',
  scope: 'regional',
  metrics: WIDGET.definitions,
  permissions: ['widgets.list', 'widgets.getEncryption'],
  async collect(ctx) {
    const widgets = ctx.clients.listWidgets();
    let encryption: WidgetSnapshot['encryption'];
    try {
      encryption = { state: 'available', value: ctx.clients.widgetEncryption() };
    } catch (error) {
      if (!(error instanceof TestCloudError) || error.status !== 403) throw error;
      encryption = { state: 'denied', call: 'widgets.getEncryption', code: error.reason };
    }
    return { project: ctx.accountId, region: ctx.region, widgets, encryption };
  },
  *extract(snapshot) {
    for (const w of snapshot.widgets) {
      const resource_id = widgetId(snapshot.project, snapshot.region, w.name);
      yield { resource_id, metric_type: WIDGET.size, metric_value: w.size_gib };
      yield { resource_id, metric_type: WIDGET.labels, metric_value: w.labels };
    }
  },
});

/**
 * A provider that exists only in the tests: it plugs in through the seam with files of its own
 * folder, as GCP and Azure do, and passes the same conformance suite as AWS.
 */
export function testCloudProvider(
  cloud: TestCloud,
): CloudProvider<TestCloudAuth, TestCloudClients> {
  return {
    id: 'testcloud',
    title: 'Test cloud',
    knownRegions: ['north-1', 'south-1'],
    authModeSchema: testCloudAuthSchema,
    secretFields: TESTCLOUD_SECRET_FIELDS,
    scanners: [widgetsScanner],
    cli: {
      options: [
        { flags: '--testcloud-token <token>', description: 'test cloud token' },
        { flags: '--testcloud-projects <list>', description: 'only these projects' },
      ],
      authFromFlags(flags) {
        const token = flags['testcloudToken'];
        const projects = flags['testcloudProjects'];
        if (projects !== undefined && token === undefined)
          throw new Error('--testcloud-projects needs --testcloud-token');
        if (typeof token !== 'string') return { type: 'default' };
        return {
          type: 'token',
          token,
          ...(typeof projects === 'string' && { projects: projects.split(',') }),
        };
      },
    },
    permissions: {
      format: 'testcloud-role',
      mediaType: 'application/yaml',
      pattern: /^[a-z]+\.[a-zA-Z]+$/,
      baseline: () => ['projects.list'],
      render: (permissions) =>
        `title: CloudDiagnoze scanner\npermissions:\n${permissions.map((p) => `  - ${p}`).join('\n')}\n`,
    },
    resourceIds: {
      scope: ({ accountId, region }) =>
        region === GLOBAL_REGION ? `tc://${accountId}` : `tc://${accountId}/${region}`,
      typeOf: (id) => /^tc:\/\/[^/]+\/[^/]+\/([a-z]+)\//.exec(id)?.[1],
    },
    account: { noun: 'project', ocsf: { accountType: 'Other', accountTypeId: 99 } },
    redactAuth: (auth) => redactSecrets(auth, TESTCLOUD_SECRET_FIELDS),
    async connect(auth) {
      if (auth.type !== 'token') throw new TestCloudError(401, 'UNAUTHENTICATED', 'no token');
      const token = auth.token;
      const projects = cloud.listProjects(token).filter((p) => auth.projects?.includes(p) ?? true);
      const sessionFor = (project: string): ProviderSession<TestCloudClients> => ({
        accountId: project,
        enabledRegions: async () => ['north-1', 'south-1'],
        clientsFor: (region) => ({
          listWidgets: () => cloud.listWidgets(token, project, region),
          widgetEncryption: () => cloud.widgetEncryption(token, project, region),
        }),
        accounts: async () => projects.map((accountId) => ({ accountId })),
        forAccount: async (id) => sessionFor(id),
        close: () => {},
      });
      return sessionFor(projects[0]!);
    },
    classifyError(error) {
      if (error instanceof TestCloudError) {
        return {
          code: error.reason,
          message: error.message,
          kind: error.status === 403 || error.status === 401 ? 'access_denied' : 'error',
        };
      }
      return {
        code: 'Error',
        message: error instanceof Error ? error.message : String(error),
        kind: 'error',
      };
    },
  };
}
