/**
 * The API's types, generated from its OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with `npm run docs` (scripts/generate-api-types.ts); a test fails when it is stale.
 */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the store and the queue answer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ready';
              queue: {
                waiting: number;
                active: number;
              };
            };
          };
        };
        /** @description The store or the queue does not answer */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (text exposition format) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List scans, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Only this tenant (a tenant key is pinned to its own) */
          client_id?: string;
          status?: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
          limit?: number;
          /** @description next_cursor of the previous page */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Scan'][];
              next_cursor: string | null;
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description client_id is not the API key’s tenant */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Submit a scan
     * @description Validates the request (provider, services, regions, auth mode), records the scan and queues it. Never calls the cloud: the scan runs on a worker. Nothing is stored when the request is invalid.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Provider id (see GET /api/v1/catalog)
             * @enum {string}
             */
            provider: 'aws' | 'gcp' | 'azure';
            /** @description Services to scan; each must be one of the provider's (see GET /api/v1/catalog) */
            services: (
              | 'ec2'
              | 'vpc'
              | 'rds'
              | 's3'
              | 'iam'
              | 'cloudtrail'
              | 'config'
              | 'kms'
              | 'logs'
              | 'accessanalyzer'
              | 'securityhub'
              | 'ebs'
              | 'efs'
              | 'lambda'
              | 'elbv2'
              | 'dynamodb'
              | 'sqs'
              | 'sns'
              | 'cost'
              | 'guardduty'
              | 'cloudfront'
              | 'secretsmanager'
              | 'acm'
              | 'ecr'
              | 'ecs'
              | 'eks'
              | 'route53'
              | 'apigateway'
              | 'inspector2'
              | 'macie2'
              | 'elasticache'
              | 'redshift'
              | 'wafv2'
              | 'elb'
              | 'opensearch'
              | 'backup'
              | 'compute'
              | 'storage'
              | 'sql'
              | 'logging'
              | 'serviceusage'
              | 'billing'
              | 'dns'
              | 'bigquery'
              | 'network'
              | 'keyvault'
              | 'authorization'
              | 'monitor'
              | 'defender'
            )[];
            /** @description How the workers authenticate to the cloud; secrets are sealed, never stored or shown in clear */
            auth_mode:
              | (
                  | {
                      /** @enum {string} */
                      type: 'default';
                    }
                  | {
                      /** @enum {string} */
                      type: 'profile';
                      profile: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'sts';
                      role_arn: string;
                      external_id?: string;
                      session_name?: string;
                      duration_seconds?: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'web_identity';
                      role_arn: string;
                      web_identity_token_file?: string;
                      session_name?: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'access_keys';
                      access_key_id: string;
                      secret_access_key: string;
                      session_token?: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'organization';
                      /**
                       * @description Credentials of the management or delegated administrator account
                       * @default {
                       *       "type": "default"
                       *     }
                       */
                      management?:
                        | {
                            /** @enum {string} */
                            type: 'default';
                          }
                        | {
                            /** @enum {string} */
                            type: 'profile';
                            profile: string;
                          }
                        | {
                            /** @enum {string} */
                            type: 'sts';
                            role_arn: string;
                            external_id?: string;
                            session_name?: string;
                            duration_seconds?: number;
                          }
                        | {
                            /** @enum {string} */
                            type: 'web_identity';
                            role_arn: string;
                            web_identity_token_file?: string;
                            session_name?: string;
                          }
                        | {
                            /** @enum {string} */
                            type: 'access_keys';
                            access_key_id: string;
                            secret_access_key: string;
                            session_token?: string;
                          };
                      /**
                       * @description The role assumed in each member account
                       * @default OrganizationAccountAccessRole
                       */
                      member_role_name?: string;
                      /** @description ExternalId the member role requires */
                      external_id?: string;
                      session_name?: string;
                      duration_seconds?: number;
                      /** @description Only these accounts */
                      account_ids?: string[];
                      /** @description Only accounts under these organizational units, at any depth */
                      ou_ids?: string[];
                      /** @description Only accounts carrying every one of these tags (key → value) */
                      tags?: {
                        [key: string]: string;
                      };
                      /**
                       * @description Scan the account of the management credentials too
                       * @default true
                       */
                      include_management?: boolean;
                    }
                )
              | (
                  | {
                      /** @enum {string} */
                      type: 'adc';
                      /** @description The project to scan (default: the credentials’ project) */
                      project_id?: string;
                      /** @description Only these projects */
                      project_ids?: string[];
                      /** @description Projects under these folders, at any depth */
                      folder_ids?: string[];
                      /** @description Every project of the organization */
                      organization_id?: string;
                      /** @description Only projects carrying every one of these labels (key → value) */
                      labels?: {
                        [key: string]: string;
                      };
                      /** @description The Cloud Billing BigQuery export table to read monthly costs from (with options.cost) */
                      billing_export_table?: string;
                      /** @description Cap on the bytes the billing export query may bill (default 10 GiB) */
                      billing_max_bytes_billed?: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'service_account_key';
                      /** @description Path of a service-account key JSON file */
                      key_file?: string;
                      /** @description The service-account key JSON itself (a secret) */
                      credentials_json?: string;
                      /** @description The project to scan (default: the credentials’ project) */
                      project_id?: string;
                      /** @description Only these projects */
                      project_ids?: string[];
                      /** @description Projects under these folders, at any depth */
                      folder_ids?: string[];
                      /** @description Every project of the organization */
                      organization_id?: string;
                      /** @description Only projects carrying every one of these labels (key → value) */
                      labels?: {
                        [key: string]: string;
                      };
                      /** @description The Cloud Billing BigQuery export table to read monthly costs from (with options.cost) */
                      billing_export_table?: string;
                      /** @description Cap on the bytes the billing export query may bill (default 10 GiB) */
                      billing_max_bytes_billed?: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'impersonation';
                      target_service_account: string;
                      delegates?: string[];
                      lifetime_seconds?: number;
                      /** @description Path of a service-account key JSON file */
                      key_file?: string;
                      /** @description The service-account key JSON itself (a secret) */
                      credentials_json?: string;
                      /** @description The project to scan (default: the credentials’ project) */
                      project_id?: string;
                      /** @description Only these projects */
                      project_ids?: string[];
                      /** @description Projects under these folders, at any depth */
                      folder_ids?: string[];
                      /** @description Every project of the organization */
                      organization_id?: string;
                      /** @description Only projects carrying every one of these labels (key → value) */
                      labels?: {
                        [key: string]: string;
                      };
                      /** @description The Cloud Billing BigQuery export table to read monthly costs from (with options.cost) */
                      billing_export_table?: string;
                      /** @description Cap on the bytes the billing export query may bill (default 10 GiB) */
                      billing_max_bytes_billed?: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'external_account';
                      /** @description Path of the external-account JSON */
                      credentials_file?: string;
                      /** @description The workload identity federation (external_account) JSON itself */
                      credentials_json?: string;
                      /** @description The project to scan (default: the credentials’ project) */
                      project_id?: string;
                      /** @description Only these projects */
                      project_ids?: string[];
                      /** @description Projects under these folders, at any depth */
                      folder_ids?: string[];
                      /** @description Every project of the organization */
                      organization_id?: string;
                      /** @description Only projects carrying every one of these labels (key → value) */
                      labels?: {
                        [key: string]: string;
                      };
                      /** @description The Cloud Billing BigQuery export table to read monthly costs from (with options.cost) */
                      billing_export_table?: string;
                      /** @description Cap on the bytes the billing export query may bill (default 10 GiB) */
                      billing_max_bytes_billed?: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'access_token';
                      /** @description An OAuth 2.0 access token (a secret) */
                      access_token: string;
                      /** @description The project to scan (default: the credentials’ project) */
                      project_id?: string;
                      /** @description Only these projects */
                      project_ids?: string[];
                      /** @description Projects under these folders, at any depth */
                      folder_ids?: string[];
                      /** @description Every project of the organization */
                      organization_id?: string;
                      /** @description Only projects carrying every one of these labels (key → value) */
                      labels?: {
                        [key: string]: string;
                      };
                      /** @description The Cloud Billing BigQuery export table to read monthly costs from (with options.cost) */
                      billing_export_table?: string;
                      /** @description Cap on the bytes the billing export query may bill (default 10 GiB) */
                      billing_max_bytes_billed?: number;
                    }
                )
              | (
                  | {
                      /** @enum {string} */
                      type: 'default';
                      tenant_id?: string;
                      subscription_ids?: string[];
                      management_group_ids?: string[];
                      subscription_tags?: {
                        [key: string]: string;
                      };
                      /** @enum {string} */
                      cloud?: 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
                      /** Format: uri */
                      arm_endpoint?: string;
                      /** Format: uri */
                      authority_host?: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'service_principal';
                      tenant_id: string;
                      subscription_ids?: string[];
                      management_group_ids?: string[];
                      subscription_tags?: {
                        [key: string]: string;
                      };
                      /** @enum {string} */
                      cloud?: 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
                      /** Format: uri */
                      arm_endpoint?: string;
                      /** Format: uri */
                      authority_host?: string;
                      client_id: string;
                      client_secret: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'certificate';
                      tenant_id: string;
                      subscription_ids?: string[];
                      management_group_ids?: string[];
                      subscription_tags?: {
                        [key: string]: string;
                      };
                      /** @enum {string} */
                      cloud?: 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
                      /** Format: uri */
                      arm_endpoint?: string;
                      /** Format: uri */
                      authority_host?: string;
                      client_id: string;
                      /** Format: includes */
                      client_certificate: string;
                      client_certificate_password?: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'workload_identity';
                      tenant_id?: string;
                      subscription_ids?: string[];
                      management_group_ids?: string[];
                      subscription_tags?: {
                        [key: string]: string;
                      };
                      /** @enum {string} */
                      cloud?: 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
                      /** Format: uri */
                      arm_endpoint?: string;
                      /** Format: uri */
                      authority_host?: string;
                      client_id?: string;
                      token_file_path?: string;
                    }
                  | {
                      /** @enum {string} */
                      type: 'access_token';
                      tenant_id?: string;
                      subscription_ids?: string[];
                      management_group_ids?: string[];
                      subscription_tags?: {
                        [key: string]: string;
                      };
                      /** @enum {string} */
                      cloud?: 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
                      /** Format: uri */
                      arm_endpoint?: string;
                      /** Format: uri */
                      authority_host?: string;
                      access_token: string;
                    }
                );
            /** @description The tenant the scan and its events belong to */
            client_id: string;
            /** @description Regions to scan; leave out to scan every region enabled for the account */
            regions?: string[];
            options?: {
              metrics_window_days?: number;
              unit_timeout_seconds?: number;
              /** @description Sinks for this scan, instead of the tenant’s or the default ones; [] = the store only */
              sinks?: ('store' | 'opsteamize' | 'webhook' | 'stdout' | 'ndjson')[];
              /** @description CloudWatch period; unset = one period spanning the whole metrics window */
              metrics_period_seconds?: number;
              /** @description Collect Cost Explorer data (paid: USD 0.01 per request and page, cached a day) and estimate waste in dollars */
              cost?: boolean;
              cost_months?: number;
              thresholds?: {
                idle_cpu_percent?: number;
                idle_network_bytes_per_day?: number;
                idle_db_connections?: number;
                overprovisioned_cpu_p95_percent?: number;
                overprovisioned_memory_percent?: number;
                idle_volume_ops_per_day?: number;
                burst_balance_low_percent?: number;
                old_snapshot_days?: number;
              };
              /** @description Only these security checks (ids, see `clouddiagnoze checks list`) */
              checks?: string[];
              /** @description Security checks left out (ids) */
              exclude_checks?: string[];
              /** @description Only security checks of these severities */
              severity?: ('critical' | 'high' | 'medium' | 'low' | 'informational')[];
              /** @description Only security checks mapped to these compliance frameworks (cis_aws_7.0, aws_fsbp) */
              frameworks?: string[];
              /** @description Check thresholds (see docs/checks.md for each default) */
              check_config?: {
                /** @description Days after which an active access key is due for rotation */
                max_access_key_age_days?: number;
                /** @description Days without use after which a console password or an access key should be disabled */
                max_unused_credentials_days?: number;
                /** @description A root user signing in or using keys within this many days is reported */
                root_recent_use_days?: number;
                /** @description Shortest password the account password policy may allow */
                min_password_length?: number;
                /** @description Previous passwords the account password policy must remember */
                password_reuse_prevention?: number;
                /** @description Longest password lifetime the account password policy may allow */
                max_password_age_days?: number;
                /** @description Shortest automated backup retention of an RDS database */
                min_backup_retention_days?: number;
                /** @description Shortest automated snapshot retention of a Redshift cluster (FSBP Redshift.3 asks 7 by default) */
                min_redshift_snapshot_retention_days?: number;
                /** @description Accounts trusted besides the scanned one: bucket policies granting them and roles they may assume are not reported as cross-account access. The organization's accounts are trusted too when the scan knows them. Default: none. */
                trusted_account_ids?: string[];
                /** @description Tag keys every taggable resource must carry, each with its allowed values (an empty list allows any value), e.g. {"owner": [], "env": ["prod", "dev"]}. Default: none, and the required-tags checks report nothing. */
                required_tags?: {
                  [key: string]: string[];
                };
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scan_id: string;
              /** @enum {string} */
              status: 'QUEUED';
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The API key may not scan for this client_id */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scan with its units (one per service and region) and their errors */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScanDetail'];
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a scan that has not finished
     * @description Units already running stop at their next batch of events.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScanDetail'];
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The scan has already finished */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Query events
     * @description JSON pages by default. With `Accept: application/x-ndjson` every matching event is streamed, one per line, walking all pages from `cursor` (or the start).
     */
    get: {
      parameters: {
        query?: {
          /** @description Only this tenant (a tenant key is pinned to its own) */
          client_id?: string;
          scan_id?: string;
          resource_id?: string;
          /** @description Exact metric type, or a prefix when it ends with a dot (e.g. `aws.security.`); fewer than four parts (`aws.security`) is a prefix too */
          metric_type?: string;
          category?: 'metadata' | 'performance' | 'cost' | 'security' | 'architecture';
          /** @description Events at or after this instant (ISO 8601 with offset or Z) */
          since?: string;
          /** @description Events before this instant (ISO 8601 with offset or Z) */
          until?: string;
          /** @description Page size; with NDJSON every matching event is streamed, read from the store this many at a time */
          limit?: number;
          /** @description next_cursor of the previous page */
          cursor?: string;
          /** @description Include the envelope fields; default true for JSON, false for NDJSON (the bare 2CBP wire format) */
          envelope?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of events, or (NDJSON) every matching event */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Event'][];
              next_cursor: string | null;
            };
            'application/x-ndjson': {
              client_id: string;
              timestamp: string;
              resource_id: string;
              metric_type: string;
              metric_value:
                | string
                | number
                | boolean
                | components['schemas']['JsonValue'][]
                | {
                    [key: string]: components['schemas']['JsonValue'];
                  };
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description client_id is not the API key’s tenant */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/prowler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import Prowler findings (OCSF JSON)
     * @description The body is Prowler's OCSF JSON output as it is (a JSON array of Detection Findings, class 2004). Each finding becomes a security event `aws.security.<service>.<check_id>` of a new, finished scan. The whole file is validated first: a malformed, truncated or invalid file is refused with every problem named by record and line, and nothing is stored. At most 100 MiB.
     */
    post: {
      parameters: {
        query?: {
          /** @description The tenant the findings belong to; a tenant key defaults to its own */
          client_id?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Prowler's OCSF JSON output (`--output-formats json-ocsf`), as Prowler writes it */
      requestBody: {
        content: {
          'application/json': ({
            /** @enum {number} */
            class_uid: 2004;
            metadata: {
              /** @description Prowler check id */
              event_code: string;
            } & {
              [key: string]: unknown;
            };
            /** @enum {string} */
            status_code: 'PASS' | 'FAIL' | 'MANUAL';
            /** @enum {string} */
            severity: 'Critical' | 'High' | 'Medium' | 'Low' | 'Informational';
            finding_info: {
              uid: string;
              title: string;
            } & {
              [key: string]: unknown;
            };
            resources: ({
              uid: string;
              region?: string;
            } & {
              [key: string]: unknown;
            })[];
            cloud: {
              account: {
                uid: string;
              } & {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          })[];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The scan the findings were recorded as (GET /api/v1/scans/:id) */
              scan_id: string;
              client_id: string;
              /** @description Prowler findings read */
              findings: number;
              /** @description Security events stored, one per finding and resource */
              events: number;
              /** @description Findings repeating a check and resource already read */
              duplicates: number;
              statuses: {
                PASS: number;
                FAIL: number;
                MANUAL: number;
              };
              services: string[];
              accounts: string[];
              regions: string[];
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description client_id is not the API key’s tenant */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is larger than the API accepts */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One page of a scan's check results, filtered, with the count of every facet value
     * @description The check results of the scan (as in GET /scans/:id/findings), filtered by status, severity, service, check, framework and resource, most severe failures first, `limit` from `offset`. `matched` counts what the filters keep; `totals` the whole scan; `facets` each facet's values among the results the other filters keep.
     */
    get: {
      parameters: {
        query?: {
          /** @description Only these statuses, comma-separated (e.g. `FAIL,ERROR`); every status by default */
          status?: string;
          /** @description Only these severities, comma-separated (e.g. `critical,high`); all by default */
          severity?: string;
          /** @description Only these services, comma-separated; all by default */
          service?: string;
          /** @description Only these check ids, comma-separated; all by default */
          check?: string;
          /** @description Only these frameworks (ids as in `compliance`), comma-separated; all by default */
          framework?: string;
          /** @description Part of the resource id (any case) */
          resource?: string;
          /** @description Part of the resource id, the title or the reason (any case) */
          search?: string;
          offset?: number;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                event_id: string;
                scan_id: string;
                client_id: string;
                provider: string;
                account_id: string;
                region: string;
                service: string;
                check_id: string;
                metric_type: string;
                resource_id: string;
                timestamp: string;
                /** @enum {string} */
                status: 'PASS' | 'FAIL' | 'MANUAL' | 'ERROR';
                /** @enum {string} */
                severity: 'critical' | 'high' | 'medium' | 'low' | 'informational';
                title: string;
                reason: string;
                remediation: {
                  text: string;
                  cli?: string;
                  console?: string;
                  url?: string;
                };
                /** @description framework id → control ids */
                compliance: {
                  [key: string]: string[];
                };
                resource_type?: string;
                description?: string;
                risk?: string;
              }[];
              offset: number;
              limit: number;
              /** @description Results the filters keep, over all pages */
              matched: number;
              /** @description Every result of the scan, unfiltered */
              totals: {
                results: number;
                by_status: {
                  PASS: number;
                  FAIL: number;
                  MANUAL: number;
                  ERROR: number;
                };
                failed_by_severity: {
                  critical: number;
                  high: number;
                  medium: number;
                  low: number;
                  informational: number;
                };
              };
              /** @description Per facet, per value: the results kept by every filter but that facet's own (choosing another value of it gives this count) */
              facets: {
                status: {
                  value: string;
                  /** @description What a person reads: a check's title, the value otherwise */
                  label: string;
                  /** @description Results with this value that the other filters keep */
                  count: number;
                  /** @description Of which FAIL */
                  failed: number;
                }[];
                severity: {
                  value: string;
                  /** @description What a person reads: a check's title, the value otherwise */
                  label: string;
                  /** @description Results with this value that the other filters keep */
                  count: number;
                  /** @description Of which FAIL */
                  failed: number;
                }[];
                service: {
                  value: string;
                  /** @description What a person reads: a check's title, the value otherwise */
                  label: string;
                  /** @description Results with this value that the other filters keep */
                  count: number;
                  /** @description Of which FAIL */
                  failed: number;
                }[];
                check: {
                  value: string;
                  /** @description What a person reads: a check's title, the value otherwise */
                  label: string;
                  /** @description Results with this value that the other filters keep */
                  count: number;
                  /** @description Of which FAIL */
                  failed: number;
                }[];
                framework: {
                  value: string;
                  /** @description What a person reads: a check's title, the value otherwise */
                  label: string;
                  /** @description Results with this value that the other filters keep */
                  count: number;
                  /** @description Of which FAIL */
                  failed: number;
                }[];
              };
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A scan's security findings as JSON, OCSF, ASFF or SARIF
     * @description Streams every check result of the scan (events `<provider>.security.<service>.<check_id>` whose value is a check result). `json`: JSON array of findings (check id, resource, status, severity, remediation, compliance). `ocsf`: JSON array of OCSF 1.5 Compliance Findings (class 2003). `asff`: NDJSON, one Security Hub BatchImportFindings request per line: {"Findings":[…]} with at most 100 findings and 6 MB, of one account and region. `sarif`: SARIF 2.1.0 log: one rule per check, one result per resource.
     */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'ocsf' | 'asff' | 'sarif';
          /** @description Only these statuses, comma-separated (e.g. `FAIL,ERROR`); every status by default */
          status?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The findings in the chosen format */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
            'application/x-ndjson': unknown;
            'application/sarif+json': unknown;
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A framework's controls for one scan: passed, failed, manual, in error
     * @description Automated controls take the worst result of the checks mapped to them (FAILED over ERROR over PASSED); NOT_EVALUATED when none of them ran in this scan. Manual controls are MANUAL, with the results of any supporting checks.
     */
    get: {
      parameters: {
        query: {
          /** @description Framework id: cis_aws_7.0, aws_fsbp, cis_gcp_4.0, cis_azure_4.0, cis_azure_database_2.0 */
          framework: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scan_id: string;
              framework: {
                id: string;
                name: string;
                version: string;
              };
              totals: {
                controls: number;
                passed: number;
                failed: number;
                manual: number;
                error: number;
                not_evaluated: number;
              };
              controls: {
                id: string;
                title: string;
                section: string;
                automated: boolean;
                /** @enum {string} */
                status: 'PASSED' | 'FAILED' | 'MANUAL' | 'ERROR' | 'NOT_EVALUATED';
                reason: string;
                /** @description Checks mapped to the control */
                checks: string[];
                results: {
                  pass: number;
                  fail: number;
                  error: number;
                  manual: number;
                };
                /** @description FAIL and ERROR results (at most 100) */
                findings: {
                  check_id: string;
                  resource_id: string;
                  /** @enum {string} */
                  status: 'PASS' | 'FAIL' | 'MANUAL' | 'ERROR';
                  reason: string;
                  account_id: string;
                  region: string;
                }[];
              }[];
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The security checks this build runs */
    get: {
      parameters: {
        query?: {
          /** @description Framework id: cis_aws_7.0, aws_fsbp, cis_gcp_4.0, cis_azure_4.0, cis_azure_database_2.0 */
          framework?: string;
          service?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                provider: string;
                service: string;
                resource_type: string;
                /** @enum {string} */
                severity: 'critical' | 'high' | 'medium' | 'low' | 'informational';
                title: string;
                description: string;
                risk: string;
                remediation: {
                  text: string;
                  cli?: string;
                  console?: string;
                  url?: string;
                };
                compliance: {
                  [key: string]: string[];
                };
                metric_type: string;
              }[];
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Providers, their services and regions, and every metric type a scan can emit */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              providers: {
                id: string;
                title: string;
                regions: string[];
                /** @description The regions grouped by isolated partition (one credential reaches one; a scan names regions of one) */
                region_partitions: {
                  id: string;
                  title: string;
                  regions: string[];
                }[];
                services: {
                  id: string;
                  title: string;
                  /** @enum {string} */
                  scope: 'regional' | 'global';
                  /** @description Read-only permissions the scanner needs */
                  permissions: string[];
                  metric_types: string[];
                }[];
              }[];
              /** @description The sinks a scan can name in options.sinks */
              sinks: {
                name: string;
                remote: boolean;
                /** @description A scan may name it (remote sinks: their URL is set) */
                configured: boolean;
                /** @description What configures it, for a sink that needs it */
                setting: string | null;
              }[];
              metric_types: {
                name: string;
                /** @enum {string} */
                category: 'metadata' | 'performance' | 'cost' | 'security' | 'architecture';
                provider: string;
                service: string;
                /** @enum {string} */
                value_type: 'number' | 'string' | 'boolean' | 'object' | 'array';
                unit?: string;
                description: string;
              }[];
            };
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API keys, revoked ones included (admin key) */
    get: {
      parameters: {
        query?: {
          /** @description one tenant */
          client_id?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ApiKey'][];
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not an admin API key */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an API key (admin key); the key is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            role: 'admin' | 'read_write' | 'read_only';
            /** @description required unless admin */
            client_id?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The tenant of the key; null for an admin key */
              client_id: string | null;
              name: string;
              /**
               * @description admin: every tenant and the keys; read_write / read_only: one tenant
               * @enum {string}
               */
              role: 'admin' | 'read_write' | 'read_only';
              /**
               * @description env: seeded from CLOUDDIAGNOZE_API_KEYS
               * @enum {string}
               */
              source: 'env' | 'store';
              created_at: string;
              /** @description Last request made with it (to the minute) */
              last_used_at: string | null;
              revoked_at: string | null;
              /** @description The secret: shown once, only its hash is stored */
              key: string;
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not an admin API key */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (admin key): refused at once, for good */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiKey'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not an admin API key */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/live/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live scan list (server-sent events)
     * @description `text/event-stream`. First a `snapshot` event `{items: Scan[]}` (newest first, up to `limit`), then a `scan` event with the scan each time one starts, progresses or ends. Send the API key in the Authorization header (read the stream with fetch).
     */
    get: {
      parameters: {
        query?: {
          client_id?: string;
          status?: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
        /** @description client_id is not the API key’s tenant */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/live/scans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live progress of one scan (server-sent events)
     * @description `text/event-stream`. A `scan` event with the scan and its units now and whenever they change; an `end` event when the scan is over, then the stream closes. Send the API key in the Authorization header (read the stream with fetch).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scans/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A scan’s report: HTML, PDF, CSV or JSON
     * @description HTML (self-contained) and PDF (printed from the HTML): summary, findings, cost, performance highlights and inventory. CSV: every event (`dataset=events`, default) or the security check results (`dataset=findings`). JSON: the same summary, findings, cost, performance and inventory as the HTML, plus every event (`events=false` leaves them out). Sent as a download.
     */
    get: {
      parameters: {
        query?: {
          format?: 'html' | 'pdf' | 'csv' | 'json';
          /** @description CSV only: `events` (default) or `findings` */
          dataset?: 'events' | 'findings';
          /** @description JSON only: include every event of the scan (default true) */
          events?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
            'application/pdf': string;
            'text/csv': string;
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description The request is invalid; `issues` names each field at fault */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Missing or unknown API key */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such scan for this API key */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description PDF asked but Chromium is not installed on the server */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    JsonValueInput: JsonValue;
    ErrorInput: {
      error: {
        /** @description invalid_request, unauthorized, forbidden, not_found, conflict, not_ready, internal_error… */
        code: string;
        message: string;
        issues?: {
          /** @description Dotted path of the field at fault, e.g. `services.0`; empty for the whole body */
          path: string;
          message: string;
        }[];
      };
    };
    ScanInput: {
      id: string;
      client_id: string;
      provider: string;
      services: string[];
      /** @description The regions the request named; null = every region enabled for the account */
      requested_regions: string[] | null;
      /** @description The auth mode with every secret masked */
      auth_mode: {
        type: string;
      } & {
        [key: string]: string | number | boolean;
      };
      options: {
        metrics_window_days: number;
        unit_timeout_seconds: number;
        sinks?: string[];
        metrics_period_seconds?: number;
        /** @description Cost Explorer and waste in dollars were requested (opt-in: Cost Explorer is paid) */
        cost?: boolean;
        cost_months?: number;
        /** @description Overrides of the performance and cost signal thresholds */
        thresholds?: {
          idle_cpu_percent?: number;
          idle_network_bytes_per_day?: number;
          idle_db_connections?: number;
          overprovisioned_cpu_p95_percent?: number;
          overprovisioned_memory_percent?: number;
          idle_volume_ops_per_day?: number;
          burst_balance_low_percent?: number;
          old_snapshot_days?: number;
        };
      };
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      account_id: string | null;
      progress: {
        units_total: number;
        units_done: number;
        units_failed: number;
        events: number;
      };
      /** @description What the scan's paid API calls cost, in USD (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics) */
      api_cost_usd?: number;
      error: {
        code: string;
        message: string;
      } | null;
      created_at: string;
      started_at: string | null;
      finished_at: string | null;
    };
    ScanUnitInput: {
      id: string;
      scan_id: string;
      /** @description The cloud account the unit scans (an organization has several) */
      account_id: string;
      service: string;
      /** @description A region name, or `global` for an account-wide service */
      region: string;
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      attempts: number;
      events: number;
      /** @description Why this region and service failed (access denied, region disabled…) */
      error: {
        code: string;
        message: string;
      } | null;
      started_at: string | null;
      finished_at: string | null;
    };
    ScanDetailInput: {
      id: string;
      client_id: string;
      provider: string;
      services: string[];
      /** @description The regions the request named; null = every region enabled for the account */
      requested_regions: string[] | null;
      /** @description The auth mode with every secret masked */
      auth_mode: {
        type: string;
      } & {
        [key: string]: string | number | boolean;
      };
      options: {
        metrics_window_days: number;
        unit_timeout_seconds: number;
        sinks?: string[];
        metrics_period_seconds?: number;
        /** @description Cost Explorer and waste in dollars were requested (opt-in: Cost Explorer is paid) */
        cost?: boolean;
        cost_months?: number;
        /** @description Overrides of the performance and cost signal thresholds */
        thresholds?: {
          idle_cpu_percent?: number;
          idle_network_bytes_per_day?: number;
          idle_db_connections?: number;
          overprovisioned_cpu_p95_percent?: number;
          overprovisioned_memory_percent?: number;
          idle_volume_ops_per_day?: number;
          burst_balance_low_percent?: number;
          old_snapshot_days?: number;
        };
      };
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      account_id: string | null;
      progress: {
        units_total: number;
        units_done: number;
        units_failed: number;
        events: number;
      };
      /** @description What the scan's paid API calls cost, in USD (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics) */
      api_cost_usd?: number;
      error: {
        code: string;
        message: string;
      } | null;
      created_at: string;
      started_at: string | null;
      finished_at: string | null;
      units: components['schemas']['ScanUnitInput'][];
    };
    EventInput: {
      client_id: string;
      /** @description ISO 8601 with the Europe/Paris offset */
      timestamp: string;
      resource_id: string;
      /** @description provider.category.service.metric[.detail…] */
      metric_type: string;
      metric_value:
        | string
        | number
        | boolean
        | components['schemas']['JsonValueInput'][]
        | {
            [key: string]: components['schemas']['JsonValueInput'];
          };
      /** @description Deterministic id of the fact (envelope; left out when envelope=false) */
      event_id?: string;
      /** @description Scan that emitted it (envelope; left out when envelope=false) */
      scan_id?: string;
      /** @description Provider id (envelope; left out when envelope=false) */
      provider?: string;
      /** @description Cloud account (envelope; left out when envelope=false) */
      account_id?: string;
      /** @description Region, or `global` (envelope; left out when envelope=false) */
      region?: string;
      /** @description Service (envelope; left out when envelope=false) */
      service?: string;
      /**
       * @description Category (envelope; left out when envelope=false)
       * @enum {string}
       */
      category?: 'metadata' | 'performance' | 'cost' | 'security' | 'architecture';
    };
    ApiKeyInput: {
      id: string;
      /** @description The tenant of the key; null for an admin key */
      client_id: string | null;
      name: string;
      /**
       * @description admin: every tenant and the keys; read_write / read_only: one tenant
       * @enum {string}
       */
      role: 'admin' | 'read_write' | 'read_only';
      /**
       * @description env: seeded from CLOUDDIAGNOZE_API_KEYS
       * @enum {string}
       */
      source: 'env' | 'store';
      created_at: string;
      /** @description Last request made with it (to the minute) */
      last_used_at: string | null;
      revoked_at: string | null;
    };
    DeadLetterInput: {
      /** @description The batch id (it was sent as the Idempotency-Key) */
      id: string;
      sink: string;
      events: number;
      bytes: number;
      attempts: number;
      status_code: number | null;
      error: string | null;
      /** @description The response body, truncated to 2 KiB */
      response_body: string | null;
      created_at: string;
      failed_at: string | null;
    };
    JsonValue: JsonValue;
    Error: {
      error: {
        /** @description invalid_request, unauthorized, forbidden, not_found, conflict, not_ready, internal_error… */
        code: string;
        message: string;
        issues?: {
          /** @description Dotted path of the field at fault, e.g. `services.0`; empty for the whole body */
          path: string;
          message: string;
        }[];
      };
    };
    Scan: {
      id: string;
      client_id: string;
      provider: string;
      services: string[];
      /** @description The regions the request named; null = every region enabled for the account */
      requested_regions: string[] | null;
      /** @description The auth mode with every secret masked */
      auth_mode: {
        type: string;
      } & {
        [key: string]: string | number | boolean;
      };
      options: {
        metrics_window_days: number;
        unit_timeout_seconds: number;
        sinks?: string[];
        metrics_period_seconds?: number;
        /** @description Cost Explorer and waste in dollars were requested (opt-in: Cost Explorer is paid) */
        cost?: boolean;
        cost_months?: number;
        /** @description Overrides of the performance and cost signal thresholds */
        thresholds?: {
          idle_cpu_percent?: number;
          idle_network_bytes_per_day?: number;
          idle_db_connections?: number;
          overprovisioned_cpu_p95_percent?: number;
          overprovisioned_memory_percent?: number;
          idle_volume_ops_per_day?: number;
          burst_balance_low_percent?: number;
          old_snapshot_days?: number;
        };
      };
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      account_id: string | null;
      progress: {
        units_total: number;
        units_done: number;
        units_failed: number;
        events: number;
      };
      /** @description What the scan's paid API calls cost, in USD (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics) */
      api_cost_usd?: number;
      error: {
        code: string;
        message: string;
      } | null;
      created_at: string;
      started_at: string | null;
      finished_at: string | null;
    };
    ScanUnit: {
      id: string;
      scan_id: string;
      /** @description The cloud account the unit scans (an organization has several) */
      account_id: string;
      service: string;
      /** @description A region name, or `global` for an account-wide service */
      region: string;
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      attempts: number;
      events: number;
      /** @description Why this region and service failed (access denied, region disabled…) */
      error: {
        code: string;
        message: string;
      } | null;
      started_at: string | null;
      finished_at: string | null;
    };
    ScanDetail: {
      id: string;
      client_id: string;
      provider: string;
      services: string[];
      /** @description The regions the request named; null = every region enabled for the account */
      requested_regions: string[] | null;
      /** @description The auth mode with every secret masked */
      auth_mode: {
        type: string;
      } & {
        [key: string]: string | number | boolean;
      };
      options: {
        metrics_window_days: number;
        unit_timeout_seconds: number;
        sinks?: string[];
        metrics_period_seconds?: number;
        /** @description Cost Explorer and waste in dollars were requested (opt-in: Cost Explorer is paid) */
        cost?: boolean;
        cost_months?: number;
        /** @description Overrides of the performance and cost signal thresholds */
        thresholds?: {
          idle_cpu_percent?: number;
          idle_network_bytes_per_day?: number;
          idle_db_connections?: number;
          overprovisioned_cpu_p95_percent?: number;
          overprovisioned_memory_percent?: number;
          idle_volume_ops_per_day?: number;
          burst_balance_low_percent?: number;
          old_snapshot_days?: number;
        };
      };
      /** @enum {string} */
      status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';
      account_id: string | null;
      progress: {
        units_total: number;
        units_done: number;
        units_failed: number;
        events: number;
      };
      /** @description What the scan's paid API calls cost, in USD (Cost Explorer USD 0.01 per request and page, CloudWatch GetMetricData USD 0.01 per 1,000 metrics) */
      api_cost_usd?: number;
      error: {
        code: string;
        message: string;
      } | null;
      created_at: string;
      started_at: string | null;
      finished_at: string | null;
      units: components['schemas']['ScanUnit'][];
    };
    Event: {
      client_id: string;
      /** @description ISO 8601 with the Europe/Paris offset */
      timestamp: string;
      resource_id: string;
      /** @description provider.category.service.metric[.detail…] */
      metric_type: string;
      metric_value:
        | string
        | number
        | boolean
        | components['schemas']['JsonValue'][]
        | {
            [key: string]: components['schemas']['JsonValue'];
          };
      /** @description Deterministic id of the fact (envelope; left out when envelope=false) */
      event_id?: string;
      /** @description Scan that emitted it (envelope; left out when envelope=false) */
      scan_id?: string;
      /** @description Provider id (envelope; left out when envelope=false) */
      provider?: string;
      /** @description Cloud account (envelope; left out when envelope=false) */
      account_id?: string;
      /** @description Region, or `global` (envelope; left out when envelope=false) */
      region?: string;
      /** @description Service (envelope; left out when envelope=false) */
      service?: string;
      /**
       * @description Category (envelope; left out when envelope=false)
       * @enum {string}
       */
      category?: 'metadata' | 'performance' | 'cost' | 'security' | 'architecture';
    };
    ApiKey: {
      id: string;
      /** @description The tenant of the key; null for an admin key */
      client_id: string | null;
      name: string;
      /**
       * @description admin: every tenant and the keys; read_write / read_only: one tenant
       * @enum {string}
       */
      role: 'admin' | 'read_write' | 'read_only';
      /**
       * @description env: seeded from CLOUDDIAGNOZE_API_KEYS
       * @enum {string}
       */
      source: 'env' | 'store';
      created_at: string;
      /** @description Last request made with it (to the minute) */
      last_used_at: string | null;
      revoked_at: string | null;
    };
    DeadLetter: {
      /** @description The batch id (it was sent as the Idempotency-Key) */
      id: string;
      sink: string;
      events: number;
      bytes: number;
      attempts: number;
      status_code: number | null;
      error: string | null;
      /** @description The response body, truncated to 2 KiB */
      response_body: string | null;
      created_at: string;
      failed_at: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
