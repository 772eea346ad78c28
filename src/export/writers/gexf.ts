import { CLAIM_VIEW_COLUMNS, displayName, type ExportColumns, type ExportEdge, type ExportNode } from '../model.ts';
import { FileSink, NodesThenEdges } from '../sink.ts';
import type { GraphWriter } from './writer.ts';
import { escapeXml, GEXF_TYPES, xmlValue } from './xml.ts';

// GEXF 1.3, dynamic: claims, operations, the edges of claims and alliance memberships carry start/end dates, so
// Gephi's timeline plays the conflict. Streamed by hand (graphology-gexf's writer needs the whole graph in memory),
// every node before the first edge as GEXF wants. Nodes and edges carry `type` as an attribute (and their readable
// name as `label`), the same names as in GraphML. A weighted edge's `weight` is GEXF's own edge weight (what Gephi
// and networkx read as the weight), not an attribute beside it.

const OWN = new Set(['id', 'label', 'type', 'weight']);

function spell(start: unknown, end: unknown): string {
  const s = typeof start === 'string' && start ? ` start="${escapeXml(start)}"` : '';
  const e = typeof end === 'string' && end ? ` end="${escapeXml(end)}"` : '';
  return s + e;
}

const attvalues = (type: string, props: Record<string, unknown>) =>
  `<attvalues><attvalue for="type" value="${escapeXml(type)}"/>${Object.entries(props)
    .filter(([k, v]) => !OWN.has(k) && v !== null && v !== undefined)
    .map(([k, v]) => `<attvalue for="${k}" value="${xmlValue(v)}"/>`)
    .join('')}</attvalues>`;

const attributes = (props: ExportColumns['node']) =>
  [
    '<attribute id="type" title="type" type="string"/>',
    ...Object.entries(props)
      .filter(([name]) => !OWN.has(name))
      .map(([name, type]) => `<attribute id="${name}" title="${name}" type="${GEXF_TYPES[type]}"/>`),
  ].join('\n      ');

export class GexfWriter implements GraphWriter {
  private readonly main: FileSink;
  private readonly sections = new NodesThenEdges(
    () => this.header(),
    () => this.main.write('    </nodes>\n    <edges>\n'),
  );

  constructor(
    path: string,
    private readonly columns: ExportColumns = CLAIM_VIEW_COLUMNS,
  ) {
    this.main = new FileSink(path);
  }

  private async header() {
    await this.main.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
        `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>conflict-kg</creator></meta>\n` +
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
        `    <attributes class="node" mode="static">\n      ${attributes(this.columns.node)}\n    </attributes>\n` +
        `    <attributes class="edge" mode="static">\n      ${attributes(this.columns.edge)}\n    </attributes>\n` +
        '    <nodes>\n',
    );
  }

  async nodes(nodes: ExportNode[]) {
    if (nodes.length > 0) await this.sections.enter('nodes');
    for (const n of nodes) {
      const when = spell(n.props.whenStart ?? n.props.dateStart, n.props.whenEnd ?? n.props.dateEnd);
      await this.main.write(
        `      <node id="${escapeXml(n.key)}" label="${escapeXml(displayName(n.props))}"${when}>` +
          `${attvalues(n.label, n.props)}</node>\n`,
      );
    }
  }

  async edges(edges: ExportEdge[]) {
    if (edges.length > 0) await this.sections.enter('edges');
    for (const e of edges) {
      const label = typeof e.props.label === 'string' ? e.props.label : e.type;
      const weight = typeof e.props.weight === 'number' ? ` weight="${e.props.weight}"` : '';
      await this.main.write(
        `      <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(label)}"${weight}` +
          `${spell(e.props.start, e.props.end)}>${attvalues(e.type, e.props)}</edge>\n`,
      );
    }
  }

  async finish() {
    await this.sections.enter('edges');
    await this.main.write('    </edges>\n  </graph>\n</gexf>\n');
    return [await this.main.close()];
  }
}
