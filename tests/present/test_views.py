"""Labels people read: a group's key names and dates, and what tells an event apart."""

from rashomon.present.views import event_entities, group_label


def names(*pairs):
    return [{"name": n, "cls": c} for n, c in pairs]


def test_event_label_leads_with_names_the_other_events_lack():
    call = {"entities": names(("Armenia", "place"), ("Azerbaijan", "place"), ("Sergei Lavrov", "person"),
                              ("Jeyhun Bayramov", "person"))}
    later = {"entities": names(("Armenia", "place"), ("Azerbaijan", "place"), ("Nikol Pashinyan", "person"),
                               ("Vladimir Putin", "person"))}
    story = {"events": [call, later]}
    assert group_label(event_entities(story, call), None, None) == "Sergei Lavrov, Jeyhun Bayramov, Armenia"
    assert group_label(event_entities(story, later), "2023-01-31", "2023-01-31") == \
        "Nikol Pashinyan, Vladimir Putin, Armenia · 2023-01-31"


def test_single_event_keeps_its_own_order():
    only = {"entities": names(("Veldra", "place"), ("Tomas Varga", "person"))}
    assert event_entities({"events": [only]}, only) == only["entities"]
