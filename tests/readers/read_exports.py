"""Reads conflict-kg exports with networkx, igraph and pandas, and prints what they hold as JSON.

Usage: read_exports.py DIR, where DIR holds actors-graphml/, actors-gexf/, actors-cytoscape/, actors-csv/ (the
actor network of one selection) and claims-graphml/ (its claim graph). For each reader: the SUPPORT edges as
"supporter>recipient:TYPE:CERTAINTY:POLARITY", sorted, so the test can compare them with the GraphQL answer.
Each answer is the one or two lines the README shows.
"""

import json
import sys
from pathlib import Path

import igraph as ig
import networkx as nx
import pandas as pd


def edge_text(u, v, d):
    return f"{u}>{v}:{d['supportType']}:{d['certainty']}:{d['polarity']}"


def main(root: Path) -> dict:
    out = {}

    g = nx.read_graphml(root / "actors-graphml" / "graph.graphml")
    out["networkx_graphml"] = sorted(edge_text(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == "SUPPORT")
    jet = next(d for _, _, d in g.edges(data=True) if d.get("claim") == "niger-fighter-jet-kidal-2023")
    out["materiel"] = json.loads(jet["materiel"])
    out["alternatives"] = sorted(
        (d["claim"], json.loads(d["alternativeTo"])) for _, _, d in g.edges(data=True) if "alternativeTo" in d
    )

    g = nx.read_gexf(root / "actors-gexf" / "graph.gexf")
    out["networkx_gexf"] = sorted(edge_text(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == "SUPPORT")

    with open(root / "actors-cytoscape" / "graph.cytoscape.json") as f:
        g = nx.cytoscape_graph(json.load(f))
    out["networkx_cytoscape"] = sorted(
        edge_text(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == "SUPPORT"
    )

    e = pd.read_csv(root / "actors-csv" / "relationships-SUPPORT.csv")
    out["pandas_csv"] = sorted(
        f"{r[':START_ID']}>{r[':END_ID']}:{r['supportType']}:{r['certainty']}:{r['polarity']}" for _, r in e.iterrows()
    )
    out["pandas_dtypes"] = {c: str(t) for c, t in e.dtypes.items()}

    # igraph keeps GraphML node ids in its own `id` attribute: an exported `id` would overwrite them.
    g = ig.Graph.Read_GraphML(str(root / "actors-graphml" / "graph.graphml"))
    out["igraph_actors"] = sorted(
        f"{g.vs[e.source]['id']}>{g.vs[e.target]['id']}:{e['supportType']}:{e['certainty']}:{e['polarity']}"
        for e in g.es
        if e["kind"] == "SUPPORT"
    )
    g = ig.Graph.Read_GraphML(str(root / "claims-graphml" / "graph.graphml"))
    out["igraph_claims"] = {"nodes": g.vcount(), "edges": g.ecount(), "ids": sorted(g.vs["id"])}
    return out


if __name__ == "__main__":
    json.dump(main(Path(sys.argv[1])), sys.stdout)
