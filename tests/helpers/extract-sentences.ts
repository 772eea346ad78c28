import { join } from 'node:path';
import { projectRoot } from '../../src/config/environment.ts';
import { extractDraft } from '../../src/extract/extract-draft.ts';
import type { KnownEntities } from '../../src/extract/known-entities.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { knownFromFiles } from '../../src/extract/load-known.ts';
import { prepareText } from '../../src/extract/prepare.ts';
import { RuleCoder } from '../../src/extract/rule-coder.ts';
import type { ArticleDocument, ClaimInput } from '../../src/ingest/article-format.ts';

// Extraction of a few sentences written for a unit test, against the seed's gazetteer, with one-line summaries
// of what came out ("SUPPORT TROOPS rwanda fardc ASSERTED").

const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
let known: KnownEntities | undefined;

export async function loadKnown(): Promise<void> {
  known ??= await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
}

export function draftOf(text: string, language: 'fr' | 'en'): ArticleDocument {
  if (!known) throw new Error('call loadKnown() in beforeAll first');
  const prepared = prepareText(`Title\n\n${text}\n`, {
    label: 'test',
    lexicon,
    overrides: { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', language },
  });
  return extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known });
}

export const brief = (c: ClaimInput): string =>
  [c.kind, c.supportType ?? c.statementType ?? '', c.subject, c.object ?? c.location ?? '', c.polarity ?? 'ASSERTED']
    .join(' ')
    .replace(/ +/g, ' ');

/** The claims of `kind` (every kind when omitted), summarised and sorted. */
export function claims(text: string, language: 'fr' | 'en', kind?: string): string[] {
  return (draftOf(text, language).claims ?? [])
    .filter((c) => !kind || c.kind === kind)
    .map(brief)
    .sort();
}

/** The actors the coder names in each sentence ("myanmar-armed-forces"), with the declarations of those it proposes. */
export function actorsNamed(
  text: string,
  language: 'fr' | 'en',
): { sentences: string[][]; proposals: ArticleDocument['actors'] } {
  if (!known) throw new Error('call loadKnown() in beforeAll first');
  const metadata = { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', language };
  const seen = coder.sentenceActors({ text, metadata, known });
  const used = new Set(seen.sentences.flatMap((s) => s.ids));
  return { sentences: seen.sentences.map((s) => s.ids), proposals: seen.actors.filter((a) => used.has(a.id)) };
}
