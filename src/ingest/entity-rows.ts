import { createHash } from 'node:crypto';
import { partialDateOf } from '../model/partial-date.ts';
import type {
  ActorInput,
  ArticleDocument,
  GazetteerDocument,
  LocationInput,
  OperationInput,
  SourceInput,
} from './article-format.ts';
import type {
  ActorRow,
  AliasFields,
  DateFields,
  LocationRow,
  OperationRow,
  PeriodRow,
  ReferenceData,
  SourceRow,
} from './load-rows.ts';

// Validated input to the rows the loader writes: one function per entity, each row with a hash of its own content
// so an unchanged entity is recognised without a write.

export const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Input dates were validated by the article format's schema: an absent one is undefined. */
export const date = partialDateOf;

export function dateFields(value: string | undefined): DateFields {
  const d = date(value);
  return {
    date: d?.value ?? null,
    datePrecision: d?.precision ?? null,
    dateStart: d?.start ?? null,
    dateEnd: d?.end ?? null,
  };
}

function aliasFields(name: string, aliases: { name: string; lang?: string | undefined }[] | undefined): AliasFields {
  const list = aliases ?? [];
  return {
    aliasNames: list.map((a) => a.name),
    aliasLangs: list.map((a) => a.lang ?? 'und'),
    // Apostrophes split words before indexing: "Prise d'Anéfis" is found by "Anéfis" (the tokenizer keeps "d'anéfis").
    searchText: [name, ...list.map((a) => a.name)].join(' | ').replace(/['’ʼ]/gu, ' '),
  };
}

function period(link: { actor: string; since?: string | undefined; until?: string | undefined }): PeriodRow {
  return {
    actor: link.actor,
    since: link.since ?? null,
    until: link.until ?? null,
    sinceStart: date(link.since)?.start ?? null,
    untilEnd: date(link.until)?.end ?? null,
  };
}

function withHash<T extends object>(row: T): T & { hash: string } {
  return { ...row, hash: sha(row) };
}

function actorRow(a: ActorInput): ActorRow {
  return withHash({
    id: a.id,
    name: a.name,
    kind: a.kind,
    country: a.country ?? null,
    wikidata: a.wikidata ?? null,
    description: a.description ?? null,
    partOf: a.partOf ?? null,
    affiliations: (a.affiliations ?? []).map(period),
    members: (a.members ?? []).map(period),
    succeeds: a.succeeds ? { actor: a.succeeds.actor, date: a.succeeds.date ?? null } : null,
    ...aliasFields(a.name, a.aliases),
  });
}

function locationRow(l: LocationInput): LocationRow {
  return withHash({
    id: l.id,
    name: l.name,
    kind: l.kind,
    country: l.country ?? null,
    partOf: l.partOf ?? null,
    lat: l.coordinates?.lat ?? null,
    lon: l.coordinates?.lon ?? null,
    geonames: l.geonames ?? null,
    ...aliasFields(l.name, l.aliases),
  });
}

function sourceRow(s: SourceInput): SourceRow {
  return withHash({ id: s.id, name: s.name, kind: s.kind, actor: s.actor ?? null });
}

export function operationRow(o: OperationInput): OperationRow {
  return withHash({
    id: o.id,
    name: o.name,
    eventType: o.eventType,
    ...dateFields(o.date),
    endDate: o.endDate ?? null,
    endDateEnd: date(o.endDate)?.end ?? null,
    outcome: o.outcome ?? null,
    outcomeType: o.outcomeType ?? null,
    campaign: o.campaign ?? null,
    fatalitiesMin: o.fatalities?.min ?? null,
    fatalitiesMax: o.fatalities?.max ?? null,
    locations: o.locations ?? [],
    ...aliasFields(o.name, o.aliases),
  });
}

/** The actors, places and sources a document declares, as rows. */
export function referenceRows(doc: ArticleDocument | GazetteerDocument): ReferenceData {
  return {
    actors: (doc.actors ?? []).map(actorRow),
    locations: (doc.locations ?? []).map(locationRow),
    sources: (doc.sources ?? []).map(sourceRow),
  };
}
