"""Read articles from files, folders and JSONL corpora into :class:`~kg.model.Document`.

A corpus is read lazily, one document at a time, so memory stays flat however large it is.
A broken file or line never stops the rest: each problem is one WARNING line on the ``kg``
logger naming the file (and line), and :class:`~kg.errors.InputError` is raised only when
nothing at all could be read.

Documents longer than :data:`MAX_CHARS` are split here, at paragraph boundaries, into parts
with ids ``ID#part1``, ``ID#part2``, ...: spaCy refuses texts above a million characters and
needs memory in proportion to the text, while every extractor works within a sentence, so the
facts of a part are those the same paragraphs give in the whole document. Parts concatenate
back to the original text exactly.
"""

from __future__ import annotations

import email.utils
import functools
import hashlib
import json
import logging
import re
from dataclasses import replace
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator, Sequence

from kg.data import json_data, word_list
from kg.errors import InputError
from kg.model import Document

log = logging.getLogger("kg")

#: File types read from folders; a file of another type named on the command line is warned about.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm"})
CORPUS_SUFFIX = ".jsonl"

#: Longest document handed on whole, in characters; longer ones are split into parts.
MAX_CHARS = 100_000

#: Below this many word tokens (and letters) the language check does not judge (headlines, notes).
_MIN_WORDS_FOR_LANGUAGE = 20
_MIN_LETTERS_FOR_LANGUAGE = 100
#: Words of a document looked at by the language check.
_LANGUAGE_SAMPLE_WORDS = 2000
#: A text is not English when less than this share of its letters is Latin ...
_MIN_LATIN_SHARE = 0.5
#: ... or when other languages' function words are at least this share and outnumber English ones.
_MIN_FOREIGN_SHARE = 0.1
#: A text whose characters are more than this share control characters is binary.
_MAX_CONTROL_SHARE = 0.1
#: Control characters (Unicode category Cc) other than the whitespace ones "\t\n\v\f\r".
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SPACE = re.compile(r"\s+")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_UNSAFE_FILENAME = re.compile(r'[^\w.\-]+')
_MD_TITLE = re.compile(r"#[ \t]+(.+?)[ \t#]*$")


_ENGLISH_WORDS = word_list("english_function_words.txt")
_FOREIGN_WORDS = word_list("foreign_function_words.txt")
_HEADLINE_WORDS = word_list("headline_words.txt") | _ENGLISH_WORDS
_SUFFIXES = word_list("corporate_suffixes.txt")
#: Words a class letter of shares follows ('CLASS A COMMON STOCK'), from data/entity_cues.json.
_SHARE_CLASS_WORDS = frozenset(json_data("entity_cues.json")["share_class_words"])
#: Verbs that end the name opening a headline ('ZORVEX OIL SAID'), from data/wire_copy.json.
_HEADLINE_SUBJECT_VERBS = frozenset(json_data("wire_copy.json")["headline_subject_verbs"])
#: Words that join partners' names to a suffix ('KELVARO LITTLE AND CO'), from data/wire_copy.json.
_NAME_JOINERS = frozenset(json_data("wire_copy.json")["headline_name_joiners"])
#: A headline's stock symbol in brackets, kept as it is, or one of its words (with a possessive).
_HEADLINE_PART = re.compile(r"<[^>]*>|([A-Za-z]+)('[A-Za-z]+)?")


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DATE_FORMATS = ("%d-%b-%Y %H:%M:%S.%f", "%d-%b-%Y %H:%M:%S", "%d-%b-%Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y")


