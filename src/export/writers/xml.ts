import type { Properties, PropertyType } from '../model.ts';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot carry at all are dropped rather than producing an unreadable file.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** Lists have no type in GraphML or GEXF readers we target: they travel as one string, "; "-separated. */
export function xmlValue(value: Properties[string]): string {
  return escapeXml(Array.isArray(value) ? value.join('; ') : String(value));
}

/**
 * Attribute types in GraphML keys and GEXF attributes. Dates travel as ISO strings (networkx's GEXF reader knows
 * no `date` type; GEXF spells carry the timeline).
 */
export const XML_TYPES: Record<PropertyType, string> = {
  string: 'string',
  int: 'long',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'string',
};
