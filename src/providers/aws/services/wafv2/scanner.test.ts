import {
  GetWebACLCommand,
  ListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand,
  ListWebACLsCommand,
  WAFV2Client,
  type GetWebACLCommandInput,
  type ListLoggingConfigurationsCommandInput,
  type ListResourcesForWebACLCommandInput,
  type ListWebACLsCommandInput,
} from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
} from '../../testing/scanner-contract.js';
import { scanUnit, valueOf } from '../../testing/unit-context.js';
import {
  ACCOUNT,
  ALB,
  ARN,
  CLOUDFRONT_ACLS,
  LOGGING_CLOUDFRONT,
  LOGGING_REGIONAL,
  REGION,
  REGIONAL_PAGES,
  RESOURCES,
  STAGE,
  WEB_ACLS,
} from './fixtures/sdk.js';
import { WAFV2_METRIC as W, WAFV2_METRICS } from './metrics.js';
import { wafv2Scanner } from './scanner.js';

const waf = mockClient(WAFV2Client);
const scan = (region = REGION) => scanUnit(wafv2Scanner, region, [WAFV2Client], ACCOUNT);

let listInputs: ListWebACLsCommandInput[] = [];
let loggingInputs: ListLoggingConfigurationsCommandInput[] = [];
let resourceInputs: ListResourcesForWebACLCommandInput[] = [];

beforeEach(() => {
  waf.reset();
  listInputs = [];
  loggingInputs = [];
  resourceInputs = [];
  waf.on(ListWebACLsCommand).callsFake((input: ListWebACLsCommandInput) => {
    listInputs.push({ ...input });
    if (input.Scope === 'CLOUDFRONT') return { $metadata: {}, WebACLs: CLOUDFRONT_ACLS };
    return { $metadata: {}, ...REGIONAL_PAGES[input.NextMarker === 'waf-page-2' ? 1 : 0] };
  });
  waf.on(GetWebACLCommand).callsFake((input: GetWebACLCommandInput) => ({
    $metadata: {},
    WebACL: WEB_ACLS[input.Id ?? ''],
    LockToken: '1f8e3b2a-0c4d-4e5f-9a6b-7c8d9e0f1a2b',
  }));
  waf
    .on(ListLoggingConfigurationsCommand)
    .callsFake((input: ListLoggingConfigurationsCommandInput) => {
      loggingInputs.push({ ...input });
      return {
        $metadata: {},
        LoggingConfigurations: input.Scope === 'CLOUDFRONT' ? LOGGING_CLOUDFRONT : LOGGING_REGIONAL,
      };
    });
  waf.on(ListResourcesForWebACLCommand).callsFake((input: ListResourcesForWebACLCommandInput) => {
    resourceInputs.push(input);
    if (input.ResourceType === 'VERIFIED_ACCESS_INSTANCE')
      throw awsError('WAFInvalidParameterException', 'Error reason: not offered here', 400);
    return {
      $metadata: {},
      ResourceArns: RESOURCES[input.WebACLArn ?? '']?.[input.ResourceType ?? ''] ?? [],
    };
  });
});

