# syntax=docker/dockerfile:1
# textops: one image for both services; the command picks one (`serve home`, `serve api`, or `serve all`).
# Build with `make image`. Three stages: build (dev dependencies + esbuild), deps (production
# dependencies only), runtime (the official Node 24 Alpine image, Node plus the copied files, non-root).
# Size estimate (about 183 MB, target < 200 MB) and how it was made: docs/deploy.md.

# Build stage: the whole toolchain, used to bundle src/ into dist/.
FROM node:24-alpine AS build
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
# dist/textops.mjs, dist/engine-worker.mjs and dist/assets/ (see scripts/build.ts).
RUN npm run build

# Deps stage: the runtime dependencies (mysql2, @google-cloud/translate) and nothing else.
FROM node:24-alpine AS deps
# The same path as in the runtime stage, so the copy below keeps the layout.
WORKDIR /app
# The manifests decide exactly which versions are installed.
COPY package.json package-lock.json ./
# Production dependencies only, without type declarations, source maps and docs (nothing loads them,
# and they are half of node_modules); var/ is where a SQLite file goes when no database is configured.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund \
 && find node_modules -type f \( -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' -o -name '*.map' -o -name '*.md' \) -delete \
 && mkdir -p var

# Runtime stage: what runs on ECS.
FROM node:24-alpine AS runtime
# Production mode for the app and its libraries; the port the app and the load balancer agree on;
# stack traces in the logs point at src/ lines through the bundle's source maps.
ENV NODE_ENV=production PORT=8080 NODE_OPTIONS=--enable-source-maps
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
