import { z } from 'zod';
import type { ClaimSelection } from '../graph/claim-selection.ts';
import { partialDateOf, partialDateString } from '../model/partial-date.ts';
import { CERTAINTIES, CLAIM_KINDS, certaintyRank, SUPPORT_TYPES } from '../model/vocabulary.ts';

// Which part of the graph an export takes: the claims matching every criterion given, with the actors,
// operations and locations they involve, and (unless left out) their evidence, articles and cited sources.

/** `claims`: the claim graph with its evidence (default); `actors`: the actor network, one edge per claim. */
export const EXPORT_VIEWS = ['claims', 'actors'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export const DRAFT_FILTERS = ['INCLUDE', 'EXCLUDE', 'ONLY'] as const;

const ids = z.array(z.string().min(1).max(120)).min(1).max(1000);

export const selectionSchema = z
  .strictObject({
    operations: ids.optional(),
    /** Claims whose actors are all within `depth` links of these actors (0: only between them). */
    actors: ids.optional(),
    depth: z.number().int().min(0).max(3).default(0),
    /**
     * With `actors`: a claim's actor counts as the selected actor it rolls up to at the claim's date (FAMa as Mali;
     * Wagner as Russia while affiliated), as `rollUp` does in the API.
     */
    rollUp: z.boolean().default(false),
    /** Claims involving a member of this alliance (or a part of a member). */
    alliance: z.string().min(1).max(120).optional(),
    /** Claims at this place or in operations there, places inside it included. */
    location: z.string().min(1).max(120).optional(),
    from: partialDateString.optional(),
    to: partialDateString.optional(),
    claimKinds: z.array(z.enum(CLAIM_KINDS)).min(1).optional(),
    supportTypes: z.array(z.enum(SUPPORT_TYPES)).min(1).optional(),
    minCertainty: z.enum(CERTAINTIES).optional(),
    /** The extractor's drafts not yet accepted: included (default), excluded, or only them. */
    drafts: z.enum(DRAFT_FILTERS).default('INCLUDE'),
    includeEvidence: z.boolean().default(true),
    view: z.enum(EXPORT_VIEWS).default('claims'),
    /** Actor network only: parallel claims (same actors, kind and polarity) merged into one edge with counts. */
    weighted: z.boolean().default(false),
  })
  .refine((s) => !s.weighted || s.view === 'actors', {
    path: ['weighted'],
    message: 'only with view "actors" (the claim graph has no parallel claims to merge)',
  });

export type Selection = z.infer<typeof selectionSchema>;
export type SelectionInput = z.input<typeof selectionSchema>;

/** No criterion at all: the export is the whole graph, entities without claims included. */
export function isWholeGraph(s: Selection): boolean {
  const criteria = [s.operations, s.actors, s.alliance, s.location, s.from, s.to, s.claimKinds, s.supportTypes];
  return criteria.every((c) => c === undefined) && s.minCertainty === undefined && s.drafts === 'INCLUDE';
}

/** A partial date's first or last day (the schema has checked it parses). */
function dayBound(value: string | undefined, end: 'start' | 'end'): string | undefined {
  return partialDateOf(value)?.[end];
}

/**
 * The export selection as the one claim selection the API uses too (graph/claim-selection.ts). `actorIds` are the
 * actors `actors` and `depth` reach (null without an actor criterion): the claims between them.
 */
export function claimSelectionOf(selection: Selection, actorIds: string[] | null): ClaimSelection {
  return {
    operations: selection.operations,
    actorsAmong: actorIds ?? undefined,
    rollUp: selection.rollUp,
    alliance: selection.alliance,
    location: selection.location,
    from: dayBound(selection.from, 'start'),
    to: dayBound(selection.to, 'end'),
    kinds: selection.claimKinds,
    supportTypes: selection.supportTypes,
    minCertaintyRank: selection.minCertainty ? certaintyRank(selection.minCertainty) : undefined,
    drafts: selection.drafts,
  };
}
