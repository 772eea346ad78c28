import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { EXPORT_FORMATS } from '../../src/export/export-service.ts';
import { DATE_PRECISIONS } from '../../src/model/partial-date.ts';
import * as vocabulary from '../../src/model/vocabulary.ts';

// The article format (zod), the graph and the GraphQL enums share one vocabulary: each SDL enum must list exactly
// the values of its array in src/model, so a value added on one side only fails here, not in production.
const PAIRS: [string, readonly string[]][] = [
  ['ActorKind', vocabulary.ACTOR_KINDS],
  ['LocationKind', vocabulary.LOCATION_KINDS],
  ['LocationRole', vocabulary.LOCATION_ROLES],
  ['EventType', vocabulary.EVENT_TYPES],
  ['OutcomeType', vocabulary.OUTCOME_TYPES],
  ['ClaimKind', vocabulary.CLAIM_KINDS],
  ['SupportType', vocabulary.SUPPORT_TYPES],
  ['StatementType', vocabulary.STATEMENT_TYPES],
  ['Polarity', vocabulary.POLARITIES],
  ['Certainty', vocabulary.CERTAINTIES],
  ['SourceKind', vocabulary.SOURCE_KINDS],
  ['Authorship', vocabulary.AUTHORSHIPS],
  ['DatePrecision', DATE_PRECISIONS],
  ['ExportFormat', EXPORT_FORMATS.map((f) => f.toUpperCase())],
  ['LinkType', [...vocabulary.CLAIM_KINDS, ...vocabulary.ACTOR_TIES.split('|')]],
];

const sdl = readdirSync(join(projectRoot, 'schema'))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(projectRoot, 'schema', f), 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);

describe('vocabulary and SDL enums', () => {
  it.each(PAIRS)('%s lists the same values, in the same order', (name, values) => {
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    expect((type as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([...values]);
  });
});

describe("the explorer's copy of the vocabulary", () => {
  it('matches src/model (the page is plain browser JavaScript and cannot import it)', async () => {
    const module = 'graph-model';
    // biome-ignore lint/suspicious/noExplicitAny: the browser module carries no types.
    const page: any = await import(`../../src/http/explore/${module}.js`);
    expect(page.CERTAINTIES).toEqual([...vocabulary.CERTAINTIES]);
    expect(page.CLAIM_KINDS).toEqual([...vocabulary.CLAIM_KINDS]);
    expect(page.SUPPORT_TYPES).toEqual([...vocabulary.SUPPORT_TYPES]);
  });
});
