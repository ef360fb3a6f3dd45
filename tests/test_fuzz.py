"""Random and adversarial text through extraction and RDF writing: no crash, valid RDF, SHACL holds."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyshacl import validate
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.ingest import clean_text
from kg.model import Document
from kg.pipeline import extract_doc
from kg.rdf import extraction_to_graph
from kg.vocab import shapes_path

FRAGMENTS = [
    "Acme Corp. agreed to buy a 20 pct stake in Widget Inc. for 19.1 mln dlrs.",
    "<script>alert('x')</script> Globex Ltd said on Monday it sold its unit to Initech.",
    '<img src=x onerror="alert(1)"> CEO John Smith of Umbrella Holdings',
    "Walmart and JD enjoy a partnership in China.",
    "\x00\x01\x07\x1b[31m\ufeff\u202e\u200b",
    "A" * 3000,
    "\ud800 lone surrogate \udfff",
    "#*-- \n\n\n  \t\r\n",
    "http://example.com/<>\"{}|\\^`",
    "£146m ($281m) €3.5bn 540bn yen RMB127.1 billion",
]

text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=60), min_size=1, max_size=6).map(" ".join),
)


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(shapes_path())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text)
def test_any_text_gives_a_valid_conforming_graph(nlp, text: str) -> None:
    text = clean_text(text)
    extraction = extract_doc(nlp(text), Document("fuzz <doc> ü", text, title=text[:40]))
    graph = extraction_to_graph(extraction)
    for fmt in ("nt", "turtle"):
        assert isomorphic(Graph().parse(data=graph.serialize(format=fmt), format=fmt), graph)
    dataset = Dataset()
    dataset.addN((s, p, o, dataset.graph("urn:x-kg:fuzz")) for s, p, o in graph)
    assert len(list(Dataset().parse(data=dataset.serialize(format="trig"), format="trig").quads())) == len(graph)
    conforms, _, report = validate(graph, shacl_graph=_shapes())
    assert conforms, report
