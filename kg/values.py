"""Money, shares, changes and dates as plain normalised values.

News writes one sum of money a dozen ways ("$19.1 billion", "19.1 bln dlrs", "RMB127.1 billion",
"Stg 12 mln"); facts need ``Amount(19100000000.0, "USD")``. The text parsers here are pure
functions over strings; the span finders add character offsets into a spaCy ``Doc`` so that
fact extractors can pick the value nearest their trigger. All surface vocabulary (currency
symbols and words, scale words, number words, month names, relative date phrases, change
verbs) lives in ``kg/data/currencies.json``, ``numbers.json``, ``values_dates.json`` and
``values_change.json``.

Choices worth knowing:

- A bare "$" is USD; "francs" alone is FRF; "crowns" alone is not read (ambiguous), unless
  the story names the currency once in full ("Danish kroner" then "kroner", :func:`story_named`).
- "majority", "controlling", "minority" and "the remaining" stakes carry no number, so
  :func:`parse_share` gives ``None`` for them and :func:`stake_kind` names the kind instead.
- Relative dates resolve against ``reference`` (the article's date) and give ``None``
  without one; "in January" and "the first quarter" resolve to the reference's year.
- Intervals are ISO 8601 ``start/end`` ("2017-11-01/2017-11-11", a quarter as
  "2004-07/2004-09"); a week is an ISO week ("2017-W47").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable, Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from kg.data import json_data
from kg.model import Amount
from kg.nlp import doc_memo, doc_text, is_past, per_document, span_entities, span_text

#: Digits with thousands commas and decimals, or a wire-style mixed fraction ("12-1/2").
_NUMBER = r"\d+-\d{1,2}/\d{1,2}|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


@functools.lru_cache(maxsize=None)
def _data(name: str) -> Mapping[str, Any]:
    """One JSON vocabulary file from ``kg/data``, read once."""
    return json_data(name)


def is_scale(word: str) -> bool:
    """Whether a word multiplies the number before it ("mln", "billion", "crore"), so that on
    its own it is a count, not a number ("thousands of violations").

    Examples
    --------
    >>> is_scale("bln"), is_scale("Thousands"), is_scale("3.8")
    (True, True, False)
    """
    return word.lower() in _data("numbers.json")["scales"]


def alternation(keys: Iterable[str], case_sensitive: Iterable[str] = ()) -> str:
    """A regex alternation of literal keys, longest first, case-insensitive unless listed.

    Keys that start or end with a letter get word boundaries so that "DM" does not match
    inside "ADMIT" and "won" not inside "wonder".
    """
    strict = set(case_sensitive)
    parts = []
    for key in sorted(set(keys), key=len, reverse=True):
        body = r"\s*".join(re.escape(piece) for piece in key.split())
        if key[:1].isalpha():
            body = r"(?<![A-Za-z])" + body
        if key[-1:].isalpha():
            body = body + r"(?![A-Za-z])"
        parts.append(body if key in strict else f"(?i:{body})")
    return "|".join(parts)


def _openings(keys: Iterable[str]) -> str:
    """A regex matching wherever a key of :func:`alternation` may start: the key's first word
    in any case, with no ASCII letter before it when the key starts with a letter.

    It matches at least everywhere the alternation does, so :func:`_finditer` may try a pattern
    that starts with the alternation only where this matches. The words are written as a trie
    ("s(?:tg|kr)"), so each position costs a few character tests, not one per key.
    """
    letters: dict[str, Any] = {}
    others: dict[str, Any] = {}
    for key in keys:
        node = letters if key[:1].isalpha() else others
        for char in key.split()[0]:
            lower = char.lower()
            node = node.setdefault(lower if len(lower) == 1 else char, {})
        node[""] = {}
    parts = []
    if letters:
        parts.append(rf"(?<![A-Za-z])(?i:{_trie(letters)})")
    if others:
        parts.append(rf"(?i:{_trie(others)})")
    return "|".join(parts)


def _trie(node: Mapping[str, Any]) -> str:
    """The regex of a trie of characters: a word may end where a node has the key ``""``; a
    word that is a prefix of a longer one ends the match early, which is all a start test needs."""
    if "" in node:
        return ""
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _finditer(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` matches.

    ``starts`` must match at every position where ``pattern`` can (the words and characters a
    match may begin with, see :func:`_openings`): the alternations of currency, number and
    month words that open the value patterns are slow to try at every character of a sentence,
    and most characters cannot begin one. ``pattern`` never matches the empty string.
    """
    position = 0
    search, match = starts.search, pattern.match
    while (candidate := search(text, position)) is not None:
        start = candidate.start()
        found = match(text, start)
        if found is None:
            position = start + 1
            continue
        yield found
        position = found.end()


def _lookup(table: Mapping[str, Any], surface: str) -> Any:
    """``table[surface]`` matching case- and spacing-insensitively."""
    wanted = " ".join(surface.split())
    if wanted in table:
        return table[wanted]
    lowered = {" ".join(key.split()).lower(): value for key, value in table.items()}
    return lowered[wanted.lower()]


def _has_key(table: Mapping[str, Any], surface: str) -> bool:
    wanted = " ".join(surface.split()).lower()
    return any(" ".join(key.split()).lower() == wanted for key in table)


@dataclass(frozen=True)
class _MoneyGrammar:
    """The compiled money pattern and the tables its groups are looked up in."""

    pattern: re.Pattern[str]
    #: Finds a digit or a scale word: a text with neither states no sum (a number word counts
    #: only before a scale word), so most sentences skip ``pattern`` altogether.
    possible: re.Pattern[str]
    #: Where a match of ``possible`` may start.
    possible_starts: re.Pattern[str]
    #: Where a match of ``pattern`` may start: a digit, a full stop, a currency or a number word.
    starts: re.Pattern[str]
    prefixes: Mapping[str, str]
    suffixes: Mapping[str, str]
    subunits: Mapping[str, tuple[str, float]]
    scales: Mapping[str, float]
    words: Mapping[str, float]


