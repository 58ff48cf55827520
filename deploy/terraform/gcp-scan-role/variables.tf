variable "role_file" {
  description = "The custom role, as `clouddiagnoze policy --provider gcp [--services …]` prints it (the YAML of `gcloud iam roles create --file`). Default: role.yaml beside this module."
  type        = string
  default     = null
}

variable "role_id" {
  description = "Id of the custom role (letters, digits, underscores and dots)."
  type        = string
  default     = "cloudDiagnozeScan"
}

variable "organization_id" {
  description = "Scan a whole organization: the role is created in it and granted on it. Exactly one of organization_id and project_id."
  type        = string
  default     = null
}

variable "project_id" {
  description = "Scan one project: the role is created in it and granted on it."
  type        = string
  default     = null
}

variable "service_account_project" {
  description = "The project that holds the scanning service account."
  type        = string
}

variable "service_account_id" {
  description = "Account id of the scanning service account."
  type        = string
  default     = "clouddiagnoze-scan"
}

variable "aws_workload_identity" {
  description = "Let CloudDiagnoze workers running on AWS (aws-service) impersonate the service account without a key, through workload identity federation: the AWS account and the workers' role name."
  type = object({
    aws_account_id   = string
    worker_role_name = string
    pool_id          = optional(string, "clouddiagnoze")
  })
  default = null
}
