"""Grouping through the store and the `stories`, `story` and `reuse` commands."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

from .conftest import FIXTURES
from .group.test_copies import EDITED, OTHER, WIRE

pytestmark = pytest.mark.slow
runner = CliRunner()

FOLLOW_UP = ("The harbour bridge closed on Tuesday as planned, and the first ferry crossings ran smoothly, Mayor "
             "Ines Hartl said. Shop owners near the bridge said trade had already fallen on the first day of the "
             "repairs, and the council promised to review its support for traders next month.")


def rashomon(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.jsonl").write_text(json.dumps({"text": WIRE, "title": "Harbour bridge to close for repairs",
                                                   "date": "2024-05-06", "url": "https://wire.example/1"}) + "\n")
    (folder / "copy.jsonl").write_text(json.dumps({"text": EDITED, "title": "Traders brace as bridge shuts",
                                                   "date": "2024-05-06", "url": "https://coast.example/2"}) + "\n")
    (folder / "flood.jsonl").write_text(json.dumps({"text": OTHER, "title": "Floods in the north",
                                                    "date": "2024-05-07", "url": "https://north.example/3"}) + "\n")
    return folder, tmp_path / "c.db"


def test_copies_are_linked_and_shown(corpus):
    folder, db = corpus
    assert rashomon("analyze", folder, "--db", db).exit_code == 0
    doc = json.loads(rashomon("export", "--db", db).stdout)
    (link,) = doc["reuse"]
    ids = {a["title"]: a["id"] for a in doc["articles"]}
    assert set(link["articles"]) == {ids["Harbour bridge to close for repairs"], ids["Traders brace as bridge shuts"]}
    shown = rashomon("reuse", link["articles"][0][:8], link["articles"][1][:8], "--db", db)
    assert shown.exit_code == 0 and "shared passages" in shown.stdout
    assert "+ Harbour traders are bracing for a hard year." in shown.stdout or \
        "- Harbour traders are bracing for a hard year." in shown.stdout


def test_stories_group_and_new_articles_join_without_reshuffling(corpus, tmp_path):
    folder, db = corpus
    rashomon("analyze", folder, "--db", db)
    before = json.loads(rashomon("export", "--db", db).stdout)["stories"]
    by_story = {s["id"]: sorted(a for e in s["events"] for a in e["article_ids"]) for s in before}
    assert sorted(len(v) for v in by_story.values()) == [1, 2]  # the bridge story and the flood

    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"text": FOLLOW_UP, "title": "Bridge closes, ferries take over",
                                 "date": "2024-05-07", "url": "https://coast.example/4"}) + "\n")
    assert rashomon("analyze", later, "--db", db).exit_code == 0
    after = json.loads(rashomon("export", "--db", db).stdout)["stories"]
    grown = {s["id"]: sorted(a for e in s["events"] for a in e["article_ids"]) for s in after}
    for sid, members in by_story.items():
        assert set(members) <= set(grown[sid])  # nothing moved
    assert sum(len(v) for v in grown.values()) == 4
    assert len(grown) == 2  # the follow-up joined the bridge story

    listed = rashomon("stories", "--db", db)
    assert listed.exit_code == 0 and "story" in listed.stdout and "event" in listed.stdout
    bridge = max(after, key=lambda s: sum(len(e["article_ids"]) for e in s["events"]))
    shown = rashomon("story", bridge["id"], "--db", db)
    assert shown.exit_code == 0 and "Bridge closes, ferries take over" in shown.stdout
    assert "shared text" in shown.stdout
    assert rashomon("story", 999, "--db", db).exit_code == 1


def test_bare_files_in_four_languages_give_each_call_once(tmp_path):
    """Two calls between the same ministers two weeks apart, reported in English, Russian, Persian
    and Italian files that carry only a date line in their own language (the Persian one in the
    solar calendar), and a cup final: one story of two events, and another story
    (fixtures: tests/fixtures/two_calls, fictional people and places)."""
    pytest.importorskip("natasha")
    db = tmp_path / "c.db"
    assert rashomon("analyze", FIXTURES / "two_calls", "--db", db).exit_code == 0
    doc = json.loads(rashomon("export", "--db", db).stdout)
    name = {a["id"]: Path(a["source"]).stem for a in doc["articles"]}
    assert {name[a["id"]]: a["published"] for a in doc["articles"]}["fa-call-1"] == "2024-05-02"
    events = sorted(sorted(name[a] for a in e["article_ids"]) for s in doc["stories"] for e in s["events"])
    assert events == [["en-call-1", "fa-call-1", "ru-call-1"], ["en-call-2", "it-call-2", "ru-call-2"],
                      ["en-cup", "ru-cup"]]
    calls = next(s for s in doc["stories"] if len(s["events"]) == 2)
    assert sum(len(e["article_ids"]) for e in calls["events"]) == 6
    listed = rashomon("stories", "--db", db).stdout  # each event with the languages of its articles
    assert "2 events" in listed and "fa 1" in listed and "it 1" in listed and "no outlet given" in listed


def test_a_lone_report_of_the_second_call_stays_an_event_of_its_own(tmp_path):
    "One Russian report of the call two weeks later: a fragment, but dated apart from the first call."
    pytest.importorskip("natasha")
    folder, db = tmp_path / "in", tmp_path / "c.db"
    folder.mkdir()
    for name in ("en-call-1", "ru-call-1", "fa-call-1", "ru-call-2"):
        (folder / f"{name}.txt").write_text((FIXTURES / "two_calls" / f"{name}.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    assert rashomon("analyze", folder, "--db", db).exit_code == 0
    doc = json.loads(rashomon("export", "--db", db).stdout)
    name = {a["id"]: Path(a["source"]).stem for a in doc["articles"]}
    events = sorted(sorted(name[a] for a in e["article_ids"]) for s in doc["stories"] for e in s["events"])
    assert events == [["en-call-1", "fa-call-1", "ru-call-1"], ["ru-call-2"]]
