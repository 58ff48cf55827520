output "service_account_email" {
  description = "The service account CloudDiagnoze scans as."
  value       = google_service_account.scan.email
}

output "role_name" {
  description = "The custom role's full name."
  value       = local.role_name
}

output "workload_identity_provider" {
  description = "The workload identity provider of the AWS workers (for their credential configuration), when enabled."
  value       = var.aws_workload_identity == null ? null : google_iam_workload_identity_pool_provider.aws[0].name
}
