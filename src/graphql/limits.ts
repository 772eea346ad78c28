import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLCompositeType,
  GraphQLError,
  getNullableType,
  isListType,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { parseEnvironment, type QueryLimits } from '../config/environment.ts';
import { withoutSuggestions } from './errors.ts';
import { isIntrospectionOnly } from './introspection-only.ts';

/** The documented defaults (src/config/environment.ts), for servers built without an environment (tests). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = parseEnvironment({}).limits;
export const DEFAULT_HEAVY_LIMITS = parseEnvironment({}).heavy;

/** What an unbounded list (evidences, members, …) is assumed to hold when estimating cost. */
export const UNBOUNDED_LIST_SIZE = 10;

/**
 * An export reads a whole subgraph: priced like 20,000 fields, so it cannot hide among cheap ones. Heavy work is
 * also gated per process (src/neo4j/heavy-work.ts) and limited to one export per request (below).
 */
export const EXPORT_COST = 20_000;
const EXPORT_FIELD = 'exportSubgraph';

/**
 * Cost grows with what a request can fetch: a field costs 1 plus its selection, times `first` where the field
 * takes one (connections), times UNBOUNDED_LIST_SIZE for other lists. A connection's `edges` list is already
 * counted by its `first`, so it is not multiplied again.
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name === EXPORT_FIELD) return EXPORT_COST + childComplexity;
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(1, args.first);
  const isConnectionEdges = (type as GraphQLCompositeType).name.endsWith('Connection');
  if (isListType(getNullableType(field.type)) && !isConnectionEdges) return 1 + childComplexity * UNBOUNDED_LIST_SIZE;
  return 1 + childComplexity;
};

/**
 * The cost of a document for given variables, computed once: yoga's parser cache hands the same DocumentNode to
 * every request with the same query text, so a dashboard's repeated request skips the analysis (a few per cent of
 * a small request's CPU). At most COSTS_PER_DOCUMENT variable sets are kept per document.
 */
const COSTS_PER_DOCUMENT = 64;
const costs = new WeakMap<DocumentNode, Map<string, number>>();

function documentCost(args: ExecutionArgs): number {
  const key = `${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  let known = costs.get(args.document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({
    schema: args.schema,
    query: args.document,
    variables: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName ?? undefined,
    estimators: [listAwareEstimator],
  });
  if (!known || known.size >= COSTS_PER_DOCUMENT) {
    known = new Map();
    costs.set(args.document, known);
  }
  known.set(key, cost);
  return cost;
}

function costLimitPlugin(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (isIntrospectionOnly(args.document)) return;
      const cost = documentCost(args);
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items (first) or fewer nested lists`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost },
              },
            ),
          ],
        });
      }
    },
  };
}

const exportCounts = new WeakMap<DocumentNode, number>();

/** Fields named exportSubgraph in the document, fragments included (it exists only on Query); once per document. */
function exportFields(document: DocumentNode): number {
  const known = exportCounts.get(document);
  if (known !== undefined) return known;
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.name.value === EXPORT_FIELD) count++;
    },
  });
  exportCounts.set(document, count);
  return count;
}

/** Validation errors suggest enum values ("Did you mean the enum value …?"): the suggestion is removed. */
function hideEnumSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (!result.some((e) => e.message.includes('Did you mean'))) return;
        setResult(
          result.map(
            (e) => new GraphQLError(withoutSuggestions(e.message), { nodes: e.nodes, extensions: e.extensions }),
          ),
        );
      },
  };
}

function oneExportPerRequest(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (exportFields(args.document) <= 1) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('At most one exportSubgraph per request: send one request per export', {
            extensions: { code: 'QUERY_TOO_COSTLY' },
          }),
        ],
      });
    },
  };
}

/** Maintained GraphQL Armor plugins for shape limits, plus the list-aware cost limit above. */
export function limitPlugins(limits: QueryLimits): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives }) as Plugin,
    blockFieldSuggestionsPlugin() as Plugin,
    hideEnumSuggestions(),
    costLimitPlugin(limits.maxCost),
    oneExportPerRequest(),
  ];
  if (!limits.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}
