"""The ``kg-facts/1`` JSON of ``FORMAT.md``: what ``kg extract`` writes and gold files hold.

Writing is stable (the same extraction gives the same bytes) and atomic (a temporary file
beside the target, then ``os.replace``), so an interrupted run never leaves half a file.
Reading validates the format and names the file and the problem in every error, because gold
files are written by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from kg.errors import InputError
from kg.files import atomic_write_text
from kg.model import ENTITY_TYPES, FACT_TYPES, LIST_ROLES, STATUS_CLASSES, Amount, Extraction, Fact

FORMAT = "kg-facts/1"

#: Attributes whose value is an entity id.
ENTITY_ATTRIBUTES = frozenset({"place"})


def _plain(value: Any) -> Any:
    """A JSON value for an attribute: amounts as objects, tuples as lists."""
    if isinstance(value, Amount):
        return {"value": value.value, "currency": value.currency}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in sorted(value.items())}
    return value


def _fact_json(fact: Fact) -> dict[str, Any]:
    roles = {
        role: list(value) if isinstance(value, tuple) else value
        for role, value in sorted(fact.roles.items())
    }
    data: dict[str, Any] = {
        "type": fact.type,
        "roles": roles,
        "attributes": {name: _plain(value) for name, value in sorted(fact.attributes.items())},
        "status": fact.status,
        "evidence": fact.evidence.text,
        "evidence_span": [fact.evidence.start, fact.evidence.end],
        "extractor": fact.extractor,
        "confidence": fact.confidence,
    }
    if fact.attribution is not None:
        data["attribution"] = fact.attribution
    return data


def to_json(extraction: Extraction) -> dict[str, Any]:
    """The ``kg-facts/1`` object for one document's extraction.

    Parameters
    ----------
    extraction : Extraction
        The document with its entities and facts.

    Returns
    -------
    dict
        ``format``, ``document`` (``id`` and, when known, ``title``, ``source``, ``date``),
        ``entities`` (``id``, ``type``, ``name``, ``aliases``, and ``subtype`` when known) and
        ``facts`` (``type``, ``roles`` with lists for list roles, ``attributes`` with amounts
        as ``{"value", "currency"}`` and places as entity ids, ``status``, ``evidence``,
        ``evidence_span``, ``extractor``, ``confidence``, and ``attribution`` when known), in
        extraction order.
    """
    document = extraction.document
    doc: dict[str, Any] = {"id": document.id}
    for name in ("title", "source", "date"):
        value = getattr(document, name)
        if value is not None:
            doc[name] = value
    entities = []
    for entity in extraction.entities:
        item: dict[str, Any] = {"id": entity.id, "type": entity.type, "name": entity.name}
        if entity.subtype is not None:
            item["subtype"] = entity.subtype
        item["aliases"] = list(entity.aliases)
        entities.append(item)
    return {
        "format": FORMAT,
        "document": doc,
        "entities": entities,
        "facts": [_fact_json(fact) for fact in extraction.facts],
    }


def dumps(data: Mapping[str, Any]) -> str:
    """The stable text of a kg-facts/1 object: UTF-8 characters kept, one-space indent."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write(extraction: Extraction, path: str | Path) -> Path:
    """Write one extraction as ``kg-facts/1`` JSON, atomically.

    Parameters
    ----------
    extraction : Extraction
        What to write.
    path : str | Path
        The target file; its folder is created when missing.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    OutputError
        When the folder or file cannot be written.
    """
    return atomic_write_text(path, dumps(to_json(extraction)))


def read(path: str | Path) -> dict[str, Any]:
    """Read and validate a ``kg-facts/1`` file (a prediction or a hand-made gold file).

    Parameters
    ----------
    path : str | Path
        The JSON file.

    Returns
    -------
    dict
        The parsed object, unchanged.

    Raises
    ------
    InputError
        When the file cannot be read, is not JSON, or breaks the format; the message names the
        file and the offending place (``facts[2].roles.buyer``).
    """
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(f"{source}: no such file; check the path") from error
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{source}: cannot be read as UTF-8 text ({error})") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source}: not valid JSON at line {error.lineno} column {error.colno} "
            f"({error.msg}); fix the file"
        ) from error
    return validate(data, str(source))


def _fail(where: str, place: str, problem: str) -> InputError:
    return InputError(f"{where}: {place}: {problem} (see kg-facts/1 in eval/FORMAT.md)")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_strings(value: Any, where: str, place: str) -> None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(where, place, "must be a list of strings")


def _check_entity(entity: Any, where: str, place: str) -> str:
    if not isinstance(entity, dict):
        raise _fail(where, place, "must be an object")
    for key in ("id", "name"):
        if not isinstance(entity.get(key), str) or not entity[key]:
            raise _fail(where, f"{place}.{key}", "missing or not a non-empty string")
    types = entity.get("types", [entity.get("type")])
    if "type" not in entity or not isinstance(types, list) or not types:
        raise _fail(where, f"{place}.type", "missing; give one of " + ", ".join(ENTITY_TYPES))
    for kind in [entity["type"], *types]:
        if kind not in ENTITY_TYPES:
            raise _fail(where, f"{place}.type", f"{kind!r} is not one of " + ", ".join(ENTITY_TYPES))
    if "aliases" in entity:
        _check_strings(entity["aliases"], where, f"{place}.aliases")
    if "optional" in entity and not isinstance(entity["optional"], bool):
        raise _fail(where, f"{place}.optional", "must be true or false")
    return entity["id"]


