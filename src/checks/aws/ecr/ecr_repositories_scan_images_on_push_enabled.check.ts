import { ECR, scansImages } from '../../../providers/aws/services/ecr/model.js';
import { defineCheck } from '../../define.js';
import { unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecr_repositories_scan_images_on_push_enabled',
  scanner: ECR,
  reads: ['repositories'],
  resource_type: 'AwsEcrRepository',
  title: 'ECR private repositories scan images on push or continuously',
  description:
    'The repository’s own scan-on-push setting (DescribeRepositories), or its effective scanning configuration with the registry’s rules applied (BatchGetRepositoryScanningConfiguration): SCAN_ON_PUSH or CONTINUOUS_SCAN passes, MANUAL fails.',
  severity: 'medium',
  risk: 'Images with known vulnerabilities (OS packages, language libraries) are deployed without anyone being told.',
  remediation: {
    text: 'Add a registry scanning rule (basic scan on push, or enhanced continuous scanning with Amazon Inspector) whose filter covers the repository.',
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    console: 'ECR → Private registry → Settings → Scanning',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  compliance: { aws_fsbp: ['ECR.1'] },
  *evaluate(snapshot) {
    for (const r of snapshot.repositories) {
      const scans = scansImages(r);
      if (scans === undefined && r.scanning.state !== 'available') {
        yield unreadable(r.arn, `the scanning configuration of repository ${r.name}`, r.scanning);
        continue;
      }
      const how = r.scanOnPush
        ? 'scans images on push (repository setting)'
        : r.scanning.state === 'available'
          ? `is scanned ${r.scanning.value.scanFrequency ?? 'MANUAL'}${r.scanning.value.appliedFilters.length > 0 ? ` by registry rule ${r.scanning.value.appliedFilters.join(', ')}` : ''}`
          : '';
      yield scans
        ? { resource_id: r.arn, status: 'PASS', reason: `repository ${r.name} ${how}` }
        : {
            resource_id: r.arn,
            status: 'FAIL',
            reason: `repository ${r.name} is only scanned manually`,
          };
    }
  },
});
