import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MIRROR_CONFIG = join(REPO_ROOT, 'deploy/terraform/mirror.tfrc');

/** Why terraform cannot run the AWS modules here, or null when it can. */
export function terraformUnavailable(): string | null {
  const probe = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (probe.error) return 'terraform is not installed';
  const mirror = /path\s*=\s*"([^"]+)"/.exec(readFileSync(MIRROR_CONFIG, 'utf8'))?.[1] ?? '';
  if (!existsSync(join(mirror, 'registry.terraform.io/hashicorp/aws')))
    return `the AWS provider is not in the local mirror ${mirror}`;
  return null;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * terraform in `dir`, providers from the local mirror only, its own data directory and plugin
 * cache, never prompting; a failing command throws with its output.
 */
export function terraformIn(dir: string): (command: string, ...args: string[]) => Promise<string> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    TF_CLI_CONFIG_FILE: MIRROR_CONFIG,
    TF_DATA_DIR: join(dir, '.terraform'),
    TF_PLUGIN_CACHE_DIR: join(dir, 'plugin-cache'),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
  };
  mkdirSync(join(dir, 'plugin-cache'), { recursive: true });
  return async (command, ...args) => {
    const input = command === 'output' || command === 'show' ? [] : ['-input=false'];
    const result = await run('terraform', [command, '-no-color', ...input, ...args], {
      cwd: dir,
      env,
    });
    if (result.code !== 0)
      throw new Error(`terraform ${command} failed:\n${result.stderr}${result.stdout}`);
    return result.stdout;
  };
}
