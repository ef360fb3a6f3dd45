"""The embedded triple store (on-disk pyoxigraph), SPARQL queries, export, remote load and serve.

rdflib builds and serialises graphs; pyoxigraph stores and queries them, because its SPARQL
engine answers joins in milliseconds where rdflib's takes seconds and never fetches a URL a
query names unless asked to (which :func:`query` refuses). One named graph per document
(:func:`kg.vocab.graph_iri`) lets a rebuilt document replace its graph without touching the
others; the ontology lives in :data:`kg.vocab.ONTOLOGY_GRAPH`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Iterable, Iterator, Mapping

import pyoxigraph as ox
import rdflib
from rdflib.term import BNode, Literal, Node, URIRef

from kg import vocab
from kg.errors import OutputError, QueryError, StoreError

log = logging.getLogger("kg")

XSD_STRING = str(vocab.XSD.string)


@dataclass(frozen=True)
class QueryResult:
    """The answer to a SPARQL query, the same whether it ran embedded or on an endpoint.

    ``rows`` hold rdflib terms (``None`` where a variable is unbound), one per variable in
    ``variables``. An ``ASK`` query has no variables and sets ``boolean``; a ``CONSTRUCT`` or
    ``DESCRIBE`` query answers with the variables ``subject``, ``predicate``, ``object``.
    """

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def records(self) -> list[dict[str, str]]:
        """Rows as ``{variable: lexical value}`` with unbound variables left out (for tests, JSON)."""
        return [
            {name: str(term) for name, term in zip(self.variables, row) if term is not None}
            for row in self.rows
        ]


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Node | None:
    """A pyoxigraph term as the rdflib term that compares equal to what kg.rdf wrote."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    raise StoreError(f"the store returned an RDF-star triple term ({term}), which kg does not use; "
                     "rebuild the store with kg build --fresh")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store the RDF term {term!r}: only IRIs, blank nodes and literals are stored")


#: How many distinct rdflib terms :func:`_cached_term` remembers: enough for the vocabulary,
#: the entities and extractors a build keeps naming, small enough to stay a few megabytes.
_TERM_CACHE = 1 << 16


@lru_cache(maxsize=_TERM_CACHE)
def _cached_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """:func:`to_oxigraph`, remembered: classes, properties and entities recur in every document.

    rdflib terms of different kinds never compare equal (``URIRef("x") != Literal("x")``),
    and a literal compares by lexical form, datatype and language, so one key is one term.
    """
    return to_oxigraph(term)


