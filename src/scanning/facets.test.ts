import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCAN_OPTIONS,
  defineScanner,
  facetsOf,
  metric,
  NOT_COLLECTED,
  silentLogger,
  type CheckDefinition,
  type EventDraft,
  type UnitContext,
} from '../core/index.js';
import { CheckEngine, CheckRegistry } from '../checks/index.js';
import { registriesOf } from '../cli/composition.js';
import { facetsCovering, unitWants, wantedFacets } from './facets.js';

interface Snapshot {
  items: { name: string; acl: string | null; tags: string | null; logging: string | null }[];
  settings: string | null;
  spend: number | null;
}

const M = 'demo.metadata.things';
const collected: string[][] = [];

const scanner = defineScanner<Snapshot, null>({
  provider: 'demo',
  service: 'things',
  title: 'Things',
  scope: 'global',
  metrics: [
    metric(`${M}.name`, 'string', 'Name'),
    metric(`${M}.acl`, 'string', 'ACL'),
    metric(`${M}.tags`, 'string', 'Tags'),
    metric(`${M}.logging`, 'string', 'Logging'),
  ],
  permissions: ['demo:ListThings'],
  facets: {
    'items.acl': { permissions: ['demo:GetThingAcl'], metrics: [`${M}.acl`] },
    'items.tags': { permissions: ['demo:GetThingTags'], dimensions: ['inventory'] },
    'items.logging': { permissions: ['demo:GetThingLogging'], metrics: [`${M}.logging`] },
    settings: { permissions: ['demo:GetSettings'] },
    spend: { permissions: ['demo:GetSpend'], dimensions: ['cost'] },
  },
  async collect(ctx) {
    collected.push(
      ['items.acl', 'items.tags', 'items.logging', 'settings', 'spend', 'items'].filter(ctx.wants),
    );
    const read = (facet: string, value: string) => (ctx.wants(facet) ? value : null);
    return {
      items: [
        {
          name: 'a',
          acl: read('items.acl', 'private'),
          tags: read('items.tags', 'team=x'),
          logging: read('items.logging', 'on'),
        },
      ],
      settings: read('settings', 'strict'),
      spend: ctx.wants('spend') ? 12 : null,
    };
  },
  *extract(snapshot) {
    for (const item of snapshot.items) {
      const id = `demo:thing/${item.name}`;
      yield { resource_id: id, metric_type: `${M}.name`, metric_value: item.name };
      yield { resource_id: id, metric_type: `${M}.acl`, metric_value: item.acl ?? NOT_COLLECTED };
      yield { resource_id: id, metric_type: `${M}.logging`, metric_value: item.logging ?? 'x' };
    }
  },
});

function check(
  id: string,
  reads: readonly string[] | undefined,
  severity = 'high',
): CheckDefinition {
  return {
    id,
    provider: 'demo',
    service: 'things',
    ...(reads ? { reads } : {}),
    resource_type: 'Thing',
    title: id,
    description: id,
    severity: severity as CheckDefinition['severity'],
    risk: 'r',
    remediation: { text: 't' },
    compliance: { demo_fw: id === 'acl_private' ? ['1.1'] : [] },
    *evaluate() {},
  };
}

const CHECKS = [
  check('acl_private', ['items.acl']),
  check('all_items', ['items'], 'low'),
  check('strict_settings', ['settings'], 'medium'),
  { ...check('other_service', undefined), service: 'others' },
];

const sorted = (wanted: ReturnType<typeof wantedFacets>) =>
  wanted === 'all' ? 'all' : [...wanted].sort();

describe('wantedFacets', () => {
  it('wants every facet when the scan selects no checks', () => {
    expect(wantedFacets(scanner, {}, CHECKS)).toBe('all');
    expect(wantedFacets(scanner, { cost: true }, CHECKS)).toBe('all');
  });

  it('wants the facets the selected checks read, and those of the scan’s dimensions', () => {
    expect(sorted(wantedFacets(scanner, { checks: ['acl_private'] }, CHECKS))).toEqual([
      'items.acl',
      'items.tags',
    ]);
    expect(sorted(wantedFacets(scanner, { checks: ['strict_settings'] }, CHECKS))).toEqual([
      'items.tags',
      'settings',
    ]);
  });

  it('takes a read of a field for every facet under it', () => {
    expect(sorted(wantedFacets(scanner, { checks: ['all_items'] }, CHECKS))).toEqual([
      'items.acl',
      'items.logging',
      'items.tags',
    ]);
    expect(facetsCovering(scanner.facets, 'items')).toEqual([
      'items.acl',
      'items.tags',
      'items.logging',
    ]);
    expect(facetsCovering(scanner.facets, 'settings.mode')).toEqual(['settings']);
    expect(facetsCovering(scanner.facets, 'items.name')).toEqual([]);
  });

  it('wants cost facets only when the scan asks for cost', () => {
    const options = { checks: ['strict_settings'] };
    expect(sorted(wantedFacets(scanner, { ...options, cost: true }, CHECKS))).toEqual([
      'items.tags',
      'settings',
      'spend',
    ]);
  });

  it('follows every filter: excluded checks, severities, frameworks', () => {
    expect(sorted(wantedFacets(scanner, { exclude_checks: ['all_items'] }, CHECKS))).toEqual([
      'items.acl',
      'items.tags',
      'settings',
    ]);
    expect(sorted(wantedFacets(scanner, { severity: ['medium'] }, CHECKS))).toEqual([
      'items.tags',
      'settings',
    ]);
    expect(sorted(wantedFacets(scanner, { frameworks: ['demo_fw'] }, CHECKS))).toEqual([
      'items.acl',
      'items.tags',
    ]);
  });

  it('wants everything when a selected check does not declare what it reads', () => {
    const undeclared = [...CHECKS, check('legacy', undefined)];
    expect(wantedFacets(scanner, { checks: ['legacy', 'acl_private'] }, undeclared)).toBe('all');
  });

  it('ignores the checks of other scanners', () => {
    expect(sorted(wantedFacets(scanner, { checks: ['other_service'] }, CHECKS))).toEqual([
      'items.tags',
    ]);
  });

  it('collects everything when the evaluator is not a check engine', () => {
    const options = { ...DEFAULT_SCAN_OPTIONS, checks: ['acl_private'] };
    expect(unitWants(scanner, options, undefined)).toBeUndefined();
    const engine = new CheckEngine(new CheckRegistry(CHECKS));
    expect(unitWants(scanner, options, engine)?.('items.logging')).toBe(false);
  });
});