@functools.lru_cache(maxsize=None)
def _money_grammar() -> _MoneyGrammar:
    currencies = _data("currencies.json")
    numbers = _data("numbers.json")
    strict = currencies["case_sensitive"]
    prefix = alternation(currencies["prefixes"], strict)
    suffix = alternation([*currencies["suffixes"], *currencies["subunits"], *currencies["story_named"]], strict)
    glued = alternation(currencies["glued_subunits"], strict)
    scale = alternation(numbers["scales"])
    words = alternation(numbers["words"])
    pattern = re.compile(
        rf"(?:(?P<pre>{prefix})\s?)?"
        rf"(?:(?P<num>{_NUMBER})|(?P<word>{words}))"
        rf"(?:(?<!\b19\d\d)(?<!\b20\d\d)\s?(?:-|\u2013|to)\s?(?:{_NUMBER}))?"
        rf"(?:\s?-?\s?(?P<scale>{scale}))?"
        rf"(?:\s+(?P<post>{suffix})|(?P<glued>{glued}))?"
    )
    return _MoneyGrammar(
        pattern=pattern,
        possible=re.compile(rf"\d|{scale}"),
        possible_starts=re.compile(rf"\d|{_openings(numbers['scales'])}"),
        starts=re.compile(rf"[\d.]|{_openings(currencies['prefixes'])}|{_openings(numbers['words'])}"),
        prefixes=currencies["prefixes"],
        suffixes=currencies["suffixes"],
        subunits={**currencies["subunits"], **currencies["glued_subunits"]},
        scales=numbers["scales"],
        words=numbers["words"],
    )


def _number(text: str) -> Decimal:
    """Digits as a Decimal: "1,200.5", ".125", and wire-style mixed fractions "12-1/2"."""
    whole, _, fraction = text.replace(",", "").partition("-")
    if not fraction:
        return Decimal(whole)
    numerator, denominator = fraction.split("/")
    return Decimal(whole) + Decimal(numerator) / Decimal(denominator)


def _scaled(number: str, scale: float | None) -> float:
    """``number`` times ``scale``, without binary rounding noise."""
    value = _number(number)
    if scale is not None:
        value *= Decimal(repr(scale))
    return float(value)


def find_money(text: str, named: Mapping[str, str] | None = None) -> list[tuple[int, int, Amount]]:
    """Every sum of money in ``text`` with its character offsets.

    Parameters
    ----------
    text : str
        Any text: a sentence, a MONEY entity, a whole article.
    named : mapping, optional
        The currency a bare shared word ("kroner", "francs") stands for in this story
        (:func:`story_named`); without it such a word reads as ``suffixes`` has it, or not at all.

    Returns
    -------
    list of (start, end, Amount)
        In text order. A number counts as money only with a currency before or after it;
        number words ("one", "a") count only before a scale word ("a billion dollars").
    """
    grammar = _money_grammar()
    found: list[tuple[int, int, Amount]] = []
    if next(_finditer(grammar.possible, grammar.possible_starts, text), None) is None:
        return found
    for match in _finditer(grammar.pattern, grammar.starts, text):
        pre, scale = match.group("pre"), match.group("scale")
        post = match.group("post") or match.group("glued")
        if pre is None and post is None:
            continue
        if match.group("word") is not None and scale is None:
            continue
        if post and _weighs(post, text, match.end()):
            continue
        start = match.start("num") if match.group("num") is not None else match.start("word")
        if pre is None and start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue
        factor = _lookup(grammar.scales, scale) if scale else None
        if match.group("num") is not None:
            try:
                value = _scaled(match.group("num"), factor)
            except (InvalidOperation, ZeroDivisionError):
                continue
        else:
            value = float(Decimal(repr(_lookup(grammar.words, match.group("word")))) * Decimal(repr(factor)))
        if pre:
            currency = _lookup(grammar.prefixes, pre)
        elif _has_key(grammar.subunits, post):
            currency, hundredth = _lookup(grammar.subunits, post)
            value = float(Decimal(repr(value)) * Decimal(repr(hundredth)))
        elif named and post.lower() in named:
            currency = named[post.lower()]
        elif _has_key(grammar.suffixes, post):
            currency = _lookup(grammar.suffixes, post)
        else:
            continue
        found.append((match.start(), match.end(), Amount(value, currency)))
    return found


def _weighs(post: str, text: str, end: int) -> bool:
    """Whether a sum's currency word is a weight: "pounds" before "of" ("265 mln pounds of
    copper"), where a sum of money writes "£265m of" or "265 mln stg of"."""
    return post.lower() in _data("currencies.json")["weights"] and re.match(r"\s+of\b", text[end:]) is not None


def parse_amounts(text: str, named: Mapping[str, str] | None = None) -> list[Amount]:
    """Every sum of money in ``text``, in order: "£146m ($281m)" gives both.

    Parameters
    ----------
    text : str
        The text to read.
    named : mapping, optional
        As for :func:`find_money`.

    Returns
    -------
    list of Amount
        Values in units of the currency (ISO 4217 code).
    """
    return [amount for _, _, amount in find_money(text, named)]


