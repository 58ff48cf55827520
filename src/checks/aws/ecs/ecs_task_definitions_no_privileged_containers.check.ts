import { ECS } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { judgeTaskDefinitions } from './task-definitions.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_privileged_containers',
  scanner: ECS,
  reads: ['taskDefinitions'],
  resource_type: 'AwsEcsTaskDefinition',
  title: 'ECS task definitions run no privileged containers',
  description:
    'The latest ACTIVE revision of each task definition family (ListTaskDefinitionFamilies, DescribeTaskDefinition): a container definition with privileged: true fails, naming the containers.',
  severity: 'high',
  risk: 'A privileged container is root on its host: it sees every device and can escape to the container instance, and from there to the other tasks and the instance role.',
  remediation: {
    text: 'Register a new revision without privileged (grant only the Linux capabilities the container needs, linuxParameters.capabilities.add), and deploy it.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    console: 'ECS → Task definitions → <family> → Create new revision → Container → Privileged off',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
  compliance: { aws_fsbp: ['ECS.4'] },
  *evaluate(snapshot, ctx) {
    yield* judgeTaskDefinitions(snapshot, ctx, {
      offenders: (d) => d.containers.filter((c) => c.privileged).map((c) => c.name),
      fail: (name, privileged) =>
        `task definition ${name} runs privileged containers: ${privileged.join(', ')}`,
      pass: (name) => `no container of task definition ${name} is privileged`,
    });
  },
});
