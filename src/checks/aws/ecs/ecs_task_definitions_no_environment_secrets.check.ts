import { ECS, plainSecretVariables } from '../../../providers/aws/services/ecs/model.js';
import { defineCheck } from '../../define.js';
import { judgeTaskDefinitions } from './task-definitions.js';

export default defineCheck({
  id: 'ecs_task_definitions_no_environment_secrets',
  scanner: ECS,
  reads: ['taskDefinitions'],
  resource_type: 'AwsEcsTaskDefinition',
  title: 'ECS task definitions pass no secrets in plain environment variables',
  description:
    'The latest ACTIVE revision of each task definition family (DescribeTaskDefinition): a plain environment variable named like a credential (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA, *PASSWORD*, *SECRET*, *TOKEN*, *API_KEY*; not *_ARN, *_NAME, *_ID, *_PATH, *_FILE, *_ENDPOINT, *_REGION) fails. Only the names are read into the scan, never the values; variables from `secrets` (Secrets Manager, Parameter Store) pass.',
  severity: 'high',
  risk: 'Plain environment values are stored in the task definition: anyone with ecs:DescribeTaskDefinition (and every revision, forever) reads the credential, and it shows in the console and in DescribeTasks.',
  remediation: {
    text: 'Move the value to Secrets Manager or SSM Parameter Store and reference it from the container’s `secrets` (valueFrom); rotate the exposed credential and deregister the old revisions.',
    cli: 'aws ecs deregister-task-definition --task-definition FAMILY:REVISION',
    console: 'ECS → Task definitions → <family> → Create new revision → Environment → ValueFrom',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  compliance: { aws_fsbp: ['ECS.8'] },
  *evaluate(snapshot, ctx) {
    yield* judgeTaskDefinitions(snapshot, ctx, {
      offenders: plainSecretVariables,
      fail: (name, leaked) =>
        `task definition ${name} passes secrets in plain environment variables: ${leaked.join(', ')}`,
      pass: (name) =>
        `no plain environment variable of task definition ${name} is named like a secret`,
    });
  },
});
