data "aws_partition" "current" {}
data "aws_region" "current" {}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# The execution role: ECS pulls the image, writes the logs and reads the tasks' secrets with it.
resource "aws_iam_role" "execution" {
  name               = "${var.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "read_secrets" {
  statement {
    sid       = "TaskSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = distinct(concat(values(local.api_secrets), values(local.worker_secrets)))
  }
}

resource "aws_iam_role_policy" "execution_secrets" {
  name   = "task-secrets"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.read_secrets.json
}

# The API never calls a cloud (DESIGN §1): its task role grants nothing.
resource "aws_iam_role" "api" {
  name               = "${var.name}-api"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = var.tags
}

# The workers' only right: assuming the scan roles. Everything a scan reads, it reads through them.
resource "aws_iam_role" "worker" {
  name               = "${var.name}-worker"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "assume_scan_roles" {
  statement {
    sid       = "AssumeScanRoles"
    actions   = ["sts:AssumeRole"]
    resources = var.scan_role_arns
  }
}

resource "aws_iam_role_policy" "worker_assume_scan_roles" {
  name   = "assume-scan-roles"
  role   = aws_iam_role.worker.id
  policy = data.aws_iam_policy_document.assume_scan_roles.json
}
