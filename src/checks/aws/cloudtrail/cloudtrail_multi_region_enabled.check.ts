import { CLOUDTRAIL } from '../../../providers/aws/services/cloudtrail/model.js';
import { defineCheck } from '../../define.js';
import { missingHalves, multiRegionRequirement, trailReads } from './common.js';

export default defineCheck({
  id: 'cloudtrail_multi_region_enabled',
  scanner: CLOUDTRAIL,
  reads: ['multiRegionElsewhere', 'trails'],
  resource_type: 'AwsRegion',
  title: 'A multi-region trail is logging every read and write management event',
  description:
    'Looks for a multi-region CloudTrail trail that is logging and records both read and write management events. Reported once per region, from the trail’s home region.',
  severity: 'high',
  risk: 'Without a logging multi-region trail, API activity in unused regions and on global services leaves no record to investigate an incident with.',
  remediation: {
    text: 'Create a multi-region trail (or make an existing trail multi-region), start logging, and record all management events, read and write.',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
    console:
      'CloudTrail → Trails → Create trail (multi-region by default) → Management events: Read and Write',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  },
  compliance: { 'cis_aws_7.0': ['4.1'], aws_fsbp: ['CloudTrail.1'] },
  evaluate(snapshot, ctx) {
    return multiRegionRequirement(snapshot, ctx, (trail) => {
      const reads = trailReads(trail);
      if ('error' in reads) return reads;
      if (!reads.logging) return { ok: false, reason: 'logging is stopped' };
      const m = reads.management;
      if (!m.read || !m.write) {
        return { ok: false, reason: `records management events, ${missingHalves(m)}` };
      }
      return { ok: true, reason: 'multi-region, logging, all management events' };
    });
  },
});
