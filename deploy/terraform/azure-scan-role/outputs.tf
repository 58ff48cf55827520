output "role_definition_id" {
  description = "The custom role's resource id."
  value       = azurerm_role_definition.scan.role_definition_resource_id
}
