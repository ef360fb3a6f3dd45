"""kg.report: report.md's sections, the facts in words, the charts, escaping."""

from __future__ import annotations

import pytest

from kg.analysis import analyze, entity_graph
from kg.rdf import to_dataset
from kg.report import fact_sentence, md, write_report
from test_analysis import SALE, TALKS, seed_like
from test_view import HOSTILE_NAME, HOSTILE_SENTENCE, hostile

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    dataset = to_dataset([seed_like()])
    out = tmp_path_factory.mktemp("report")
    path = write_report(dataset, analyze(dataset), out)
    return path, path.read_text("utf-8")


def test_report_sections_and_counts(report):
    path, text = report
    assert path.name == "report.md"
    lines = text.splitlines()
    assert lines[0] == "# Knowledge graph report"
    assert lines[2] == "1 documents, 8 entities, 6 facts (9 edges between entities)."
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# Knowledge graph report", "## Counts", "### Entities by type", "### Facts by type and status",
        "## Top entities by PageRank", "## Analysis", "### Central entities", "### Communities",
        "### Connected components", "## Facts", "### jd-us-expansion",
    ]
    assert "| Organization | 6 |" in lines and "| Person | 1 |" in lines
    assert "| Acquisition | 1 | 1 | 0 | 2 |" in lines
    assert "| **all** | 4 | 1 | 1 | 6 |" in lines
    assert lines[lines.index("## Top entities by PageRank") + 4].startswith("| 1 | JD.com | Organization | 0.")
    assert "2 components; 1 of the entities have no fact linking them to another." in lines


def test_facts_in_words_with_evidence(report):
    _, text = report
    facts = text.split("### jd-us-expansion\n\n")[1].strip().splitlines()
    assert facts == [
        '- JD.com and Walmart are partners in China (active) — evidence: "Walmart and JD enjoy a partnership in China."',
        f'- JD.com acquired Yihaodian from Walmart in 2016 (completed) — evidence: "{SALE}"',
        f'- Tencent Holdings is in talks to acquire 15% of JD Logistics from JD.com (negotiating) — evidence: "{TALKS}"',
        '- Richard Liu works for JD.com as CEO (active) — evidence: "JD.com CEO Richard Liu spoke in Davos."',
        '- JD.com reported volume of USD 19.1 billion (completed) — evidence: "JD reported volume of $19.1 billion."',
        '- Walmart denied it would invest in China (denied) — evidence: "Walmart denied it would invest in China."',
    ]


def test_charts_are_pngs_next_to_the_report(report):
    path, text = report
    for name, alt in (("entity_types.png", "Entities by type"), ("fact_types.png", "Facts by type and status class"),
                      ("top_graph.png", "The top of the graph")):
        assert f"![{alt}]({name})" in text
        assert (path.parent / name).read_bytes()[:8] == PNG


def test_report_repeats(report, tmp_path):
    dataset = to_dataset([seed_like()])
    again = write_report(dataset, analyze(dataset), tmp_path).read_text("utf-8")
    assert again == report[1]


def test_article_markup_is_escaped(tmp_path):
    dataset = to_dataset([hostile()])
    text = write_report(dataset, analyze(dataset), tmp_path).read_text("utf-8")
    assert "<script" not in text and "<img" not in text and "<b " not in text
    assert md(HOSTILE_NAME) in text
    assert "&lt;script&gt;window.\\_\\_pwned=3;alert(3)&lt;/script&gt;" in text
    assert md(HOSTILE_SENTENCE) in text


@pytest.mark.parametrize(
    ("record", "sentence"),
    [
        ({"type": "Partnership", "status": "negotiating", "status_class": "prospective",
          "roles": {"partner": ["a", "b"]}, "attributes": {"kind": "joint venture"}},
         "A Inc and B Ltd are in talks to form a partnership (joint venture) (negotiating)"),
        ({"type": "Merger", "status": "cancelled", "status_class": "negative",
          "roles": {"party": ["a", "b"]}, "attributes": {"amount": {"value": 2.5e9, "currency": "EUR"}}},
         "A Inc and B Ltd called off plans to merge in a EUR 2.5 billion deal (cancelled)"),
        ({"type": "Role", "status": "active", "status_class": "holds",
          "roles": {"person": ["p"], "organization": ["a"]}, "attributes": {}},
         "Pat Doe works for A Inc (active)"),
        ({"type": "FinancialMetric", "status": "announced", "status_class": "holds",
          "roles": {"organization": ["a"]},
          "attributes": {"metric": "revenue", "amount": {"value": 146e6, "currency": "GBP"},
                         "period": "2004", "change": -0.12}},
         "A Inc reported revenue of GBP 146 million for 2004 (-12% change) (announced)"),
        ({"type": "Acquisition", "status": "rumored", "status_class": "prospective",
          "roles": {"target": ["b"]}, "attributes": {}},
         "an unnamed party is rumoured to acquire B Ltd (rumored)"),
        ({"type": "Investment", "status": "", "status_class": "holds",
          "roles": {"investor": ["a"], "target": ["b"]}, "attributes": {"amount": {"value": 5e6, "currency": "USD"}}},
         "A Inc invested USD 5 million in B Ltd (holds)"),
    ],
)
def test_fact_sentence(record, sentence):
    assert fact_sentence(record, {"a": "A Inc", "b": "B Ltd", "p": "Pat Doe"}) == sentence


def test_fact_records_come_from_the_entity_graph():
    g = entity_graph(to_dataset([seed_like()]))
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    sentences = sorted(fact_sentence(r, labels) for r in g.graph["facts"].values())
    assert sentences[0] == "JD.com acquired Yihaodian from Walmart in 2016 (completed)"
