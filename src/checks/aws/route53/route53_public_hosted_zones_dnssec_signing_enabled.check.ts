import { ROUTE53 } from '../../../providers/aws/services/route53/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'route53_public_hosted_zones_dnssec_signing_enabled',
  scanner: ROUTE53,
  reads: ['zones'],
  resource_type: 'AwsRoute53HostedZone',
  title: 'Route 53 public hosted zones are signed with DNSSEC',
  description:
    'GetDNSSEC: a public hosted zone whose ServeSignature is SIGNING passes; NOT_SIGNING, DELETING, ACTION_NEEDED or INTERNAL_FAILURE fails. Private zones are not judged (DNSSEC signs public zones only). No FSBP control covers it.',
  severity: 'low',
  risk: 'Without DNSSEC a resolver cannot tell a forged answer from yours: cache poisoning or a spoofed response can send your users to another address.',
  remediation: {
    text: 'Create a key-signing key (backed by an asymmetric KMS key in us-east-1), enable DNSSEC signing for the zone, then add the DS record at the parent zone or registrar.',
    cli: 'aws route53 create-key-signing-key --hosted-zone-id ZONE_ID --name ksk1 --key-management-service-arn KMS_KEY_ARN --status ACTIVE --caller-reference REF && aws route53 enable-hosted-zone-dnssec --hosted-zone-id ZONE_ID',
    console: 'Route 53 → Hosted zones → <zone> → DNSSEC signing → Enable DNSSEC signing',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const z of snapshot.zones) {
      if (z.private || !z.dnssec) continue;
      if (z.dnssec.state !== 'available') {
        yield unreadable(z.arn, `DNSSEC of zone ${z.name}`, z.dnssec);
        continue;
      }
      const status = z.dnssec.value;
      yield status === 'SIGNING'
        ? { resource_id: z.arn, status: 'PASS', reason: `zone ${z.name} is signed with DNSSEC` }
        : {
            resource_id: z.arn,
            status: 'FAIL',
            reason: `public zone ${z.name} is not signed with DNSSEC (${status})`,
          };
    }
  },
});
