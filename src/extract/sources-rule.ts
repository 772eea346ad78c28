import type { SourceInput } from '../ingest/article-format.ts';
import type { SourceKind } from '../model/vocabulary.ts';
import type { ActorIndexes } from './actor-index.ts';
import { cuesOf, type SentenceView } from './analysis.ts';
import { slugify } from './fold.ts';

// The sources a sentence cites ("selon des sources sécuritaires maliennes et burkinabè", "rebelles du CSP",
// "UN experts said"). A source head followed (French) or preceded (English) by demonyms is one source per
// country; an actor right after the head or after "selon"/"according to" ties the source to that actor.

const ACTOR_SOURCE: Record<string, SourceKind> = {
  STATE: 'OFFICIAL',
  STATE_ARMED_FORCE: 'OFFICIAL',
  NON_STATE_ARMED_GROUP: 'ARMED_GROUP',
  PRIVATE_MILITARY_COMPANY: 'ARMED_GROUP',
  INTERNATIONAL_ORGANISATION: 'OTHER',
};

export interface CitedSources {
  sources: SourceInput[];
  backReference: boolean;
}

export function citedSources(view: SentenceView, text: string, indexes: ActorIndexes): CitedSources | undefined {
  const attributions = cuesOf(view, 'attribution');
  if (attributions.length === 0) return undefined;
  const sources: SourceInput[] = [];
  const heads = cuesOf(view, 'sourceHead');
  // the demonyms matter only after a source head: most attributed sentences ("said", "selon") have none
  const demonyms = heads.length > 0 ? indexes.demonyms.scan(view.tokens) : [];
  for (const head of heads) {
    let last = head.last;
    const found: { stateId: string; end: number; start: number }[] = [];
    for (const d of demonyms) {
      const gap = view.tokens.slice(last + 1, d.first).map((t) => t.text);
      if (d.first <= head.last || gap.some((w) => !['et', 'and', 'ou', 'or'].includes(w))) continue;
      found.push({ stateId: d.value.stateId, start: d.start, end: d.end });
      last = d.last;
    }
    const actor = view.actors.find(
      (m) => (m.first <= head.first && m.last >= head.last) || (m.first > head.last && m.first - head.last <= 2),
    );
    if (found.length > 0) {
      for (const f of found) {
        const name = `${text.slice(head.start, head.end)} ${text.slice(f.start, f.end)}`;
        sources.push({ id: slugify(name), name, kind: head.value.kind, actor: f.stateId });
      }
    } else if (actor) {
      const name = text.slice(Math.min(head.start, actor.start), Math.max(actor.end, head.end));
      const ref = actor.refs[0];
      sources.push({ id: slugify(name), name, kind: head.value.kind, ...(ref ? { actor: ref.id } : {}) });
    } else {
      const name = text.slice(head.start, head.end);
      sources.push({ id: slugify(name), name, kind: head.value.kind });
    }
  }
  for (const a of attributions) {
    const actor = view.actors.find((m) => m.first > a.last && m.first - a.last <= 2);
    const ref = actor?.refs[0];
    if (actor && ref && !sources.some((s) => s.actor === ref.id)) {
      const name = text.slice(actor.start, actor.end);
      sources.push({ id: slugify(name), name, kind: ACTOR_SOURCE[ref.kind] ?? 'OTHER', actor: ref.id });
    }
  }
  if (sources.length === 0) return undefined;
  return { sources: sources.filter((s) => s.id), backReference: cuesOf(view, 'backReference').length > 0 };
}
