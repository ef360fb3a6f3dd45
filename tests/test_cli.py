"""The kg command end to end on the seed: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "jd-us-expansion.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp) -> Path:
    out = tmp_path_factory.mktemp("cli") / "build"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


def test_build_writes_every_output(built: Path) -> None:
    for name in ("graph.trig", "graph.ttl", "graph.html", "report.md", "analysis.json", "graph.graphml", "manifest.json"):
        assert (built / name).is_file(), name
    assert (built / "store").is_dir()
    facts = json.loads((built / "facts" / "jd-us-expansion.json").read_text("utf-8"))
    assert facts["format"] == "kg-facts/1"
    assert facts["document"]["id"] == "jd-us-expansion"


def test_build_summary_line(tmp_path: Path, capsys) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert re.match(r"built .*: 1 document\(s\) processed, 0 unchanged; graph holds 1 document\(s\), \d+ fact\(s\), \d+ quads", out)


def test_second_build_skips_unchanged(tmp_path: Path, capsys) -> None:
    out = tmp_path / "b"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert "0 document(s) processed, 1 unchanged; graph holds 1 document(s)" in capsys.readouterr().out


def test_html_has_no_external_url(built: Path) -> None:
    html = (built / "graph.html").read_text("utf-8")
    assert not re.search(r"https?://|(?:src|href)\s*=\s*[\"']?//", html)


def test_query_counts_the_seed_graph(built: Path, capsys) -> None:
    q = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f <https://w3id.org/kg-news/ontology#status> ?s }"
    assert main(["query", q, "--store", str(built / "store"), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "n"
    assert int(lines[1]) == len(json.loads((built / "facts" / "jd-us-expansion.json").read_text("utf-8"))["facts"])


def test_extract_then_eval_finds_the_core_facts(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred"
    assert main(["extract", str(SEEDS), "--out", str(pred), "--quiet"]) == 0
    assert sorted(p.name for p in pred.iterdir()) == ["jd-us-expansion.json"]
    assert main(["eval", str(GOLD), "--pred", str(pred)]) == 0
    report = capsys.readouterr().out
    assert re.search(r"core recall\s*[:=]?\s*1\.0+", report, re.I), report


def test_missing_input_is_one_line_error(tmp_path: Path, capsys) -> None:
    code = main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "b")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("kg: error: ")
    assert "Traceback" not in "\n".join(err)


def test_missing_model_names_the_pip_command(tmp_path: Path, capsys) -> None:
    code = main(["extract", str(SEEDS), "--out", str(tmp_path / "p"), "--model", "en_no_such_model"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.startswith("kg: error: ") and "pip install" in err and "\n" not in err


def test_store_that_is_not_a_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    code = main(["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none")])
    assert code == 2
    assert capsys.readouterr().err.startswith("kg: error: ")


def test_python_dash_m_kg_is_the_kg_command(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kg", "query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("kg: error: ") and run.stderr.count("\n") == 1


def test_unwritable_output_folder(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["extract", str(SEEDS), "--out", str(blocker / "sub")])
    assert code == 1
    assert "cannot write to output folder" in capsys.readouterr().err