def parse_money(text: str, named: Mapping[str, str] | None = None) -> Amount | None:
    """The first sum of money in ``text``.

    Parameters
    ----------
    text : str
        E.g. "$19.1 billion", "19.1 bln dlrs", "RMB127.1 billion", "Stg 12 mln",
        "1.2 mln Canadian dlrs", "Rs 500 crore", "£146m ($281m)" (gives the pounds).
    named : mapping, optional
        As for :func:`find_money`.

    Returns
    -------
    Amount or None
        ``None`` when no number with a currency is found.
    """
    amounts = parse_amounts(text, named)
    return amounts[0] if amounts else None


@dataclass(frozen=True)
class _ShareGrammar:
    """The compiled share patterns, where their matches may start, and their tables."""

    percent: re.Pattern[str]
    percent_starts: re.Pattern[str]
    fraction: re.Pattern[str]
    fraction_starts: re.Pattern[str]
    whole: re.Pattern[str]
    kind: re.Pattern[str]
    words: Mapping[str, float]
    numerators: Mapping[str, int]
    denominators: Mapping[str, int]
    kinds: Mapping[str, str]
    blockers: frozenset[str]
    share_nouns: re.Pattern[str]


@functools.lru_cache(maxsize=None)
def _share_grammar() -> _ShareGrammar:
    numbers = _data("numbers.json")
    words = {key: value for key, value in numbers["words"].items() if key not in ("a", "an")}
    signs = alternation(numbers["percent_signs"])
    numerators = alternation(numbers["numerators"])
    denominators = alternation(numbers["denominators"])
    halves = [key for key, value in numbers["denominators"].items() if value == 2]
    half = alternation(halves)
    return _ShareGrammar(
        percent=re.compile(
            rf"(?<![\w.])(?:(?P<num>{_NUMBER})|(?P<word>{alternation(words)}))\s?(?:{signs})"
        ),
        percent_starts=re.compile(rf"(?<![\w.])(?:[\d.]|{_openings(words)})"),
        fraction=re.compile(
            rf"(?:(?P<top>{numerators})[\s-]+(?P<bottom>{denominators}))|(?P<half>{half})"
        ),
        fraction_starts=re.compile(
            f"{_openings(numbers['numerators'])}|{_openings(halves)}"
        ),
        whole=re.compile(alternation(numbers["whole_words"])),
        kind=re.compile(alternation(numbers["stake_kinds"])),
        words=words,
        numerators=numbers["numerators"],
        denominators=numbers["denominators"],
        kinds=numbers["stake_kinds"],
        blockers=frozenset(numbers["fraction_blockers"]),
        share_nouns=re.compile(rf"\s+(?:{alternation(numbers['share_nouns'])})"),
    )


def _previous_word(text: str, position: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[:position])
    return words[-1].lower() if words else ""


def _fraction_matches(text: str) -> Iterable[tuple[int, int, float]]:
    """Fractions in words ("a fifth", "two-thirds", "half"), except ordinal uses ("first half")."""
    grammar = _share_grammar()
    for match in _finditer(grammar.fraction, grammar.fraction_starts, text):
        if _previous_word(text, match.start()) in grammar.blockers:
            continue
        if match.group("half") is not None:
            yield match.start(), match.end(), 0.5
            continue
        top = _lookup(grammar.numerators, match.group("top"))
        bottom = _lookup(grammar.denominators, match.group("bottom"))
        if top < bottom:
            yield match.start(), match.end(), top / bottom


def _percent_matches(text: str) -> Iterable[tuple[int, int, float]]:
    grammar = _share_grammar()
    for match in _finditer(grammar.percent, grammar.percent_starts, text):
        if match.group("num") is not None:
            try:
                value = float(_number(match.group("num")) / 100)
            except (InvalidOperation, ZeroDivisionError):
                continue
        else:
            value = float(Decimal(repr(_lookup(grammar.words, match.group("word")))) / 100)
        yield match.start(), match.end(), value


def find_shares(text: str) -> list[tuple[int, int, float]]:
    """Percentages anywhere, and word fractions followed by "of"/"stake"/"interest"/...

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of (start, end, fraction)
        In text order. "a fifth of", "a third stake" count; "a third party", "the first half"
        do not. Percentages count wherever they stand (a change "rose 20 pct" too: the
        caller decides what a percentage means).
    """
    grammar = _share_grammar()
    found = list(_percent_matches(text))
    for start, end, value in _fraction_matches(text):
        if grammar.share_nouns.match(text, end) and not _overlaps(start, end, found):
            found.append((start, end, value))
    return sorted(found)


def parse_share(text: str) -> float | None:
    """A share as a fraction of the whole.

    Parameters
    ----------
    text : str
        E.g. "15%", "15 per cent", "20 pct", "a fifth", "one-third", "half", "all",
        "the remaining 49%".

    Returns
    -------
    float or None
        A percentage first, else a word fraction, else 1.0 for words meaning the whole
        ("all", "entire", "wholly"). ``None`` for "majority", "controlling" or "minority"
        stakes, whose size the text does not give (see :func:`stake_kind`).
    """
    value = _share_number(text)
    if value is not None:
        return value
    return 1.0 if _share_grammar().whole.search(text) else None


def _share_number(text: str) -> float | None:
    """The first percentage in ``text``, else its first word fraction."""
    for matches in (_percent_matches(text), _fraction_matches(text)):
        for _, _, value in matches:
            return value
    return None


def stake_kind(text: str) -> str | None:
    """The kind of stake a phrase names when it gives no number.

    Parameters
    ----------
    text : str
        E.g. "a majority stake", "controlling interest", "minority holding", "the remaining
        49%", "the rest of the shares".

    Returns
    -------
    str or None
        ``"majority"``, ``"controlling"``, ``"minority"`` or ``"remaining"``.
    """
    grammar = _share_grammar()
    match = grammar.kind.search(text)
    return _lookup(grammar.kinds, match.group(0)) if match else None


