import { statSync } from 'node:fs';
import { extname } from 'node:path';
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
