import { EDGE_PROPERTIES, EDGE_PROPERTY_TYPES, type ExportEdge, type ExportNode, PROPERTY_TYPES } from '../model.ts';
import { FileSink } from '../sink.ts';
import type { GraphWriter } from './writer.ts';
import { escapeXml, XML_TYPES, xmlValue } from './xml.ts';

// GraphML with typed keys, streamed. Written by hand: graphology-graphml only parses, and graphology's writers
// build the whole graph in memory first. Keys are declared once up front for every property the model exports.

export class GraphmlWriter implements GraphWriter {
  private readonly sink: FileSink;
  private started = false;

  constructor(path: string) {
    this.sink = new FileSink(path);
  }

  private async header() {
    if (this.started) return;
    this.started = true;
    const keys = [
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      ...Object.entries(PROPERTY_TYPES).map(
        ([name, type]) => `<key id="n_${name}" for="node" attr.name="${name}" attr.type="${XML_TYPES[type]}"/>`,
      ),
      '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
      ...EDGE_PROPERTIES.map(
        (name) =>
          `<key id="e_${name}" for="edge" attr.name="${name}" attr.type="${XML_TYPES[EDGE_PROPERTY_TYPES[name]]}"/>`,
      ),
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
      const data = Object.entries(n.props).map(([k, v]) => `<data key="n_${k}">${xmlValue(v)}</data>`);
      await this.sink.write(
        `    <node id="${escapeXml(n.key)}"><data key="label">${n.label}</data>${data.join('')}</node>\n`,
      );
    }
  }

  async edges(edges: ExportEdge[]) {
    await this.header();
    for (const e of edges) {
      const data = Object.entries(e.props)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `<data key="e_${k}">${xmlValue(v)}</data>`);
      await this.sink.write(
        `    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
          `<data key="type">${e.type}</data>${data.join('')}</edge>\n`,
      );
    }
  }

  async finish() {
    await this.header();
    await this.sink.write('  </graph>\n</graphml>\n');
    return [await this.sink.close()];
  }
}
