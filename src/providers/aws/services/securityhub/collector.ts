import {
  DescribeHubCommand,
  paginateGetEnabledStandards,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import type { EnabledStandard, Hub, HubDetails, SecurityHubRegionSnapshot } from './model.js';

/** How Security Hub answers DescribeHub in a region where the account is not subscribed. */
const NOT_SUBSCRIBED = ['InvalidAccessException', 'ResourceNotFoundException'];
/** GetEnabledStandards accepts up to 100 results a page. */
const PAGE_SIZE = 100;

function describeHub(ctx: AwsUnitContext, client: SecurityHubClient): Promise<Hub> {
  return guardedRead(
    ctx,
    'securityhub:DescribeHub',
    async (): Promise<HubDetails> => {
      const hub = await client.send(new DescribeHubCommand({}), { abortSignal: ctx.signal });
      if (!hub.HubArn) throw Object.assign(new Error('no hub ARN'), { name: 'NoHubArn' });
      return {
        arn: hub.HubArn,
        ...(hub.SubscribedAt ? { subscribedAt: hub.SubscribedAt } : {}),
        ...(hub.AutoEnableControls !== undefined
          ? { autoEnableControls: hub.AutoEnableControls }
          : {}),
      };
    },
    { absentCodes: [...NOT_SUBSCRIBED, 'NoHubArn'] },
  );
}

/**
 * One region's hub: DescribeHub (not subscribed is a fact, a failing call a recorded one), then the enabled standards (paginated)
 * when the hub is on. A denied standards read is recorded.
 */
export async function collectSecurityHubSnapshot(
  ctx: AwsUnitContext,
): Promise<SecurityHubRegionSnapshot> {
  const client = ctx.clients.get(SecurityHubClient);
  const hub = await describeHub(ctx, client);
  if (hub.state !== 'available') return { region: ctx.region, hub };
  const standards = await guardedRead(ctx, 'securityhub:GetEnabledStandards', async () => {
    const out: EnabledStandard[] = [];
    for await (const page of paginateGetEnabledStandards(
      { client, pageSize: PAGE_SIZE },
      {},
      { abortSignal: ctx.signal },
    )) {
      for (const s of page.StandardsSubscriptions ?? []) {
        if (s.StandardsArn)
          out.push({ standardsArn: s.StandardsArn, status: s.StandardsStatus ?? 'unknown' });
      }
    }
    return out;
  });
  return { region: ctx.region, hub, standards };
}
