resource "aws_security_group" "alb" {
  name        = "${var.name}-alb"
  description = "CloudDiagnoze API load balancer"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "alb" {
  for_each          = toset(var.allowed_cidrs)
  security_group_id = aws_security_group.alb.id
  description       = "API clients"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = local.https ? 443 : 80
  to_port           = local.https ? 443 : 80
}

resource "aws_vpc_security_group_ingress_rule" "alb_redirect" {
  for_each          = local.https ? toset(var.allowed_cidrs) : toset([])
  security_group_id = aws_security_group.alb.id
  description       = "HTTP, redirected to HTTPS"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_egress_rule" "alb_to_api" {
  security_group_id            = aws_security_group.alb.id
  description                  = "API tasks"
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
}

resource "aws_security_group" "api" {
  name        = "${var.name}-api"
  description = "CloudDiagnoze API tasks"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "api_from_alb" {
  security_group_id            = aws_security_group.api.id
  description                  = "The load balancer"
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = local.api_port
  to_port                      = local.api_port
}

resource "aws_security_group" "worker" {
  name        = "${var.name}-worker"
  description = "CloudDiagnoze scan workers (no inbound traffic)"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

# Tasks reach the store, Redis, Secrets Manager, ECR, CloudWatch Logs and (workers) the cloud APIs
# they scan, all over TLS or inside the VPC.
resource "aws_vpc_security_group_egress_rule" "tasks" {
  for_each          = { api = aws_security_group.api.id, worker = aws_security_group.worker.id }
  security_group_id = each.value
  description       = "Outbound"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_security_group" "database" {
  name        = "${var.name}-database"
  description = "CloudDiagnoze PostgreSQL"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_security_group" "redis" {
  name        = "${var.name}-redis"
  description = "CloudDiagnoze Redis"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "database" {
  for_each                     = { api = aws_security_group.api.id, worker = aws_security_group.worker.id }
  security_group_id            = aws_security_group.database.id
  description                  = "CloudDiagnoze ${each.key} tasks"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  for_each                     = { api = aws_security_group.api.id, worker = aws_security_group.worker.id }
  security_group_id            = aws_security_group.redis.id
  description                  = "CloudDiagnoze ${each.key} tasks"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
}
