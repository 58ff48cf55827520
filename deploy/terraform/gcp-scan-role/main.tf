locals {
  # gcloud's role file: title, description, stage, includedPermissions.
  role = yamldecode(file(coalesce(var.role_file, "${path.module}/role.yaml")))

  organization_scope = var.organization_id != null
  role_name          = local.organization_scope ? google_organization_iam_custom_role.scan[0].name : google_project_iam_custom_role.scan[0].name
  member             = "serviceAccount:${google_service_account.scan.email}"
}

resource "terraform_data" "one_scope" {
  lifecycle {
    precondition {
      condition     = (var.organization_id == null) != (var.project_id == null)
      error_message = "Set exactly one of organization_id and project_id."
    }
  }
}

resource "google_organization_iam_custom_role" "scan" {
  count       = local.organization_scope ? 1 : 0
  org_id      = var.organization_id
  role_id     = var.role_id
  title       = local.role.title
  description = try(local.role.description, "CloudDiagnoze read-only scan role")
  stage       = try(local.role.stage, "GA")
  permissions = local.role.includedPermissions
}

resource "google_project_iam_custom_role" "scan" {
  count       = local.organization_scope ? 0 : 1
  project     = var.project_id
  role_id     = var.role_id
  title       = local.role.title
  description = try(local.role.description, "CloudDiagnoze read-only scan role")
  stage       = try(local.role.stage, "GA")
  permissions = local.role.includedPermissions
}

resource "google_service_account" "scan" {
  project      = var.service_account_project
  account_id   = var.service_account_id
  display_name = "CloudDiagnoze scanner (read-only)"
}

resource "google_organization_iam_member" "scan" {
  count  = local.organization_scope ? 1 : 0
  org_id = var.organization_id
  role   = local.role_name
  member = local.member
}

resource "google_project_iam_member" "scan" {
  count   = local.organization_scope ? 0 : 1
  project = var.project_id
  role    = local.role_name
  member  = local.member
}

resource "google_iam_workload_identity_pool" "aws" {
  count                     = var.aws_workload_identity == null ? 0 : 1
  project                   = var.service_account_project
  workload_identity_pool_id = var.aws_workload_identity.pool_id
  display_name              = "CloudDiagnoze on AWS"
}

resource "google_iam_workload_identity_pool_provider" "aws" {
  count                              = var.aws_workload_identity == null ? 0 : 1
  project                            = var.service_account_project
  workload_identity_pool_id          = google_iam_workload_identity_pool.aws[0].workload_identity_pool_id
  workload_identity_pool_provider_id = "aws"
  attribute_mapping = {
    "google.subject"     = "assertion.arn"
    "attribute.aws_role" = "assertion.arn.extract('assumed-role/{role}/')"
  }
  attribute_condition = "attribute.aws_role == '${var.aws_workload_identity.worker_role_name}'"

  aws {
    account_id = var.aws_workload_identity.aws_account_id
  }
}

resource "google_service_account_iam_member" "aws_workers" {
  count              = var.aws_workload_identity == null ? 0 : 1
  service_account_id = google_service_account.scan.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.aws[0].name}/attribute.aws_role/${var.aws_workload_identity.worker_role_name}"
}
