"""Re-recording: real runs into cassettes, and their replays into golden files.

Recording and the golden files move together: each article is briefed against a real
endpoint while vcrpy records, then replayed offline from the new cassette, and that
replay is what the golden file holds. So the tests compare replay with replay, and a
golden file can never hold something the cassette cannot reproduce.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .briefing import Summariser
from .inputs import Article
from .models import Briefing
from .providers import Provider
from .local_server import LOCAL_MODEL
from .recording import cassette_name, cassette_prefix, make_vcr, slug

LOCAL_SLUG = slug(LOCAL_MODEL)

# Replays never touch the network: vcrpy answers before any connection is made, and a
# port nobody listens on makes a mistake fail fast instead of reaching a real server.
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"


def golden_view(briefing: Briefing) -> dict[str, Any]:
    """The briefing as compared in CI: wall-clock seconds vary, and the reading's version
    changes with any edit of its code (its findings are compared item by item instead)."""
    data = briefing.model_dump(mode="json")
    data["provenance"]["seconds"] = 0.0
    data["provenance"]["reading_version"] = ""
    return data


def golden_text(briefing: Briefing) -> str:
    return json.dumps(golden_view(briefing), ensure_ascii=False, indent=2) + "\n"


def golden_dir_for(golden_root: Path, provider: Provider, method: str = "cited") -> Path:
    return golden_root / f"{slug(provider.name)}-{slug(provider.model)}-{method}"


def replay_provider(provider: Provider) -> Provider:
    return replace(provider, base_url=REPLAY_BASE_URL, model_path=None)


def replay(article: Article, provider: Provider, cassette_dir: Path, method: str = "cited") -> Briefing:
    """Brief `article` from its recording only (record mode `none`).

    The `reading` method asks no model: its run has no recording, and any request it
    made would fail here.
    """
    with make_vcr(cassette_dir, "none").use_cassette(cassette_name(article.id, provider, method)):
        with Summariser(replay_provider(provider), method=method) as summariser:  # type: ignore[arg-type]
            return summariser.brief(article.text, source_id=article.id, path=article.path, title=article.title,
                                    published=article.published)


def record_articles(
    articles: list[Article],
    provider: Provider,
    cassette_dir: Path,
    golden_root: Path,
    progress: Callable[[str], None] = print,
    method: str = "cited",
    timeout: float | None = None,
) -> None:
    """Record each article against the real provider, then write its golden replay."""
    cassette_dir.mkdir(parents=True, exist_ok=True)
    recorder = make_vcr(cassette_dir, "all")
    with Summariser(provider, method=method, timeout=timeout) as summariser:  # type: ignore[arg-type]
        for article in articles:
            for stale in cassette_dir.glob(cassette_prefix(article.id, provider, method) + "*"):
                stale.unlink()
            name = cassette_name(article.id, provider, method)
            with recorder.use_cassette(name):
                summariser.brief(article.text, source_id=article.id, path=article.path, title=article.title,
                                 published=article.published)
            progress(f"recorded {cassette_dir / name}" if (cassette_dir / name).is_file()
                     else f"{article.id}: no model call to record")
    write_golden(articles, provider, cassette_dir, golden_root, progress, method)


def write_golden(
    articles: list[Article],
    provider: Provider,
    cassette_dir: Path,
    golden_root: Path,
    progress: Callable[[str], None] = print,
    method: str = "cited",
) -> None:
    """Replay each article's recording into its golden file, then score them against gold.

    Alone (`summariser record --golden-only`) it follows a change to the validator or the
    scoring without asking the model again.
    """
    golden_dir = golden_dir_for(golden_root, provider, method)
    golden_dir.mkdir(parents=True, exist_ok=True)
    for article in articles:
        if method == "quoted" and not (cassette_dir / cassette_name(article.id, provider, method)).is_file():
            # (the other paths make no call at all for an article without candidates, so they
            # have nothing to record; a call they do make without a recording fails the replay)
            progress(f"skipped {article.id}: no recording for the current prompts and schemas")
            continue
        briefing = replay(article, provider, cassette_dir, method)
        (golden_dir / f"{article.id}.json").write_text(golden_text(briefing), encoding="utf-8")
        progress(f"wrote {golden_dir / article.id}.json")
    gold = golden_root.parent / "gold"
    missing = sorted({g.stem for g in gold.glob("*.json")} - {b.stem for b in golden_dir.glob("*.json")})
    if gold.is_dir() and missing:
        progress(f"{golden_dir} has no briefing of {len(missing)} gold article(s), e.g. {missing[0]}: "
                 "scored on the others (its row says how many)")
    if gold.is_dir() and len(missing) < len(list(gold.glob("*.json"))):
        scores = score_golden(golden_dir, gold)
        (golden_dir / SCORES).write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
        progress(f"wrote {golden_dir / SCORES}")
        readme = golden_root.parent.parent / "README.md"
        if provider.name == "local" and readme.is_file() and update_readme_scores(readme, local_scores(golden_root)):
            progress(f"updated the scores in {readme}")


SCORES = "scores.json"
SCORES_START, SCORES_END = "<!-- scores:start -->", "<!-- scores:end -->"


def readme_scores(text: str) -> str | None:
    """The scores table between the README's markers."""
    if SCORES_START not in text or SCORES_END not in text:
        return None
    return text.split(SCORES_START, 1)[1].split(SCORES_END, 1)[0].strip()


RUN_LABELS = {"reading": "reading only, no model (local default)", "cited": "local model, cited",
              "quoted": "local model, quoted"}


def local_scores(golden_root: Path) -> dict[str, dict[str, Any]]:
    """The committed scores of the local model's runs, one per method, in table order."""
    rows = {}
    for method, label in RUN_LABELS.items():
        path = golden_root / f"local-{LOCAL_SLUG}-{method}" / SCORES
        if path.is_file():
            rows[label] = json.loads(path.read_text(encoding="utf-8"))
    return rows


def scores_table(rows: dict[str, dict[str, Any]]) -> str:
    from .evaluate import render_comparison

    return render_comparison(rows)


def update_readme_scores(readme: Path, rows: dict[str, dict[str, Any]]) -> bool:
    """Keep the README's table of the local model's scores true to the recordings."""
    text = readme.read_text(encoding="utf-8")
    if readme_scores(text) is None:
        return False
    head, rest = text.split(SCORES_START, 1)
    tail = rest.split(SCORES_END, 1)[1]
    readme.write_text(f"{head}{SCORES_START}\n{scores_table(rows)}\n{SCORES_END}{tail}", encoding="utf-8")
    return True


def score_golden(golden_dir: Path, gold_dir: Path) -> dict[str, Any]:
    """The golden briefings scored against the gold annotations (`summariser eval`), on the
    gold articles the run has a briefing of (a run recorded on fewer articles says so in its
    article count)."""
    import shutil
    import tempfile

    from .evaluate import evaluate, load_pairs

    article_dirs = [Path("seeds"), Path("tests/corpus/wikinews"), Path("tests/articles")]
    root = gold_dir.parent.parent
    with tempfile.TemporaryDirectory() as kept:
        for gold in gold_dir.glob("*.json"):
            if (golden_dir / gold.name).is_file():
                shutil.copy(gold, kept)
        pairs = load_pairs(golden_dir, Path(kept), [root / d for d in article_dirs])
        return evaluate(pairs).to_dict()
