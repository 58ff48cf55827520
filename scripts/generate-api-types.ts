import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, formattedApiTypes } from './api-types.js';

writeFileSync(API_TYPES_FILE, await formattedApiTypes());
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
