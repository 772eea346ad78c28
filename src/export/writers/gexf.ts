import { EDGE_PROPERTIES, EDGE_PROPERTY_TYPES, type ExportEdge, type ExportNode, PROPERTY_TYPES } from '../model.ts';
import { FileSink, NodesThenEdges } from '../sink.ts';
import type { GraphWriter } from './writer.ts';
import { escapeXml, XML_TYPES, xmlValue } from './xml.ts';

// GEXF 1.3, dynamic: claims, operations and the edges of claims carry start/end dates, so Gephi's timeline plays
// the conflict. Streamed by hand (graphology-gexf's writer needs the whole graph in memory), every node before the
// first edge as GEXF wants.

function label(n: ExportNode): string {
  return String(n.props.name ?? n.props.title ?? n.props.quote ?? n.props.id);
}

function spell(start: unknown, end: unknown): string {
  const s = typeof start === 'string' && start ? ` start="${escapeXml(start)}"` : '';
  const e = typeof end === 'string' && end ? ` end="${escapeXml(end)}"` : '';
  return s + e;
}

export class GexfWriter implements GraphWriter {
  private readonly main: FileSink;
  private readonly sections = new NodesThenEdges(
    () => this.header(),
    () => this.main.write('    </nodes>\n    <edges>\n'),
  );

  constructor(path: string) {
    this.main = new FileSink(path);
  }

  private async header() {
    const nodeAttributes = [
      '<attribute id="type" title="type" type="string"/>',
      ...Object.entries(PROPERTY_TYPES).map(
        ([name, type]) => `<attribute id="${name}" title="${name}" type="${XML_TYPES[type]}"/>`,
      ),
    ];
    const edgeAttributes = EDGE_PROPERTIES.map(
      (name) => `<attribute id="${name}" title="${name}" type="${XML_TYPES[EDGE_PROPERTY_TYPES[name]]}"/>`,
    );
    await this.main.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
        `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>conflict-kg</creator></meta>\n` +
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
        `    <attributes class="node" mode="static">\n      ${nodeAttributes.join('\n      ')}\n    </attributes>\n` +
        `    <attributes class="edge" mode="static">\n      ${edgeAttributes.join('\n      ')}\n    </attributes>\n` +
        '    <nodes>\n',
    );
  }

  async nodes(nodes: ExportNode[]) {
    if (nodes.length > 0) await this.sections.enter('nodes');
    for (const n of nodes) {
      const values = Object.entries(n.props).map(([k, v]) => `<attvalue for="${k}" value="${xmlValue(v)}"/>`);
      await this.main.write(
        `      <node id="${escapeXml(n.key)}" label="${escapeXml(label(n))}"${spell(n.props.whenStart ?? n.props.dateStart, n.props.whenEnd ?? n.props.dateEnd)}>` +
          `<attvalues><attvalue for="type" value="${n.label}"/>${values.join('')}</attvalues></node>\n`,
      );
    }
  }

  async edges(edges: ExportEdge[]) {
    if (edges.length > 0) await this.sections.enter('edges');
    for (const e of edges) {
      const values = Object.entries(e.props)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `<attvalue for="${k}" value="${xmlValue(v)}"/>`);
      await this.main.write(
        `      <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${e.type}"` +
          `${spell(e.props.start, e.props.end)}><attvalues>${values.join('')}</attvalues></edge>\n`,
      );
    }
  }

  async finish() {
    await this.sections.enter('edges');
    await this.main.write('    </edges>\n  </graph>\n</gexf>\n');
    return [await this.main.close()];
  }
}
