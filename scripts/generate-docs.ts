import { writeFileSync } from 'node:fs';
import { deployFiles } from '../deploy/generate.js';
import { API_TYPES_FILE, formattedApiTypes } from './api-types.js';
import { CHECKS, FRAMEWORKS } from '../src/checks/index.js';
import { renderChecksMarkdown } from '../src/checks/docs.js';
import { renderCatalogueMarkdown } from '../src/core/index.js';
import { renderPolicy } from '../src/scanning/permissions.js';
import { ScannerRegistry } from '../src/scanning/registry.js';

const registry = new ScannerRegistry();
writeFileSync('docs/metrics.md', renderCatalogueMarkdown(registry.catalogue));
writeFileSync('docs/aws-scan-policy.json', renderPolicy(registry, 'aws'));
writeFileSync('docs/checks.md', renderChecksMarkdown(CHECKS, FRAMEWORKS));
const deploy = deployFiles(registry);
for (const [file, content] of Object.entries(deploy)) writeFileSync(file, content);
writeFileSync(API_TYPES_FILE, await formattedApiTypes());
process.stdout.write(
  `wrote docs/metrics.md, docs/aws-scan-policy.json, docs/checks.md, ${API_TYPES_FILE} and ${Object.keys(deploy).join(', ')}\n`,
);
