# The scan role in every member account of an AWS Organization, through a service-managed StackSet.
# StackSets never deploy to the management account itself: apply ../aws-scan-role there.
locals {
  template = jsondecode(file(coalesce(var.template_file, "${path.module}/aws-scan-role.json")))
  role     = local.template.Resources.ScanRole
  # A service selection's policy (`clouddiagnoze policy --services …`) replaces the template's full one.
  narrowed = var.policy_file == null ? null : merge(local.template, {
    Resources = merge(local.template.Resources, {
      ScanRole = merge(local.role, {
        Properties = merge(local.role.Properties, {
          Policies = [{ PolicyName = "CloudDiagnozeReadOnly", PolicyDocument = jsondecode(file(var.policy_file)) }]
        })
      })
    })
  })
  template_body = var.policy_file == null ? jsonencode(local.template) : jsonencode(local.narrowed)
}

resource "aws_cloudformation_stack_set" "scan_role" {
  name             = var.stack_set_name
  description      = "CloudDiagnoze read-only scan role"
  permission_model = "SERVICE_MANAGED"
  call_as          = var.call_as
  capabilities     = ["CAPABILITY_NAMED_IAM"]
  template_body    = local.template_body

  parameters = {
    RoleName             = var.role_name
    TrustedPrincipalArns = join(",", var.trusted_principal_arns)
    ExternalId           = var.external_id
    MaxSessionDuration   = tostring(var.max_session_duration)
  }

  auto_deployment {
    enabled                          = true
    retain_stacks_on_account_removal = false
  }

  operation_preferences {
    failure_tolerance_percentage = 10
    max_concurrent_percentage    = 25
  }

  managed_execution {
    active = true
  }

  lifecycle {
    ignore_changes = [administration_role_arn]
  }
}

resource "aws_cloudformation_stack_set_instance" "scan_role" {
  stack_set_name = aws_cloudformation_stack_set.scan_role.name
  call_as        = var.call_as
  region         = var.region

  deployment_targets {
    organizational_unit_ids = var.organizational_unit_ids
  }

  operation_preferences {
    failure_tolerance_percentage = 10
    max_concurrent_percentage    = 25
  }
}
