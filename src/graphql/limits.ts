import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  type DocumentNode,
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

function costLimitPlugin(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (isIntrospectionOnly(args.document)) return;
      const cost = getComplexity({
        schema: args.schema,
        query: args.document,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName ?? undefined,
        estimators: [listAwareEstimator],
      });
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

/** Fields named exportSubgraph in the document, fragments included (it exists only on Query). */
function exportFields(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.name.value === EXPORT_FIELD) count++;
    },
  });
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
