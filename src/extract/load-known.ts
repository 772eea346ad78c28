import { readDocuments } from '../ingest/read-documents.ts';
import { type KnownEntities, mergeKnown } from './known-entities.ts';

/** Actors, locations and operations declared in a directory of gazetteer and article files (the seed). */
export async function knownFromFiles(target: string): Promise<KnownEntities> {
  const parts = (await readDocuments(target)).flatMap((d) =>
    d.ok
      ? [
          {
            actors: d.doc.actors ?? [],
            locations: d.doc.locations ?? [],
            operations: d.doc.kind === 'article' ? (d.doc.operations ?? []) : [],
          },
        ]
      : [],
  );
  return mergeKnown(...parts);
}
