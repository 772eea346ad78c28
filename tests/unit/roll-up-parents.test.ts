import { describe, expect, it } from 'vitest';
import { gazetteerSchema } from '../../src/ingest/article-format.ts';
import { compileGazetteer } from '../../src/ingest/compile.ts';
import { declarations } from '../../src/ingest/references.ts';

const compile = (actors: unknown[]) => {
  const doc = gazetteerSchema.parse({ kind: 'gazetteer', formatVersion: 1, actors });
  return compileGazetteer('g', doc, declarations(doc));
};
const russia = { id: 'russia', name: 'Russia', kind: 'STATE' };
const mali = { id: 'mali', name: 'Mali', kind: 'STATE' };

describe('roll-up parents', () => {
  it('refuses an actor tied to two parents over the same dates, naming the tie', () => {
    const result = compile([
      russia,
      mali,
      {
        id: 'wagner',
        name: 'Wagner',
        kind: 'PRIVATE_MILITARY_COMPANY',
        affiliations: [
          { actor: 'russia', since: '2014' },
          { actor: 'mali', since: '2021-12', until: '2025-06' },
        ],
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: 'actors[2].affiliations[1]',
        message:
          '"wagner" would roll up to both "russia" (actors[2].affiliations[0]) and "mali" over the same dates; give the ties dates that do not overlap',
      },
    ]);
  });

  it('accepts successive ties', () => {
    const result = compile([
      russia,
      mali,
      {
        id: 'x',
        name: 'X',
        kind: 'NON_STATE_ARMED_GROUP',
        affiliations: [
          { actor: 'russia', since: '2014', until: '2020' },
          { actor: 'mali', since: '2021' },
        ],
      },
    ]);
    expect(result.ok).toBe(true);
  });
});
