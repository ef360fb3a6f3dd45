"""Public relation-extraction benchmarks as kg-facts/1 gold, scored at the relation level.

``kg eval --dataset NAME --split SPLIT`` runs kg's extraction over a benchmark's documents and
counts, per mapped relation, the gold entity pairs found. The mapping of each benchmark's
relations to kg's fact types and roles is data (``kg/data/benchmarks.json``), with a reason for
every relation left unmapped.

- ``conll04``: one document per sentence; splits ``train``, ``dev``, ``test`` (SpERT's).
- ``fire``: one document per sentence; splits ``dev`` and ``test`` (its train file is not in
  the shared data). ``Designation`` pairs a person with a job title, so it is matched against
  the ``title`` attribute of a Role fact; only its Person heads are kept.
- ``knowledgenet``: one document per annotated passage. Only training folds 1-4 carry facts
  (the official test fold 5 hides them), so ``dev`` is folds 1-3 (tune on these) and ``test``
  is fold 4 (held out). The figures are not comparable with the published ones on fold 5.
  Only the properties exhaustively annotated in a passage are scored there, and passages
  with none of the mapped ones are left out. Entity spans with the same Wikidata id in a
  passage are one entity, so a pronoun subject ("He") matches through its named mention when
  there is one.

Relation-level matching (what these benchmarks measure): a predicted fact of the mapped type
matches a gold pair when the predicted entities in the mapped roles have a name or alias
equal to the gold span's after :func:`kg.evaluate.normalize_name` (entity types not
compared; list roles hold both parties). Predicted facts with a negative status are not
claims and are left out; a prediction repeating a found pair is not counted again. Several
benchmark relations may map to one fact type (Work_For and the rest to Role), so precision
is counted per fact type, and recall also per benchmark relation.
"""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from kg import kgfacts
from kg.data import json_data
from kg.errors import InputError, UsageError
from kg.evaluate import Counts, Ratio, counts_to_json, normalize_name, ratio_to_json
from kg.model import FACT_TYPES, LIST_ROLES, STATUS_CLASSES, Document, Extraction

#: The roles that name a value, not an entity, in the mapping (matched against an attribute).
ATTRIBUTE_TARGETS = frozenset({"title"})

Extract = Callable[[Iterable[Document]], Iterable[Extraction]]


@cache
def mappings() -> dict[str, Any]:
    """The benchmark definitions of ``kg/data/benchmarks.json``: splits, entity types, relations."""
    return json_data("benchmarks.json")


DATASETS: tuple[str, ...] = ("conll04", "fire", "knowledgenet")


