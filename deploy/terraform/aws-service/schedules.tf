# Scheduled scans: EventBridge Scheduler runs a one-off task of the same image that submits the scan
# to the API, exactly as any client would (the API validates, records and queues it; the workers run it).
locals {
  submit_script = <<-EOT
    const key = process.env.CLOUDDIAGNOZE_API_KEYS.split(',')[0].split(':')[0].trim();
    const response = await fetch(process.env.CLOUDDIAGNOZE_API_URL + '/api/v1/scans', {
      method: 'POST',
      headers: { authorization: 'Bearer ' + key, 'content-type': 'application/json' },
      body: process.env.SCAN_REQUEST,
    });
    console.log(response.status, await response.text());
    process.exit(response.status === 202 ? 0 : 1);
  EOT
  schedules     = length(var.scheduled_scans) > 0
}

resource "aws_security_group" "submit" {
  count       = local.schedules ? 1 : 0
  name        = "${var.name}-submit"
  description = "CloudDiagnoze scheduled scan submission"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_egress_rule" "submit" {
  count             = local.schedules ? 1 : 0
  security_group_id = aws_security_group.submit[0].id
  description       = "The API load balancer, Secrets Manager, ECR and CloudWatch Logs"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "submit_http" {
  count                        = local.schedules && !local.https ? 1 : 0
  security_group_id            = aws_security_group.submit[0].id
  description                  = "The API load balancer"
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
}

resource "aws_vpc_security_group_ingress_rule" "alb_from_submit" {
  count                        = local.schedules ? 1 : 0
  security_group_id            = aws_security_group.alb.id
  description                  = "Scheduled scan submission"
  referenced_security_group_id = aws_security_group.submit[0].id
  ip_protocol                  = "tcp"
  from_port                    = local.https ? 443 : 80
  to_port                      = local.https ? 443 : 80
}

resource "aws_ecs_task_definition" "submit" {
  count                    = local.schedules ? 1 : 0
  family                   = "${var.name}-submit"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.api.arn

  container_definitions = jsonencode([{
    name                   = "submit"
    image                  = var.image
    essential              = true
    entryPoint             = ["node", "--input-type=module", "-e", local.submit_script]
    user                   = "10001:10001"
    readonlyRootFilesystem = true
    environment            = [{ name = "CLOUDDIAGNOZE_API_URL", value = local.api_url }]
    secrets                = [{ name = "CLOUDDIAGNOZE_API_KEYS", valueFrom = aws_secretsmanager_secret.app["CLOUDDIAGNOZE_API_KEYS"].arn }]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.task["api"].name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "submit"
      }
    }
  }])

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  tags = var.tags
}

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  count              = local.schedules ? 1 : 0
  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "scheduler" {
  count = local.schedules ? 1 : 0

  statement {
    sid       = "RunTheSubmitTask"
    actions   = ["ecs:RunTask"]
    resources = [aws_ecs_task_definition.submit[0].arn_without_revision, "${aws_ecs_task_definition.submit[0].arn_without_revision}:*"]

    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.main.arn]
    }
  }

  statement {
    sid       = "PassTheTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.api.arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  count  = local.schedules ? 1 : 0
  name   = "run-submit-task"
  role   = aws_iam_role.scheduler[0].id
  policy = data.aws_iam_policy_document.scheduler[0].json
}

resource "aws_scheduler_schedule" "scan" {
  for_each                     = var.scheduled_scans
  name                         = "${var.name}-${each.key}"
  schedule_expression          = each.value.schedule
  schedule_expression_timezone = each.value.timezone

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_ecs_cluster.main.arn
    role_arn = aws_iam_role.scheduler[0].arn
    input = jsonencode({
      containerOverrides = [{
        name        = "submit"
        environment = [{ name = "SCAN_REQUEST", value = jsonencode(each.value.request) }]
      }]
    })

    ecs_parameters {
      task_definition_arn = aws_ecs_task_definition.submit[0].arn
      launch_type         = "FARGATE"

      network_configuration {
        subnets          = var.private_subnet_ids
        security_groups  = [aws_security_group.submit[0].id]
        assign_public_ip = false
      }
    }

    retry_policy {
      maximum_retry_attempts = 3
    }
  }
}
