"""Attribution: who said what, through whom, when, how firmly (issue 5)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.attribution_common import Found
from sitrep.extract.attribution_patterns import reporter_clauses
from sitrep.extract.claim_lists import list_end
from sitrep.extract.claim_own_sources import without_own_source
from sitrep.extract.claim_second_speakers import before_second_speaker
from sitrep.extract.quotes import find_quotes, quote_at, quoted_share
from sitrep.extract.sources import base_of, is_media_name, span_text
from sitrep.model import TimeExpr

pytestmark = pytest.mark.model


def _one(make_context, text: str, published: dt.date | None = None, times=()):
    ctx = make_context(text, published)
    return ctx, extract_attributions(ctx, times)


def _claim(text: str, attribution) -> str:
    return text[attribution.claim.start : attribution.claim.end]


@pytest.mark.parametrize(
    ("text", "source", "verb_class", "claim_part"),
    [
        (
            "The minister said the bridge would reopen next week.",
            "The minister",
            "say",
            "bridge would reopen",
        ),
        (
            "Two officials told Reuters that the convoy had been hit.",
            "Two officials",
            "tell",
            "convoy had been hit",
        ),
        (
            "The convoy was hit near the border, according to local officials.",
            "local officials",
            "according to",
            "convoy was hit",
        ),
        (
            "The army has lost three tanks in the fighting, The Wall Street Journal reported.",
            "The Wall Street Journal",
            "report",
            "lost three tanks",
        ),
        (
            "The government denied that any soldiers had crossed the border.",
            "The government",
            "deny",
            "soldiers had crossed",
        ),
        (
            "The ministry confirmed that two ships were damaged.",
            "The ministry",
            "confirm",
            "two ships were damaged",
        ),
        (
            "Analysts warned that prices could rise sharply.",
            "Analysts",
            "warn",
            "prices could rise",
        ),
    ],
)
def test_reporting_patterns(make_context, text, source, verb_class, claim_part):
    _, found = _one(make_context, text)
    match = [a for a in found if a.source.text == source]
    assert match, found
    assert match[0].cue is not None and match[0].cue.verb_class == verb_class
    assert claim_part in _claim(text, match[0])


def test_media_addressee_is_the_first_link(make_context):
    text = "A senior official told The New York Times that the plan had failed."
    _, found = _one(make_context, text)
    assert found[0].source.kind == "anonymous_official"
    assert [v.text for v in found[0].via] == ["The New York Times"]


def test_outlet_names_are_normalised_across_the_article(make_context):
    text = (
        "Officials told The New York Times that the talks had stalled.\n\n"
        "The deal is unlikely before winter, The Times reported."
    )
    _, found = _one(make_context, text)
    reporter = next(a for a in found if a.cue and a.cue.text == "reported")
    assert reporter.source.name == "The New York Times"
    assert reporter.source.kind == "media"


def test_quote_across_sentences_with_trailing_speaker(make_context):
    text = "“We will not retreat. We will hold the line,” the commander said on Tuesday."
    _, found = _one(make_context, text)
    assert found[0].direct_quote is True
    assert _claim(text, found[0]).startswith("“We will not retreat.")


def test_quote_continuing_in_the_next_sentence_is_one_statement(make_context):
    text = "“The shelling has stopped,” the mayor said. “Now we count the damage.”"
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a), a.direct_quote) for a in found] == [
        ("the mayor", text, True)
    ]


def test_a_straight_quoted_continuation_is_one_statement_too(make_context):
    text = (
        '"The shelling has stopped," said the mayor, a former teacher. "Now we count the damage."'
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("the mayor, a former teacher", text)
    ]


def test_a_quote_going_on_in_the_next_paragraph_is_one_statement(make_context):
    text = "“The shelling has stopped,” the mayor said.\n\n“Now we count the damage.”"
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [("the mayor", text)]
    assert found[0].direct_quote is True


def test_a_summary_ending_in_a_colon_takes_the_quote_it_announces(make_context):
    text = (
        "The mayor said that the worst was over:\n\n"
        "“The shelling has stopped. Now we count the damage.”"
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The mayor", text[text.index("that") :])
    ]


def test_a_summary_ending_in_a_full_stop_keeps_apart_from_the_next_quote(make_context):
    text = (
        "The mayor said that the worst was over.\n\n"
        "“The shelling has stopped. Now we count the damage.”"
    )
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [
        "that the worst was over",
        "“The shelling has stopped. Now we count the damage.”",
    ]


def test_coreference_of_the_official_and_pronoun(make_context):
    text = (
        "One senior European diplomat told The Times that the sanctions were working.\n\n"
        "The diplomat said it was unclear whether more would follow."
    )
    _, found = _one(make_context, text)
    second = found[-1]
    assert second.source.name == "One senior European diplomat"
    assert [v.text for v in second.via] == ["The Times"]
    assert second.certainty == "hedged"


def test_surname_resolves_to_the_full_name(make_context):
    text = "President Maria Lopez said the vote would go ahead.\n\nLopez said the count would take a week."
    _, found = _one(make_context, text)
    assert found[-1].source.name == "Maria Lopez"
    assert found[-1].source.kind == "named_official"


def test_denial_is_denied(make_context):
    _, found = _one(make_context, "The Kremlin denied that its troops were in the area.")
    assert found[0].certainty == "denied"
    assert found[0].source.kind == "government"


def test_date_from_a_time_on_the_source(make_context):
    text = "The general on Friday warned that the attack could come soon."
    start = text.index("Friday")
    times = [TimeExpr(start, start + 6, "Friday", "2024-10-25")]
    _, found = _one(make_context, text, dt.date(2024, 10, 26), times)
    assert found[0].date == "2024-10-25"


def test_a_time_between_the_cue_and_the_claim_dates_the_statement(make_context):
    """ "said on Friday it would appeal": the parser hangs "on Friday" on the claim's verb, but
    it says when the ministry spoke; the claim starts after it."""
    text = "The ministry said on Friday it would appeal to the court."
    start = text.index("Friday")
    times = [TimeExpr(start, start + 6, "Friday", "2024-10-25")]
    _, found = _one(make_context, text, dt.date(2024, 10, 26), times)
    assert [(_claim(text, a), a.date) for a in found] == [
        ("it would appeal to the court", "2024-10-25")
    ]


def test_a_clause_split_by_a_noun_read_as_a_verb_stays_whole(make_context):
    """ "missile strikes on six sites had killed": "strikes" read as a verb leaves "had killed
    31 people" a second complement of "said"; the claim runs on through it."""
    text = "Hanoi said on Wednesday that Chinese missile strikes on six sites in Vietnam had killed 31 people."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [
        "that Chinese missile strikes on six sites in Vietnam had killed 31 people"
    ]


def test_a_long_article_keeps_each_statement_s_date_and_scope(make_context):
    """Times and reporters are looked up near each statement, not over the whole article: every
    paragraph's statement takes its own day and its own reporter, and a quote with no time
    hanging on it keeps the publication date."""
    paragraph = (
        "The general on Friday warned that the attack could come soon, officials said. "
        "“We are ready,” he said.\n\n"
    )
    text = paragraph * 40
    starts = [text.index("Friday", n * len(paragraph)) for n in range(40)]
    days = [(dt.date(2024, 9, 1) + dt.timedelta(days=n)).isoformat() for n in range(40)]
    times = [TimeExpr(s, s + 6, "Friday", day) for s, day in zip(starts, days, strict=True)]
    _, found = _one(make_context, text, dt.date(2024, 10, 26), times)
    warnings = [a for a in found if a.source.text == "The general"]
    assert [a.date for a in warnings] == days
    assert all([v.text for v in a.via] == ["officials"] for a in warnings)
    assert {a.date for a in found if _claim(text, a) == "“We are ready,”"} == {"2024-10-26"}


def test_quote_at_and_quoted_share_find_the_quote_around_an_offset():
    text = "“One,” she said. Then “two” and “three.”"
    quotes = find_quotes(text)
    assert [quote_at(quotes, i) for i in (0, 5, 6, 22, 27)] == [
        quotes[0],
        quotes[0],
        None,
        quotes[1],
        None,
    ]
    assert quoted_share(quotes, 0, len(text), text) == pytest.approx(11 / 25)
    assert quoted_share(quotes, 6, 16, text) == 0.0


def test_date_defaults_to_publication(make_context):
    _, found = _one(make_context, "The minister said the port was open.", dt.date(2024, 10, 26))
    assert found[0].date == "2024-10-26"


def test_credits_and_bylines_are_never_sources(make_context, seed_text, seed_published):
    ctx, found = _one(make_context, seed_text, seed_published)
    for attribution in found:
        for name in ("AFP", "Getty Images", "Post wires", "KCNA", "KNS"):
            assert name not in attribution.source.text
            assert all(name not in v.text for v in attribution.via)
        assert not ctx.is_silent(attribution.claim.start, attribution.claim.end)


