"""Disputes: which reports of denials are one quarrel."""

from rashomon.compare.disputes import _merged, _same_party
from rashomon.compare.model import Dispute, Evidence, Position
from rashomon.model import Span, Statement


def dispute(about: str, denier: str, article: str, asserted: str) -> Dispute:
    def at(aid: str) -> Evidence:
        return Evidence(aid, aid.title(), 0, 0, 10, "...")

    return Dispute(about, [Position("denies", denier, at(article))], [Position("asserts", "Kalvany", at(asserted))],
                   1.0)


def test_one_party_denying_one_thing_in_two_languages_is_one_dispute():
    "Their asserting sentences differ (each language's own), but the denier and the word denied are one."
    english = dispute('"The allegations of a blockade are baseless"', "Mirela Hostak", "wire", "herald")
    serbian = dispute("„Optužbe o blokadi su neosnovane”", "Хостак", "glas", "vesti")
    court = dispute('"The claims about the court are baseless"', "Mirela Hostak", "monitor", "post")
    merged = _merged([english, serbian, court])
    assert [[p.evidence.article_id for p in d.denials] for d in merged] == [["wire", "glas"], ["monitor"]]


def test_a_woman_named_with_her_surname_s_ova_is_the_same_denier():
    "Serbian names Mirela Hostak 'Hostakova'; another party's denial of the same word stays a dispute of its own."
    english = dispute('"The allegations of a blockade are baseless"', "Mirela Hostak", "wire", "herald")
    serbian = dispute("„Optužbe o blokadi su neosnovane”", "Hostakova", "glas", "vesti")
    other = dispute("„Optužbe o blokadi su neosnovane”", "Petar Milic", "dnevnik", "novine")
    merged = _merged([english, serbian, other])
    assert [[p.evidence.article_id for p in d.denials] for d in merged] == [["wire", "glas"], ["dnevnik"]]


def test_one_denial_in_italian_and_in_english_is_one_dispute_but_not_two_things_denied():
    "'crisi' and 'crisis' meet by five letters; 'There is no ...' shares only function words with another denial."
    english = dispute("Allegations of a humanitarian crisis are groundless", "Kamal Rustari", "wire", "herald")
    italian = dispute("Le accuse di una crisi umanitaria sono infondate", "Kamal Rustari", "agenzia", "giornale")
    blockade = dispute("There is no blockade", "Kamal Rustari", "post", "times")
    torture = dispute("There is no torture", "Kamal Rustari", "daily", "globe")
    merged = _merged([english, italian, blockade, torture])
    assert [[p.evidence.article_id for p in d.denials] for d in merged] == [["wire", "agenzia"], ["post"], ["daily"]]


def test_one_partys_denial_in_words_no_two_languages_write_alike_is_one_dispute():
    "'blockade', 'محاصره' and 'շրջափակում' share no letters, but name one thing; a denial of the weapons stays apart."
    english = dispute("Allegations of a blockade are baseless", "Jeyhun Bayramov", "wire", "herald")
    persian = dispute("ادعاها درباره محاصره پایه و اساسی ندارد", "Jeyhun Bayramov", "irna", "tasnim")
    armenian = dispute("շրջափակման մասին պնդումները հիմքեր չունեն", "Jeyhun Bayramov", "news", "armenpress")
    weapons = dispute("Claims about weapons are baseless", "Jeyhun Bayramov", "post", "times")
    merged = _merged([english, persian, armenian, weapons])
    assert [[p.evidence.article_id for p in d.denials] for d in merged] == [["wire", "irna", "news"], ["post"]]


def _said_by(name: str, kind: str = "person", entity: int | None = None) -> Statement:
    return Statement(content=Span(0, 5), cue=None, kind="indirect", cue_word="say", speaker_name=name,
                     speaker_kind=kind, entity_id=entity)


