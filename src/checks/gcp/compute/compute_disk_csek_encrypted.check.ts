import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass } from '../support.js';

export default defineCheck({
  id: 'compute_disk_csek_encrypted',
  scanner: COMPUTE,
  reads: ['disks'],
  resource_type: 'GcpComputeDisk',
  title: 'Disks are encrypted with customer-supplied keys (CSEK)',
  description:
    'The disk is encrypted with a customer-supplied encryption key; the benchmark asks it of critical VMs.',
  severity: 'low',
  risk: 'With Google-managed keys, whoever controls the project’s IAM can read the disk; CSEK keeps the key outside Google Cloud.',
  remediation: {
    text: 'CSEK can only be set at creation: create a disk from a snapshot with --csek-key-file and swap it in.',
    url: 'https://cloud.google.com/compute/docs/disks/customer-supplied-encryption',
  },
  compliance: { [CIS]: ['4.7'] },
  *evaluate(snapshot) {
    for (const disk of snapshot.disks) {
      yield disk.encryption === 'customer-supplied'
        ? pass(disk.id, `${disk.name} is encrypted with a customer-supplied key`)
        : fail(disk.id, `${disk.name} is encrypted with a ${disk.encryption} key`);
    }
  },
});
