output "role_arn" {
  description = "The role's ARN: the scan's role_arn (--role-arn)."
  value       = aws_iam_role.scan.arn
}

output "role_name" {
  description = "The role's name: the organization mode's member_role_name."
  value       = aws_iam_role.scan.name
}

output "policy_actions" {
  description = "The actions the role allows."
  value       = flatten([for statement in jsondecode(local.policy_document).Statement : statement.Action])
}
