import { Option, type Command } from 'commander';
import { createApiKey, InvalidApiKeyRequest } from '../../api/keys.js';
import type { Config } from '../../config/config.js';
import { API_KEY_ROLES, type ApiKeyRole, type StoredApiKey } from '../../core/index.js';
import { UserError } from '../errors.js';
import { createRuntime, type Runtime } from '../runtime.js';

const FORMATS = ['table', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The roles as typed on the command line (`read-only`) and as stored (`read_only`). */
const ROLE_NAMES: Record<string, ApiKeyRole> = Object.fromEntries(
  API_KEY_ROLES.flatMap((role) => [
    [role, role],
    [role.replace('_', '-'), role],
  ]),
);

async function withStore<T>(config: Config, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await createRuntime(config, { queue: 'private', sinks: [] });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

export function keysTable(keys: readonly StoredApiKey[]): string {
  if (keys.length === 0) return 'no API key\n';
  const header = ['ID', 'CLIENT', 'ROLE', 'NAME', 'SOURCE', 'CREATED', 'LAST USED', 'REVOKED'];
  const rows = keys.map((k) => [
    k.id,
    k.client_id ?? '*',
    k.role.replace('_', '-'),
    k.name,
    k.source,
    k.created_at,
    k.last_used_at ?? '-',
    k.revoked_at ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

const formatOption = () =>
  new Option('--output <format>', 'output format').choices(FORMATS).default('table');

export function registerKeysCommand(program: Command, loadConfig: () => Config): void {
  const keys = program
    .command('keys')
    .description('API keys in the store: create (shown once), list, revoke');

  keys
    .command('create')
    .description('create an API key and print it once (only its hash is stored)')
    .requiredOption('--name <name>', 'what the key is for, e.g. "ci reader"')
    .option('--client-id <id>', 'the tenant the key belongs to (not for an admin key)')
    .addOption(
      new Option('--role <role>', 'admin, read-write or read-only')
        .choices(Object.keys(ROLE_NAMES))
        .default('read-write'),
    )
    .addOption(formatOption())
    .action(async (flags: { name: string; clientId?: string; role: string; output: Format }) => {
      const role = ROLE_NAMES[flags.role] as ApiKeyRole;
      await withStore(loadConfig(), async (runtime) => {
        let created;
        try {
          created = await createApiKey(runtime.store, {
            name: flags.name,
            role,
            client_id: flags.clientId ?? null,
          });
        } catch (error) {
          if (error instanceof InvalidApiKeyRequest) {
            throw new UserError(
              role === 'admin'
                ? `${error.message} (drop --client-id)`
                : `${error.message} (add --client-id)`,
            );
          }
          throw error;
        }
        if (flags.output === 'json') {
          process.stdout.write(JSON.stringify({ ...created.record, key: created.key }) + '\n');
          return;
        }
        process.stderr.write(
          `Created ${created.record.role.replace('_', '-')} key ${created.record.id}` +
            `${created.record.client_id ? ` for ${created.record.client_id}` : ''}. ` +
            'It is shown only this once:\n',
        );
        process.stdout.write(`${created.key}\n`);
      });
    });

  keys
    .command('list')
    .description('API keys, revoked ones included, with their last use')
    .option('--client-id <id>', 'only this tenant’s keys')
    .addOption(formatOption())
    .action(async (flags: { clientId?: string; output: Format }) => {
      await withStore(loadConfig(), async (runtime) => {
        const listed = await runtime.store.listApiKeys(
          flags.clientId === undefined ? {} : { client_id: flags.clientId },
        );
        process.stdout.write(
          flags.output === 'json' ? JSON.stringify(listed, null, 2) + '\n' : keysTable(listed),
        );
      });
    });

  keys
    .command('revoke')
    .description('revoke an API key: refused at once, for good (also after a restart)')
    .argument('<id>', 'the key id (from keys list)')
    .action(async (id: string) => {
      await withStore(loadConfig(), async (runtime) => {
        const revoked = await runtime.store.revokeApiKey(id, runtime.clock.now());
        if (revoked === null) throw new UserError(`no API key ${id} (see clouddiagnoze keys list)`);
        process.stderr.write(
          `revoked key ${revoked.id} (${revoked.name}) at ${revoked.revoked_at}\n`,
        );
      });
    });
}