def default_data_dir() -> Path:
    """``$KG_DATA_DIR`` when set, else ``../shared/data`` beside the checkout."""
    configured = os.environ.get("KG_DATA_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _definition(name: str, split: str) -> dict[str, Any]:
    if name not in DATASETS:
        raise UsageError(f"unknown dataset {name!r}: choose one of " + ", ".join(DATASETS))
    definition = mappings()[name]
    if split not in definition["splits"]:
        raise UsageError(
            f"dataset {name} has no split {split!r}: choose one of " + ", ".join(definition["splits"])
        )
    return definition


def _folder(name: str, data_dir: str | Path | None) -> Path:
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    folder = folder / name
    if not folder.is_dir():
        raise InputError(
            f"benchmark folder {folder} not found: pass the folder holding {name}/ as the data "
            "directory, or set KG_DATA_DIR"
        )
    return folder


class _Gold:
    """Builds one document's gold kg-facts/1 object from benchmark spans and relations."""

    def __init__(self, document: Document, scored_types: Iterable[str], claim_roles: Mapping[str, Mapping[str, Sequence[str]]] | None = None) -> None:
        self.document = document
        self.claim_roles = {kind: {role: list(allowed) for role, allowed in roles.items()} for kind, roles in (claim_roles or {}).items()}
        self.entities: dict[str, dict[str, Any]] = {}
        self.facts: list[dict[str, Any]] = []
        self.keys: set[tuple[Any, ...]] = set()
        self.scored_types = sorted(set(scored_types), key=FACT_TYPES.index)

    def entity(self, key: str, text: str, kind: str) -> str:
        entity = self.entities.get(key)
        if entity is None:
            self.entities[key] = {"id": key, "type": kind, "name": text, "aliases": []}
        elif text != entity["name"] and text not in entity["aliases"]:
            entity["aliases"].append(text)
        return key

    def relation(self, relation: str, spec: Mapping[str, Any], head: str, tail: str | None, title: str | None) -> None:
        kind = spec["type"]
        roles: dict[str, Any] = {}
        attributes: dict[str, Any] = {}
        if spec["head"] == spec["tail"] == LIST_ROLES.get(kind):
            roles[spec["head"]] = sorted({head, tail})
        else:
            roles[spec["head"]] = head
            if spec["tail"] in ATTRIBUTE_TARGETS:
                attributes[spec["tail"]] = title
            else:
                roles[spec["tail"]] = tail
        key = (relation, json.dumps(roles, sort_keys=True), json.dumps(attributes, sort_keys=True))
        if key in self.keys:
            return
        self.keys.add(key)
        fact: dict[str, Any] = {"type": kind, "relation": relation, "roles": roles}
        if attributes:
            fact["attributes"] = attributes
        self.facts.append(fact)

    def result(self, name: str) -> dict[str, Any]:
        data = {
            "format": kgfacts.FORMAT,
            "document": {"id": self.document.id, "source": self.document.source},
            "entities": list(self.entities.values()),
            "facts": self.facts,
            "scored_types": self.scored_types,
            "claim_roles": self.claim_roles,
        }
        return kgfacts.validate(data, f"{name} {self.document.id}")


def _spert(name: str, split: str, data_dir: str | Path | None) -> Iterator[tuple[Document, dict[str, Any]]]:
    """CoNLL04 and FIRE: SpERT JSON, one sentence per record, entities as token spans."""
    definition = _definition(name, split)
    folder = _folder(name, data_dir)
    relations: Mapping[str, Mapping[str, Any]] = definition["relations"]
    types: Mapping[str, str] = definition["entity_types"]
    for file_name in definition["splits"][split]:
        path = folder / file_name
        try:
            records = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise InputError(f"{path}: cannot read the benchmark file ({error}); check the data folder") from error
        for number, record in enumerate(records):
            tokens = record["tokens"]
            doc_id = f"{name}-{split}-{record.get('orig_id', number)}"
            document = Document(id=doc_id, text=" ".join(tokens), source=f"{path}#{number}")
            gold = _Gold(document, {spec["type"] for spec in relations.values()}, definition.get("claim_roles"))
            spans = record["entities"]
            for relation in record["relations"]:
                spec = relations.get(relation["type"])
                if spec is None:
                    continue
                head, tail = spans[relation["head"]], spans[relation["tail"]]
                if "head_types" in spec and head["type"] not in spec["head_types"]:
                    continue
                head_text = " ".join(tokens[head["start"] : head["end"]])
                tail_text = " ".join(tokens[tail["start"] : tail["end"]])
                head_id = gold.entity(f"e{relation['head']}", head_text, types.get(head["type"], "Organization"))
                if spec["tail"] in ATTRIBUTE_TARGETS:
                    gold.relation(relation["type"], spec, head_id, None, tail_text)
                else:
                    tail_id = gold.entity(f"e{relation['tail']}", tail_text, types.get(tail["type"], "Organization"))
                    gold.relation(relation["type"], spec, head_id, tail_id, None)
            yield document, gold.result(name)


_PERSON_ROLES = frozenset({"person"})


def _knowledgenet(split: str, data_dir: str | Path | None) -> Iterator[tuple[Document, dict[str, Any]]]:
    """KnowledgeNet passages of the split's folds, with their mapped facts."""
    definition = _definition("knowledgenet", split)
    path = _folder("knowledgenet", data_dir) / "knowledgenet_train_facts_by_passage.jsonl"
    relations: Mapping[str, Mapping[str, Any]] = definition["relations"]
    folds = set(definition["splits"][split])
    try:
        stream = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read the benchmark file ({error}); check the data folder") from error
    with stream:
        for line in stream:
            passage = json.loads(line)
            if passage["fold"] not in folds:
                continue
            annotated = [relations[p] for p in passage["exhaustivelyAnnotatedProperties"] if p in relations]
            if not annotated:
                continue
            start = passage["passageStart"]
            text = passage["passageText"]
            document = Document(id=f"knowledgenet-{passage['passageId']}", text=text, source=str(path))
            gold = _Gold(document, {spec["type"] for spec in annotated})
            for fact in passage["facts"]:
                spec = relations.get(fact["propertyName"])
                if spec is None:
                    continue
                head = _knowledgenet_entity(gold, fact, "subject", spec["head"], start, text)
                tail = _knowledgenet_entity(gold, fact, "object", spec["tail"], start, text)
                gold.relation(fact["propertyName"], spec, head, tail, None)
            yield document, gold.result("knowledgenet")


def _knowledgenet_entity(gold: _Gold, fact: Mapping[str, Any], side: str, role: str, start: int, text: str) -> str:
    begin, end = fact[f"{side}Start"] - start, fact[f"{side}End"] - start
    surface = text[begin:end] if 0 <= begin < end <= len(text) else fact[f"{side}Text"]
    uri = fact[f"{side}Uri"]
    kind = "Person" if role in _PERSON_ROLES else "Place" if role == "place" else "Organization"
    return gold.entity(uri.rsplit("/", 1)[-1] if uri else f"span{begin}-{end}", surface, kind)


def read_dataset(name: str, split: str, data_dir: str | Path | None = None) -> Iterator[tuple[Document, dict[str, Any]]]:
    """The documents of a benchmark split, each with its gold as a kg-facts/1 object.

    Parameters
    ----------
    name : str
        ``conll04``, ``fire`` or ``knowledgenet``.
    split : str
        ``train`` (CoNLL04 only), ``dev`` or ``test``.
    data_dir : str | Path, optional
        The folder holding the benchmark folders; :func:`default_data_dir` when ``None``.

    Yields
    ------
    tuple[Document, dict]
        The document and its gold: entities, the mapped facts (each with its benchmark
        ``relation``), and ``scored_types``, the fact types annotated exhaustively in it.

    Raises
    ------
    UsageError
        For an unknown dataset or split.
    InputError
        When the benchmark's files are missing or unreadable.
    """
    _definition(name, split)
    _folder(name, data_dir)
    if name == "knowledgenet":
        return _knowledgenet(split, data_dir)
    return _spert(name, split, data_dir)


@dataclass(frozen=True)
class DatasetScores:
    """Relation-level figures of one benchmark split.

    ``types`` holds P/R/F1 per kg fact type the benchmark's relations map to; ``relations``
    the recall of each benchmark relation; ``mapping`` says which relation maps to which type.
    """

    name: str
    split: str
    documents: int
    overall: Counts
    types: Mapping[str, Counts]
    relations: Mapping[str, Ratio]
    mapping: Mapping[str, str] = field(default_factory=dict)


def _names(entity: Mapping[str, Any] | None) -> frozenset[str]:
    if entity is None:
        return frozenset()
    names = [entity["name"], *entity.get("aliases", [])]
    return frozenset(filter(None, map(normalize_name, names)))


def _claims(prediction: Mapping[str, Any], scored: set[str], claim_roles: Mapping[str, Mapping[str, Sequence[str]]]) -> list[dict[str, Any]]:
    """Predicted facts that assert a relation of a scored type (negative status left out) and that
    the benchmark could annotate: a role ``claim_roles`` restricts holds an entity of a type it
    allows (CoNLL04 annotates a person's place as ``Live_In``, which maps to nothing, so a person's
    Location is no ``OrgBased_In`` claim)."""
    types = {entity["id"]: entity["type"] for entity in prediction["entities"]}

    def annotatable(fact: Mapping[str, Any]) -> bool:
        allowed = claim_roles.get(fact["type"], {})
        return all(types.get(fact["roles"][role]) in kinds for role, kinds in allowed.items() if isinstance(fact["roles"].get(role), str))

    return [
        fact
        for fact in prediction["facts"]
        if fact["type"] in scored and STATUS_CLASSES.get(fact.get("status", ""), "holds") != "negative" and annotatable(fact)
    ]


def _fact_matches(fact: Mapping[str, Any], pred_names: Mapping[str, frozenset[str]], gold_fact: Mapping[str, Any], gold_names: Mapping[str, frozenset[str]]) -> bool:
    if fact["type"] != gold_fact["type"]:
        return False
    for role, value in gold_fact["roles"].items():
        predicted = fact["roles"].get(role)
        if predicted is None:
            return False
        members = predicted if isinstance(predicted, list) else [predicted]
        for gold_id in value if isinstance(value, list) else [value]:
            if not any(pred_names.get(member, frozenset()) & gold_names[gold_id] for member in members):
                return False
    for name, expected in gold_fact.get("attributes", {}).items():
        got = normalize_name(str(fact.get("attributes", {}).get(name, "")))
        want = normalize_name(expected)
        if not got or not want or not (f" {got} " in f" {want} " or f" {want} " in f" {got} "):
            return False
    return True


def score_relations(gold: Mapping[str, Any], prediction: Mapping[str, Any]) -> tuple[dict[str, Counts], dict[str, Ratio]]:
    """Relation-level counts for one document: per fact type, and recall per benchmark relation.

    Parameters
    ----------
    gold : Mapping
        A gold object from :func:`read_dataset`.
    prediction : Mapping
        The kg-facts/1 object of kg's extraction of the same document.

    Returns
    -------
    tuple[dict[str, Counts], dict[str, Ratio]]
    """
    gold_names = {entity["id"]: _names(entity) for entity in gold["entities"]}
    pred_names = {entity["id"]: _names(entity) for entity in prediction["entities"]}
    claims = _claims(prediction, set(gold["scored_types"]), gold.get("claim_roles", {}))
    types = {kind: Counts() for kind in gold["scored_types"]}
    relations: dict[str, Ratio] = {}
    used: set[int] = set()
    for gold_fact in gold["facts"]:
        hits = [i for i, fact in enumerate(claims) if _fact_matches(fact, pred_names, gold_fact, gold_names)]
        used.update(hits)
        kind, relation = gold_fact["type"], gold_fact["relation"]
        types[kind] += Counts(tp=1) if hits else Counts(fn=1)
        relations[relation] = relations.get(relation, Ratio()) + Ratio(int(bool(hits)), 1)
    seen: set[str] = set()
    for index, fact in enumerate(claims):
        key = json.dumps(
            [fact["type"], sorted((role, sorted(_names_of(value, prediction))) for role, value in fact["roles"].items())]
        )
        if index in used or key in seen:
            continue
        seen.add(key)
        types[fact["type"]] += Counts(fp=1)
    return types, relations


def _names_of(value: Any, prediction: Mapping[str, Any]) -> list[str]:
    entities = {entity["id"]: entity for entity in prediction["entities"]}
    members = value if isinstance(value, list) else [value]
    return sorted(normalize_name(entities[m]["name"]) if m in entities else m for m in members)


def evaluate_dataset(
    name: str,
    split: str,
    extract: Extract,
    data_dir: str | Path | None = None,
    limit: int | None = None,
) -> DatasetScores:
    """Run an extractor over a benchmark split and score it at the relation level.

    Parameters
    ----------
    name, split : str
        The benchmark and split (see :func:`read_dataset`).
    extract : Callable[[Iterable[Document]], Iterable[Extraction]]
        Turns documents into extractions, e.g. ``kg.pipeline.extract_documents`` bound to a
        loaded pipeline. Extractions are paired with gold by document id; a document with no
        extraction counts as finding nothing.
    data_dir : str | Path, optional
        The folder holding the benchmark folders; :func:`default_data_dir` when ``None``.
    limit : int, optional
        Score only the first ``limit`` documents (for quick runs).

    Returns
    -------
    DatasetScores
    """
    definition = _definition(name, split)
    pairs = list(itertools.islice(read_dataset(name, split, data_dir), limit))
    golds = {document.id: gold for document, gold in pairs}

    types: dict[str, Counts] = {}
    relations: dict[str, Ratio] = {}
    scored: set[str] = set()

    def add(gold: Mapping[str, Any], prediction: Mapping[str, Any]) -> None:
        scored.add(gold["document"]["id"])
        doc_types, doc_relations = score_relations(gold, prediction)
        for kind, counts in doc_types.items():
            types[kind] = types.get(kind, Counts()) + counts
        for relation, ratio in doc_relations.items():
            relations[relation] = relations.get(relation, Ratio()) + ratio

    for extraction in extract(document for document, _ in pairs):
        gold = golds.get(extraction.document.id)
        if gold is not None and extraction.document.id not in scored:
            add(gold, kgfacts.to_json(extraction))
    for doc_id, gold in golds.items():
        if doc_id not in scored:
            add(gold, {"entities": [], "facts": []})
    order = {relation: i for i, relation in enumerate(definition["relations"])}
    return DatasetScores(
        name=name,
        split=split,
        documents=len(golds),
        overall=sum(types.values(), Counts()),
        types=dict(sorted(types.items(), key=lambda item: FACT_TYPES.index(item[0]))),
        relations=dict(sorted(relations.items(), key=lambda item: order[item[0]])),
        mapping={relation: spec["type"] for relation, spec in definition["relations"].items()},
    )


def format_dataset_scores(scores: DatasetScores) -> str:
    """A readable table: P/R/F1 per mapped fact type, recall per benchmark relation.

    Parameters
    ----------
    scores : DatasetScores

    Returns
    -------
    str
    """
    lines = [
        f"{scores.name} {scores.split}: {scores.documents} documents, relation-level",
        f"{'':<46}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for kind, counts in [*scores.types.items(), ("all mapped", scores.overall)]:
        sources = [relation for relation, target in scores.mapping.items() if target == kind]
        label = f"{kind} ({', '.join(sources)})" if sources else kind
        lines.append(
            f"{label:<46}{counts.precision:7.3f}{counts.recall:7.3f}{counts.f1:7.3f}"
            f"{counts.tp:6d}{counts.fp:6d}{counts.fn:6d}"
        )
    lines.append(f"{'recall per relation':<46}{'R':>7}{'found':>13}")
    for relation, ratio in scores.relations.items():
        value = "    -" if ratio.value is None else f"{ratio.value:5.3f}"
        lines.append(f"  {relation:<44}{value:>7}{f'{ratio.correct}/{ratio.total}':>13}")
    return "\n".join(lines)


def dataset_scores_to_json(scores: DatasetScores) -> dict[str, Any]:
    """The figures as a JSON-ready dict."""
    return {
        "dataset": scores.name,
        "split": scores.split,
        "documents": scores.documents,
        "overall": counts_to_json(scores.overall),
        "types": {kind: counts_to_json(counts) for kind, counts in scores.types.items()},
        "relations": {relation: ratio_to_json(ratio) for relation, ratio in scores.relations.items()},
        "mapping": dict(scores.mapping),
    }
