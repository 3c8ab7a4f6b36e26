"""A digest as one self-contained HTML page: the accusation network, the timeline, the claims.

The page must open from disk anywhere, so CSS and JS are inline and nothing is loaded.
Everything that came from articles or models goes through Jinja2's autoescaping; the
script reads what it needs from data attributes, never from text pasted into a `<script>`.

The network is drawn as inline SVG at positions from networkx's ForceAtlas2 layout with a
fixed seed (the same digest always gives the same picture). A network of hundreds of
actors is unreadable as a picture, so only the strongest edges, up to `MAX_NODES` actors,
are drawn; the table beside it lists every edge.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ..digest.model import Digest, DigestClaim
from ..models import CATEGORIES
from .digest_markdown import claim_headline
from .html import environment

LABELS = {"parties": "Party", "mediators": "Mediator", "alliances": "Alliance", "accusations": "Accusation"}
TAGS = {"parties": "P", "mediators": "M", "alliances": "L", "accusations": "A"}
MAX_NODES = 40
SEED = 11  # fixed: the layout must not change between runs of the same digest
WIDTH, HEIGHT, MARGIN = 720, 480, 70
TIMELINE_WIDTH, TIMELINE_HEIGHT = 720, 70


@dataclass
class Node:
    id: str
    name: str
    x: float
    y: float
    r: float


@dataclass
class Line:
    accuser: str
    accused: str
    title: str
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    lx: float
    ly: float
    width: float


def _drawn_edges(digest: Digest) -> list[tuple[str, str, int]]:
    """The heaviest edges (the network is sorted by weight) while they keep within MAX_NODES."""
    nodes: set[str] = set()
    kept = []
    for edge in digest.network:
        grown = nodes | {edge.accuser, edge.accused}
        if len(grown) > MAX_NODES:
            continue
        nodes = grown
        kept.append((edge.accuser, edge.accused, edge.weight))
    return kept


def network_drawing(digest: Digest, names: dict[str, str]) -> tuple[list[Node], list[Line]]:
    import networkx as nx

    edges = _drawn_edges(digest)
    if not edges:
        return [], []
    graph = nx.DiGraph()
    graph.add_weighted_edges_from(edges)
    # Sorted node order: the seeded layout then depends only on the graph, not on input order.
    ordered = nx.DiGraph()
    ordered.add_nodes_from(sorted(graph.nodes))
    ordered.add_edges_from(sorted(graph.edges(data=True)))
    # ForceAtlas2 with node sizes keeps nodes apart (labels stay readable) and strong
    # gravity keeps the separate conflicts of a digest from drifting to the edges.
    undirected = nx.Graph(ordered)
    positions = nx.forceatlas2_layout(undirected, seed=SEED, max_iter=300, scaling_ratio=1.0, gravity=3.0,
                                      node_size={n: 1 for n in undirected})
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]

    def scale(value: float, low: float, high: float, size: int) -> float:
        return size / 2 if high - low < 1e-9 else MARGIN + (value - low) / (high - low) * (size - 2 * MARGIN)

    degree = dict(ordered.degree(weight="weight"))
    nodes = {n: Node(n, names.get(n, n), round(scale(positions[n][0], min(xs), max(xs), WIDTH), 1),
                     round(scale(positions[n][1], min(ys), max(ys), HEIGHT), 1),
                     round(7 + 3 * math.sqrt(degree[n]), 1)) for n in ordered.nodes}
    lines = []
    for accuser, accused, weight in edges:
        a, b = nodes[accuser], nodes[accused]
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        ox, oy = -uy * 4, ux * 4  # shift each direction to its own side: A→B and B→A both show
        x1, y1 = a.x + ux * a.r + ox, a.y + uy * a.r + oy
        x2, y2 = b.x - ux * (b.r + 6) + ox, b.y - uy * (b.r + 6) + oy
        lines.append(Line(accuser, accused,
                          f"{a.name} accuses {b.name} in {weight} article{'s' if weight != 1 else ''}", weight,
                          round(x1, 1), round(y1, 1), round(x2, 1), round(y2, 1),
                          round((x1 + x2) / 2 + ox * 2, 1), round((y1 + y2) / 2 + oy * 2, 1),
                          round(1 + 1.5 * math.log2(1 + weight), 1)))
    return list(nodes.values()), lines


def timeline_points(digest: Digest) -> list[dict[str, object]]:
    """One point per publication date, placed by real elapsed days (never an invented date)."""
    days = [dt.date.fromisoformat(e.date) for e in digest.timeline]
    if not days:
        return []
    first, span = min(days), (max(days) - min(days)).days
    return [
        {"date": e.date, "count": len(e.articles), "r": round(4 + 2 * math.sqrt(len(e.articles)), 1),
         "x": round(40 + ((day - first).days / span if span else 0.5) * (TIMELINE_WIDTH - 80), 1)}
        for e, day in zip(digest.timeline, days)
    ]


def to_html(digest: Digest) -> str:
    """The digest as one page that loads nothing and works from disk."""
    names = {a.id: a.name for a in digest.actors}
    nodes, lines = network_drawing(digest, names)
    claims: list[tuple[DigestClaim, str]] = [(c, claim_headline(c, names)) for c in digest.claims]
    titles = {a.id: a.title for a in digest.articles}
    return environment().get_template("digest.html.j2").render(
        digest=digest, names=names, titles=titles, nodes=nodes, lines=lines, claims=claims,
        categories=[c for c in CATEGORIES if any(claim.category == c for claim, _ in claims)],
        labels=LABELS, tags=TAGS, width=WIDTH, height=HEIGHT, drawn=len(nodes),
        in_network=len({x for e in digest.network for x in (e.accuser, e.accused)}),
        timeline=timeline_points(digest), timeline_width=TIMELINE_WIDTH, timeline_height=TIMELINE_HEIGHT,
    )
