/**
 * What the secretsmanager scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK. pricing:GetProducts: a secret's monthly price, with options.cost
 * and an unused secret only.
 */
export const SECRETSMANAGER_PERMISSIONS = [
  'secretsmanager:ListSecrets',
  'pricing:GetProducts',
] as const;
