import type { LocationInput } from '../ingest/article-format.ts';
import { fold } from './fold.ts';

// A place the coder proposes gets an id of its own ("enga") while the annotator declared the same place under
// another ("enga-province"): a reviewer would merge them, so the scorer does, as it does for proposed actors.
// A proposal aligns with an annotated location of the same id, else one whose name or an alias folds to the same
// words as the proposal's name, else one whose id extends the proposal's ("enga" → "enga-province"). Each proposal
// aligns with one annotated location, each annotated location with one proposal, in the proposals' order; among
// several id extensions the shortest id wins, then the first in alphabetical order.

// words folded (accents, case) and split on anything not a letter or digit: "Tal-Afar" and "TAL AFAR" are one name
const key = (name: string) =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
const words = (l: LocationInput) => new Set([l.name, ...(l.aliases ?? []).map((a) => a.name)].map(key));

export function alignLocations(proposed: LocationInput[], annotated: LocationInput[]): Map<string, string> {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const free = (g: LocationInput) => !taken.has(g.id);
  const take = (p: LocationInput, g: LocationInput | undefined) => {
    if (!g || map.has(p.id)) return;
    taken.add(g.id);
    map.set(p.id, g.id);
  };
  // the surest reading first for every proposal, so a weaker one never takes the place a surer one wants
  for (const p of proposed)
    take(
      p,
      annotated.find((g) => g.id === p.id && free(g)),
    );
  for (const p of proposed) {
    const names = words(p);
    take(
      p,
      annotated.find((g) => free(g) && [...words(g)].some((n) => n !== '' && names.has(n))),
    );
  }
  for (const p of proposed) {
    const extensions = annotated
      .filter((g) => free(g) && g.id.startsWith(`${p.id}-`))
      .sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id));
    take(p, extensions[0]);
  }
  // a proposal that keeps its own id needs no entry
  for (const [from, to] of map) if (from === to) map.delete(from);
  return map;
}
