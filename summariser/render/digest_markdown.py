"""A digest as a Markdown report: timeline, accusation network, merged claims, actor merge.

Every merged claim lists each supporting article with its own wording and quotes, and the
actor section shows which surface forms were merged from which articles, so a reader can
check both merges instead of trusting them. Long lists of article ids are cut with a
count of the rest; the JSON digest keeps them all.
"""

from __future__ import annotations

from ..digest.model import Digest, DigestClaim
from ..models import CATEGORIES

TITLES = {"parties": "Parties", "mediators": "Mediators", "alliances": "Alliances", "accusations": "Accusations"}
SHOWN_IDS = 8


def _ids(ids: list[str]) -> str:
    more = f", … {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else ""
    return ", ".join(ids[:SHOWN_IDS]) + more


def _article(article: str, titles: dict[str, str | None]) -> str:
    title = titles.get(article)
    return f"{title} (`{article}`)" if title else f"`{article}`"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def claim_headline(claim: DigestClaim, names: dict[str, str]) -> str:
    """The claim in words, with actor names (the same wording the HTML page uses)."""
    n = [names.get(a, a) for a in claim.actors]
    kinds = f" ({', '.join(k.replace('_', ' ') for k in claim.kinds)})" if claim.kinds else ""
    if claim.category == "accusations":
        return f"{names.get(claim.accuser or '', claim.accuser)} accuses {names.get(claim.accused or '', claim.accused)}: " \
               f"{claim.allegation}"
    if claim.category == "mediators":
        return n[0] + (f" — members: {', '.join(n[1:])}" if len(n) > 1 else "")
    if claim.category == "alliances":
        return " – ".join(n) + kinds
    return n[0] + kinds


def to_markdown(digest: Digest) -> str:
    names = {a.id: a.name for a in digest.actors}
    titles = {a.id: a.title for a in digest.articles}
    lines = [
        f"# Digest of {len(digest.articles)} articles",
        "",
        f"_digest version {digest.digest_version} · briefing schema {', '.join(digest.schema_versions) or '-'} · "
        f"{len(digest.claims)} merged claims · {len(digest.actors)} actors_",
        "",
        "## Timeline",
        "",
    ]
    if not digest.timeline:
        lines.append("_no article has a publication date_")
    for entry in digest.timeline:
        for article in entry.articles:
            lines.append(f"- **{entry.date}** — {_article(article, titles)}")
    if digest.undated:
        lines += ["", f"Undated ({len(digest.undated)}; no publication date in their metadata):", ""]
        lines += [f"- {_article(a, titles)}" for a in digest.undated]
    lines += ["", "## Who accuses whom", ""]
    if digest.network:
        lines += ["| accuser | accused | articles | claims |", "|---|---|---:|---|"]
        lines += [f"| {names.get(e.accuser, e.accuser)} | {names.get(e.accused, e.accused)} | {e.weight} | "
                  f"{', '.join(e.claims)} |" for e in digest.network]
    else:
        lines.append("_no accusations_")
    for category in CATEGORIES:
        claims = [c for c in digest.claims if c.category == category]
        lines += ["", f"## {TITLES[category]} ({len(claims)})", ""]
        if not claims:
            lines.append("_none found_")
        for claim in claims:
            lines.append(f"- **{claim_headline(claim, names)}** — {claim.articles} "
                         f"article{'s' if claim.articles != 1 else ''} `[{claim.id}]`")
            for source in claim.sources:
                date = source.published or "undated"
                speaker = f"; voiced by {source.speaker}" if source.speaker else ""
                lines.append(f"  - `{source.article}` ({date}): _{_one_line(source.as_given)}_{speaker}")
                lines += [f"    > {_one_line(e.quote)} _(chars {e.start}–{e.end}, {e.match})_" for e in source.evidence]
    lines += ["", "## Actors: how names were merged", ""]
    for actor in digest.actors:
        how = ", ".join(actor.resolved_by)
        lines.append(f"- **{actor.name}** `{actor.id}` ({actor.kind.replace('_', ' ')}; {actor.articles} "
                     f"article{'s' if actor.articles != 1 else ''}; by {how})")
        lines += [f"  - “{f.form}” in {_ids(f.articles)}" for f in actor.forms]
    if digest.problems:
        lines += ["", f"## Not digested ({len(digest.problems)})", ""]
        lines += [f"- `{p.file}`: {p.message}" for p in digest.problems]
    if digest.skipped:
        lines += ["", f"## Skipped as duplicates ({len(digest.skipped)})", ""]
        lines += [f"- `{p.file}`: {p.message}" for p in digest.skipped]
    return "\n".join(lines) + "\n"
