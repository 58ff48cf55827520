import { describe, expect, it } from 'vitest';
import { isSecretLikeName } from '../../../providers/aws/services/ecs/model.js';
import { run, statuses } from '../testing.js';
import {
  all,
  container,
  DENIED,
  hiddenTask,
  sloppyTask,
  snapshot,
  soundTask,
  taskDefinition,
} from './fixtures.js';
import secrets from './ecs_task_definitions_no_environment_secrets.check.js';

describe('ecs_task_definitions_no_environment_secrets', () => {
  it('ecs_task_definitions_no_environment_secrets: fails secrets in plain environment, passes `secrets`, ERROR when unread', () => {
    expect(statuses(secrets, all)).toEqual({
      [soundTask.arn]: 'PASS',
      [sloppyTask.arn]: 'FAIL',
      [hiddenTask.arn]: 'ERROR',
    });
    expect(run(secrets, snapshot([], [sloppyTask]))[0]?.reason).toBe(
      'task definition worker:4 passes secrets in plain environment variables: worker/DB_PASSWORD, worker/AWS_SECRET_ACCESS_KEY',
    );
  });

  it('ecs_task_definitions_no_environment_secrets: knows credential names from pointers to them', () => {
    expect(
      [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'ECS_ENGINE_AUTH_DATA',
        'github_token',
        'STRIPE_APIKEY',
        'SENDGRID_API_KEY',
        'JWT_PRIVATE_KEY',
        'PGPASSWORD',
      ].filter((n) => !isSecretLikeName(n)),
    ).toEqual([]);
    expect(
      [
        'DB_PASSWORD_SECRET_ARN',
        'TOKEN_FILE',
        'SECRET_NAME',
        'DB_SECRET_ID',
        'SECRETS_MANAGER_ENDPOINT',
        'PORT',
        'AWS_REGION',
      ].filter(isSecretLikeName),
    ).toEqual([]);
    const named = taskDefinition('x', [container('app', { environmentNames: ['API_TOKEN'] })]);
    expect(run(secrets, snapshot([], [named])).map((r) => r.status)).toEqual(['FAIL']);
  });

  it('ecs_task_definitions_no_environment_secrets: never PASS when the listing was denied', () => {
    expect(
      run(secrets, snapshot([], DENIED('ecs:ListTaskDefinitionFamilies'))).map((r) => r.status),
    ).toEqual(['ERROR']);
  });
});
