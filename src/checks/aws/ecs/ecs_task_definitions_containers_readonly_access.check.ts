import { ECS } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { judgeTaskDefinitions } from './task-definitions.js';

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
    yield* judgeTaskDefinitions(snapshot, ctx, {
      offenders: (d) => d.containers.filter((c) => !c.readonlyRootFilesystem).map((c) => c.name),
      fail: (name, writable) =>
        `task definition ${name} gives containers a writable root file system: ${writable.join(', ')}`,
      pass: (name) => `every container of task definition ${name} has a read-only root file system`,
    });
  },
});
