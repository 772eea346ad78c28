import type { PropertyType } from '../model.ts';

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

/**
 * GraphML has no list type and networkx reads GEXF's `liststring` as plain text: lists travel as a JSON array
 * (`["drone","munitions"]`), which `json.loads` turns back into a list whatever the elements contain (a separator
 * would need escaping rules of its own).
 */
export function xmlValue(value: unknown): string {
  return escapeXml(Array.isArray(value) ? JSON.stringify(value) : String(value));
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

/** GEXF 1.3 has a list type: Gephi shows the elements, networkx reads the JSON text. */
export const GEXF_TYPES: Record<PropertyType, string> = { ...XML_TYPES, 'string[]': 'liststring' };
