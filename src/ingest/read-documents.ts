import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { ValidationIssue } from '../errors.ts';
import { type ArticleDocument, documentSchema, type GazetteerDocument, MAX_TEXT_LENGTH } from './article-format.ts';

export type ParsedDocument =
  | { ok: true; label: string; doc: GazetteerDocument }
  | { ok: true; label: string; doc: ArticleDocument; text: string; extracted?: boolean }
  | { ok: false; label: string; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Validates one decoded document. `baseDir` resolves `textFile`; without it (documents sent over GraphQL),
 * the text must be inline.
 */
export async function parseDocument(label: string, json: unknown, baseDir?: string): Promise<ParsedDocument> {
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, label, issues: zodIssues(parsed.error) };
  const doc = parsed.data;
  if (doc.kind === 'gazetteer') return { ok: true, label, doc };
  const { text, textFile } = doc.article;
  if ((text === undefined) === (textFile === undefined)) {
    return {
      ok: false,
      label,
      issues: [{ path: 'article.text', message: 'give exactly one of "text" or "textFile"' }],
    };
  }
  if (text !== undefined) return { ok: true, label, doc, text };
  if (!baseDir) {
    return {
      ok: false,
      label,
      issues: [{ path: 'article.textFile', message: 'not available here: send the text inline in "text"' }],
    };
  }
  const file = resolve(baseDir, textFile ?? '');
  let content: string;
  try {
    if ((await stat(file)).size > MAX_TEXT_LENGTH * 4) throw new RangeError('too large');
    content = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof RangeError ? 'file too large' : `cannot read ${file}`;
    return { ok: false, label, issues: [{ path: 'article.textFile', message: reason }] };
  }
  if (content.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      label,
      issues: [{ path: 'article.textFile', message: `text longer than ${MAX_TEXT_LENGTH} characters` }],
    };
  }
  return { ok: true, label, doc, text: content };
}

export async function parseJsonDocument(label: string, source: string, baseDir?: string): Promise<ParsedDocument> {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, label, issues: [{ path: '', message: `invalid JSON: ${(error as Error).message}` }] };
  }
  return parseDocument(label, json, baseDir);
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listJsonFiles(full)));
    else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) files.push(full);
  }
  return files;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, a directory (every *.json below it, in name order) or "-" (standard input). */
export async function readDocuments(target: string): Promise<ParsedDocument[]> {
  if (target === '-') return [await parseJsonDocument('<stdin>', await readStdin(), process.cwd())];
  const root = resolve(target);
  const info = await stat(root).catch(() => undefined);
  if (!info) return [{ ok: false, label: target, issues: [{ path: '', message: 'no such file or directory' }] }];
  const files = info.isDirectory() ? await listJsonFiles(root) : [root];
  const base = info.isDirectory() ? root : dirname(root);
  return Promise.all(
    files.map(async (file) =>
      parseJsonDocument(relative(base, file) || file, await readFile(file, 'utf8'), dirname(file)),
    ),
  );
}