def iso_date(value: str) -> str | None:
    """A corpus date as ISO 8601 (``1987-02-26``), or None when it is not a date.

    ISO text is kept as precise as given (``2005``, ``2005-03``, ``2005-03-01``); wire formats
    such as Reuters' ``26-FEB-1987 15:18:06.67`` and RFC 2822 headers become a calendar date.

    Examples
    --------
    >>> iso_date("26-FEB-1987 15:18:06.67"), iso_date("2005-03"), iso_date("soon")
    ('1987-02-26', '2005-03', None)
    """
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        return text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.title(), fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with unpaired surrogates (from JSON ``\\ud800`` escapes) replaced by U+FFFD.

    Such text cannot be encoded as UTF-8, so spaCy and every RDF writer reject it. The
    replacement is one character for one, so character offsets stay valid.

    Examples
    --------
    >>> clean_text("a\\ud800b") == "a\\ufffdb"
    True
    """
    return _SURROGATE.sub("\ufffd", text)


def safe_filename(doc_id: str) -> str:
    """A file name stem for a document id, the same on every platform.

    Letters, digits, ``.``, ``-`` and ``_`` are kept; every other run of characters becomes
    ``_``, and a short hash of the id is appended when anything was replaced, so that ids
    differing only in unsafe characters still get different files.

    Parameters
    ----------
    doc_id : str
        The document id (a file stem or the ``id`` field of a JSONL line).

    Returns
    -------
    str
        A non-empty name with no path separator, safe as ``facts/<name>.json``.
    """
    cleaned = _UNSAFE_FILENAME.sub("_", doc_id).strip(".")
    if cleaned == doc_id and cleaned:
        return cleaned
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned[:100] or 'doc'}-{digest}"


def language_problem(text: str) -> str | None:
    """Why ``text`` does not read as English, or ``None`` when it does or is too short to judge.

    A cheap test on the first words: most letters outside the Latin script (Chinese, Russian,
    ...), or more frequent function words of French, German, Spanish, Italian, Portuguese or
    Dutch than of English. Text with few function words of any language (tables of figures,
    wire headlines) counts as English.
    """
    words = _WORD.findall(text[: _LANGUAGE_SAMPLE_WORDS * 12].lower())[:_LANGUAGE_SAMPLE_WORDS]
    letters = sum(len(word) for word in words)
    if len(words) < _MIN_WORDS_FOR_LANGUAGE and letters < _MIN_LETTERS_FOR_LANGUAGE:
        return None
    latin = sum(char <= "\u024f" for word in words for char in word)
    if latin < _MIN_LATIN_SHARE * letters:
        return f"{100 * (letters - latin) // letters}% of its letters are not Latin script"
    english = sum(word in _ENGLISH_WORDS for word in words) / len(words)
    foreign = sum(word in _FOREIGN_WORDS for word in words) / len(words)
    if foreign >= _MIN_FOREIGN_SHARE and foreign > english:
        return (
            f"{100 * foreign:.0f}% of its words are function words of other languages, "
            f"{100 * english:.0f}% English ones"
        )
    return None


def headline_text(title: str) -> str:
    """The text a story with no body is read from: its headline, on one line, in sentence case.

    Wire flashes carry their whole news in a headline in capitals, where the parser finds no
    names: a word that running text writes in lower case (data/headline_words.txt) is lowered,
    unless a corporate suffix follows it (directly or after such words, or after 'AND' and it,
    back to a reporting verb: 'ZORVEX INVESTMENT CORP', 'KELVARO LITTLE AND CO', not the 'SAYS'
    of 'ACME SAYS GLOBAL GROUP') or it names the headline's subject with the first word before a
    reporting verb ('ZORVEX OIL SAID': :func:`_subject_name_words`); any other word is taken for
    part of a name and capitalised, or kept in capitals when it has at most three letters, is no
    corporate suffix and starts a name (an acronym: 'QX', 'BTL'; not 'SANTA FE'). 'ACME TO
    ACQUIRE BORG CO FOR ABOUT 215 MLN DLRS' is read as 'Acme to acquire Borg Co for about 215
    mln dlrs'. A letter after 'CLASS' or
    'SERIES' names a class of shares and stays a capital. A headline with lower-case letters is
    kept as it is.
    """
    line = _SPACE.sub(" ", title).strip()
    if any(char.islower() for char in line):
        return line
    parts = list(_HEADLINE_PART.finditer(line))
    words = [(part.group(1) or "").lower() for part in parts]
    lowered = [i > 0 and word in _HEADLINE_WORDS for i, word in enumerate(words)]
    for i in _subject_name_words(words):
        lowered[i] = False
    for i in range(1, len(words)):
        if len(words[i]) == 1 and words[i - 1] in _SHARE_CLASS_WORDS:
            lowered[i] = False
    named = False
    for i in reversed(range(len(parts))):
        if words[i] in _SUFFIXES or (words[i] in _NAME_JOINERS and i + 1 < len(words) and words[i + 1] in _SUFFIXES):
            named = True
        elif named and lowered[i] and words[i] not in _ENGLISH_WORDS and words[i] not in _HEADLINE_SUBJECT_VERBS:
            lowered[i] = False
        else:
            named = False
    pieces = []
    last = 0
    for i, (part, word, lower) in enumerate(zip(parts, words, lowered)):
        pieces.append(line[last : part.start()])
        if not word:
            pieces.append(part.group(0))
        else:
            acronym = len(word) <= 3 and word not in _SUFFIXES and (i == 0 or lowered[i - 1])
            pieces.append(word if lower else part.group(1) if acronym else word.capitalize())
            pieces.append((part.group(2) or "").lower())
        last = part.end()
    return "".join(pieces) + line[last:]


def _subject_name_words(words: list[str]) -> list[int]:
    """The words of a headline's opening name before its verb: in 'ZORVEX OIL SAID IT ...' or
    'KELVARO FINANCIAL SAYS ...' the one or two words between the headline's first word and a
    reporting verb (data/wire_copy.json ``headline_subject_verbs``) name the subject with it. None
    when one of them is a function word or a firm's or a person's role noun ('ZORVEX UNIT SAYS',
    'ACME BOARD AGREES'): such a subject is no name."""
    indices = [i for i, word in enumerate(words) if word]
    verb = next((k for k, i in enumerate(indices) if words[i] in _HEADLINE_SUBJECT_VERBS), None)
    if verb is None or not 2 <= verb <= 3:
        return []
    subject = indices[1:verb]
    if any(words[i] in _ENGLISH_WORDS or words[i] in _role_nouns() for i in subject):
        return []
    return subject


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Nouns of a firm's parts and people, singular and plural, that make a headline's subject
    no name ('ZORVEX UNIT SAYS')."""
    cues = json_data("entity_cues.json")
    keys = (
        "business_nouns", "organization_heads", "person_role_nouns", "group_nouns", "unit_description_heads",
        "firm_plural_heads",
    )
    nouns = {noun.lower() for key in keys for noun in cues[key]}
    return frozenset(nouns | {f"{noun}s" for noun in nouns})


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English by :func:`language_problem`; too short to judge counts."""
    return language_problem(text) is None


def decode(data: bytes, where: str) -> str | None:
    """Decode file bytes as UTF-8, falling back to cp1252/Latin-1; ``None`` for binary data.

    Invalid UTF-8 that still holds valid multi-byte sequences is decoded with replacement
    characters; text with lone high bytes and no UTF-8 sequence is Latin-1/cp1252. Either
    case logs one warning naming ``where``.
    """
    if b"\x00" in data[:8192]:
        log.warning("%s: binary file (NUL bytes), skipped", where)
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        valid = len(_UTF8_MULTIBYTE.findall(data))
        invalid = sum(byte >= 0x80 for byte in data) - sum(
            len(match) for match in _UTF8_MULTIBYTE.findall(data)
        )
        if valid and valid >= invalid:
            log.warning(
                "%s: invalid UTF-8 at byte %d, decoded with replacement characters",
                where,
                error.start,
            )
            text = data.decode("utf-8", errors="replace")
        else:
            try:
                text = data.decode("cp1252")
                encoding = "cp1252"
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                encoding = "Latin-1"
            log.warning("%s: not UTF-8, decoded as %s", where, encoding)
    sample = text[:8192]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        log.warning("%s: binary file (control characters), skipped", where)
        return None
    return text


class _HtmlText(HTMLParser):
    """Collect an HTML page's visible text with paragraph breaks, and its ``<title>``."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK = frozenset(
        {
            "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "section", "article", "header", "footer", "aside", "nav", "main", "blockquote",
            "pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "body",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title_parts: list[str] = []
        self._current: list[str] = []
        self._skipping: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skipping.append(tag)
        elif tag in self._BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            if tag in self._skipping:
                while self._skipping.pop() != tag:
                    pass
        elif tag in self._BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self._current.append(data)

    def _break(self) -> None:
        paragraph = _SPACE.sub(" ", "".join(self._current)).strip()
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []

    def result(self) -> tuple[str, str | None]:
        self._break()
        title = _SPACE.sub(" ", "".join(self.title_parts)).strip()
        return "\n\n".join(self.paragraphs), title or None


def html_to_text(html: str) -> tuple[str, str | None]:
    """The visible text of an HTML page and its ``<title>``.

    Scripts, styles and the ``<head>`` are dropped, tags removed, entities unescaped; block
    elements become paragraph breaks (a blank line) and runs of spaces one space.

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    tuple[str, str | None]
        The text, and the title (``None`` when the page has none).
    """
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.result()


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            match = _MD_TITLE.fullmatch(line.strip())
            return match.group(1) if match else None
    return None


def _cut_points(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` after which a part may end, coarsest kind available."""
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_END, _SPACE):
        points = [match.end() for match in pattern.finditer(text, start, end)]
        if points:
            return points
    return []


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Split ``text`` into parts of at most ``max_chars`` characters, at paragraph boundaries.

    A part ends after a blank line where one is in reach; only a paragraph longer than
    ``max_chars`` is cut at a line break, then a sentence end, then a space, then anywhere.
    ``"".join(split_text(text)) == text``.

    Parameters
    ----------
    text : str
        The document text.
    max_chars : int
        The longest part.

    Returns
    -------
    list[str]
        The parts, in order; ``[text]`` when it is short enough.
    """
    parts: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        points = [point for point in _cut_points(text, start, limit) if start < point <= limit]
        cut = points[-1] if points else limit
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


class _Reader:
    """State shared across the inputs of one :func:`read_documents` call."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}
        self.count = 0

    def admit(self, document: Document, where: str) -> Iterator[Document]:
        """Yield ``document`` (split when long) unless it is empty, a duplicate or not English.

        A story with no body but a headline (a wire flash) is read from the headline.
        """
        if not document.text.strip() and document.title and document.title.strip():
            document = replace(document, text=headline_text(document.title))
        if not document.text.strip():
            log.warning("%s: empty document %r, skipped", where, document.id)
            return
        if document.id in self.seen:
            log.warning(
                "%s: duplicate document id %r (first read from %s), skipped",
                where,
                document.id,
                self.seen[document.id],
            )
            return
        self.seen[document.id] = where
        problem = language_problem(document.text)
        if problem is not None:
            log.warning("%s: document %r is not English (%s), skipped", where, document.id, problem)
            return
        parts = split_text(document.text)
        if len(parts) > 1:
            log.warning(
                "%s: document %r has %d characters, split at paragraph breaks into %d parts "
                "%r..%r",
                where,
                document.id,
                len(document.text),
                len(parts),
                f"{document.id}#part1",
                f"{document.id}#part{len(parts)}",
            )
        for number, part in enumerate(parts, start=1):
            self.count += 1
            if len(parts) == 1:
                yield document
            else:
                yield Document(
                    id=f"{document.id}#part{number}",
                    text=part,
                    title=document.title,
                    date=document.date,
                    source=document.source,
                    dateline=document.dateline,
                )

    def text_file(self, path: Path) -> Iterator[Document]:
        where = str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            log.warning("%s: cannot be read (%s), skipped", where, error.strerror or error)
            return
        if not data.strip():
            log.warning("%s: empty file, skipped", where)
            return
        text = decode(data, where)
        if text is None:
            return
        title: str | None = None
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            text, title = html_to_text(text)
        elif suffix == ".md":
            title = _markdown_title(text)
        yield from self.admit(Document(id=path.stem, text=text, title=title, source=where), where)

    def corpus(self, path: Path) -> Iterator[Document]:
        try:
            handle = path.open("rb")
        except OSError as error:
            log.warning("%s: cannot be read (%s), skipped", path, error.strerror or error)
            return
        with handle:
            empty = True
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                empty = False
                where = f"{path}:{number}"
                line = decode(raw, where)
                if line is None:
                    continue
                document = self._corpus_line(line, path, where)
                if document is not None:
                    yield from self.admit(document, where)
            if empty:
                log.warning("%s: empty file, skipped", path)

    @staticmethod
    def _corpus_line(line: str, path: Path, where: str) -> Document | None:
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as error:
            log.warning("%s: malformed JSON (%s), line skipped", where, error.msg)
            return None
        if not isinstance(record, dict):
            log.warning("%s: not a JSON object, line skipped", where)
            return None
        doc_id = record.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            log.warning("%s: no string \"id\" field, line skipped", where)
            return None
        text = record.get("text")
        if not isinstance(text, str):
            problem = "no \"text\" field" if text is None else "\"text\" is not a string"
            log.warning("%s: %s in document %r, line skipped", where, problem, doc_id)
            return None
        cleaned = clean_text(text)
        if cleaned != text:
            log.warning("%s: document %r has unpaired surrogate escapes, replaced with U+FFFD", where, doc_id)
            text = cleaned
        fields: dict[str, str | None] = {}
        for name in ("title", "date", "source", "dateline"):
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                log.warning("%s: \"%s\" of document %r is not a string, ignored", where, name, doc_id)
                value = None
            fields[name] = value
        date = fields["date"]
        if date is not None:
            date = iso_date(date)
            if date is None:
                log.warning("%s: date %r of document %r is not a date kg can read, ignored", where, fields["date"], doc_id)
        return Document(
            id=doc_id,
            text=text,
            title=fields["title"],
            date=date,
            source=fields["source"] or str(path),
            dateline=fields["dateline"],
        )

    def path(self, path: Path, named: bool) -> Iterator[Document]:
        suffix = path.suffix.lower()
        if suffix == CORPUS_SUFFIX:
            yield from self.corpus(path)
        elif suffix in TEXT_SUFFIXES:
            yield from self.text_file(path)
        elif named:
            log.warning(
                "%s: unsupported file type %r, skipped (kg reads .txt, .md, .html, .htm, .jsonl)",
                path,
                suffix or "(none)",
            )


def _folder_files(folder: Path) -> list[Path]:
    """Readable files under ``folder``, recursively, in a stable order; hidden ones left out."""
    files = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.suffix.lower() in TEXT_SUFFIXES | {CORPUS_SUFFIX}
    ]
    return sorted(files, key=lambda path: path.relative_to(folder).as_posix())


def count_documents(inputs: Sequence[str | Path]) -> int:
    """About how many documents :func:`read_documents` will yield, cheaply, for a progress ETA.

    Counts text files and the non-blank lines of JSONL corpora without decoding them, so
    skipped lines and long documents split into parts make it an estimate; missing paths
    count nothing.
    """
    total = 0
    for given in inputs:
        path = Path(given)
        files = _folder_files(path) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            if file.suffix.lower() != CORPUS_SUFFIX:
                total += 1
                continue
            try:
                with file.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                continue
    return total


def read_documents(inputs: Sequence[str | Path]) -> Iterator[Document]:
    """Read every document of the given files, folders and JSONL corpora, lazily.

    ``.txt``, ``.md`` and ``.html``/``.htm`` files give one document each, its id the file's
    stem; a folder gives its files of those types and ``.jsonl`` corpora, recursively, sorted
    by path; each line of a ``.jsonl`` corpus is one document (``id``, ``text``, optional
    ``title``, ``date``, ``source``, ``dateline``). Titles come from a Markdown file's leading ``# ``
    heading or an HTML page's ``<title>``; a plain text file has none. Problems with single
    files or lines are logged as warnings and skipped.

    Parameters
    ----------
    inputs : Sequence[str | Path]
        Files and folders, in the order to read them.

    Yields
    ------
    Document
        Each document, in input order; long ones as parts ``ID#part1``, ``ID#part2``, ...

    Raises
    ------
    InputError
        When no document at all could be read (raised once the inputs are exhausted).
    """
    reader = _Reader()
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for file in _folder_files(path):
                yield from reader.path(file, named=False)
        elif path.exists():
            yield from reader.path(path, named=True)
        else:
            log.warning("%s: no such file or folder, skipped", path)
    if reader.count == 0:
        names = ", ".join(str(given) for given in inputs) or "(no inputs given)"
        raise InputError(
            f"no document could be read from {names}: check that the paths exist and hold "
            ".txt, .md, .html or .jsonl files of English text (JSONL lines need \"id\" and "
            "\"text\"); the warnings above say what was wrong with each"
        )
