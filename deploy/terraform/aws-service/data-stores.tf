# Passwords are drawn by Secrets Manager (no random provider needed); the data source draws a new
# one at every plan, so the secret versions ignore later draws and keep the first.
data "aws_secretsmanager_random_password" "database" {
  password_length     = 40
  exclude_punctuation = true
}

data "aws_secretsmanager_random_password" "redis" {
  password_length     = 64
  exclude_punctuation = true
}

resource "aws_db_subnet_group" "main" {
  name       = var.name
  subnet_ids = var.private_subnet_ids
  tags       = var.tags
}

resource "aws_db_instance" "main" {
  identifier                   = var.name
  engine                       = "postgres"
  engine_version               = var.db_engine_version
  instance_class               = var.db_instance_class
  allocated_storage            = var.db_allocated_storage
  max_allocated_storage        = var.db_max_allocated_storage
  storage_type                 = "gp3"
  storage_encrypted            = true
  db_name                      = "clouddiagnoze"
  username                     = "clouddiagnoze"
  password                     = data.aws_secretsmanager_random_password.database.random_password
  db_subnet_group_name         = aws_db_subnet_group.main.name
  vpc_security_group_ids       = [aws_security_group.database.id]
  multi_az                     = var.db_multi_az
  publicly_accessible          = false
  backup_retention_period      = var.db_backup_retention_days
  deletion_protection          = var.deletion_protection
  skip_final_snapshot          = !var.deletion_protection
  final_snapshot_identifier    = var.deletion_protection ? "${var.name}-final" : null
  auto_minor_version_upgrade   = true
  copy_tags_to_snapshot        = true
  performance_insights_enabled = true
  tags                         = var.tags

  lifecycle {
    ignore_changes = [password]
  }
}

resource "aws_elasticache_subnet_group" "main" {
  name       = var.name
  subnet_ids = var.private_subnet_ids
  tags       = var.tags
}

resource "aws_elasticache_replication_group" "main" {
  replication_group_id       = var.name
  description                = "CloudDiagnoze job queue (BullMQ)"
  engine                     = "redis"
  engine_version             = var.redis_engine_version
  node_type                  = var.redis_node_type
  num_cache_clusters         = var.redis_nodes
  automatic_failover_enabled = var.redis_nodes > 1
  multi_az_enabled           = var.redis_nodes > 1
  port                       = 6379
  subnet_group_name          = aws_elasticache_subnet_group.main.name
  security_group_ids         = [aws_security_group.redis.id]
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = data.aws_secretsmanager_random_password.redis.random_password
  # BullMQ keeps its jobs in Redis: nothing may be evicted.
  parameter_group_name = aws_elasticache_parameter_group.bullmq.name
  tags                 = var.tags

  lifecycle {
    ignore_changes = [auth_token]
  }
}

resource "aws_elasticache_parameter_group" "bullmq" {
  name   = "${var.name}-bullmq"
  family = "redis${split(".", var.redis_engine_version)[0]}"

  parameter {
    name  = "maxmemory-policy"
    value = "noeviction"
  }

  tags = var.tags
}
