data "aws_secretsmanager_random_password" "secret_key" {
  # 43 base64url characters: the 32 bytes of CLOUDDIAGNOZE_SECRET_KEY.
  password_length     = 43
  exclude_punctuation = true
}

data "aws_secretsmanager_random_password" "api_key" {
  password_length     = 43
  exclude_punctuation = true
}

locals {
  generated_secrets = {
    DATABASE_URL             = "postgres://${aws_db_instance.main.username}:${data.aws_secretsmanager_random_password.database.random_password}@${aws_db_instance.main.endpoint}/${aws_db_instance.main.db_name}?sslmode=${var.db_ssl_mode}"
    REDIS_URL                = "rediss://:${data.aws_secretsmanager_random_password.redis.random_password}@${aws_elasticache_replication_group.main.primary_endpoint_address}:6379"
    CLOUDDIAGNOZE_SECRET_KEY = data.aws_secretsmanager_random_password.secret_key.random_password
    # The seed admin key (`*`); tenants' keys are created with it (POST /api/v1/keys) and live in the store.
    CLOUDDIAGNOZE_API_KEYS = "cdz_${data.aws_secretsmanager_random_password.api_key.random_password}:*"
  }
  generated_secret_names = toset(["DATABASE_URL", "REDIS_URL", "CLOUDDIAGNOZE_SECRET_KEY", "CLOUDDIAGNOZE_API_KEYS"])

  # Environment variable → secret ARN, per task: the API never needs a sink's token, the workers
  # no API key. Sink tokens are secrets the operator creates; their values never enter this state.
  api_secrets = merge(
    { for name in ["DATABASE_URL", "REDIS_URL", "CLOUDDIAGNOZE_SECRET_KEY", "CLOUDDIAGNOZE_API_KEYS"] : name => aws_secretsmanager_secret.app[name].arn },
    var.sink_secret_arns,
  )
  worker_secrets = merge(
    { for name in ["DATABASE_URL", "REDIS_URL", "CLOUDDIAGNOZE_SECRET_KEY"] : name => aws_secretsmanager_secret.app[name].arn },
    var.sink_secret_arns,
  )
}

resource "aws_secretsmanager_secret" "app" {
  for_each                = local.generated_secret_names
  name                    = "${var.name}/${lower(replace(each.key, "_", "-"))}"
  description             = "CloudDiagnoze ${each.key}"
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "app" {
  for_each      = local.generated_secret_names
  secret_id     = aws_secretsmanager_secret.app[each.key].id
  secret_string = local.generated_secrets[each.key]

  # The random values are drawn once; rotate a secret by putting a new version, then restarting the tasks.
  lifecycle {
    ignore_changes = [secret_string]
  }
}
