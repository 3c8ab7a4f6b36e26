"""The digest: actors merged across articles, claims collapsed with every source, bad input named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.cli import cli
from summariser.digest import digest_briefings
from summariser.inputs import iso_date, read_article, split_front_matter
from summariser.models import Accusation, Actor, Briefing, Evidence, Party, Provenance, Source
from summariser.render.digest_html import to_html
from summariser.render.digest_markdown import to_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "digest"
TEXT = "x" * 400


def evidence(start: int = 0, end: int = 40) -> list[Evidence]:
    return [Evidence(quote=TEXT[start:end], start=start, end=end, match="exact")]


def briefing(article: str, *, sha: str | None = None, published: str | None = None, title: str | None = None,
             actors: list[Actor] | None = None, parties: list[Party] | None = None,
             accusations: list[Accusation] | None = None) -> Briefing:
    return Briefing(
        source=Source(id=article, sha256=sha or f"sha-{article}", chars=len(TEXT), title=title, published=published),
        provenance=Provenance(provider="test", model="test", prompt_version="-"),
        actors=actors or [], parties=parties or [], accusations=accusations or [],
    )


def accuse(accuser: str, accused: str, allegation: str) -> Accusation:
    return Accusation(accuser=accuser, accused=accused, allegation=allegation, evidence=evidence())


def write(folder: Path, *briefings: Briefing | dict[str, Any]) -> list[str]:
    paths = []
    for n, item in enumerate(briefings):
        data = item.model_dump(mode="json") if isinstance(item, Briefing) else item
        path = folder / f"{n:02d}-{data.get('source', {}).get('id', 'x') if isinstance(data, dict) else 'x'}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(str(path))
    return paths


RUSSIA = Actor(id="RUS", name="Russia", kind="state", forms=["Moscow", "Russian"], mentions=3)
UKRAINE = Actor(id="UKR", name="Ukraine", kind="state", forms=["Kyiv", "Ukraine"], mentions=2)


def corpus(folder: Path) -> list[str]:
    """a1 (schema 2, inventory) and a2 (no inventory) make the same accusation; a2 adds another."""
    a1 = briefing("a1", published="2022-03-01", title="First", actors=[RUSSIA, UKRAINE],
                  accusations=[accuse("Moscow", "Kyiv", "shelling civilians in Donetsk")])
    a2 = briefing("a2", parties=[Party(name="Russia", kind="state", evidence=evidence())],
                  accusations=[accuse("Russia", "Ukraine", "the shelling of civilians in Donetsk"),
                               accuse("Russia", "Ukraine", "violated the ceasefire agreement")])
    return write(folder, a1, a2)


def test_moscow_russian_russia_are_one_actor_with_their_forms_shown(tmp_path: Path) -> None:
    digest = digest_briefings(corpus(tmp_path))
    russia = [a for a in digest.actors if a.id == "RUS"]
    assert len(russia) == 1 and not any(a.name.lower() in ("moscow", "russian") for a in digest.actors)
    forms = {f.form: f.articles for f in russia[0].forms}
    assert forms == {"Moscow": ["a1"], "Russian": ["a1"], "Russia": ["a2"]}
    assert set(russia[0].resolved_by) == {"inventory", "countryinfo"}
    assert russia[0].articles == 2
    markdown = to_markdown(digest)
    assert "“Moscow” in a1" in markdown and "“Russia” in a2" in markdown


def test_the_same_accusation_from_two_articles_is_one_claim_with_both_sources(tmp_path: Path) -> None:
    digest = digest_briefings(corpus(tmp_path))
    shelling = [c for c in digest.claims if c.allegation and "shelling" in c.allegation]
    assert len(shelling) == 1
    claim = shelling[0]
    assert (claim.accuser, claim.accused, claim.articles) == ("RUS", "UKR", 2)
    assert [s.article for s in claim.sources] == ["a1", "a2"]
    first = claim.sources[0]
    assert (first.title, first.published, first.evidence[0].start, first.evidence[0].end) == ("First", "2022-03-01", 0, 40)
    assert claim.sources[1].published is None


def test_different_allegations_between_the_same_pair_stay_apart(tmp_path: Path) -> None:
    digest = digest_briefings(corpus(tmp_path))
    pair = [c for c in digest.claims if c.category == "accusations"]
    assert len(pair) == 2
    assert {c.allegation for c in pair} == {"shelling civilians in Donetsk", "violated the ceasefire agreement"}
    assert len(digest.network) == 1
    edge = digest.network[0]
    assert (edge.accuser, edge.accused, edge.weight, len(edge.claims)) == ("RUS", "UKR", 2, 2)


def test_an_undated_article_is_listed_as_undated_never_given_a_date(tmp_path: Path) -> None:
    digest = digest_briefings(corpus(tmp_path))
    assert [(e.date, e.articles) for e in digest.timeline] == [("2022-03-01", ["a1"])]
    assert digest.undated == ["a2"]
    assert [a.published for a in digest.articles] == ["2022-03-01", None]
    assert "Undated (1" in to_markdown(digest)


def test_gold_briefings_merge_across_articles() -> None:
    digest = digest_briefings([str(FIXTURES / "dated")])
    assert len(digest.articles) == 10 and not digest.problems
    alliances = {tuple(c.actors): c for c in digest.claims if c.category == "alliances"}
    assert alliances[("AZE", "TUR")].articles == 2  # Turkey backs Azerbaijan, in both seeds
    assert {e.accuser for e in digest.network} >= {"USA", "ARM", "AZE", "DEU"}
    assert set(digest.undated) == {"000_be02ae75645424f4", "004_1a1daf8f610255dc"}


# --- bad input: one line naming the file, exit 2, the rest still digested -------------------


def bad_inputs(folder: Path) -> dict[str, str]:
    """file name -> words its error must contain."""
    good = briefing("good", accusations=[accuse("Russia", "Ukraine", "shelling")])
    newer = briefing("newer").model_dump(mode="json") | {"schema_version": "3"}
    backwards = briefing("backwards", accusations=[accuse("Russia", "Ukraine", "x")]).model_dump(mode="json")
    backwards["accusations"][0]["evidence"][0].update(start=30, end=10)
    past = briefing("past", parties=[Party(name="Iran", kind="state", evidence=evidence())]).model_dump(mode="json")
    past["parties"][0]["evidence"][0]["end"] = len(TEXT) + 1
    clash = briefing("good", sha="another-sha")
    files = {"00-good.json": good.model_dump(mode="json"), "01-not-a-briefing.json": {"hello": "world"},
             "02-newer.json": newer, "03-backwards.json": backwards, "04-past.json": past,
             "05-clash.json": clash.model_dump(mode="json")}
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
    (folder / "06-garbage.json").write_text("{not json", encoding="utf-8")
    return {"01-not-a-briefing.json": "not a briefing", "02-newer.json": "newer",
            "03-backwards.json": "ends before it starts", "04-past.json": "past the article",
            "05-clash.json": "different sha256", "06-garbage.json": "not a JSON briefing"}


def test_each_bad_input_is_named_in_one_line_and_the_good_ones_are_still_digested(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path)
    result = CliRunner().invoke(cli, ["digest", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(expected)
    for name, words in expected.items():
        assert any(name in line and words in line for line in lines), (name, lines)
    assert "Traceback" not in result.stderr
    digest = json.loads(result.stdout)
    assert [a["id"] for a in digest["articles"]] == ["good"]
    assert {Path(p["file"]).name for p in digest["problems"]} == set(expected)


def test_strict_stops_at_the_first_bad_briefing(tmp_path: Path) -> None:
    bad_inputs(tmp_path)
    result = CliRunner().invoke(cli, ["digest", str(tmp_path), "--strict", "--format", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "01-not-a-briefing.json" in result.stderr


def test_nothing_usable_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(cli, ["digest", str(tmp_path / "a.json")])
    assert result.exit_code == 2 and "a.json" in result.stderr


def test_jsonl_globs_and_folders_skip_the_manifest_and_name_bad_lines(tmp_path: Path) -> None:
    a = briefing("a", parties=[Party(name="Iran", kind="state", evidence=evidence())])
    b = briefing("b", parties=[Party(name="Iranian", kind="state", evidence=evidence())])
    (tmp_path / "all.jsonl").write_text(f"{a.model_dump_json()}\n\n{{broken\n{b.model_dump_json()}\n", encoding="utf-8")
    (tmp_path / ".summariser-manifest.jsonl").write_text("{}\n", encoding="utf-8")
    out = tmp_path / "out" / "digest.md"
    result = CliRunner().invoke(cli, ["digest", str(tmp_path / "*.jsonl"), "-o", str(out)])
    assert result.exit_code == 2 and "all.jsonl:3" in result.stderr and "manifest" not in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "**Iran (state)** — 2 articles" in text


def test_the_same_article_twice_is_counted_once(tmp_path: Path) -> None:
    one = briefing("a", accusations=[accuse("Iran", "Israel", "attacks")])
    digest = digest_briefings(write(tmp_path, one, one))
    assert len(digest.articles) == 1 and len(digest.skipped) == 1 and not digest.problems
    assert digest.claims[0].articles == 1 and len(digest.claims[0].sources) == 1


# --- output -------------------------------------------------------------------------------


def test_html_page_is_self_contained_and_escapes_what_the_briefings_say(tmp_path: Path) -> None:
    hostile = briefing("h", title='<script>alert(1)</script>', published="2021-05-05",
                       accusations=[accuse("Iran", "Israel", '"><img src=x onerror=alert(1)>')])
    page = to_html(digest_briefings(write(tmp_path, hostile, *[json.loads(Path(p).read_text())
                                                             for p in corpus(tmp_path)])))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    assert page.count('class="node"') == 4 and page.count('class="edge"') == 2


def test_json_output_is_a_versioned_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["digest", *corpus(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["digest_version"] == "1" and data["schema_versions"] == ["2"]


# --- article metadata at input time -------------------------------------------------------


def test_front_matter_gives_title_and_date_and_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ndate: 2020-01-05\ntitle: 'Talks in Geneva'\n---\nThe body starts here.", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.published, article.text) == ("Talks in Geneva", "2020-01-05", "The body starts here.")


def test_an_impossible_or_missing_date_stays_none(tmp_path: Path) -> None:
    assert iso_date("2020-02-30") is None and iso_date("yesterday") is None and iso_date(None) is None
    assert iso_date("2020-01-05T10:00:00+02:00") == "2020-01-05"
    assert split_front_matter("no front matter\n---\n") == ({}, "no front matter\n---\n")
    path = tmp_path / "b.txt"
    path.write_text("An article with no metadata at all.", encoding="utf-8")
    assert (read_article(path).title, read_article(path).published) == (None, None)


def test_index_json_beside_the_article(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "x.txt").write_text("Body of x.", encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps([{"file": "news/x.txt", "title": "X", "date": "2019-09-15"}]),
                                         encoding="utf-8")
    article = read_article(tmp_path / "news" / "x.txt")
    assert (article.title, article.published) == ("X", "2019-09-15")


def test_html_metadata_gives_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    body = "<p>" + "Turkey and Greece argued again about maritime borders in the Aegean. " * 6 + "</p>"
    path.write_text(
        '<html><head><title>Aegean row</title><meta property="article:published_time" content="2020-01-11T08:00:00Z">'
        f"</head><body><article><h1>Aegean row</h1>{body}</article></body></html>", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.published) == ("Aegean row", "2020-01-11")


@pytest.mark.parametrize("argument", ["missing.json", "folder"])
def test_missing_files_and_empty_folders_are_named(tmp_path: Path, argument: str) -> None:
    (tmp_path / "folder").mkdir()
    good = write(tmp_path, briefing("g"))
    result = CliRunner().invoke(cli, ["digest", *good, str(tmp_path / argument)])
    assert result.exit_code == 2 and argument in result.stderr
