"""Copies: MinHash finds shared text; shared_passages shows where it is."""

from rashomon.group.copies import Run, Words, share, shared_passages, shared_runs, signature, similarity, words

WIRE = ("The council voted on Monday to close the old harbour bridge for eight months of repairs, a decision "
        "that shop owners said would cost them dearly. Mayor Ines Hartl told reporters the work was long overdue "
        "and that a ferry would carry pedestrians across the harbour while the bridge is shut. Engineers found "
        "corroded cables during an inspection in the spring, the city said in a statement on Sunday.")
EDITED = ("Harbour traders are bracing for a hard year. " + WIRE.replace("told reporters", "said")
          .replace(" Engineers found corroded cables during an inspection in the spring, the city said in a "
                   "statement on Sunday.", ""))
OTHER = ("Heavy rain flooded parts of the northern valley overnight, and rescue teams evacuated two villages "
         "as the river rose above its banks for the first time in a decade, officials said on Tuesday.")


def test_similarity_tracks_overlap():
    wire, edited, other = signature(WIRE), signature(EDITED), signature(OTHER)
    assert similarity(wire, wire) == 1.0
    assert similarity(wire, edited) > 0.3
    assert similarity(wire, other) < 0.1


def test_shared_passages_point_into_both_texts():
    passages = shared_passages(WIRE, EDITED)
    assert len(passages) == 2  # split where "told reporters" became "said"
    for p in passages:
        assert " ".join(WIRE[p.a_start:p.a_end].split()) == " ".join(EDITED[p.b_start:p.b_end].split())
    assert EDITED[passages[0].b_start:].startswith("The council voted")
    cut = share(passages, len(words(WIRE)))
    assert 0.6 < cut < 0.95  # the last sentence was cut
    assert shared_passages(WIRE, OTHER) == []


def test_long_passages_end_where_the_words_stop_agreeing():
    long = " ".join([WIRE] * 3)  # about 200 words, longer than one slice of the fast comparison
    changed = long.replace("overdue", "late", 2).replace("overdue", "postponed")
    runs = shared_runs(Words(long), Words(changed))
    assert runs[0] == Run(0, 0, len(words(long[:long.index("overdue")])))
    assert len(runs) == 4 and sum(r.words for r in runs) == len(words(long)) - 3
    assert runs == shared_runs(long, changed)
