"""Check that kg's indexed attribute ruler annotates a corpus exactly as spaCy's own ruler does.

kg loads the model with :class:`kg.nlp.IndexedAttributeRuler` in place of spaCy's attribute
ruler (same patterns, matched through an index). This parses every text of a corpus with kg's
pipeline and with the same pipeline keeping spaCy's ruler (``kg.nlp.add_components`` with
``index_ruler=False``: kg's tokenizer and components included), and compares each token's text, POS,
tag, morphology, lemma, dependency, head, entity and sentence start.

    python benchmarks/check_attribute_ruler.py ../shared/data/bbc-news/bbc_news_business.jsonl
    python benchmarks/check_attribute_ruler.py ../shared/data/reuters21578/reuters_acq.jsonl

Exits non-zero when any document differs. The corpora are research-only and are only read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg.nlp import DEFAULT_MODEL, add_components, load
from kg.pipeline import BATCH_SIZE


def _annotations(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSONL file with a 'text' field per line")
    args = parser.parse_args()
    lines = args.corpus.read_text("utf-8").splitlines()
    texts = [text for text in (json.loads(line).get("text", "") for line in lines if line.strip()) if text.strip()]
    stock = add_components(spacy.load(DEFAULT_MODEL), index_ruler=False)
    ours = load()
    started = time.perf_counter()
    differing = tokens = 0
    for mine, theirs in zip(ours.pipe(texts, batch_size=BATCH_SIZE), stock.pipe(texts, batch_size=BATCH_SIZE)):
        tokens += len(mine)
        if _annotations(mine) != _annotations(theirs):
            differing += 1
    seconds = time.perf_counter() - started
    print(f"{args.corpus.name}: {len(texts):,} documents, {tokens:,} tokens, {differing} differing ({seconds:.0f} s)")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
