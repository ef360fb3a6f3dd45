"""kg.ingest: files, folders and JSONL corpora to Documents, and every hard input of issue 6."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import (
    count_documents,
    headline_text,
    iso_date,
    MAX_CHARS,
    html_to_text,
    is_english,
    language_problem,
    read_documents,
    safe_filename,
    split_text,
)
from kg.model import Document

ENGLISH = (
    "The company said on Tuesday that it had agreed to buy a smaller rival for about two "
    "billion dollars, and that the deal would be completed by the end of the year if the "
    "regulators in both countries approved it."
)
FRENCH = (
    "La société a annoncé mardi qu'elle avait accepté de racheter un concurrent plus petit pour "
    "environ deux milliards de dollars, et que la transaction serait finalisée avant la fin de "
    "l'année si les autorités de la concurrence des deux pays donnent leur accord."
)
GERMAN = (
    "Das Unternehmen teilte am Dienstag mit, dass es sich mit einem kleineren Konkurrenten auf "
    "eine Übernahme für rund zwei Milliarden Dollar geeinigt habe und dass der Kauf bis zum "
    "Ende des Jahres abgeschlossen sein werde, wenn die Behörden in beiden Ländern zustimmen."
)
CHINESE = (
    "该公司周二表示，已同意以约二十亿美元收购一家规模较小的竞争对手，如果两国监管机构批准，"
    "交易将在年底前完成。公司首席执行官说，这笔交易将扩大其在亚洲的业务，并在未来三年内节省成本。"
    "分析师认为此次收购价格合理，市场反应积极，公司股价当天上涨了百分之五。"
)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_text_markdown_html_files(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", "# Not a title\n\n" + ENGLISH)
    md = write(tmp_path / "b.md", "\n# Deal day #\n\n" + ENGLISH)
    html = write(
        tmp_path / "c.html",
        "<html><head><title>Big &amp; small</title><style>p {color: red}</style>"
        "<script>var deal = 1;</script></head><body><h1>Deal</h1><p>"
        + ENGLISH
        + "</p><script>alert('x')</script><p>Caf&eacute; &lt;b&gt; fine.</p></body></html>",
    )
    documents = list(read_documents([txt, md, html]))
    assert [(d.id, d.title, d.source) for d in documents] == [
        ("a", None, str(txt)),
        ("b", "Deal day", str(md)),
        ("c", "Big & small", str(html)),
    ]
    assert documents[0].text == "# Not a title\n\n" + ENGLISH
    assert documents[2].text == "Deal\n\n" + ENGLISH + "\n\nCafé <b> fine."
    assert documents[2].date is None


def test_html_to_text_drops_scripts_styles_and_keeps_paragraphs() -> None:
    text, title = html_to_text(
        "<body><style>.x{}</style><noscript>enable js</noscript><p>One\n  two</p>"
        "<br/>Three<script>if (a < b) {}</script><ul><li>Four &amp; five</li></ul></body>"
    )
    assert text == "One two\n\nThree\n\nFour & five"
    assert title is None


def test_folder_recursive_sorted_and_unsupported_types_ignored_quietly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path / "z.txt", ENGLISH)
    write(tmp_path / "sub" / "a.md", ENGLISH)
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "notes.pdf", "not read")
    write(tmp_path / ".hidden" / "c.txt", ENGLISH)
    with caplog.at_level(logging.WARNING, logger="kg"):
        ids = [d.id for d in read_documents([tmp_path])]
    assert ids == ["b", "a", "z"]
    assert warnings_of(caplog) == []


def test_unsupported_file_named_explicitly_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pdf = write(tmp_path / "notes.pdf", "x")
    good = write(tmp_path / "good.txt", ENGLISH)
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert [d.id for d in read_documents([pdf, good])] == ["good"]
    assert warnings_of(caplog) == [
        f"{pdf}: unsupported file type '.pdf', skipped (kg reads .txt, .md, .html, .htm, .jsonl)"
    ]


def test_missing_path_warns_and_rest_is_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = write(tmp_path / "good.txt", ENGLISH)
    missing = tmp_path / "missing.txt"
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert [d.id for d in read_documents([missing, good])] == ["good"]
    assert warnings_of(caplog) == [f"{missing}: no such file or folder, skipped"]


def test_nothing_readable_raises_input_error(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "  \n")
    with pytest.raises(InputError, match=r"no document could be read from .*empty\.txt.*check"):
        list(read_documents([empty, tmp_path / "nowhere"]))


def test_empty_and_binary_files_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    empty = write(tmp_path / "empty.txt", "")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 9)) * 40)
    good = write(tmp_path / "good.txt", ENGLISH)
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert [d.id for d in read_documents([empty, binary, controls, good])] == ["good"]
    assert warnings_of(caplog) == [
        f"{empty}: empty file, skipped",
        f"{binary}: binary file (NUL bytes), skipped",
        f"{controls}: binary file (control characters), skipped",
    ]


def test_invalid_utf8_decoded_with_replacement(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("Nestlé bought Café Co. ".encode("utf-8") + b"\xff\xfe " + ENGLISH.encode())
    with caplog.at_level(logging.WARNING, logger="kg"):
        (document,) = read_documents([path])
    assert document.text.startswith("Nestlé bought Café Co. \ufffd\ufffd The company")
    assert warnings_of(caplog) == [
        f"{path}: invalid UTF-8 at byte 25, decoded with replacement characters"
    ]


def test_latin1_and_cp1252_detected(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Nestlé and Société Générale: " + ENGLISH).encode("latin-1"))
    windows = tmp_path / "windows.txt"
    windows.write_bytes(("\u201cQuoted\u201d \u20ac5bn deal: " + ENGLISH).encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="kg"):
        documents = list(read_documents([latin, windows]))
    assert documents[0].text.startswith("Nestlé and Société Générale: ")
    assert documents[1].text.startswith("\u201cQuoted\u201d \u20ac5bn deal: ")
    assert warnings_of(caplog) == [
        f"{latin}: not UTF-8, decoded as cp1252",
        f"{windows}: not UTF-8, decoded as cp1252",
    ]


def test_jsonl_corpus_and_its_hard_lines(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = [
        json.dumps({"id": "d/1", "text": ENGLISH, "title": "T", "date": "2016-01-02"}),
        "{not json",
        "",
        json.dumps({"id": "d2", "title": "no text"}),
        json.dumps({"id": "d3", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": ENGLISH}),
        json.dumps({"id": 7, "text": ENGLISH, "source": "wire"}),
        json.dumps({"id": "d/1", "text": ENGLISH}),
        json.dumps({"id": "fr", "text": FRENCH}),
    ]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    with caplog.at_level(logging.WARNING, logger="kg"):
        documents = list(read_documents([corpus]))
    assert documents == [
        Document(id="d/1", text=ENGLISH, title="T", date="2016-01-02", source=str(corpus)),
        Document(id="7", text=ENGLISH, source="wire"),
    ]
    warnings = warnings_of(caplog)
    assert warnings[:5] == [
        f"{corpus}:2: malformed JSON (Expecting property name enclosed in double quotes), line skipped",
        f"{corpus}:4: no \"text\" field in document 'd2', line skipped",
        f"{corpus}:5: \"text\" is not a string in document 'd3', line skipped",
        f"{corpus}:6: not a JSON object, line skipped",
        f"{corpus}:7: no string \"id\" field, line skipped",
    ]
    assert warnings[5] == (
        f"{corpus}:9: duplicate document id 'd/1' (first read from {corpus}:1), skipped"
    )
    assert warnings[6].startswith(f"{corpus}:10: document 'fr' is not English (")
    assert len(warnings) == 7


@pytest.mark.parametrize(
    "title, text",
    [
        ("ACME CORP TO ACQUIRE BORG INC FOR ABOUT 215 MLN DLRS", "Acme Corp to acquire Borg Inc for about 215 mln dlrs"),
        ("ZORVEX TERMINATES PLANNED ACQUISITION OF\nQUINTARA'S TARVEL-BELKNAP UNIT", "Zorvex terminates planned acquisition of Quintara's Tarvel-Belknap unit"),
        ("ACME <ACM.N> BUYS A STAKE IN P.Q. BORG", "Acme <ACM.N> buys a stake in P.Q. Borg"),
        ("QX CREDIT TO BUY BORG INVESTMENT CORP", "QX credit to buy Borg Investment Corp"),
        ("Acme says it\nbuys Borg", "Acme says it buys Borg"),
        ("ZORVEX FINANCIAL SAID IT WILL BUY TARVEL CO", "Zorvex Financial said it will buy Tarvel Co"),
        ("KELVARO <KLV> UNIT SAYS IT WILL SELL BORVIA", "Kelvaro <KLV> unit says it will sell Borvia"),
        ("TARNFIELD SAID GLOBAL GROUP TO BID FOR ACME", "Tarnfield said Global Group to bid for Acme"),
        ("BORG HOLDS 7.1 PCT OF ZORVEX CLASS A STOCK", "Borg holds 7.1 pct of Zorvex Class A stock"),
        ("BELKNAP YOUNG AND CO TO SELL BORVIA UNIT", "Belknap Young and Co to sell Borvia unit"),
    ],
)
def test_headline_text_recases_a_headline_in_capitals(title: str, text: str) -> None:
    assert headline_text(title) == text


def test_a_story_with_only_a_headline_is_read_from_it(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = [
        json.dumps({"id": "flash", "text": "", "title": "ACME CORP TO ACQUIRE BORG INC FOR 12 MLN DLRS"}),
        json.dumps({"id": "blank", "text": " ", "title": " "}),
    ]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    with caplog.at_level(logging.WARNING, logger="kg"):
        documents = list(read_documents([corpus]))
    assert [(d.id, d.text) for d in documents] == [("flash", "Acme Corp to acquire Borg Inc for 12 mln dlrs")]
    assert warnings_of(caplog) == [f"{corpus}:2: empty document 'blank', skipped"]


def test_duplicate_ids_across_files_name_both_places(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first = write(tmp_path / "a" / "same.txt", ENGLISH)
    second = write(tmp_path / "b" / "same.md", ENGLISH)
    with caplog.at_level(logging.WARNING, logger="kg"):
        documents = list(read_documents([tmp_path]))
    assert [d.source for d in documents] == [str(first)]
    assert warnings_of(caplog) == [
        f"{second}: duplicate document id 'same' (first read from {first}), skipped"
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [(ENGLISH, True), (FRENCH, False), (GERMAN, False), (CHINESE, False), ("Shr 12 cts vs 8 cts", True)],
)
def test_language_check(text: str, english: bool) -> None:
    assert is_english(text) is english


def test_language_check_reasons_and_tables() -> None:
    assert language_problem(CHINESE) == "100% of its letters are not Latin script"
    assert language_problem(FRENCH) is not None and "other languages" in language_problem(FRENCH)
    table = "\n".join(f"Shr {n} cts vs {n + 1} cts\nNet {n},000 vs {n},500\nRevs mln" for n in range(20))
    assert language_problem(table) is None


def test_split_text_at_paragraph_boundaries() -> None:
    paragraphs = [f"Paragraph {n}." + " word" * (n % 7 + 3) for n in range(40)]
    text = "\n\n".join(paragraphs)
    parts = split_text(text, max_chars=200)
    assert "".join(parts) == text
    assert all(len(part) <= 200 for part in parts)
    assert len(parts) > 1
    for part in parts:
        assert all(p.strip() in paragraphs for p in part.split("\n\n") if p.strip())


def test_split_text_cuts_an_overlong_paragraph_at_sentences_then_spaces() -> None:
    text = "One two three. " * 20
    parts = split_text(text, max_chars=50)
    assert "".join(parts) == text
    assert all(part.endswith(". ") for part in parts[:-1])
    assert split_text("x" * 120, max_chars=50) == ["x" * 50, "x" * 50, "x" * 20]


def test_five_megabyte_document_is_split_into_parts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paragraph = ENGLISH + " " + ENGLISH
    count = 5_000_000 // (len(paragraph) + 2) + 1
    text = "\n\n".join([paragraph] * count)
    big = write(tmp_path / "big.txt", text)
    with caplog.at_level(logging.WARNING, logger="kg"):
        documents = list(read_documents([big]))
    assert len(text) > 5_000_000
    per_part = MAX_CHARS // (len(paragraph) + 2)
    assert len(documents) == -(-count // per_part)
    assert [d.id for d in documents[:2]] == ["big#part1", "big#part2"]
    assert all(len(d.text) <= MAX_CHARS for d in documents)
    assert "".join(d.text for d in documents) == text
    assert all(d.text.startswith(paragraph) for d in documents)
    (warning,) = warnings_of(caplog)
    assert warning == (
        f"{big}: document 'big' has {len(text)} characters, split at paragraph breaks into "
        f"{len(documents)} parts 'big#part1'..'big#part{len(documents)}'"
    )


def test_sentences_unchanged_by_splitting(nlp) -> None:
    """Extractors read one sentence at a time: a part must give exactly the whole's sentences."""
    paragraphs = [
        "JD.com agreed to buy a stake in Yihaodian from Walmart.",
        "Richard Liu is the chief executive of JD.com. He spoke in Davos.",
        "Tencent Holdings is based in Shenzhen, China.",
        "Walmart and JD.com formed a partnership in China in 2016.",
    ]
    text = "\n\n".join(paragraphs)
    parts = split_text(text, max_chars=130)
    assert len(parts) == 2
    whole = [s.text.strip() for s in nlp(text).sents]
    split = [s.text.strip() for part in parts for s in nlp(part).sents]
    assert [s for s in split if s] == [s for s in whole if s]