@dataclass(frozen=True)
class _ChangeGrammar:
    direction: re.Pattern[str]
    up: frozenset[str]
    multiples: re.Pattern[str]
    multiple_values: Mapping[str, float]


@functools.lru_cache(maxsize=None)
def _change_grammar() -> _ChangeGrammar:
    data = _data("values_change.json")
    words = [word for word in data["up"] + data["down"] if word[:1].isalpha()]
    signs = [re.escape(sign) for sign in data["up"] + data["down"] if not sign[:1].isalpha()]
    direction = rf"{alternation(words)}|(?:{'|'.join(signs)})(?=\d)"
    return _ChangeGrammar(
        direction=re.compile(direction),
        up=frozenset(word.lower() for word in data["up"]),
        multiples=re.compile(alternation(data["multiples"])),
        multiple_values=data["multiples"],
    )


def parse_change(text: str) -> float | None:
    """A relative change as a signed fraction.

    Parameters
    ----------
    text : str
        E.g. "up 50%", "rose 20 pct", "fell by a third", "an increase of well over 50%",
        "doubled".

    Returns
    -------
    float or None
        Negative for falls. ``None`` when the text gives no direction or no size.
    """
    grammar = _change_grammar()
    multiple = grammar.multiples.search(text)
    if multiple:
        return _lookup(grammar.multiple_values, multiple.group(0))
    direction = grammar.direction.search(text)
    if direction is None:
        return None
    size = _share_number(text[direction.end():])
    if size is None:
        return None
    return size if direction.group(0).lower() in grammar.up else -size


@dataclass(frozen=True)
class _Reference:
    """The date relative expressions resolve against, as precise as it was given."""

    year: int
    month: int | None
    day: int | None

    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _reference(reference: str | None) -> _Reference | None:
    """Read "2017", "2017-11", "2017-11-20" or "2017-11-20T15:18:06"; ``None`` if unreadable."""
    if not reference:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", reference)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return _Reference(year, month, day if month else None)


