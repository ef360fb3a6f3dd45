"""The pipeline on the seed: the four core facts with their roles, stable IRIs, SHACL conformance."""

from __future__ import annotations


import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.model import Document, Extraction
from kg.analysis import entity_graph
from kg.pipeline import _view_triples, document_hash, extract_doc, extract_documents
from kg.rdf import extraction_to_graph
from kg.store import Store
from kg.vocab import shapes_path


@pytest.fixture(scope="module")
def seed(nlp, seed_document: Document) -> Extraction:
    return extract_doc(nlp(seed_document.text), seed_document)


def _names(x: Extraction) -> dict[str, str]:
    return {e.id: e.name for e in x.entities}


def _facts(x: Extraction, type_: str) -> list[dict]:
    names = _names(x)
    rows = []
    for f in x.facts:
        if f.type != type_:
            continue
        roles = {k: tuple(sorted(names[i] for i in v)) if isinstance(v, tuple) else names[v] for k, v in f.roles.items()}
        rows.append({"roles": roles, "status": f.status, **dict(f.attributes)})
    return rows


def test_partnership_walmart_jd_in_china(seed: Extraction) -> None:
    rows = _facts(seed, "Partnership")
    names = _names(seed)
    assert any(r["roles"]["partners"] == ("JD.com", "Walmart") and names.get(r.get("place")) == "China" for r in rows), rows


def test_walmart_sold_yihaodian_to_jd_in_2016(seed: Extraction) -> None:
    rows = _facts(seed, "Acquisition")
    assert any(
        r["roles"] == {"buyer": "JD.com", "seller": "Walmart", "target": "Yihaodian"}
        and r["status"] == "completed"
        and r.get("date") == "2016"
        for r in rows
    ), rows


def test_jd_in_talks_to_sell_15_percent_of_logistics_to_tencent(seed: Extraction) -> None:
    rows = _facts(seed, "Acquisition")
    assert any(
        r["roles"].get("buyer") == "Tencent Holdings"
        and r["roles"].get("seller") == "JD.com"
        and r["status"] == "negotiating"
        and r.get("share") == pytest.approx(0.15)
        for r in rows
    ), rows


def test_richard_liu_is_ceo_of_jd(seed: Extraction) -> None:
    rows = _facts(seed, "Role")
    assert {"roles": {"person": "Richard Liu", "organization": "JD.com"}, "status": "active", "title": "CEO"} in [
        {"roles": r["roles"], "status": r["status"], "title": r.get("title")} for r in rows
    ], rows


def test_jd_is_one_entity(seed: Extraction) -> None:
    jd = [e for e in seed.entities if e.name == "JD.com"]
    assert len(jd) == 1
    assert {"JD.com Inc.", "JD"} <= set(jd[0].aliases)


def test_every_fact_has_provenance(seed: Extraction, seed_document: Document) -> None:
    for f in seed.facts:
        assert seed_document.text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0 < f.confidence <= 1
        assert f.extractor


def test_same_input_gives_the_same_triples(nlp, seed_document: Document, seed: Extraction) -> None:
    again = extract_doc(nlp(seed_document.text), seed_document)
    first, second = extraction_to_graph(seed), extraction_to_graph(again)
    assert isomorphic(first, second)
    assert set(first) == set(second)


def test_seed_graph_conforms_to_the_shapes(seed: Extraction) -> None:
    from pyshacl import validate

    conforms, _, text = validate(extraction_to_graph(seed), shacl_graph=Graph().parse(shapes_path()))
    assert conforms, text


def test_extract_documents_keeps_input_order(nlp) -> None:
    docs = [Document(f"d{i}", f"Company{i} Inc. bought a stake in Target{i} Corp.") for i in range(5)]
    assert [x.document.id for x in extract_documents(docs, nlp=nlp)] == ["d0", "d1", "d2", "d3", "d4"]


def test_document_hash_changes_with_text_and_model() -> None:
    d = Document("a", "text")
    assert document_hash(d, "m") == document_hash(Document("a", "text"), "m")
    assert document_hash(d, "m") != document_hash(Document("a", "text!"), "m")
    assert document_hash(d, "m") != document_hash(d, "other")
    assert document_hash(d, "m") == document_hash(Document("a", "text", source="next-week.jsonl"), "m")


def test_two_workers_give_the_same_extractions_as_one(nlp, seed_document: Document) -> None:
    docs = [seed_document, Document("short", "Intel Corp. agreed to acquire Altera for $16.7 billion.")]
    assert list(extract_documents(docs, jobs=2)) == list(extract_documents(docs, nlp=nlp))


SEED_COMPANIES = ("Walmart", "Amazon", "Alibaba", "JD.com", "Tencent Holdings", "Reuters", "Bloomberg")


@pytest.fixture()
def vocabulary_without_the_seed(monkeypatch: pytest.MonkeyPatch):
    """The company vocabulary less every company the seed names, caches rebuilt before and after."""
    from kg import entities, mentions

    real = mentions._data_text

    def without(name: str) -> str:
        text = real(name)
        if name != "companies.tsv":
            return text
        return "".join(line for line in text.splitlines(True) if line.split("\t", 1)[0] not in SEED_COMPANIES)

    caches = (mentions.companies, mentions.company_index, entities._company_keys)

    def clear() -> None:
        for cache in caches:
            cache.cache_clear()
        mentions._MATCHERS.clear()

    clear()
    monkeypatch.setattr(mentions, "_data_text", without)
    yield
    monkeypatch.undo()
    clear()


def test_the_seed_needs_no_vocabulary_entry(vocabulary_without_the_seed, nlp, seed_document: Document) -> None:
    from kg.mentions import company_index

    assert not set(SEED_COMPANIES) & set(company_index())
    x = extract_doc(nlp(seed_document.text), seed_document)
    names = _names(x)
    facts = {(f.type, tuple(sorted((k, names[v]) for k, v in f.roles.items() if isinstance(v, str)))) for f in x.facts}
    assert ("Acquisition", (("buyer", "JD.com"), ("seller", "Walmart"), ("target", "Yihaodian"))) in facts
    assert ("Role", (("organization", "JD.com"), ("person", "Richard Liu"))) in facts
    assert any(t == "Acquisition" and ("buyer", "Tencent Holdings") in roles for t, roles in facts)
    assert len([e for e in x.entities if e.name == "JD.com"]) == 1


def test_the_views_entity_graph_from_store_rows_equals_the_one_from_the_dataset(seed: Extraction, tmp_path) -> None:
    with Store(tmp_path / "store") as store:
        store.replace_document(seed.document.id, extraction_to_graph(seed))
        from_rows = entity_graph(_view_triples(store.oxigraph))
        from_dataset = entity_graph(store.dataset())
    assert list(from_rows.nodes(data=True)) == list(from_dataset.nodes(data=True))
    assert list(from_rows.edges(keys=True, data=True)) == list(from_dataset.edges(keys=True, data=True))
    assert from_rows.graph["facts"] == from_dataset.graph["facts"] and len(from_rows.graph["facts"]) == len(seed.facts)
