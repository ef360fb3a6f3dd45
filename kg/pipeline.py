"""Orchestration: documents through spaCy and the extractors into facts, RDF and the store.

``extract_documents`` is the pure streaming core (Documents in, Extractions out). ``build`` and
``extract`` are the ``kg build`` / ``kg extract`` commands: they read inputs, write outputs
atomically, and keep a manifest so a second build processes only new or changed documents.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox
from spacy.language import Language
from spacy.tokens import Doc

from kg import __version__, kgfacts
from kg.entities import AliasTable, resolve_entities
from kg.errors import OutputError, UsageError
from kg.facts import extract_facts
from kg.files import atomic_write, atomic_write_path, atomic_write_text
from kg.ingest import count_documents, read_documents, safe_filename
from kg.mentions import find_mentions
from kg.model import Document, Extraction
from kg.nlp import DEFAULT_MODEL, load
from kg.rdf import extraction_triples, shortcut_properties
from kg.store import Store, to_rdflib
from kg.vocab import KG, ONTOLOGY_GRAPH, PREFIXES, PROV, ontology_graph

log = logging.getLogger("kg")

BATCH_SIZE = 32
#: Every this many documents a build writes them to the store in one batch and records them in its
#: manifest and alias table (so an interrupted build resumes there).
CHECKPOINT = 100
#: Every this many documents a build flushes the store's write buffers, which keeps memory flat.
FLUSH = 500
#: graph.html from a build shows at most this many entities, those with the highest PageRank
#: (entities named in no fact come last); ``kg viz`` draws any other selection.
VIEW_TOP = 2000
#: The collector's youngest-generation threshold during a build (Python's default is 700): a
#: build allocates millions of short-lived objects, and collecting every 700 of them cost about
#: 3% of its CPU time.
GC_THRESHOLD = 10_000
MANIFEST = "manifest.json"
ALIASES = "aliases.json"


def extract_doc(doc: Doc, document: Document) -> Extraction:
    """Run mentions, entity resolution and every fact extractor on one parsed document."""
    mentions = find_mentions(doc)
    entities, resolved = resolve_entities(doc, mentions)
    facts = extract_facts(doc, entities, resolved, document)
    return Extraction(document, tuple(entities), tuple(facts), tuple(resolved))


def _extract_batch(nlp: Language, documents: Sequence[Document]) -> list[Extraction]:
    pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=BATCH_SIZE)
    return [extract_doc(doc, document) for doc, document in pairs]


_worker_nlp: Language | None = None


def _worker_init(model: str) -> None:
    global _worker_nlp
    _worker_nlp = load(model)


def _worker_batch(documents: list[Document]) -> list[Extraction]:
    assert _worker_nlp is not None, "worker used before _worker_init"
    return _extract_batch(_worker_nlp, documents)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    jobs: int = 1,
) -> Iterator[Extraction]:
    """Extract entities and facts from documents, streaming, in input order.

    Parameters
    ----------
    documents : iterable of Document
        Consumed lazily: memory stays flat however long the corpus is.
    model : str
        The spaCy pipeline to load when ``nlp`` is not given.
    nlp : Language, optional
        An already loaded pipeline (from :func:`kg.nlp.load`), used when ``jobs == 1``.
    jobs : int
        Worker processes. Each loads its own pipeline; at most ``2 * jobs`` batches are in
        flight, so input is still read lazily.

    Yields
    ------
    Extraction
        One per document, in the order the documents came.

    Examples
    --------
    >>> from kg.model import Document
    >>> [x] = extract_documents([Document("d1", "Intel Corp. agreed to buy Altera.")])
    >>> x.document.id
    'd1'
    """
    if jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {jobs}")
    if jobs == 1:
        pipeline = nlp if nlp is not None else load(model)
        for batch in _batches(documents, BATCH_SIZE):
            yield from _extract_batch(pipeline, batch)
        return
    with ProcessPoolExecutor(jobs, initializer=_worker_init, initargs=(model,)) as pool:
        pending: deque[Future[list[Extraction]]] = deque()
        for batch in _batches(documents, BATCH_SIZE):
            pending.append(pool.submit(_worker_batch, batch))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def document_hash(document: Document, model: str) -> str:
    """What decides whether a document must be processed again: its content, model and kg version.

    The source (for a corpus line, the file it came from) is left out: the same article in
    next week's dump is the same document, and keeps the source it was first read from.
    """
    h = hashlib.sha256()
    for part in (__version__, model, document.id, document.title, document.date, document.dateline, document.text):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _prepare_out(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, prefix=".kg-write-test-")
        probe.close()
    except OSError as e:
        raise OutputError(
            f"cannot write to output folder {out}: {e.strerror or e}; choose another --out or fix its permissions"
        ) from e


class _Progress:
    """Documents, words per second and (when the total is known) an ETA, on a terminal only."""

    def __init__(self, enabled: bool, description: str, total: Callable[[], int]) -> None:
        self.words = 0
        self.started = time.perf_counter()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(desc=description, total=total() or None, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def update(self, extraction: Extraction) -> None:
        if self.bar is not None:
            self.words += len(extraction.document.text.split())
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)
            self.bar.update(1)

    def skip(self) -> None:
        """Count a document that needed no work (unchanged since the last build)."""
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


@dataclass(frozen=True)
class ExtractResult:
    """What ``kg extract`` did."""

    documents: int
    facts: int
    paths: tuple[Path, ...]


def extract(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    quiet: bool = False,
) -> ExtractResult:
    """Write ``OUT/<document id>.json`` (kg-facts/1) for every input document.

    Examples
    --------
    >>> result = extract(["seeds/"], "out/facts")  # doctest: +SKIP
    >>> result.documents
    1
    """
    out = Path(out)
    _prepare_out(out)
    nlp = load(model)
    progress = _Progress(_show_progress(quiet), "extract", lambda: count_documents(inputs))
    paths: list[Path] = []
    facts = 0
    try:
        for extraction in extract_documents(read_documents(inputs), model=model, nlp=nlp, jobs=jobs):
            path = out / f"{safe_filename(extraction.document.id)}.json"
            kgfacts.write(extraction, path)
            paths.append(path)
            facts += len(extraction.facts)
            progress.update(extraction)
    finally:
        progress.close()
    return ExtractResult(len(paths), facts, tuple(paths))


@dataclass(frozen=True)
class BuildResult:
    """What ``kg build`` did: documents processed and skipped, and the totals of the graph."""

    out: Path
    processed: int
    unchanged: int
    documents: int
    facts: int
    quads: int
    seconds: float


class _Manifest:
    """Per-document content hashes of a build folder, so rebuilds skip unchanged documents."""

    def __init__(self, path: Path, hashes: dict[str, str]) -> None:
        self.path = path
        self.hashes = hashes

    @classmethod
    def open(cls, path: Path) -> "_Manifest":
        if not path.exists():
            return cls(path, {})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, dict(data["documents"]))
        except (ValueError, KeyError, TypeError):
            log.warning("%s is unreadable; every document will be processed again", path)
            return cls(path, {})

    def save(self) -> None:
        text = json.dumps({"kg": __version__, "documents": self.hashes}, sort_keys=True)
        atomic_write_text(self.path, text + "\n")


def build(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    fresh: bool = False,
    quiet: bool = False,
    on_extraction: Callable[[Extraction], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of the inputs into ``out``.

    Writes ``graph.trig`` (one named graph per document), ``graph.ttl`` (all in one graph),
    ``facts/<id>.json`` (kg-facts/1), ``graph.html``, ``report.md``, ``analysis.json``,
    ``graph.graphml`` and the embedded store ``store/``. Building into an existing folder adds
    documents: new and changed ones are processed and replace their graphs, unchanged ones are
    skipped, and documents not named this time are kept (``fresh=True`` starts over).

    Examples
    --------
    >>> result = build(["seeds/"], "build")  # doctest: +SKIP
    >>> result.processed, result.facts > 0
    (1, True)
    """
    started = time.perf_counter()
    out = Path(out)
    _prepare_out(out)
    if fresh:
        for name in ("store", "facts"):
            shutil.rmtree(out / name, ignore_errors=True)
        for name in (MANIFEST, ALIASES):
            (out / name).unlink(missing_ok=True)
    facts_dir = out / "facts"
    facts_dir.mkdir(exist_ok=True)
    manifest = _Manifest.open(out / MANIFEST)
    aliases_path = out / ALIASES
    aliases = AliasTable.from_json(json.loads(aliases_path.read_text("utf-8"))) if aliases_path.exists() else AliasTable()

    hashes: dict[str, str] = {}
    unchanged = 0

    def changed(documents: Iterable[Document]) -> Iterator[Document]:
        nonlocal unchanged
        for document in documents:
            digest = document_hash(document, model)
            if manifest.hashes.get(document.id) == digest:
                unchanged += 1
                progress.skip()
                continue
            hashes[document.id] = digest
            yield document

    def checkpoint() -> None:
        """Save what an interrupted build needs to resume: the manifest and the alias table."""
        manifest.save()
        atomic_write_text(aliases_path, json.dumps(aliases.to_json(), sort_keys=True))

    pending: list[Extraction] = []

    def write_pending() -> None:
        """Write the documents extracted since the last batch to the store, then record them."""
        if not pending:
            return
        store.add_documents((x.document.id, extraction_triples(x)) for x in pending)
        for x in pending:
            manifest.hashes[x.document.id] = hashes.pop(x.document.id)
        pending.clear()
        checkpoint()

    processed = 0
    nlp = load(model)
    progress = _Progress(_show_progress(quiet), "build", lambda: count_documents(inputs))
    gc.freeze()  # the pipeline's objects live all build long: keep the collector off them
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *thresholds[1:])
    try:
        with Store(out / "store") as store:
            store.set_ontology(ontology_graph())
            try:
                for extraction in extract_documents(changed(read_documents(inputs)), model=model, nlp=nlp, jobs=jobs):
                    extraction = replace(extraction, entities=tuple(aliases.canonicalize(extraction.entities)))
                    doc_id = extraction.document.id
                    kgfacts.write(extraction, facts_dir / f"{safe_filename(doc_id)}.json")
                    pending.append(extraction)
                    processed += 1
                    progress.update(extraction)
                    if on_extraction is not None:
                        on_extraction(extraction)
                    if processed % CHECKPOINT == 0:
                        write_pending()
                    if processed % FLUSH == 0:
                        store.flush()
            finally:
                progress.close()
                write_pending()
                checkpoint()
            quads = store.quad_count()
            documents = len(store.document_ids())
            facts = _write_views(store, out)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
    return BuildResult(out, processed, unchanged, documents, facts, quads, time.perf_counter() - started)