def test_seed_gold_attributions(make_context, seed_text, seed_published, shared):
    """All 17 attributions of the seed gold: source, kind, via, verb, quote, date."""
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    assert len(gold["attributions"]) == 17
    times = _seed_times(seed_text, gold["times"])
    ctx = make_context(seed_text, seed_published)
    found = extract_attributions(ctx, times)
    missing = [g for g in gold["attributions"] if not _matches(seed_text, g, found)]
    assert not missing, missing


def _seed_times(text: str, gold_times: list[dict]) -> list[TimeExpr]:
    times = []
    for item in gold_times:
        at = text.index(item["mention"], text.index(item["evidence"]))
        times.append(TimeExpr(at, at + len(item["mention"]), item["mention"], item["value"]))
    return times


def _matches(text: str, gold: dict, found) -> bool:
    start = text.index(gold["evidence"])
    end = start + len(gold["evidence"])
    for a in found:
        if not (a.claim.start < end and start < a.claim.end and a.source.name == gold["source"]):
            continue
        if a.source.kind != gold["source_kind"] or [v.text for v in a.via] != gold["via"]:
            continue
        if a.cue is None or a.cue.text != gold["verb"]:
            continue
        if "direct_quote" in gold and a.direct_quote != gold["direct_quote"]:
            continue
        if "date" in gold and a.date != gold["date"]:
            continue
        return True
    return False


def test_quotes_span_paragraphs():
    text = "He said: “First part.\n\n“Second part.”\n\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and text[quotes[0].start : quotes[0].end].endswith("part.”")


def test_a_speech_quoted_over_many_paragraphs_is_one_quote_however_long():
    paragraph = "We will rebuild the bridge. " * 60
    text = "Transcript:\n\n" + "\n\n".join(f"“{paragraph}" for _ in range(3)) + "”\n\nEnd."
    quotes = find_quotes(text)
    assert [(q.start, q.end) for q in quotes] == [(text.index("“"), text.index("”") + 1)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            '"Never trust the polls," the mayor said. "Vote anyway."',
            ['"Never trust the polls,"', '"Vote anyway."'],
        ),
        (
            '"Never trust the polls,” the mayor said. "Vote anyway."',
            ['"Never trust the polls,”', '"Vote anyway."'],
        ),
        (
            '“Never trust the polls," the mayor said. "Vote anyway.”',
            ['“Never trust the polls,"', '"Vote anyway.”'],
        ),
        (
            '"The mayor walked in, chanting “Vote!” and waving."',
            ['"The mayor walked in, chanting “Vote!” and waving."'],
        ),
        (
            '“He called it "fake news" again,” the mayor said.',
            ['“He called it "fake news" again,”'],
        ),
        (  # an inch mark is no slip
            '“The 12" pipe burst near the market,” the mayor said.',
            ['“The 12" pipe burst near the market,”'],
        ),
    ],
)
def test_a_quote_closed_by_the_other_kind_of_mark_ends_there(text, quoted):
    """A typing slip, '"..., ” the mayor said': the quote ends at the other kind of mark, not at
    the next mark of its own kind, unless that mark closes a quote nested inside."""
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


def test_a_mark_left_open_over_a_long_paragraph_is_no_quote():
    text = "He said “we will rebuild. " + "The bridge was old. " * 200 + "Then it fell.”"
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("word", "base"), [("officials", "official"), ("authorities", "authority"), ("said", "say")]
)
def test_base_forms(word, base):
    assert base_of(word) == base


@pytest.mark.parametrize(
    ("name", "media"), [("The Kyiv Post", True), ("Reuters", True), ("The Pentagon", False)]
)
def test_media_names(name, media):
    assert is_media_name(name) is media


WORDS = st.sampled_from(
    [
        "said",
        "told",
        "The Times",
        "officials",
        "according to",
        "“",
        "”",
        '"',
        ",",
        ".",
        "he",
        "reported",
        "\n\n",
        "Smith",
        "warned",
        "that",
        "the",
        "army",
        ":",
        "citing",
        "AFP via Getty Images",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_never_crashes_and_spans_read_back(make_context, text):
    _ctx, found = _one(make_context, text)
    for a in found:
        assert 0 <= a.claim.start < a.claim.end <= len(text)
        if a.source.start is not None:
            assert text[a.source.start : a.source.end] == a.source.text
        if a.cue is not None:
            assert text[a.cue.start : a.cue.end] == a.cue.text


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_never_crashes_on_any_string(make_context, text):
    _one(make_context, text)


@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        (
            "Senator Jane Doe: The Deal Is Dead\n\nThe talks ended.",
            "Senator Jane Doe",
            ":",
            "Deal Is Dead",
        ),
        ("The senator praised the new border plan.", "The senator", "praised", "border plan"),
        ("The governor called for a ban on assault weapons.", "The governor", "called", "a ban on"),
        ("The union endorsed the mayor for a second term.", "The union", "endorsed", "the mayor"),
        (
            "Her claim that the election was rigged angered voters.",
            "Her",
            "claim",
            "election was rigged",
        ),
        (
            "The minister wrote on Twitter: the border will stay closed.",
            "The minister",
            "wrote",
            "border will stay closed",
        ),
        (
            "McCarthy Aide: Tax Plan Will Fail\n\nThe vote is on Monday.",
            "McCarthy Aide",
            ":",
            "Tax Plan Will Fail",
        ),
        (
            "The mayor ignored the senator’s declarations of victory.",
            "the senator",
            "declarations",
            "victory",
        ),
        (
            "In a swipe at the governor, the mayor said the roads were a mess.",
            "the mayor",
            "swipe",
            "the governor",
        ),
        (
            "Voters read a Reuters report that the factory would close.",
            "Reuters",
            "report",
            "factory would close",
        ),
        (
            "Her push for more school funding won praise.",
            "Her",
            "push",
            "more school funding",
        ),
        (
            "The mayor made the case that the tax was fair.",
            "The mayor",
            "case",
            "the tax was fair",
        ),
        (
            "By his own admission, the mayor spent too little on the roads.",
            "his",
            "admission",
            "spent too little on the roads",
        ),
    ],
)
def test_stances_headlines_and_nominal_cues(make_context, text, source, cue, claim_part):
    _, found = _one(make_context, text)
    match = [a for a in found if a.source.text == source and a.cue and a.cue.text == cue]
    assert match, found
    assert claim_part in _claim(text, match[0])


def test_a_label_with_a_colon_is_not_a_speaker(make_context):
    _, found = _one(make_context, "Update: The story was corrected on Monday.")
    assert not [a for a in found if a.cue and a.cue.text == ":"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Anger at the council: Local residents say the new tax is unfair.",
            [("Local residents", "say")],
        ),
        ("Senator: The deal is dead.", [("Senator", ":")]),
    ],
)
def test_a_topic_before_a_colon_gives_way_to_the_speaker_after_it(make_context, text, sources):
    _, found = _one(make_context, text)
    assert [(a.source.text, a.cue.text if a.cue else None) for a in found] == sources


def test_a_statement_inside_a_claim_is_part_of_it(make_context):
    text = "The mayor said the governor believes the plan will fail."
    _, found = _one(make_context, text)
    assert [a.source.text for a in found] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (
            "He has called on the government to cut the tax that funds the army and proposed a "
            "new budget for schools.",
            [
                ("called", "to cut the tax that funds the army"),
                ("proposed", "a new budget for schools"),
            ],
        ),
        (
            "In the past, the senator had voiced support for the union and called herself a "
            "socialist, views she has since dropped.",
            [("voiced", "support for the union"), ("called", "herself a socialist")],
        ),
        (
            "The governor was warning residents that the storm could flood the coast and "
            "suggesting that schools might close.",
            [
                ("warning", "that the storm could flood the coast"),
                ("suggesting", "that schools might close"),
            ],
        ),
    ],
)
def test_a_second_reporting_verb_of_the_same_speaker_is_a_statement_of_its_own(
    make_context, text, statements
):
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == statements
    assert len({a.source.text for a in found}) == 1


def test_a_verb_coordinated_in_its_own_form_stays_inside_the_claim(make_context):
    text = "The mayor said the voters who had read the plan and found it costly would protest."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [("said", text[15:-1])]