@dataclass(frozen=True)
class _DateGrammar:
    """The compiled date patterns and their tables; ``month_starts`` and ``period_starts``
    match where a match of the patterns that open with a month name, and of ``period``, may
    start."""

    iso_day: re.Pattern[str]
    iso_month: re.Pattern[str]
    day_range: re.Pattern[str]
    day_range_first: re.Pattern[str]
    day_pair: re.Pattern[str]
    day_pair_between: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    period: re.Pattern[str]
    month_year: re.Pattern[str]
    year: re.Pattern[str]
    month_alone: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    duration: re.Pattern[str]
    month_starts: re.Pattern[str]
    period_starts: re.Pattern[str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinals: Mapping[str, int]
    units: Mapping[str, int]
    offsets: Mapping[str, tuple[str, int]]
    stretch_ends: frozenset[str]


_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"


@functools.lru_cache(maxsize=None)
def _date_grammar() -> _DateGrammar:
    data = _data("values_dates.json")
    month = rf"(?:{alternation(data['months'])})\.?"
    full_names: dict[int, str] = {}
    for name, number in data["months"].items():
        if len(name) > len(full_names.get(number, "")):
            full_names[number] = name
    abbreviations = [name for name in data["months"] if name not in full_names.values()]
    capital_month = "|".join(
        [rf"(?<![A-Za-z]){name.capitalize()}(?![A-Za-z])" for name in full_names.values()]
        + [rf"(?<![A-Za-z]){name.capitalize()}\." for name in abbreviations]
    )
    ordinal = alternation(data["ordinals"])
    unit = alternation(data["year_relative_units"])
    dash = r"\s?(?:-|\u2013|to|through|until)\s?"
    pair = (
        rf"(?P<month>{month})\s?(?P<first>{_DAY})\sand\s(?:(?P<month2>{month})\s?)?(?P<last>{_DAY})(?![\d:])"
        rf"(?!\s?(?:%|{alternation(data['pair_blocking_units'])})\b)(?:,?\s(?P<year>{_YEAR}))?"
    )
    offsets: dict[str, tuple[str, int]] = {}
    for table in ("year_offsets", "month_offsets", "week_offsets", "day_offsets"):
        for phrase, offset in data[table].items():
            offsets[phrase.lower()] = (table, offset)
    return _DateGrammar(
        iso_day=re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
        iso_month=re.compile(r"(?<!\d)(\d{4})-(\d{2})(?![\d-])"),
        day_range=re.compile(
            rf"(?P<month>{month})\s?(?P<first>{_DAY}){dash}(?:(?P<month2>{month})\s?)?"
            rf"(?P<last>{_DAY})(?![\d:])(?:,?\s(?P<year>{_YEAR}))?"
        ),
        day_range_first=re.compile(
            rf"(?<!\d)(?P<first>{_DAY}){dash}(?P<last>{_DAY})\s(?P<month>{month})"
            rf"(?:,?\s(?P<year>{_YEAR}))?"
        ),
        day_pair=re.compile(pair),
        day_pair_between=re.compile(rf"(?:(?<=[Bb]etween\s)|(?<=\b[Oo]n\s)){pair}"),
        month_day=re.compile(
            rf"(?P<month>{month})\s?(?P<day>{_DAY})(?![\d:])(?:,?\s(?P<year>{_YEAR}))?"
        ),
        day_month=re.compile(
            rf"(?<!\d)(?P<day>{_DAY})\s(?:of\s)?(?P<month>{month})(?:,?\s(?P<year>{_YEAR}))?"
        ),
        period=re.compile(
            rf"(?:(?P<ordinal>{ordinal})[\s-]+(?i:fiscal[\s-]+)?(?P<unit>{unit})|(?i:(?P<letter>[qh])(?P<number>[1-4]))"
            rf"|(?P<number2>[1-4])(?i:(?P<letter2>[qh])))(?![A-Za-z])"
            rf"(?:\s?(?:of\s)?(?i:fiscal\s)?(?P<year>{_YEAR})|\s?(?P<short>'\d\d))?"
        ),
        month_year=re.compile(rf"(?P<month>{month}),?\s(?:of\s)?(?P<year>{_YEAR})(?!\d)"),
        year=re.compile(rf"(?<![\d,.$])(?P<year>{_YEAR})(?![\d,]|s\b|'s)"),
        month_alone=re.compile(rf"(?P<month>{capital_month})"),
        weekday=re.compile(alternation(data["weekdays"])),
        relative=re.compile(alternation(offsets)),
        duration=re.compile(alternation(data["durations"])),
        month_starts=re.compile(_openings(data["months"])),
        period_starts=re.compile(rf"{_openings(data['ordinals'])}|(?i:[qh])|[1-4]"),
        months=data["months"],
        weekdays=data["weekdays"],
        ordinals=data["ordinals"],
        units=data["year_relative_units"],
        offsets=offsets,
        stretch_ends=frozenset(data["stretch_ends"]),
    )


def _month(grammar: _DateGrammar, surface: str) -> int:
    return _lookup(grammar.months, surface.rstrip("."))


def _day(surface: str) -> int:
    return int(re.match(r"\d+", surface).group(0))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_of(grammar: _DateGrammar, match: re.Match[str], text: str, ref: _Reference | None) -> int | None:
    """The year a match names, else the one a relative phrase in ``text`` gives, else the reference's."""
    if match.groupdict().get("year"):
        return int(match.group("year"))
    relative = grammar.relative.search(text)
    if relative and ref is not None:
        table, offset = grammar.offsets[relative.group(0).lower()]
        if table == "year_offsets":
            return ref.year + offset
    return ref.year if ref is not None else None


def _absolute(grammar: _DateGrammar, text: str, ref: _Reference | None) -> str | None:
    """Dates that name their month or year: ISO forms, day ranges, days, quarters, months, years."""
    if match := grammar.iso_day.search(text):
        return _iso(*(int(part) for part in match.groups()))
    if match := grammar.iso_month.search(text):
        if 1 <= int(match.group(2)) <= 12:
            return match.group(0)
    for pattern in (grammar.day_range, grammar.day_pair, grammar.day_range_first):
        if match := pattern.search(text):
            year = _year_of(grammar, match, text, ref)
            if year is None:
                return None
            first_month = _month(grammar, match.group("month"))
            last_month = _month(grammar, match.groupdict().get("month2") or match.group("month"))
            first = _iso(year, first_month, _day(match.group("first")))
            last = _iso(year, last_month, _day(match.group("last")))
            return f"{first}/{last}" if first and last and first <= last else None
    for pattern in (grammar.month_day, grammar.day_month):
        if match := pattern.search(text):
            year = _year_of(grammar, match, text, ref)
            return None if year is None else _iso(year, _month(grammar, match.group("month")), _day(match.group("day")))
    if match := grammar.period.search(text):
        return _period(grammar, match, text, ref)
    if match := grammar.month_year.search(text):
        return f"{int(match.group('year')):04d}-{_month(grammar, match.group('month')):02d}"
    if match := grammar.year.search(text):
        return match.group("year")
    return None


def _period(grammar: _DateGrammar, match: re.Match[str], text: str, ref: _Reference | None) -> str | None:
    """A quarter or half year as an interval of months: "Q3 2004" -> "2004-07/2004-09"."""
    if match.group("ordinal"):
        index = _lookup(grammar.ordinals, match.group("ordinal"))
        months = _lookup(grammar.units, match.group("unit"))
    else:
        letter = (match.group("letter") or match.group("letter2")).lower()
        index = int(match.group("number") or match.group("number2"))
        months = grammar.units["quarter" if letter == "q" else "half"]
    if index * months > 12:
        return None
    if match.group("short"):
        year: int | None = 2000 + int(match.group("short")[1:])
        if year > (ref.year if ref else dt.date.today().year) + 1:
            year -= 100
    else:
        year = _year_of(grammar, match, text, ref)
    if year is None:
        return None
    first = (index - 1) * months + 1
    return f"{year:04d}-{first:02d}/{year:04d}-{first + months - 1:02d}"


def _relative(grammar: _DateGrammar, text: str, ref: _Reference) -> str | None:
    """Dates that need the reference: "last year", "this week", "yesterday", "in January", "Friday".

    Durations ("over the last year") name no date and give ``None``.
    """
    if grammar.duration.search(text):
        return None
    if match := grammar.relative.search(text):
        table, offset = grammar.offsets[match.group(0).lower()]
        if table == "year_offsets":
            return f"{ref.year + offset:04d}"
        if table == "month_offsets" and ref.month is not None:
            index = ref.year * 12 + ref.month - 1 + offset
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        day = ref.date()
        if day is None:
            return None
        if table == "week_offsets":
            year, week, _ = (day + dt.timedelta(weeks=offset)).isocalendar()
            return f"{year:04d}-W{week:02d}"
        return (day + dt.timedelta(days=offset)).isoformat()
    if match := grammar.month_alone.search(text):
        return f"{ref.year:04d}-{_month(grammar, match.group('month')):02d}"
    if match := grammar.weekday.search(text):
        day = ref.date()
        if day is None:
            return None
        back = (day.weekday() - _lookup(grammar.weekdays, match.group(0))) % 7
        return (day - dt.timedelta(days=back)).isoformat()
    return None


def parse_date(text: str, reference: str | None = None) -> str | None:
    """A date or period as ISO 8601, as precise as the text allows.

    Parameters
    ----------
    text : str
        A date expression, e.g. "2016", "March 2005", "Nov. 1-11", "Q3 2004", "the first
        quarter", "last year", "in January", "1987-03-02".
    reference : str, optional
        The date the text was written (the article's date, ISO 8601, at least a year).
        Relative expressions resolve against it; an unreadable reference counts as none.

    Returns
    -------
    str or None
        "2016", "2005-03", "1987-03-02", an interval "2017-11-01/2017-11-11" or
        "2004-07/2004-09", or an ISO week "2017-W47". ``None`` when the text names no date
        or only a relative one and there is no reference. Month names alone count only when
        capitalised ("May", not the verb "may"); "in January" and "the first quarter" take
        the reference's year.
    """
    text = " ".join(text.split())
    grammar = _date_grammar()
    ref = _reference(reference)
    absolute = _absolute(grammar, text, ref)
    if absolute is not None:
        return absolute
    return _relative(grammar, text, ref) if ref is not None else None


def _overlaps(start: int, end: int, taken: Iterable[tuple[int, int, Any]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _ in taken)


def _with_entities(
    span: Span, own: list[tuple[int, int, Any]], labels: tuple[str, ...], parse: Any
) -> list[tuple[int, int, Any]]:
    """Own matches (shifted to Doc offsets) plus the spaCy entities they do not overlap that parse."""
    found = [(span.start_char + start, span.start_char + end, value) for start, end, value in own]
    for entity in span_entities(span):
        if entity.label_ in labels and not _overlaps(entity.start_char, entity.end_char, found):
            value = parse(_text(entity))
            if value is not None:
                found.append((entity.start_char, entity.end_char, value))
    return sorted(found, key=lambda item: (item[0], item[1]))


def _remembered(kind: str, span: Span, reference: str | None, find: Callable[[], list[tuple[int, int, Any]]]) -> list[tuple[int, int, Any]]:
    """What a span finder gives for a span, worked out once per document: several extractors
    ask for the values of one sentence. A fresh list each call, so callers may change theirs."""
    found = doc_memo(span.doc).setdefault("values.spans", {})
    key = (kind, span.start, span.end, reference)
    if key not in found:
        found[key] = find()
    return list(found[key])


def _text(span: Span) -> str:
    """``span.text``, cut from the document's text (spaCy joins the span's tokens)."""
    return span_text(span.doc, span.start, span.end)


def money_spans(span: Span, dollar: str = "USD") -> list[tuple[int, int, Amount]]:
    """Every sum of money in a span (usually a sentence).

    Parameters
    ----------
    span : spacy.tokens.Span
        A sentence or any span of a parsed Doc.
    dollar : str
        The currency a bare "dlrs" or "dollars" stands for: USD, or the local dollar of the
        country a wire story was filed in (:func:`local_dollar`). "U.S. dlrs" and "$" stay USD.

    Returns
    -------
    list of (start, end, Amount)
        Character offsets in the Doc's text, in order. The currency patterns of
        :func:`find_money` run over the text (they catch "19.1 bln dlrs", which the small
        model tags as CARDINAL); spaCy MONEY entities they miss are added when they parse.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("It paid 40 mln dlrs and 2 mln U.S. dlrs.")
    >>> [amount.currency for _, _, amount in money_spans(doc[:], dollar="CAD")]
    ['CAD', 'USD']
    """
    named = story_named(span.doc)
    found = _remembered(
        "money", span, None,
        lambda: _with_entities(span, find_money(_text(span), named), ("MONEY",), functools.partial(parse_money, named=named)),
    )
    if dollar == "USD":
        return found
    text = doc_text(span.doc)
    return [(start, end, _localised(amount, text[start:end], dollar)) for start, end, amount in found]


def story_named(doc: Doc) -> Mapping[str, str]:
    """The currency each bare shared word ("kroner", "francs", "pounds") stands for in a story
    that names its family's currency once in full: "3.4bn Danish kroner" then "36bn kroner" are
    both DKK. A family the story names with two currencies, or none, is left out.

    Examples
    --------
    >>> import spacy
    >>> story_named(spacy.blank("en")("Sales hit 3bn Danish kroner, up from 2bn kroner."))["kroner"]
    'DKK'
    """
    return per_document(doc, "values.named", _story_named, doc_text(doc))


@functools.lru_cache(maxsize=None)
def _full_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the currency forms that name a shared word's country ("Danish kroner",
    "Swiss francs", "SFr", "Skr") and the family each one names: every prefix or suffix whose
    currency a family word has after some country, except the bare family words themselves."""
    currencies = _data("currencies.json")
    families = currencies["story_named"]
    family_of = {currency: families[key.lower().split()[-1]] for key, currency in currencies["suffixes"].items() if key.lower().split()[-1] in families}
    forms = {**currencies["prefixes"], **currencies["suffixes"]}
    full = {key: family_of[currency] for key, currency in forms.items() if currency in family_of and key.lower() not in families}
    return re.compile(alternation(full, currencies["case_sensitive"])), full


def _story_named(text: str) -> dict[str, str]:
    """:func:`story_named` of a story's text; a story with no bare shared word needs none."""
    currencies = _data("currencies.json")
    lowered = text.lower()
    if not any(word in lowered for word in currencies["story_named"]):
        return {}
    forms = {**currencies["prefixes"], **currencies["suffixes"]}
    pattern, full = _full_names()
    named: dict[str, set[str]] = {}
    for match in pattern.finditer(text):
        named.setdefault(_lookup(full, match.group()), set()).add(_lookup(forms, match.group()))
    return {word: next(iter(named[family])) for word, family in currencies["story_named"].items() if len(named.get(family, ())) == 1}


#: Parts of speech of a word after a bare number that says what it counts ("mln shares").
_UNIT_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
#: A number with a scale word and no currency ("12.26 mln"); the scale must be a word, not a
#: glued letter ("12m").
_BARE_SCALED = r"(?<![\w.,$\u00a3\u20ac])\d[\d,]*(?:\.\d+)?\s(?:{scales})(?![\w-])"


@functools.lru_cache(maxsize=None)
def _bare_scaled() -> re.Pattern[str]:
    """``_BARE_SCALED`` with the scale words of numbers.json ("mln", "billion", "crore")."""
    return re.compile(_BARE_SCALED.format(scales="|".join(re.escape(s) for s in sorted(_data("numbers.json")["scales"], key=len, reverse=True) if len(s) > 1)))


def bare_money_spans(span: Span, dollar: str = "USD") -> list[tuple[int, int, Amount]]:
    """Sums printed without their currency, in the currency of the last sum the story gave
    before them: wire copy drops a repeated unit ("pretax profits of 8.41 mln after 7.05 mln
    previously", after "96.2 mln stg"). Not a number a word of its own follows ("19.6 mln
    cubic meters", "38 mln shares"), nor one before any sum of the story.

    Parameters
    ----------
    span : spacy.tokens.Span
        A sentence of a parsed Doc.
    dollar : str
        As for :func:`money_spans`.

    Returns
    -------
    list of (start, end, Amount)
        Character offsets in the Doc's text, in order.
    """
    doc = span.doc
    stated = money_spans(doc[:], dollar)
    text = doc_text(doc)
    scales = _data("numbers.json")["scales"]
    found: list[tuple[int, int, Amount]] = []
    offset = span.start_char
    for match in _bare_scaled().finditer(_text(span)):
        start, end = offset + match.start(), offset + match.end()
        if any(s < end and start < e for s, e, _ in stated):
            continue
        after = len(text) - len(text[end:].lstrip())
        word = doc.char_span(after, after + 1, alignment_mode="expand") if after < len(text) else None
        if word is not None and word[0].pos_ in _UNIT_TAGS:
            continue
        before = [amount for s, _, amount in stated if s < start]
        if not before:
            continue
        number, _, scale = match.group().rpartition(" ")
        found.append((start, end, Amount(_scaled(number.strip(), _lookup(scales, scale)), before[-1].currency)))
    return found


def deal_money_spans(span: Span, dollar: str = "USD") -> list[tuple[int, int, Amount]]:
    """The sums of :func:`money_spans` a deal can be worth: not a price per share or unit
    ("13.50 dlrs a share", "$135 per common share", "86.50 dlrs each"), which the deal's value is
    not (the words are ``data/currencies.json``'s ``unit_price_*``), nor a sum too small to be any
    deal's value, a price whose unit is set far off ("at 7.42 dlrs", its ``deal_value_floor``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("It bid 13.50 dlrs a share, or 90 mln dlrs.")
    >>> [amount.value for _, _, amount in deal_money_spans(doc[:])]
    [90000000.0]
    """
    text = doc_text(span.doc)
    floor = _data("currencies.json")["deal_value_floor"]
    return [
        found for found in money_spans(span, dollar)
        if found[2].value >= floor and not _unit_price_after(text, found[1]) and not _unit_price_before(text, found[0])
    ]


def _unit_price_after(text: str, end: int) -> bool:
    """Whether the words after offset ``end`` make the sum before it a price per share or unit
    ("a share", "per common share", "each", "cash for each Monier share")."""
    data = _data("currencies.json")
    words = text[end : end + 40].lower().replace("-", " ").split()
    if words[:2] == ["in", "cash"]:
        words = words[2:]
    elif words[:1] == ["cash"]:
        words = words[1:]
    if not words:
        return False
    if words[0].strip(".,;") in data["unit_price_alone"]:
        return True
    if words[:2] in (["for", "each"], ["for", "every"]):
        return any(word.strip(".,;)").rstrip("s") in data["unit_price_units"] for word in words[2:5])
    if words[0] not in data["unit_price_links"]:
        return False
    rest = words[1:]
    while rest and rest[0] in data["unit_price_qualifiers"]:
        rest = rest[2:] if rest[0] == "class" else rest[1:]
    return bool(rest) and rest[0].strip(".,;)").rstrip("s") in data["unit_price_units"]


def _unit_price_before(text: str, start: int) -> bool:
    """Whether a sum is the other end of a price per share's change ("to 67.50 dlrs a share from
    55 dlrs"): "from" or "to" right after such a price."""
    data = _data("currencies.json")
    words = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    if not words or words[-1] not in ("from", "to"):
        return False
    words = [word for word in words[:-1] if word not in ("up", "down")]
    if words and words[-1] in data["unit_price_alone"]:
        return True
    if len(words) < 2 or words[-1].rstrip("s") not in data["unit_price_units"]:
        return False
    qualified = words[-2] in data["unit_price_qualifiers"] and len(words) >= 3
    return (words[-3] if qualified else words[-2]) in data["unit_price_links"]


def local_dollar(country: str | None) -> str:
    """The currency a bare "dlrs" means in a story filed in ``country``: its own dollar for
    Canada, Australia, New Zealand, Hong Kong, Singapore and Taiwan, else USD.

    Examples
    --------
    >>> local_dollar("Canada"), local_dollar("Japan"), local_dollar(None)
    ('CAD', 'USD', 'USD')
    """
    return _data("currencies.json")["local_dollars"].get(country or "", "USD")


def _localised(amount: Amount, surface: str, dollar: str) -> Amount:
    """``amount`` in ``dollar`` when its surface ends in a bare dollar word ("40 mln dlrs", not
    "40 mln U.S. dlrs" nor "$40 mln")."""
    currencies = _data("currencies.json")
    words = surface.lower().split()
    if amount.currency != "USD" or not words or words[-1] not in currencies["bare_dollars"]:
        return amount
    if len(words) > 1 and f"{words[-2]} {words[-1]}" in {key.lower() for key in currencies["suffixes"]}:
        return amount
    return Amount(amount.value, dollar)


def share_spans(span: Span) -> list[tuple[int, int, float]]:
    """Every percentage and share-like fraction in a span.

    Parameters
    ----------
    span : spacy.tokens.Span
        A sentence or any span of a parsed Doc.

    Returns
    -------
    list of (start, end, fraction)
        Character offsets in the Doc's text, in order: :func:`find_shares` matches plus
        spaCy PERCENT entities they miss that :func:`parse_share` reads.
    """
    return _remembered("shares", span, None, lambda: _with_entities(span, find_shares(_text(span)), ("PERCENT",), parse_share))


def find_dates(text: str, reference: str | None = None) -> list[tuple[int, int, str]]:
    """Dates that name their own month or year (ISO dates, day ranges, "Q3 2004", "March 2005").
    Two days joined by "and" after "between" or "on" are a stretch ("bought the shares between
    April 22 and June 9", "on March 26 and 27"), unless a unit follows ("on March 5 and 10 pct").

    Parameters
    ----------
    text : str
        Any text.
    reference : str, optional
        The article's date, for forms without a year ("Nov. 1-11").

    Returns
    -------
    list of (start, end, iso)
        In text order. Bare years and relative phrases are left to spaCy's DATE entities,
        which see the context ("2,000 staff" is no year).
    """
    grammar = _date_grammar()
    ref = _reference(reference)
    found: list[tuple[int, int, str]] = []
    for pattern, starts in (
        (grammar.iso_day, None),
        (grammar.day_range, grammar.month_starts),
        (grammar.day_pair_between, grammar.month_starts),
        (grammar.day_range_first, None),
        (grammar.month_day, grammar.month_starts),
        (grammar.day_month, None),
        (grammar.period, grammar.period_starts),
        (grammar.month_year, grammar.month_starts),
    ):
        for match in pattern.finditer(text) if starts is None else _finditer(pattern, starts, text):
            if _overlaps(match.start(), match.end(), found):
                continue
            value = _absolute(grammar, match.group(0), ref)
            if value is not None:
                found.append((match.start(), match.end(), value))
    return sorted(found)


def date_spans(span: Span, reference: str | None = None) -> list[tuple[int, int, str]]:
    """Every date in a span, normalised.

    Parameters
    ----------
    span : spacy.tokens.Span
        A sentence or any span of a parsed Doc.
    reference : str, optional
        The article's date (ISO 8601); relative dates ("last year") need it.

    Returns
    -------
    list of (start, end, iso)
        Character offsets in the Doc's text, in order: :func:`find_dates` matches plus the
        spaCy DATE entities they miss that :func:`parse_date` reads. A name that spaCy does
        not tag as a date ("May Department Stores") is not read as one.
    """
    return _remembered("dates", span, reference, lambda: _date_spans(span, reference))


def _date_spans(span: Span, reference: str | None) -> list[tuple[int, int, str]]:
    """:func:`date_spans`, worked out."""
    own = [
        item
        for item in find_dates(_text(span), reference)
        if not _inside_non_date_entity(span, span.start_char + item[0], span.start_char + item[1])
    ]
    found = _with_entities(span, own, ("DATE",), lambda text: parse_date(text, reference))
    ref = _reference(reference)
    if ref is None or ref.month is None:
        return found
    return [(start, end, _told_past(span, start, end, value, ref)) for start, end, value in found]


def _told_past(span: Span, start: int, end: int, value: str, ref: _Reference) -> str:
    """A month or day printed without its year falls in the reference's year, which puts it after
    the story's date when a past-tense verb tells it happened: then it is the year before ("In
    December, Acme acquired Borg Foods", in a March 1987 story, is 1986-12; "will close in
    December" stays 1987-12)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if match is None or int(match.group(1)) != ref.year or re.search(r"\d{4}", doc_text(span.doc)[start:end]):
        return value
    month, day = int(match.group(2)), int(match.group(3) or 0)
    if (month, day if ref.day else 0) <= (ref.month, ref.day or 0):
        return value
    words = span.doc.char_span(start, end, alignment_mode="expand")
    if words is None or not _past_tense(words.root) or _ends_stretch(words.root):
        return value
    return f"{ref.year - 1:04d}{value[4:]}"


def _ends_stretch(token: Token) -> bool:
    """Whether a date is the end of a stretch a verb sets up, which lies ahead of the story
    however the verb is told: "it has extended the offer until June 26"."""
    return token.dep_ == "pobj" and token.head.lower_ in _date_grammar().stretch_ends


def _past_tense(token: Token) -> bool:
    """Whether the verb a phrase hangs on tells the past: "acquired", "had bought", "were
    triggered"; not "will close", "to be sold", "expected"."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return is_past(token)


def _inside_non_date_entity(span: Span, start: int, end: int) -> bool:
    """Whether a pattern match lies inside a name ("May 5 Partners"), where it is no date."""
    return any(
        entity.label_ not in ("DATE", "TIME", "CARDINAL")
        and entity.start_char <= start
        and end <= entity.end_char
        for entity in span_entities(span)
    )
