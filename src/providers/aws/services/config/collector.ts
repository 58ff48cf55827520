import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import type { AwsUnitContext } from '../../define-scanner.js';
import { guardedRead } from '../../read.js';
import { mapDeliveryChannel, mapRecorder, mapStatus } from './mapper.js';
import type { ConfigRegionSnapshot } from './model.js';

function compact<I, O>(items: readonly I[] | undefined, map: (item: I) => O | undefined): O[] {
  return (items ?? []).flatMap((item) => {
    const mapped = map(item);
    return mapped === undefined ? [] : [mapped];
  });
}

/**
 * One region's AWS Config set-up in three unpaginated calls made together. No recorder is a fact
 * (Config is off), not an error; a denied status or delivery-channel read is recorded.
 */
export async function collectConfigSnapshot(ctx: AwsUnitContext): Promise<ConfigRegionSnapshot> {
  const client = ctx.clients.get(ConfigServiceClient);
  const options = { abortSignal: ctx.signal };
  const [recorders, statuses, deliveryChannels] = await Promise.all([
    client.send(new DescribeConfigurationRecordersCommand({}), options),
    guardedRead(ctx, 'config:DescribeConfigurationRecorderStatus', async () =>
      compact(
        (await client.send(new DescribeConfigurationRecorderStatusCommand({}), options))
          .ConfigurationRecordersStatus,
        mapStatus,
      ),
    ),
    guardedRead(ctx, 'config:DescribeDeliveryChannels', async () =>
      compact(
        (await client.send(new DescribeDeliveryChannelsCommand({}), options)).DeliveryChannels,
        mapDeliveryChannel,
      ),
    ),
  ]);
  return {
    region: ctx.region,
    recorders: compact(recorders.ConfigurationRecorders, mapRecorder),
    statuses,
    deliveryChannels,
  };
}
