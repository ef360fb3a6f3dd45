"""kg.datasets: benchmark adapters and relation-level scoring, with fake extractors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

from kg.datasets import (
    dataset_scores_to_json,
    evaluate_dataset,
    format_dataset_scores,
    read_dataset,
)
from kg.errors import InputError, UsageError
from kg.evaluate import Counts, Ratio
from kg.model import Document, Entity, Evidence, Extraction, Fact


def make_fact(type: str, roles: dict, status: str = "completed", **attributes: Any) -> Fact:
    return Fact(type, roles, status, Evidence("", 0, 0), "test", 1.0, attributes)


def conll_folder(tmp_path: Path) -> Path:
    records = [
        {
            "orig_id": 1,
            "tokens": "John Smith , chairman of Acme Corp . , lives in Boston".split(),
            "entities": [
                {"type": "Peop", "start": 0, "end": 2},
                {"type": "Org", "start": 5, "end": 7},
                {"type": "Loc", "start": 11, "end": 12},
            ],
            "relations": [
                {"type": "Work_For", "head": 0, "tail": 1},
                {"type": "Live_In", "head": 0, "tail": 2},
                {"type": "OrgBased_In", "head": 1, "tail": 2},
            ],
        },
        {"orig_id": 2, "tokens": ["Nothing", "here", "."], "entities": [], "relations": []},
    ]
    folder = tmp_path / "conll04"
    folder.mkdir()
    (folder / "conll04_test.json").write_text(json.dumps(records), encoding="utf-8")
    return tmp_path


def test_conll04_adapter_maps_relations(tmp_path: Path) -> None:
    (first, gold), (second, empty) = read_dataset("conll04", "test", conll_folder(tmp_path))
    assert first.id == "conll04-test-1"
    assert first.text.startswith("John Smith , chairman of Acme Corp .")
    assert [(e["id"], e["type"], e["name"]) for e in gold["entities"]] == [
        ("e0", "Person", "John Smith"),
        ("e1", "Organization", "Acme Corp"),
        ("e2", "Place", "Boston"),
    ]
    assert [(f["relation"], f["type"], f["roles"]) for f in gold["facts"]] == [
        ("Work_For", "Role", {"person": "e0", "organization": "e1"}),
        ("OrgBased_In", "Location", {"entity": "e1", "place": "e2"}),
    ]
    assert gold["scored_types"] == ["Role", "Location"]
    assert gold["claim_roles"] == {"Location": {"entity": ["Organization"]}}
    assert empty["facts"] == [] and second.id == "conll04-test-2"


def test_a_persons_location_is_no_orgbased_in_claim(tmp_path: Path) -> None:
    """CoNLL04 annotates where a person lives as Live_In, which maps to nothing: a Location of a
    person is neither right nor wrong there."""

    def extract(documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            entities = (Entity("p", "John Smith", "Person"), Entity("b", "Boston", "Place"))
            facts = (make_fact("Location", {"entity": "p", "place": "b"}),) if document.id == "conll04-test-1" else ()
            yield Extraction(document, entities, facts)

    scores = evaluate_dataset("conll04", "test", extract, data_dir=conll_folder(tmp_path))
    assert scores.types["Location"] == Counts(fn=1)


def test_relation_level_scoring_with_a_fake_extractor(tmp_path: Path) -> None:
    data_dir = conll_folder(tmp_path)

    def extract(documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            if document.id != "conll04-test-1":
                entities = (Entity("x", "Nothing", "Organization"), Entity("y", "Here", "Place"))
                yield Extraction(document, entities, (make_fact("Location", {"entity": "x", "place": "y"}),))
                continue
            entities = (
                Entity("p", "Smith", "Person", aliases=("John Smith",)),
                Entity("a", "Acme", "Organization"),
                Entity("b", "Boston", "Place"),
            )
            facts = (
                make_fact("Role", {"person": "p", "organization": "a"}, title="chairman"),
                make_fact("Role", {"person": "p", "organization": "a"}),
                make_fact("Location", {"entity": "a", "place": "b"}, status="denied"),
                make_fact("Acquisition", {"buyer": "a", "target": "b"}),
            )
            yield Extraction(document, entities, facts)

    scores = evaluate_dataset("conll04", "test", extract, data_dir=data_dir)
    assert scores.documents == 2
    assert scores.types == {"Role": Counts(tp=1), "Location": Counts(fp=1, fn=1)}
    assert scores.overall == Counts(tp=1, fp=1, fn=1)
    assert scores.relations == {"Work_For": Ratio(1, 1), "OrgBased_In": Ratio(0, 1)}
    assert scores.mapping == {"Work_For": "Role", "OrgBased_In": "Location"}
    table = format_dataset_scores(scores)
    assert table.splitlines()[0] == "conll04 test: 2 documents, relation-level"
    assert "Role (Work_For)" in table and "  OrgBased_In" in table
    assert dataset_scores_to_json(scores)["overall"]["f1"] == 0.5


def test_document_without_extraction_finds_nothing(tmp_path: Path) -> None:
    scores = evaluate_dataset("conll04", "test", lambda documents: iter(()), data_dir=conll_folder(tmp_path))
    assert scores.overall == Counts(fn=2)
    assert scores.documents == 2


def test_limit(tmp_path: Path) -> None:
    scores = evaluate_dataset("conll04", "test", lambda documents: iter(()), data_dir=conll_folder(tmp_path), limit=1)
    assert scores.documents == 1


def fire_folder(tmp_path: Path) -> Path:
    record = {
        "orig_id": 9,
        "tokens": "Mr. Lee , CEO of Beta Inc , said Beta bought Gamma and Delta merged with Epsilon".split(),
        "entities": [
            {"type": "Person", "start": 0, "end": 2},
            {"type": "Designation", "start": 3, "end": 4},
            {"type": "Company", "start": 5, "end": 7},
            {"type": "Company", "start": 9, "end": 10},
            {"type": "Company", "start": 11, "end": 12},
            {"type": "Company", "start": 13, "end": 14},
            {"type": "Company", "start": 16, "end": 17},
        ],
        "relations": [
            {"type": "Designation", "head": 0, "tail": 1},
            {"type": "Designation", "head": 2, "tail": 1},
            {"type": "Employeeof", "head": 0, "tail": 2},
            {"type": "ActionBuy", "head": 3, "tail": 4},
            {"type": "ActionMerge", "head": 5, "tail": 6},
            {"type": "Sector", "head": 2, "tail": 1},
        ],
    }
    folder = tmp_path / "fire"
    folder.mkdir()
    (folder / "fire_dev.json").write_text(json.dumps([record]), encoding="utf-8")
    return tmp_path


def test_fire_adapter_designation_is_a_title_and_merger_a_set(tmp_path: Path) -> None:
    ((document, gold),) = read_dataset("fire", "dev", fire_folder(tmp_path))
    assert [(f["relation"], f["roles"], f.get("attributes")) for f in gold["facts"]] == [
        ("Designation", {"person": "e0"}, {"title": "CEO"}),
        ("Employeeof", {"person": "e0", "organization": "e2"}, None),
        ("ActionBuy", {"buyer": "e3", "target": "e4"}, None),
        ("ActionMerge", {"parties": ["e5", "e6"]}, None),
    ]

    def extract(documents: Iterable[Document]) -> Iterator[Extraction]:
        for doc in documents:
            entities = (
                Entity("l", "Lee", "Person", aliases=("Mr. Lee",)),
                Entity("b", "Beta", "Organization"),
                Entity("g", "Gamma", "Organization"),
                Entity("d", "Delta", "Organization"),
                Entity("e", "Epsilon", "Organization"),
            )
            facts = (
                make_fact("Role", {"person": "l", "organization": "b"}, title="chief executive"),
                make_fact("Acquisition", {"buyer": "b", "target": "g"}, status="planned"),
                make_fact("Merger", {"parties": ("e", "d")}),
            )
            yield Extraction(doc, entities, facts)

    scores = evaluate_dataset("fire", "dev", extract, data_dir=tmp_path)
    assert scores.relations["Designation"] == Ratio(0, 1)
    assert scores.relations["Employeeof"] == Ratio(1, 1)
    assert scores.types["Acquisition"] == Counts(tp=1)
    assert scores.types["Merger"] == Counts(tp=1)
    assert scores.types["Role"] == Counts(tp=1, fn=1)


def test_knowledgenet_folds_annotated_properties_and_uri_aliases(tmp_path: Path) -> None:
    text = "Ann Lee is CEO of Zeta Corp. She founded it in Paris."
    def span(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return 100 + start, 100 + start + len(word)

    def kn_fact(prop: str, subject: str, s_uri: str, obj: str, o_uri: str) -> dict:
        (ss, se), (os_, oe) = span(subject), span(obj)
        return {
            "propertyName": prop, "subjectStart": ss, "subjectEnd": se, "subjectText": subject,
            "subjectUri": s_uri, "objectStart": os_, "objectEnd": oe, "objectText": obj, "objectUri": o_uri,
        }

    passages = [
        {
            "fold": 4, "documentId": "7", "passageId": "7:100:153", "passageStart": 100, "passageEnd": 153,
            "passageText": text, "exhaustivelyAnnotatedProperties": ["CEO", "FOUNDED_BY", "SPOUSE"],
            "facts": [
                kn_fact("CEO", "Zeta Corp", "http://www.wikidata.org/entity/Q1", "Ann Lee", "http://www.wikidata.org/entity/Q2"),
                kn_fact("FOUNDED_BY", "it", "http://www.wikidata.org/entity/Q1", "She", "http://www.wikidata.org/entity/Q2"),
            ],
        },
        {
            "fold": 4, "documentId": "8", "passageId": "8:0:10", "passageStart": 0, "passageEnd": 10,
            "passageText": "Nobody wed.", "exhaustivelyAnnotatedProperties": ["SPOUSE"], "facts": [],
        },
        {
            "fold": 1, "documentId": "9", "passageId": "9:0:10", "passageStart": 0, "passageEnd": 10,
            "passageText": "Other fold.", "exhaustivelyAnnotatedProperties": ["CEO"], "facts": [],
        },
    ]
    folder = tmp_path / "knowledgenet"
    folder.mkdir()
    (folder / "knowledgenet_train_facts_by_passage.jsonl").write_text(
        "\n".join(json.dumps(p) for p in passages) + "\n", encoding="utf-8"
    )
    ((document, gold),) = read_dataset("knowledgenet", "test", tmp_path)
    assert document.id == "knowledgenet-7:100:153" and document.text == text
    assert gold["scored_types"] == ["Role"]
    assert [(e["id"], e["name"], e["aliases"]) for e in gold["entities"]] == [
        ("Q1", "Zeta Corp", ["it"]),
        ("Q2", "Ann Lee", ["She"]),
    ]
    assert [(f["relation"], f["roles"]) for f in gold["facts"]] == [
        ("CEO", {"organization": "Q1", "person": "Q2"}),
        ("FOUNDED_BY", {"organization": "Q1", "person": "Q2"}),
    ]
    assert [d.id for d, _ in read_dataset("knowledgenet", "dev", tmp_path)] == ["knowledgenet-9:0:10"]

    def extract(documents: Iterable[Document]) -> Iterator[Extraction]:
        for doc in documents:
            entities = (Entity("a", "Ann Lee", "Person"), Entity("z", "Zeta", "Organization"), Entity("p", "Paris", "Place"))
            facts = (
                make_fact("Role", {"person": "a", "organization": "z"}),
                make_fact("Location", {"entity": "z", "place": "p"}),
            )
            yield Extraction(doc, entities, facts)

    scores = evaluate_dataset("knowledgenet", "test", extract, data_dir=tmp_path)
    assert scores.types == {"Role": Counts(tp=2)}
    assert scores.relations == {"CEO": Ratio(1, 1), "FOUNDED_BY": Ratio(1, 1)}


def test_unknown_dataset_split_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown dataset 'squad': choose one of conll04, fire, knowledgenet"):
        read_dataset("squad", "test", tmp_path)
    with pytest.raises(UsageError, match="dataset fire has no split 'train': choose one of dev, test"):
        list(read_dataset("fire", "train", tmp_path))
    with pytest.raises(InputError, match="benchmark folder .*conll04 not found"):
        list(read_dataset("conll04", "test", tmp_path))


def gold_oracle(golds: dict[str, dict]) -> Any:
    """An extractor that returns the gold itself: every figure must be 1.0."""

    def extract(documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            gold = golds[document.id]
            entities = tuple(
                Entity(e["id"], e["name"], e["type"], aliases=tuple(e["aliases"])) for e in gold["entities"]
            )
            facts = tuple(
                make_fact(
                    f["type"],
                    {k: tuple(v) if isinstance(v, list) else v for k, v in f["roles"].items()},
                    **f.get("attributes", {}),
                )
                for f in gold["facts"]
            )
            yield Extraction(document, entities, facts)

    return extract


@pytest.mark.data
@pytest.mark.parametrize(
    ("name", "split", "documents", "facts"),
    [("conll04", "test", 288, 181), ("fire", "test", 454, 340), ("knowledgenet", "test", 503, 736)],
)
def test_shared_benchmarks_read_and_oracle_scores_one(
    shared_data: Path, name: str, split: str, documents: int, facts: int
) -> None:
    pairs = list(read_dataset(name, split, shared_data))
    golds = {document.id: gold for document, gold in pairs}
    assert (len(pairs), len(golds)) == (documents, documents)
    assert sum(len(gold["facts"]) for gold in golds.values()) == facts
    scores = evaluate_dataset(name, split, gold_oracle(golds), data_dir=shared_data)
    assert scores.overall == Counts(tp=facts)
