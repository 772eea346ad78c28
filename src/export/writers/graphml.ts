import { CLAIM_VIEW_COLUMNS, displayName, type ExportColumns, type ExportEdge, type ExportNode } from '../model.ts';
import { FileSink } from '../sink.ts';
import type { GraphWriter } from './writer.ts';
import { escapeXml, XML_TYPES, xmlValue } from './xml.ts';

// GraphML with typed keys, streamed. Written by hand: graphology-graphml only parses, and graphology's writers
// build the whole graph in memory first. Keys are declared once up front for every property the view exports.
// `label` is the readable name (Gephi labels nodes with it) and `type` the kind of node or edge, as in GEXF; the
// plain `id` is not repeated as an attribute: the node id carries it, and igraph keeps node ids in its own `id`.

const data = (prefix: string, props: Record<string, unknown>) =>
  Object.entries(props)
    .filter(([k, v]) => k !== 'id' && k !== 'label' && v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${prefix}${k}">${xmlValue(v)}</data>`)
    .join('');

export class GraphmlWriter implements GraphWriter {
  private readonly sink: FileSink;
  private started = false;

  constructor(
    path: string,
    private readonly columns: ExportColumns = CLAIM_VIEW_COLUMNS,
  ) {
    this.sink = new FileSink(path);
  }

  private async header() {
    if (this.started) return;
    this.started = true;
    const key = (prefix: string, target: string, name: string, type: string) =>
      `<key id="${prefix}${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>`;
    const declared = (prefix: string, target: string, props: ExportColumns['node']) =>
      Object.entries(props)
        .filter(([name]) => name !== 'id' && name !== 'label' && name !== 'type')
        .map(([name, type]) => key(prefix, target, name, XML_TYPES[type]));
    const keys = [
      key('n_', 'node', 'label', 'string'),
      key('n_', 'node', 'type', 'string'),
      ...declared('n_', 'node', this.columns.node),
      key('e_', 'edge', 'label', 'string'),
      key('e_', 'edge', 'type', 'string'),
      ...declared('e_', 'edge', this.columns.edge),
    ];
    await this.sink.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
        `  ${keys.join('\n  ')}\n  <graph id="conflict-kg" edgedefault="directed">\n`,
    );
  }

  async nodes(nodes: ExportNode[]) {
    await this.header();
    for (const n of nodes) {
      await this.sink.write(
        `    <node id="${escapeXml(n.key)}"><data key="n_label">${escapeXml(displayName(n.props))}</data>` +
          `<data key="n_type">${n.label}</data>${data('n_', n.props)}</node>\n`,
      );
    }
  }

  async edges(edges: ExportEdge[]) {
    await this.header();
    for (const e of edges) {
      const label = typeof e.props.label === 'string' ? e.props.label : e.type;
      await this.sink.write(
        `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
          `<data key="e_label">${escapeXml(label)}</data><data key="e_type">${e.type}</data>${data('e_', e.props)}</edge>\n`,
      );
    }
  }

  async finish() {
    await this.header();
    await this.sink.write('  </graph>\n</graphml>\n');
    return [await this.sink.close()];
  }
}