def _check_status(status: Any, where: str, place: str) -> None:
    statuses = status if isinstance(status, list) else [status]
    if not statuses or any(item not in STATUS_CLASSES for item in statuses):
        raise _fail(
            where, place, f"{status!r} is not a status (or list of them): " + ", ".join(STATUS_CLASSES)
        )


def _check_attributes(attributes: Any, ids: set[str], where: str, place: str) -> None:
    if not isinstance(attributes, dict):
        raise _fail(where, place, "must be an object")
    for name in ("share", "change", "confidence"):
        if name in attributes and not _is_number(attributes[name]):
            raise _fail(where, f"{place}.{name}", "must be a number (a fraction such as 0.15)")
    amount = attributes.get("amount")
    if amount is not None and not (
        isinstance(amount, dict)
        and _is_number(amount.get("value"))
        and isinstance(amount.get("currency"), str)
    ):
        raise _fail(
            where, f"{place}.amount", 'must be {"value": number, "currency": ISO 4217 code}'
        )
    for name in ENTITY_ATTRIBUTES:
        if name in attributes and attributes[name] not in ids:
            raise _fail(where, f"{place}.{name}", f"{attributes[name]!r} is not an entity id")
    for name in ("date", "title", "kind", "metric", "period"):
        if name in attributes and not isinstance(attributes[name], str):
            raise _fail(where, f"{place}.{name}", "must be a string")


def _check_fact(fact: Any, ids: set[str], where: str, place: str) -> None:
    if not isinstance(fact, dict):
        raise _fail(where, place, "must be an object")
    kind = fact.get("type")
    if kind not in FACT_TYPES:
        raise _fail(where, f"{place}.type", f"{kind!r} is not one of " + ", ".join(FACT_TYPES))
    roles = fact.get("roles")
    if not isinstance(roles, dict) or not roles:
        raise _fail(where, f"{place}.roles", "missing or empty; map role names to entity ids")
    for role, value in roles.items():
        at = f"{place}.roles.{role}"
        if LIST_ROLES.get(kind) == role:
            if not isinstance(value, list) or not value:
                raise _fail(where, at, "must be a non-empty list of entity ids")
            members = value
        else:
            if not isinstance(value, str):
                raise _fail(where, at, "must be one entity id (a string)")
            members = [value]
        for member in members:
            if member not in ids:
                raise _fail(where, at, f"{member!r} is not the id of an entity in this file")
    if "status" in fact:
        _check_status(fact["status"], where, f"{place}.status")
    if "attributes" in fact:
        _check_attributes(fact["attributes"], ids, where, f"{place}.attributes")
    if "confidence" in fact and not _is_number(fact["confidence"]):
        raise _fail(where, f"{place}.confidence", "must be a number between 0 and 1")
    span = fact.get("evidence_span")
    if span is not None and not (
        isinstance(span, list) and len(span) == 2 and all(isinstance(i, int) for i in span)
    ):
        raise _fail(where, f"{place}.evidence_span", "must be [start, end] character offsets")


def validate(data: Any, where: str) -> dict[str, Any]:
    """Check a parsed object against kg-facts/1 and return it.

    Parameters
    ----------
    data : Any
        The parsed JSON.
    where : str
        What to name in error messages (the file).

    Returns
    -------
    dict
        ``data`` itself.

    Raises
    ------
    InputError
        On the first problem found, naming ``where`` and the place in the object.
    """
    if not isinstance(data, dict):
        raise _fail(where, "top level", "must be a JSON object")
    if data.get("format") != FORMAT:
        raise _fail(where, "format", f'is {data.get("format")!r}, expected "{FORMAT}"')
    document = data.get("document")
    if not isinstance(document, dict) or not isinstance(document.get("id"), str) or not document["id"]:
        raise _fail(where, "document.id", "missing; give the document's id")
    entities = data.get("entities", [])
    if not isinstance(entities, list):
        raise _fail(where, "entities", "must be a list")
    ids: set[str] = set()
    for index, entity in enumerate(entities):
        entity_id = _check_entity(entity, where, f"entities[{index}]")
        if entity_id in ids:
            raise _fail(where, f"entities[{index}].id", f"{entity_id!r} is used twice")
        ids.add(entity_id)
    for key in ("facts", "acceptable"):
        facts = data.get(key, [])
        if not isinstance(facts, list):
            raise _fail(where, key, "must be a list")
        for index, fact in enumerate(facts):
            _check_fact(fact, ids, where, f"{key}[{index}]")
    return data
