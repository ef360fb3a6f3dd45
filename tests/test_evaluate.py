"""kg.evaluate: every scoring rule of FORMAT.md, on hand-made gold/prediction pairs."""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from kg import kgfacts
from kg.errors import InputError
from kg.evaluate import (
    Counts,
    Ratio,
    evaluate,
    format_scores,
    gold_documents,
    normalize_name,
    score,
    scores_to_json,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT.parent / "shared" / "eval" / "gold" / "jd-us-expansion.json"


def entity(id: str, name: str, type: str = "Organization", **extra: Any) -> dict[str, Any]:
    return {"id": id, "type": type, "name": name, **extra}


def doc(doc_id: str, entities: list, facts: list | None = None, acceptable: list | None = None) -> dict:
    data = {
        "format": "kg-facts/1",
        "document": {"id": doc_id},
        "entities": entities,
        "facts": facts or [],
    }
    if acceptable is not None:
        data["acceptable"] = acceptable
    return kgfacts.validate(data, doc_id)


def fact(type: str, roles: dict, **extra: Any) -> dict[str, Any]:
    return {"type": type, "roles": roles, **extra}


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("JD.com Inc.", "jdcom"),
        ("The Coca-Cola Co", "cocacola"),
        ("Tencent Holdings Ltd", "tencent"),
        ("  Wal-Mart   Stores ", "walmart stores"),
        ("U.S.", "us"),
        ("The Group", "group"),
        ("Siemens AG", "siemens"),
        ("BNP Paribas SA", "bnp paribas"),
        ("Other Co Group PLC", "other"),
        ("Theodore Inc", "theodore"),
    ],
)
def test_normalize_name(name: str, normal: str) -> None:
    assert normalize_name(name) == normal


