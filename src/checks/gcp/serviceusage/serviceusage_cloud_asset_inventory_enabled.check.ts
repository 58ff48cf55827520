import { SERVICEUSAGE } from '../../../providers/gcp/services/serviceusage/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource } from '../support.js';

export default defineCheck({
  id: 'serviceusage_cloud_asset_inventory_enabled',
  scanner: SERVICEUSAGE,
  reads: ['project', 'services'],
  resource_type: 'GcpProject',
  title: 'Cloud Asset Inventory is enabled',
  description: 'cloudasset.googleapis.com is among the project’s enabled services.',
  severity: 'low',
  risk: 'Without Cloud Asset Inventory there is no history of resources and IAM policies to investigate a change.',
  remediation: {
    text: 'Enable the Cloud Asset API in the project.',
    cli: 'gcloud services enable cloudasset.googleapis.com',
    url: 'https://cloud.google.com/asset-inventory/docs/overview',
  },
  compliance: { [CIS]: ['2.13'] },
  *evaluate(snapshot) {
    const project = projectResource(snapshot.project);
    yield snapshot.services.some((s) => s.name === 'cloudasset.googleapis.com')
      ? pass(project, `${snapshot.project} has Cloud Asset Inventory enabled`)
      : fail(project, `${snapshot.project} does not enable cloudasset.googleapis.com`);
  },
});
