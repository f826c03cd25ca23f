"""The mention / re-share network of flagged content and its communities.

Nodes are accounts; a directed edge A → B says A's flagged content mentioned B
(``mention``), re-tweeted B (``reshare``), or posted the same text B posted first
(``copy``). Communities come from Louvain modularity on the undirected, weighted graph
(networkx, fixed seed so a rebuild gives the same grouping). Only the most connected
``max_nodes`` accounts are laid out for the drawing; the community counts cover all.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import Any

import networkx as nx

EDGE_KINDS = ("mention", "reshare", "copy")


def build_network(
    edges: Counter[tuple[str, str, str]],
    per_author: dict[str, list[int]],
    pseud: Callable[[str], str],
    *,
    max_nodes: int = 120,
    seed: int = 0,
    scope_index: int = 1,
) -> dict[str, Any]:
    """Summarise and lay out the network; the two ``_``/``in_weight`` keys are for the builder only."""
    g = nx.Graph()
    in_weight: Counter[str] = Counter()
    kind_counts: Counter[str] = Counter()
    for (src, dst, kind), w in edges.items():
        kind_counts[kind] += w
        in_weight[dst] += w
        if g.has_edge(src, dst):
            g[src][dst]["weight"] += w
        else:
            g.add_edge(src, dst, weight=w)
    out: dict[str, Any] = {
        "accounts": g.number_of_nodes(),
        "max_nodes": max_nodes,
        "n_communities": 0,
        "links": g.number_of_edges(),
        "edge_kinds": {k: kind_counts.get(k, 0) for k in EDGE_KINDS},
        "communities": [],
        "modularity": None,
        "nodes": [],
        "edges": [],
        "in_weight": dict(in_weight),
        "_community_of": {},
    }
    if g.number_of_nodes() < 2:
        return out
    comms = nx.community.louvain_communities(g, weight="weight", seed=seed)
    comms = sorted(comms, key=lambda c: (-len(c), min(c)))
    out["modularity"] = float(nx.community.modularity(g, comms, weight="weight"))
    community_of = {n: i for i, c in enumerate(comms) for n in c}
    out["_community_of"] = community_of
    strength = dict(g.degree(weight="weight"))
    for i, members in enumerate(comms[:10]):
        top = sorted(members, key=lambda n: (-strength[n], n))[:5]
        flagged = sum(per_author[n][scope_index] for n in members if n in per_author)
        out["communities"].append({
            "id": i, "accounts": len(members), "flagged_items": flagged,
            "top_accounts": [pseud(n) for n in top],
        })  # fmt: skip
    out["n_communities"] = len(comms)

    # draw the largest connected part of the most connected accounts: a layout of several
    # components flings the small ones to the edges and squeezes the rest into a corner
    top = g.subgraph(sorted(g.nodes, key=lambda n: (-strength[n], n))[:max_nodes])
    biggest = max(nx.connected_components(top), key=lambda c: (len(c), min(c))) if len(top) else set()
    keep = sorted(biggest, key=lambda n: (-strength[n], n))
    sub = g.subgraph(keep).copy()
    # log-weighted springs and a larger optimal distance keep dense cores readable
    for _, _, d in sub.edges(data=True):
        d["layout_w"] = 1.0 + math.log(d["weight"])
    k = 2.0 / math.sqrt(max(sub.number_of_nodes(), 1))
    pos = nx.spring_layout(sub, weight="layout_w", k=k, seed=seed, iterations=80) if len(sub) else {}
    for n in keep:
        x, y = pos[n]
        out["nodes"].append({
            "id": pseud(n), "x": round(float(x), 4), "y": round(float(y), 4), "community": community_of[n],
            "strength": strength[n], "flagged": per_author[n][scope_index] if n in per_author else 0,
        })  # fmt: skip
    for a, b, d in sub.edges(data=True):
        out["edges"].append({"source": pseud(a), "target": pseud(b), "weight": d["weight"]})
    return out


__all__ = ["EDGE_KINDS", "build_network"]
