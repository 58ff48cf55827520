import pLimit from 'p-limit';
import type { InventoryQuery } from '../../clients.js';
import type { AzureUnitContext } from '../../define-scanner.js';
import { available, guardedRead } from '../../read.js';
import { readBatchMetrics } from '../metrics-batch.js';
import {
  isUserDatabase,
  mapAuditing,
  mapEncryptionProtector,
  mapEntraAdmin,
  mapFirewallRule,
  mapSqlDatabase,
  mapSqlServer,
  mapTde,
  sqlMetricsFrom,
} from './mapper.js';
import { DTU_TIERS, type SqlDatabase, type SqlServer, type SqlSnapshot } from './model.js';

export const SQL_INVENTORY: InventoryQuery = {
  kind: 'sql',
  kql: `Resources
| where type in~ ('microsoft.sql/servers', 'microsoft.sql/servers/databases')
| project id, name, type, kind, location, resourceGroup, subscriptionId, tags, sku, properties`,
};

export const SQL_PERMISSIONS = [
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Sql/servers/read',
  'Microsoft.Sql/servers/databases/read',
  'Microsoft.Sql/servers/firewallRules/read',
  'Microsoft.Sql/servers/auditingSettings/read',
  'Microsoft.Sql/servers/administrators/read',
  'Microsoft.Sql/servers/encryptionProtector/read',
  'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
  'Microsoft.Insights/Metrics/Read',
] as const;

const DETAIL_CONCURRENCY = 8;

/** The metrics a database emits depend on its purchasing model: ask each group for its own. */
function metricNamesFor(db: SqlDatabase): readonly string[] {
  const tier = db.skuTier.toLowerCase();
  if (DTU_TIERS.has(tier))
    return ['cpu_percent', 'dtu_consumption_percent', 'storage_percent', 'connection_successful'];
  if (tier === 'hyperscale') return ['cpu_percent', 'connection_successful'];
  return ['cpu_percent', 'storage_percent', 'connection_successful'];
}

async function attachMetrics(
  ctx: AzureUnitContext,
  databases: SqlDatabase[],
  windowDays: number,
): Promise<SqlSnapshot['metricsRead']> {
  const online = databases.filter((d) => d.status === 'Online');
  const groups = new Map<string, SqlDatabase[]>();
  for (const db of online) {
    const key = metricNamesFor(db).join(',');
    groups.set(key, [...(groups.get(key) ?? []), db]);
  }
  const byId = new Map(online.map((d) => [d.id.toLowerCase(), d]));
  for (const [names, group] of groups) {
    const read = await readBatchMetrics(
      ctx,
      group,
      {
        namespace: 'Microsoft.Sql/servers/databases',
        metricNames: names.split(','),
        interval: 'PT1H',
        aggregations: ['average', 'maximum', 'total'],
      },
      windowDays,
    );
    if (read.state !== 'available') return read;
    for (const [id, metrics] of sqlMetricsFrom(read.value)) {
      const db = byId.get(id);
      if (db) db.metrics = metrics;
    }
  }
  return available(null);
}

/**
 * Servers and databases from the grouped graph query (TLS, public access, private endpoints and —
 * when set — the Entra administrator come with the row); per server its firewall rules, auditing
 * setting and TDE protector (and the administrators read only where the row lacks them); per
 * database its TDE state; CPU, DTU, storage and connections of the online databases through
 * `metrics:getBatch`.
 */
export async function collectSqlSnapshot(ctx: AzureUnitContext): Promise<SqlSnapshot> {
  const rows = await ctx.clients.inventory(SQL_INVENTORY, ctx.signal);
  const type = (r: (typeof rows)[number]) => String(r.type).toLowerCase();
  const limit = pLimit(DETAIL_CONCURRENCY);
  const arm = ctx.clients.arm;
  const servers: SqlServer[] = await Promise.all(
    rows
      .filter((r) => type(r) === 'microsoft.sql/servers')
      .map(mapSqlServer)
      .map(({ graphEntraAdmin, ...server }) =>
        limit(async () => {
          const { resourceGroup: rg, name } = server;
          const [firewallRules, auditing, encryptionProtector, entraAdmin] = await Promise.all([
            guardedRead(ctx, 'Microsoft.Sql/servers/firewallRules/read', async () =>
              (await arm.sqlFirewallRules(rg, name, ctx.signal)).map(mapFirewallRule),
            ),
            guardedRead(ctx, 'Microsoft.Sql/servers/auditingSettings/read', async () =>
              mapAuditing(await arm.sqlAuditingPolicies(rg, name, ctx.signal)),
            ),
            guardedRead(ctx, 'Microsoft.Sql/servers/encryptionProtector/read', async () =>
              mapEncryptionProtector(await arm.sqlEncryptionProtectors(rg, name, ctx.signal)),
            ),
            graphEntraAdmin
              ? Promise.resolve(available(graphEntraAdmin))
              : guardedRead(ctx, 'Microsoft.Sql/servers/administrators/read', async () =>
                  mapEntraAdmin((await arm.sqlAdministrators(rg, name, ctx.signal))[0]),
                ),
          ]);
          return { ...server, firewallRules, auditing, encryptionProtector, entraAdmin };
        }),
      ),
  );
  const databases: SqlDatabase[] = await Promise.all(
    rows
      .filter((r) => type(r) === 'microsoft.sql/servers/databases' && isUserDatabase(r))
      .map(mapSqlDatabase)
      .map((db) =>
        limit(async () => ({
          ...db,
          tde: await guardedRead(
            ctx,
            'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
            async () =>
              mapTde(
                await arm.sqlDatabaseTde(db.resourceGroup, db.serverName, db.name, ctx.signal),
              ),
          ),
        })),
      ),
  );
  const windowDays = ctx.options.metrics_window_days;
  const metricsRead = databases.some((d) => d.status === 'Online')
    ? await attachMetrics(ctx, databases, windowDays)
    : available(null);
  return { subscriptionId: ctx.accountId, servers, databases, metricsRead, windowDays };
}
