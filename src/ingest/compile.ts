import { createHash } from 'node:crypto';
import { type PartialDate, parsePartialDate } from '../model/partial-date.ts';
import { type Certainty, certaintyRank, KINDS_WITH_OBJECT } from '../model/vocabulary.ts';
import type {
  ActorInput,
  ArticleDocument,
  ClaimInput,
  GazetteerDocument,
  LocationInput,
  OperationInput,
  SourceInput,
} from './article-format.ts';
import type {
  ActorRow,
  AliasFields,
  ArticleRow,
  ClaimRow,
  CompiledArticle,
  CompiledGazetteer,
  DateFields,
  EvidenceRow,
  LocationRow,
  OperationRow,
  PeriodRow,
  ReferenceData,
  SourceRow,
  ValidationIssue,
} from './plan.ts';
import { locateQuote, splitSentences } from './sentences.ts';
import { checkSides } from './sides.ts';
import { closest } from './suggest.ts';

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

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function date(value: string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePartialDate(value);
  return typeof parsed === 'string' ? undefined : parsed;
}

function dateFields(value: string | undefined): DateFields {
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

function operationRow(o: OperationInput): OperationRow {
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

/** What makes two reports "the same fact": see docs/article-format.md (claim identity). */
export function claimIdentity(c: ClaimInput): string {
  return c.id ?? `c-${sha([factKey(c), c.polarity]).slice(0, 16)}`;
}

function factKey(c: ClaimInput): string {
  const key = [c.kind, c.subject, c.object, c.operation, c.location, c.supportType, c.statementType];
  return `f-${sha(key.map((part) => part ?? '')).slice(0, 16)}`;
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

function checkDuplicates(items: { id: string }[] | undefined, field: string, issues: ValidationIssue[]) {
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

function checkReferenceData(doc: ArticleDocument | GazetteerDocument, known: KnownIds, issues: ValidationIssue[]) {
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

function referenceRows(doc: ArticleDocument | GazetteerDocument): ReferenceData {
  return {
    actors: (doc.actors ?? []).map(actorRow),
    locations: (doc.locations ?? []).map(locationRow),
    sources: (doc.sources ?? []).map(sourceRow),
  };
}

export type CompileResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function compileGazetteer(
  label: string,
  doc: GazetteerDocument,
  known: KnownIds,
): CompileResult<CompiledGazetteer> {
  const issues: ValidationIssue[] = [];
  checkReferenceData(doc, known, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { kind: 'gazetteer', label, ...referenceRows(doc) } };
}

function checkClaim(c: ClaimInput, i: number, issues: ValidationIssue[]) {
  const at = (field: string) => `claims[${i}].${field}`;
  if (KINDS_WITH_OBJECT.includes(c.kind) && !c.object)
    issues.push({ path: at('object'), message: `required for a ${c.kind} claim` });
  if (c.kind === 'SUPPORT' && !c.supportType)
    issues.push({ path: at('supportType'), message: 'required for a SUPPORT claim' });
  if (c.supportType && !['SUPPORT', 'DEPLOYMENT', 'WITHDRAWAL'].includes(c.kind)) {
    issues.push({ path: at('supportType'), message: `not allowed on a ${c.kind} claim` });
  }
  if (c.kind === 'STATEMENT' && !c.statementType)
    issues.push({ path: at('statementType'), message: 'required for a STATEMENT claim' });
  if (c.statementType && c.kind !== 'STATEMENT')
    issues.push({ path: at('statementType'), message: `not allowed on a ${c.kind} claim` });
  if (c.kind === 'CONTROL' && !c.location)
    issues.push({ path: at('location'), message: 'required for a CONTROL claim' });
  if (c.object !== undefined && c.object === c.subject)
    issues.push({ path: at('object'), message: 'must differ from subject' });
  const start = date(c.date);
  const end = date(c.endDate);
  if (start && end && end.end < start.start)
    issues.push({ path: at('endDate'), message: `ends before date ${c.date}` });
}

export function compileArticle(
  label: string,
  doc: ArticleDocument,
  text: string,
  known: KnownIds,
): CompileResult<CompiledArticle> {
  const issues: ValidationIssue[] = [];
  checkReferenceData(doc, known, issues);
  checkDuplicates(doc.operations, 'operations', issues);
  const meta = doc.article;
  if (meta.authorship === 'TEAM_SUMMARY' && !meta.summarises?.length) {
    issues.push({ path: 'article.summarises', message: 'a TEAM_SUMMARY must name the reports it summarises' });
  }
  doc.operations?.forEach((o, i) => {
    const start = date(o.date);
    const end = date(o.endDate);
    if (start && end && end.end < start.start)
      issues.push({ path: `operations[${i}].endDate`, message: `ends before date ${o.date}` });
    if (o.fatalities?.min !== undefined && o.fatalities.max !== undefined && o.fatalities.min > o.fatalities.max) {
      issues.push({ path: `operations[${i}].fatalities`, message: 'min is greater than max' });
    }
    if (o.campaign === o.id)
      issues.push({ path: `operations[${i}].campaign`, message: 'an operation cannot be its own campaign' });
  });

  const sentences = splitSentences(text);
  const claims = new Map<string, ClaimRow>();
  const claimIndex = new Map<string, number>();
  const evidences: EvidenceRow[] = [];
  const groups = new Map<string, number>();
  (doc.claims ?? []).forEach((c, i) => {
    checkClaim(c, i, issues);
    const id = claimIdentity(c);
    const previous = claimIndex.get(id);
    if (previous !== undefined) {
      issues.push({
        path: `claims[${i}]`,
        message: `states the same fact as claims[${previous}] (same kind, actors, operation, location and type); merge their evidence or set "id" on one to tell them apart`,
      });
      return;
    }
    claimIndex.set(id, i);
    if (c.alternativeGroup) groups.set(c.alternativeGroup, (groups.get(c.alternativeGroup) ?? 0) + 1);
    claims.set(id, {
      id,
      kind: c.kind,
      subject: c.subject,
      object: c.object ?? null,
      operation: c.operation ?? null,
      location: c.location ?? null,
      supportType: c.supportType ?? null,
      statementType: c.statementType ?? null,
      polarity: c.polarity,
      factKey: factKey(c),
    });
    c.evidence.forEach((e, j) => {
      const located = locateQuote(text, sentences, e.quote);
      if (!located) {
        issues.push({ path: `claims[${i}].evidence[${j}].quote`, message: 'not found verbatim in the article text' });
        return;
      }
      evidences.push({
        id: `e-${sha([meta.id, id, j, e.quote]).slice(0, 20)}`,
        claim: id,
        article: meta.id,
        quote: e.quote,
        ...located,
        certainty: e.certainty,
        certaintyRank: certaintyRank(e.certainty as Certainty),
        hedge: e.hedge ?? null,
        materiel: c.materiel ?? null,
        ...dateFields(c.date),
        endDate: c.endDate ?? null,
        officiallyAcknowledged: c.officiallyAcknowledged ?? null,
        alternativeGroup: c.alternativeGroup ?? null,
        alternativeKey: c.alternativeGroup ? `${meta.id}:${c.alternativeGroup}` : null,
        sources: [...new Set(e.sources ?? [])],
        draft: c.draft ?? false,
        extractor: c.extraction ? `${c.extraction.extractor}@${c.extraction.version}` : null,
        rule: c.extraction ? [c.extraction.rule, c.extraction.cue].filter(Boolean).join(': ') : null,
        score: c.extraction?.score ?? null,
      });
    });
  });
  issues.push(
    ...checkSides(
      (doc.claims ?? []).map((c, i) => ({
        kind: c.kind,
        subject: c.subject,
        object: c.object ?? null,
        operation: c.operation ?? null,
        polarity: c.polarity,
        where: `claims[${i}]`,
      })),
    ),
  );
  for (const [group, count] of groups) {
    if (count < 2) {
      const i = doc.claims?.findIndex((c) => c.alternativeGroup === group) ?? -1;
      issues.push({
        path: `claims[${i}].alternativeGroup`,
        message: `"${group}" names no other claim: alternatives come in twos or more`,
      });
    }
  }
  if (issues.length) return { ok: false, issues };

  const published = date(meta.publishedAt.slice(0, 10));
  const articleBody: Omit<ArticleRow, 'contentHash'> = {
    id: meta.id,
    title: meta.title,
    url: meta.url ?? null,
    publisher: meta.publisher,
    language: meta.language,
    publishedAt: meta.publishedAt,
    publishedDate: published?.start ?? meta.publishedAt.slice(0, 10),
    retrievedAt: meta.retrievedAt ?? null,
    authorship: meta.authorship,
    summarises: meta.summarises ? JSON.stringify(meta.summarises) : null,
    text,
  };
  const body = {
    ...referenceRows(doc),
    operations: (doc.operations ?? []).map(operationRow),
    claims: [...claims.values()],
    evidences,
  };
  // The hash covers everything the article writes, so an unchanged file is recognised without touching the graph.
  const article: ArticleRow = { ...articleBody, contentHash: sha([articleBody, body]) };
  return { ok: true, value: { kind: 'article', label, article, ...body } };
}