def test_one_party_in_any_spelling_or_script():
    "A denial by 'Dávid Lengyel' of what 'David Lengyel' said, or by 'Сергей Лавров' of 'Sergei Lavrov', is no dispute."
    assert _same_party(_said_by("Dávid Lengyel"), _said_by("David Lengyel", entity=4))
    assert _same_party(_said_by("Румяна Колева"), _said_by("Rumyana Koleva"))
    assert _same_party(_said_by("Koleva"), _said_by("Rumyana Koleva"))
    assert _same_party(_said_by("Сергей Лавров"), _said_by("Sergei Lavrov", entity=4))
    assert not _same_party(_said_by("Azerbaijan's Foreign Ministry", "body"), _said_by("Armenia's Foreign Ministry", "body"))
    assert not _same_party(_said_by("Rumyana Koleva", entity=1), _said_by("Rumyana Koleva", entity=2))


def test_what_is_denied_ends_before_the_denier_s_own_account_in_any_language():
    "'..., а на дороге проходит акция экологов': the ecologists' protest is Baku's account, not what it denies."
    from rashomon.compare.disputes import _object_end

    def denied(text: str) -> str:
        return text[:_object_end(text, 0, len(text))]

    assert denied("утверждения о блокаде беспочвенны, а на дороге проходит акция экологов") == \
        "утверждения о блокаде беспочвенны"
    assert denied("les accusations de blocus sont infondées, mais la route reste ouverte") == \
        "les accusations de blocus sont infondées"
    assert denied("ادعای محاصره جاده بی‌اساس است، اما جاده برای کامیون‌ها بسته است") == "ادعای محاصره جاده بی‌اساس است"
    # "а также" goes on naming what is denied; a clause holding the dismissal is what is denied
    assert denied("утверждения о блокаде, а также о кризисе беспочвенны") == \
        "утверждения о блокаде, а также о кризисе беспочвенны"
    assert denied("на трассе проходит акция экологов, а утверждения о блокаде беспочвенны") == \
        "на трассе проходит акция экологов, а утверждения о блокаде беспочвенны"


def test_a_party_that_denies_is_not_also_on_the_asserting_side_of_one_quarrel():
    "A report that Vell's spokesman challenged an article 'saying that ...' reads as Vell asserting it: not so."
    def at(aid: str) -> Evidence:
        return Evidence(aid, aid.title(), 0, 0, 10, "...")

    wire = Dispute("the report that Kalvany ordered the lie", [Position("denies", "Tomas Vell", at("wire"), 7)],
                   [Position("asserts", "Harbour Post", at("post"))], 1.0)
    daily = Dispute("an article saying Kalvany ordered the lie", [Position("denies", "Kalvany", at("daily"))],
                    [Position("asserts", "Tomas R. Vell", at("times"), 7), Position("asserts", None, at("post")),
                     Position("asserts", "Harbour Post", at("gazette"))], 0.9)
    (merged,) = _merged([wire, daily])
    assert [(p.holder, p.evidence.article_id) for p in merged.claims] == [("Harbour Post", "post"),
                                                                          ("Harbour Post", "gazette")]


def test_two_unnamed_holders_alike_are_not_one_party():
    "'the ministry' that denies in one report and 'the ministry' that asserts in another may be two ministries."
    def at(aid: str) -> Evidence:
        return Evidence(aid, aid.title(), 0, 0, 10, "...")

    wire = Dispute("the report of shelling", [Position("denies", "the ministry", at("wire"))],
                   [Position("asserts", "Harbour Post", at("post"))], 1.0)
    daily = Dispute("reports of shelling", [Position("denies", "Kalvany", at("daily"))],
                    [Position("asserts", "the ministry", at("times")), Position("asserts", None, at("post")),
                     Position("asserts", "Harbour Post", at("gazette"))], 0.9)
    (merged,) = _merged([wire, daily])
    assert ("the ministry", "times") in [(p.holder, p.evidence.article_id) for p in merged.claims]
