locals {
  api_port = 8080
  https    = var.certificate_arn != null
  api_url  = "${local.https ? "https" : "http"}://${coalesce(var.api_domain_name, aws_lb.api.dns_name)}"

  environment = merge(
    {
      HOST                             = "0.0.0.0"
      PORT                             = tostring(local.api_port)
      LOG_LEVEL                        = var.log_level
      CLOUDDIAGNOZE_WORKER_CONCURRENCY = tostring(var.worker_concurrency)
      AWS_REGION                       = data.aws_region.current.name
    },
    var.opsteamize_url == null ? {} : { OPSTEAMIZE_URL = var.opsteamize_url },
    var.extra_environment,
  )
  # The worker scans on Node's main thread: 4 MiB semi-spaces, as `serve` gives its data-plane
  # thread, keep a 100,000-resource region under 250 MB (bench/README.md, memory-synthetic).
  worker_environment = merge(
    { NODE_OPTIONS = "--max-semi-space-size=4" },
    local.environment,
  )

  container = {
    for role in ["api", "worker"] : role => {
      name      = role
      image     = var.image
      essential = true
      command   = role == "api" ? ["serve", "--no-worker"] : ["worker"]
      environment = [
        for key, value in(role == "worker" ? local.worker_environment : local.environment) : { name = key, value = value }
      ]
      secrets = [
        for key, arn in(role == "api" ? local.api_secrets : local.worker_secrets) : { name = key, valueFrom = arn }
      ]
      readonlyRootFilesystem = true
      mountPoints            = [{ sourceVolume = "data", containerPath = "/data", readOnly = false }]
      user                   = "10001:10001"
      portMappings           = role == "api" ? [{ containerPort = local.api_port, protocol = "tcp" }] : []
      # The worker serves no HTTP; ECS replaces it when the process exits.
      healthCheck = role == "api" ? {
        command     = ["CMD", "node", "-e", "fetch('http://127.0.0.1:${local.api_port}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
        interval    = 15
        timeout     = 5
        retries     = 3
        startPeriod = 30
      } : null
      # A worker hands its running unit back to the queue on SIGTERM (README: worker shutdown).
      stopTimeout = role == "worker" ? 120 : 30
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.task[role].name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = role
        }
      }
    }
  }
}

resource "aws_cloudwatch_log_group" "task" {
  for_each          = toset(["api", "worker"])
  name              = "/${var.name}/${each.key}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_ecs_cluster" "main" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = var.tags
}

resource "aws_ecs_task_definition" "task" {
  for_each                 = local.container
  family                   = "${var.name}-${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.key == "api" ? var.api_cpu : var.worker_cpu
  memory                   = each.key == "api" ? var.api_memory : var.worker_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = each.key == "api" ? aws_iam_role.api.arn : aws_iam_role.worker.arn
  container_definitions    = jsonencode([{ for key, value in each.value : key => value if value != null }])

  # The data directory holds nothing that must outlive a task (the store is PostgreSQL, the
  # sealing key comes from Secrets Manager): task-local storage is enough.
  volume {
    name = "data"
  }

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  tags = var.tags
}

resource "aws_ecs_service" "api" {
  name                              = "${var.name}-api"
  cluster                           = aws_ecs_cluster.main.id
  task_definition                   = aws_ecs_task_definition.task["api"].arn
  desired_count                     = var.api_count
  launch_type                       = "FARGATE"
  health_check_grace_period_seconds = 60
  propagate_tags                    = "SERVICE"

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.api.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = local.api_port
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  depends_on = [aws_lb_listener.api]
  tags       = var.tags
}

resource "aws_ecs_service" "worker" {
  name            = "${var.name}-worker"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.task["worker"].arn
  desired_count   = var.worker_count
  launch_type     = "FARGATE"
  propagate_tags  = "SERVICE"

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.worker.id]
    assign_public_ip = false
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  tags = var.tags
}
