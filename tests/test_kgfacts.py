"""kg.kgfacts: the kg-facts/1 JSON, written stably and atomically, read with validation."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from kg import kgfacts
from kg.errors import InputError, OutputError
from kg.model import Amount, Document, Entity, Evidence, Extraction, Fact

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gold" / "jd-us-expansion.json"


def extraction() -> Extraction:
    document = Document(id="doc/1", text="JD bought Yihaodian.", title="T", source="a.txt")
    entities = (
        Entity(id="jd", name="JD.com", type="Organization", subtype="Company", aliases=("JD",)),
        Entity(id="yhd", name="Yihaodian", type="Organization"),
        Entity(id="china", name="China", type="Place"),
    )
    facts = (
        Fact(
            type="Acquisition",
            roles={"target": "yhd", "buyer": "jd"},
            status="completed",
            evidence=Evidence("JD bought Yihaodian.", 0, 20),
            extractor="acquisition.verb",
            confidence=0.9,
            attributes={"share": 0.15, "amount": Amount(1.5e9, "USD"), "date": "2016"},
            attribution="Reuters",
        ),
        Fact(
            type="Partnership",
            roles={"partners": ("jd", "yhd")},
            status="active",
            evidence=Evidence("JD bought Yihaodian.", 0, 20),
            extractor="partnership.noun",
            confidence=0.5,
            attributes={"place": "china"},
        ),
    )
    return Extraction(document=document, entities=entities, facts=facts)


def test_to_json_exact() -> None:
    assert kgfacts.to_json(extraction()) == {
        "format": "kg-facts/1",
        "document": {"id": "doc/1", "title": "T", "source": "a.txt"},
        "entities": [
            {"id": "jd", "type": "Organization", "name": "JD.com", "subtype": "Company", "aliases": ["JD"]},
            {"id": "yhd", "type": "Organization", "name": "Yihaodian", "aliases": []},
            {"id": "china", "type": "Place", "name": "China", "aliases": []},
        ],
        "facts": [
            {
                "type": "Acquisition",
                "roles": {"buyer": "jd", "target": "yhd"},
                "attributes": {
                    "amount": {"value": 1.5e9, "currency": "USD"},
                    "date": "2016",
                    "share": 0.15,
                },
                "status": "completed",
                "evidence": "JD bought Yihaodian.",
                "evidence_span": [0, 20],
                "extractor": "acquisition.verb",
                "confidence": 0.9,
                "attribution": "Reuters",
            },
            {
                "type": "Partnership",
                "roles": {"partners": ["jd", "yhd"]},
                "attributes": {"place": "china"},
                "status": "active",
                "evidence": "JD bought Yihaodian.",
                "evidence_span": [0, 20],
                "extractor": "partnership.noun",
                "confidence": 0.5,
            },
        ],
    }


def test_write_is_stable_atomic_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "facts" / "doc.json"
    assert kgfacts.write(extraction(), target) == target
    first = target.read_bytes()
    kgfacts.write(extraction(), target)
    assert target.read_bytes() == first
    assert first.endswith(b"\n")
    assert kgfacts.read(target) == kgfacts.to_json(extraction())
    assert sorted(os.listdir(target.parent)) == ["doc.json"]


def test_write_keeps_non_ascii_characters(tmp_path: Path) -> None:
    base = extraction()
    document = Document(id="d", text="Nestlé", title="Société Générale")
    target = kgfacts.write(Extraction(document, base.entities, ()), tmp_path / "d.json")
    assert '"title": "Société Générale"' in target.read_text(encoding="utf-8")


def test_write_to_unwritable_place_raises_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match=r"cannot write .*file/d\.json.*output folder"):
        kgfacts.write(extraction(), blocker / "d.json")


def test_gold_file_reads() -> None:
    if not GOLD.is_file():
        pytest.skip(f"{GOLD} is absent: the gold lives in ../shared/eval beside the checkout")
    data = kgfacts.read(GOLD)
    assert data["document"]["id"] == "jd-us-expansion"
    assert len(data["facts"]) == 13 and len(data["acceptable"]) == 18


def valid() -> dict[str, Any]:
    return kgfacts.to_json(extraction())


def broken(change) -> dict[str, Any]:
    data = copy.deepcopy(valid())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="kg-facts/2"), "format: is 'kg-facts/2', expected \"kg-facts/1\""),
        (lambda d: d["document"].pop("id"), "document.id: missing"),
        (lambda d: d["entities"][1].update(id="jd"), "entities[1].id: 'jd' is used twice"),
        (lambda d: d["entities"][0].update(type="Company"), "entities[0].type: 'Company' is not one of"),
        (lambda d: d["entities"][0].update(types=["Organization", "Thing"]), "entities[0].type: 'Thing'"),
        (lambda d: d["entities"][0].update(aliases="JD"), "entities[0].aliases: must be a list of strings"),
        (lambda d: d["facts"][0].update(type="Sale"), "facts[0].type: 'Sale' is not one of"),
        (lambda d: d["facts"][0]["roles"].update(buyer="nobody"), "facts[0].roles.buyer: 'nobody' is not the id"),
        (lambda d: d["facts"][1]["roles"].update(partners="jd"), "facts[1].roles.partners: must be a non-empty list"),
        (lambda d: d["facts"][0]["roles"].update(buyer=["jd"]), "facts[0].roles.buyer: must be one entity id"),
        (lambda d: d["facts"][0].update(status="done"), "facts[0].status: 'done' is not a status"),
        (lambda d: d["facts"][0]["attributes"].update(share="15%"), "facts[0].attributes.share: must be a number"),
        (
            lambda d: d["facts"][0]["attributes"].update(amount=1500),
            "facts[0].attributes.amount: must be {\"value\"",
        ),
        (lambda d: d["facts"][1]["attributes"].update(place="paris"), "facts[1].attributes.place: 'paris' is not"),
        (lambda d: d["facts"][0].update(evidence_span=[0]), "facts[0].evidence_span: must be [start, end]"),
        (lambda d: d.update(acceptable=[{"type": "Role", "roles": {}}]), "acceptable[0].roles: missing or empty"),
    ],
)
def test_read_names_file_and_problem(tmp_path: Path, change, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(broken(change)), encoding="utf-8")
    with pytest.raises(InputError) as error:
        kgfacts.read(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_status_list_is_valid_gold() -> None:
    data = broken(lambda d: d["facts"][0].update(status=["agreed", "proposed"], core=True))
    assert kgfacts.validate(data, "gold") is data


def test_read_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.json: no such file"):
        kgfacts.read(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: not valid JSON at line 1 column 12"):
        kgfacts.read(bad)
