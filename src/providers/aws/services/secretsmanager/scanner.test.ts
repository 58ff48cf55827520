import {
  ListSecretsCommand,
  SecretsManagerClient,
  type ListSecretsCommandInput,
} from '@aws-sdk/client-secrets-manager';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import { ACCOUNT, ARN, KEY, page1, page2, REGION, SECRET_PRICE_LIST } from './fixtures/sdk.js';
import { SECRETSMANAGER_METRIC as S, SECRETSMANAGER_METRICS } from './metrics.js';
import { secretsManagerScanner } from './scanner.js';

const secretsManager = mockClient(SecretsManagerClient);
const REGION_ID = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:region/${REGION}`;

const pricing = mockClient(PricingClient);

const scan = (cost = false) =>
  scanUnit(
    secretsManagerScanner,
    REGION,
    [SecretsManagerClient, PricingClient],
    ACCOUNT,
    cost ? { cost: true } : {},
  );

let listInputs: ListSecretsCommandInput[] = [];

beforeEach(() => {
  secretsManager.reset();
  pricing.reset();
  pricing.on(GetProductsCommand).resolves({ $metadata: {}, PriceList: SECRET_PRICE_LIST });
  listInputs = [];
  secretsManager.on(ListSecretsCommand).callsFake((input: ListSecretsCommandInput) => {
    listInputs.push({ ...input });
    return input.NextToken === 'secrets-page-2' ? page2 : page1;
  });
});

describe('secretsManagerScanner', () => {
  it('lists every secret across pages, 100 a page, with no call per secret', async () => {
    const events = await scan();

    expect(listInputs).toEqual([
      { MaxResults: 100 },
      { MaxResults: 100, NextToken: 'secrets-page-2' },
    ]);
    expect(secretsManager.calls()).toHaveLength(2);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([REGION_ID, ARN.orders, ARN.rds, ARN.legacy]),
    );
    expect(valueOf(events, REGION_ID, S.secretCount)).toBe(3);
  });

  it('reports rotation, the key and tags from the listing', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, S.secretName)).toBe('prod/orders/db');
    expect(valueOf(events, ARN.orders, S.rotationEnabled)).toBe(true);
    expect(valueOf(events, ARN.orders, S.rotationIntervalDays)).toBe(30);
    expect(valueOf(events, ARN.orders, S.rotationSchedule)).toBe('rate(30 days)');
    expect(valueOf(events, ARN.orders, S.lastRotatedAt)).toBe('2026-11-01T03:12:45.120Z');
    expect(valueOf(events, ARN.orders, S.daysSinceRotation)).toBe(19);
    expect(valueOf(events, ARN.orders, S.kmsKeyId)).toBe(KEY);
    expect(valueOf(events, ARN.orders, S.awsManagedKey)).toBe(false);
    expect(valueOf(events, ARN.orders, S.tags)).toEqual({ team: 'checkout' });
    expect(valueOf(events, ARN.rds, S.owningService)).toBe('rds');
    expect(valueOf(events, ARN.legacy, S.rotationEnabled)).toBe(false);
    expect(valueOf(events, ARN.legacy, S.awsManagedKey)).toBe(true);
    expect(valueOf(events, ARN.legacy, S.lastRotatedAt)).toBeUndefined();
    // Never rotated: the days count from its creation.
    expect(valueOf(events, ARN.legacy, S.daysSinceRotation)).toBe(1410);
  });

  it('flags the secret not retrieved for more than 90 days as unused', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.orders, S.daysSinceAccess)).toBe(0);
    expect(valueOf(events, ARN.orders, S.unusedSecret)).toBe(false);
    expect(valueOf(events, ARN.legacy, S.lastAccessedAt)).toBe('2026-03-02T00:00:00.000Z');
    expect(valueOf(events, ARN.legacy, S.daysSinceAccess)).toBe(263);
    expect(valueOf(events, ARN.legacy, S.unusedSecret)).toBe(true);
    expect(valueOf(events, ARN.legacy, S.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(pricing.commandCalls(GetProductsCommand)).toHaveLength(0);
  });

  it('with options.cost, prices each unused secret a secret-month, from one Price List listing', async () => {
    const events = await scan(true);

    expect(valueOf(events, ARN.legacy, S.estimatedMonthlyWasteUsd)).toBe(0.4);
    expect(valueOf(events, ARN.legacy, S.wasteEstimate)).toEqual({
      reason: 'not_retrieved_for_90_days',
      quantity: 1,
      unit: 'secret-month',
      unit_price_usd: 0.4,
      monthly_usd: 0.4,
      currency: 'USD',
      price_source: `AWS Price List, on-demand, ${REGION}`,
    });
    expect(valueOf(events, ARN.orders, S.estimatedMonthlyWasteUsd)).toBeUndefined();
    const asked = pricing.commandCalls(GetProductsCommand).map((c) => c.args[0].input);
    expect(asked).toEqual([
      expect.objectContaining({
        ServiceCode: 'AWSSecretsManager',
        Filters: expect.arrayContaining([
          { Type: 'TERM_MATCH', Field: 'regionCode', Value: REGION },
          { Type: 'TERM_MATCH', Field: 'productFamily', Value: 'Secret' },
        ]),
      }),
    ]);
  });

  it('reports on the region when the Price List cannot be read, and prices nothing', async () => {
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));

    const events = await scan(true);

    expect(valueOf(events, REGION_ID, S.pricingUnavailable)).toMatchObject({
      error_code: 'AccessDeniedException',
    });
    expect(valueOf(events, ARN.legacy, S.estimatedMonthlyWasteUsd)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, S.unusedSecret)).toBe(true);
  });

  it('fails the unit when ListSecrets is denied, the region is not opted in, or the service is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => secretsManager.on(ListSecretsCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'not authorized', 400),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
  });

  it('reports a count of 0 and nothing else in a region without secrets', async () => {
    secretsManager.on(ListSecretsCommand).resolves({ $metadata: {}, SecretList: [] });

    expect(await scan()).toEqual([
      { resource_id: REGION_ID, metric_type: S.secretCount, metric_value: 0 },
    ]);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan(true);
    pricing.on(GetProductsCommand).rejects(awsError('AccessDeniedException', 'no', 400));
    events.push(...(await scan(true)));

    // Every fixture secret is a primary one.
    expectOnlyDeclaredMetrics(secretsManagerScanner, SECRETSMANAGER_METRICS, events, [
      S.primaryRegion,
    ]);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan(true);
    expectDeclaredPermissions(secretsManagerScanner, 'regional', [
      ['secretsmanager', secretsManager],
      ['pricing', pricing],
    ]);
  });
});