def test_counts_and_ratio() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert (counts.precision, counts.recall) == (0.75, 0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0 and Counts(fn=1).f1 == 0.0 and Counts(fp=1).precision == 0.0
    assert Ratio(1, 4).value == 0.25 and Ratio().value is None


def test_entities_suffix_the_type_and_alias() -> None:
    gold = doc(
        "d",
        [
            entity("jd", "JD.com", aliases=["JD"]),
            entity("fed", "Federal Reserve"),
            entity("x", "Xerox"),
            entity("wef", "World Economic Forum", type="Event", types=["Event", "Organization"]),
        ],
    )
    pred = doc(
        "d",
        [
            entity("a", "JD.com Inc."),
            entity("b", "the Federal Reserve"),
            entity("c", "Xerox", type="Person"),
            entity("d", "World Economic Forum"),
        ],
    )
    result = score([gold], {"d": pred})
    assert result.entities == Counts(tp=3, fp=1, fn=1)
    assert result.documents[0].spurious_entities == ("Person 'Xerox'",)
    assert result.documents[0].missed_entities == ("Organization 'Xerox'",)


def test_split_entity_counts_once_and_extra_is_false_positive() -> None:
    gold = doc("d", [entity("jd", "JD.com", aliases=["JD"]), entity("w", "Walmart")])
    pred = doc("d", [entity("a", "JD.com"), entity("b", "JD"), entity("c", "Walmart")])
    assert score([gold], {"d": pred}).entities == Counts(tp=2, fp=1, fn=0)


def test_optional_entity_neither_required_nor_penalised() -> None:
    gold = doc("d", [entity("jd", "JD.com"), entity("lab", "IoT lab", optional=True)])
    found = doc("d", [entity("a", "JD.com"), entity("b", "IoT lab"), entity("c", "IoT Lab Inc")])
    missing = doc("d", [entity("a", "JD.com")])
    assert score([gold], {"d": found}).entities == Counts(tp=1, fp=0, fn=0)
    assert score([gold], {"d": missing}).entities == Counts(tp=1, fp=0, fn=0)


def test_merged_prediction_is_paired_to_leave_the_best_matching() -> None:
    gold = doc("d", [entity("a", "Alpha"), entity("b", "Beta")])
    pred = doc("d", [entity("p", "Alpha", aliases=["Beta"]), entity("q", "Alpha")])
    assert score([gold], {"d": pred}).entities == Counts(tp=2, fp=0, fn=0)


ENTITIES = [
    entity("jd", "JD.com", aliases=["JD"]),
    entity("w", "Walmart"),
    entity("y", "Yihaodian"),
    entity("t", "Tencent Holdings"),
    entity("liu", "Richard Liu", type="Person"),
    entity("cn", "China", type="Place"),
]
PRED_ENTITIES = [
    entity("p1", "JD.com Inc"),
    entity("p2", "Wal-Mart"),
    entity("p3", "Yihaodian"),
    entity("p4", "Tencent"),
    entity("p5", "Richard Liu", type="Person"),
    entity("p6", "China", type="Place"),
]


def test_fact_roles_only_gold_roles_scored_and_list_roles_as_sets() -> None:
    gold = doc(
        "d",
        ENTITIES,
        [
            fact("Acquisition", {"buyer": "jd", "target": "y"}, status="completed", core=True),
            fact("Partnership", {"partners": ["w", "jd"]}, status="active", core=True),
            fact("Role", {"person": "liu", "organization": "jd"}),
            fact("Competition", {"competitors": ["jd", "w"]}),
        ],
    )
    pred = doc(
        "d",
        PRED_ENTITIES + [entity("p7", "Tencent Holdings Ltd")],
        [
            fact("Acquisition", {"buyer": "p1", "target": "p3", "seller": "p2"}, status="completed"),
            fact("Partnership", {"partners": ["p1", "p2"]}, status="active"),
            fact("Role", {"person": "p5", "organization": "p2"}, status="active"),
            fact("Competition", {"competitors": ["p2", "p1", "p4"]}, status="active"),
        ],
    )
    result = score([gold], {"d": pred})
    assert result.facts == Counts(tp=2, fp=2, fn=2)
    assert result.fact_types == {
        "Partnership": Counts(tp=1),
        "Acquisition": Counts(tp=1),
        "Role": Counts(fp=1, fn=1),
        "Competition": Counts(fp=1, fn=1),
    }
    assert result.core == Ratio(2, 2)
    assert result.documents[0].missed_facts == (
        "Role organization=JD.com person=Richard Liu",
        "Competition competitors=JD.com+Walmart",
    )
    assert result.documents[0].spurious_facts[0] == "Role organization=Wal-Mart person=Richard Liu"


def test_split_entity_still_fills_a_list_role() -> None:
    gold = doc("d", ENTITIES, [fact("Partnership", {"partners": ["w", "jd"]})])
    pred = doc(
        "d",
        [entity("a", "JD.com"), entity("b", "JD"), entity("c", "Walmart")],
        [fact("Partnership", {"partners": ["a", "b", "c"]})],
    )
    assert score([gold], {"d": pred}).facts == Counts(tp=1)


def test_acceptable_facts_neither_rewarded_nor_penalised() -> None:
    gold = doc(
        "d",
        ENTITIES,
        [fact("Location", {"entity": "jd", "place": "cn"})],
        acceptable=[fact("Location", {"entity": "t", "place": "cn"})],
    )
    pred = doc(
        "d",
        PRED_ENTITIES,
        [
            fact("Location", {"entity": "p4", "place": "p6"}),
            fact("Location", {"entity": "p4", "place": "p6"}),
            fact("Location", {"entity": "p3", "place": "p6"}),
        ],
    )
    assert score([gold], {"d": pred}).facts == Counts(tp=0, fp=1, fn=1)


def test_repeated_fact_is_a_false_positive() -> None:
    gold = doc("d", ENTITIES, [fact("Ownership", {"owner": "jd", "owned": "y"})])
    pred = doc("d", PRED_ENTITIES, [fact("Ownership", {"owner": "p1", "owned": "p3"})] * 2)
    assert score([gold], {"d": pred}).facts == Counts(tp=1, fp=1, fn=0)


def test_financial_metric_amount_within_two_percent() -> None:
    amount = {"value": 100.0, "currency": "USD"}
    gold = doc("d", ENTITIES, [fact("FinancialMetric", {"organization": "jd"}, attributes={"amount": amount})])

    def predicted(value: float, currency: str = "USD") -> dict:
        attributes = {"amount": {"value": value, "currency": currency}}
        return doc("d", PRED_ENTITIES, [fact("FinancialMetric", {"organization": "p1"}, attributes=attributes)])

    assert score([gold], {"d": predicted(102.0)}).facts == Counts(tp=1)
    assert score([gold], {"d": predicted(97.9)}).facts == Counts(fp=1, fn=1)
    assert score([gold], {"d": predicted(100.0, "CNY")}).facts == Counts(fp=1, fn=1)


def test_pairing_prefers_the_gold_fact_whose_attributes_agree() -> None:
    gold = doc(
        "d",
        ENTITIES,
        [
            fact("Acquisition", {"buyer": "jd", "target": "y"}, attributes={"date": "2016"}),
            fact("Acquisition", {"buyer": "jd", "target": "y"}, attributes={"date": "2018"}),
        ],
    )
    pred = doc(
        "d",
        PRED_ENTITIES,
        [
            fact("Acquisition", {"buyer": "p1", "target": "p3"}, attributes={"date": "2018-05"}),
            fact("Acquisition", {"buyer": "p1", "target": "p3"}, attributes={"date": "2016-01-02"}),
        ],
    )
    result = score([gold], {"d": pred})
    assert result.facts == Counts(tp=2)
    assert result.attributes["date"] == Ratio(2, 2)


def test_attribute_accuracy_status_list_share_amount_date() -> None:
    gold = doc(
        "d",
        ENTITIES,
        [
            fact(
                "Acquisition",
                {"buyer": "t", "seller": "jd"},
                status=["agreed", "proposed"],
                attributes={"share": 0.15, "amount": {"value": 1000.0, "currency": "USD"}, "date": "2018-11-01/2018-11-11"},
            ),
            fact("Ownership", {"owner": "jd", "owned": "y"}, status="completed", attributes={"share": 0.5}),
            fact("Role", {"person": "liu", "organization": "jd"}, status="active", attributes={"title": "CEO"}),
        ],
    )
    pred = doc(
        "d",
        PRED_ENTITIES,
        [
            fact(
                "Acquisition",
                {"buyer": "p4", "seller": "p1", "target": "p3"},
                status="considering",
                attributes={"share": 0.155, "amount": {"value": 1019.0, "currency": "USD"}, "date": "2018"},
            ),
            fact("Ownership", {"owner": "p1", "owned": "p3"}, status="denied", attributes={"share": 0.506}),
            fact("Role", {"person": "p5", "organization": "p1"}, status="announced", attributes={"title": "chief"}),
        ],
    )
    result = score([gold], {"d": pred})
    assert result.facts == Counts(tp=3)
    assert result.attributes == {
        "status": Ratio(2, 3),
        "share": Ratio(1, 2),
        "amount": Ratio(1, 1),
        "date": Ratio(1, 1),
    }
    assert result.documents[0].wrong_attributes == (
        "Ownership owned=Yihaodian owner=JD.com: status 'denied', gold 'completed'",
        "Ownership owned=Yihaodian owner=JD.com: share 0.506, gold 0.5",
    )


def test_missing_attribute_is_wrong_and_date_compares_the_year() -> None:
    gold = doc("d", ENTITIES, [fact("Investment", {"investor": "jd", "target": "cn"}, status="planned", attributes={"date": "2016"})])
    pred = doc("d", PRED_ENTITIES, [fact("Investment", {"investor": "p1", "target": "p6"}, attributes={"date": "2017-01"})])
    assert score([gold], {"d": pred}).attributes == {
        "status": Ratio(0, 1),
        "share": Ratio(),
        "amount": Ratio(),
        "date": Ratio(0, 1),
    }


def test_micro_average_over_documents() -> None:
    gold_a = doc("a", ENTITIES[:2], [fact("Partnership", {"partners": ["jd", "w"]}, core=True)])
    gold_b = doc(
        "b",
        ENTITIES,
        [fact("Role", {"person": "liu", "organization": "jd"}, core=True), fact("Ownership", {"owner": "jd", "owned": "y"})],
    )
    pred_a = doc("a", PRED_ENTITIES[:2], [fact("Partnership", {"partners": ["p1", "p2"]})])
    pred_b = doc("b", [entity("x", "Richard Liu", type="Person"), entity("z", "Zeta")])
    result = score([gold_a, gold_b], {"a": pred_a, "b": pred_b})
    assert result.entities == Counts(tp=3, fp=1, fn=5)
    assert result.facts == Counts(tp=1, fp=0, fn=2)
    assert result.facts.precision == 1.0 and result.facts.recall == pytest.approx(1 / 3)
    assert result.core == Ratio(1, 2)
    assert [d.facts for d in result.documents] == [Counts(tp=1), Counts(fn=2)]


def test_seed_gold_scored_against_itself_is_perfect() -> None:
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} is absent: the gold lives in ../shared/eval beside the checkout")
    gold = kgfacts.read(SEED_GOLD)
    result = score([gold], {gold["document"]["id"]: gold})
    assert result.entities.f1 == result.facts.f1 == result.core.value == 1.0
    assert all(counts.f1 == 1.0 for counts in result.fact_types.values())
    assert all(ratio.value == 1.0 for ratio in result.attributes.values())


