"""What the terminal prints, on hand-made rows (no store needed)."""

import io

from rich.console import Console

from rashomon.present.terminal import print_quotes


def row(speaker: str, entity_id: int | None, outlet: str, content: str) -> dict:
    return {"speaker": speaker, "entity_id": entity_id, "speaker_kind": "person", "outlet": outlet, "content": content,
            "cue": "said", "kind": "indirect", "channel": None, "published": "2025-02-25", "article_id": outlet * 4}


def test_a_speaker_named_without_an_entity_is_listed_with_the_entity_of_that_name():
    "'Bora Kalan' in a language the entity model does not read is the Bora Kalan another article made an entity."
    console = Console(file=io.StringIO(), width=200)
    print_quotes(console, [row("Bora Kalan", 7, "wire", "the road was open"),
                           row("Bora Kalan", None, "pregled", "ljudi mogu da posete rodbinu"),
                           row("Ana Pirel", None, "wire", "the talks would go on")])
    headers = [line for line in console.file.getvalue().splitlines() if line and not line.startswith(" ")]
    assert headers == ["Bora Kalan 2 statements in pregled, wire", "Ana Pirel 1 statement in wire"]


def test_a_speaker_named_without_an_entity_in_another_spelling_or_script_is_listed_with_it():
    "'Bóra Kalán' and 'Бора Калан' are the Bora Kalan an article made an entity, however the articles came in."
    console = Console(file=io.StringIO(), width=200)
    print_quotes(console, [row("Bóra Kalán", None, "eco", "la strada era aperta"),
                           row("Bora Kalan", 7, "wire", "the road was open"),
                           row("Бора Калан", None, "vesti", "дорога открыта"),
                           row("the Karsk ministry", None, "wire", "the talks would go on"),
                           row("Karsk ministry", None, "eco", "i colloqui continueranno")])
    headers = [line for line in console.file.getvalue().splitlines() if line and not line.startswith(" ")]
    assert headers == ["Bora Kalan 3 statements in eco, vesti, wire", "the Karsk ministry 2 statements in eco, wire"]


def test_a_denial_that_names_no_claim_of_its_own_is_shown_in_its_sentence():
    "'Sarnow denies a claim' says nothing alone: the sentence it ends says what the claim is."
    console = Console(file=io.StringIO(), width=300)
    sentence = "Vastoria accused Ostrevia of closing the road, a claim Sarnow denies."
    denial = row("Sarnow", None, "wire", "a claim") | {"cue": "denies", "cue_word": "deny", "sentence": sentence}
    claim = row("Vastoria", None, "wire", "Ostrevia of closing the road") | {"cue_word": "accuse", "sentence": sentence}
    print_quotes(console, [denial, claim])
    lines = console.file.getvalue().splitlines()
    assert any("denies a claim" in line and "closing the road" in line for line in lines)
    assert sum(sentence in line for line in lines) == 1  # the claim's own line needs no sentence