# --- naming constructions, implausible sources, duplicates (issue 5 follow-up) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Another video showed men, referred to as North Koreans, standing around, The Times "
        "reported.",
        "The group, known as the Wagner Group, moved north, officials said.",
        "What was described as a drill began on Monday, officials said.",
        "The fighters, identified as members of a militia, crossed the river.",
        "The operation, dubbed Iron Wall, began at dawn.",
    ],
)
def test_naming_constructions_are_not_cues(make_context, text):
    _, found = _one(make_context, text)
    naming = {"referred", "known", "described", "identified", "dubbed"}
    assert not [a for a in found if a.cue and a.cue.text in naming], found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Another video showed men, referred to as North Koreans, standing around and smoking "
            "while wearing the standard Russian uniform.",
            "men, referred to as North Koreans, standing around and smoking while wearing the "
            "standard Russian uniform",
        ),
        (
            "The footage showed soldiers, some of them wounded, carrying stretchers across a "
            "field.",
            "soldiers, some of them wounded, carrying stretchers across a field",
        ),
        (
            "Satellite images show trucks lined up near the border.",
            "trucks lined up near the border",
        ),
        (
            "A video shared online showed a man, identified as a local commander, firing a rifle "
            "into the air.",
            "a man, identified as a local commander, firing a rifle into the air",
        ),
        ("The footage showed the convoy and drew condemnation abroad.", "the convoy"),
        ("Photos showed Smith, who was arrested last year, at the rally.", "Smith"),
    ],
)
def test_a_picture_shows_its_object_with_what_is_said_of_it(make_context, text, claim):
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found if a.cue and a.cue.text in {"show", "showed"}] == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The mayor promised her entire housing program would be paid for by new taxes.",
            "her entire housing program would be paid for by new taxes",
        ),
        (
            "Party leaders hoped the meeting, requested by the senator, would end the feud.",
            "the meeting, requested by the senator, would end the feud",
        ),
        ("The minister told reporters the talks had failed.", "the talks had failed"),
    ],
)
def test_a_subject_read_as_the_cues_object_stays_in_the_claim(make_context, text, claim):
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [claim]


def test_an_active_description_is_still_a_statement(make_context):
    _, found = _one(make_context, "The senator described the deal as a disaster.")
    assert [a for a in found if a.cue and a.cue.text == "described"]


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "The mayor, a former teacher, criticized the new budget, which passed on Monday.",
            "The mayor, a former teacher",
            "the new budget",
        ),
        (
            "The senator, speaking after the vote, praised the governor's plan, which is popular.",
            "The senator",
            "the governor's plan",
        ),
    ],
)
def test_the_object_after_a_comma_and_a_verb_is_no_inverted_speaker(
    make_context, text, source, claim
):
    """ ", criticized the new budget,": unlike ", said Smith," the noun phrase after a verb that
    news does not invert is its object, not a reporter closing the sentence."""
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "However, a different version of the story was being told by the local paper, which"
            " found old records.",
            "the local paper",
        ),
        (
            "Part of the problem, say experts like Ana Ruiz, a local historian, is the soil itself.",
            "experts like Ana Ruiz",
        ),
        (
            "The real cause of the delay, say officials in the city, is the lack of money.",
            "officials in the city",
        ),
    ],
)
def test_a_reporter_clause_has_an_active_speaker(make_context, text, source):
    """ ", say experts," inverts like ", said Smith,"; in ", a story was told by the paper," the
    passive subject is what is told and the paper speaks."""
    _, found = _one(make_context, text)
    assert [a.source.text for a in found] == [source]


def test_a_reporter_after_an_apposition_names_its_own_speaker(make_context):
    """ "..., said Mary Hall, executive director of X, reports The Globe": the title is Hall's
    apposition, not the one who reports; the paper named after the verb reports."""
    text = (
        "“The new rules just say you are no longer welcome,” said Mary Hall, executive director"
        " of Farmers for Change, reports The Globe."
    )
    ctx, _ = _one(make_context, text)
    found = [f for s in ctx.doc.sents for f in reporter_clauses(s, find_quotes(text))]
    assert [(span_text(f.source), f.cue[2]) for f in found] == [
        ("Mary Hall, executive director of Farmers for Change", "said"),
        ("The Globe", "reports"),
    ]


def test_a_parenthetical_pronoun_reporter_speaks_for_its_own_sentence(make_context):
    """ "... politics.'' It was, he said, one of ...": the reporter opens at the comma before
    "he", not at the quote that closes the sentence before, so the source is "he" alone and
    the claim is the sentence around it."""
    text = (
        "The senator voiced regret for ''the meanness in our politics.'' It was, he said, one of"
        " the worst failures of his career."
    )
    _, found = _one(make_context, text)
    said = [(a.source.text, _claim(text, a)) for a in found if a.cue and a.cue.text == "said"]
    assert said == [("he", "It was, he said, one of the worst failures of his career")]


def test_a_source_is_a_noun_phrase(make_context):
    text = (
        "Another video showed men, referred to as North Koreans, standing around, The Times "
        "reported. About 75 percent of Democrats said yes, but 55 percent of all voters said so."
    )
    _, found = _one(make_context, text)
    for attribution in found:
        first = attribution.source.text.split()[0].lower() if attribution.source.text else ""
        assert first not in {"to", "as", "but", "and", "of", "by"}, attribution
        assert all(v.text.split()[0].lower() not in {"to", "as", "but"} for v in attribution.via)
    assert "55 percent of all voters" in [a.source.text for a in found]


def test_plausible_source_and_via():
    from sitrep.extract.attribution_common import plausible_via

    assert plausible_via("The New York Times")
    assert not plausible_via("to as North Koreans")
    assert not plausible_via("that")


def test_video_reported_by_an_outlet_gives_the_outlet_and_one_inner_link(make_context):
    text = (
        "Video posted on Telegram shows troops at a training site in the village of Sergeyevka, "
        "The Times reported.\n\n“Here they are. The boys from the north,” a man’s voice is "
        "reportedly heard in a clip shared by Astra, a Russian independent media organization, "
        "according to The Times."
    )
    _, found = _one(make_context, text)
    outlet = [a for a in found if a.source.text == "The Times" and a.cue.text == "reported"]
    video = [a for a in found if a.source.text == "Video"]
    assert len(outlet) == 1 and len(video) == 1
    assert [v.text for v in video[0].via] == ["The Times"]
    quote = text.index("“Here")
    on_quote = [a for a in found if a.claim.start <= quote < a.claim.end]
    assert [a.source.text for a in on_quote] == ["a man’s voice"], on_quote
    assert [v.text for v in on_quote[0].via] == ["Astra", "The Times"]


def test_one_claim_span_keeps_the_most_specific_chain():
    from sitrep.extract.attribution import _dedupe
    from sitrep.model import Attribution, Offsets, Source, Via

    def make(name, via):
        return Attribution(
            claim=Offsets(0, 10),
            source=Source(0, 1, name, "media", name),
            via=tuple(Via(v, "media") for v in via),
            cue=None,
            direct_quote=True,
            date=None,
            certainty="asserted",
        )

    kept = _dedupe([make("Video", []), make("a voice", ["Astra", "The Times"]), make("Video", [])])
    assert [a.source.name for a in kept] == ["a voice"]


def test_of_two_cues_of_one_speaker_for_one_quote_the_nearest_reports_it():
    """ "He agreed with the plan. “We cannot wait,” he said.", read as one sentence: "agreed"
    and "said" both take the quote for the same speaker; "said", beside it, reports it."""
    from sitrep.extract.attribution import _dedupe
    from sitrep.model import Attribution, Cue, Offsets, Source

    def make(source_at, cue_at, cue):
        return Attribution(
            claim=Offsets(25, 45),
            source=Source(source_at, source_at + 2, "he", "named_person", "Ana Ruiz"),
            cue=Cue(cue_at, cue_at + len(cue), cue, "say"),
        )

    kept = _dedupe([make(0, 3, "agreed"), make(46, 49, "said")])
    assert [a.cue.text for a in kept if a.cue] == ["said"]


