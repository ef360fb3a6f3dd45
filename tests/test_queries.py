"""Every shipped query, with its exact rows on a small hand-built two-document graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.model import Amount, Document, Entity, Evidence, Extraction, Fact
from kg.rdf import extraction_to_graph
from kg.store import Store, list_queries, query
from kg.vocab import ontology_graph

SHIPPED = ["deals", "evidence", "organization", "partnerships", "pending", "roles", "timeline", "top-entities"]


def _fact(type_: str, roles: dict, status: str, start: int, **attributes: object) -> Fact:
    return Fact(type=type_, roles=roles, status=status, evidence=Evidence(f"Sentence {start}.", start, start + 11),
                extractor="test", confidence=0.9, attributes=attributes)


def small_extractions() -> list[Extraction]:
    """Two documents: a partnership, a completed stake deal, a deal in talks, a role, an investment."""
    acme = Entity("acme", "Acme Corp", "Organization", aliases=("Acme", "ACME Inc"))
    beta = Entity("beta", "Beta", "Organization")
    gamma = Entity("gamma", "Gamma", "Organization")
    ann = Entity("ann", "Ann Lee", "Person")
    d1 = Extraction(
        Document("d1", "text one", title="One"),
        (acme, beta, gamma, ann),
        (
            _fact("Partnership", {"partners": ("acme", "beta")}, "active", 0, kind="joint venture"),
            _fact("Acquisition", {"buyer": "acme", "seller": "beta", "target": "gamma"}, "completed", 20,
                  share=0.3, amount=Amount(5000000.0, "USD"), date="2019"),
            _fact("Acquisition", {"buyer": "beta", "target": "gamma"}, "negotiating", 40),
            _fact("Role", {"person": "ann", "organization": "acme"}, "active", 60, title="CEO"),
        ),
    )
    d2 = Extraction(
        Document("d2", "text two", title="Two"),
        (Entity("acme", "Acme Corp", "Organization"), gamma),
        (_fact("Investment", {"investor": "acme", "target": "gamma"}, "planned", 0, date="2020-05"),),
    )
    return [d1, d2]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queries") / "store"
    with Store(path) as store:
        store.set_ontology(ontology_graph())
        for extraction in small_extractions():
            store.replace_document(extraction.document.id, extraction_to_graph(extraction))
    return path


def rows(name: str, store: Path, **params: str) -> list[dict[str, str]]:
    return query(name, store=store, params=params).records()


def test_list_queries_names_every_shipped_query_with_its_question() -> None:
    listed = dict(list_queries())
    assert sorted(listed) == SHIPPED
    assert listed["partnerships"].startswith("Who partners with whom")
    assert all(description and not description.startswith("#") for description in listed.values())


def test_partnerships(small_store: Path) -> None:
    assert rows("partnerships", small_store) == [
        {"partner1": "Acme Corp", "partner2": "Beta", "kind": "joint venture", "status": "active", "document": "d1"},
    ]


def test_deals(small_store: Path) -> None:
    assert rows("deals", small_store) == [
        {"type": "Acquisition", "buyer": "Acme Corp", "seller": "Beta", "target": "Gamma", "share": "0.3",
         "amount": "5000000", "currency": "USD", "date": "2019", "status": "completed", "document": "d1"},
        {"type": "Acquisition", "buyer": "Beta", "target": "Gamma", "status": "negotiating", "document": "d1"},
        {"type": "Investment", "buyer": "Acme Corp", "target": "Gamma", "date": "2020-05", "status": "planned",
         "document": "d2"},
    ]


def test_pending_keeps_only_prospective_deals(small_store: Path) -> None:
    found = rows("pending", small_store)
    for row in found:
        row["participants"] = ", ".join(sorted(row["participants"].split(", ")))
    assert found == [
        {"type": "Acquisition", "status": "negotiating", "participants": "Beta, Gamma", "document": "d1"},
        {"type": "Investment", "status": "planned", "participants": "Acme Corp, Gamma", "date": "2020-05",
         "document": "d2"},
    ]


def test_roles(small_store: Path) -> None:
    assert rows("roles", small_store) == [
        {"person": "Ann Lee", "title": "CEO", "organization": "Acme Corp", "status": "active", "document": "d1"},
    ]


@pytest.mark.parametrize("name", ["acme", "ACME INC", "Acme Corp"])
def test_organization_matches_label_or_alias_in_any_case(small_store: Path, name: str) -> None:
    found = rows("organization", small_store, org=name)
    assert {(r["type"], r["role"], r["status"], r.get("otherRole"), r.get("other"), r["document"]) for r in found} == {
        ("Partnership", "partner", "active", "partner", "Beta", "d1"),
        ("Acquisition", "buyer", "completed", "seller", "Beta", "d1"),
        ("Acquisition", "buyer", "completed", "target", "Gamma", "d1"),
        ("Role", "organization", "active", "person", "Ann Lee", "d1"),
        ("Investment", "investor", "planned", "target", "Gamma", "d2"),
    }
    assert len(found) == 5
    assert {r["organization"] for r in found} == {"Acme Corp"}


def test_organization_without_the_parameter_says_how_to_give_it(small_store: Path) -> None:
    with pytest.raises(QueryError, match=r"needs the parameter org: add --param org=VALUE"):
        query("organization", store=small_store)


def test_organization_value_cannot_inject_sparql(small_store: Path) -> None:
    assert rows("organization", small_store, org='acme") } } # ') == []


def test_evidence(small_store: Path) -> None:
    found = rows("evidence", small_store)
    assert [(r["type"], r["status"], r["evidence"], r["start"], r["end"], r["document"]) for r in found] == [
        ("Partnership", "active", "Sentence 0.", "0", "11", "d1"),
        ("Acquisition", "completed", "Sentence 20.", "20", "31", "d1"),
        ("Acquisition", "negotiating", "Sentence 40.", "40", "51", "d1"),
        ("Role", "active", "Sentence 60.", "60", "71", "d1"),
        ("Investment", "planned", "Sentence 0.", "0", "11", "d2"),
    ]
    assert all(r["fact"].startswith("https://w3id.org/kg-news/id/fact/") for r in found)


def test_timeline_orders_dated_facts(small_store: Path) -> None:
    found = rows("timeline", small_store)
    assert [(r["date"], r["type"], sorted(r["participants"].split(", ")), r["status"], r["document"])
            for r in found] == [
        ("2019", "Acquisition", ["Acme Corp", "Beta", "Gamma"], "completed", "d1"),
        ("2020-05", "Investment", ["Acme Corp", "Gamma"], "planned", "d2"),
    ]


def test_top_entities_counts_documents(small_store: Path) -> None:
    assert rows("top-entities", small_store) == [
        {"entity": "https://w3id.org/kg-news/id/organization/acme", "name": "Acme Corp", "type": "Organization",
         "documents": "2"},
        {"entity": "https://w3id.org/kg-news/id/organization/gamma", "name": "Gamma", "type": "Organization",
         "documents": "2"},
        {"entity": "https://w3id.org/kg-news/id/person/ann-lee", "name": "Ann Lee", "type": "Person",
         "documents": "1"},
        {"entity": "https://w3id.org/kg-news/id/organization/beta", "name": "Beta", "type": "Organization",
         "documents": "1"},
    ]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """The seed article built by the real pipeline."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build([Path(__file__).resolve().parents[1] / "seeds"], out, quiet=True)
    return out / "store"


