output "stack_set_id" {
  description = "The StackSet."
  value       = aws_cloudformation_stack_set.scan_role.stack_set_id
}

output "member_role_name" {
  description = "The role name to pass as the scan's member_role_name."
  value       = var.role_name
}
