import type { ValidationIssue } from '../errors.ts';
import type { ActorInput, ArticleDocument, GazetteerDocument } from './article-format.ts';
import { date } from './entity-rows.ts';
import { closest } from './suggest.ts';

// The ids a document points at and declares, and the checks on its reference data (actors, places, sources):
// what makes a document's references resolvable before anything is written.

export type EntityType = 'actor' | 'location' | 'operation' | 'source';
export type KnownIds = Record<EntityType, Set<string>>;

export const emptyKnownIds = (): KnownIds => ({
  actor: new Set(),
  location: new Set(),
  operation: new Set(),
  source: new Set(),
});

export interface Reference {
  type: EntityType;
  id: string;
  path: string;
}

/** Every id a document points at, with the path that names it in error messages. */
export function references(doc: ArticleDocument | GazetteerDocument): Reference[] {
  const refs: Reference[] = [];
  const add = (type: EntityType, id: string | undefined, path: string) => {
    if (id !== undefined) refs.push({ type, id, path });
  };
  for (const [i, a] of (doc.actors ?? []).entries()) {
    add('actor', a.partOf, `actors[${i}].partOf`);
    for (const [j, l] of (a.affiliations ?? []).entries())
      add('actor', l.actor, `actors[${i}].affiliations[${j}].actor`);
    for (const [j, l] of (a.members ?? []).entries()) add('actor', l.actor, `actors[${i}].members[${j}].actor`);
    add('actor', a.succeeds?.actor, `actors[${i}].succeeds.actor`);
  }
  for (const [i, l] of (doc.locations ?? []).entries()) add('location', l.partOf, `locations[${i}].partOf`);
  for (const [i, s] of (doc.sources ?? []).entries()) add('actor', s.actor, `sources[${i}].actor`);
  if (doc.kind === 'article') {
    for (const [i, o] of (doc.operations ?? []).entries()) {
      for (const [j, l] of (o.locations ?? []).entries())
        add('location', l.location, `operations[${i}].locations[${j}].location`);
      add('operation', o.campaign, `operations[${i}].campaign`);
    }
    for (const [i, c] of (doc.claims ?? []).entries()) {
      add('actor', c.subject, `claims[${i}].subject`);
      add('actor', c.object, `claims[${i}].object`);
      add('operation', c.operation, `claims[${i}].operation`);
      add('location', c.location, `claims[${i}].location`);
      for (const [j, e] of c.evidence.entries()) {
        for (const [k, s] of (e.sources ?? []).entries()) add('source', s, `claims[${i}].evidence[${j}].sources[${k}]`);
      }
    }
  }
  return refs;
}

/** Ids a document declares itself. */
export function declarations(doc: ArticleDocument | GazetteerDocument): KnownIds {
  const ids = emptyKnownIds();
  for (const a of doc.actors ?? []) ids.actor.add(a.id);
  for (const l of doc.locations ?? []) ids.location.add(l.id);
  for (const s of doc.sources ?? []) ids.source.add(s.id);
  if (doc.kind === 'article') for (const o of doc.operations ?? []) ids.operation.add(o.id);
  return ids;
}

export function checkDuplicates(items: { id: string }[] | undefined, field: string, issues: ValidationIssue[]) {
  const seen = new Map<string, number>();
  items?.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      issues.push({ path: `${field}[${i}].id`, message: `duplicate id "${item.id}" (also ${field}[${first}])` });
    else seen.set(item.id, i);
  });
}

/**
 * Roll-up counts an actor's claims as its parent's: with two parents at once (part of one, affiliated with another
 * over the same dates) a claim would be counted twice or arbitrarily, so ties of one actor must not overlap.
 */
function checkRollUpParents(a: ActorInput, i: number, issues: ValidationIssue[]) {
  const ties = [
    ...(a.partOf ? [{ actor: a.partOf, start: '', end: '9999', path: `actors[${i}].partOf` }] : []),
    ...(a.affiliations ?? []).map((l, j) => ({
      actor: l.actor,
      start: date(l.since)?.start ?? '',
      end: date(l.until)?.end ?? '9999',
      path: `actors[${i}].affiliations[${j}]`,
    })),
  ];
  ties.forEach((t, j) => {
    const earlier = ties.slice(0, j).find((o) => o.start <= t.end && t.start <= o.end);
    if (earlier)
      issues.push({
        path: t.path,
        message: `"${a.id}" would roll up to both "${earlier.actor}" (${earlier.path}) and "${t.actor}" over the same dates; give the ties dates that do not overlap`,
      });
  });
}

export function checkReferenceData(
  doc: ArticleDocument | GazetteerDocument,
  known: KnownIds,
  issues: ValidationIssue[],
) {
  checkDuplicates(doc.actors, 'actors', issues);
  checkDuplicates(doc.locations, 'locations', issues);
  checkDuplicates(doc.sources, 'sources', issues);
  doc.actors?.forEach((a, i) => {
    if (a.members?.length && a.kind !== 'ALLIANCE') {
      issues.push({ path: `actors[${i}].members`, message: `only an ALLIANCE has members ("${a.id}" is ${a.kind})` });
    }
    if (a.partOf === a.id) issues.push({ path: `actors[${i}].partOf`, message: 'an actor cannot be part of itself' });
    checkRollUpParents(a, i, issues);
  });
  doc.locations?.forEach((l, i) => {
    if (l.partOf === l.id)
      issues.push({ path: `locations[${i}].partOf`, message: 'a location cannot be part of itself' });
  });
  for (const ref of references(doc)) {
    if (known[ref.type].has(ref.id)) continue;
    const suggestion = closest(ref.id, known[ref.type]);
    issues.push({
      path: ref.path,
      message: `unknown ${ref.type} "${ref.id}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
    });
  }
}