def test_safe_filename() -> None:
    assert safe_filename("jd-us-expansion") == "jd-us-expansion"
    assert safe_filename("reuters_1.2") == "reuters_1.2"
    unsafe = safe_filename("a/b:c#part2")
    assert unsafe.startswith("a_b_c_part2-") and len(unsafe) == len("a_b_c_part2-") + 8
    assert safe_filename("a/b") != safe_filename("a:b")
    assert safe_filename("..") .startswith("doc-")
    assert "/" not in safe_filename("../../etc/passwd")


def test_reading_is_lazy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    first = write(tmp_path / "first.txt", ENGLISH)
    second = write(tmp_path / "second.txt", ENGLISH)
    stream = read_documents([first, second])
    assert next(stream).id == "first"
    second.unlink()
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert list(stream) == []
    assert warnings_of(caplog) == [f"{second}: no such file or folder, skipped"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("26-FEB-1987 15:18:06.67", "1987-02-26"),
        ("2005", "2005"),
        ("2005-03", "2005-03"),
        ("2018-11-01T10:00:00Z", "2018-11-01"),
        ("Tue, 01 Mar 2005 10:00:00 +0000", "2005-03-01"),
        ("1 March 2005", "2005-03-01"),
        ("March 1, 2005", "2005-03-01"),
        ("soon", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_jsonl_dates_become_iso_and_bad_ones_are_dropped_and_datelines_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "One.", "date": "26-FEB-1987 15:18:06.67", "dateline": "TORONTO, Feb 26 -"})
        + "\n"
        + json.dumps({"id": "b", "text": "Two.", "date": "someday"})
        + "\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="kg"):
        docs = list(read_documents([corpus]))
    assert [d.date for d in docs] == ["1987-02-26", None]
    assert [d.dateline for d in docs] == ["TORONTO, Feb 26 -", None]
    assert caplog.messages == [f"{corpus}:2: date 'someday' of document 'b' is not a date kg can read, ignored"]


def test_unpaired_surrogate_escapes_are_replaced(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "s", "text": "Acme \\ud800 bought Widget."}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg"):
        [doc] = read_documents([corpus])
    assert doc.text == "Acme \ufffd bought Widget."
    assert caplog.messages == [f"{corpus}:1: document 's' has unpaired surrogate escapes, replaced with U+FFFD"]


def test_count_documents_counts_files_and_corpus_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("One.", encoding="utf-8")
    (folder / "sub" / "b.md").write_text("# Two", encoding="utf-8")
    (folder / "skip.pdf").write_bytes(b"%PDF")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\nnot json\n', encoding="utf-8")
    assert count_documents([folder, corpus, tmp_path / "missing.txt"]) == 5
