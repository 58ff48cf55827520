import { ipHolder, type IpRecord, ROUTE53 } from '../../../providers/aws/services/route53/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'route53_dangling_ip_records',
  scanner: ROUTE53,
  reads: ['zones', 'ipOwnership'],
  resource_type: 'AwsRoute53HostedZone',
  title: 'Route53 records should not point at EC2 addresses the account no longer holds',
  description:
    'ListResourceRecordSets, AWS’s published ranges (ip-ranges.json, service EC2), and in the region of each address ec2:DescribeAddresses (the region’s Elastic IPs) and ec2:DescribeNetworkInterfaces filtered on the addresses: in a public hosted zone, every address of an A or AAAA record (not an alias) that lies in EC2’s ranges must be an Elastic IP of the account or a public address of one of its network interfaces. A zone with such an address the account does not hold fails; one whose EC2 addresses are all the account’s passes; a zone without addresses in EC2’s ranges is not judged, nor are private zones. No FSBP control covers it.',
  severity: 'high',
  risk: 'EC2 public addresses are a shared pool: once the Elastic IP or instance a record points at is released, AWS hands that address to another account, which then serves its content under your domain — phishing, cookie theft, malware under your name (subdomain takeover).',
  remediation: {
    text: 'Delete or update the record, or point it at an Elastic IP the account keeps (or an alias to a load balancer or CloudFront). Delete DNS records before releasing the addresses they point at.',
    cli: 'aws route53 change-resource-record-sets --hosted-zone-id ZONE_ID --change-batch \'{"Changes":[{"Action":"DELETE","ResourceRecordSet":{...the record as listed...}}]}\'',
    console: 'Route 53 → Hosted zones → <zone> → select the record → Delete record',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-deleting.html',
  },
  compliance: {},
  *evaluate(snapshot) {
    for (const z of snapshot.zones) {
      if (z.private) continue;
      if (z.records.state !== 'available') {
        yield unreadable(z.arn, `record sets of zone ${z.name}`, z.records);
        continue;
      }
      const { ipRecords, ipRecordsTruncated } = z.records.value;
      if (ipRecords.length === 0) continue;
      const ownership = snapshot.ipOwnership;
      if (!ownership) {
        yield {
          resource_id: z.arn,
          status: 'ERROR',
          reason: `the addresses of the A/AAAA records of zone ${z.name} could not be judged: AWS's IP ranges were not read`,
        };
        continue;
      }
      if (ownership.state !== 'available') {
        yield unreadable(
          z.arn,
          `AWS's IP ranges, against which the A/AAAA records of zone ${z.name} are judged,`,
          ownership,
        );
        continue;
      }
      const holders = ipRecords.map((record) => ({
        record,
        holder: ipHolder(ownership.value, record.ip),
      }));
      const dangling = holders.flatMap(({ record, holder }) =>
        holder.kind === 'dangling' ? [{ ...record, region: holder.region }] : [],
      );
      const unknown = holders.flatMap(({ record, holder }) =>
        holder.kind === 'unknown' ? [{ ...record, ...holder }] : [],
      );
      const owned = holders.flatMap(({ record, holder }) =>
        holder.kind === 'owned' ? [{ ...record, ...holder }] : [],
      );
      const listed = (rs: (IpRecord & { region: string; holder?: string })[]) =>
        rs
          .map(
            (r) => `${r.name} (${r.type} → ${r.ip}, ${r.region}${r.holder ? `, ${r.holder}` : ''})`,
          )
          .join(', ');
      const addresses = (n: number) => (n === 1 ? '1 address' : `${n} addresses`);
      if (dangling.length > 0) {
        yield {
          resource_id: z.arn,
          status: 'FAIL',
          reason: `public zone ${z.name} has ${addresses(dangling.length)} in EC2's ranges that the account does not hold (neither an Elastic IP nor a network interface's): ${listed(dangling)}${unknown.length > 0 ? `; ${unknown.length} more ${unknown.length === 1 ? 'address' : 'addresses'} could not be looked up (${[...new Set(unknown.map((u) => `${u.failure.action} in ${u.region}`))].join(', ')})` : ''}`,
        };
        continue;
      }
      const first = unknown[0];
      if (first) {
        yield unreadable(
          z.arn,
          `the holder of ${first.ip} (${first.name} in zone ${z.name}, ${first.region})`,
          first.failure,
        );
        continue;
      }
      if (ipRecordsTruncated) {
        yield {
          resource_id: z.arn,
          status: 'ERROR',
          reason: `zone ${z.name} has more A/AAAA record values than the scan keeps: the first ${ipRecords.length} hold no dangling address, the others were not judged`,
        };
        continue;
      }
      if (owned.length === 0) continue;
      yield {
        resource_id: z.arn,
        status: 'PASS',
        reason: `zone ${z.name} has ${addresses(owned.length)} in EC2's ranges, all held by the account: ${listed(owned)}`,
      };
    }
  },
});