describe('wafv2Scanner', () => {
  it('lists REGIONAL web ACLs across pages, and logging in one listing per scope', async () => {
    const events = await scan();

    expect(listInputs).toEqual([
      { Scope: 'REGIONAL', Limit: 100 },
      { Scope: 'REGIONAL', Limit: 100, NextMarker: 'waf-page-2' },
    ]);
    expect(loggingInputs).toEqual([{ Scope: 'REGIONAL', Limit: 100 }]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([ARN.shop, ARN.empty]));
  });

  it('reads the CLOUDFRONT scope in us-east-1 only', async () => {
    const events = await scan('us-east-1');

    expect(listInputs.map((i) => i.Scope)).toEqual(['REGIONAL', 'CLOUDFRONT', 'REGIONAL']);
    expect(loggingInputs.map((i) => i.Scope).sort()).toEqual(['CLOUDFRONT', 'REGIONAL']);
    expect(valueOf(events, ARN.edge, W.scope)).toBe('CLOUDFRONT');
    expect(valueOf(events, ARN.edge, W.loggingEnabled)).toBe(false);
    // CloudFront distributions name their ACL: ListResourcesForWebACL is for regional ACLs.
    expect(resourceInputs.filter((i) => i.WebACLArn === ARN.edge)).toEqual([]);
    expect(valueOf(events, ARN.edge, W.protectedResources)).toBeUndefined();
  });

  it('reports default action, rules, their metrics and logging', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.shop, W.defaultAction)).toBe('allow');
    expect(valueOf(events, ARN.empty, W.defaultAction)).toBe('block');
    expect(valueOf(events, ARN.shop, W.ruleCount)).toBe(2);
    expect(valueOf(events, ARN.empty, W.ruleCount)).toBe(0);
    expect(valueOf(events, ARN.shop, W.rules)).toEqual([
      {
        name: 'AWS-AWSManagedRulesCommonRuleSet',
        priority: 0,
        kind: 'managed_rule_group',
        action: 'None',
        cloudwatch_metrics_enabled: true,
      },
      {
        name: 'rate-limit',
        priority: 1,
        kind: 'rule',
        action: 'Block',
        cloudwatch_metrics_enabled: false,
      },
    ]);
    expect(valueOf(events, ARN.shop, W.rulesWithoutMetrics)).toEqual(['rate-limit']);
    expect(valueOf(events, ARN.shop, W.loggingEnabled)).toBe(true);
    expect(valueOf(events, ARN.empty, W.loggingEnabled)).toBe(false);
    expect(valueOf(events, ARN.shop, W.logDestinations)).toEqual([
      `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:aws-waf-logs-shop`,
    ]);
    expect(valueOf(events, ARN.empty, W.cloudWatchMetricsEnabled)).toBe(false);
  });

  it('asks what each ACL protects one resource type a call; a type not offered protects nothing', async () => {
    const events = await scan();

    expect(
      resourceInputs.filter((i) => i.WebACLArn === ARN.shop).map((i) => i.ResourceType),
    ).toHaveLength(6);
    expect(valueOf(events, ARN.shop, W.protectedResources)).toEqual([ALB, STAGE].sort());
    expect(valueOf(events, ARN.shop, W.unassociated)).toBe(false);
    expect(valueOf(events, ARN.empty, W.unassociated)).toBe(true);
  });

  it('goes on when per-ACL reads and the logging listing are denied, naming each', async () => {
    waf.on(GetWebACLCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    waf.on(ListLoggingConfigurationsCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    waf.on(ListResourcesForWebACLCommand).rejects(awsError('AccessDeniedException', 'no', 403));

    const events = await scan();

    expect(valueOf(events, ARN.shop, W.readError)).toEqual([
      'wafv2:GetWebACL: AccessDeniedException',
      'wafv2:ListLoggingConfigurations: AccessDeniedException',
      'wafv2:ListResourcesForWebACL: AccessDeniedException',
    ]);
    expect(valueOf(events, ARN.shop, W.loggingEnabled)).toBeUndefined();
    expect(valueOf(events, ARN.shop, W.ruleCount)).toBeUndefined();
  });

  it('skips an ACL deleted between the listing and its read', async () => {
    waf.on(GetWebACLCommand).rejects(awsError('WAFNonexistentItemException', 'gone', 400));

    const events = await scan();

    expect(valueOf(events, ARN.shop, W.readError)).toBeUndefined();
    expect(valueOf(events, ARN.shop, W.name)).toBe('shop');
  });

  it('goes on in us-east-1 when the CLOUDFRONT listing is denied; fails the unit when REGIONAL is', async () => {
    waf.on(ListWebACLsCommand).callsFake((input: ListWebACLsCommandInput) => {
      if (input.Scope === 'CLOUDFRONT') throw awsError('AccessDeniedException', 'no', 403);
      return { $metadata: {}, WebACLs: [] };
    });
    expect(await scan('us-east-1')).toEqual([]);

    waf.on(ListWebACLsCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    await expect(scan()).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('fails the unit where WAF is not offered (an endpoint answering HTML)', async () => {
    waf.on(ListWebACLsCommand).rejects(
      Object.assign(new Error('Unexpected token < in JSON'), {
        $metadata: { httpStatusCode: 404 },
      }),
    );
    await expect(scan()).rejects.toThrow('Unexpected token');
  });

  it('emits nothing and makes no other call in a region without web ACLs', async () => {
    waf.on(ListWebACLsCommand).resolves({ $metadata: {}, WebACLs: [] });

    expect(await scan()).toEqual([]);
    expect(waf.commandCalls(GetWebACLCommand)).toHaveLength(0);
    expect(waf.commandCalls(ListResourcesForWebACLCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    waf.on(GetWebACLCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(wafv2Scanner, WAFV2_METRICS, events);
  });

  it('declares exactly the IAM actions it calls', async () => {
    await scan('us-east-1');
    expectDeclaredPermissions(wafv2Scanner, null, [['wafv2', waf]]);
  });
});
