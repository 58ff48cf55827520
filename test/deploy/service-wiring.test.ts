import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../src/api/test-support.js';
import { buildProgram } from '../../src/cli/main.js';

/*
 * The deployment files name CLI commands, HTTP routes and repository paths; these tests hold them
 * to what the code really has, so renaming a route or a command breaks here, not in production.
 */

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

const DEPLOYMENT_FILES = [
  'deploy/compose.yaml',
  'deploy/terraform/aws-service/ecs.tf',
  'deploy/terraform/aws-service/alb.tf',
];

/** `["serve", "--no-worker"]` and the like: the commands the containers run. */
function containerCommands(text: string): string[][] {
  const commands: string[][] = [];
  for (const line of text.split('\n').filter((l) => /^\s*command\s*[:=]/.test(l))) {
    for (const list of line.matchAll(/\[([^\]]*)\]/g)) {
      const args = [...(list[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
      if (args.length > 0 && !NOT_OURS.includes(args[0] ?? '')) commands.push(args);
    }
  }
  return commands;
}

/** Commands of the other containers and of health checks. */
const NOT_OURS = ['CMD', 'CMD-SHELL', 'redis-server', 'pg_isready'];

describe('the deployment files and the code they run', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api.app.close();
  });

  it('health checks call routes the API answers without a key', async () => {
    const paths = new Set<string>();
    for (const file of DEPLOYMENT_FILES)
      for (const match of read(file).matchAll(/\/(healthz|readyz)\b/g)) paths.add(match[0]);
    expect([...paths].sort()).toEqual(['/healthz', '/readyz']);
    for (const url of paths) {
      const response = await api.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
  });

  it('containers run CLI commands and options that exist', async () => {
    const program = await buildProgram();
    const commands = DEPLOYMENT_FILES.flatMap((file) => containerCommands(read(file)));
    expect(commands).toContainEqual(['serve', '--no-worker']);
    expect(commands).toContainEqual(['worker']);
    for (const [name, ...options] of commands) {
      const command = program.commands.find((c) => c.name() === name);
      expect(command, `clouddiagnoze ${name}`).toBeDefined();
      const known = command?.options.map((o) => o.long) ?? [];
      for (const option of options)
        expect(known, `clouddiagnoze ${name} ${option}`).toContain(option);
    }
  });

  it('the Dockerfile copies only paths that exist and that .dockerignore lets through', () => {
    const dockerfile = read('Dockerfile');
    const ignore = read('.dockerignore');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) =>
      (m[1] ?? '').split(/\s+/),
    );
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'src', 'web', 'bin']));
    for (const path of copied) {
      expect(existsSync(new URL(path, root)), path).toBe(true);
      expect(ignore, `.dockerignore re-includes ${path}`).toMatch(
        new RegExp(`^!${path.replace(/[.*]/g, '\\$&')}(/\\*\\*)?$`, 'm'),
      );
    }
    const entry = /^ENTRYPOINT \["node", "([^"]+)"\]/m.exec(dockerfile)?.[1];
    expect(entry).toBe('bin/clouddiagnoze.js');
    expect(existsSync(new URL(entry ?? '', root))).toBe(true);
    expect(dockerfile).toMatch(/^USER clouddiagnoze:clouddiagnoze$/m);
  });

  it('the scheduled-scan task submits its request to the API and fails on a refusal', async () => {
    const script = /submit_script = <<-EOT\n([\s\S]*?)\n\s*EOT/.exec(
      read('deploy/terraform/aws-service/schedules.tf'),
    )?.[1];
    expect(script).toBeDefined();
    const address = await api.app.listen({ port: 0, host: '127.0.0.1' });
    const key = api.admin.authorization.replace('Bearer ', '');
    const submit = (request: object) =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        // spawnSync would block the event loop the API answers on.
        const child = spawn(process.execPath, ['--input-type=module', '-e', script ?? ''], {
          env: {
            PATH: process.env.PATH,
            CLOUDDIAGNOZE_API_URL: address,
            CLOUDDIAGNOZE_API_KEYS: `${key}:*`,
            SCAN_REQUEST: JSON.stringify(request),
          },
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.once('close', (status) => resolve({ status, stdout }));
      });
    const accepted = await submit({
      provider: 'aws',
      client_id: 'ACME',
      services: ['ec2'],
      regions: ['eu-west-1'],
      auth_mode: { type: 'default' },
    });
    expect(accepted.stdout).toMatch(/^202 \{"scan_id":"[^"]+","status":"QUEUED"\}/);
    expect(accepted.status).toBe(0);
    const scans = await api.store.listScans({ client_id: 'ACME', limit: 10 });
    expect(scans.items.map((scan) => scan.services)).toEqual([['ec2']]);
    const refused = await submit({
      provider: 'aws',
      client_id: 'ACME',
      services: ['nope'],
      auth_mode: { type: 'default' },
    });
    expect(refused.stdout).toMatch(/^400 /);
    expect(refused.status).toBe(1);
  });
});
