import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveSubscriptions, SUB } from '../../fixtures/subscriptions.js';
import { authorizationFailed, FakeArm, fakeSession } from '../../testing/fake-arm.js';
import { GRAPH_PATH, serveGraph } from '../../testing/fake-graph.js';
import { drainEvents, unitContext, valueOf } from '../../testing/unit-context.js';
import {
  ADMINISTRATORS_NONE,
  AUDITING_LEGACY,
  AUDITING_PROD,
  firewallPages,
  FIREWALL_PROD,
  PROTECTOR_LEGACY,
  PROTECTOR_PROD,
  SQL,
  SQL_ROWS,
  sqlMetricsAnswer,
  TDE_APP,
  TDE_LEGACY,
} from './fixtures/rows.js';
import { SQL_METRIC as Q } from './metrics.js';
import { sqlScanner } from './scanner.js';

const SERVER =
  /^\/subscriptions\/[^/]+\/resourceGroups\/rg-db\/providers\/Microsoft\.Sql\/servers\/([^/]+)/;
const FIREWALL = new RegExp(`${SERVER.source}/firewallRules$`);
const AUDITING = new RegExp(`${SERVER.source}/auditingSettings$`);
const PROTECTOR = new RegExp(`${SERVER.source}/encryptionProtector$`);
const ADMINS = new RegExp(`${SERVER.source}/administrators$`);
const TDE = new RegExp(`${SERVER.source}/databases/([^/]+)/transparentDataEncryption$`);
const METRICS = /\/metrics:getBatch$/;
const serverOf = (path: string) => SERVER.exec(path)?.[1];

let fake: FakeArm;

beforeEach(async () => {
  fake = await new FakeArm().start();
  serveSubscriptions(fake);
  serveGraph(fake, SQL_ROWS);
  const pages = firewallPages(fake.url);
  fake.on('GET', FIREWALL, (req) => ({
    body:
      serverOf(req.path) === 'sql-prod-app'
        ? FIREWALL_PROD
        : req.query.get('$skiptoken') === '2'
          ? pages.page2
          : pages.page1,
  }));
  fake.on('GET', AUDITING, (req) => ({
    body: serverOf(req.path) === 'sql-prod-app' ? AUDITING_PROD : AUDITING_LEGACY,
  }));
  fake.on('GET', PROTECTOR, (req) => ({
    body: serverOf(req.path) === 'sql-prod-app' ? PROTECTOR_PROD : PROTECTOR_LEGACY,
  }));
  fake.on('GET', ADMINS, { body: ADMINISTRATORS_NONE });
  fake.on('GET', TDE, (req) => ({ body: req.path.includes('/appdb/') ? TDE_APP : TDE_LEGACY }));
  fake.on('POST', METRICS, (req) => ({
    body: sqlMetricsAnswer((req.body as { resourceids: string[] }).resourceids),
  }));
});
afterEach(async () => {
  await fake.close();
});

async function scan() {
  const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
  return drainEvents(sqlScanner.scan(await unitContext(session, SUB.prod)));
}

