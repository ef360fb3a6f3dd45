"""kg.status: the status of a fact from its trigger's governing words, and attribution."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kg.model import STATUS_CLASSES
from kg.status import attribution, fact_status, standing_status


def _trigger(nlp, text: str, word: str):
    doc = nlp(text)
    matches = [token for token in doc if token.text == word]
    assert len(matches) == 1, f"{word!r} must occur once in {text!r}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Acme completed the sale of Beta.", "sale", "completed"),
        ("Acme is in negotiations to buy Beta.", "buy", "negotiating"),
        ("Acme is in talks to acquire Beta.", "acquire", "negotiating"),
        ("Acme is mulling a sale of Beta.", "sale", "considering"),
        ("Acme said it intends to sell Beta.", "sell", "planned"),
        ("Quintara hopes to merge with Belknap next year.", "merge", "planned"),
        ("Acme is working on a plan to sell Beta.", "sell", "planned"),
        ("Acme has offered to buy Beta for $5m.", "buy", "proposed"),
        ("Acme made a bid for Beta.", "bid", "proposed"),
        ("Acme is reportedly in talks to buy Beta.", "buy", "rumored"),
        ("Acme is rumoured to be interested in buying Beta.", "buying", "rumored"),
        ("Acme dismissed reports that it would buy Beta.", "buy", "denied"),
        ("The merger talks failed.", "merger", "failed"),
        ("Talks between Acme and Beta on a merger have collapsed.", "merger", "failed"),
        ("Acme rejected a takeover offer from Beta.", "offer", "rejected"),
        ("Acme decided not to buy Beta.", "buy", "rejected"),
        ("Acme has no plans to sell Beta.", "sell", "denied"),
        ("Acme will never sell Beta.", "sell", "denied"),
        ("Acme did not rule out a sale of Beta.", "sale", "considering"),
        ("Acme declined to buy Beta.", "buy", "rejected"),
        ("Acme refused to sell Beta.", "sell", "rejected"),
        ("Acme failed to buy Beta.", "buy", "failed"),
        ("Acme could sell Beta.", "sell", "speculated"),
        ("Acme may sell Beta next year.", "sell", "speculated"),
        ("The deal is expected to close in March.", "deal", "expected"),
        ("The acquisition was completed in March.", "acquisition", "completed"),
        ("Acme bought Beta last year.", "bought", "completed"),
        ("Acme was acquired by Beta in 2010.", "acquired", "completed"),
        ("Acme will be acquired by Beta.", "acquired", "planned"),
        ("Acme announced plans to buy Beta.", "buy", "planned"),
        ("Acme has signed a deal to buy Beta.", "buy", "agreed"),
        ("Acme signed an agreement with Beta.", "agreement", "agreed"),
        ("Acme did not deny that it was in talks with Beta.", "talks", "rumored"),
        ("The board approved the merger with Beta.", "merger", "agreed"),
        ("Acme pulled out of the deal to buy Beta.", "buy", "cancelled"),
        ("Zorvex may end up selling its plant to Quintara.", "selling", "speculated"),
        ("Tarvel ended up buying Belknap after all.", "buying", "completed"),
        ("Borvia will not be able to buy the Acme shares until the regulators have ruled.", "buy", "planned"),
        ("Borvia promised not to sell Kelvaro until next spring.", "sell", "denied"),
        ("Acme walked away from talks with Beta.", "talks", "cancelled"),
        ("Acme's bid for Beta was blocked by regulators.", "bid", "failed"),
        ("Acme plans to expand after buying Beta.", "buying", "completed"),
        ("Acme is unlikely to buy Beta.", "buy", "denied"),
        ("Acme wants to buy Beta.", "buy", "planned"),
        ("Acme is seeking to buy Beta.", "buy", "planned"),
        ("Acme is looking to buy Beta.", "buy", "planned"),
        ("Acme is eyeing a purchase of Beta.", "purchase", "considering"),
        ("Acme confirmed it is in talks to buy Beta.", "buy", "negotiating"),
        ("Acme confirmed it bought Beta.", "bought", "completed"),
        ("Acme has been in talks with customers and bought Beta.", "bought", "completed"),
        ("Acme bought Beta in a move to expand in Asia.", "bought", "completed"),
        ("Acme shelved plans for a merger with Beta.", "merger", "cancelled"),
        ("The proposed merger was called off.", "merger", "cancelled"),
        ("Acme terminated its merger agreement with Beta.", "merger", "cancelled"),
        ("Acme rescinded its agreement to buy Beta.", "buy", "cancelled"),
        ("Acme and Beta ended merger talks.", "merger", "cancelled"),
        ("Zorvex and Tarvel have suspended negotiations on their planned merger.", "merger", "cancelled"),
        ("Acme said it would not sell Beta.", "sell", "denied"),
        ("Acme doesn't plan to sell Beta.", "sell", "denied"),
        ("Acme has not completed the purchase of Beta.", "purchase", "failed"),
        ("Nobody expects Acme to buy Beta.", "buy", "expected"),
        ("JD is in discussions to sell 15% of its logistics operations to Tencent.", "sell", "negotiating"),
        ("JD.com is working on financing in order to invest in the United States and is mulling the establishment of a fulfillment center in Los Angeles, Bloomberg reports.", "invest", "planned"),
        ("JD.com is working on financing in order to invest in the United States and is mulling the establishment of a fulfillment center in Los Angeles, Bloomberg reports.", "establishment", "considering"),
        ("The company decided not to pump in any more money.", "pump", "rejected"),
        ("The company has no plans to sell the unit.", "sell", "denied"),
        ("IBM did not rule out a sale of the unit.", "sale", "considering"),
        ("Merger talks between the two companies collapsed last week.", "Merger", "failed"),
        ("The company called off talks to buy Acme.", "buy", "cancelled"),
        ("Acme is to be acquired by Beta.", "acquired", "planned"),
        ("Acme is expected to complete the acquisition of Beta in March.", "acquisition", "expected"),
        ("Acme has now signed a definitive agreement to acquire Beta at 14 dlrs a share.", "acquire", "agreed"),
        ("Acme reportedly agreed to buy Beta.", "buy", "rumored"),
        ("Acme denied reports that it was in talks to buy Beta.", "buy", "denied"),
        ("Acme sold its stake in Beta.", "sold", "completed"),
        ("Acme has acquired Beta.", "acquired", "completed"),
        ("Acme agreed to buy Beta.", "buy", "agreed"),
        ("Acme announced the acquisition of Beta.", "acquisition", "announced"),
        ("Acme announced it has acquired Beta.", "acquired", "completed"),
        ("Acme plans to buy Beta.", "buy", "planned"),
        ("Acme will buy Beta.", "buy", "planned"),
        ("Acme intends to sell Beta.", "sell", "planned"),
        ("Acme aims to buy Beta.", "buy", "planned"),
        ("Acme is considering a sale of Beta.", "sale", "considering"),
        ("Acme is weighing a bid for Beta.", "bid", "considering"),
        ("Acme is exploring a sale of Beta.", "sale", "considering"),
        ("Acme proposed a merger with Beta.", "merger", "proposed"),
        ("Acme offered to buy Beta.", "buy", "proposed"),
        ("Acme bid for Beta.", "bid", "proposed"),
        ("Acme is rumoured to be buying Beta.", "buying", "rumored"),
        ("There is speculation that Acme will buy Beta.", "buy", "speculated"),
        ("Acme denied that it bought Beta.", "bought", "denied"),
        ("Acme dismissed reports of a merger with Beta.", "merger", "denied"),
        ("Acme scrapped its plan to buy Beta.", "buy", "cancelled"),
        ("Acme abandoned the merger.", "merger", "cancelled"),
        ("Acme terminated the agreement to buy Beta.", "buy", "cancelled"),
        ("Regulators blocked the merger.", "merger", "failed"),
        ("Acme rejected the offer from Beta.", "offer", "rejected"),
        ("Acme did not buy Beta.", "buy", "denied"),
        ("Acme never bought Beta.", "bought", "denied"),
        ("Acme bought Beta after talks with customers.", "bought", "completed"),
        ("Acme bought Beta, which it plans to expand.", "bought", "completed"),
        ("Acme, which bought Beta last year, plans to expand.", "bought", "completed"),
        ("Acme did not buy Beta but sold Gamma.", "sold", "completed"),
        ("Acme is expected to buy Beta.", "buy", "expected"),
        ("Acme completed its tender offer for Beta.", "offer", "completed"),
        ("The proposed merger of Acme and Beta was approved.", "merger", "proposed"),
        ("Acme is in talks with Beta about a merger.", "merger", "negotiating"),
        ("Acme is set to buy Beta.", "buy", "expected"),
        ("People familiar with the matter said Acme bought Beta.", "bought", "rumored"),
        ("The Justice Department required that Acme sell off Beta.", "sell", "planned"),
        ("Prosecutors are forcing the sale of Beta.", "sale", "planned"),
        ("Acme has decided against buying Beta.", "buying", "rejected"),
        ("The board voted against selling Beta to Acme.", "selling", "rejected"),
        ("Acme said it is interested in buying Beta.", "buying", "considering"),
        ("Acme said it was unable to buy Beta.", "buy", "failed"),
        ("Industry sources said Acme was close to acquiring the brokerage division of Beta.", "acquiring", "negotiating"),
        ("Acme is reported to be keen on buying a stake in Beta.", "buying", "considering"),
        ("Acme spent $3m on its attempted takeover of Beta.", "takeover", "failed"),
        ("Acme made an unsuccessful bid for Beta last year.", "bid", "failed"),
        ("Beta shares have not recovered since Acme's thwarted approach last spring.", "approach", "failed"),
        ("Acme is analyzing the lawsuit to determine whether to consummate its announced plans to merge with Beta.", "merge", "planned"),
        ("Acme has the financing needed to complete its proposed acquisition of Beta.", "acquisition", "proposed"),
        ("Beta said it has accepted a takeover offer from Acme.", "offer", "agreed"),
        ("Beta said regulators approved its bid for Gamma.", "bid", "agreed"),
        ("Beta said it will accept the offer from Acme.", "offer", "planned"),
        ("Beta has the choice of accepting the offer from Acme.", "offer", "proposed"),
        ("Acme said it was unable to reach a deal to buy Beta.", "buy", "failed"),
    ],
)
def test_fact_status(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme did not buy Beta.", "buy"),
        ("Acme has no plans to sell Beta.", "sell"),
        ("Acme will never sell Beta.", "sell"),
        ("The bank decided not to pump in any more money.", "pump"),
        ("Acme said it would not sell Beta.", "sell"),
        ("Acme doesn't plan to sell Beta.", "sell"),
        ("Acme is not in talks to buy Beta.", "buy"),
        ("Acme is not expected to buy Beta.", "buy"),
        ("Acme did not agree to buy Beta.", "buy"),
        ("Beta is no longer owned by Acme.", "owned"),
        ("Regulators did not require Acme to sell Beta.", "sell"),
        ("Acme is not interested in buying Beta.", "buying"),
        ("Acme is not able to buy Beta.", "buy"),
        ("Acme said it would not make an offer for Beta.", "offer"),
        ("Acme has not launched a bid for Beta.", "bid"),
        ("Acme will not open a plant in Ohio.", "plant"),
        ("Acme said it would not build a factory in Ohio this year.", "factory"),
    ],
)
def test_negation_never_gives_a_positive_or_prospective_status(nlp, text: str, word: str) -> None:
    assert STATUS_CLASSES[fact_status(_trigger(nlp, text, word))] == "negative"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The sale price was not disclosed.", "sale"),
        ("A spokeswoman declined to identify the buyer or give terms of the sale.", "sale"),
        ("Acme did not say whether it bought Beta.", "bought"),
        ("Acme bought Beta after talks with customers.", "bought"),
        ("Acme bought Beta and now owns more shops.", "bought"),
        ("Acme bought Beta against the advice of its bankers.", "bought"),
        ("It was not clear what impact the ruling had on the sale of Beta.", "sale"),
    ],
)
def test_negation_or_cues_elsewhere_in_the_sentence_do_not_count(nlp, text: str, word: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == "completed"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The spokesman declined to comment on whether Acme was interested in buying Beta.", "buying", "considering"),
        ("Acme declined to comment on reports that it plans to buy Beta.", "buy", "rumored"),
        ("Acme refused to say whether it would sell Beta.", "sell", "planned"),
        ("Acme declined to buy Beta.", "buy", "rejected"),
        ("A spokesman could not confirm whether Acme was planning to invest in Beta.", "invest", "planned"),
        ("Acme would not say whether it had considered selling Beta.", "selling", "considering"),
        ("Quintara would sell its stake in Tarvel, Belknap would not be drawn to say.", "sell", "planned"),
        ("Kelvaro declined to be drawn on reports that Tarnfield had held merger talks with Borvia.", "merger", "rumored"),
        ("But she declined to comment on rumours Zorvex would take a 12 pct stake in Quintara.", "take", "rumored"),
    ],
)
def test_refusing_to_comment_refuses_no_fact(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


def test_default_stands_without_cues(nlp) -> None:
    trigger = _trigger(nlp, "Walmart and JD enjoy a partnership in China.", "partnership")
    assert fact_status(trigger, default="active") == "active"
    assert fact_status(trigger) == "completed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kelvaro Corp paid about 8 mln dlrs in May to acquire a 30 pct stake in Zorvex Inc.", "completed"),
        ("Kelvaro Corp spent 8 mln dlrs to acquire a 30 pct stake in Zorvex Inc.", "completed"),
        ("Kelvaro Corp will pay 8 mln dlrs to acquire a 30 pct stake in Zorvex Inc.", "planned"),
        ("Kelvaro Corp borrowed 8 mln dlrs to acquire a 30 pct stake in Zorvex Inc.", "planned"),
    ],
)
def test_a_deal_paid_for_is_done(nlp, text: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, "acquire"), default="planned") == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Under the agreement, Zorvex will acquire the paint business of Borvia.", "acquire", "agreed"),
        ("Under the terms of the pact, Tarvel would buy the Quintara mill.", "buy", "agreed"),
        ("Under the proposal, Kelvaro would sell its Belknap unit to Acme.", "sell", "proposed"),
        ("Under the agreement, Tarnfield bought a Borg plant last year.", "bought", "completed"),
        ("Under the agreement, Acme may sell its stake in Borg.", "sell", "speculated"),
    ],
)
def test_a_future_set_under_an_arrangement_takes_its_status(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The agreement calls for Zorvex to be merged into Acme Corp, the company said.", "merged", "agreed"),
        ("The offer from Borg calls for a merger of Acme with Zorvex Inc.", "merger", "proposed"),
        ("The plan provides for the sale of the Belknap unit to Tarvel.", "sale", "planned"),
    ],
)
def test_a_deal_an_arrangement_calls_for_takes_its_status(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


@pytest.mark.parametrize(
    "text",
    [
        "The proposals call for the sale of its tools unit to Borg Inc and the leveraged buyout of the company by Zorvex Acquisition Co.",
        "The new proposals call for the sale of its tools unit to <Borg Industries Inc> and a leveraged buyout of Acme Corp by <Zorvex Acquisition Co>, Acme said.",
    ],
)
def test_a_second_deal_hung_on_a_word_of_the_first_takes_its_status(nlp, text: str) -> None:
    assert fact_status(_trigger(nlp, text, "buyout")) == "proposed"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Last spring Zorvex tried to buy Kelvaro before Borg outbid it.", "buy", "failed"),
        ("Quintara has attempted to acquire the Belknap mills.", "acquire", "failed"),
        ("Acme is trying to sell its Tarvel unit.", "sell", "planned"),
        ("Borvia will try to merge with Tarnfield.", "merge", "planned"),
    ],
)
def test_a_deal_only_tried_for_in_the_past_failed(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


def test_a_name_modified_by_a_clause_does_not_lend_its_verb(nlp) -> None:
    trigger = _trigger(nlp, "Acme, which owns Beta, plans to sell Gamma.", "owns")
    assert fact_status(trigger, default="active") == "active"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Tarnfield went to court for an injunction to block the planned merger of Acme with Borg.", "merger", "planned"),
        ("Tarnfield sued in a state court to block the sale of the Borvia unit to Acme.", "sale", "completed"),
        ("Kelvaro is trying to thwart the 40 mln stg offer from Quintara.", "offer", "proposed"),
        ("The regulator decided to block the merger of Acme with Borg.", "merger", "failed"),
        ("A judge set aside a state court order blocking the planned merger of Zorvex and Tarvel.", "merger", "planned"),
        ("Belknap sued, hoping to use the antitrust laws to block the planned merger of Acme with Borg.", "merger", "planned"),
        ("Belknap used its 30 pct holding to block the merger of Acme with Borg.", "merger", "failed"),
        ("Kelvaro is seeking to halt the sale of the Borvia unit to Acme.", "sale", "completed"),
        ("Regulators halted the sale of the Borvia unit to Acme.", "sale", "failed"),
    ],
)
def test_a_deal_an_opponent_only_seeks_to_stop_has_not_failed(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


def test_a_price_the_parser_hangs_the_deal_noun_on_passes_the_climb(nlp) -> None:
    trigger = _trigger(nlp, "Zorvex Corp withdrew its 31 dlr per share offer for Kelvaro Inc after talks stalled.", "offer")
    assert fact_status(trigger) == "cancelled"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Zorvex and Kelvaro tried to combine last spring but the talks collapsed.", "combine", "failed"),
        ("Quintara had discussed a possible offer for Belknap, but the talks were called off in May.", "offer", "cancelled"),
        ("Quintara agreed to buy Belknap, but talks on the price go on.", "buy", "agreed"),
    ],
)
def test_talks_a_contrast_says_ended_end_the_deal_before_it(nlp, text: str, word: str, status: str) -> None:
    assert fact_status(_trigger(nlp, text, word)) == status


def test_a_participle_telling_a_modal_verb_s_result_shares_the_modal(nlp) -> None:
    trigger = _trigger(nlp, "Acme will sell 400,000 Beta shares, lowering its stake to nine pct.", "lowering")
    assert fact_status(trigger) == "planned"
    trigger = _trigger(nlp, "Acme sold 400,000 Beta shares, lowering its stake to nine pct.", "lowering")
    assert fact_status(trigger) == "completed"
    trigger = _trigger(nlp, "Acme has dropped its bid for Beta, leaving Gamma free to merge with Beta.", "merge")
    assert STATUS_CLASSES[fact_status(trigger)] != "negative"


def test_seed_statuses(nlp, seed_document) -> None:
    doc = nlp(seed_document.text)
    statuses = {
        (token.text, token.sent.text[:20]): fact_status(token)
        for token in doc
        if token.text in ("invest", "establishment", "sell")
    }
    assert statuses == {
        ("invest", "JD.com Inc., China's"): "planned",
        ("establishment", "JD.com Inc., China's"): "considering",
        ("sell", "This week Liu told r"): "negotiating",
    }


def test_cue_files_name_only_known_statuses() -> None:
    data = json.loads(resources.files("kg.data").joinpath("status_cues.json").read_text(encoding="utf-8"))
    statuses = set()
    for table in ("verbs", "nouns", "phrasal", "modifiers", "auxiliaries", "to_governors", "negated", "when_negated", "sentence", "delayed", "past_governors"):
        statuses |= set(data[table].values())
    statuses |= set(data["delayed"])
    statuses |= {data["negated_default"], data["when_negated_default"], data["past_tense"], *data["overriding"]}
    assert statuses <= set(STATUS_CLASSES)
    assert {STATUS_CLASSES[status] for status in data["negated"].values()} == {"negative"}
    assert STATUS_CLASSES[data["negated_default"]] == "negative"
    assert {STATUS_CLASSES[status] for status in data["when_negated"].values()} == {"prospective"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("JD.com is mulling a fulfillment center in Los Angeles, Bloomberg reports.", "Bloomberg"),
        ("According to the FT, Acme bought Beta.", "FT"),
        ("Acme bought Beta, according to Reuters.", "Reuters"),
        ("Sources told the Wall Street Journal that Acme is weighing a bid for Beta.", "Wall Street Journal"),
        ("Reuters reported that Acme bought Beta.", "Reuters"),
        ("The newspaper said Acme bought Beta.", "The newspaper"),
        ("According to a report in the Financial Times, Acme bought Beta.", "Financial Times"),
        ("Bloomberg's report and Liu's own remarks suggest that JD is eyeing American turf.", "Bloomberg"),
        ("Acme is in talks to buy Beta, the Wall Street Journal reported on Monday.", "Wall Street Journal"),
        ("Acme is in talks to buy Beta, reports Bloomberg.", "Bloomberg"),
        ("Acme bought Beta, according to people familiar with the matter.", "people familiar with the matter"),
    ],
)
def test_attribution(nlp, text: str, source: str) -> None:
    assert attribution(next(iter(nlp(text).sents))) == source


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it bought Beta.",
        "Acme reported a profit of $5m.",
        "Acme reported that it bought Beta.",
        "The spokesperson said in an email that the company is considering options.",
        "Acme bought Beta last year.",
    ],
)
def test_no_attribution(nlp, text: str) -> None:
    assert attribution(next(iter(nlp(text).sents))) is None


def test_attribution_is_worked_out_once_per_sentence(nlp, monkeypatch) -> None:
    import kg.status

    doc = nlp("Acme will buy Borg, Bloomberg reported. Acme said it agreed.")
    first, second = list(doc.sents)
    assert attribution(first) == "Bloomberg" and attribution(second) is None
    monkeypatch.setattr(kg.status, "_according_to", lambda sentence, sources: pytest.fail("read twice"))
    assert attribution(first) == "Bloomberg" and attribution(second) is None


def test_fact_status_is_worked_out_once_per_trigger_and_default(nlp, monkeypatch) -> None:
    import kg.status

    doc = nlp("Acme did not buy Borg.")
    assert fact_status(doc[3]) == fact_status(doc[3], "active") == "denied"
    monkeypatch.setattr(kg.status, "_path_cues", lambda trigger, cues: pytest.fail("read twice"))
    assert fact_status(doc[3]) == fact_status(doc[3], "active") == "denied"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Beta is a unit of Acme.", "active"),
        ("Beta is not a unit of Acme.", "denied"),
        ("Beta is no longer a unit of Acme.", "denied"),
        ("Acme did not comment on Beta, a unit of Gamma.", "active"),
    ],
)
def test_standing_status_is_denied_only_by_a_negated_copula(nlp, text: str, status: str) -> None:
    assert standing_status(_trigger(nlp, text, "unit"), "active", ("be", "become", "remain")) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Beta will become a wholly owned unit of Acme.", "planned"),
        ("Beta agreed to become a unit of Acme.", "agreed"),
        ("Beta will operate as a unit of Acme.", "planned"),
        ("Beta became a unit of Acme in 1990.", "active"),
        ("Beta, which is a unit of Acme, will buy Gamma.", "active"),
        ("Beta will remain a unit of Acme.", "active"),
        ("Beta will continue to operate its plant as a unit of Acme.", "active"),
    ],
)
def test_standing_status_is_to_come_where_its_linking_verb_is(nlp, text: str, status: str) -> None:
    found = standing_status(_trigger(nlp, text, "unit"), "active", ("be", "become", "remain"), ("operate", "continue", "remain"), ("remain", "continue"))
    assert found == status
