import { IAM } from '../../../providers/gcp/services/iam/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';
import { policyOr } from './policy.js';

const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

export default defineCheck({
  id: 'logging_audit_logs_all_services',
  scanner: IAM,
  reads: ['project', 'policy'],
  resource_type: 'GcpProject',
  title: 'Data Access audit logs are on for all services, without exemptions',
  description:
    'The project policy’s auditConfigs for allServices enable ADMIN_READ, DATA_READ and DATA_WRITE and exempt no member.',
  severity: 'medium',
  risk: 'Without Data Access logs, reads and writes of data leave no trail to investigate a leak.',
  remediation: {
    text: 'In IAM & Admin → Audit Logs, enable Admin Read, Data Read and Data Write for all services and remove exempted principals.',
    url: 'https://cloud.google.com/logging/docs/audit/configure-data-access',
  },
  compliance: { [CIS]: ['2.1'] },
  *evaluate(snapshot) {
    const policy = policyOr(snapshot);
    if ('status' in policy) {
      yield policy;
      return;
    }
    const project = projectResource(snapshot.project);
    const all = policy.auditConfigs.find((c) => c.service === 'allServices');
    const missing = LOG_TYPES.filter((t) => !all || !(t in all.logTypes));
    const exempted = [...new Set(Object.values(all?.logTypes ?? {}).flat())].sort();
    if (missing.length > 0)
      yield fail(project, `allServices audit logs lack ${missing.join(', ')}`);
    else if (exempted.length > 0) yield fail(project, `audit logs exempt ${exempted.join(', ')}`);
    else yield pass(project, 'ADMIN_READ, DATA_READ and DATA_WRITE are logged for all services');
  },
});
