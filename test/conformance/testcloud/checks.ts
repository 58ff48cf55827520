import type { CheckPack } from '../../../src/core/index.js';
import { defineCheck } from '../../../src/checks/define.js';
import { WIDGETS, widgetId } from './provider.js';

const widgetsEncrypted = defineCheck({
  id: 'widgets_encrypted',
  scanner: WIDGETS,
  reads: ['project', 'region', 'widgets', 'encryption'],
  resource_type: 'widget',
  title: 'Widgets are encrypted',
  description: 'Every widget encrypts its contents.',
  severity: 'high',
  risk: 'An unencrypted widget exposes its contents to whoever reads its disk.',
  remediation: { text: 'Turn on encryption for the widget.' },
  compliance: { testcloud_bench_1_0: ['1.1'] },
  *evaluate(snapshot) {
    for (const w of snapshot.widgets) {
      const resource_id = widgetId(snapshot.project, snapshot.region, w.name);
      if (snapshot.encryption.state !== 'available') {
        yield {
          resource_id,
          status: 'ERROR',
          reason: `encryption could not be read: ${snapshot.encryption.call} was denied (${snapshot.encryption.code})`,
        };
      } else if (snapshot.encryption.value[w.name]) {
        yield { resource_id, status: 'PASS', reason: `widget ${w.name} is encrypted` };
      } else {
        yield { resource_id, status: 'FAIL', reason: `widget ${w.name} is not encrypted` };
      }
    }
  },
});

export const TESTCLOUD_CHECK_PACK: CheckPack = {
  provider: 'testcloud',
  checks: [widgetsEncrypted],
  frameworks: [
    {
      id: 'testcloud_bench_1_0',
      name: 'Test cloud benchmark',
      version: '1.0',
      provider: 'testcloud',
      url: 'https://example.invalid/benchmark',
      controls: [
        { id: '1.1', title: 'Widgets are encrypted', section: 'Storage', automated: true },
        { id: '1.2', title: 'Widgets are reviewed', section: 'Storage', automated: false },
      ],
    },
  ],
};