def _graph_name(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _quads(triples: Iterable[tuple[Node, Node, Node]], graph: ox.NamedNode) -> list[ox.Quad]:
    """The distinct triples as quads of ``graph``, in first-seen order."""
    try:
        return list(dict.fromkeys(
            ox.Quad(_cached_term(s), _cached_term(p), _cached_term(o), graph)  # type: ignore[arg-type]
            for s, p, o in triples
        ))
    except ValueError as error:
        raise StoreError(f"cannot store a term of {graph.value}: it is not valid RDF ({error}); "
                         "fix the IRI minting in kg.vocab") from None


class Store:
    """An on-disk Oxigraph store holding one named graph per document.

    Parameters
    ----------
    path
        The store directory (created when ``create`` and absent).
    create
        Create the directory when it does not exist; otherwise a missing store is a
        :class:`~kg.errors.StoreError`.
    read_only
        Open without taking the writer's lock, so queries can run while another process
        (``kg serve``) has the store open.

    Raises
    ------
    StoreError
        When the directory is locked by another writer, is not an Oxigraph store, or is damaged.
    """

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._store = _open(self.path, create=create and not read_only, read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def flush(self) -> None:
        """Write buffered changes to disk, which also releases the memory they held."""
        self.oxigraph.flush()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only:
            try:
                store.flush()
            except OSError as error:
                raise StoreError(f"could not write {self.path} to disk: {error}; "
                                 "check free disk space and permissions") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for benchmarks and bulk work)."""
        try:
            return self._store
        except AttributeError:
            raise StoreError(f"the store {self.path} is closed; open it again with Store(path)") from None

    def replace_document(self, doc_id: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
        """Replace the named graph of document ``doc_id`` with ``triples``.

        The old graph is dropped and the new one written in one transaction, so a reader
        (or an interrupted build) sees either the old or the new document, never a mix.

        Parameters
        ----------
        doc_id
            The document's id.
        triples
            An rdflib Graph, or any iterable of rdflib triples such as
            :func:`kg.rdf.extraction_triples` (faster: no Graph is built); repeats are
            written once.

        Returns
        -------
        int
            The number of distinct triples written.

        Raises
        ------
        StoreError
            When the store is read-only, a term is not valid RDF, or the disk write fails.
        """
        return self.replace_documents([(doc_id, triples)])

    def replace_documents(self, documents: Iterable[tuple[str, Iterable[tuple[Node, Node, Node]]]]) -> int:
        """Replace several documents' named graphs in one transaction (see :meth:`replace_document`).

        Documents new to the store are added as quads in one ``extend`` transaction; when one
        of them is already there, the whole batch is one SPARQL update that drops the old
        graphs and inserts the new ones, because only an update can drop and insert at once.

        Returns
        -------
        int
            The number of distinct triples written.
        """
        self._check_writable()
        batch: dict[ox.NamedNode, list[ox.Quad]] = {}
        for doc_id, triples in documents:
            name = _graph_name(vocab.graph_iri(doc_id))
            batch[name] = _quads(triples, name)
        if not batch:
            return 0
        oxi = self.oxigraph
        if any(oxi.contains_named_graph(name) for name in batch):
            parts = []
            for name, quads in batch.items():
                parts.append(f"DROP SILENT GRAPH {name}")
                if quads:
                    text = ox.serialize([quad.triple for quad in quads], format=ox.RdfFormat.N_TRIPLES)
                    parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{text.decode('utf-8')}}} }}")
            self._update(" ;\n".join(parts))
        else:
            try:
                oxi.extend(quad for quads in batch.values() for quad in quads)
            except OSError as error:
                raise StoreError(f"could not write to {self.path}: {error}; check free disk space "
                                 "and permissions") from None
        return sum(len(quads) for quads in batch.values())

    def add_documents(self, documents: Iterable[tuple[str, Iterable[tuple[Node, Node, Node]]]]) -> int:
        """Write a batch of documents, those new to the store through Oxigraph's bulk loader.

        The bulk loader writes a build's batches of 100 new documents several times faster
        than a transaction per document (all 2,213 Reuters acq stories: 0.8 s instead of
        2.2 s) but it is not atomic: a process killed while it runs may leave part of the
        batch in the store. ``kg build`` records a batch in its manifest only once this has
        returned, so the next build processes those documents again and replaces whatever of
        them was written. Documents already in the store are replaced as by
        :meth:`replace_documents`, in one transaction.

        Returns
        -------
        int
            The number of distinct triples written.
        """
        self._check_writable()
        oxi = self.oxigraph
        known: list[tuple[str, Iterable[tuple[Node, Node, Node]]]] = []
        new: list[ox.Quad] = []
        for doc_id, triples in documents:
            name = _graph_name(vocab.graph_iri(doc_id))
            if oxi.contains_named_graph(name):
                known.append((doc_id, triples))
            else:
                new.extend(_quads(triples, name))
        written = self.replace_documents(known) if known else 0
        try:
            oxi.bulk_extend(new)
        except OSError as error:
            raise StoreError(f"could not write to {self.path}: {error}; check free disk space "
                             "and permissions") from None
        return written + len(new)

    def remove_document(self, doc_id: str) -> bool:
        """Drop document ``doc_id``'s named graph; ``False`` when it was not in the store."""
        name = _graph_name(vocab.graph_iri(doc_id))
        if not self.oxigraph.contains_named_graph(name):
            return False
        self._update(f"DROP SILENT GRAPH {name}")
        return True

    def document_ids(self) -> list[str]:
        """The ids (``kg:documentId``) of the documents in the store, sorted."""
        document = _graph_name(vocab.KG.Document)
        document_id = _graph_name(vocab.KG.documentId)
        result = self.select(
            f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?d a {document} ; {document_id} ?id }} }}"
        )
        return sorted(str(row[0]) for row in result.rows)

    def set_ontology(self, graph: rdflib.Graph) -> int:
        """Replace the ontology graph (:data:`kg.vocab.ONTOLOGY_GRAPH`) with ``graph``."""
        name = _graph_name(vocab.ONTOLOGY_GRAPH)
        self._update(f"DROP SILENT GRAPH {name} ;\n"
                     f"INSERT DATA {{ GRAPH {name} {{\n{graph.serialize(format='nt')}}} }}")
        return len(graph)

    def quad_count(self) -> int:
        """How many quads the store holds, over all graphs."""
        return len(self.oxigraph)

    def select(self, sparql: str, *, params: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs (so queries need no ``GRAPH``).

        A query with ``FROM`` gets the graphs it names as its default graph instead.

        ``params`` bind variables to string literals through a ``VALUES`` block at the top of
        the query's ``WHERE`` group (see :func:`bind_parameters`), never by pasting raw text.

        Raises
        ------
        QueryError
            When the query is malformed (the message gives line and column).
        """
        if params:
            sparql = bind_parameters(sparql, params)
        union = not any(token.kind == "word" and token.text.upper() == "FROM" for token in _tokens(sparql))
        try:
            answer = self.oxigraph.query(sparql, use_default_graph_as_union=union)
            return _result(answer)
        except SyntaxError as error:
            raise QueryError(_syntax_message(error)) from None
        except (OSError, RuntimeError) as error:
            raise QueryError(f"the query failed: {error}; check the query") from None

    def dataset(self) -> rdflib.Dataset:
        """Every quad of the store as an rdflib Dataset (for analysis and the HTML view)."""
        dataset = rdflib.Dataset()
        data = self.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
        if data:
            dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only; open it with "
                             "Store(path) to change it")

    def _update(self, sparql: str) -> None:
        self._check_writable()
        try:
            self.oxigraph.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"could not write to {self.path}: the graph holds a term that is not "
                             f"valid RDF ({error}); fix the IRI minting in kg.vocab") from None
        except OSError as error:
            raise StoreError(f"could not write to {self.path}: {error}; check free disk space "
                             "and permissions") from None


def _open(path: Path, *, create: bool, read_only: bool) -> ox.Store:
    """Open (or create) the pyoxigraph store at ``path``, with errors that say what to do."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; give a directory with --store")
    exists = (path / "CURRENT").is_file()
    if not exists:
        if path.is_dir() and any(path.iterdir()):
            raise StoreError(f"{path} is not an Oxigraph store (it has other files in it); give the "
                             "store directory, e.g. OUT/store of kg build, or an empty directory")
        if not create:
            raise StoreError(f"there is no store at {path}; build one with kg build ... --out DIR "
                             "and give DIR/store")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the store directory {path}: {error.strerror}; "
                             "choose a writable place") from None
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        message = str(error)
        if "lock" in message.lower():
            raise StoreError(f"the store {path} is in use by another process (a running kg build "
                             "or kg serve?); only one process may write a store: wait for it to "
                             "finish or stop it, or use another store directory") from None
        raise StoreError(f"cannot open the store {path}: {message}; check the path and its "
                         "permissions") from None
    except RuntimeError as error:
        raise StoreError(f"the store {path} is damaged ({error}); delete the directory and "
                         "rebuild it with kg build --fresh") from None


