"""Score predicted kg-facts/1 files against gold ones, exactly as ``FORMAT.md`` defines it.

Names match after :func:`normalize_name`. A predicted entity matches a gold entity when one
of its names (name or alias) matches one of the gold entity's and its type is one of the gold
types. A predicted fact matches a gold fact of the same type when every role the gold fact
gives is filled by predicted entities matching the gold ones (list roles compared as sets of
matched gold entities); ``FinancialMetric`` facts must also agree on the amount within 2%.

One to one: each gold entity and each gold fact is credited to at most one prediction, and
each prediction to at most one gold item. The pairs are a maximum matching found by
augmenting paths (deterministic: predictions are tried in file order, and a fact's gold
candidates in order of how many attributes agree, then file order), so an ambiguous
prediction never blocks a better pairing. A prediction left unpaired is a false positive,
including a second prediction of a gold item already credited (a split entity, a repeated
fact), except that a fact matching an ``acceptable`` gold fact and an entity matching only
``optional`` gold entities count neither way.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from kg import kgfacts
from kg.data import word_list
from kg.errors import InputError
from kg.ingest import read_documents, safe_filename
from kg.model import FACT_TYPES, STATUS_CLASSES, Document, Extraction

log = logging.getLogger("kg")

#: The attributes scored over matched facts, in report order.
ATTRIBUTES: tuple[str, ...] = ("status", "share", "amount", "date")
AMOUNT_TOLERANCE = 0.02
SHARE_TOLERANCE = 0.005
#: Absorbs floating-point error at the tolerance boundaries.
_EPSILON = 1e-9
#: The dev/test lists beside a folder of gold files: read by ``--split``, never scored as gold.
SPLITS_FILE = "splits.json"

_YEAR = re.compile(r"\d{4}")
_CHECKOUT = Path(__file__).resolve().parents[1]


_SUFFIXES = word_list("name_suffixes.txt")


def normalize_name(name: str) -> str:
    """The form in which two names are compared.

    Case-folded; punctuation removed ("JD.com" -> "jdcom", "Wal-Mart" -> "walmart",
    "U.S." -> "us"); runs of spaces made one; a leading "the" and trailing corporate
    suffixes (inc, corp, co, ltd, plc, holdings, group, sa, nv, ag) dropped, as long as a
    word remains.

    Parameters
    ----------
    name : str
        A surface name.

    Returns
    -------
    str
        The normalised name ("" only for a name without letters or digits).
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(
        " " if char.isspace() else char
        for char in text
        if not unicodedata.category(char).startswith(("P", "S"))
    )
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 derived from them.

    With nothing predicted and nothing to find, every figure is 1.0; otherwise an undefined
    ratio is 0.0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        precision, recall = self.precision, self.recall
        return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Ratio:
    """``correct`` out of ``total``; ``value`` is ``None`` when there was nothing to score."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class DocumentScores:
    """One document's figures, and its errors in words (for finding what to fix)."""

    id: str
    entities: Counts
    facts: Counts
    fact_types: Mapping[str, Counts]
    attributes: Mapping[str, Ratio]
    core: Ratio
    missed_entities: tuple[str, ...] = ()
    spurious_entities: tuple[str, ...] = ()
    missed_facts: tuple[str, ...] = ()
    spurious_facts: tuple[str, ...] = ()
    wrong_attributes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    """Micro-averaged figures over all documents, per fact type too, and each document's."""

    entities: Counts
    facts: Counts
    fact_types: Mapping[str, Counts]
    attributes: Mapping[str, Ratio]
    core: Ratio
    documents: tuple[DocumentScores, ...] = field(default=())


def _names(entity: Mapping[str, Any]) -> frozenset[str]:
    names = [entity["name"], *entity.get("aliases", [])]
    return frozenset(normal for normal in map(normalize_name, names) if normal)