def test_polnear_scores_a_quote_split_by_its_speaker_as_one_prediction():
    from sitrep.evaluation.polnear import join_fragments
    from sitrep.model import Attribution, Cue, Offsets, Source

    text = "“CNN has done an awful job,” Barkley said. “They have followed ratings.”\n\n“More.”"
    source = Source(29, 36, "Barkley", "named_person", "Barkley")
    cue = Cue(37, 41, "said", "say")
    first = text.index("“They")
    parts = [
        Attribution(Offsets(0, 28), source, cue=cue),
        Attribution(Offsets(first, text.index("\n")), source, cue=cue),
        Attribution(Offsets(text.index("“More"), len(text)), source, cue=cue),
    ]
    joined = join_fragments(parts, text)
    assert [(a.claim.start, a.claim.end) for a in joined] == [
        (0, text.index("\n")),
        (text.index("“More"), len(text)),
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("O’Malley’s move was first reported by MSNBC.", "MSNBC", "reported", "move"),
        ("The plan was praised by several critics.", "several critics", "praised", "The plan"),
        # the one asked or urged is no claim: the question, topic or urging is
        (
            "Ines Varga was asked by reporters whether the dam would hold.",
            "reporters",
            "asked",
            "whether the dam would hold",
        ),
        ("Ines Varga was asked by a reporter about the levy.", "a reporter", "asked", "the levy"),
        ("Ines Varga was urged by aides to drop the levy.", "aides", "urged", "to drop the levy"),
        ("A different account was told by the tabloid.", "the tabloid", "told", "account"),
        ("About 75 percent of Democrats said yes.", "About 75 percent of Democrats", "said", "yes"),
        ("Half of the voters said so in December.", "Half of the voters", "said", "so"),
        (
            "The campaign refused to confirm that the loan was repaid.",
            "The campaign",
            "refused",
            "the loan was repaid",
        ),
        (
            "Many voters, who said the economy was their top issue, backed the governor.",
            "Many voters",
            "said",
            "economy was their top issue",
        ),
    ],
)
def test_passives_poll_answers_refusals_and_relatives(make_context, text, source, cue, claim_part):
    _, found = _one(make_context, text)
    match = [a for a in found if a.source.text == source and a.cue and a.cue.text == cue]
    assert match, found
    assert claim_part in _claim(text, match[0])


def test_polnear_matching_is_greedy_one_to_one():
    from sitrep.evaluation.polnear import GoldAttribution, match
    from sitrep.model import Attribution, Offsets, Source

    def pred(start, end):
        return Attribution(
            claim=Offsets(start, end),
            source=Source(None, None, "", "anonymous_person", ""),
            via=(),
            cue=None,
            direct_quote=False,
            date=None,
            certainty="asserted",
        )

    gold = (GoldAttribution((0, 10), None, None), GoldAttribution((8, 30), None, None))
    predicted = [pred(0, 9), pred(5, 30)]
    pairs = match(gold, predicted)
    # largest overlap first: (8,30)-(5,30) overlap 22, then (0,10)-(0,9) overlap 9
    assert [(g.content, (p.claim.start, p.claim.end)) for g, p in pairs] == [
        ((8, 30), (5, 30)),
        ((0, 10), (0, 9)),
    ]
    assert len(match(gold[:1], [pred(0, 5), pred(5, 10)])) == 1


def test_polnear_relative_pronoun_source_matches_its_antecedent():
    from sitrep.evaluation.polnear import source_hit

    text = "Many voters, who said the economy was their top issue, backed him."
    who = text.index("who")
    assert source_hit((who, who + 3), (0, len("Many voters")), text)
    assert not source_hit((who, who + 3), (text.index("him"), len(text) - 1), text)


@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        (
            "The committee concluded that the agency had ignored the warnings.",
            "The committee",
            "concluded",
            "agency had ignored",
        ),
        (
            "A spokeswoman for the campaign declined to say that the senator would run.",
            "A spokeswoman",
            "declined",
            "the senator would run",
        ),
        (
            "Supporters of the senator packed the hall on Tuesday.",
            "Supporters",
            "Supporters",
            "the senator",
        ),
    ],
)
def test_train_vocabulary_and_stance_agent_nouns(make_context, text, source, cue, claim_part):
    _, found = _one(make_context, text)
    match = [a for a in found if a.source.text.startswith(source) and a.cue and a.cue.text == cue]
    assert match, found
    assert claim_part in _claim(text, match[0])


def test_a_generic_you_is_not_a_source(make_context):
    text = "If you want to win this state, you know the map matters."
    _, found = _one(make_context, text)
    assert not [a for a in found if a.source.text.lower() == "you"], found


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "LAGOS, Nigeria — Gunmen stormed a school overnight, the police said.",
            "the police",
            "Gunmen stormed a school overnight",
        ),
        (
            "OSLO (AP) — The storm cut power to 20,000 homes, according to the grid operator.",
            "the grid operator",
            "The storm cut power to 20,000 homes",
        ),
        (
            "CAIRO, Egypt (Reuters) - Floods swept away a bridge on Monday, the ministry said.",
            "the ministry",
            "Floods swept away a bridge on Monday",
        ),
        (
            "Meanwhile, the agency said some 4,000 families, about half of the town, had fled.",
            "the agency",
            "some 4,000 families, about half of the town, had fled",
        ),
        (
            "According to the Harbor Institute, a Boston-based research group, the river has "
            "risen by two meters.",
            "the Harbor Institute",
            "the river has risen by two meters",
        ),
    ],
)
def test_claims_leave_out_datelines_reporters_and_appositions(make_context, text, source, claim):
    """A claim is what was said: not where the story was filed, not the reporting clause, not
    the description of the source."""
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


def test_a_week_on_the_cue_dates_the_statement_not_a_date_in_the_claim(make_context):
    text = "The minister said last week that the bridge would reopen by the end of the year."
    week, year = text.index("last week"), text.index("the end of the year")
    times = [
        TimeExpr(week, week + 9, "last week", "2024-W43"),
        TimeExpr(year, year + 19, "the end of the year", "2024"),
    ]
    _, found = _one(make_context, text, dt.date(2024, 11, 3), times)
    assert found[0].date == "2024-W43"
    text = "The minister said the bridge would reopen by the end of the year."
    year = text.index("the end of the year")
    times = [TimeExpr(year, year + 19, "the end of the year", "2024")]
    _, found = _one(make_context, text, dt.date(2024, 11, 3), times)
    assert found[0].date == "2024-11-03"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not immediately respond to a request for comment.",
        "The spokesman did not reply to emailed questions.",
        "Reporters could not independently verify the claims.",
        "The agency could not independently confirm the figures.",
        "A resident who asked not to be named said nothing else.",
        "Two officials requested anonymity.",
        "The valley has no phone signal, making it hard to verify reports from the area.",
        "Reporters were unable to confirm the figures.",
        "The aide spoke on condition of anonymity because she was not allowed to discuss the"
        " talks publicly.",
        "An earlier version of this story said 40 workers were killed.",
    ],
)
def test_silence_and_anonymity_requests_are_not_claims(make_context, text):
    """No answer, no check, a request not to be named and what a source had no leave to
    discuss say nothing about the news; nor does a correction's retracted earlier version."""
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found if a.cue] in (
        [],
        [("said", "nothing else")],
    )


def test_a_source_described_by_a_relative_clause_still_reports(make_context):
    text = (
        "Soldiers burned two houses, a farmer who asked not to be named for fear of reprisals "
        "told Reuters by phone."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, a.cue.text, _claim(text, a)) for a in found] == [
        ("a farmer", "told", "Soldiers burned two houses")
    ]


def test_what_sources_may_not_discuss_is_no_claim_of_theirs(make_context):
    """ "not authorized to discuss the investigation" says why the officials go unnamed."""
    text = (
        "Two officials, who were not authorized to discuss the investigation, said the suspect"
        " had fled."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, a.cue.text, _claim(text, a)) for a in found] == [
        ("Two officials", "said", "the suspect had fled")
    ]


@pytest.mark.parametrize(
    "plea", ["asking that his name not be used", "asking not to be identified"]
)
def test_asking_that_ones_name_be_withheld_is_no_claim(make_context, plea):
    text = f"Families fled the village overnight, a farmer told reporters, {plea}."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [
        ("told", "Families fled the village overnight")
    ]


def test_a_verb_inside_a_reported_clause_belongs_to_that_clause_subject(make_context):
    text = "Students marched in the capital to demand new elections, a rights group said."
    _, found = _one(make_context, text)
    speakers = {a.cue.text: a.source.text for a in found if a.cue}
    assert speakers["said"] == "a rights group"
    assert speakers.get("demand", "Students") == "Students"


def test_a_reporter_closing_a_paragraph_speaks_for_the_paragraph(make_context):
    """Issue #5's scope rule: ", the coast guard said." ending a paragraph covers it."""
    text = "No one was hurt. The ferry reached port on time, the coast guard said in a post on X."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["No one was hurt. The ferry reached port on time"]


