output "api_url" {
  description = "The API's base URL (the load balancer's DNS name; point your own name at it for HTTPS)."
  value       = local.api_url
}

output "worker_role_arn" {
  description = "The workers' task role: the principal every scan role trusts (trusted_principal_arns / TrustedPrincipalArns)."
  value       = aws_iam_role.worker.arn
}

output "admin_api_key_secret_arn" {
  description = "The Secrets Manager secret holding the seed admin API key (`cdz_…:*`; the key is the part before the colon)."
  value       = aws_secretsmanager_secret.app["CLOUDDIAGNOZE_API_KEYS"].arn
}

output "cluster_name" {
  description = "The ECS cluster."
  value       = aws_ecs_cluster.main.name
}

output "log_groups" {
  description = "CloudWatch Logs groups of the API and the workers."
  value       = { for role, group in aws_cloudwatch_log_group.task : role => group.name }
}

output "database_endpoint" {
  description = "The RDS PostgreSQL endpoint."
  value       = aws_db_instance.main.endpoint
}
