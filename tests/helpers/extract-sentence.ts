import { join } from 'node:path';
import { projectRoot } from '../../src/config/environment.ts';
import { extractDraft } from '../../src/extract/extract-draft.ts';
import type { KnownEntities } from '../../src/extract/known-entities.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { knownFromFiles } from '../../src/extract/load-known.ts';
import { prepareText } from '../../src/extract/prepare.ts';
import { RuleCoder } from '../../src/extract/rule-coder.ts';

// The rule-based coder on a few sentences written for a test, with the seed's gazetteer as what it knows.

const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
let known: KnownEntities | undefined;

/** The gazetteer, read once per test file (call it in beforeAll). */
export async function loadGazetteer(): Promise<void> {
  known ??= await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
}

/** The draft of a short article made of `text`, published 2024-05-10. */
export function draftOf(text: string, language: 'fr' | 'en') {
  if (!known) throw new Error('call loadGazetteer() in beforeAll first');
  const prepared = prepareText(`Title\n\n${text}\n`, {
    label: 'test',
    lexicon,
    overrides: { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', language },
  });
  return extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known });
}
