import { ECS } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { regionScope, unreadable } from '../regional.js';

export default defineCheck({
  id: 'ecs_task_definitions_containers_readonly_access',
  scanner: ECS,
  reads: ['taskDefinitions'],
  resource_type: 'AwsEcsTaskDefinition',
  title: 'ECS containers have read-only root file systems',
  description:
    'The latest ACTIVE revision of each task definition family (DescribeTaskDefinition): a container definition without readonlyRootFilesystem: true fails, naming the containers.',
  severity: 'high',
  risk: 'An intruder in a container with a writable root file system can drop tools and change binaries or configuration that the container trusts, and it persists for the task’s life.',
  remediation: {
    text: 'Set readonlyRootFilesystem on every container and mount volumes (or /tmp bind mounts) only where the application must write.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    console:
      'ECS → Task definitions → <family> → Create new revision → Container → Read only root file system',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
  },
  compliance: { aws_fsbp: ['ECS.5'] },
  *evaluate(snapshot, ctx) {
    const listed = snapshot.taskDefinitions;
    if (listed.state !== 'available') {
      yield unreadable(regionScope('ecs', ctx), 'the task definitions of the region', listed);
      return;
    }
    for (const t of listed.value) {
      const name = `${t.family}:${t.revision}`;
      if (t.details.state !== 'available') {
        yield unreadable(t.arn, `task definition ${name}`, t.details);
        continue;
      }
      const writable = t.details.value.containers
        .filter((c) => !c.readonlyRootFilesystem)
        .map((c) => c.name);
      yield writable.length > 0
        ? {
            resource_id: t.arn,
            status: 'FAIL',
            reason: `task definition ${name} gives containers a writable root file system: ${writable.join(', ')}`,
          }
        : {
            resource_id: t.arn,
            status: 'PASS',
            reason: `every container of task definition ${name} has a read-only root file system`,
          };
    }
  },
});
