import { z } from 'zod';
import type { ClaimSelection } from '../graph/claim-selection.ts';
import { decodeCursor, type Keyset, MAX_PAGE_SIZE } from '../graph/pagination.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { CERTAINTIES, type Certainty } from '../model/vocabulary.ts';
import { badUserInput, fromZod } from './errors.ts';

// GraphQL arguments pass through zod before any Cypher runs: an invalid one is a BAD_USER_INPUT naming it.

export const idArgument = z.string().min(1).max(120);
export const searchArgument = z.string().max(200, 'at most 200 characters');

export function parseArg<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error, name);
  return parsed.data;
}

/** Cursors of date-ordered lists carry a day as their key; a forged one must not reach Cypher's date(). */
const DAY_KEY = /^~?\d{4}-\d{2}-\d{2}$/; // '~': a page of fuzzy article search

export function pageArguments(
  args: { first?: number | null; after?: string | null },
  key: 'date' | 'any' = 'date',
): {
  first: number;
  after: Keyset | undefined;
} {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.after === undefined || args.after === null) return { first, after: undefined };
  const after = decodeCursor(args.after);
  if (!after || (key === 'date' && !DAY_KEY.test(after.key))) {
    throw badUserInput('after', 'not a cursor returned by this API');
  }
  return { first, after };
}

export function dateBound(value: string | null | undefined, name: string, bound: 'start' | 'end'): string | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw badUserInput(name, parsed.error);
  return parsed.date[bound];
}

/** A date window's bounds (partial dates widened to their first and last day); a window that ends before it starts is an error naming `from`. */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  prefix: string,
): { from: string | undefined; to: string | undefined } {
  const start = dateBound(from, `${prefix}from`, 'start');
  const end = dateBound(to, `${prefix}to`, 'end');
  if (start && end && start > end) throw badUserInput(`${prefix}from`, `"${from}" is after "to" ("${to}")`);
  return { from: start, to: end };
}

interface ClaimFilterInput {
  kinds?: readonly string[] | null;
  actor?: string | null;
  subject?: string | null;
  object?: string | null;
  operation?: string | null;
  supportTypes?: readonly string[] | null;
  statementTypes?: readonly string[] | null;
  minCertainty?: string | null;
  certainties?: readonly string[] | null;
  polarity?: string | null;
  polarities?: readonly string[] | null;
  disputed?: boolean | null;
  source?: string | null;
  publisher?: string | null;
  from?: string | null;
  to?: string | null;
  location?: string | null;
  rollUp?: boolean | null;
  drafts?: string | null;
}

export function claimCriteria(filter: ClaimFilterInput | null | undefined, argument: string): ClaimSelection {
  const f = filter ?? {};
  const id = (value: string | null | undefined, name: string) =>
    value === undefined || value === null ? undefined : parseArg(idArgument, value, `${argument}.${name}`);
  // An empty list would select nothing, or, read as "no filter", everything: neither is what was asked.
  const list = (value: readonly string[] | null | undefined, name: string) => {
    if (value && value.length === 0)
      throw badUserInput(`${argument}.${name}`, 'must not be empty (leave it out for no filter)');
    return value ? [...value] : undefined;
  };
  const { from, to } = dateRange(f.from, f.to, `${argument}.`);
  return {
    kinds: list(f.kinds, 'kinds'),
    actor: id(f.actor, 'actor'),
    subject: id(f.subject, 'subject'),
    object: id(f.object, 'object'),
    operations: f.operation === undefined || f.operation === null ? undefined : [id(f.operation, 'operation')!],
    location: id(f.location, 'location'),
    supportTypes: list(f.supportTypes, 'supportTypes'),
    statementTypes: list(f.statementTypes, 'statementTypes'),
    minCertaintyRank: f.minCertainty ? CERTAINTIES.indexOf(f.minCertainty as Certainty) : undefined,
    certainties: list(f.certainties, 'certainties'),
    polarity: f.polarity ?? undefined,
    polarities: list(f.polarities, 'polarities'),
    disputed: f.disputed ?? undefined,
    source: id(f.source, 'source'),
    publisher:
      f.publisher === undefined || f.publisher === null
        ? undefined
        : parseArg(searchArgument.min(1, 'must not be empty'), f.publisher, `${argument}.publisher`),
    from,
    to,
    rollUp: f.rollUp ?? false,
    drafts: (f.drafts ?? undefined) as ClaimSelection['drafts'],
  };
}
