variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "clouddiagnoze"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2 to 31 lower-case letters, digits and dashes, starting with a letter."
  }
}

variable "image" {
  description = "The CloudDiagnoze image (built from the repository's Dockerfile), e.g. 111111111111.dkr.ecr.eu-west-1.amazonaws.com/clouddiagnoze:0.1.0."
  type        = string
}

variable "vpc_id" {
  description = "The VPC to run in."
  type        = string
}

variable "public_subnet_ids" {
  description = "Subnets of the API's load balancer (two or more availability zones)."
  type        = list(string)
}

variable "private_subnet_ids" {
  description = "Subnets of the tasks, the database and Redis (two or more availability zones, with a route to the AWS APIs: a NAT gateway or VPC endpoints)."
  type        = list(string)
}

variable "allowed_cidrs" {
  description = "Who may reach the API's load balancer."
  type        = list(string)
  default     = []
}

variable "internal_load_balancer" {
  description = "Keep the API's load balancer inside the VPC."
  type        = bool
  default     = true
}

variable "certificate_arn" {
  description = "ACM certificate for HTTPS on the load balancer. Without it the API is served over plain HTTP (keep it internal then)."
  type        = string
  default     = null
}

variable "api_domain_name" {
  description = "Your DNS name for the API (an alias of the load balancer, matching certificate_arn). Used in api_url and by the scheduled scans; default: the load balancer's own name."
  type        = string
  default     = null
}

variable "scheduled_scans" {
  description = <<-EOT
    Scans submitted on a schedule (EventBridge Scheduler runs a small task that POSTs the request to /api/v1/scans
    with the seed admin key). Key: a name; schedule: an EventBridge Scheduler expression such as
    "cron(0 3 * * ? *)"; request: the body of POST /api/v1/scans (README, API).
  EOT
  type = map(object({
    schedule = string
    timezone = optional(string, "UTC")
    request  = any
  }))
  default = {}
}

variable "scan_role_arns" {
  description = "The roles the workers may assume: the scan roles of the accounts (deploy/terraform/aws-scan-role, the StackSet) and, for an organization, the management role. Wildcards are allowed in the account field."
  type        = list(string)
  default     = ["arn:aws:iam::*:role/CloudDiagnozeScan"]

  validation {
    condition     = length(var.scan_role_arns) > 0 && alltrue([for arn in var.scan_role_arns : can(regex("^arn:aws[a-z-]*:iam::([0-9]{12}|\\*):role/", arn))])
    error_message = "scan_role_arns must list IAM role ARNs, e.g. arn:aws:iam::*:role/CloudDiagnozeScan."
  }
}

variable "api_count" {
  description = "API tasks."
  type        = number
  default     = 2
}

variable "worker_count" {
  description = "Worker tasks."
  type        = number
  default     = 2
}

variable "api_cpu" {
  description = "CPU units of an API task (256 = a quarter vCPU)."
  type        = number
  default     = 512
}

variable "api_memory" {
  description = "Memory (MiB) of an API task."
  type        = number
  default     = 1024
}

variable "worker_cpu" {
  description = "CPU units of a worker task."
  type        = number
  default     = 1024
}

variable "worker_memory" {
  description = "Memory (MiB) of a worker task."
  type        = number
  default     = 2048
}

variable "worker_concurrency" {
  description = "Scan units a worker runs at once (CLOUDDIAGNOZE_WORKER_CONCURRENCY)."
  type        = number
  default     = 4
}

variable "cpu_architecture" {
  description = "X86_64 or ARM64, as the image was built."
  type        = string
  default     = "X86_64"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "RDS storage (GiB); it grows up to db_max_allocated_storage."
  type        = number
  default     = 50
}

variable "db_max_allocated_storage" {
  description = "Upper bound of RDS storage autoscaling (GiB)."
  type        = number
  default     = 500
}

variable "db_engine_version" {
  description = "PostgreSQL major version."
  type        = string
  default     = "16"
}

variable "db_multi_az" {
  description = "A standby database in a second availability zone."
  type        = bool
  default     = true
}

variable "db_backup_retention_days" {
  description = "Automated backups kept (days)."
  type        = number
  default     = 7
}

variable "db_ssl_mode" {
  description = "sslmode of DATABASE_URL. RDS enforces TLS; `no-verify` encrypts without checking the server certificate (the image carries no RDS CA bundle). Put the bundle in the image and use `verify-full&sslrootcert=/path` to verify it."
  type        = string
  default     = "no-verify"
}

variable "deletion_protection" {
  description = "Protect the database and the load balancer from deletion."
  type        = bool
  default     = true
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "redis_nodes" {
  description = "Redis nodes: one primary and (count - 1) replicas; two or more gives automatic failover."
  type        = number
  default     = 2
}

variable "redis_engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "log_retention_days" {
  description = "CloudWatch Logs retention."
  type        = number
  default     = 30
}

variable "log_level" {
  description = "LOG_LEVEL of the tasks."
  type        = string
  default     = "info"
}

variable "opsteamize_url" {
  description = "OPSTEAMIZE_URL: the aggregator the events are sent to (null: none)."
  type        = string
  default     = null
}

variable "sink_secret_arns" {
  description = "Secrets Manager secrets of the sinks' tokens, by environment variable, e.g. { OPSTEAMIZE_TOKEN = \"arn:aws:secretsmanager:…:secret:clouddiagnoze/opsteamize-token-AbCdEf\" }. Created by you, so a token never enters the Terraform state."
  type        = map(string)
  default     = {}
}

variable "extra_environment" {
  description = "More environment variables of the API and the workers (not secrets), e.g. CLOUDDIAGNOZE_SINKS."
  type        = map(string)
  default     = {}
}

variable "tags" {
  description = "Tags of every resource."
  type        = map(string)
  default     = {}
}
