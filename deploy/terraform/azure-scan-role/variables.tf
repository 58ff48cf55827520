variable "role_file" {
  description = "The custom role definition, as `clouddiagnoze policy --provider azure [--services …]` prints it (role definition JSON with assignableScopes). Default: role.json beside this module."
  type        = string
  default     = null
}

variable "scope" {
  description = "Where the role is defined and granted: a management group (/providers/Microsoft.Management/managementGroups/<id>) or a subscription (/subscriptions/<id>)."
  type        = string

  validation {
    condition     = can(regex("^/(subscriptions/[0-9a-fA-F-]{36}|providers/Microsoft.Management/managementGroups/[^/]+)$", var.scope))
    error_message = "scope must be /subscriptions/<id> or /providers/Microsoft.Management/managementGroups/<id>."
  }
}

variable "assignable_scopes" {
  description = "Where the role may be assigned. Default: the file's assignableScopes when it names real scopes, else [scope]."
  type        = list(string)
  default     = null
}

variable "principal_id" {
  description = "Object id of the identity CloudDiagnoze runs as (a service principal or a managed identity)."
  type        = string
}
