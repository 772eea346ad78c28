import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { type ParsedDocument, readDocuments } from './read-documents.ts';

/**
 * A way documents come in. A source reads the inputs it accepts into ParsedDocuments (checked against the article
 * format, or carrying the issues that stop them); checking against the graph and loading are then the same for
 * every source. Today: JSON annotations (jsonSource) and article text, extracted into draft annotations (the CLI
 * builds that one, as it needs the gazetteer and the graph's names). A dataset reader (ACLED or UCDP rows) would be
 * one more source, with validation and the loader left as they are.
 */
export interface DocumentSource {
  /** What it reads, for messages. */
  readonly name: string;
  /** Whether this source reads `target` (a file, a directory or "-"). */
  accepts(target: string): boolean;
  read(targets: string[]): Promise<ParsedDocument[]>;
}

/** Article and gazetteer JSON: a .json file, every *.json below a directory, or standard input. */
export const jsonSource: DocumentSource = {
  name: 'article and gazetteer JSON',
  // A path that does not exist is its to report ("no such file or directory").
  accepts: (target) => target === '-' || extname(target).toLowerCase() === '.json' || !isFile(target),
  read: async (targets) => (await Promise.all(targets.map(readDocuments))).flat(),
};

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Each target is read by the first source that accepts it; documents come back in the order of the sources. */
export async function readFromSources(sources: DocumentSource[], targets: string[]): Promise<ParsedDocument[]> {
  const assigned = new Map<DocumentSource, string[]>(sources.map((s) => [s, []]));
  for (const target of targets) {
    const source = sources.find((s) => s.accepts(target));
    if (!source) {
      const names = sources.map((s) => s.name).join(', ');
      return [{ ok: false, label: target, issues: [{ path: '', message: `not something ingest reads (${names})` }] }];
    }
    assigned.get(source)!.push(target);
  }
  const read = await Promise.all([...assigned].map(([s, t]) => (t.length ? s.read(t) : Promise.resolve([]))));
  return read.flat();
}

/**
 * The article texts below a directory that no JSON annotation there names as its `textFile`: a folder of
 * articles is read in full (each text extracted), while the texts of annotated articles are not read twice.
 */
export async function unannotatedTexts(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const texts: string[] = [];
  const referenced = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (extensions.has(extname(entry.name).toLowerCase())) texts.push(full);
      else if (entry.name.endsWith('.json')) {
        const textFile = await readFile(full, 'utf8')
          .then((raw) => (JSON.parse(raw) as { article?: { textFile?: unknown } }).article?.textFile)
          .catch(() => undefined);
        if (typeof textFile === 'string') referenced.add(resolve(folder, textFile));
      }
    }
  };
  await walk(resolve(dir));
  return texts.filter((t) => !referenced.has(t));
}
