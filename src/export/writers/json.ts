import { displayName, type ExportEdge, type ExportNode } from '../model.ts';
import { FileSink, NodesThenEdges } from '../sink.ts';
import type { GraphWriter } from './writer.ts';

// Cytoscape.js elements and JSON Graph Format are plain JSON: streamed by hand, nodes then edges, so memory does
// not grow with the export.

interface JsonShape {
  prefix: string;
  node: (n: ExportNode) => string;
  between: string;
  edge: (e: ExportEdge) => string;
  suffix: string;
}

const cytoscape: JsonShape = {
  prefix: '{"data":{"name":"conflict-kg export"},"directed":true,"multigraph":true,"elements":{"nodes":[',
  // The plain id lives on in the key (`Label:id`); Cytoscape needs `id` unique across labels, and networkx's
  // cytoscape_graph reads the node from `value` and a multigraph edge's key from `key` (unique: parallel claims
  // between two actors must not overwrite each other). `label` is the readable name, `type` the kind, as in GraphML.
  node: (n) =>
    JSON.stringify({ data: { ...n.props, id: n.key, value: n.key, label: displayName(n.props), type: n.label } }),
  between: '],"edges":[',
  edge: (e) =>
    JSON.stringify({ data: { ...e.props, id: e.key, key: e.key, source: e.source, target: e.target, type: e.type } }),
  suffix: ']}}\n',
};

const jsonGraphFormat: JsonShape = {
  prefix: '{"graph":{"directed":true,"type":"conflict-kg","nodes":{',
  node: (n) =>
    `${JSON.stringify(n.key)}:${JSON.stringify({ label: displayName(n.props), metadata: { type: n.label, ...n.props } })}`,
  between: '},"edges":[',
  edge: (e) =>
    JSON.stringify({
      id: e.key,
      source: e.source,
      target: e.target,
      relation: e.type,
      metadata: { type: e.type, ...e.props },
    }),
  suffix: ']}}\n',
};

export class JsonWriter implements GraphWriter {
  private readonly main: FileSink;
  private readonly sections: NodesThenEdges;
  private nodeCount = 0;
  private edgeCount = 0;

  constructor(
    path: string,
    private readonly shape: JsonShape,
  ) {
    this.main = new FileSink(path);
    this.sections = new NodesThenEdges(
      () => this.main.write(shape.prefix),
      () => this.main.write(shape.between),
    );
  }

  static cytoscape(path: string) {
    return new JsonWriter(path, cytoscape);
  }

  static jsonGraphFormat(path: string) {
    return new JsonWriter(path, jsonGraphFormat);
  }

  async nodes(nodes: ExportNode[]) {
    if (nodes.length > 0) await this.sections.enter('nodes');
    for (const n of nodes) await this.main.write(`${this.nodeCount++ === 0 ? '' : ','}${this.shape.node(n)}`);
  }

  async edges(edges: ExportEdge[]) {
    if (edges.length > 0) await this.sections.enter('edges');
    for (const e of edges) await this.main.write(`${this.edgeCount++ === 0 ? '' : ','}${this.shape.edge(e)}`);
  }

  async finish() {
    await this.sections.enter('edges');
    await this.main.write(this.shape.suffix);
    return [await this.main.close()];
  }
}
