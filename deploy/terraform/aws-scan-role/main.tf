locals {
  # The file is used as the CLI prints it; re-encoding only strips the whitespace.
  policy_document = jsonencode(jsondecode(file(coalesce(var.policy_file, "${path.module}/policy.json"))))
}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "CloudDiagnozeAssumeWithExternalId"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = var.trusted_principal_arns
    }

    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

resource "aws_iam_role" "scan" {
  name                 = var.role_name
  path                 = var.role_path
  description          = "CloudDiagnoze read-only scan role"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.max_session_duration
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "read_only" {
  name   = "CloudDiagnozeReadOnly"
  role   = aws_iam_role.scan.id
  policy = local.policy_document
}

data "aws_partition" "current" {
  count = var.organization_management ? 1 : 0
}

# The organization mode's listing calls (ListAccounts, ListAccountsForParent,
# ListOrganizationalUnitsForParent, ListTagsForResource) are not yet among the scanners'
# declarations; AWS's read-only Organizations policy covers them.
resource "aws_iam_role_policy_attachment" "organizations_read_only" {
  count      = var.organization_management ? 1 : 0
  role       = aws_iam_role.scan.name
  policy_arn = "arn:${data.aws_partition.current[0].partition}:iam::aws:policy/AWSOrganizationsReadOnlyAccess"
}

resource "aws_iam_role_policy" "assume_member_roles" {
  count = var.organization_management ? 1 : 0
  name  = "CloudDiagnozeAssumeMemberRoles"
  role  = aws_iam_role.scan.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "AssumeMemberScanRoles"
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = "arn:${data.aws_partition.current[0].partition}:iam::*:role/${var.member_role_name}"
    }]
  })
}
