import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleDocument } from '../ingest/article-format.ts';
import { InputError, MAX_INPUT_BYTES } from './decode.ts';
import { extractDraft } from './extract-draft.ts';
import type { Extractor } from './extractor.ts';
import type { RawMetadata } from './front-matter.ts';
import type { KnownEntities } from './known-entities.ts';
import type { Lexicon } from './lexicon.ts';
import { prepareText } from './prepare.ts';

// Files (or standard input) to draft documents, all in memory first: a bad file stops the run before anything
// is written, so a directory is never half-extracted.

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface ExtractedFile {
  label: string;
  name: string;
  doc: ArticleDocument;
  notes: string[];
}

export interface ExtractFilesOptions {
  extractor: Extractor;
  known: KnownEntities;
  lexicon: Lexicon;
  overrides: RawMetadata;
  readStdin?: () => Promise<Uint8Array>;
}

async function readBounded(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.size > MAX_INPUT_BYTES)
    throw new InputError(`${file}: ${info.size} bytes is more than the ${MAX_INPUT_BYTES} bytes an article may have`);
  return readFile(file);
}

export async function listTextFiles(target: string): Promise<string[]> {
  const root = resolve(target);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new InputError(`${target}: no such file or directory`);
  if (!info.isDirectory()) return [root];
  const entries = await readdir(root, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(root, e.name))
    .sort();
  if (files.length === 0) throw new InputError(`${target}: no .txt, .md or .html file in this directory`);
  return files;
}

export async function extractFiles(targets: string[], options: ExtractFilesOptions): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  const inputs: { label: string; bytes: Uint8Array }[] = [];
  for (const target of targets) {
    if (target === '-') {
      if (!options.readStdin) throw new InputError('standard input is not available here');
      inputs.push({ label: '<stdin>', bytes: await options.readStdin() });
      continue;
    }
    for (const file of await listTextFiles(target)) inputs.push({ label: file, bytes: await readBounded(file) });
  }
  if (inputs.length > 1 && options.overrides.id)
    throw new InputError('--id names one article: give one file, or leave the ids to be made from the titles');
  for (const { label, bytes } of inputs) {
    const prepared = prepareText(bytes, {
      label,
      lexicon: options.lexicon,
      overrides: options.overrides,
      fallbackTitle: basename(label, extname(label)),
    });
    const doc = extractDraft(options.extractor, {
      text: prepared.text,
      metadata: prepared.metadata,
      known: options.known,
    });
    const name = label === '<stdin>' ? doc.article.id : basename(label, extname(label));
    out.push({ label, name, doc, notes: prepared.notes });
  }
  return out;
}
