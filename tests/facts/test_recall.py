"""Wave-4 recall forms: job titles as data, founders, 'led by', 'joined', headquarters phrasing,
'X in City', unit and part-of ownership, assets bought in countries; each with negated or
hedged and near-miss cases."""

from __future__ import annotations

import pytest

from kg.facts.surface import patterns, title_words

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
SMITH, JONES = ("John Smith", "smith", "Person"), ("Mary Jones", "jones", "Person")
PARIS, FRANCE = ("Paris", "paris", "Place"), ("France", "france", "Place")
VIETNAM, SUDAN = ("Vietnam", "vietnam", "Place"), ("Sudan", "sudan", "Place")


def _read(facts):
    """(roles, status, title or kind) of each fact, in output order."""
    return [(dict(f.roles), f.status, f.attributes.get("title") or f.attributes.get("kind")) for f in facts]


def test_title_macro_and_cues_come_from_the_lexicon():
    assert {"official", "spokesman", "founder", "co-founder", "officer"} <= title_words()
    assert "{TITLE}" not in "".join(pattern.regex.pattern for pattern in patterns("Role"))
    assert all("@titles" not in pattern.cues for pattern in patterns("Role"))


@pytest.mark.parametrize("text, surfaces, expected", [
    ("John Smith is the chairman and chief executive of Acme Corp.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "chairman")]),
    ("John Smith previously served as finance director of Acme Corp.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "finance director")]),
    ("John Smith is a member of the board of directors of Acme Corp.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "director")]),
    ("John Smith, an Acme Corp operations manager, said the plant had closed.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "manager")]),
    ("The chairman of Acme Corp, John Smith, resigned.", [ACME, SMITH],
     [({"organization": "acme", "person": "smith"}, "active", "chairman")]),
    ("Acme Corp, a French carmaker, chief executive John Smith said.", [ACME, SMITH, FRANCE],
     [({"organization": "acme", "person": "smith"}, "active", "chief executive")]),
    ("Acme Corp is led by chief executive John Smith.", [ACME, SMITH],
     [({"organization": "acme", "person": "smith"}, "active", "head")]),
    ("John Smith heads Acme Corp.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "head")]),
    ("John Smith joined Acme Corp in 2003 as chief financial officer.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "CFO")]),
    ("Prior to joining Acme Corp, John Smith was a banker.", [ACME, SMITH],
     [({"organization": "acme", "person": "smith"}, "active", None)]),
    ("John Smith worked as an engineer for Acme Corp.", [ACME, SMITH],
     [({"person": "smith", "organization": "acme"}, "active", "engineer")]),
    ("John Smith has replaced Mary Jones as chief executive of Acme Corp.", [ACME, SMITH, JONES],
     [({"person": "jones", "organization": "acme"}, "active", "chief executive"),
      ({"person": "smith", "organization": "acme"}, "active", "chief executive")]),
])
def test_role_forms(facts_of, text, surfaces, expected):
    assert _read(facts_of(text, surfaces, "Role")) == expected


def test_founders(facts_of):
    both = facts_of("Acme Corp was founded in 1998 by John Smith and Mary Jones.", [ACME, SMITH, JONES], "Role")
    assert _read(both) == [
        ({"organization": "acme", "person": "jones"}, "active", "founder"),
        ({"organization": "acme", "person": "smith"}, "active", "founder"),
    ]
    cofounded = facts_of("John Smith co-founded Acme Corp in 2001.", [ACME, SMITH], "Role")
    assert _read(cofounded) == [({"person": "smith", "organization": "acme"}, "active", "founder")]


def test_role_negated(facts_of):
    chairman = facts_of("John Smith is not the chairman of Acme Corp.", [ACME, SMITH], "Role")
    assert [f.status for f in chairman] == ["denied"]
    founded = facts_of("Acme Corp was not founded by John Smith.", [ACME, SMITH], "Role")
    assert [f.status for f in founded] == ["denied"]
    assert facts_of("John Smith will not join Acme Corp.", [ACME, SMITH], "Role") == []


@pytest.mark.parametrize("text, surfaces", [
    ("John Smith is a long-standing critic of Acme Corp.", [ACME, SMITH]),
    ("John Smith, an Acme Corp customer, said the plant had closed.", [ACME, SMITH]),
    ("Acme Corp was founded in Paris.", [ACME, PARIS]),
])
def test_role_near_misses(facts_of, text, surfaces):
    assert facts_of(text, surfaces, "Role") == []


@pytest.mark.parametrize("text, surfaces, expected", [
    ("Acme Corp is a software company headquartered in Paris, France.", [ACME, PARIS, FRANCE],
     [({"entity": "acme", "place": "paris"}, "active", "headquarters"), ({"entity": "acme", "place": "france"}, "active", "headquarters")]),
    ("Acme Corp's headquarters are in Paris.", [ACME, PARIS], [({"entity": "acme", "place": "paris"}, "active", "headquarters")]),
    ("Based in Paris, Acme Corp makes tyres.", [ACME, PARIS], [({"place": "paris", "entity": "acme"}, "active", "headquarters")]),
    ("Acme Corp, a Paris-based bank, said profits rose.", [ACME, PARIS], [({"entity": "acme", "place": "paris"}, "active", "headquarters")]),
    ("Acme Corp is a museum in Paris.", [ACME, PARIS], [({"entity": "acme", "place": "paris"}, "active", "headquarters")]),
    ("Analysts at Acme Corp in Paris expect growth.", [ACME, PARIS], [({"entity": "acme", "place": "paris"}, "active", "headquarters")]),
])
def test_location_forms(facts_of, text, surfaces, expected):
    assert _read(facts_of(text, surfaces, "Location")) == expected


def test_location_negated_and_near_misses(facts_of):
    assert [f.status for f in facts_of("Acme Corp is not based in Paris.", [ACME, PARIS], "Location")] == ["denied"]
    assert facts_of("Acme Corp is a software company that sells to clients in Paris.", [ACME, PARIS], "Location") == []
    assert facts_of("The shipment was processed by Acme Corp in Paris last week.", [ACME, PARIS], "Location") == []
    assert facts_of("Acme Corp sold shares in Paris last week.", [ACME, PARIS], "Location") == []


def test_ownership_unit_and_part_of(facts_of):
    unit = facts_of("Acme Corp unit Borg Inc said sales rose.", [ACME, BORG], "Ownership")
    assert _read(unit) == [({"owner": "acme", "owned": "borg"}, "active", None)]
    part = facts_of("Borg Inc is part of the Acme Corp group.", [ACME, BORG], "Ownership")
    assert _read(part) == [({"owned": "borg", "owner": "acme"}, "active", None)]
    assert facts_of("Borg Inc is not part of the Acme Corp group.", [ACME, BORG], "Ownership") == []
    assert facts_of("Acme Corp and Borg Inc said sales rose.", [ACME, BORG], "Ownership") == []


def test_investment_assets_in_countries(facts_of):
    text = "Acme Corp, which is majority-owned by the state, already has bought oil assets in countries including Vietnam, Sudan and France."
    found = facts_of(text, [ACME, VIETNAM, SUDAN, FRANCE], "Investment")
    assert _read(found) == [
        ({"investor": "acme", "target": "france"}, "completed", None),
        ({"investor": "acme", "target": "sudan"}, "completed", None),
        ({"investor": "acme", "target": "vietnam"}, "completed", None),
    ]
    assert facts_of("Acme Corp has not bought assets in Vietnam.", [ACME, VIETNAM], "Investment") == []
    assert facts_of("Acme Corp sold its assets in Vietnam.", [ACME, VIETNAM], "Investment") == []
