import { describe, expect, it } from 'vitest';
import { asParsed, generateCorpus } from '../../bench/corpus.ts';
import { compileArticle, compileGazetteer } from '../../src/ingest/compile.ts';
import { declarations } from '../../src/ingest/references.ts';

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed, and every document it makes is valid', () => {
    const a = generateCorpus({ articles: 200, claimsPerArticle: 5 }, 7);
    expect(generateCorpus({ articles: 200, claimsPerArticle: 5 }, 7)).toEqual(a);
    expect(generateCorpus({ articles: 200, claimsPerArticle: 5 }, 8)).not.toEqual(a);

    const known = declarations(a.gazetteer);
    for (const id of a.operations) known.operation.add(id);
    expect(compileGazetteer('g', a.gazetteer, known)).toMatchObject({ ok: true });
    const parsed = asParsed(a);
    let claims = 0;
    for (const doc of parsed.slice(1)) {
      if (!doc.ok || doc.doc.kind !== 'article' || !('text' in doc)) throw new Error('unexpected document');
      const result = compileArticle(doc.label, doc.doc, doc.text, known);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) claims += result.value.claims.length;
    }
    expect(claims).toBe(a.claims);
  });
});
