"""The default briefing over a folder of articles on a dask.distributed cluster.

    pip install 'summariser[cluster]'
    python examples/dask_cluster.py ARTICLES_FOLDER OUT_FOLDER [--scheduler tcp://host:8786]

The Python API runs unchanged inside the engine: each task reads one article and calls
`summarise` (the reading alone, no model: the local default), and returns the briefing as
JSON; each worker process loads the English pipeline once, on its first article, and
keeps it. Without `--scheduler` a local cluster on this machine is started. On a real
cluster, start `dask scheduler` on one machine and `dask worker tcp://SCHEDULER:8786` on
each of the others (every one with summariser and its English pipeline installed, `make
brief` does both), and pass `--scheduler tcp://SCHEDULER:8786`; the articles must be
readable where the workers run (a shared folder), or send their texts instead of paths.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def brief_path(path: str) -> dict[str, Any]:
    """One article's default briefing, as the CLI's JSON (a task: runs on a worker)."""
    from summariser import summarise
    from summariser.inputs import read_article

    article = read_article(path)
    briefing = summarise(article.text, provider="local", method="reading", source_id=article.id)
    return briefing.model_dump(mode="json")  # type: ignore[no-any-return]


def brief_folder(folder: str | Path, client: Any) -> list[dict[str, Any]]:
    """Every article under `folder` briefed on the cluster behind `client`, in path order."""
    from summariser.inputs import expand_inputs

    paths = sorted(expand_inputs([str(folder)]))
    return client.gather(client.map(brief_path, paths, pure=False))  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("out", type=Path)
    parser.add_argument("--scheduler", help="address of a running scheduler (default: a local cluster)")
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    with (Client(args.scheduler) if args.scheduler else Client(LocalCluster())) as client:
        briefings = brief_folder(args.articles, client)
    args.out.mkdir(parents=True, exist_ok=True)
    for briefing in briefings:
        (args.out / f"{briefing['source']['id']}.json").write_text(json.dumps(briefing, ensure_ascii=False, indent=2))
    print(f"{len(briefings)} briefings in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
