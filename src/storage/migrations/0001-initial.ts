import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('requested_regions', 'text')
    .addColumn('auth_mode', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('units_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('units_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('units_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('events_count', types.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('scans_client_created')
    .on('scans')
    .columns(['client_id', 'created_at'])
    .execute();

  // The unique (scan_id, service, region) index also serves every lookup of a scan's units.
  await db.schema
    .createTable('scan_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('events', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('scan_units_scan_account_service_region', [
      'scan_id',
      'account_id',
      'service',
      'region',
    ])
    .execute();

  await db.schema
    .createTable('scan_credentials')
    .addColumn('scan_id', 'text', (c) => c.primaryKey().references('scans.id').onDelete('cascade'))
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();

  // No foreign key to scans: imported events may come from scans this store never ran.
  await db.schema
    .createTable('events')
    .addColumn('seq', types.serialKey.type, types.serialKey.build)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('scan_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('metric_type', types.bytewiseText, (c) => c.notNull())
    .addColumn('metric_value', 'text', (c) => c.notNull())
    .addColumn('timestamp', 'text', (c) => c.notNull())
    .addColumn('ts_ms', types.bigint, (c) => c.notNull())
    .execute();
  const eventIndexes: [string, string[]][] = [
    ['events_client_seq', ['client_id', 'seq']],
    ['events_scan_seq', ['scan_id', 'seq']],
    ['events_client_resource_seq', ['client_id', 'resource_id', 'seq']],
    ['events_client_metric_seq', ['client_id', 'metric_type', 'seq']],
    ['events_client_ts', ['client_id', 'ts_ms']],
  ];
  for (const [name, columns] of eventIndexes) {
    await db.schema.createIndex(name).on('events').columns(columns).execute();
  }
  // The event id is a hash of (scan, resource, metric): keying uniqueness on those columns keeps the
  // same guarantee while a batch touches a few index pages (one per resource) instead of one per
  // event, which is what bounds insert throughput.
  await db.schema
    .createIndex('events_scan_resource_metric')
    .on('events')
    .columns(['scan_id', 'resource_id', 'metric_type'])
    .unique()
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['api_keys', 'events', 'scan_credentials', 'scan_units', 'scans']) {
    await db.schema.dropTable(table).execute();
  }
}
