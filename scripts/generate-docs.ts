import { writeFileSync } from 'node:fs';
import { renderCatalogueMarkdown } from '../src/core/index.js';
import { renderIamPolicy } from '../src/scanning/permissions.js';
import { ScannerRegistry } from '../src/scanning/registry.js';

const registry = new ScannerRegistry();
writeFileSync('docs/metrics.md', renderCatalogueMarkdown(registry.catalogue));
writeFileSync('docs/aws-scan-policy.json', renderIamPolicy(registry, 'aws'));
process.stdout.write('wrote docs/metrics.md and docs/aws-scan-policy.json\n');
