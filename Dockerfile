# syntax=docker/dockerfile:1
# textops: one image for both services; the command picks one (`serve home`, `serve api`, or `serve all`).
# Build with `make image` (ARCH=x86_64|arm64). Stages: build (dev dependencies + esbuild) and deps
# (production dependencies only) run on the build machine's own platform, so a cross-build never emulates
# npm ci (the production dependencies are plain JavaScript, checked by test/cloud/dockerfile-replay.test.ts);
# runtime is the official Node 24 Alpine image's files minus npm, corepack and yarn, plus ours, non-root.
# Size estimate and how it was made: docs/deploy.md.
#
# The base image is pinned by digest, so a rebuild of the same commit gets the same Node and Alpine. To
# bump it: `docker buildx imagetools inspect node:24-alpine` prints the current index digest (it covers
# amd64 and arm64); put it below, rebuild, run `make test`, commit.
ARG NODE_IMAGE=node:24-alpine@sha256:d32cdf619f63fe0471182d08996dd516c6275bb5fd31ae06e55a570bd9e1ad43

# Build stage: the whole toolchain, used to bundle src/ into dist/ (platform-independent output).
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS build
# Work in /src; nothing from this stage ships except dist/.
WORKDIR /src
# The manifests first, so the dependency layer is reused until package-lock.json changes.
COPY package.json package-lock.json ./
# Every dependency, dev ones included (esbuild); the npm cache stays outside the image layers.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
# The compiler settings esbuild honours (verbatimModuleSyntax keeps side-effect imports).
COPY tsconfig.json ./
# The bundle step itself.
COPY scripts/build.ts scripts/
# The sources the bundle is made from (tests excluded by .dockerignore).
COPY src/ src/
# dist/textops.mjs, the thread entries (engine-worker.mjs, sqlite-writer.mjs, sqlite-checkpoint.mjs) and dist/assets/ (see scripts/build.ts).
RUN npm run build

# Deps stage: the runtime dependencies (mysql2, @google-cloud/translate, the Secrets Manager client) and
# nothing else; pure JavaScript, so installing them on the build platform serves any target platform.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS deps
# The same path as in the runtime stage, so the copy below keeps the layout.
WORKDIR /app
# The manifests decide exactly which versions are installed.
COPY package.json package-lock.json ./
# Production dependencies only, without type declarations, source maps and docs (nothing loads them,
# and they are half of node_modules); var/ is where a SQLite file goes when no database is configured.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund \
 && find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' -o -name '*.md' \) -delete \
 && mkdir -p var

# The official image for the target platform, only to copy files from (nothing runs in it, so a
# cross-build needs no emulation here either).
FROM ${NODE_IMAGE} AS node

# Runtime stage: what runs on ECS. Built from scratch out of the official image's files without npm,
# corepack and yarn (/usr/local/lib/node_modules, /opt and their links in /usr/local/bin): the app needs
# none of them, and what is not there cannot be used or need patching.
FROM scratch AS runtime
# Alpine's shell and utilities (busybox), for `aws ecs execute-command` debugging.
COPY --from=node /bin /bin
# Users (node), groups, TLS certificates and the rest of the system configuration.
COPY --from=node /etc /etc
# musl, the C library and dynamic loader.
COPY --from=node /lib /lib
# libstdc++ and libgcc, which node links against, and the remaining busybox links.
COPY --from=node /usr/lib /usr/lib
# More busybox links (env, which ...).
COPY --from=node /usr/bin /usr/bin
# The node user's home.
COPY --from=node /home/node /home/node
# A world-writable /tmp (ECS mounts the root read-only; tmp is where Node puts nothing the app needs).
COPY --from=node /tmp /tmp
# Node itself, and no other program from /usr/local/bin (npm, npx, corepack, yarn are left behind).
COPY --from=node /usr/local/bin/node /usr/local/bin/node
# Production mode for the app and its libraries; the port the app and the load balancer agree on;
# stack traces in the logs point at src/ lines through the bundle's source maps; PATH, which a scratch
# image does not inherit.
ENV NODE_ENV=production PORT=8080 NODE_OPTIONS=--enable-source-maps PATH=/usr/local/bin:/usr/bin:/bin
# The app's home: dist/ and data/ side by side, as the code expects (../data/ from dist/).
WORKDIR /app
# Production dependencies from the deps stage.
COPY --from=deps /app/node_modules ./node_modules
# A writable var/ for the non-root user (SQLite when no database is configured; unused on ECS).
COPY --from=deps --chown=node:node /app/var ./var
# The bundle from the build stage.
COPY --from=build /src/dist ./dist
# The word model and bigram tables, read once at start-up.
COPY data/ ./data/
# Run as the unprivileged `node` user that the official image provides.
USER node
# Documents the listening port (the task definition maps it).
EXPOSE 8080
# Healthy when either service's health path answers 200, so the one check fits home and api alike;
# uses Node's own fetch, so no curl or wget is installed.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "const base = 'http://127.0.0.1:' + (process.env.PORT || 8080); Promise.any(['/healthz', '/api/healthz'].map((path) => fetch(base + path, { signal: AbortSignal.timeout(4000) }).then((r) => { if (!r.ok) throw new Error(String(r.status)); }))).then(() => process.exit(0), () => process.exit(1));"]
# node is PID 1 and handles SIGTERM itself (graceful shutdown); the command chooses the service.
ENTRYPOINT ["node", "dist/textops.mjs"]
# Both services on one port when run by hand; ECS passes `serve home` or `serve api`.
CMD ["serve", "all"]
