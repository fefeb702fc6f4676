# syntax=docker/dockerfile:1
# Claimtrack: build on a full install, run on a production one (npm ci --omit=dev).

# --- build: devDependencies are needed here (prisma generate, Tailwind, TypeScript) ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
RUN npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build

# --- run: dependencies only, as the unprivileged `node` user ---
FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 CLAIMTRACK_DATA_DIR=/app/.data
COPY package.json package-lock.json ./
# The client generated in the build stage comes first, so the postinstall script has it
# even without the Prisma CLI (a devDependency, though npm installs it as @prisma/client's
# optional peer); the other packages' install scripts (embedded PostgreSQL) still run.
COPY scripts/prisma-generate.mjs scripts/
COPY --from=build /app/lib/db/generated lib/db/generated
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
COPY --from=build /app/.next .next
# node_modules/.cache: where the server bundles its import worker on first use.
RUN mkdir -p .data node_modules/.cache && chown -R node:node .data .next node_modules/.cache
USER node
EXPOSE 3000
VOLUME ["/app/.data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
