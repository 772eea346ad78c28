import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../config/environment.ts';
import { articleJsonSchema } from '../ingest/article-format.ts';

export const ARTICLE_SCHEMA_PATH = join(projectRoot, 'schema', 'article.schema.json');

export function renderArticleSchema(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}

export async function runSchema(out: string | undefined): Promise<number> {
  const target = out ?? ARTICLE_SCHEMA_PATH;
  await writeFile(target, renderArticleSchema());
  console.log(`Wrote ${target}`);
  return 0;
}
