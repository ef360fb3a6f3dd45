"""kg build over time: incremental rebuilds, interrupted builds, hard inputs, repeatability."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import pyoxigraph as ox

from kg.cli import main
from kg.model import Extraction
from kg.pipeline import build
from kg.store import Store
from kg.vocab import ONTOLOGY_GRAPH, graph_iri

SENTENCES = [
    "Acme Corp said it agreed to acquire Widget Inc for 50 mln dlrs.",
    "Globex Corp has bought a 20 pct stake in Initech Inc.",
    "Umbrella Holdings chief executive John Smith said the company would invest in Brazil.",
    "Stark Industries and Wayne Enterprises formed a partnership in Japan.",
]


def _corpus(path: Path, n: int, *, changed: dict[int, str] | None = None) -> Path:
    rows = []
    for i in range(n):
        text = (changed or {}).get(i, SENTENCES[i % len(SENTENCES)] + f" The deal number {i} closed.")
        rows.append(json.dumps({"id": f"doc-{i:03d}", "text": text}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _quads(out: Path) -> set[tuple[str, str, str, str]]:
    """The document graphs' quads of graph.trig as text.

    kg mints no blank nodes in document graphs, so equal sets mean equal graphs; the ontology's
    own graph (whose OWL lists are blank nodes) is the shipped file and is left out.
    """
    return {
        (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
        for q in ox.parse(path=out / "graph.trig", format=ox.RdfFormat.TRIG)
        if str(q.graph_name) != f"<{ONTOLOGY_GRAPH}>"
    }


def _graph_names(out: Path) -> set[str]:
    with Store(out / "store", read_only=True) as store:
        return set(store.document_ids())


def test_rebuild_processes_only_new_and_changed_documents(tmp_path: Path, nlp) -> None:
    out = tmp_path / "b"
    first = build([_corpus(tmp_path / "a.jsonl", 3)], out, quiet=True)
    assert (first.processed, first.unchanged, first.documents) == (3, 0, 3)
    changed = {1: "Initech Inc said it sold its Paper unit to Hooli Corp."}
    second = build([_corpus(tmp_path / "a.jsonl", 4, changed=changed)], out, quiet=True)
    assert (second.processed, second.unchanged, second.documents) == (2, 2, 4)
    facts = json.loads((out / "facts" / "doc-001.json").read_text("utf-8"))
    names = {e["name"] for e in facts["entities"]}
    assert "Hooli Corp" in names or "Hooli" in names
    assert not names & {"Globex", "Globex Corp"}
    with Store(out / "store", read_only=True) as store:
        rows = store.select(
            "SELECT ?label WHERE { GRAPH <%s> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } }" % graph_iri("doc-001")
        ).records()
    labels = {row["label"] for row in rows}
    assert any(label.startswith("Hooli") for label in labels), labels
    assert not any(label.startswith("Globex") for label in labels), labels


def test_documents_not_given_again_are_kept_and_fresh_starts_over(tmp_path: Path, nlp) -> None:
    out = tmp_path / "b"
    build([_corpus(tmp_path / "a.jsonl", 2)], out, quiet=True)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "extra", "text": SENTENCES[3]}) + "\n", encoding="utf-8")
    assert build([other], out, quiet=True).documents == 3
    assert _graph_names(out) == {"doc-000", "doc-001", "extra"}
    assert build([other], out, quiet=True, fresh=True).documents == 1
    assert _graph_names(out) == {"extra"}
    assert sorted(p.name for p in (out / "facts").iterdir()) == ["extra.json"]


def test_ctrl_c_keeps_finished_documents_and_the_next_run_completes(tmp_path: Path, nlp) -> None:
    out = tmp_path / "b"
    build([_corpus(tmp_path / "a.jsonl", 2)], out, quiet=True)
    corpus = _corpus(tmp_path / "a.jsonl", 6)
    before = _quads(out)
    seen: list[str] = []

    def interrupt(extraction: Extraction) -> None:
        seen.append(extraction.document.id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([corpus], out, quiet=True, on_extraction=interrupt)
    assert _quads(out) == before
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))["documents"]
    assert seen == ["doc-002", "doc-003"]
    assert set(manifest) == {"doc-000", "doc-001", "doc-002", "doc-003"}
    again = build([corpus], out, quiet=True)
    assert (again.processed, again.unchanged, again.documents) == (2, 4, 6)
    assert _graph_names(out) == {f"doc-{i:03d}" for i in range(6)}


def test_killed_build_leaves_readable_outputs_and_the_next_run_completes(tmp_path: Path, nlp) -> None:
    out = tmp_path / "b"
    build([_corpus(tmp_path / "big.jsonl", 1)], out, quiet=True)
    before = _quads(out)
    corpus = _corpus(tmp_path / "big.jsonl", 400)
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"],
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while len(list((out / "facts").glob("*.json"))) < 30 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert _quads(out) == before
    for path in (out / "facts").glob("*.json"):
        json.loads(path.read_text("utf-8"))
    with Store(out / "store", read_only=True) as store:
        assert store.quad_count() > 0
    again = build([corpus], out, quiet=True)
    assert again.documents == 400
    assert len(_graph_names(out)) == 400


def test_same_input_twice_gives_isomorphic_graphs(tmp_path: Path, nlp) -> None:
    corpus = _corpus(tmp_path / "a.jsonl", 4)
    build([corpus], tmp_path / "one", quiet=True)
    build([corpus], tmp_path / "two", quiet=True)
    one = _quads(tmp_path / "one")
    assert one and one == _quads(tmp_path / "two")
    for name in ("doc-000.json", "doc-003.json"):
        assert (tmp_path / "one" / "facts" / name).read_bytes() == (tmp_path / "two" / "facts" / name).read_bytes()


def test_hard_inputs_warn_one_line_each_and_the_rest_is_built(tmp_path: Path, capsys, nlp) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "bad.jsonl").write_text('{"id": "x", "text": "Acme Corp sold Widget Inc."}\nnot json\n{"id": "y"}\n')
    code = main(["build", str(folder), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "b"), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 0
    assert all(line.startswith("kg: warning: ") for line in err), err
    assert len(err) == 5, err
    assert _graph_names(tmp_path / "b") == {"good", "x"}


def test_nothing_readable_is_an_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code = main(["extract", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "p")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("kg: error: ")


def test_a_company_keeps_one_iri_across_documents(tmp_path: Path, nlp) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "one", "text": "Zentrix Holdings bought a 20 pct stake in Pollaro Inc. Zentrix paid cash."})
        + "\n"
        + json.dumps({"id": "two", "text": "Zentrix agreed to acquire Quaver Corp, the company said."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "b"
    build([corpus], out, quiet=True)
    with Store(out / "store", read_only=True) as store:
        rows = store.select(
            "SELECT DISTINCT ?e ?g WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
            'FILTER (STRSTARTS(?l, "Zentrix")) }'
        ).records()
    assert {row["g"] for row in rows} == {str(graph_iri("one")), str(graph_iri("two"))}
    assert {row["e"] for row in rows} == {"https://w3id.org/kg-news/id/organization/zentrix"}
    two = json.loads((out / "facts" / "two.json").read_text("utf-8"))
    assert {e["name"] for e in two["entities"]} >= {"Zentrix Holdings"}
    aliases = json.loads((out / "aliases.json").read_text("utf-8"))
    assert aliases["format"] == "kg-aliases/1"


def test_the_same_documents_in_a_new_dump_file_are_not_parsed_again(tmp_path: Path, nlp) -> None:
    out = tmp_path / "b"
    build([_corpus(tmp_path / "week1.jsonl", 3)], out, quiet=True)
    again = build([_corpus(tmp_path / "week2.jsonl", 4)], out, quiet=True)
    assert (again.processed, again.unchanged, again.documents) == (1, 3, 4)


def test_the_build_view_keeps_the_most_central_entities_of_a_large_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp
) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "VIEW_TOP", 5)
    out = tmp_path / "b"
    build([_corpus(tmp_path / "a.jsonl", 4)], out, quiet=True)
    html = (out / "graph.html").read_text("utf-8")
    data = json.loads(html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0])
    analysis = json.loads((out / "analysis.json").read_text("utf-8"))
    assert analysis["counts"]["entities"] > 5
    assert len(data["nodes"]) == 5
