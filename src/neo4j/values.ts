import neo4j from 'neo4j-driver';

// The one place where Neo4j's own value types become plain JSON-friendly values: temporal values become ISO
// strings, nodes and relationships their property maps. Integers already arrive as numbers: the driver is created
// with disableLosslessIntegers (database.ts), as no count here comes near 2^53. Rows are then validated by zod.

/**
 * A value the driver just unpacked, as a plain value. Lists and maps the driver built for this record are
 * converted in place, not copied: nothing else holds them, and a walk's thousands of rows would otherwise
 * allocate each of them twice (a fifth of a walk's CPU went to garbage collection).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every row: skip the type probes below for them.
  if (typeof value !== 'object') return value;
  // Maps and lists come next (the driver unpacks maps as plain objects): no type probe for them either.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined || (item !== null && typeof item === 'object')) value[i] = toPlain(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMapInPlace(value as Record<string, unknown>);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  // a node's or relationship's properties belong to that driver object, which no one else holds either
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return plainMapInPlace({ ...(value as Record<string, unknown>) });
}

function plainMapInPlace(value: Record<string, unknown>): Record<string, unknown> {
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    const item = value[k];
    if (item === undefined || (item !== null && typeof item === 'object')) value[k] = toPlain(item);
  }
  return value;
}

/**
 * The way in: JavaScript has one number type and the driver sends every number as a Cypher FLOAT, which breaks
 * LIMIT, list indexes and integer properties. Whole numbers are sent as INTEGER; everything else is unchanged.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toParams(v);
    return out;
  }
  return value;
}
