import type { Database } from '../../src/neo4j/database.ts';

// A statement's plan as Neo4j would run it (EXPLAIN: nothing executed), flattened to "Operator details" lines, for
// tests that check which index a statement seeks and that it scans nothing.

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const operators = (p: PlanNode): string[] => [
  `${p.operatorType} ${String(p.arguments.Details ?? '')}`,
  ...p.children.flatMap(operators),
];

/** The operators of `cypher`'s plan; without `params`, planned without values, as Neo4j allows under EXPLAIN. */
export async function planOperators(db: Database, cypher: string, params?: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session({ database: 'neo4j' });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    return operators(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}
