"""kg.store.load and kg query --endpoint against a real Oxigraph server on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pyoxigraph
import pytest

from kg.endpoint import sparql_query
from kg.errors import StoreError
from kg.rdf import extraction_to_graph
from kg.store import Store, list_queries, load, oxigraph_executable, query
from kg.vocab import ontology_graph
from tests.test_queries import small_extractions

pytestmark = pytest.mark.server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(query_url: str, process: subprocess.Popen, seconds: float = 20) -> bool:
    """Wait until the SPARQL endpoint at ``query_url`` answers; ``False`` if its process ends or
    ``seconds`` pass first."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{query_url}?query=ASK%7B%7D", timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


class Server:
    """A running ``oxigraph serve`` with its query and Graph Store URLs."""

    def __init__(self, location: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.query_url = f"{self.base}/query"
        self.store_url = f"{self.base}/store"
        self.process = subprocess.Popen(
            [oxigraph_executable(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}",
             "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        if not answers(self.query_url, self.process):
            self.stop()
            raise RuntimeError("the oxigraph server did not start")

    def quad_count(self) -> int:
        result = sparql_query(self.query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(str(result.rows[0][0]))

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "server")
    yield running
    running.stop()


def build_store(path: Path, extractions) -> Path:  # type: ignore[no-untyped-def]
    with Store(path) as store:
        store.set_ontology(ontology_graph())
        for extraction in extractions:
            store.replace_document(extraction.document.id, extraction_to_graph(extraction))
    return path


def normalised(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with GROUP_CONCAT lists sorted (their order is not fixed by SPARQL)."""
    return [{k: ", ".join(sorted(v.split(", "))) if k == "participants" else v for k, v in row.items()}
            for row in rows]


def test_shipped_queries_answer_the_same_on_the_server(server: Server, tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    result = load(store, server.store_url)
    with Store(store, read_only=True) as opened:
        assert result.quads == opened.quad_count()
    assert result.graphs == 3 and result.quads_per_second > 0
    assert server.quad_count() == result.quads
    for name, _ in list_queries():
        params = {"org": "acme"} if name == "organization" else {}
        embedded = query(name, store=store, params=params).records()
        remote = query(name, endpoint=server.query_url, params=params).records()
        assert embedded, name
        assert normalised(remote) == normalised(embedded), name


def test_loading_twice_replaces_and_two_builds_add_up(server: Server, tmp_path: Path) -> None:
    first, second = small_extractions()
    one = build_store(tmp_path / "one", [first])
    load(one, server.store_url)
    once = server.quad_count()
    load(one, server.store_url)
    assert server.quad_count() == once
    two = build_store(tmp_path / "two", [second])
    with Store(two, read_only=True) as opened:
        ontology = len(ontology_graph())
        second_quads = opened.quad_count() - ontology
    load(two, server.store_url)
    assert server.quad_count() == once + second_quads
    ids = query("SELECT DISTINCT ?id WHERE { ?d <https://w3id.org/kg-news/ontology#documentId> ?id } ORDER BY ?id",
                endpoint=server.query_url).records()
    assert ids == [{"id": "d1"}, {"id": "d2"}]


def test_graph_prefix_renames_document_graphs(server: Server, tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    load(store, server.store_url, graph_prefix="urn:news:")
    graphs = query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", endpoint=server.query_url)
    assert [str(row[0]) for row in graphs] == ["urn:news:d1", "urn:news:d2", "urn:news:ontology"]


def test_trig_input_loads_like_the_store(server: Server, tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    trig = tmp_path / "graph.trig"
    with Store(store, read_only=True) as opened:
        trig.write_bytes(opened.oxigraph.dump(format=pyoxigraph.RdfFormat.TRIG))
        quads = opened.quad_count()
    assert load(trig, server.store_url).quads == quads
    assert server.quad_count() == quads


def test_a_failed_load_names_the_graph_and_keeps_what_was_loaded(tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    port = free_port()
    with pytest.raises(StoreError, match=r"loading the graph <https://w3id.org/kg-news/id/graph/ontology> into "
                                         rf"http://127.0.0.1:{port}/store failed: cannot reach the server"):
        load(store, f"http://127.0.0.1:{port}/store", timeout=5)


def test_a_server_error_is_quoted(server: Server, tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    with pytest.raises(StoreError, match=r"loading the graph <https://w3id.org/kg-news/id/graph/ontology> into .*"
                                         r"/nowhere failed: HTTP 404"):
        load(store, f"{server.base}/nowhere")


def test_kg_serve_answers_queries_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    endpoint = f"http://127.0.0.1:{port}/query"
    try:
        assert answers(endpoint, process), "kg serve did not start"
        for name, _ in list_queries():
            params = {"org": "Acme"} if name == "organization" else {}
            remote = normalised(query(name, endpoint=endpoint, params=params).records())
            assert remote == normalised(query(name, store=store, params=params).records()), name
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
            assert page.status == 200
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert f"SPARQL endpoint http://127.0.0.1:{port}/query" in out
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0, "the oxigraph server outlived kg serve"


def test_kg_serve_on_a_busy_port_is_a_one_line_error(tmp_path: Path) -> None:
    store = build_store(tmp_path / "store", small_extractions())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
            capture_output=True, text=True, timeout=30,
        )
    assert done.returncode == 1
    assert done.stderr.startswith("kg: error: ") and done.stderr.count("\n") == 1
