locals {
  file = jsondecode(file(coalesce(var.role_file, "${path.module}/role.json")))
  # Both shapes Azure uses: the ARM resource ({ properties: { roleName, permissions, assignableScopes } })
  # and the CLI's (`az role definition create`: Name, Actions, …, AssignableScopes).
  definition = try(local.file.properties, local.file)
  permissions = try(local.definition.permissions, [{
    actions        = try(local.definition.Actions, [])
    notActions     = try(local.definition.NotActions, [])
    dataActions    = try(local.definition.DataActions, [])
    notDataActions = try(local.definition.NotDataActions, [])
  }])
  file_scopes = try(local.definition.assignableScopes, local.definition.AssignableScopes, [])
  # A generated file cannot know the tenant's ids: placeholders such as "/subscriptions/{subscriptionId}" are replaced.
  assignable_scopes = var.assignable_scopes != null ? var.assignable_scopes : (length([for s in local.file_scopes : s if !strcontains(s, "{")]) > 0 ? local.file_scopes : [var.scope])
}

resource "azurerm_role_definition" "scan" {
  name              = try(local.definition.roleName, local.definition.Name)
  scope             = var.scope
  description       = try(local.definition.description, local.definition.Description, "CloudDiagnoze read-only scan role")
  assignable_scopes = local.assignable_scopes

  dynamic "permissions" {
    for_each = local.permissions
    content {
      actions          = try(permissions.value.actions, [])
      not_actions      = try(permissions.value.notActions, [])
      data_actions     = try(permissions.value.dataActions, [])
      not_data_actions = try(permissions.value.notDataActions, [])
    }
  }
}

resource "azurerm_role_assignment" "scan" {
  scope              = var.scope
  role_definition_id = azurerm_role_definition.scan.role_definition_resource_id
  principal_id       = var.principal_id
}
