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
# --ignore-scripts: postinstall runs `prisma generate`, a devDependency; the client
# generated in the build stage is copied below instead.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY . .
COPY --from=build /app/lib/db/generated lib/db/generated
COPY --from=build /app/.next .next
RUN mkdir -p .data && chown -R node:node .data .next
USER node
EXPOSE 3000
VOLUME ["/app/.data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