def _pick(records: list[dict[str, str]], *keys: str) -> set[tuple[str, ...]]:
    return {tuple(r.get(k, "") for k in keys) for r in records}


def test_seed_partnerships(seed_store: Path) -> None:
    assert _pick(rows("partnerships", seed_store), "partner1", "partner2", "status", "document") == {
        ("JD.com", "Walmart", "active", "jd-us-expansion")
    }


def test_seed_deals(seed_store: Path) -> None:
    found = _pick(rows("deals", seed_store), "type", "buyer", "seller", "target", "share", "date", "status")
    assert ("Acquisition", "JD.com", "Walmart", "Yihaodian", "", "2016", "completed") in found
    assert ("Acquisition", "Tencent Holdings", "JD.com", "JD.com logistics operations", "0.15", "", "negotiating") in found


def test_seed_pending(seed_store: Path) -> None:
    found = _pick(rows("pending", seed_store), "type", "status", "participants")
    assert ("Acquisition", "negotiating", "JD.com logistics operations, JD.com, Tencent Holdings") in found
    assert all(status in {"negotiating", "planned", "proposed", "considering", "rumored", "speculated", "expected"}
               for _, status, _ in found)


def test_seed_roles(seed_store: Path) -> None:
    assert ("Richard Liu", "CEO", "JD.com", "active") in _pick(
        rows("roles", seed_store), "person", "title", "organization", "status"
    )


def test_seed_organization_by_a_first_word(seed_store: Path) -> None:
    found = _pick(rows("organization", seed_store, org="tencent"), "organization", "type", "role", "otherRole", "other")
    assert ("Tencent Holdings", "Acquisition", "buyer", "seller", "JD.com") in found
    assert {row[0] for row in found} == {"Tencent Holdings"}


def test_seed_evidence_quotes_the_article(seed_store: Path) -> None:
    text = (Path(__file__).resolve().parents[1] / "seeds" / "jd-us-expansion.txt").read_text("utf-8")
    records = rows("evidence", seed_store)
    assert records
    for record in records:
        start, end = int(record["start"]), int(record["end"])
        assert text[start:end] == record["evidence"]


def test_seed_timeline(seed_store: Path) -> None:
    found = _pick(rows("timeline", seed_store), "date", "type", "participants", "status")
    assert ("2016", "Acquisition", "Yihaodian, Walmart, JD.com", "completed") in found


def test_seed_top_entities(seed_store: Path) -> None:
    found = _pick(rows("top-entities", seed_store), "name", "type", "documents")
    assert {("JD.com", "Organization", "1"), ("Walmart", "Organization", "1")} <= found


def test_seed_organization_prefers_a_whole_name(seed_store: Path) -> None:
    found = _pick(rows("organization", seed_store, org="jd.com"), "organization")
    assert found == {("JD.com",)}
