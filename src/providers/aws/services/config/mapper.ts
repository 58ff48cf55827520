import type {
  ConfigurationRecorder,
  ConfigurationRecorderStatus,
  DeliveryChannel as SdkDeliveryChannel,
} from '@aws-sdk/client-config-service';
import type { ConfigRecorder, DeliveryChannel, RecorderStatus } from './model.js';

export function mapRecorder(recorder: ConfigurationRecorder): ConfigRecorder | undefined {
  // Service-linked recorders record for one AWS service only; they are not the account's recorder.
  if (!recorder.name || recorder.servicePrincipal) return undefined;
  const group = recorder.recordingGroup;
  const strategy = group?.recordingStrategy?.useOnly;
  return {
    name: recorder.name,
    ...(recorder.arn ? { arn: recorder.arn } : {}),
    allSupported:
      strategy === 'ALL_SUPPORTED_RESOURCE_TYPES' ||
      (strategy === undefined && group?.allSupported === true),
    includeGlobalResourceTypes: group?.includeGlobalResourceTypes ?? false,
    ...(recorder.recordingMode?.recordingFrequency
      ? { recordingFrequency: recorder.recordingMode.recordingFrequency }
      : {}),
  };
}

export function mapStatus(status: ConfigurationRecorderStatus): RecorderStatus | undefined {
  if (!status.name) return undefined;
  return {
    name: status.name,
    recording: status.recording ?? false,
    ...(status.lastStatus ? { lastStatus: status.lastStatus } : {}),
    ...(status.lastErrorCode ? { lastErrorCode: status.lastErrorCode } : {}),
  };
}

export function mapDeliveryChannel(channel: SdkDeliveryChannel): DeliveryChannel | undefined {
  if (!channel.name) return undefined;
  return {
    name: channel.name,
    ...(channel.s3BucketName ? { s3BucketName: channel.s3BucketName } : {}),
    ...(channel.snsTopicARN ? { snsTopicArn: channel.snsTopicARN } : {}),
  };
}