#: What the entity graph needs of the store: every document graph, less the binary shortcut
#: edges and what only provenance queries read (mention links, offsets' end, extractor agents).
_VIEW_QUERY = """
SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER (?g != <%(ontology)s>)
  FILTER (?p NOT IN (<%(skip)s>))
}
"""

#: graph.ttl: the union of all graphs, each triple once (CONSTRUCT yields each triple once).
_MERGED_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _view_triples(oxi: ox.Store) -> Iterator[tuple[object, object, object]]:
    """The entity graph's triples from the store, IRIs as plain strings (see kg.analysis).

    Each distinct term is converted once: the same IRIs recur in thousands of rows.
    """
    skip = sorted(map(str, shortcut_properties() | {KG.mentionedIn, KG.evidenceEnd, KG.extractor, PROV.wasAttributedTo}))
    query = _VIEW_QUERY % {"ontology": ONTOLOGY_GRAPH, "skip": ">, <".join(skip)}
    converted: dict[object, object] = {}

    def term(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
        known = converted.get(node)
        if known is None:
            known = converted[node] = node.value if isinstance(node, ox.NamedNode) else to_rdflib(node)
        return known

    for s, p, o in oxi.query(query):
        yield term(s), term(p), term(o)


def _dump_file(data: ox.Store, path: Path, rdf_format: ox.RdfFormat) -> None:
    """Write a whole store into ``path``, atomically.

    ``Store.dump`` to a path releases Python's lock while it writes, so this runs in a thread
    beside the analysis. ``ox.serialize`` of the same store holds the lock throughout (measured
    on the Reuters build: 0.73 s of the main thread's time, against none).
    """
    atomic_write_path(path, lambda temporary: data.dump(str(temporary), rdf_format, prefixes=dict(PREFIXES)))


def _write_views(store: Store, out: Path) -> int:
    """graph.trig, graph.ttl, the analysis, the HTML view and the report, streamed from the store.

    The quads never all sit in rdflib: the two RDF files are serialised by Oxigraph (graph.trig
    in a thread, while Python works on the rest), and the entity graph is built from the rows
    of one query.
    """
    from kg.analysis import analyze, entity_graph, write_analysis
    from kg.report import write_report
    from kg.view import write_html

    oxi = store.oxigraph
    with ThreadPoolExecutor(max_workers=1) as pool:
        trig = pool.submit(_dump_file, oxi, out / "graph.trig", ox.RdfFormat.TRIG)
        prefixes = dict(PREFIXES)
        atomic_write(
            out / "graph.ttl",
            lambda f: ox.serialize(oxi.query(_MERGED_QUERY), f, ox.RdfFormat.TURTLE, prefixes=prefixes),
        )
        g = entity_graph(_view_triples(oxi))
        analysis = analyze(g)
        write_analysis(analysis, out)
        write_html(g, out / "graph.html", top=VIEW_TOP if g.number_of_nodes() > VIEW_TOP else None)
        write_report(g, analysis, out)
        trig.result()
    return len(g.graph["facts"])