def test_project_gold_files_scored_against_themselves_are_perfect() -> None:
    files = [p for p in sorted((ROOT / "tests" / "gold").glob("*.json")) if p.name != "splits.json"]
    if not files:
        pytest.skip("tests/gold holds no gold files yet")
    gold = [kgfacts.read(path) for path in files]
    result = score(gold, {g["document"]["id"]: g for g in gold})
    assert (result.entities.f1, result.facts.f1, result.core.value) == (1.0, 1.0, 1.0)
    assert all(ratio.value in (None, 1.0) for ratio in result.attributes.values())


def test_evaluate_reads_folder_and_counts_missing_prediction_as_empty(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    gold_a = doc("a/1", ENTITIES[:2], [fact("Partnership", {"partners": ["jd", "w"]})])
    gold_b = doc("b", ENTITIES[:1])
    (gold_dir / "a.json").write_text(json.dumps(gold_a), encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold_b), encoding="utf-8")
    (gold_dir / "splits.json").write_text('{"dev": ["a/1"]}', encoding="utf-8")
    (gold_dir / "notes.json").write_text('{"reviewed": ["a/1"]}', encoding="utf-8")
    from kg.ingest import safe_filename

    pred = doc("a/1", PRED_ENTITIES[:2], [fact("Partnership", {"partners": ["p1", "p2"]})])
    (pred_dir / f"{safe_filename('a/1')}.json").write_text(json.dumps(pred), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg"):
        result = evaluate([gold_dir], pred_dir)
    assert result.entities == Counts(tp=2, fp=0, fn=1)
    assert result.facts == Counts(tp=1)
    assert [r.getMessage() for r in caplog.records] == [
        f"{gold_dir / 'notes.json'}: not a kg-facts/1 file, skipped",
        f"{pred_dir / 'b.json'}: no prediction for document 'b', counted as empty",
    ]
    with pytest.raises(InputError, match="does not exist"):
        evaluate([gold_dir / "nope.json"], pred_dir)
    with pytest.raises(InputError, match="run kg extract"):
        evaluate([gold_dir], tmp_path / "nothing")


def test_format_and_json() -> None:
    gold = doc("d", ENTITIES[:2], [fact("Partnership", {"partners": ["jd", "w"]}, status="active", core=True)])
    pred = doc("d", PRED_ENTITIES[:2] + [entity("q", "Quux")], [fact("Partnership", {"partners": ["p1", "p2"]}, status="active")])
    result = score([gold], {"d": pred})
    table = format_scores(result)
    assert table.splitlines()[:4] == [
        "documents: 1",
        "                            P      R     F1    TP    FP    FN",
        "entities                0.667  1.000  0.800     2     1     0",
        "facts                   1.000  1.000  1.000     1     0     0",
    ]
    assert "  status                  1.000     1/1" in table
    assert "core recall               1.000     1/1" in table
    wide = format_scores(dataclasses.replace(result, attributes={"status": Ratio(1169, 1197)}, core=Ratio(380, 508)))
    assert wide.splitlines()[-3:] == [
        "attributes             accuracy   right",
        "  status                  0.977 1169/1197",
        "core recall               0.748 380/508",
    ]
    assert "spurious entities: Organization 'Quux'" in format_scores(result, details=True)
    data = scores_to_json(result)
    assert data["entities"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert data["core_recall"] == {"correct": 1, "total": 1, "value": 1.0}
    assert data["documents"][0]["errors"]["spurious_entities"] == ["Organization 'Quux'"]
    json.dumps(data)


def test_reading_gold_articles_warns_only_about_the_articles_asked_for(tmp_path, caplog):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "other", "text": ""}, {"id": "wanted", "text": "Acme Corp bought Borg Inc."}, {"id": "empty", "text": " "}]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    gold = [{"document": {"id": "wanted", "source": "corpus.jsonl#wanted"}}]
    with caplog.at_level(logging.WARNING, logger="kg"):
        [document] = gold_documents(gold, tmp_path)
    assert document.text == "Acme Corp bought Borg Inc." and caplog.messages == []
    with caplog.at_level(logging.WARNING, logger="kg"), pytest.raises(InputError, match="empty are not in their source"):
        gold_documents([{"document": {"id": "empty", "source": "corpus.jsonl#empty"}}], tmp_path)
    assert [m for m in caplog.messages if "'empty'" in m] and not [m for m in caplog.messages if "'other'" in m]
