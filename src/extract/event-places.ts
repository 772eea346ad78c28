import type { ActorKind } from '../model/vocabulary.ts';
import { commaBetween, type Mention, type SentenceView, type Span } from './analysis.ts';
import type { Cue } from './cue-index.ts';
import { ids } from './groups.ts';
import type { PhraseMatch } from './phrase-index.ts';
import { placeSlot } from './place-slot.ts';
import type { ArticleContext } from './raw-claim.ts';
import { actObject } from './statement-object.ts';

// Where an event happened and what it names (event-rules.ts): a known place near its verb, a deployment's
// destination, or the names the verb's place slot holds (place-slot.ts); a country left is a place.

type ClaimCue = PhraseMatch<Extract<Cue, { cat: 'claim' }>>;

function placeAfter(
  view: SentenceView,
  clause: Span,
  after: number,
  maxGap: number,
  fillers?: Set<string>,
): string | undefined {
  const place = view.places.find((p) => p.value.type === 'location' && p.first > after && p.last <= clause.last);
  if (!place) return undefined;
  // "deployed troops, officials said, and Kidal remained calm": past a comma, a place is the verb's only after a
  // preposition ("…, jeudi, à Bossangoa"), not the subject of what follows
  if (commaBetween(view, after, place.first) && !introducedPlace(view, place.first)) return undefined;
  // "ont repris jeudi le contrôle de Bossangoa": a day and "le contrôle de" are no distance
  const gap = view.tokens
    .slice(after + 1, place.first)
    .filter((t) => !fillers?.has(t.text) || !/^\p{L}/u.test(t.text)).length;
  return gap <= maxGap ? place.value.id : undefined;
}

/** The prepositions of a deployment's destination ("to", "dans", "vers"…). */
export const DESTINATION = new Set(['to', 'in', 'into', 'inside', 'dans', 'à', 'au', 'en', 'vers', 'sur']);
const PLACE_PREPOSITIONS = new Set([...DESTINATION, 'de', 'du', 'd', 'of', 'from', 'near', 'près', 'aux', 'at']);

/** A preposition before the place, past its determiners ("à Bossangoa", "le contrôle de la ville de Kidal"). */
function introducedPlace(view: SentenceView, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && /^(?:le|la|les|l|the)$/.test(view.tokens[i]?.text ?? '')) i--;
  return PLACE_PREPOSITIONS.has(view.tokens[i]?.text ?? '');
}

/** "a déployé un millier de soldats et de policiers dans la province de Cabo Delgado": where the troops went. */
function destination(view: SentenceView, clause: Span, after: number): string | undefined {
  const place = view.places.find(
    (p) => p.value.type === 'location' && p.first > after && p.first - after <= 12 && p.last <= clause.last,
  );
  if (!place) return undefined;
  let i = place.first - 1;
  while (i > after && /^(?:le|la|les|l|the|province|region|région|de|of|city|ville)$/.test(view.tokens[i]?.text ?? ''))
    i--;
  return DESTINATION.has(view.tokens[i]?.text ?? '') ? place.value.id : undefined;
}

const PLACED = new Set(['CONTROL', 'DEPLOYMENT', 'WITHDRAWAL']);

/** The places of a control, deployment or withdrawal: known ones near the verb, else the names its slot holds. */
export function placesOf(view: SentenceView, clause: Span, cue: ClaimCue, ctx: ArticleContext, text?: string) {
  const { kind, voice } = cue.value;
  const location =
    placeAfter(view, clause, cue.last, kind === 'CONTROL' ? 3 : 6, ctx.constructions?.placeFillers) ??
    (kind === 'DEPLOYMENT' ? destination(view, clause, cue.last) : undefined);
  const slot =
    text && PLACED.has(kind) && voice === 'active'
      ? placeSlot(view, text, clause, cue.last, ctx, kind === 'DEPLOYMENT')
      : undefined;
  if (slot && slot.ids.length > 0 && (!location || slot.ids[0] === location))
    return { location: slot.ids[0], more: slot.ids.slice(1), end: view.tokens[slot.last]?.end ?? 0 };
  const lastPlace = location ? view.places.find((p) => p.value.id === location && p.first > cue.last) : undefined;
  return { location, more: [] as string[], end: lastPlace?.end ?? 0 };
}

const GROUPINGS: ActorKind[] = ['ALLIANCE', 'INTERNATIONAL_ORGANISATION'];

/** The event's object ids and its place, once a country left is read as a place and groupings are checked. */
export function objectsAndPlace(
  view: SentenceView,
  clause: Span,
  cue: ClaimCue,
  ctx: ArticleContext,
  objects: Mention[],
  found: string | undefined,
): { location: string | undefined; objectIds: string[]; accuses: boolean } {
  const { kind, voice } = cue.value;
  let location = found;
  let objectIds = ids(objects);
  // "a condamné l'intervention turque", "a salué ces frappes": the author of the act spoken about
  // …and a condemnation of an alleged act ("dénonce un soutien de l'Ukraine") accuses its author
  const alleged = { value: false };
  if (kind === 'STATEMENT' && voice === 'active' && objectIds.length === 0)
    objectIds = actObject(view, clause, cue.last, ctx, alleged);
  // "la France a quitté le Niger": a force leaves a country, a place, not an actor it stops helping
  const country =
    kind === 'WITHDRAWAL'
      ? objectIds.find((id) => ctx.countryPlaces?.has(id) && (!location || ctx.countryPlaces.get(id) === location))
      : undefined;
  if (country) {
    location = ctx.countryPlaces?.get(country);
    objectIds = objectIds.filter((id) => id !== country);
  }
  if (kind === 'MEMBERSHIP' || kind === 'WITHDRAWAL')
    objectIds = objectIds.filter((id) =>
      objects.some((m) => m.refs.some((r) => r.id === id && (kind === 'WITHDRAWAL' || GROUPINGS.includes(r.kind)))),
    );
  const accuses = alleged.value && objectIds.length > 0 && cue.value.statementType === 'CONDEMNATION';
  return { location, objectIds, accuses };
}