def _gold_types(entity: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(entity.get("types") or [entity["type"]])


def _members(value: Any) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


def _match(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum matching of left items to right items, by augmenting paths.

    ``candidates[i]`` lists, in order of preference, the right items left item ``i`` may
    take. Returns left -> right.
    """
    owner: dict[int, int] = {}

    def augment(left: int, visited: set[int]) -> bool:
        for right in candidates[left]:
            if right in visited:
                continue
            visited.add(right)
            if right not in owner or augment(owner[right], visited):
                owner[right] = left
                return True
        return False

    for left in range(len(candidates)):
        augment(left, set())
    return {left: right for right, left in owner.items()}


def _amount_agrees(pred: Any, gold: Any) -> bool:
    if not isinstance(pred, Mapping) or not isinstance(gold, Mapping):
        return False
    if pred.get("currency") != gold.get("currency"):
        return False
    value, expected = pred.get("value"), gold["value"]
    if not isinstance(value, (int, float)):
        return False
    return abs(value - expected) <= AMOUNT_TOLERANCE * abs(expected) + _EPSILON


def _year(value: Any) -> str | None:
    match = _YEAR.search(value) if isinstance(value, str) else None
    return match.group() if match else None


def attribute_agrees(name: str, pred_fact: Mapping[str, Any], gold_fact: Mapping[str, Any]) -> bool:
    """Whether a predicted fact gets one gold attribute right (``status`` or an attribute).

    Status compares classes (holds / prospective / negative), the gold status possibly a
    list of readings; ``share`` within 0.005; ``amount`` in the same currency within 2%;
    ``date`` on the year.
    """
    if name == "status":
        gold = {STATUS_CLASSES[status] for status in _members(gold_fact["status"])}
        pred = [STATUS_CLASSES.get(status) for status in _members(pred_fact.get("status"))]
        return all(status_class in gold for status_class in pred)
    pred_value = pred_fact.get("attributes", {}).get(name)
    gold_value = gold_fact["attributes"][name]
    if pred_value is None:
        return False
    if name == "share":
        return isinstance(pred_value, (int, float)) and abs(pred_value - gold_value) <= (
            SHARE_TOLERANCE + _EPSILON
        )
    if name == "amount":
        return _amount_agrees(pred_value, gold_value)
    if name == "date":
        return _year(pred_value) is not None and _year(pred_value) == _year(gold_value)
    return pred_value == gold_value


def scored_attributes(gold_fact: Mapping[str, Any]) -> list[str]:
    """The attributes of :data:`ATTRIBUTES` that a gold fact gives, so are scored."""
    given = gold_fact.get("attributes", {})
    return [name for name in ATTRIBUTES if (name in gold_fact if name == "status" else name in given)]


class _Document:
    """One gold/prediction pair, with the entity match relation computed once."""

    def __init__(self, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> None:
        self.gold = gold
        self.pred = pred
        self.gold_entities = {entity["id"]: entity for entity in gold.get("entities", [])}
        self.pred_entities = {entity["id"]: entity for entity in pred.get("entities", [])}
        gold_keys = {gid: (_names(e), _gold_types(e)) for gid, e in self.gold_entities.items()}
        self.matches: dict[str, set[str]] = {}
        for pid, entity in self.pred_entities.items():
            names = _names(entity)
            self.matches[pid] = {
                gid
                for gid, (gold_names, types) in gold_keys.items()
                if entity.get("type") in types and names & gold_names
            }

    def label(self, entities: Mapping[str, Mapping[str, Any]], entity_id: str) -> str:
        entity = entities.get(entity_id)
        return entity["name"] if entity else entity_id

    def describe(self, fact: Mapping[str, Any], gold: bool) -> str:
        entities = self.gold_entities if gold else self.pred_entities
        roles = " ".join(
            f"{role}={'+'.join(self.label(entities, member) for member in _members(value))}"
            for role, value in sorted(fact["roles"].items())
        )
        return f"{fact['type']} {roles}"

    def fact_matches(self, pred_fact: Mapping[str, Any], gold_fact: Mapping[str, Any]) -> bool:
        if pred_fact.get("type") != gold_fact["type"]:
            return False
        pred_roles = pred_fact.get("roles", {})
        for role, gold_value in gold_fact["roles"].items():
            if role not in pred_roles:
                return False
            pred_members = _members(pred_roles[role])
            gold_members = set(_members(gold_value))
            found: set[str] = set()
            for member in pred_members:
                matched = self.matches.get(member, set()) & gold_members
                if not matched:
                    return False
                found |= matched
            if found != gold_members:
                return False
        if gold_fact["type"] == "FinancialMetric" and "amount" in gold_fact.get("attributes", {}):
            return _amount_agrees(
                pred_fact.get("attributes", {}).get("amount"), gold_fact["attributes"]["amount"]
            )
        return True

    def score(self) -> DocumentScores:
        entities, missed_entities, spurious_entities = self._entities()
        gold_facts: list[Mapping[str, Any]] = self.gold.get("facts", [])
        acceptable: list[Mapping[str, Any]] = self.gold.get("acceptable", [])
        pred_facts: list[Mapping[str, Any]] = self.pred.get("facts", [])
        candidates = []
        for pred_fact in pred_facts:
            options = [i for i, gold in enumerate(gold_facts) if self.fact_matches(pred_fact, gold)]
            options.sort(
                key=lambda i: -sum(
                    attribute_agrees(name, pred_fact, gold_facts[i])
                    for name in scored_attributes(gold_facts[i])
                )
            )
            candidates.append(options)
        pairs = _match(candidates)
        matched_gold = set(pairs.values())
        types = {kind: Counts() for kind in FACT_TYPES}
        spurious: list[str] = []
        for index, pred_fact in enumerate(pred_facts):
            if index in pairs:
                continue
            if any(self.fact_matches(pred_fact, gold) for gold in acceptable):
                continue
            kind = pred_fact.get("type", "?")
            types[kind] = types.get(kind, Counts()) + Counts(fp=1)
            spurious.append(self.describe(pred_fact, gold=False))
        missed: list[str] = []
        for index, gold_fact in enumerate(gold_facts):
            hit = index in matched_gold
            types[gold_fact["type"]] += Counts(tp=1) if hit else Counts(fn=1)
            if not hit:
                missed.append(self.describe(gold_fact, gold=True))
        attributes = {name: Ratio() for name in ATTRIBUTES}
        wrong: list[str] = []
        for pred_index, gold_index in sorted(pairs.items()):
            gold_fact, pred_fact = gold_facts[gold_index], pred_facts[pred_index]
            for name in scored_attributes(gold_fact):
                right = attribute_agrees(name, pred_fact, gold_fact)
                attributes[name] += Ratio(int(right), 1)
                if not right:
                    pred_value = (
                        pred_fact.get("status")
                        if name == "status"
                        else pred_fact.get("attributes", {}).get(name)
                    )
                    gold_value = (
                        gold_fact["status"] if name == "status" else gold_fact["attributes"][name]
                    )
                    wrong.append(
                        f"{self.describe(gold_fact, gold=True)}: {name} {pred_value!r}, "
                        f"gold {gold_value!r}"
                    )
        core = Ratio(
            sum(1 for i, fact in enumerate(gold_facts) if fact.get("core") and i in matched_gold),
            sum(1 for fact in gold_facts if fact.get("core")),
        )
        facts = sum(types.values(), Counts())
        return DocumentScores(
            id=self.gold["document"]["id"],
            entities=entities,
            facts=facts,
            fact_types={kind: counts for kind, counts in types.items() if counts != Counts()},
            attributes=attributes,
            core=core,
            missed_entities=tuple(missed_entities),
            spurious_entities=tuple(spurious_entities),
            missed_facts=tuple(missed),
            spurious_facts=tuple(spurious),
            wrong_attributes=tuple(wrong),
        )

    def _entities(self) -> tuple[Counts, list[str], list[str]]:
        required = [gid for gid, e in self.gold_entities.items() if not e.get("optional")]
        index = {gid: i for i, gid in enumerate(required)}
        pred_ids = list(self.pred_entities)
        candidates = [
            [index[gid] for gid in required if gid in self.matches[pid]] for pid in pred_ids
        ]
        pairs = _match(candidates)
        matched = set(pairs.values())
        spurious = []
        for position, pid in enumerate(pred_ids):
            if position in pairs:
                continue
            hits = self.matches[pid]
            if hits and all(self.gold_entities[gid].get("optional") for gid in hits):
                continue
            entity = self.pred_entities[pid]
            spurious.append(f"{entity.get('type')} {entity.get('name')!r}")
        missed = [
            f"{self.gold_entities[gid]['type']} {self.gold_entities[gid]['name']!r}"
            for i, gid in enumerate(required)
            if i not in matched
        ]
        return Counts(len(matched), len(spurious), len(missed)), missed, spurious


def _empty_prediction(gold: Mapping[str, Any]) -> dict[str, Any]:
    return {"format": kgfacts.FORMAT, "document": dict(gold["document"]), "entities": [], "facts": []}


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> DocumentScores:
    """Score one predicted kg-facts/1 object against its gold object.

    Parameters
    ----------
    gold, pred : Mapping
        Validated kg-facts/1 objects (see :func:`kg.kgfacts.validate`).

    Returns
    -------
    DocumentScores
        The document's counts, attribute accuracy, core recall, and its errors in words.
    """
    return _Document(gold, pred).score()


def combine(documents: Sequence[DocumentScores]) -> Scores:
    """Micro-average documents' figures: add their counts, then derive the ratios."""
    fact_types: dict[str, Counts] = {}
    attributes = {name: Ratio() for name in ATTRIBUTES}
    for document in documents:
        for kind, counts in document.fact_types.items():
            fact_types[kind] = fact_types.get(kind, Counts()) + counts
        for name, ratio in document.attributes.items():
            attributes[name] += ratio
    order = {kind: i for i, kind in enumerate(FACT_TYPES)}
    return Scores(
        entities=sum((d.entities for d in documents), Counts()),
        facts=sum((d.facts for d in documents), Counts()),
        fact_types=dict(sorted(fact_types.items(), key=lambda item: order.get(item[0], 99))),
        attributes=attributes,
        core=sum((d.core for d in documents), Ratio()),
        documents=tuple(documents),
    )


def score(gold: Sequence[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> Scores:
    """Score predictions against gold documents, micro-averaged over the documents.

    Parameters
    ----------
    gold : Sequence[Mapping]
        Gold kg-facts/1 objects.
    pred : Mapping[str, Mapping]
        Predicted kg-facts/1 objects by document id; a gold document without one is scored
        against an empty prediction.

    Returns
    -------
    Scores
        Entity and fact P/R/F1, per fact type, attribute accuracy, core recall, and each
        document's figures.
    """
    return combine(
        [score_document(doc, pred.get(doc["document"]["id"]) or _empty_prediction(doc)) for doc in gold]
    )


def _is_kgfacts(path: Path) -> bool:
    """Whether a JSON file in a gold folder declares kg-facts/1 (others, e.g. split lists, are not gold)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return True
    return not isinstance(data, dict) or "format" in data


def _gold_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in sorted(path.glob("*.json")):
                if _is_kgfacts(file):
                    files.append(file)
                elif file.name != SPLITS_FILE:
                    log.warning("%s: not a kg-facts/1 file, skipped", file)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"gold file {path} does not exist: check the path")
    if not files:
        raise InputError("no gold files given: pass kg-facts/1 gold files or a folder of them")
    return files


def evaluate(gold_paths: Iterable[str | Path], pred_dir: str | Path) -> Scores:
    """Score the predictions in a folder against gold files (``kg eval GOLD... --pred DIR``).

    Parameters
    ----------
    gold_paths : Iterable[str | Path]
        Gold kg-facts/1 files, or folders of them (``*.json``).
    pred_dir : str | Path
        The folder ``kg extract`` wrote: ``<safe_filename(document id)>.json`` per document.
        A gold document with no prediction there counts as an empty prediction, with a
        warning on the ``kg`` logger.

    Returns
    -------
    Scores

    Raises
    ------
    InputError
        When a gold file is missing or malformed, a prediction file is malformed, or
        ``pred_dir`` is not a folder.
    """
    gold = [kgfacts.read(path) for path in _gold_files(gold_paths)]
    return score(gold, read_predictions(gold, pred_dir))


def read_predictions(gold: Sequence[Mapping[str, Any]], pred_dir: str | Path) -> dict[str, dict[str, Any]]:
    """The predicted kg-facts/1 file of each gold document, by document id, from ``pred_dir``."""
    folder = Path(pred_dir)
    if not folder.is_dir():
        raise InputError(f"prediction folder {folder} does not exist: run kg extract --out {folder} first")
    pred: dict[str, dict[str, Any]] = {}
    for document in gold:
        doc_id = document["document"]["id"]
        path = folder / f"{safe_filename(doc_id)}.json"
        if path.is_file():
            pred[doc_id] = kgfacts.read(path)
        else:
            log.warning("%s: no prediction for document %r, counted as empty", path, doc_id)
    return pred


def load_gold(gold_paths: Iterable[str | Path], split: str | None = None) -> list[dict[str, Any]]:
    """Read gold files; with ``split``, keep the documents a folder's ``splits.json`` lists under it.

    ``splits.json`` is ``{"dev": [ids], "test": [ids]}`` beside the gold files: rules are tuned
    on ``dev`` only and ``test`` is for reporting.
    """
    paths = [Path(p) for p in gold_paths]
    gold = [kgfacts.read(path) for path in _gold_files(paths)]
    if split is None:
        return gold
    wanted: set[str] = set()
    for folder in {p if p.is_dir() else p.parent for p in paths}:
        splits_file = folder / SPLITS_FILE
        if splits_file.is_file():
            splits = json.loads(splits_file.read_text(encoding="utf-8"))
            if split not in splits:
                raise InputError(f"{splits_file} has no split {split!r}: it has {', '.join(sorted(splits))}")
            wanted.update(splits[split])
    if not wanted:
        raise InputError(f"no splits.json beside the gold files names a {split!r} split: drop --split or add one")
    return [doc for doc in gold if doc["document"]["id"] in wanted]


def _source_file(source: str, data_dir: Path) -> Path | None:
    name = source.split("#", 1)[0]
    for candidate in (Path(name), _CHECKOUT / name, data_dir / name):
        if candidate.is_file():
            return candidate
    return next(iter(sorted(data_dir.rglob(Path(name).name))), None) if data_dir.is_dir() else None


class _OtherDocuments(logging.Filter):
    """Drop the reader's warnings about documents no gold file names: looking up 12 articles
    in a corpus of thousands should not list every empty story in it."""

    def __init__(self, ids: set[str]) -> None:
        super().__init__()
        self.ids = ids

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return record.levelno > logging.WARNING or any(repr(doc_id) in message for doc_id in self.ids)


def gold_documents(gold: Sequence[Mapping[str, Any]], data_dir: str | Path) -> list[Document]:
    """The documents that gold files annotate, read from their ``document.source``.

    A source is a path (``seeds/jd-us-expansion.txt``, looked up from the working folder, the
    checkout and ``data_dir``) or ``<corpus>.jsonl#<id>``, whose corpus is looked up under
    ``data_dir`` (``../shared/data`` by default). Gold files hold no article text, so this is
    how the articles are read for scoring.
    """
    data_dir = Path(data_dir)
    wanted: dict[Path, set[str]] = {}
    for doc in gold:
        source = doc["document"].get("source") or ""
        path = _source_file(source, data_dir)
        if path is None:
            raise InputError(
                f"the text of gold document {doc['document']['id']!r} ({source or 'no source'}) is not found; "
                f"give the corpora folder with --data (looked in {data_dir})"
            )
        wanted.setdefault(path, set()).add(doc["document"]["id"])
    found: dict[str, Document] = {}
    for path, ids in wanted.items():
        quiet = _OtherDocuments(ids)
        log.addFilter(quiet)
        try:
            for document in read_documents([path]):
                if document.id in ids:
                    found[document.id] = document
        finally:
            log.removeFilter(quiet)
    missing = [doc["document"]["id"] for doc in gold if doc["document"]["id"] not in found]
    if missing:
        raise InputError(f"gold documents {', '.join(missing)} are not in their source files: check document.source")
    return [found[doc["document"]["id"]] for doc in gold]


def evaluate_extracted(
    gold: Sequence[Mapping[str, Any]],
    extract: Callable[[Iterable[Document]], Iterable[Extraction]],
    data_dir: str | Path,
) -> Scores:
    """Extract the gold documents now and score them (``kg eval GOLD... --extract``)."""
    predictions = {x.document.id: kgfacts.to_json(x) for x in extract(gold_documents(gold, data_dir))}
    return score(gold, predictions)


def _figure(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def _ratio_row(label: str, ratio: Ratio) -> str:
    """A ratio's row; the space before the fraction keeps four-digit counts apart from the figure."""
    return f"{label:<22}{_figure(ratio.value):>9} {f'{ratio.correct}/{ratio.total}':>7}"


def _counts_row(label: str, counts: Counts) -> str:
    return (
        f"{label:<22}{counts.precision:7.3f}{counts.recall:7.3f}{counts.f1:7.3f}"
        f"{counts.tp:6d}{counts.fp:6d}{counts.fn:6d}"
    )


def format_scores(scores: Scores, details: bool = False) -> str:
    """A readable table of the figures; with ``details``, each document's errors too.

    Parameters
    ----------
    scores : Scores
    details : bool
        List missed and spurious entities and facts and wrong attributes per document.

    Returns
    -------
    str
    """
    lines = [
        f"documents: {len(scores.documents)}",
        f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
        _counts_row("entities", scores.entities),
        _counts_row("facts", scores.facts),
    ]
    lines += [_counts_row(f"  {kind}", counts) for kind, counts in scores.fact_types.items()]
    lines.append(f"{'attributes':<22}{'accuracy':>9}{'right':>8}")
    lines += [_ratio_row(f"  {name}", ratio) for name, ratio in scores.attributes.items()]
    lines.append(_ratio_row("core recall", scores.core))
    if details:
        for document in scores.documents:
            lines.append(f"\n{document.id}:")
            for title, items in (
                ("missed entities", document.missed_entities),
                ("spurious entities", document.spurious_entities),
                ("missed facts", document.missed_facts),
                ("spurious facts", document.spurious_facts),
                ("wrong attributes", document.wrong_attributes),
            ):
                lines += [f"  {title}: {item}" for item in items]
    return "\n".join(lines)


def counts_to_json(counts: Counts) -> dict[str, Any]:
    """A :class:`Counts` as JSON: the counts and the rounded ratios."""
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def ratio_to_json(ratio: Ratio) -> dict[str, Any]:
    """A :class:`Ratio` as JSON."""
    value = ratio.value
    return {
        "correct": ratio.correct,
        "total": ratio.total,
        "value": None if value is None else round(value, 4),
    }


def _figures_json(item: Scores | DocumentScores) -> dict[str, Any]:
    return {
        "entities": counts_to_json(item.entities),
        "facts": counts_to_json(item.facts),
        "fact_types": {kind: counts_to_json(c) for kind, c in item.fact_types.items()},
        "attributes": {name: ratio_to_json(r) for name, r in item.attributes.items()},
        "core_recall": ratio_to_json(item.core),
    }


def scores_to_json(scores: Scores) -> dict[str, Any]:
    """The figures as a JSON-ready dict, with each document's figures and errors.

    Parameters
    ----------
    scores : Scores

    Returns
    -------
    dict
    """
    documents = []
    for document in scores.documents:
        item = {"id": document.id, **_figures_json(document)}
        item["errors"] = {
            "missed_entities": list(document.missed_entities),
            "spurious_entities": list(document.spurious_entities),
            "missed_facts": list(document.missed_facts),
            "spurious_facts": list(document.spurious_facts),
            "wrong_attributes": list(document.wrong_attributes),
        }
        documents.append(item)
    return {**_figures_json(scores), "documents": documents}

