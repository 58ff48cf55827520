import { metric, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.config';
const S = 'aws.security.config';

/** Metric types, by name; all are facts about the region (its scope id). */
export const CONFIG_METRIC = {
  recorderCount: `${M}.recorder_count`,
  deliveryChannelCount: `${M}.delivery_channel_count`,
  recorderName: `${M}.recorder_name`,
  recording: `${S}.recorder_recording`,
  recordsAllResources: `${S}.recorder_all_resources`,
  recordsGlobalResources: `${S}.recorder_global_resources`,
  lastStatus: `${S}.recorder_last_status`,
  statusError: `${S}.recorder_status_error`,
  deliveryChannelsError: `${S}.delivery_channels_error`,
} as const;

export const CONFIG_METRICS: readonly MetricDefinition[] = [
  metric(
    CONFIG_METRIC.recorderCount,
    'number',
    'Customer-managed configuration recorders in the region (0: AWS Config is off).',
    'count',
  ),
  metric(
    CONFIG_METRIC.deliveryChannelCount,
    'number',
    'Delivery channels (S3 bucket, SNS topic) in the region.',
    'count',
  ),
  metric(CONFIG_METRIC.recorderName, 'string', 'Name of the region’s configuration recorder.'),
  metric(CONFIG_METRIC.recording, 'boolean', 'True when the recorder is recording.'),
  metric(
    CONFIG_METRIC.recordsAllResources,
    'boolean',
    'True when the recorder records every supported resource type.',
  ),
  metric(
    CONFIG_METRIC.recordsGlobalResources,
    'boolean',
    'True when the recorder includes global resources such as IAM (needed in one region).',
  ),
  metric(
    CONFIG_METRIC.lastStatus,
    'string',
    'Status of the recorder’s last recording: Pending, Success or Failure.',
  ),
  metric(
    CONFIG_METRIC.statusError,
    'string',
    'Why the recorder status could not be read (action: error code).',
  ),
  metric(
    CONFIG_METRIC.deliveryChannelsError,
    'string',
    'Why the delivery channels could not be read (action: error code).',
  ),
];
