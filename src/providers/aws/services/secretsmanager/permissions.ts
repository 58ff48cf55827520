/**
 * What the secretsmanager scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const SECRETSMANAGER_PERMISSIONS = ['secretsmanager:ListSecrets'] as const;
