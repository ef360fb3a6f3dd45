"""The ``kg`` command: each subcommand checks its arguments and calls the library function of the same name.

Errors raised on purpose (:class:`kg.errors.KgError`) are printed as one line, ``kg: error: ...``,
with the error's exit code; warnings about single inputs are printed as ``kg: warning: ...``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from kg import __version__
from kg.errors import KgError, UsageError
from kg.nlp import DEFAULT_MODEL

log = logging.getLogger("kg")


def _existing_dir(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise UsageError(f"{value} is not a folder; give the store folder a build wrote (e.g. build/store)")
    return path


def _param(value: str) -> tuple[str, str]:
    name, sep, val = value.partition("=")
    if not sep or not name:
        raise UsageError(f"--param takes NAME=VALUE, not {value!r} (e.g. --param org=Walmart)")
    return name, val


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import build

    result = build(args.inputs, args.out, model=args.model, jobs=args.jobs, fresh=args.fresh, quiet=args.quiet)
    if not args.quiet:
        print(
            f"built {result.out}: {result.processed} document(s) processed, {result.unchanged} unchanged; "
            f"graph holds {result.documents} document(s), {result.facts} fact(s), {result.quads} quads "
            f"({result.seconds:.1f} s)"
        )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.pipeline import extract

    result = extract(args.inputs, args.out, model=args.model, jobs=args.jobs, quiet=args.quiet)
    if not args.quiet:
        print(f"wrote {result.documents} file(s) with {result.facts} fact(s) to {args.out}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.pipeline import extract_documents

    def run(documents):
        return extract_documents(documents, model=args.model, jobs=args.jobs)

    if args.dataset:
        from kg.datasets import evaluate_dataset, format_dataset_scores

        if args.gold or args.pred or args.extract:
            raise UsageError("give either GOLD files (with --pred or --extract), or --dataset, not both")
        scores = evaluate_dataset(args.dataset, args.split or "test", run, data_dir=args.data, limit=args.limit)
        print(format_dataset_scores(scores))
        return 0
    from kg.datasets import default_data_dir
    from kg.evaluate import evaluate_extracted, format_scores, load_gold, score

    if not args.gold or (args.pred is None) == (not args.extract):
        raise UsageError(
            "give gold files and one of --pred DIR (from kg extract) or --extract (kg eval GOLD.json... --pred DIR), "
            "or --dataset NAME"
        )
    gold = load_gold(args.gold, args.split)
    if args.extract:
        scores = evaluate_extracted(gold, run, args.data or default_data_dir())
    else:
        from kg.evaluate import read_predictions

        scores = score(gold, read_predictions(gold, args.pred))
    print(format_scores(scores, details=args.details))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.store import format_result, list_queries, query

    if args.list:
        for name, description in list_queries():
            print(f"{name:<16} {description}")
        return 0
    if args.query is None:
        raise UsageError("give a query: SPARQL text, a .rq file or a shipped query name (kg query --list)")
    if (args.store is None) == (args.endpoint is None):
        raise UsageError("give exactly one of --store DIR or --endpoint URL")
    result = query(args.query, store=args.store, endpoint=args.endpoint, params=dict(args.param))
    print(format_result(result, args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.store import export

    export(args.store, args.format, args.out)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from kg.store import load

    auth = None
    if args.user is not None:
        if args.password is None:
            raise UsageError("--user needs --password")
        auth = (args.user, args.password)
    result = load(Path(args.input), args.endpoint, graph_prefix=args.graph_prefix, auth=auth)
    print(result)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.store import serve

    serve(args.store, port=args.port, bind=args.bind)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from kg.analysis import analyze, format_analysis, write_analysis
    from kg.store import Store

    with Store(args.store, read_only=True) as store:
        dataset = store.dataset()
    result = analyze(dataset)
    out = args.out if args.out is not None else args.store.parent
    write_analysis(result, out)
    print(format_analysis(result))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from kg.analysis import entity_graph, format_path, path
    from kg.store import Store

    with Store(args.store, read_only=True) as store:
        dataset = store.dataset()
    print(format_path(path(entity_graph(dataset), args.source, args.target), args.source, args.target))
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.view import viz

    out = viz(
        args.store,
        args.out,
        focus=args.focus,
        depth=args.depth,
        top=args.top,
        types=args.types,
        min_confidence=args.min_confidence,
        show_negative=args.show_negative,
    )
    print(f"wrote {out}")
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Build a knowledge graph of business news.")
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    p = add("build", cmd_build, "build the graph, facts, store, HTML view and report of the inputs")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html files, folders of them, .jsonl corpora")
    p.add_argument("--out", type=Path, default=Path("build"), help="output folder (default: %(default)s)")
    p.add_argument("--fresh", action="store_true", help="start over instead of adding to an existing build")
    _common(p)

    p = add("extract", cmd_extract, "write the facts of each input document as OUT/<id>.json (kg-facts/1)")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    _common(p)

    p = add("eval", cmd_eval, "score predicted facts against gold files, or run a public benchmark")
    p.add_argument("gold", nargs="*", metavar="GOLD.json", help="gold files in kg-facts/1")
    p.add_argument("--pred", type=Path, help="folder of predicted kg-facts/1 files (from kg extract)")
    p.add_argument("--dataset", choices=["conll04", "fire", "knowledgenet"], help="public benchmark to run")
    p.add_argument("--extract", action="store_true", help="extract the gold documents now, reading their text from their source")
    p.add_argument("--split", help="dev or test: the gold documents splits.json lists (benchmarks: default test)")
    p.add_argument("--limit", type=int, help="score only the first N benchmark documents")
    p.add_argument("--data", type=Path, help="corpora and benchmark folder (default: $KG_DATA_DIR, else ../shared/data)")
    p.add_argument("--details", action="store_true", help="list missed and spurious entities and facts per document")
    _common(p)

    p = add("query", cmd_query, "run a SPARQL query (text, a .rq file, or a shipped query name)")
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--store", type=_existing_dir, help="embedded store folder (e.g. build/store)")
    p.add_argument("--endpoint", help="a remote SPARQL query endpoint instead of --store (Oxigraph: http://HOST:PORT/query)")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    p.add_argument("--param", type=_param, action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--list", action="store_true", help="list the shipped queries")

    p = add("export", cmd_export, "write every quad of a store as TriG, N-Quads, Turtle or JSON-LD")
    p.add_argument("--store", type=_existing_dir, required=True)
    p.add_argument("--format", choices=["trig", "nquads", "turtle", "jsonld"], default="trig")
    p.add_argument("--out", type=Path, help="output file (default: standard output)")

    p = add("load", cmd_load, "load a build into a SPARQL server (Graph Store Protocol, one PUT per document graph)")
    p.add_argument("input", metavar="INPUT", help="a build folder, or a .trig/.nq file")
    p.add_argument("--endpoint", required=True, help="the server's Graph Store endpoint (Oxigraph: http://HOST:PORT/store)")
    p.add_argument("--graph-prefix", help="rewrite graph names to start with this IRI")
    p.add_argument("--user", help="HTTP basic auth user")
    p.add_argument("--password", help="HTTP basic auth password")

    p = add("serve", cmd_serve, "serve a store as a local SPARQL endpoint with a query page")
    p.add_argument("--store", type=_existing_dir, required=True)
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: %(default)s)")

    p = add("analyze", cmd_analyze, "centrality, communities and components of the entity graph")
    p.add_argument("--store", type=_existing_dir, required=True)
    p.add_argument("--out", type=Path, help="folder for analysis.json and graph.graphml (default: beside the store)")

    p = add("path", cmd_path, "the chain of facts linking two entities, with evidence")
    p.add_argument("source", metavar="A")
    p.add_argument("target", metavar="B")
    p.add_argument("--store", type=_existing_dir, required=True)

    p = add("viz", cmd_viz, "write the interactive HTML view of a store")
    p.add_argument("--store", type=_existing_dir, required=True)
    p.add_argument("--out", type=Path, default=Path("graph.html"))
    p.add_argument("--focus", metavar="ENTITY", help="show only this entity's neighbourhood")
    p.add_argument("--depth", type=int, default=1, help="neighbourhood depth with --focus (default: 1)")
    p.add_argument("--top", type=int, metavar="N", help="only the N entities with the highest PageRank")
    p.add_argument("--types", nargs="+", metavar="TYPE", help="only these entity types")
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--show-negative", action="store_true", help="also draw denied, failed and cancelled facts")
    return top


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"kg: {record.levelname.lower()}: {record.getMessage()}"


def main(argv: Sequence[str] | None = None) -> int:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    saved = (log.level, log.propagate)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        args = parser().parse_args(argv)
        return args.func(args)
    except KgError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted; finished documents are saved, run the same command again to complete", file=sys.stderr)
        return 130
    finally:
        log.removeHandler(handler)
        log.setLevel(saved[0])
        log.propagate = saved[1]

