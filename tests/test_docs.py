"""Docs are tested like code: every command is documented and has examples in --help."""

from pathlib import Path

import pytest
import typer.main

from rashomon.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name):
    assert f"rashomon {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_help_teaches_by_example(name):
    command = typer.main.get_command(app).commands[name]
    assert "Example" in (command.help or ""), f"`rashomon {name} --help` has no example"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_lines_fit_an_80_column_terminal(name):
    "--help keeps the docstring's lines: one longer than the panel leaves a word alone on the next line."
    command = typer.main.get_command(app).commands[name]
    summary, *rest = (command.help or "").splitlines()
    long = [line for line in rest if len(line) > 78 and not line.startswith("  ")]  # examples may run on
    assert not long, f"`rashomon {name} --help`: {long}"


def test_quick_start_has_the_two_commands_and_ci_runs_the_test_one():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "scripts/demo" in quick and "scripts/test" in quick
    assert "exec scripts/test" in (ROOT / ".ci" / "run").read_text()


def test_schema_documents_every_exported_field():
    from rashomon.model import Article, Credit
    from rashomon.present.views import article_dict, entity_dict
    from rashomon.model import Entity

    schema = (ROOT / "docs" / "schema.md").read_text()
    fields = set(article_dict(Article(id="x", source="s", body="b", format="text"))) | set(entity_dict(Entity(1, "n", "PERSON")))
    for field in fields:
        assert f"`{field}`" in schema, field


def test_schema_documents_the_comparison_fields():
    from dataclasses import fields

    from rashomon.compare.model import Claim, Comparison, Conflict, Contrast, Dispute, Evidence, Position, Wording

    schema = (ROOT / "docs" / "schema.md").read_text()
    for cls in (Comparison, Claim, Conflict, Contrast, Dispute, Evidence, Position, Wording):
        for f in fields(cls):
            assert f"`{f.name}`" in schema, f"{cls.__name__}.{f.name}"


def test_help_shows_bracketed_words_rich_would_read_as_markup():
    "'[ingest]' in an option's help is a TOML table to name, not a style tag to swallow."
    from typer.testing import CliRunner

    shown = " ".join(CliRunner().invoke(app, ["compare", "--help"], env={"COLUMNS": "200"}).output.split())
    assert "TOML: [ingest], [analyse], [group], [compare]" in shown