function unit(wants?: (facet: string) => boolean): UnitContext<null> {
  return {
    scanId: 's',
    clientId: 'c',
    accountId: '1',
    region: 'global',
    clients: null,
    options: DEFAULT_SCAN_OPTIONS,
    signal: new AbortController().signal,
    clock: { now: () => new Date('2026-12-01T00:00:00Z') },
    log: silentLogger,
    ...(wants ? { wants } : {}),
  };
}

async function drain(events: AsyncIterable<EventDraft>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of events) out.push(e.metric_type);
  return out;
}

describe('defineScanner with facets', () => {
  it('declares its base permissions and every facet’s', () => {
    expect(scanner.basePermissions).toEqual(['demo:ListThings']);
    expect([...scanner.permissions].sort()).toEqual([
      'demo:GetSettings',
      'demo:GetSpend',
      'demo:GetThingAcl',
      'demo:GetThingLogging',
      'demo:GetThingTags',
      'demo:ListThings',
    ]);
  });

  it('tells the collector which facets are wanted, every one when the unit says nothing', async () => {
    collected.length = 0;
    await drain(scanner.scan(unit()));
    await drain(scanner.scan(unit((facet) => facet === 'items.acl')));
    expect(collected).toEqual([
      ['items.acl', 'items.tags', 'items.logging', 'settings', 'spend', 'items'],
      // `items` is no declared facet: always wanted.
      ['items.acl', 'items'],
    ]);
  });

  it('leaves out the facts derived from a facet it did not collect', async () => {
    expect(await drain(scanner.scan(unit()))).toEqual([`${M}.name`, `${M}.acl`, `${M}.logging`]);
    expect(await drain(scanner.scan(unit((facet) => facet === 'items.acl')))).toEqual([
      `${M}.name`,
      `${M}.acl`,
    ]);
  });
});

describe('the registered checks’ declared reads', () => {
  const { scanners, checks } = registriesOf();

  it('name, where a read names a part of a field, a facet its scanner collects', () => {
    const wrong: string[] = [];
    for (const check of checks.all()) {
      const scanner = scanners.scanner(check.provider, check.service);
      expect(scanner, `${check.id} reads ${check.provider}/${check.service}`).toBeDefined();
      if (!scanner) continue;
      const { facets } = facetsOf(scanner);
      for (const read of check.reads ?? [])
        if (read.includes('.') && facetsCovering(facets, read).length === 0)
          wrong.push(`${check.id}: ${read}`);
    }
    expect(wrong).toEqual([]);
  });

  it('name, for every check of every provider, a registered scanner and the facets it reads', () => {
    const untyped = checks
      .all()
      .filter((check) => !scanners.scanner(check.provider, check.service) || !check.reads?.length)
      .map((check) => `${check.provider}/${check.service}: ${check.id}`);
    expect(untyped).toEqual([]);
  });

  it('let a selection of one S3 check read only that check’s part of each bucket', () => {
    const s3 = scanners.scanner('aws', 's3');
    if (!s3) throw new Error('no s3 scanner');
    const wanted = wantedFacets(s3, { checks: ['s3_bucket_object_versioning'] }, checks.all());
    expect(wanted).not.toBe('all');
    const perBucket = [...(wanted as ReadonlySet<string>)].filter((f) => f.startsWith('buckets.'));
    // Versioning for the check; tags (inventory), website and replication (architecture) always.
    expect(perBucket.sort()).toEqual([
      'buckets.replication',
      'buckets.tags',
      'buckets.versioning',
      'buckets.website',
    ]);
  });
});