describe('sqlScanner', () => {
  it('reads servers and databases from one graph query, detail reads only where the graph lacks them', async () => {
    const events = await scan();

    expect(fake.count(GRAPH_PATH)).toBe(1);
    // Two servers; the legacy server's rules come in two pages.
    expect(fake.count(FIREWALL)).toBe(3);
    expect(fake.count(AUDITING)).toBe(2);
    expect(fake.count(PROTECTOR)).toBe(2);
    // The production server's row carries its Entra administrator: only the legacy one is asked.
    expect(fake.count(ADMINS)).toBe(1);
    // master is the server's own: two user databases.
    expect(fake.count(TDE)).toBe(2);
    // One batch per purchasing model (vCore, DTU) in the one region.
    expect(fake.count(METRICS)).toBe(2);

    expect(valueOf(events, SQL.legacyServer, Q.firewallRuleCount)).toBe(3);
    expect(valueOf(events, SQL.legacyServer, Q.firewallOpenToInternet)).toBe(true);
    expect(valueOf(events, SQL.legacyServer, Q.allowAzureServices)).toBe(true);
    expect(valueOf(events, SQL.prodServer, Q.firewallOpenToInternet)).toBe(false);
    expect(valueOf(events, SQL.prodServer, Q.auditingEnabled)).toBe(true);
    expect(valueOf(events, SQL.prodServer, Q.auditingRetention)).toBe(180);
    expect(valueOf(events, SQL.legacyServer, Q.auditingEnabled)).toBe(false);
    expect(valueOf(events, SQL.prodServer, Q.entraAdmin)).toBe(true);
    expect(valueOf(events, SQL.prodServer, Q.entraOnly)).toBe(true);
    expect(valueOf(events, SQL.legacyServer, Q.entraAdmin)).toBe(false);
    expect(valueOf(events, SQL.prodServer, Q.tdeProtector)).toBe('AzureKeyVault');
    expect(valueOf(events, SQL.legacyServer, Q.minimalTlsVersion)).toBe('None');
    expect(valueOf(events, SQL.appDb, Q.tdeEnabled)).toBe(true);
    expect(valueOf(events, SQL.legacyDb, Q.tdeEnabled)).toBe(false);
    expect(valueOf(events, SQL.master, Q.databaseSku)).toBeUndefined();
  });

  it('asks each purchasing model for its own metrics and derives idle and busy databases', async () => {
    const events = await scan();
    const asked = fake.requests
      .filter((r) => METRICS.test(r.path))
      .map((r) => r.query.get('metricnames'));
    expect(asked.sort()).toEqual([
      'cpu_percent,dtu_consumption_percent,storage_percent,connection_successful',
      'cpu_percent,storage_percent,connection_successful',
    ]);
    expect(valueOf(events, SQL.legacyDb, Q.idle)).toBe(true);
    expect(valueOf(events, SQL.legacyDb, Q.connections)).toBe(0);
    expect(valueOf(events, SQL.legacyDb, Q.dtuP95)).toBe(1);
    expect(valueOf(events, SQL.appDb, Q.idle)).toBe(false);
    expect(valueOf(events, SQL.appDb, Q.overprovisioned)).toBe(false);
    expect(valueOf(events, SQL.appDb, Q.cpuP95)).toBe(75);
    expect(valueOf(events, SQL.appDb, Q.storageMax)).toBe(62.5);
    expect(valueOf(events, SQL.appDb, Q.notZoneRedundant)).toBe(true);
  });

  it('idles a database by the scan’s thresholds', async () => {
    const session = await fakeSession(fake, { subscription_ids: [SUB.prod] });
    const events = await drainEvents(
      sqlScanner.scan(
        await unitContext(session, SUB.prod, {
          thresholds: { idle_cpu_percent: 0.1, overprovisioned_cpu_p95_percent: 90 },
        }),
      ),
    );
    expect(valueOf(events, SQL.legacyDb, Q.idle)).toBe(false);
    expect(valueOf(events, SQL.legacyDb, Q.overprovisioned)).toBe(true);
    expect(valueOf(events, SQL.appDb, Q.overprovisioned)).toBe(true);
  });

  it('records a denied firewall read and throttled auditing reads as errors of those calls', async () => {
    fake.on('GET', FIREWALL, (req) =>
      authorizationFailed(
        'Microsoft.Sql/servers/firewallRules/read',
        req.path.replace(/\/firewallRules$/, ''),
      ),
    );
    fake.on('GET', AUDITING, {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: { code: 'TooManyRequests', message: 'Too many requests' } },
    });
    const events = await scan();

    expect(valueOf(events, SQL.legacyServer, Q.firewallError)).toBe(
      'Microsoft.Sql/servers/firewallRules/read: AuthorizationFailed',
    );
    expect(valueOf(events, SQL.legacyServer, Q.firewallOpenToInternet)).toBeUndefined();
    expect(valueOf(events, SQL.prodServer, Q.auditingError)).toBe(
      'Microsoft.Sql/servers/auditingSettings/read: TooManyRequests',
    );
    // A denial is not retried; throttling is, by the SDK's policy (a try and three retries).
    expect(fake.count(FIREWALL)).toBe(2);
    expect(fake.count(AUDITING)).toBe(8);
  });

  it('records a denied metrics read on every online database, not a guess', async () => {
    fake.on(
      'POST',
      METRICS,
      authorizationFailed('Microsoft.Insights/metrics/read', '/subscriptions'),
    );
    const events = await scan();
    expect(valueOf(events, SQL.appDb, Q.metricsError)).toBe(
      'Microsoft.Insights/Metrics/Read: AuthorizationFailed',
    );
    expect(valueOf(events, SQL.legacyDb, Q.idle)).toBeUndefined();
  });
});
