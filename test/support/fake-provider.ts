import { z } from 'zod';
import {
  metric,
  type CloudProvider,
  type CloudScanner,
  type EventDraft,
  type ProviderSession,
  type UnitContext,
} from '../../src/core/index.js';

export interface FakeClients {
  region: string;
}

type Behaviour = (ctx: UnitContext<FakeClients>) => AsyncIterable<EventDraft>;

/** A provider whose scanners do what each test tells them, per region. */
export function fakeProvider(options: {
  behaviours: Record<string, Behaviour>;
  regions?: string[];
  connectError?: Error;
  accounts?: { accountId: string }[];
}): CloudProvider<{ type: string }, FakeClients> & { connects: number } {
  const scanner = (service: string, scope: 'regional' | 'global'): CloudScanner<FakeClients> => ({
    provider: 'fake',
    service,
    title: service,
    scope,
    metrics: [
      metric(`fake.metadata.${service}.size_gib`, 'number', 'Size of the thing'),
      metric(`fake.metadata.${service}.name`, 'string', 'Name of the thing'),
    ],
    permissions: [`${service}:DescribeThings`],
    scan: (ctx) => {
      const behaviour =
        options.behaviours[`${service}/${ctx.region}`] ?? options.behaviours[service];
      if (!behaviour) throw new Error(`no behaviour for ${service}/${ctx.region}`);
      return behaviour(ctx);
    },
  });
  const provider = {
    id: 'fake',
    title: 'Fake cloud',
    knownRegions: ['north-1', 'south-1', 'east-1'],
    authModeSchema: z.object({ type: z.literal('default') }).strict(),
    secretFields: [],
    scanners: [scanner('things', 'regional'), scanner('accounts', 'global')],
    cli: { options: [], authFromFlags: () => ({ type: 'default' }) },
    permissions: {
      format: 'fake-permissions',
      mediaType: 'application/json' as const,
      pattern: /^[a-z]+:[A-Za-z]+$/,
      baseline: () => [],
      render: (permissions: readonly string[]) => JSON.stringify(permissions),
    },
    resourceIds: {
      scope: ({ accountId, region }: { accountId: string; region: string }) =>
        `fake:${accountId}:${region}`,
      typeOf: () => undefined,
    },
    account: { noun: 'account', ocsf: { accountType: 'Other', accountTypeId: 99 } },
    connects: 0,
    redactAuth: (auth: { type: string }) => ({ type: auth.type }),
    async connect() {
      provider.connects += 1;
      if (options.connectError) throw options.connectError;
      const session: ProviderSession<FakeClients> = {
        accountId: '111122223333',
        enabledRegions: async () => options.regions ?? ['north-1', 'south-1'],
        clientsFor: (region: string) => ({ region }),
        accounts: async () => options.accounts ?? [{ accountId: '111122223333' }],
        forAccount: async () => session,
        close: () => {},
      };
      return session;
    },
    classifyError: (error: unknown) => {
      const e = error as { name?: string; message?: string };
      return {
        code: e.name ?? 'Error',
        message: e.message ?? String(error),
        kind: 'error' as const,
      };
    },
  };
  return provider;
}

/** Yields `count` events for distinct resources of the unit's region. */
export function things(
  count: number,
  extra: (ctx: UnitContext<FakeClients>) => Promise<void> = async () => {},
): Behaviour {
  return async function* (ctx) {
    await extra(ctx);
    for (let i = 0; i < count; i += 1) {
      yield {
        resource_id: `fake:${ctx.region}:thing/${i}`,
        metric_type: 'fake.metadata.things.size_gib',
        metric_value: i,
      };
    }
  };
}

export function failing(name: string, message: string): Behaviour {
  // eslint-disable-next-line require-yield
  return async function* () {
    throw Object.assign(new Error(message), { name });
  };
}
