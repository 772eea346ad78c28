# The service alone; Neo4j comes from docker-compose.yml (official neo4j:5.26 image) or NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-fund --no-audit
COPY bin ./bin
COPY schema ./schema
COPY seed ./seed
COPY src ./src
# the extractor's dictionaries (conflict-kg extract, ingest of .txt/.md/.html, the extract mutation)
COPY data ./data
# GraphiQL offers these example queries as tabs.
COPY docs/examples ./docs/examples
# Inside a container the service must listen beyond loopback; publish the port on the host's loopback only.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/conflict-kg.js", "serve"]