def _result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(variables=(), rows=(), boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        rows = tuple((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in answer)
        return QueryResult(variables=("subject", "predicate", "object"), rows=rows)
    names = tuple(variable.value for variable in answer.variables)
    rows = tuple(tuple(to_rdflib(solution[name]) for name in names) for solution in answer)
    return QueryResult(variables=names, rows=rows)


# ----------------------------------------------------------------------------------------------
# SPARQL text: a small lexer for the checks pyoxigraph does not make for us
# ----------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<comment>\#[^\n]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
              | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
              | "(?:[^"\\\n]|\\.)*"? | '(?:[^'\\\n]|\\.)*'?)
    | (?P<var>[?$][\w\u00b7]+)
    | (?P<word>(?:[A-Za-z_][\w.\-]*)?:(?:[\w:%\-]|\\.|\.(?=[\w:%\-]))*|[A-Za-z_]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

#: Bare words that only SPARQL Update uses.
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                           "COPY", "WITH"})

#: Graph IRIs a query may name in FROM / FROM NAMED: kg's own, which are never fetched.
_OWN_IRIS = vocab.BASE


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int


def _tokens(sparql: str) -> list[_Token]:
    """The significant tokens of a query (comments and spaces dropped)."""
    return [
        _Token(match.lastgroup or "other", match.group(), match.start())
        for match in _TOKEN.finditer(sparql)
        if match.lastgroup not in ("space", "comment")
    ]


