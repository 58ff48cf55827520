import { COMPUTE } from '../../../providers/gcp/services/compute/model.js';
import { defineCheck } from '../../define.js';
import { CIS, fail, pass, projectResource, unreadResult } from '../support.js';

export default defineCheck({
  id: 'compute_project_os_login_enabled',
  scanner: COMPUTE,
  reads: ['project', 'instances', 'projectMetadata'],
  resource_type: 'GcpProject',
  title: 'OS Login is enabled for the project, and no instance turns it off',
  description:
    'The project metadata sets enable-oslogin to TRUE and no instance overrides it with FALSE.',
  severity: 'medium',
  risk: 'Without OS Login, SSH access rests on metadata keys that IAM does not govern and nobody revokes when people leave.',
  remediation: {
    text: 'Set enable-oslogin=TRUE in the project metadata and remove enable-oslogin=FALSE from instances.',
    cli: 'gcloud compute project-info add-metadata --metadata enable-oslogin=TRUE',
    url: 'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
  },
  compliance: { [CIS]: ['4.4'] },
  *evaluate(snapshot) {
    const project = projectResource(snapshot.project);
    const metadata = snapshot.projectMetadata;
    if (metadata.state !== 'available') {
      yield unreadResult(project, 'The project metadata', metadata);
    } else {
      yield metadata.value.osLogin === true
        ? pass(project, `${snapshot.project} enables OS Login`)
        : fail(project, `${snapshot.project} does not enable OS Login in its metadata`);
    }
    for (const vm of snapshot.instances) {
      if (vm.metadata.osLogin === false)
        yield fail(vm.id, `${vm.name} turns OS Login off (enable-oslogin=FALSE)`);
    }
  },
});