def test_an_attack_on_a_village_is_no_cue(make_context):
    text = "Witnesses said gunmen killed 12 people in an attack on a village in the north."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found if a.cue] == [
        ("said", "gunmen killed 12 people in an attack on a village in the north")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president is mulling a run for a second term.",
        "Analysts speculated that the army was running out of shells.",
        "Diplomats wondered whether the talks had failed.",
    ],
)
def test_weighing_and_guessing_are_hedged(make_context, text):
    _, found = _one(make_context, text)
    assert [a.certainty for a in found] == ["hedged"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The army said its troops killed three suspected bandits.", "asserted"),
        ("The police said the driver was suspected of smuggling fuel.", "hedged"),
    ],
)
def test_suspected_hedges_as_a_verb_but_labels_a_noun(make_context, text, certainty):
    _, found = _one(make_context, text)
    assert [a.certainty for a in found] == [certainty]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Police said gunmen believed to be bandits killed four farmers.", "asserted"),
        ("Police said four farmers were believed to have been killed.", "hedged"),
        # the past of the "will" that was said
        ("The ministry said it would send more troops to the border.", "asserted"),
        ("The ministry said the bridge would collapse if the shelling went on.", "hedged"),
        ("The ministry said the strike would likely be repeated.", "hedged"),
        ('"It would be a disaster," the mayor said.', "hedged"),
        ("The ministry has said it would hold talks with the union.", "asserted"),
        ("The ministry said a strike on the dam would be catastrophic.", "hedged"),
        ("Experts said such an attack would kill thousands.", "hedged"),
        ("The governor said classes would stay suspended until May.", "asserted"),
        ("The president said no ransom would be paid.", "asserted"),
        ("The army said a convoy would leave the port on Monday.", "asserted"),
        ("The ministry said the road would be open on Friday.", "asserted"),
        ("The ministry said any delay would be costly.", "hedged"),
        ("The ministry warned, saying a strike would be a violation of the truce.", "hedged"),
        ("The mayor said the closure would be a grave mistake.", "hedged"),
        ("The ministry said Monday would be a day of mourning.", "asserted"),
        ("The senator said she would be a success as governor.", "asserted"),
        ("The ministry said the talks may resume in June.", "hedged"),
        ("The mayor said the bridge is not believed to be safe.", "hedged"),
        ("The governor did not mention the town in his speech.", "hedged"),
        ("The army did not confirm the report.", "hedged"),
    ],
)
def test_certainty_of_reported_futures_and_omissions(make_context, text, certainty):
    _, found = _one(make_context, text)
    assert [a.certainty for a in found] == [certainty]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The governor urged farmers to leave the valley before the flood.",
            "farmers to leave the valley before the flood",
        ),
        (
            "The union encouraged its members to vote against the deal.",
            "its members to vote against the deal",
        ),
        ("The envoy pressed the rebels to free the hostages.", "the rebels to free the hostages"),
    ],
)
def test_an_urging_claim_includes_the_person_urged(make_context, text, claim):
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The minister, speaking in Rome, said Paris had not known of the raid and urged all"
            " sides to stay calm.",
            "urged",
            "The minister",
        ),
        (
            "The group said its fighters had only returned fire, and accused the army of"
            " shelling homes.",
            "accused",
            "The group",
        ),
    ],
)
def test_an_act_of_speech_joined_to_a_claim_is_the_reporters_next_statement(
    make_context, text, cue, source
):
    """ "said Paris had not known ... and urged ...": the parser joins "urged" to the verb of
    the claim, but a verb of speech there is the reporter's next statement, not the claim's."""
    found = [a for a in extract_attributions(make_context(text)) if a.cue and a.cue.text == cue]
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    "clause",
    [
        "as the United Nations warned that the violence could spread",
        "while aid groups said the toll could rise",
    ],
)
def test_a_statement_beside_a_trailing_reporter_is_a_claim_of_its_own(make_context, clause):
    """ "..., officials said Monday, as the U.N. warned that ...": the clause after the reporter
    has its own speaker; it is neither part of the officials' claim nor reported through them."""
    text = f"Gunmen killed 12 villagers near the river, local officials said Monday, {clause}."
    first, second = extract_attributions(make_context(text))
    assert _claim(text, first) == "Gunmen killed 12 villagers near the river"
    assert (first.certainty, second.via) == ("asserted", ())


@pytest.mark.model
def test_a_relative_pronoun_moved_before_the_speaker_leaves_the_claim_unbroken(make_context):
    """ "depots, which officials said destroyed 40 trucks": the parser hangs "which" on the
    reported verb; the claim is what follows the reporter, not a span holding it."""
    text = "The strikes hit two fuel depots, which officials said destroyed 40 trucks."
    found = [(a.source.text, _claim(text, a)) for a in extract_attributions(make_context(text))]
    assert found == [("officials", "destroyed 40 trucks")]


def test_an_according_to_aside_is_cited_through_the_closing_reporter(make_context):
    """ "X fled, according to U.N. figures, the monitoring group said": the group speaks for
    the sentence and cites the figures, so the figures come through the group, not the group
    through the figures."""
    text = "More than 2,000 people have fled, according to U.N. figures, the monitoring group said."
    _, found = _one(make_context, text)
    chains = [(a.source.text, [v.text for v in a.via], _claim(text, a)) for a in found]
    assert ("U.N. figures", ["the monitoring group"], "More than 2,000 people have fled") in chains
    assert all("U.N. figures" not in via for _, via, _ in chains)


def test_a_reporter_keeps_the_claim_it_adds_after_an_according_to_aside(make_context):
    """ "X fled, according to U.N. figures, and 40 were killed, the group said": the figures
    stand for the first clause only; the group's claim is the whole sentence."""
    text = (
        "More than 2,000 people have fled, according to U.N. figures, and at least 40 civilians "
        "have been killed, the monitoring group said."
    )
    _, found = _one(make_context, text)
    claims = {a.source.text: _claim(text, a) for a in found}
    assert claims.keys() == {"U.N. figures", "the monitoring group"}
    assert claims["U.N. figures"].startswith("More than 2,000 people have fled")
    assert "40 civilians" not in claims["U.N. figures"]
    assert claims["the monitoring group"] == text[: text.index(", the monitoring")]


def test_a_charge_denied_in_a_relative_clause_is_a_reply(make_context):
    """ "X accuses Y of Z, a charge Kabul denies": Kabul denies what X said, not that X said it;
    the accuser keeps its own statement and is not cited through Kabul."""
    text = "Islamabad accuses the rulers of sheltering fighters, a charge Kabul denies."
    _, found = _one(make_context, text)
    by_source = {a.source.text: a for a in found}
    assert by_source.keys() == {"Kabul", "Islamabad"}
    assert _claim(text, by_source["Kabul"]) == "the rulers of sheltering fighters"
    assert by_source["Kabul"].certainty == "denied"
    assert by_source["Islamabad"].via == ()


@pytest.mark.parametrize(
    ("text", "answerer", "answered"),
    [
        # the parser leaves the charge and its answerer as two appositions
        (
            "The minister accused the rebels of using schools as bases, a charge the rebel"
            " command in the hills denied.",
            "the rebel command in the hills",
            "the rebels of using schools as bases",
        ),
        # "which" on a statement noun: the statement is what is answered
        (
            "The mayor said the council would study the union's claim, which he dismissed as"
            " baseless.",
            "The mayor",
            "the union's claim",
        ),
        (
            "The ministry accused the army of shelling a market, which the army denied.",
            "the army",
            "the army of shelling a market",
        ),
    ],
)
def test_an_answer_after_a_comma_answers_what_was_said(make_context, text, answerer, answered):
    _, found = _one(make_context, text)
    answers = [a for a in found if a.certainty == "denied"]
    assert [(a.source.name, _claim(text, a)) for a in answers] == [(answerer, answered)]
    assert all(", " not in _claim(text, a) for a in found if a.certainty != "denied")


@pytest.mark.parametrize(
    ("text", "source", "claim_start"),
    [
        (
            "The farmers, who asked the council to open the dam, lost their crops, the mayor said.",
            "the mayor",
            "The farmers",
        ),
        (
            "Nothing the minister said will calm the markets, the analysts said.",
            "the analysts",
            "Nothing the minister said",
        ),
    ],
)
def test_a_reporter_keeps_its_sentence_over_a_statement_inside_one_of_its_nouns(
    make_context, text, source, claim_start
):
    """The reporter states the whole sentence; a relative clause on one of its nouns ("who
    asked ...") is part of what is reported, not the statement the reporter relays."""
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)[: len(claim_start)]) for a in found] == [
        (source, claim_start)
    ]


def test_a_hyphenated_modifier_is_no_reporter(make_context):
    """ ", a self-described moderate," describes a noun; the reporter is the one after it."""
    text = (
        "Young voters are turning to the mayor, a self-described moderate, a new survey indicates."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("a new survey", "Young voters are turning to the mayor, a self-described moderate")
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The mayor says he met the minister on Monday and asked him to resign.",
            ["he met the minister on Monday and asked him to resign"],
        ),
        (
            "The mayor said the plan is dead and called for new talks.",
            ["the plan is dead", "new talks"],
        ),
    ],
)
def test_a_verb_joined_in_the_reported_clause_s_tense_is_part_of_it(make_context, text, claims):
    """ "says he met ... and asked ...": the past of the reported clause, beside a reporter in
    the present, goes on with what he says he did; "said ... and called for ..." is the
    reporter's next statement."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == claims


def test_a_poll_keeps_its_finding_beside_what_its_respondents_say(make_context):
    """What respondents say is the poll's finding too; another reporter only relays it."""
    text = "Most young voters say the economy is getting worse, according to a new poll."
    _, found = _one(make_context, text)
    assert sorted((a.source.text, _claim(text, a)) for a in found) == [
        ("Most young voters", "the economy is getting worse"),
        ("a new poll", "Most young voters say the economy is getting worse"),
    ]
    text = "Most young voters say the economy is getting worse, according to two aides."
    _, found = _one(make_context, text)
    assert [a.source.text for a in found] == ["Most young voters"]


