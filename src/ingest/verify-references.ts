import { ValidationError } from '../errors.ts';
import type { CompiledArticle } from './load-rows.ts';
import { type EntityType, emptyKnownIds } from './references.ts';

export type ReferenceLists = Record<EntityType, string[]>;

/**
 * Guards against MATCHes that would silently drop a row: every id an article points at must exist by now. The ids
 * to look up (the parameters of MISSING_REFERENCES_BODY, sent with the batch's operations), and the check of the
 * answer, which names the articles that reference a missing id.
 */
export function referencesWanted(articles: CompiledArticle[]) {
  const wanted = emptyKnownIds();
  const users = new Map<string, Set<string>>();
  const want = (type: EntityType, id: string | null, label: string) => {
    if (id === null) return;
    wanted[type].add(id);
    const key = `${type} "${id}"`;
    users.set(key, (users.get(key) ?? new Set()).add(label));
  };
  for (const a of articles) {
    for (const op of a.operations) {
      for (const place of op.locations) want('location', place.location, a.label);
      want('operation', op.campaign, a.label);
    }
    for (const c of a.claims) {
      want('actor', c.subject, a.label);
      want('actor', c.object, a.label);
      want('operation', c.operation, a.label);
      want('location', c.location, a.label);
    }
    for (const e of a.evidences) for (const s of e.sources) want('source', s, a.label);
  }
  const params: ReferenceLists = {
    actor: [...wanted.actor],
    location: [...wanted.location],
    operation: [...wanted.operation],
    source: [...wanted.source],
  };
  const check = (missing: ReferenceLists) => {
    const problems = (Object.keys(params) as EntityType[]).flatMap((type) =>
      missing[type].map((id) => `${type} "${id}"`),
    );
    if (problems.length === 0) return;
    const labels = [...new Set(problems.flatMap((p) => [...(users.get(p) ?? [])]))];
    throw new ValidationError(
      labels.join(', '),
      problems.map((p) => ({
        path: '',
        message: `${p} is referenced but exists neither in this batch nor in the graph`,
      })),
    );
  };
  return { params, check };
}
