import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { extractDraft } from '../../src/extract/extract-draft.ts';
import type { KnownEntities } from '../../src/extract/known-entities.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { knownFromFiles } from '../../src/extract/load-known.ts';
import { prepareText } from '../../src/extract/prepare.ts';
import { RuleCoder } from '../../src/extract/rule-coder.ts';
import type { ClaimInput } from '../../src/ingest/article-format.ts';

// One sentence construction per case, in sentences written for these tests (not taken from any evaluated
// report), each with a near miss that must not fire: the coder's recall may grow only where its precision holds.

const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
let known: KnownEntities;
beforeAll(async () => {
  known = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
});

function claims(text: string, language: 'fr' | 'en'): string[] {
  const prepared = prepareText(`Title\n\n${text}\n`, {
    label: 'test',
    lexicon,
    overrides: { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', language },
  });
  const draft = extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known });
  return (draft.claims ?? []).map(brief).sort();
}

const brief = (c: ClaimInput) =>
  [c.kind, c.statementType ?? c.supportType ?? '', c.subject, c.object ?? c.location ?? '', c.polarity ?? 'ASSERTED']
    .join(' ')
    .replace(/ +/g, ' ');

describe('a statement is addressed to the verb’s direct object', () => {
  it('reads the actor right after the verb', () => {
    expect(claims('Le Niger a condamné la France après la fermeture de la frontière.', 'fr')).toContain(
      'STATEMENT CONDEMNATION niger france ASSERTED',
    );
  });
  it('not an actor named inside what is condemned or acknowledged', () => {
    expect(claims('Algeria condemned the drone strikes on Malian army positions near the border.', 'en')).toEqual([]);
    expect(claims("Moscou n'a jamais reconnu la présence de Wagner au Burkina Faso.", 'fr')).toEqual([]);
  });
});