def test_a_statement_not_yet_made_stays_the_reporter_s_claim(make_context):
    """ "X will announce ..., according to aides": the aides say so; what X says later is not
    said yet, so the reporter keeps its own attribution beside X's."""
    text = "The mayor will announce that the budget is balanced, according to two aides."
    _, found = _one(make_context, text)
    assert sorted(a.source.text for a in found) == ["The mayor", "two aides"]
    text = "The mayor announced that the budget is balanced, according to two aides."
    _, found = _one(make_context, text)
    assert [a.source.text for a in found] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "“We will win,” the mayor said, “and we will win big.”",
            ["“We will win,” the mayor said, “and we will win big.”"],
        ),
        (
            "“The bridge stays shut,” the engineer said on Monday, “until the pillars are fixed.”",
            [
                "“The bridge stays shut,” the engineer said on Monday, “until the pillars are fixed.”"
            ],
        ),
        (
            "“We will win,” the mayor sang before asking them, “Will you vote?”",
            ["“Will you vote?”"],
        ),
        (  # the first part ends on a title in single quotes
            "“Our favourite is ‘Hard Times,’” the librarian said, “though few students agree.”",
            ["“Our favourite is ‘Hard Times,’” the librarian said, “though few students agree.”"],
        ),
    ],
)
def test_a_quote_its_reporter_interrupts_is_one_claim(make_context, text, claims):
    """ "“A,” she said, “B.”": both parts are what she said, and all of it is quoted; a clause
    that says more than who spoke ("sang before asking") keeps its own part."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == claims
    assert all(a.direct_quote is True for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor plans to visit the flooded district on Sunday, according to two aides.",
        "The council backs the new bridge, two aides said.",
        "Most residents fear the river will flood again, the governor said.",
    ],
)
def test_a_stance_reported_by_another_is_only_the_reporter_s_claim(make_context, text):
    """A plan, a stance or a fear that a reporter tells of is the reporter's claim: the one who
    holds it has said nothing on the record."""
    _, found = _one(make_context, text)
    sources = {a.source.text for a in found if a.cue is not None}
    assert sources & {"The mayor", "The council", "Most residents"} == set()
    assert sources & {"two aides", "the governor"}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The mayor says she hopes to win the vote, but she knows that the race will be close.",
            ["she hopes to win the vote, but she knows that the race will be close"],
        ),
        (
            "I think the plan is good, and I think voters will back it.",
            ["the plan is good", "voters will back it"],
        ),
    ],
)
def test_a_present_clause_joined_to_says_goes_on_with_what_is_said(make_context, text, claims):
    """ "says she hopes ..., but she knows ...": the second clause is said too; the same verb
    again ("I think ..., and I think ...") is a second statement."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == claims


@pytest.mark.model
def test_a_live_blog_title_is_no_speaker(make_context):
    """ "Flood crisis live: ...": the title of a live blog names its topic before the colon."""
    text = "Flood crisis live: rivers burst their banks; thousands flee the valley\n\nMore soon."
    _, found = _one(make_context, text)
    assert [a for a in found if a.cue and a.cue.text == ":"] == []


@pytest.mark.model
def test_the_medium_of_a_statement_is_not_what_it_said(make_context):
    """ "said in a statement on Telegram": the platform carries the statement; the verb has
    already given what it said."""
    text = "The army retook the town, the militia said in a statement on Telegram."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [("said", "The army retook the town")]


@pytest.mark.model
def test_a_country_ruled_by_generals_is_not_a_ruling(make_context):
    """ "ruled by juntas" is who governs; a court's ruling keeps its verdict."""
    text = "Chad and Sudan, both ruled by generals, have closed their border."
    _, found = _one(make_context, text)
    assert [a.cue.text for a in found if a.cue] == []


@pytest.mark.model
def test_a_note_on_an_earlier_source_is_not_taken_into_the_next_claim(make_context):
    """ "..., according to the ministry. It does not count fighters. X, officials said.": the
    pronoun sentence speaks of the ministry's count, not for the officials."""
    text = (
        "At least 50 people died, according to the ministry. It does not count fighters. "
        "About 9,000 people fled, officials said."
    )
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [
        "At least 50 people died",
        "About 9,000 people fled",
    ]


@pytest.mark.model
def test_a_claim_opening_on_something_new_does_not_take_in_the_background(make_context):
    """ "The bloc set up a mission last week. A frigate shot down two drones, the navy said.":
    the navy reports the frigate's act, not the bloc's mission told before it."""
    text = (
        "The bloc set up a naval mission last week to guard ships. "
        "A frigate shot down two drones on Friday, the navy said."
    )
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["A frigate shot down two drones on Friday"]


@pytest.mark.model
def test_a_time_between_called_and_for_keeps_the_demand(make_context):
    """ "called on Monday for the chief to resign": the time says when the call was made; the
    demand is still the "for" clause, not a clause nested deeper in it."""
    text = "The mayor called on Monday for the police chief to resign over the raids."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["the police chief to resign over the raids"]


@pytest.mark.model
def test_a_poll_finding_someone_ahead_states_their_standing(make_context):
    """ "A survey found the governor with a lead": where the poll finds him is its finding;
    "found its way into" finds no standing."""
    text = "A new survey found the governor with a lead of 52 to 40 percent over his rival."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [
        "the governor with a lead of 52 to 40 percent over his rival"
    ]
    text = "The report found its way into the hands of lawmakers."
    assert _one(make_context, text)[1] == []


@pytest.mark.model
def test_a_concession_without_a_comma_is_the_writer_s(make_context):
    """ "voted to close the library even though residents had protested": the concession sets a
    fact beside the decision; it is not what the council voted for."""
    text = "The council voted to close the library even though residents had protested for weeks."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["to close the library"]


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers spoke on the phone before the summit.",
        "Speaking on a radio show, the mayor was calmer.",
        "A lawyer who spoke on behalf of the family left the court early.",
    ],
)
def test_the_channel_a_speaker_used_is_not_what_was_said(make_context, text):
    """ "spoke on the phone", "on a radio show", "on behalf of": the channel or the side, not
    a topic ("spoke on the economy" keeps its topic)."""
    _, found = _one(make_context, text)
    assert [
        (a.cue.text, _claim(text, a)) for a in found if a.cue.text.lower()[:4] in {"spok", "spea"}
    ] == []


def test_speaking_on_a_topic_keeps_it(make_context):
    text = "The governor spoke on the economy for an hour."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["the economy"]


