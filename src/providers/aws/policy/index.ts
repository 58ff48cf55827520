/** The IAM policy language, pure: importable by the AWS extractors and by the checks. */
export * from './conditions.js';
export * from './document.js';
export * from './evaluate.js';
export * from './principals.js';
export * from './s3-access.js';
export { wildcardMatch } from './values.js';
export * from './iam-admin.js';
