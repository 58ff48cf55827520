import { CONFIG } from '../../../providers/aws/services/config/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'config_recorder_all_regions_enabled',
  scanner: CONFIG,
  reads: ['deliveryChannels', 'recorders', 'statuses'],
  resource_type: 'AwsRegion',
  title: 'AWS Config records every resource type in the region',
  description:
    'Looks in each region for a customer-managed configuration recorder that records all supported resource types, is recording without failure, and has a delivery channel.',
  severity: 'medium',
  risk: 'Without a recorder, configuration changes in the region leave no history: an incident cannot be reconstructed and drift goes unnoticed.',
  remediation: {
    text: 'Create a recorder for all supported resource types (global resources in one region), a delivery channel, and start recording.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> && aws configservice start-configuration-recorder --configuration-recorder-name default',
    console:
      'AWS Config → Settings → Recording strategy: All resource types → Save; then Start recording',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
  },
  compliance: { 'cis_aws_7.0': ['4.3'], aws_fsbp: ['Config.1'] },
  *evaluate(snapshot, ctx) {
    const resource_id = regionScope('config', ctx);
    const recorder = snapshot.recorders[0];
    if (!recorder) {
      yield { resource_id, status: 'FAIL', reason: `no configuration recorder in ${ctx.region}` };
      return;
    }
    if (snapshot.statuses.state !== 'available') {
      yield unreadable(resource_id, 'the recorder status', snapshot.statuses);
      return;
    }
    const status = snapshot.statuses.value.find((s) => s.name === recorder.name);
    const problems: string[] = [];
    if (!status?.recording) problems.push('is not recording');
    else if (status.lastStatus?.toLowerCase() === 'failure') {
      problems.push(`last recording failed (${status.lastErrorCode ?? 'no error code'})`);
    }
    if (!recorder.allSupported) problems.push('records selected resource types only');
    if (snapshot.deliveryChannels.state !== 'available') {
      yield unreadable(resource_id, 'the delivery channels', snapshot.deliveryChannels);
      return;
    }
    if (snapshot.deliveryChannels.value.length === 0) problems.push('has no delivery channel');
    yield problems.length > 0
      ? { resource_id, status: 'FAIL', reason: `recorder ${recorder.name} ${problems.join(', ')}` }
      : {
          resource_id,
          status: 'PASS',
          reason: `recorder ${recorder.name} records all resource types${recorder.includeGlobalResourceTypes ? ', global ones included' : ''}`,
        };
  },
});
