export type { Control, Framework } from '../../core/index.js';
