import { LOGGING } from '../../../providers/gcp/services/logging/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';

export default defineCheck({
  id: 'logging_sink_all_entries',
  scanner: LOGGING,
  reads: ['project', 'sinks'],
  resource_type: 'GcpProject',
  title: 'A sink exports every log entry',
  description: 'An enabled sink without an inclusion filter routes every log entry of the project.',
  severity: 'low',
  risk: 'Entries not exported live only as long as the default log bucket keeps them, out of reach of a SIEM.',
  remediation: {
    text: 'Create a sink with an empty filter to a Cloud Storage bucket, BigQuery dataset, Pub/Sub topic or log bucket (or an aggregated sink on the organization).',
    cli: 'gcloud logging sinks create SINK DESTINATION',
    url: 'https://cloud.google.com/logging/docs/export/configure_export_v2',
  },
  compliance: { [CIS]: ['2.2'] },
  *evaluate(snapshot) {
    const project = projectResource(snapshot.project);
    const all = snapshot.sinks.find((s) => !s.disabled && s.filter === '');
    yield all
      ? pass(project, `sink ${all.name} exports every entry to ${all.destination}`)
      : fail(project, `no enabled sink without a filter in ${snapshot.project}`);
  },
});