def test_a_roster_after_a_colon_is_no_statement(make_context):
    """ "Maine: Greg Pollard, Nina Castillo, ...": a list of names after a label says nothing."""
    text = "Maine: Greg Pollard, Nina Castillo, Ray Dunmore, Alma Fitch, Owen Sharpe.\n\nSenator: The deal is dead."
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [("Senator", "The deal is dead.")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The senator complained about Harris’ refusal to testify.", "Harris’ refusal to testify"),
        ("The coach complained about Davis’ refusal to play.", "Davis’ refusal to play"),
    ],
)
def test_a_possessive_cut_off_its_noun_keeps_the_whole_phrase(make_context, text, claim):
    """ "complained about Harris’ refusal": the parser may end the object at "Harris"; the claim
    is never an owner without what is owned."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "No Relief for Renters: The new rules have no end date.\n\nThe agency is out of money.",
        "Chart of the Day: Forty percent of the budget goes to interest.\n\nThe figure rose again.",
    ],
)
def test_a_section_title_before_a_colon_is_no_speaker(make_context, text):
    """ "No Relief for Renters: ...": a phrase with a preposition that names no one titles a
    section; the writer speaks after it."""
    _, found = _one(make_context, text)
    assert [a for a in found if a.cue and a.cue.text == ":"] == []


def test_a_speaker_label_with_a_preposition_keeps_its_statement(make_context):
    text = (
        "Merkel on Migration: Europe must share the burden of the new arrivals.\n\n"
        "Chancellor Angela Merkel spoke in Berlin on Monday."
    )
    _, found = _one(make_context, text)
    colon = [(a.source.text, _claim(text, a)) for a in found if a.cue and a.cue.text == ":"]
    assert colon == [("Merkel on Migration", "Europe must share the burden of the new arrivals.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BREAKING: Rebels seized the airport, the army said.\n\nMore soon.",
            [("the army", "Rebels seized the airport")],
        ),
        (
            "EXCLUSIVE – Ana Ruiz: The deal is dead.\n\nMore soon.",
            [("Ana Ruiz", "The deal is dead.")],
        ),
    ],
)
def test_a_desk_flag_is_neither_speaker_nor_claim(make_context, text, expected):
    """ "BREAKING: ...", "EXCLUSIVE – Ana Ruiz: ...": the flag marks the story, not who spoke or
    what was said."""
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == expected


@pytest.mark.model
@pytest.mark.parametrize("lead", ["Separately, ", "In other news, ", "Meanwhile, "])
def test_a_transition_to_another_matter_is_no_part_of_the_claim(make_context, lead):
    text = f"{lead}floods cut the main road to the port, the disaster agency said."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["floods cut the main road to the port"]


@pytest.mark.model
def test_a_speaker_named_in_apposition_says_what_follows_the_verb(make_context):
    """ "The interior minister, Anna Kolar, said the plan, which critics call a purge, aimed
    ...": the minister speaks; the plan with its relative clause and its predicate is the claim
    (the parser hangs the predicate inside the relative clause)."""
    text = (
        "The interior minister, Anna Kolar, said the plan, which critics call a purge, aimed to"
        " restore order."
    )
    _, found = _one(make_context, text)
    assert [(a.source.name, _claim(text, a)) for a in found] == [
        ("Anna Kolar", "the plan, which critics call a purge, aimed to restore order")
    ]


@pytest.mark.model
def test_a_quote_before_a_speaker_described_by_a_relative_clause_is_that_speakers(make_context):
    """ "“...,” a farmer who fled the village told Reuters, asking ...": the quote is the
    farmer's, not the previous speaker's."""
    text = (
        "The agency said 20 people were missing.\n\n"
        "“We lost everything. They burned the houses,” a farmer who fled the village told Reuters,"
        " asking that his name not be used."
    )
    _, found = _one(make_context, text)
    quoted = [a for a in found if _claim(text, a).startswith("“We lost")]
    assert [(a.source.text, a.cue.text) for a in quoted] == [("a farmer", "told")]


@pytest.mark.model
def test_a_source_cited_before_the_reported_clause_is_no_claim_of_its_own(make_context):
    """ "said, citing medical sources, that ...": the clause after "that" is the claim (the parser
    hangs the participle on it), and the officials cited are a source, not what was said."""
    text = "The mission said, citing medical sources, that at least six people had been killed."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [
        ("said", "that at least six people had been killed")
    ]


@pytest.mark.model
def test_a_document_cited_with_its_author_is_no_claim_of_its_own(make_context):
    """ "citing a report by the border guards": where the statement comes from, as an outlet's
    citing would be; a reason cited ("citing the cost of fuel") stays the speaker's claim."""
    text = "The ministry, citing a report by the border guards, said the crossing was closed."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [("said", "the crossing was closed")]
    text = "The ministry closed the crossing, citing the cost of fuel."
    _, found = _one(make_context, text)
    assert [(a.cue.text, _claim(text, a)) for a in found] == [("citing", "the cost of fuel")]


@pytest.mark.model
def test_a_charge_rejected_after_the_comma_is_answered_not_relayed(make_context):
    """ ", a charge the group rejected": the group speaks against the claim before the comma;
    the minister's accusation is not passed on through "a charge the group"."""
    text = "The minister accused the rebels of breaking the truce, a charge the group rejected."
    _, found = _one(make_context, text)
    assert sorted((a.source.text, a.cue.text, [v.text for v in a.via]) for a in found) == [
        ("The minister", "accused", []),
        ("the group", "rejected", []),
    ]


@pytest.mark.model
def test_a_description_of_the_speaker_after_the_reporter_is_no_part_of_the_claim(make_context):
    """ "..., said Ana Ruiz, who heads a civil society group": what follows is about her."""
    text = (
        "At least 22 civilians were killed in the fighting, said Ana Ruiz, who heads a civil"
        " society group in the town."
    )
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == ["At least 22 civilians were killed in the fighting"]


def test_a_share_set_off_after_an_object_is_no_speaker(make_context):
    """ "..., most of them farmers, and demanded ...": the share describes the people before the
    comma; the group that spoke first demands too."""
    text = (
        "The rebels said they had seized 40 people, most of them farmers from the valley, and"
        " demanded a ransom for their release."
    )
    _, found = _one(make_context, text)
    demand = next(a for a in found if a.cue.text == "demanded")
    assert demand.source.text == "The rebels"


