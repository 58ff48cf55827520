# syntax=docker/dockerfile:1
# CloudDiagnoze: the API server (`serve`) and the scan workers (`worker`) from one image.
#   docker build -t clouddiagnoze .                              # no PDF reports
#   docker build -t clouddiagnoze --build-arg WITH_CHROMIUM=true . # PDF reports (Debian's chromium)
# Everything installed comes from the npm registry and Debian's archive; nothing else is downloaded.

ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: every dependency, the compiler, the server and dashboard builds -------------------
FROM ${NODE_IMAGE} AS build
# better-sqlite3 is compiled here from its npm sources (no prebuilt binary fetched from GitHub).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_build_from_source=true \
    npm_config_audit=false \
    npm_config_fund=false \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY scripts/build.mjs ./scripts/build.mjs
COPY src ./src
COPY web ./web
RUN npm run build

# --- production dependencies only (the same compiled native modules, no dev tools) -------------
# playwright-core, which drives Chromium for PDF reports, is an optional dependency: kept (it is
# small and downloads no browser); without Chromium in the image a PDF request says what is missing.
FROM build AS prod-deps
RUN npm prune --omit=dev

# --- runtime: the built output and production dependencies, run as a non-root user ------------
FROM ${NODE_IMAGE} AS runtime
ARG WITH_CHROMIUM=false
RUN if [ "$WITH_CHROMIUM" = "true" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends chromium fonts-liberation \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
 && groupadd --system --gid 10001 clouddiagnoze \
 && useradd --system --uid 10001 --gid clouddiagnoze --home-dir /app --shell /usr/sbin/nologin clouddiagnoze \
 && mkdir -p /data \
 && chown clouddiagnoze:clouddiagnoze /data
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    CLOUDDIAGNOZE_DATA_DIR=/data \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
COPY --from=prod-deps /build/package.json /build/package-lock.json ./
COPY --from=prod-deps /build/node_modules ./node_modules
COPY --from=build /build/bin ./bin
COPY --from=build /build/dist ./dist
COPY --from=build /build/web/dist ./web/dist
USER clouddiagnoze:clouddiagnoze
VOLUME ["/data"]
EXPOSE 8080
# No HEALTHCHECK here: `serve` answers /healthz and /readyz on $PORT, `worker` serves no HTTP;
# compose.yaml and the ECS task definitions give each its own.
ENTRYPOINT ["node", "bin/clouddiagnoze.js"]
CMD ["serve"]
