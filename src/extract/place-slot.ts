import type { LocationInput } from '../ingest/article-format.ts';
import { cuesOf, type Mention, type SentenceView, type Span } from './analysis.ts';
import { slugify } from './fold.ts';
import { DETERMINERS } from './groups.ts';
import { upperAt } from './org-names.ts';
import type { ArticleContext } from './raw-claim.ts';

// The place a control, deployment or withdrawal verb names right after it, even when no gazetteer knows it:
// "overran an army garrison in Nasir", "s'est emparée mardi de Manbij", "captured the towns of Dessie and
// Kombolcha", "sont arrivés mercredi à Niamey". A capitalised name there (after a place preposition, or right
// after the verb) that is no actor, demonym, title, month or day is the place; an unknown one is proposed.

// "overran an army garrison in Nasir": two words of description at most; "seized weapons in…" seized no place
const MAX_GAP = 2;
// "a déployé des chars et deux régiments d'artillerie supplémentaires dans la province de…": what a deployment
// sends, before the preposition of its destination, is no distance, up to this many words
const SENT_REACH = 14;
/** the prepositions that head a destination ("dans", "to"), unlike "de"/"of"/"des" inside what was sent */
const HEADS = new Set([
  'in',
  'at',
  'near',
  'into',
  'to',
  'inside',
  'around',
  'à',
  'au',
  'aux',
  'dans',
  'près',
  'vers',
  'sur',
  'autour',
  'en',
]);
const AND = new Set(['and', 'et']);

export interface Slot {
  ids: string[];
  /** the last token of the last place */
  last: number;
}

export function placeSlot(
  view: SentenceView,
  text: string,
  clause: Span,
  after: number,
  ctx: ArticleContext,
  sends = false,
): Slot {
  const c = ctx.constructions;
  const none = { ids: [], last: after };
  if (!c) return none;
  const ids: string[] = [];
  const goods = cuesOf(view, 'materiel');
  let i = after + 1;
  let gap = 0;
  let last = after;
  let headed = false;
  while (i <= clause.last && gap <= MAX_GAP && (!sends || headed || i - after <= SENT_REACH)) {
    if (view.commaAfter.has(i - 1) && i > after + 1) break;
    const word = view.tokens[i]?.text ?? '';
    const previous = view.tokens[i - 1]?.text ?? '';
    const opens = i === after + 1 || c.slotPrepositions.has(previous) || (ids.length > 0 && AND.has(previous));
    const place = opens ? nameAt(view, text, clause, i, ctx, sends) : undefined;
    if (place) {
      ids.push(place.id);
      last = place.last;
      // "the towns of Dessie and Kombolcha": a second name after "and" is a second place
      if (!AND.has(view.tokens[place.last + 1]?.text ?? '') || view.commaAfter.has(place.last)) break;
      i = place.last + 2;
      continue;
    }
    if (ids.length > 0) break;
    // an actor, something given or seized, an idiom ("took place in", "a eu lieu") or a capitalised word that is
    // no place ends the search
    if (view.actors.some((m) => m.first === i) || upperAt(text, view.tokens[i]?.start ?? 0)) break;
    const given = goods.find((m) => m.first <= i && m.last >= i);
    // "a déployé un millier de soldats et de policiers dans…": what a deployment sends is no distance
    if ((given && !sends) || (i === after + 1 && c.slotBlockers.has(word))) break;
    const filler = DETERMINERS.has(word) || AND.has(word) || c.slotPrepositions.has(word) || c.placeFillers.has(word);
    if (HEADS.has(word)) headed = true;
    if (!filler && !given && (headed || !sends)) gap++;
    i++;
  }
  return ids.length > 0 ? { ids, last } : none;
}

/**
 * An actor's name where a place is expected: a capital ("sont arrivés à Bangui") is that city, a country a
 * deployment goes to ("deployed troops to Mali") that country's place; any other actor is no place.
 */
function actorPlace(
  text: string,
  actor: Mention,
  i: number,
  ctx: ArticleContext,
  sends: boolean,
): { id: string; last: number } | undefined {
  const ref = actor.refs.length === 1 ? actor.refs[0] : undefined;
  if (!ref || actor.first !== i || ref.kind !== 'STATE') return undefined;
  const country = ctx.countryPlaces?.get(ref.id);
  if (ref.cue === 'country') return sends && country ? { id: country, last: actor.last } : undefined;
  if (ref.cue !== 'capital') return undefined;
  const name = text.slice(actor.start, actor.end);
  return propose(ctx, name, 'CITY', actor.last);
}

function propose(ctx: ArticleContext, name: string, kind: LocationInput['kind'], last: number) {
  const id = slugify(name);
  if (!id) return undefined;
  ctx.proposedPlaces ??= new Map();
  if (!ctx.proposedPlaces.has(id)) ctx.proposedPlaces.set(id, { id, name, kind });
  return { id, last };
}

/** A place named at token `i`: a known one, or up to three capitalised words no actor or date word begins. */
function nameAt(
  view: SentenceView,
  text: string,
  clause: Span,
  i: number,
  ctx: ArticleContext,
  sends: boolean,
): { id: string; last: number } | undefined {
  const known = view.places.find((p) => p.first === i && p.value.type === 'location');
  if (known) return { id: known.value.id, last: known.last };
  const c = ctx.constructions;
  const token = view.tokens[i];
  if (!c || !token || !upperAt(text, token.start) || c.notNames.has(token.text)) return undefined;
  const actor = view.actors.find((m) => m.first <= i && m.last >= i);
  if (actor) return actorPlace(text, actor, i, ctx, sends);
  if (ctx.demonyms?.scan([token]).length) return undefined;
  let k = i;
  const capital = (at: number) =>
    at <= clause.last && upperAt(text, view.tokens[at]?.start ?? 0) && !view.actors.some((m) => m.first === at);
  while (k - i < 3 && !view.commaAfter.has(k)) {
    // "Mocímboa da Praia", "Dar es Salaam": a joining word between two capitalised words
    if (capital(k + 1)) k++;
    else if (c.nameJoiners.has(view.tokens[k + 1]?.text ?? '') && !view.commaAfter.has(k + 1) && capital(k + 2)) k += 2;
    else break;
  }
  const name = text.slice(token.start, view.tokens[k]?.end ?? token.end);
  if (/[()«»".;:]/.test(name)) return undefined;
  return propose(ctx, name, 'TOWN', k);
}
