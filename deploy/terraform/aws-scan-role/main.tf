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
