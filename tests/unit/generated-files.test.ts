import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_PATH, renderArticleSchema } from '../../src/cli/schema-command.ts';

describe('generated files', () => {
  it('schema/article.schema.json matches the zod article format (regenerate: npm run cli -- schema)', () => {
    expect(readFileSync(ARTICLE_SCHEMA_PATH, 'utf8')).toBe(renderArticleSchema());
  });
});
