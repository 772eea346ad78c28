import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from 'graphql-yoga';
import { projectRoot } from '../config/environment.ts';
import type { GraphQLContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';

export const SCHEMA_DIR = join(projectRoot, 'schema');

/** The SDL is the source of truth (schema-first): every schema/*.graphql file, in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
}

export function buildSchema() {
  return createSchema<GraphQLContext>({ typeDefs: loadTypeDefs(), resolvers });
}
