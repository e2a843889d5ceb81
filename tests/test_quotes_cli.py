"""`rashomon quotes` on two made-up reports of one phone call: who said what, by canonical speaker."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()

REPORTS = [
    {"title": "Moscow and Baku discuss the road", "date": "2023-01-31", "outlet": "Wire One",
     "text": "Russian Foreign Minister Sergei Lavrov held a phone call with his Azerbaijani counterpart Jeyhun "
             "Bayramov on Tuesday. Lavrov said Moscow was concerned about the situation on the Lachin corridor. "
             "Bayramov briefed Lavrov on the talks with Armenia. He reminded that the claims about the blockade "
             "of the road are without basis.\n\nRussian diplomats said the talks would continue next week."},
    {"title": "Talks on the corridor go on", "date": "2023-02-01", "outlet": "Daily Two",
     "text": "Lavrov said on Wednesday that the peacekeepers would stay on the road. The Russian side stressed "
             "that the road must remain open to civilian traffic."},
]


def stored(folder, records: list[dict]) -> str:
    "A store in ``folder`` of the records, analysed by `rashomon analyze` as a JSONL file."
    (folder / "reports.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    result = runner.invoke(app, ["analyze", str(folder / "reports.jsonl"), "--db", str(folder / "reports.db")])
    assert result.exit_code == 0, result.output
    return str(folder / "reports.db")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return stored(tmp_path_factory.mktemp("quotes"), REPORTS)


def speaker_lines(db: str, *args: str) -> list[str]:
    "The speaker header lines of `rashomon quotes` (statements are indented under them)."
    result = runner.invoke(app, ["quotes", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if line and not line.startswith(" ")]


def test_he_reminded_is_bayramov_not_lavrov(db):
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Bayramov"])
    assert "reminded that the claims about the blockade" in result.output
    assert "reminded" not in runner.invoke(app, ["quotes", "--db", db, "--speaker", "Lavrov"]).output


def test_lavrov_and_sergei_lavrov_are_one_speaker(db):
    lines = speaker_lines(db, "--speaker", "Lavrov")
    assert len(lines) == 1 and lines[0].startswith("Sergei Lavrov 2 statements in Daily Two, Wire One")


def test_a_nationality_is_no_speaker(db):
    lines = speaker_lines(db)
    assert not [line for line in lines if line.split(" ")[0] == "Russian" and "diplomats" not in line]
    assert any(line.startswith("Russian diplomats (group)") for line in lines)


def test_exports_carry_the_speakers_entity_and_canonical_name(db):
    out = runner.invoke(app, ["export", "--db", db, "--no-comparisons"]).output
    lavrov = [s for s in json.loads(out)["statements"] if s["entity_name"] == "Sergei Lavrov"]
    assert {s["speaker"]["text"] for s in lavrov} == {"Lavrov"} and len({s["entity_id"] for s in lavrov}) == 1
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", db, "-f", "csv", "--table",
                                                               "statements"]).output)))
    diplomats = next(r for r in rows if r["speaker_name"] == "Russian diplomats")
    assert diplomats["speaker_kind"] == "group" and diplomats["entity_id"] == ""


def test_a_statement_retold_inside_the_speaker_s_own_is_listed_once(tmp_path):
    "'Valik said he had refused to sign ...' gives one line, not a second 'had refused' via Valik."
    record = {"title": "Valik will not sign", "date": "2024-03-11", "outlet": "Wire One",
              "text": "Marovian President Oren Valik said he had refused to sign because Marovia would never "
                      "recognise the new border."}
    result = runner.invoke(app, ["quotes", "--db", stored(tmp_path, [record])])
    assert "Oren Valik 1 statement" in result.output and "(via" not in result.output, result.output


MINISTRY_REPORTS = [
    {"title": "Prisoners swapped", "date": "2024-08-24", "outlet": "Wire One",
     "text": "Russia's Defence Ministry said 95 Russian servicemen captured near the border had been returned home. "
             "The ministry said they would be flown to Moscow for treatment."},
    {"title": "Второй обмен", "date": "2024-09-14", "outlet": "Агентство Два",
     "text": "Министерство обороны России сообщило, что из плена возвращены 103 российских военнослужащих, "
             "взятых в плен в приграничной области."},
    {"title": "Nouvel échange", "date": "2024-09-14", "outlet": "Journal Trois",
     "text": "Le ministère russe de la Défense a déclaré que les soldats libérés se trouvaient au Bélarus pour "
             "y recevoir des soins."},
]


@pytest.fixture(scope="module")
def ministry_db(tmp_path_factory):
    return stored(tmp_path_factory.mktemp("swaps"), MINISTRY_REPORTS)


def test_a_ministry_is_one_speaker_in_every_language(ministry_db):
    "One ministry named three ways in three languages, and 'the ministry' after it, is one speaker `quotes` lists once."
    lines = speaker_lines(ministry_db, "--speaker", "Defence")
    assert len(lines) == 1 and lines[0].startswith("Defence Ministry of Russia 4 statements in"), lines
    # no mention names it, yet the store knows it, for its page in the web app
    from rashomon.store.db import open_store

    store = open_store(ministry_db)
    try:
        ids = {s.entity_id for a in store.articles() for s in store.article(a.id).statements if s.entity_id}
        assert "Defence Ministry of Russia" in {store.entity(i).name for i in ids}
    finally:
        store.close()


def test_a_speaker_s_entity_no_mention_names_is_listed_and_exported(tmp_path):
    """A French report, which no name model reads, names the ministry only as a speaker: `entities` lists it by the
    words it was named by, and the export's statements point at a listed entity."""
    db = stored(tmp_path, MINISTRY_REPORTS[2:])
    result = runner.invoke(app, ["entities", "--db", db, "--limit", "0"])
    assert result.exit_code == 0 and "Defence Ministry of" in result.output, result.output
    exported = json.loads(runner.invoke(app, ["export", "--db", db, "--no-comparisons"]).output)
    [ministry] = [e for e in exported["entities"] if e["name"] == "Defence Ministry of Russia"]
    assert ministry["mention_count"] == 0 and len(ministry["article_ids"]) == 1
    assert ministry["aliases"] == ["Le ministère russe de la Défense"], ministry
    listed = {e["id"] for e in exported["entities"]}
    assert {s["entity_id"] for s in exported["statements"] if s["entity_id"]} <= listed
