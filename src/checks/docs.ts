import { CHECK_SETTINGS, CHECK_THRESHOLDS, type ThresholdDefinition } from './config.js';
import type { Framework } from './compliance/framework.js';
import { checkMetricType, type CheckRegistry } from './registry.js';

const esc = (text: string) => text.replaceAll('|', '\\|');

/** docs/checks.md: the check catalogue, its thresholds and the frameworks' controls. */
export function renderChecksMarkdown(
  registry: CheckRegistry,
  frameworks: readonly Framework[],
): string {
  const checks = registry.all();
  const lines = [
    '# Security checks',
    '',
    '<!-- Generated from the check registry by `npm run docs`; do not edit by hand. -->',
    '',
    `${checks.length} checks. Each evaluates the snapshot a scanner already collected (no extra cloud`,
    'call) and yields one result per resource as the event `aws.security.<service>.<check_id>`, whose',
    'value is `{status, severity, title, reason, remediation, compliance, resource_type}`; `status` is',
    '`PASS`, `FAIL`, `MANUAL` or `ERROR` (the data could not be read: the reason names the permission).',
    '',
    'Choose what runs with `options.checks`, `options.exclude_checks`, `options.severity` and',
    '`options.frameworks` (CLI: `--checks`, `--exclude-checks`, `--severity`, `--framework`).',
    '',
    '## Thresholds',
    '',
    'Set per scan in `options.check_config`.',
    '',
    '| setting | default | range | meaning |',
    '| --- | --- | --- | --- |',
  ];
  for (const [name, t] of Object.entries(CHECK_THRESHOLDS) as [string, ThresholdDefinition][]) {
    lines.push(`| \`${name}\` | ${t.default} | ${t.min}–${t.max} | ${esc(t.description)} |`);
  }
  lines.push('', 'List settings, also in `options.check_config`:', '');
  lines.push('| setting | meaning |', '| --- | --- |');
  for (const [name, setting] of Object.entries(CHECK_SETTINGS)) {
    lines.push(`| \`${name}\` | ${esc(setting.description)} |`);
  }
  lines.push('');

  const services = [...new Set(checks.map((c) => `${c.provider}.${c.service}`))];
  for (const key of services) {
    lines.push(
      `## ${key}`,
      '',
      '| check | severity | title | compliance |',
      '| --- | --- | --- | --- |',
    );
    for (const c of checks.filter((c) => `${c.provider}.${c.service}` === key)) {
      const mapped = Object.entries(c.compliance)
        .filter(([, ids]) => ids.length > 0)
        .map(([f, ids]) => `${f}: ${ids.join(', ')}`)
        .join('<br>');
      lines.push(`| \`${c.id}\` | ${c.severity} | ${esc(c.title)} | ${mapped} |`);
    }
    lines.push('');
  }

  for (const framework of frameworks) {
    const automated = framework.controls.filter((c) => c.automated);
    const mappedTo = (id: string) =>
      checks.filter((c) => c.compliance[framework.id]?.includes(id)).map((c) => c.id);
    const covered = automated.filter((c) => mappedTo(c.id).length > 0);
    lines.push(
      `## ${framework.name} ${framework.version} (\`${framework.id}\`)`,
      '',
      `${framework.controls.length} controls, ${automated.length} automated; ${covered.length} of the automated ones have checks.` +
        ' Manual controls are reported `MANUAL`.',
      '',
      '| control | section | assessment | title | checks |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const control of framework.controls) {
      const ids = mappedTo(control.id);
      lines.push(
        `| ${control.id} | ${esc(control.section)} | ${control.automated ? 'automated' : 'manual'} | ${esc(control.title)} | ${ids.map((id) => `\`${id}\``).join(', ')} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Metric types',
    '',
    'Every check is one entry of the metric catalogue (value type `object`):',
    '',
    ...checks.map((c) => `- \`${checkMetricType(c)}\``),
    '',
  );
  return lines.join('\n');
}
