import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Environment } from '../config/environment.ts';
import { UserFacingError } from '../errors.ts';
import { InputError } from '../extract/decode.ts';
import { ExtractionGateError } from '../extract/extract-draft.ts';
import { type ExtractedFile, extractFiles } from '../extract/extract-file.ts';
import type { RawMetadata } from '../extract/front-matter.ts';
import type { KnownEntities } from '../extract/known-entities.ts';
import { LexiconError, loadLexicon } from '../extract/lexicon.ts';
import { knownFromFiles } from '../extract/load-known.ts';
import { sharedCoder } from '../extract/rule-coder.ts';

export const EXTRACT_FLAGS = {
  'published-at': { type: 'string' },
  language: { type: 'string' },
  publisher: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  id: { type: 'string' },
} as const;

export function overridesFrom(values: Record<string, string | boolean | undefined>): RawMetadata {
  const pick = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const language = pick('language');
  if (language !== undefined && !/^[a-z]{2}$/.test(language))
    throw new UserFacingError('--language: expected an ISO 639-1 code such as fr or en');
  const publishedAt = pick('published-at');
  if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(publishedAt))
    throw new UserFacingError('--published-at: expected a date such as 2023-11-17');
  const out: RawMetadata = {};
  for (const [flag, key] of [
    ['published-at', 'publishedAt'],
    ['language', 'language'],
    ['publisher', 'publisher'],
    ['title', 'title'],
    ['url', 'url'],
    ['id', 'id'],
  ] as const) {
    const v = pick(flag);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Extraction with the CLI's error reporting: a bad input is a message, not a stack trace. */
export async function extractForCli(
  env: Environment,
  targets: string[],
  overrides: RawMetadata,
  known?: KnownEntities,
  /** what "-" reads: standard input, or its bytes when a caller has read them already */
  input: () => Promise<Uint8Array> = readStdin,
): Promise<ExtractedFile[]> {
  try {
    const lexicon = loadLexicon();
    const entities = known ?? (await knownFromFiles(join(env.seed.dir, 'gazetteer')));
    const files = await extractFiles(targets, {
      extractor: sharedCoder(lexicon),
      known: entities,
      lexicon,
      overrides,
      readStdin: input,
    });
    for (const f of files) for (const note of f.notes) console.error(`note: ${note}`);
    return files;
  } catch (error) {
    if (error instanceof InputError || error instanceof LexiconError || error instanceof ExtractionGateError)
      throw new UserFacingError(error.message, { cause: error });
    throw error;
  }
}

const render = (f: ExtractedFile) => `${JSON.stringify(f.doc, null, 2)}\n`;

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

export async function runExtract(env: Environment, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...EXTRACT_FLAGS, out: { type: 'string' } },
  });
  if (positionals.length === 0)
    throw new UserFacingError('extract: name a .txt, .md or .html file, a directory of them, or - (standard input)');
  const files = await extractForCli(env, positionals, overridesFrom(values));
  const out = values.out;
  if (!out) {
    process.stdout.write(
      files.length === 1 && files[0]
        ? render(files[0])
        : `${JSON.stringify(
            files.map((f) => f.doc),
            null,
            2,
          )}\n`,
    );
    return 0;
  }
  const isDir = (await stat(out).catch(() => undefined))?.isDirectory() ?? (files.length > 1 || out.endsWith('/'));
  if (!isDir) {
    if (files.length !== 1 || !files[0]) throw new UserFacingError('--out: several drafts need a directory');
    await writeAtomic(out, render(files[0]));
    console.error(`wrote ${out} (${files[0].doc.claims?.length ?? 0} draft claims)`);
    return 0;
  }
  await mkdir(out, { recursive: true });
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) throw new UserFacingError(`--out: two inputs are both named "${f.name}"`);
    names.add(f.name);
  }
  for (const f of files) {
    await writeAtomic(join(out, `${f.name}.draft.json`), render(f));
    console.error(`wrote ${join(out, `${f.name}.draft.json`)} (${f.doc.claims?.length ?? 0} draft claims)`);
  }
  return 0;
}