def test_a_reporter_between_two_joined_clauses_is_in_neither(make_context):
    """ "A, the ministry said, and B": two claims of the ministry, without the reporting clause
    or the "and"; inside one clause ("The bridge, the mayor said, would ...") it stays whole."""
    text = "About 2,000 people fled the town, the ministry said, and many slept in schools."
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("the ministry", "About 2,000 people fled the town"),
        ("the ministry", "many slept in schools"),
    ]
    text = "The bridge, the mayor said, would reopen in May."
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [text[:-1]]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Most residents said that the new bridge was unsafe, and those residents backed the"
            " mayor.",
            [
                ("Most residents", "that the new bridge was unsafe"),
                ("those residents", "the mayor"),
            ],
        ),
        (
            "The coach noted that the striker looked tired in the first half, and some fans"
            " speculated about his health.",
            [("The coach", "that the striker looked tired in the first half")],
        ),
        (
            "The mayor said the bridge was safe and warned drivers to slow down.",
            [("The mayor", "the bridge was safe"), ("The mayor", "to slow down")],
        ),
    ],
)
def test_a_claim_ends_where_a_second_speaker_begins(make_context, text, claims):
    """ "said that A, and those residents backed B": the parser hangs the second clause on the
    first claim's verb, but with a subject and a reporting verb of its own after ", and" it is
    another statement; a second reporting verb of the same speaker gives a second claim."""
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Officials said the attack was planned by Ahmed Khan, a former army officer.",
            "the attack was planned by Ahmed Khan",
        ),
        (
            "The senator refused to endorse the plan of Governor Smith, the state's most vocal"
            " advocate for lower taxes.",
            "to endorse the plan of Governor Smith",
        ),
        ("The senator praised Smith, Jones and Brown.", "Smith, Jones and Brown"),
        (
            "A farmer said that about 30 people were still missing, a higher figure than the"
            " one given by the army.",
            "that about 30 people were still missing",
        ),
    ],
)
def test_a_description_of_a_name_at_the_end_of_a_claim_is_the_writers(make_context, text, claim):
    """ "Ahmed Khan, a former army officer": the writer tells the reader who is meant; a list of
    names stays whole."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Gunmen seized 30 villagers near the border, police said on Sunday, the latest in a"
            " string of raids on the area.",
            "Gunmen seized 30 villagers near the border",
        ),
        (
            "Troops shelled the port overnight, a monitoring group said, one of the heaviest"
            " bombardments of the war.",
            "Troops shelled the port overnight",
        ),
        (
            "The army pulled back from the ridge, officials said, a sign that the truce may hold.",
            "The army pulled back from the ridge",
        ),
        (
            "Fighting broke out in the capital overnight, residents said, in the worst violence"
            " there for a year.",
            "Fighting broke out in the capital overnight",
        ),
        (
            "The talks have stalled, aides say, the president has lost patience with them.",
            "The talks have stalled, aides say, the president has lost patience with them",
        ),
        (
            "Two people died in the blast, police said, a man and his son.",
            "Two people died in the blast, police said, a man and his son",
        ),
        (
            "It was, the mayor said, the worst flood in a century.",
            "It was, the mayor said, the worst flood in a century",
        ),
        (  # an intransitive verb awaits nothing, even where the parser hangs the phrase on it
            "At least 12 people died, police said, the deadliest attack in the city this year.",
            "At least 12 people died",
        ),
        (
            "This marks, they said, the first time the army has retreated.",
            "This marks, they said, the first time the army has retreated",
        ),
    ],
)
def test_a_ranking_of_the_event_after_a_trailing_reporter_is_the_writers(make_context, text, claim):
    """ ", police said, the latest in a string of raids": the writer ranks or reads the event;
    a clause of its own, more of what happened, or the rest of a clause the reporter interrupts
    stays claim."""
    _, found = _one(make_context, text)
    assert [_claim(text, a) for a in found] == [claim]


def test_a_description_of_a_speaker_named_after_the_verb_is_the_sources(make_context):
    """ ", said Ana Ruiz, a nurse at the clinic": who is speaking, not what she said."""
    text = "The clinic has run out of insulin, said Ana Ruiz, a nurse at the clinic."
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Ana Ruiz, a nurse at the clinic", "The clinic has run out of insulin")
    ]
    spaced = (
        "The clinic has run out of insulin, said Ana Ruiz, a  nurse at the clinic, adding more."
    )
    _, found = _one(make_context, spaced)
    assert [(a.source.text, _claim(spaced, a)) for a in found] == [
        ("Ana Ruiz, a  nurse at the clinic", "The clinic has run out of insulin")
    ]


def test_a_statement_joined_after_a_trailing_reporter_is_its_own_speakers(make_context):
    """ "A, officials said, and the army said B": the army's statement is not the officials'
    second claim, nor relayed through them."""
    text = (
        "Troops were sent to the province after clashes killed 20 people, officials said, and"
        " the army said it had evacuated 3,000 people."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a), a.via) for a in found] == [
        ("officials", text[: text.index(", officials")], ()),
        ("the army", "it had evacuated 3,000 people", ()),
    ]


def test_a_trailing_reporter_parsed_as_the_complement_relays_the_claim(make_context):
    """ "The ministry said 12 soldiers had died, the news agency Tass reported": the ministry
    said the soldiers died; the agency relays it and is no part of the claim."""
    text = "The ministry said 12 of its soldiers had died, the news agency Tass reported."
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a), [v.text for v in a.via]) for a in found] == [
        ("The ministry", "12 of its soldiers had died", ["the news agency Tass"])
    ]


def test_a_paper_relaying_a_trailing_reporter_is_a_link_not_a_claim(make_context):
    """ "The gang demanded a ransom, a resident told the BBC, according to the Daily Trust":
    the paper relays the resident (whose claim holds the gang's demand); it says nothing else."""
    text = (
        "The gang has demanded a ransom of 5 million naira, a resident told the BBC, according"
        " to the newspaper Daily Trust."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("a resident", "The gang has demanded a ransom of 5 million naira")
    ]
    assert "the newspaper Daily Trust" in [v.text for v in found[0].via]


def test_a_rival_claim_after_a_trailing_reporter_is_its_own(make_context):
    """ "A, the army said, while a jihadist group claimed B": the group's claim is set against
    the army's, not part of it."""
    text = (
        "Eleven soldiers were killed in an attack on a border post, the army said, while a"
        " jihadist group claimed to have killed 40 troops."
    )
    _, found = _one(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("the army", "Eleven soldiers were killed in an attack on a border post"),
        ("a jihadist group", "to have killed 40 troops"),
    ]


@pytest.mark.parametrize(
    ("root", "claim"), [(0, "a prosecutor to investigate the fund"), (2, None)]
)
def test_a_report_that_prompted_a_demand_is_no_part_of_the_thing_demanded(root, claim):
    """ "called for a prosecutor to investigate the fund after the paper said prices rose", with
    the time clause hung inside the object: what prompted the demand, not what was demanded; a
    clause claim ("to investigate the fund after ...") may hold its own time clause."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[
            "a",
            "prosecutor",
            "to",
            "investigate",
            "the",
            "fund",
            "after",
            "the",
            "paper",
            "said",
            "prices",
            "rose",
        ],
        tags=["DT", "NN", "TO", "VB", "DT", "NN", "IN", "DT", "NN", "VBD", "NNS", "VBD"],
        pos=[
            "DET",
            "NOUN",
            "PART",
            "VERB",
            "DET",
            "NOUN",
            "SCONJ",
            "DET",
            "NOUN",
            "VERB",
            "NOUN",
            "VERB",
        ],
        heads=[1, 1, 3, 1, 5, 3, 9, 8, 9, 3, 11, 9],
        deps=[
            "det",
            "ROOT",
            "aux",
            "relcl",
            "det",
            "dobj",
            "mark",
            "det",
            "nsubj",
            "advcl",
            "nsubj",
            "ccomp",
        ],
    )
    tokens = list(doc[root:])
    kept = " ".join(t.text for t in before_second_speaker(tokens))
    assert kept == (claim or " ".join(t.text for t in tokens))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "1. Two bridges fell.\n\n2. A road is shut.\nThanks to all.",
            "1. Two bridges fell.\n\n2. A road is shut.",
        ),
        (
            "- Two bridges fell.\n- A road is shut.\n\nThanks to all.",
            "- Two bridges fell.\n- A road is shut.",
        ),
        ("Two bridges fell.\n\n2. A road is shut.", "Two bridges fell."),
    ],
)
def test_a_list_after_a_colon_is_taken_whole(text, claim):
    """The paragraph after "wishes to report the following:" is one item of a list: the claim
    runs to the last item; a paragraph that opens no list stays alone."""
    first_line_end = text.index("\n")
    assert text[: list_end(text, 0, first_line_end)] == claim


@pytest.mark.model
def test_every_item_of_a_reported_list_is_the_claim(make_context):
    text = (
        "The brigade wishes to report the following:\n\n1. Two rebels were killed.\n\n"
        "2. A bridge was repaired.\n\nWe thank the villagers for their help."
    )
    _, found = _one(make_context, text)
    found = [a for a in found if a.cue and a.cue.text == "report"]
    assert [_claim(text, a) for a in found] == [
        "1. Two rebels were killed.\n\n2. A bridge was repaired."
    ]


def test_a_claim_running_over_its_own_speaker_ends_at_the_quote():
    """ "“We won,” delegate Ann Roe, wearing a hat, said", parsed with the name inside the
    quoted clause: the claim is the quote, never the speaker's own name."""
    words = ["“", "We", "won", ",", "”", "delegate", "Ann", "Roe", ",", "wearing", "a", "hat"]
    spaces = [False, True, False, False, True, True, True, False, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    text = doc.text
    item = Found(
        claim=(0, text.index(" wearing") - 1), source=list(doc[6:8]), cue=None, verb_class=None
    )
    without_own_source([item], find_quotes(text))
    assert text[item.claim[0] : item.claim[1]] == "“We won,”"


def test_a_claim_whose_quote_resumes_after_its_speaker_stays_whole():
    """ "“We won,” Roe said, “and we will win again.”": the quote resumes after the speaker, so
    the claim spans both parts; cut before the resumption it ends at the quote, and an earlier
    quote of the article bears on neither."""
    words = ["“", "Yes", "”", ".", "“", "We", "won", ",", "”", "Roe", "said", ","]
    words += ["“", "and", "again", ".", "”"]
    spaces = [False, False, False, True, False, True, False, False, True, True, False, True]
    spaces += [False, True, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    text = doc.text
    start = text.index("“We")
    whole = Found(claim=(start, len(text)), source=[doc[9]], cue=None, verb_class=None)
    cut = Found(claim=(start, text.index(" said")), source=[doc[9]], cue=None, verb_class=None)
    without_own_source([whole, cut], find_quotes(text))
    assert whole.claim == (start, len(text))
    assert text[cut.claim[0] : cut.claim[1]] == "“We won,”"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "certainty"),
    [
        (
            "Witnesses said soldiers fired on the crowd. The army denied that.",
            "soldiers fired on the crowd",
            "denied",
        ),
        (
            "Rebels said they shot down a helicopter. The army confirmed this on Monday.",
            "they shot down a helicopter",
            "asserted",
        ),
        (
            "Soldiers fired on the crowd. The army denied it.",
            "Soldiers fired on the crowd",
            "denied",
        ),
        (
            "The army denied that it had fired on the crowd.",
            "that it had fired on the crowd",
            "denied",
        ),
        # the words quoted are the witness's, not the army's
        ("“Soldiers fired on us,” a witness said. The army denied that.", "that", "denied"),
        # a denial answers the charge against the denier, not another source's toll after it
        (
            "Witnesses said soldiers fired on the crowd. Three people died, doctors said. "
            "The army denied that.",
            "soldiers fired on the crowd",
            "denied",
        ),
        # a toll that is the only claim within reach is what was denied
        (
            "The health ministry said 40 people were killed in the raid on the camp. "
            "The army denied that.",
            "40 people were killed in the raid on the camp",
            "denied",
        ),
        (
            "Three people died, doctors said. The army denied that.",
            "Three people died",
            "denied",
        ),
        # an army speaks for soldiers, not for rebels: with a toll after their act it stays "that"
        (
            "Witnesses said rebels shelled the market. Four people died, doctors said. "
            "The army denied that.",
            "that",
            "denied",
        ),
        (
            "Two men drowned in the flood. The army confirmed that.",
            "Two men drowned in the flood",
            "asserted",
        ),
    ],
)
def test_a_denied_that_claims_the_statement_before(make_context, text, claim, certainty):
    """ "The army denied that.": "that" stands for the statement before it, which is the claim;
    a denial, for the charge it answers."""
    found = [a for a in extract_attributions(make_context(text)) if a.source.text == "The army"]
    assert [(_claim(text, a), a.certainty) for a in found] == [(claim, certainty)]
