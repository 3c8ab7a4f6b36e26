"""examples/dask_cluster.py: the default briefing over a folder on a dask.distributed local
cluster equals the Python API's own, article by article (skipped without the [cluster] extra)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from summariser import summarise
from summariser.inputs import read_article
from summariser.reading.version import reading_version
from summariser.record import golden_view

from conftest import REPO, SEEDS

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.enable_socket  # the local cluster talks over loopback


def example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dask_cluster", REPO / "examples" / "dask_cluster.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_folder_briefed_on_a_local_cluster_equals_the_python_api(tmp_path: Path) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        remote = example().brief_folder(tmp_path, client)
    local = []
    for path in sorted(tmp_path.glob("*.txt")):
        article = read_article(path)
        local.append(golden_view(summarise(article.text, provider="local", method="reading", source_id=article.id)))
    assert len(remote) == 2
    for briefing in remote:  # as `golden_view` shows the local ones: made by the same reading
        assert briefing["provenance"]["reading_version"] == reading_version()
        briefing["provenance"]["seconds"], briefing["provenance"]["reading_version"] = 0.0, ""
    assert remote == local
    assert any(b["accusations"] for b in remote)