def _position(sparql: str, offset: int) -> str:
    line = sparql.count("\n", 0, offset) + 1
    column = offset - (sparql.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


#: How much of the parser's "expected one of ..." list a one-line error keeps.
_MESSAGE_WIDTH = 120


def _syntax_message(error: SyntaxError, added_lines: int = 0) -> str:
    """The parser's error in one line, its position in the user's text (less ``added_lines``)."""

    def position(match: re.Match[str]) -> str:
        return f"error at line {int(match[1]) - added_lines}, column {match[2]}"

    text = re.sub(r"^error at (\d+):(\d+)", position, str(error).strip())
    text = " ".join(text.split())
    if len(text) > _MESSAGE_WIDTH:
        text = text[: _MESSAGE_WIDTH - 1].rstrip(", ") + "…"
    return f"malformed SPARQL query: {text}; fix the query there"


def _prefixes(tokens: list[_Token]) -> dict[str, str]:
    prefixes: dict[str, str] = {}
    for index, token in enumerate(tokens[:-2]):
        following = tokens[index + 2]
        if (token.kind == "word" and token.text.upper() == "PREFIX"
                and tokens[index + 1].kind == "word" and following.kind == "iri"):
            prefixes[tokens[index + 1].text.rstrip(":")] = following.text[1:-1]
    return prefixes


def declare_prefixes(sparql: str) -> tuple[str, int]:
    """``sparql`` with kg's usual prefixes (``kg:``, ``kgr:``, ``rdfs:``, ``schema:`` ...) declared.

    Only prefixes the query does not declare itself are added, on one line in front, so a
    query can say ``kg:Acquisition`` without a ``PREFIX`` line. Returns the text and how many
    lines were added (for error positions).

    Examples
    --------
    >>> text, added = declare_prefixes("SELECT * WHERE { ?f a kg:Role }")
    >>> added, text.startswith("PREFIX kg: <https://w3id.org/kg-news/ontology#>")
    (1, True)
    """
    declared = _prefixes(_tokens(sparql))
    missing = [f"PREFIX {prefix}: <{namespace}>" for prefix, namespace in vocab.PREFIXES.items()
               if prefix not in declared]
    if not missing:
        return sparql, 0
    return " ".join(missing) + "\n" + sparql, 1


def check_query(sparql: str) -> None:
    """Refuse what a read-only, offline query must not do: update, ``SERVICE``, foreign ``FROM``.

    Raises
    ------
    QueryError
        Naming the refused keyword and its line and column.
    """
    tokens = _tokens(sparql)
    prefixes = _prefixes(tokens)
    for index, token in enumerate(tokens):
        if token.kind != "word":
            continue
        word = token.text.upper()
        where = _position(sparql, token.start)
        if word in _UPDATE_WORDS:
            raise QueryError(f"SPARQL Update ({word} at {where}) is refused: kg query only reads; "
                             "change a store with kg build (or kg build --fresh)")
        if word == "SERVICE":
            raise QueryError(f"SERVICE (at {where}) is refused: kg queries never reach the network; "
                             "load the other data with kg build and query one store")
        if word == "FROM":
            target = tokens[index + 1] if index + 1 < len(tokens) else None
            if target is not None and target.kind == "word" and target.text.upper() == "NAMED":
                target = tokens[index + 2] if index + 2 < len(tokens) else None
            if target is None:
                continue
            iri = _expand(target, prefixes)
            if iri is None or not iri.startswith(_OWN_IRIS):
                raise QueryError(f"FROM {target.text} (at {where}) is refused: kg queries never fetch "
                                 f"data from the network; name kg's own graphs ({_OWN_IRIS}id/graph/...) "
                                 "or drop FROM to query every document")


def _expand(token: _Token, prefixes: Mapping[str, str]) -> str | None:
    if token.kind == "iri":
        return token.text[1:-1]
    if token.kind == "word" and ":" in token.text:
        prefix, local = token.text.split(":", 1)
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


def query_variables(sparql: str) -> set[str]:
    """The names of the variables a query mentions (without ``?``/``$``)."""
    return {token.text[1:] for token in _tokens(sparql) if token.kind == "var"}


def bind_parameters(sparql: str, params: Mapping[str, str]) -> str:
    """Bind variables to string literals with ``VALUES`` blocks, as a SPARQL 1.1 endpoint would.

    Each value becomes one properly escaped literal token, so no value can change the query's
    structure. The block opens the innermost group where the variable is first used in the
    ``WHERE`` clause (so a ``FILTER`` in a subquery sees it), and works the same on the embedded
    store and on any SPARQL 1.1 endpoint.

    Raises
    ------
    QueryError
        When a parameter names a variable the query does not have.
    """
    if not params:
        return sparql
    tokens = _tokens(sparql)
    known = {token.text[1:] for token in tokens if token.kind == "var"}
    for name in params:
        if name not in known:
            choices = ", ".join(sorted(known)) or "none"
            raise QueryError(f"the query has no variable ?{name} for the parameter {name}=...; "
                             f"its variables are: {choices}")
    where = _where_group(tokens)
    if where is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group { ... }")
    inserts: list[tuple[int, str]] = []
    for name in sorted(params):
        opening = _group_of(tokens, where, name)
        inserts.append((tokens[opening].start + 1, f" VALUES ?{name} {{ {ox.Literal(params[name])} }} "))
    for cut, block in sorted(inserts, reverse=True):
        sparql = sparql[:cut] + block + sparql[cut:]
    return sparql


def _group_of(tokens: list[_Token], where: int, name: str) -> int:
    """Index of the ``{`` of the innermost group holding ``?name``'s first use after ``where``."""
    first = next((i for i in range(where + 1, len(tokens))
                  if tokens[i].kind == "var" and tokens[i].text[1:] == name), None)
    if first is None:
        return where
    depth = 0
    for index in range(first - 1, where, -1):
        token = tokens[index]
        if token.kind != "other":
            continue
        if token.text == "}":
            depth += 1
        elif token.text == "{":
            if depth == 0:
                return index
            depth -= 1
    return where


def _where_group(tokens: list[_Token]) -> int | None:
    """Index of the ``{`` that opens the query's WHERE group (skipping a CONSTRUCT template)."""
    form = next((i for i, t in enumerate(tokens)
                 if t.kind == "word" and t.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form is None:
        return None
    index = form + 1
    if tokens[form].text.upper() == "CONSTRUCT" and index < len(tokens) and tokens[index].text == "{":
        depth = 0
        while index < len(tokens):
            depth += {"{": 1, "}": -1}.get(tokens[index].text, 0) if tokens[index].kind == "other" else 0
            index += 1
            if depth == 0:
                break
    return next((i for i in range(index, len(tokens))
                 if tokens[i].kind == "other" and tokens[i].text == "{"), None)


def _query_form(sparql: str) -> str:
    form = next((t.text.upper() for t in _tokens(sparql)
                 if t.kind == "word" and t.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    return form or "SELECT"


# ----------------------------------------------------------------------------------------------
# Shipped queries and kg query
# ----------------------------------------------------------------------------------------------

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:", re.MULTILINE)


def list_queries() -> list[tuple[str, str]]:
    """The shipped queries: ``(name, what it answers)`` from each file's first comment line.

    Returns
    -------
    list[tuple[str, str]]
        Sorted by name.
    """
    found = []
    for path in sorted(vocab.queries_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        found.append((path.stem, first.lstrip("#").strip()))
    return found


def resolve_query(text: str) -> tuple[str, tuple[str, ...]]:
    """SPARQL text for QUERY (text, a ``.rq`` path or a shipped name) and its required parameters.

    Raises
    ------
    QueryError
        When QUERY names a missing file or no shipped query.
    """
    stripped = text.strip()
    candidate = Path(stripped) if stripped and "\n" not in stripped else None
    if candidate is not None and (candidate.suffix == ".rq" or candidate.is_file()):
        try:
            sparql = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise QueryError(f"cannot read the query file {candidate}: {error}; give a readable "
                             "UTF-8 .rq file") from None
        return sparql, tuple(_PARAM_LINE.findall(sparql))
    if re.fullmatch(r"[\w\-]+", stripped):
        shipped = vocab.queries_dir() / f"{stripped}.rq"
        if not shipped.is_file():
            names = ", ".join(name for name, _ in list_queries())
            raise QueryError(f"there is no shipped query named {stripped!r}; use one of {names}, "
                             "a .rq file or SPARQL text (kg query --list describes them)")
        sparql = shipped.read_text(encoding="utf-8")
        return sparql, tuple(_PARAM_LINE.findall(sparql))
    return text, ()


def query(
    query: str,
    *,
    store: Path | None = None,
    endpoint: str | None = None,
    params: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> QueryResult:
    """Answer a read-only SPARQL query on the embedded store or a remote endpoint.

    Parameters
    ----------
    query
        SPARQL text, the path of a ``.rq`` file, or the name of a shipped query
        (:func:`list_queries`).
    store
        The embedded store directory (opened read-only).
    endpoint
        The URL of a SPARQL 1.1 query endpoint (instead of ``store``).
    params
        Variable -> string value, e.g. ``{"org": "Walmart"}`` for the shipped ``organization``.
    timeout
        Seconds to wait for the endpoint.

    Returns
    -------
    QueryResult
        The variables and rows (or the boolean of an ASK).

    Raises
    ------
    QueryError
        For an update, ``SERVICE``, a ``FROM`` of a foreign graph, a malformed query (with its
        line and column), a missing parameter, or an endpoint that fails.
    StoreError
        When the store cannot be opened.
    """
    if (store is None) == (endpoint is None):
        raise QueryError("give exactly one of a store directory (--store) or an endpoint URL (--endpoint)")
    sparql, required = resolve_query(query)
    params = dict(params or {})
    missing = [name for name in required if name not in params]
    if missing:
        raise QueryError(f"this query needs the parameter {missing[0]}: add --param {missing[0]}=VALUE")
    check_query(sparql)
    sparql = bind_parameters(sparql, params)
    sparql, added_lines = declare_prefixes(sparql)
    try:
        ox.Store().query(sparql)
    except SyntaxError as error:
        raise QueryError(_syntax_message(error, added_lines)) from None
    if store is None:
        from kg.endpoint import sparql_query

        return sparql_query(str(endpoint), sparql, form=_query_form(sparql), timeout=timeout)
    with Store(Path(store), create=False, read_only=True) as opened:
        return opened.select(sparql)


# ----------------------------------------------------------------------------------------------
# Result formats
# ----------------------------------------------------------------------------------------------

FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")

#: The widest a table cell gets before it is cut with an ellipsis (csv/tsv/json give all).
_CELL_WIDTH = 80


@lru_cache(maxsize=1)
def _display_prefixes() -> tuple[tuple[str, str], ...]:
    """Prefix -> namespace pairs for short IRIs, longest namespace first."""
    graph = rdflib.Graph(bind_namespaces="core")
    vocab.bind_prefixes(graph)
    pairs = {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}
    return tuple(sorted(pairs.items(), key=lambda item: -len(item[1])))


def short_iri(iri: str) -> str:
    """``iri`` with a known namespace replaced by its prefix (``kgr:organization/jd-com``)."""
    for prefix, namespace in _display_prefixes():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return short_iri(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    text = " ".join(str(term).split())
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…"


def _table(result: QueryResult) -> str:
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    cells = [[_cell(term) for term in row] for row in result.rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(result.variables)]
    lines = ["  ".join(name.ljust(width) for name, width in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines)


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _delimited(result: QueryResult, fmt: str) -> str:
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buffer, lineterminator="\r\n")
        if result.boolean is not None:
            writer.writerow(["boolean"])
            writer.writerow(["true" if result.boolean else "false"])
        else:
            writer.writerow(result.variables)
            writer.writerows([_csv_value(term) for term in row] for row in result.rows)
        return buffer.getvalue()
    if result.boolean is not None:
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + name for name in result.variables)]
    lines += ["\t".join("" if term is None else term.n3() for term in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != XSD_STRING:
        value["datatype"] = str(term.datatype)
    return value


def result_json(result: QueryResult) -> dict[str, object]:
    """The result as SPARQL 1.1 Query Results JSON (a dict ready for :func:`json.dumps`)."""
    if result.boolean is not None:
        return {"head": {}, "boolean": result.boolean}
    bindings = [
        {name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
        for row in result.rows
    ]
    return {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Write a query result for people (``table``) or programs (``csv``, ``tsv``, ``json``).

    Parameters
    ----------
    result
        What :func:`query` returned.
    fmt
        ``table``: aligned columns, IRIs shortened with kg's prefixes, long text cut, a row
        count; ``csv`` and ``tsv``: SPARQL 1.1 CSV/TSV results; ``json``: SPARQL 1.1 Query
        Results JSON.

    Returns
    -------
    str
        The text (``csv`` lines end in CRLF, as the CSV results format says).

    Raises
    ------
    QueryError
        For an unknown format.
    """
    if fmt == "table":
        return _table(result)
    if fmt in ("csv", "tsv"):
        return _delimited(result, fmt)
    if fmt == "json":
        return json.dumps(result_json(result), ensure_ascii=False, indent=2)
    raise QueryError(f"unknown result format {fmt!r}: use one of {', '.join(FORMATS)}")


# ----------------------------------------------------------------------------------------------
# Export
# ----------------------------------------------------------------------------------------------

EXPORT_FORMATS: Mapping[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export(store: Path, fmt: str = "trig", out: Path | None = None) -> int:
    """Write every quad of a store as TriG, N-Quads, Turtle (one merged graph) or JSON-LD.

    Parameters
    ----------
    store
        The store directory (opened read-only).
    fmt
        ``trig``, ``nquads`` or ``jsonld`` keep one named graph per document; ``turtle``
        merges all graphs into one (a triple in several graphs is written once).
    out
        The file to write; standard output when ``None``.

    Returns
    -------
    int
        How many quads (``turtle``: distinct triples) were written.

    Raises
    ------
    StoreError
        For an unknown format or a store that cannot be opened.
    OutputError
        When ``out`` cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    prefixes = {prefix: namespace for prefix, namespace in _display_prefixes()}
    with Store(store, create=False, read_only=True) as opened:
        quads = list(opened.oxigraph)
    items: list[ox.Quad] | list[ox.Triple]
    if fmt == "turtle":
        items = list(dict.fromkeys(quad.triple for quad in quads))
    else:
        items = quads
    data = ox.serialize(items, format=EXPORT_FORMATS[fmt],
                        prefixes=None if fmt in ("nquads", "jsonld") else prefixes)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            Path(out).write_bytes(data)
        except OSError as error:
            raise OutputError(f"cannot write {out}: {error.strerror}; choose a writable path") from None
    return len(items)


# ----------------------------------------------------------------------------------------------
# Load into a remote store (Graph Store HTTP Protocol)
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load` wrote: graphs, quads, and how long it took."""

    endpoint: str
    graphs: int
    quads: int
    seconds: float

    @property
    def quads_per_second(self) -> float:
        return self.quads / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        return (f"loaded {self.graphs} graphs ({self.quads} quads) into {self.endpoint} in "
                f"{self.seconds:.2f} s ({self.quads_per_second:,.0f} quads/s)")


_FILE_FORMATS: Mapping[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
}


def _graphs_of(source: Path) -> dict[str, list[ox.Triple]]:
    """Named graph -> triples of a build directory, a store directory or a TriG/N-Quads file."""
    if source.is_dir():
        store_dir = source / "store" if (source / "store" / "CURRENT").is_file() else source
        if (store_dir / "CURRENT").is_file():
            with Store(store_dir, create=False, read_only=True) as opened:
                quads = list(opened.oxigraph)
            return _group(quads, source)
        if (source / "graph.trig").is_file():
            return _graphs_of(source / "graph.trig")
        raise StoreError(f"{source} holds neither a store/ nor a graph.trig; give the folder "
                         "kg build wrote, or a .trig / .nq file")
    rdf_format = _FILE_FORMATS.get(source.suffix.lower())
    if rdf_format is None:
        raise StoreError(f"cannot load {source}: give a build folder, a .trig or a .nq file")
    try:
        quads = list(ox.parse(path=source, format=rdf_format))
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"cannot read {source}: {error}; give a valid TriG or N-Quads file") from None
    return _group(quads, source)


def _group(quads: Iterable[ox.Quad], source: Path) -> dict[str, list[ox.Triple]]:
    graphs: dict[str, list[ox.Triple]] = {}
    default = 0
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        else:
            default += 1
    if default:
        log.warning("%s: %d triples outside any named graph were not loaded "
                    "(kg load writes named graphs only)", source, default)
    return graphs


def _rename(graph: str, graph_prefix: str | None) -> str:
    namespace = str(vocab.KGR["graph/"])
    if graph_prefix is None or not graph.startswith(namespace):
        return graph
    return graph_prefix + graph[len(namespace):]


def load(
    input: Path,  # noqa: A002 - the CLI calls it INPUT
    endpoint: str,
    *,
    graph_prefix: str | None = None,
    auth: tuple[str, str] | None = None,
    timeout: float = 60,
) -> LoadResult:
    """Write a build's named graphs into a SPARQL server, one Graph Store ``PUT`` per graph.

    ``PUT`` replaces a graph, so loading the same build twice leaves the server as after one
    load, and documents of other builds already there are kept. The ontology goes into its own
    graph (from the input, or kg's own when the input lacks it).

    Parameters
    ----------
    input
        A build folder (its ``store/`` or ``graph.trig``), a store folder, or a TriG/N-Quads file.
    endpoint
        The server's Graph Store endpoint, e.g. ``http://localhost:7878/store`` for Oxigraph.
    graph_prefix
        Rename ``kgr:graph/NAME`` graphs to ``{graph_prefix}NAME`` (for servers that want
        their own graph names).
    auth
        ``(user, password)`` for HTTP basic auth.
    timeout
        Seconds to wait for each request.

    Returns
    -------
    LoadResult
        Graphs and quads written, seconds, quads per second.

    Raises
    ------
    StoreError
        When the input cannot be read, or a graph fails to load (naming the graph and the
        server's reason; the graphs loaded before it stay loaded).
    """
    from kg.endpoint import put_graph

    started = time.perf_counter()
    graphs = _graphs_of(Path(input))
    ontology = str(vocab.ONTOLOGY_GRAPH)
    if ontology not in graphs:
        graphs[ontology] = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
                            for s, p, o in vocab.ontology_graph()]
    quads = 0
    for name in sorted(graphs, key=lambda graph: (graph != ontology, graph)):
        triples = graphs[name]
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        put_graph(endpoint, _rename(name, graph_prefix), data, auth=auth, timeout=timeout)
        quads += len(triples)
    return LoadResult(endpoint, len(graphs), quads, time.perf_counter() - started)


# ----------------------------------------------------------------------------------------------
# Serve
# ----------------------------------------------------------------------------------------------


def oxigraph_executable() -> str:
    """The ``oxigraph`` server of the ``oxigraph`` package (beside Python, else on PATH).

    Raises
    ------
    StoreError
        With the pip command when it is not installed.
    """
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return found


def _check_port(bind: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in bind else socket.AF_INET) as probe:
        try:
            probe.bind((bind, port))
        except OSError as error:
            raise StoreError(f"cannot listen on {bind}:{port} ({error.strerror}); the port is busy "
                             "or the address is not this machine's: choose another --port") from None


def serve(store: Path, *, port: int = 7878, bind: str = "127.0.0.1") -> None:
    """Serve a store as a read-only SPARQL endpoint with a query page, until Ctrl-C.

    Runs ``oxigraph serve-read-only --union-default-graph`` (the ``oxigraph`` package), so a
    query without ``GRAPH`` sees every document, as :func:`query` does.

    Parameters
    ----------
    store
        The store directory.
    port
        The TCP port.
    bind
        The address to listen on; 127.0.0.1 keeps the endpoint private to this machine.

    Raises
    ------
    StoreError
        When the store is missing, the port is busy, or the server stops on its own.
    """
    Store(store, create=False, read_only=True).close()
    _check_port(bind, port)
    host = f"[{bind}]" if ":" in bind else bind
    command = [oxigraph_executable(), "serve-read-only", "--location", str(store),
               "--bind", f"{host}:{port}", "--union-default-graph"]
    print(f"SPARQL endpoint http://{host}:{port}/query, query page http://{host}:{port}/ "
          "(Ctrl-C stops it)", flush=True)
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        _, errors = process.communicate()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(timeout=10)
        return
    if process.returncode != 0:
        reason = " ".join((errors or "").split())[:_MESSAGE_WIDTH] or f"exit code {process.returncode}"
        raise StoreError(f"the oxigraph server stopped: {reason}; check the store and the port")
