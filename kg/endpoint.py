"""Remote SPARQL servers over HTTP: the query protocol and the Graph Store HTTP Protocol.

Standard library only (``urllib``): a SPARQL 1.1 query endpoint answers with SPARQL JSON
results, and each document's graph is written with one Graph Store ``PUT``, which replaces
the graph on the server, so loading the same build twice never doubles it.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pyoxigraph as ox
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import QueryError, StoreError
from kg.store import XSD_STRING, QueryResult, to_rdflib

#: How much of a server's error body a message quotes.
_REASON_WIDTH = 200


def _request(
    url: str,
    *,
    method: str,
    data: bytes | None,
    headers: dict[str, str],
    auth: tuple[str, str] | None,
    timeout: float,
) -> bytes:
    """One HTTP exchange; errors come back as ``OSError`` with a one-line reason."""
    if not url.startswith(("http://", "https://")):
        raise OSError(f"{url} is not an http(s) URL")
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers))
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        reason = " ".join(body.split())[:_REASON_WIDTH] or error.reason
        raise OSError(f"HTTP {error.code}: {reason}") from None
    except urllib.error.URLError as error:
        raise OSError(f"cannot reach the server ({error.reason})") from None
    except TimeoutError:
        raise OSError(f"no answer within {timeout:g} s") from None


def _term(binding: dict[str, Any]) -> Node:
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if binding.get("xml:lang"):
        return Literal(value, lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype and datatype != XSD_STRING:
        return Literal(value, datatype=URIRef(datatype), normalize=False)
    return Literal(value)


def parse_results_json(data: dict[str, Any]) -> QueryResult:
    """A SPARQL 1.1 Query Results JSON document as a :class:`~kg.store.QueryResult`."""
    if "boolean" in data:
        return QueryResult(variables=(), rows=(), boolean=bool(data["boolean"]))
    names = tuple(data.get("head", {}).get("vars", []))
    rows = tuple(
        tuple(_term(binding[name]) if name in binding else None for name in names)
        for binding in data.get("results", {}).get("bindings", [])
    )
    return QueryResult(variables=names, rows=rows)


def sparql_query(
    endpoint: str,
    sparql: str,
    *,
    form: str = "SELECT",
    auth: tuple[str, str] | None = None,
    timeout: float = 60,
) -> QueryResult:
    """Run a query on a SPARQL 1.1 endpoint (HTTP POST, form-encoded).

    Parameters
    ----------
    endpoint
        The query URL, e.g. ``http://localhost:7878/query`` for Oxigraph.
    sparql
        The query (already checked by :func:`kg.store.check_query`).
    form
        ``SELECT``/``ASK`` ask for SPARQL JSON results; ``CONSTRUCT``/``DESCRIBE`` for N-Triples.
    auth
        ``(user, password)`` for HTTP basic auth.
    timeout
        Seconds to wait.

    Returns
    -------
    QueryResult
        As the embedded store would answer.

    Raises
    ------
    QueryError
        When the endpoint cannot be reached or refuses the query.
    """
    graph_form = form in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph_form else "application/sparql-results+json"
    try:
        body = _request(
            endpoint,
            method="POST",
            data=urllib.parse.urlencode({"query": sparql}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            auth=auth,
            timeout=timeout,
        )
    except OSError as error:
        raise QueryError(f"the endpoint {endpoint} failed: {error}; check the URL (it is the "
                         "server's SPARQL query URL, e.g. http://localhost:7878/query)") from None
    try:
        if graph_form:
            triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            rows = tuple((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in triples)
            return QueryResult(variables=("subject", "predicate", "object"), rows=rows)
        return parse_results_json(json.loads(body))
    except (ValueError, SyntaxError) as error:
        raise QueryError(f"the endpoint {endpoint} answered with something that is not "
                         f"{accept} ({error}); check that the URL is a SPARQL endpoint") from None


def put_graph(
    store_url: str,
    graph: str,
    ntriples: bytes,
    *,
    auth: tuple[str, str] | None = None,
    timeout: float = 60,
) -> None:
    """Replace one named graph on a server with Graph Store HTTP Protocol ``PUT``.

    Raises
    ------
    StoreError
        Naming the graph and the server's reason.
    """
    separator = "&" if "?" in store_url else "?"
    url = f"{store_url}{separator}{urllib.parse.urlencode({'graph': graph})}"
    try:
        _request(url, method="PUT", data=ntriples,
                 headers={"Content-Type": "application/n-triples"}, auth=auth, timeout=timeout)
    except OSError as error:
        raise StoreError(f"loading the graph <{graph}> into {store_url} failed: {error}; the graphs "
                         "loaded before it are kept: fix the problem and run kg load again "
                         "(it replaces graphs, never doubles them)") from None
