"""Attribution sources: the span that names who spoke, where the text names them (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.attribution_colons import colon_statements
from sitrep.extract.attribution_common import (
    past_dateline,
    past_quote_end,
    plausible_source,
    without_dangling_conjunction,
)
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.quotes import find_quotes
from sitrep.extract.source_animacy import is_abstract
from sitrep.extract.sources import classify_source


def _attributions(make_context, text: str):
    return extract_attributions(make_context(text))


def _with_cue(make_context, text: str, cue: str):
    """The attributions of `text` whose cue is written `cue`."""
    return [a for a in _attributions(make_context, text) if a.cue and a.cue.text == cue]


def _claim(text: str, attribution) -> str:
    return text[attribution.claim.start : attribution.claim.end]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("''We will rebuild,'' the mayor said.", ["''We will rebuild,''"]),
        (
            "''It isn't over.\n\n''We go on,'' she said. He said ''fine.''",
            ["''It isn't over.\n\n''We go on,''", "''fine.''"],
        ),
        ("The '90s were different; rock 'n' roll was loud.", []),
    ],
)
def test_doubled_apostrophes_are_quote_marks(text, quoted):
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


def test_no_source_ends_in_a_conjunction():
    """ "Mills, Samuelson and Bentel and disclosed them": the "and" before the next verb is
    not part of who spoke."""
    words = ["Samuelson", "and", "Bentel", "and"]
    doc = Doc(Vocab(), words=words, pos=["PROPN", "CCONJ", "PROPN", "CCONJ"])
    assert [t.text for t in without_dangling_conjunction(list(doc))] == words[:3]


@pytest.mark.model
def test_doubled_apostrophe_quote_with_trailing_speaker(make_context):
    text = "''The plan is dead,'' said Mary Jones, a senior economist at the bank."
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Mary Jones, a senior economist at the bank", "''The plan is dead,''")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“The bridge will reopen,” Tom Baker, a spokesman for the city, told reporters.",
            "Tom Baker, a spokesman for the city",
        ),
        (
            "“We have the votes,” Anna Kline, a close adviser to the governor, told the paper.",
            "Anna Kline, a close adviser to the governor",
        ),
    ],
)
def test_trailing_reporter_keeps_the_speaker_not_the_one_told(make_context, text, source):
    found = _with_cue(make_context, text, "told")
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
def test_stance_reported_by_another_keeps_the_reporter(make_context):
    text = "The ministry is considering a ban on grain exports, according to two officials."
    found = {(a.source.text, a.cue.text) for a in _attributions(make_context, text) if a.cue}
    assert ("two officials", "according to") in found


@pytest.mark.model
def test_dateline_is_not_the_speaker(make_context):
    text = (
        "LONDON (AP) — The health minister said on Monday that the clinics would stay open.\n\n"
        "She spoke after a meeting."
    )
    found = _with_cue(make_context, text, "said")
    assert [a.source.text for a in found] == ["The health minister"]


@pytest.mark.model
def test_a_passive_naming_is_not_an_inverted_reporter(make_context):
    text = (
        "Home to farmers and professors, called the Crossroads of America by its citizens, "
        "the county leans to the challenger, according to the Gazette."
    )
    found = {(a.source.text, a.cue.text) for a in _attributions(make_context, text) if a.cue}
    assert ("the Gazette", "according to") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claims"),
    [
        pytest.param(
            "Rivals blamed their focus on ''the business of selling houses.'' But he runs the club "
            "on a different principle, he said.",
            "he",
            ["But he runs the club on a different principle"],
            id="trailing-reporter-claim-stops-at-the-previous-sentence",
        ),
        pytest.param(
            "''We lost the vote,'' Mr. Hale said. ''We will be back next year.''",
            "Mr. Hale",
            ["''We lost the vote,'' Mr. Hale said. ''We will be back next year.''"],
            id="the-quote-after-a-trailing-reporter-goes-on-with-the-speaker",
        ),
        pytest.param(
            "Prices will rise next year, Ms. Ruiz said. “It is very hard to say how much.”",
            "Ms. Ruiz",
            ["Prices will rise next year", "“It is very hard to say how much.”"],
            id="a-quote-after-a-paraphrase-is-a-statement-of-its-own",
        ),
        pytest.param(
            "Saving for college is hard. Start small anyway.\n\n"
            "Next paragraph. “Put away what you can,” Ms. Lind said.\n",
            "Ms. Lind",
            ["“Put away what you can,”"],
            id="a-quote-closing-its-paragraph-does-not-take-in-the-writers-sentences",
        ),
        pytest.param(
            "The mayor reopened the harbour to fishing boats on Friday. "
            "Crews that hold a permit, he said, may sail at dawn.\n",
            "he",
            ["Crews that hold a permit, he said, may sail at dawn"],
            id="a-parenthetical-reporter-speaks-for-its-sentence-only",
        ),
        pytest.param(
            "The convoy was hit near the border. Two trucks burned, officials said.\n\nNext.",
            "officials",
            ["The convoy was hit near the border. Two trucks burned"],
            id="a-paragraph-final-reporter-speaks-for-its-paragraph",
        ),
        pytest.param(
            "The convoy was hit near the border. Two trucks burned, officials said. "
            "The road reopened in the evening.\n\nNext.",
            "officials",
            ["Two trucks burned"],
            id="a-reporter-with-a-sentence-after-it-speaks-for-its-sentence-only",
        ),
        pytest.param(
            "“The convoy was hit. Two trucks burned,” officials said.\n\nNext.",
            "officials",
            ["“The convoy was hit. Two trucks burned,”"],
            id="a-quote-across-sentences-is-one-claim",
        ),
        pytest.param(
            "“Taxes are too high. To quote my father ‘Money is not everything.” "
            "That is all they want, “the root of it’.” ― Ana Ruiz\n",
            "Ana Ruiz",
            [
                "“Taxes are too high. To quote my father ‘Money is not everything.” "
                "That is all they want, “the root of it’.”"
            ],
            id="a-dash-credit-covers-its-whole-quoted-line",
        ),
    ],
)
def test_the_claims_a_speaker_is_credited_with(make_context, text, source, claims):
    """Where a reported claim starts and stops, for one speaker (each id says the case)."""
    found = [a for a in _attributions(make_context, text) if a.source.text == source]
    assert [_claim(text, a) for a in found] == claims


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "As the Tribune reported last week, the mayor has quietly resigned.",
            "the Tribune",
            "the mayor has quietly resigned",
        ),
        (
            "Or, as one former minister put it: “The treasury is empty.”",
            "one former minister",
            "“The treasury is empty.”",
        ),
        (
            "As one local blogger pointed out with a telling chart, the budget has doubled.",
            "one local blogger",
            "the budget has doubled",
        ),
        (
            "As many economists, including Ana Ruiz, have pointed out, the tax is regressive.",
            "many economists, including Ana Ruiz",
            "the tax is regressive",
        ),
    ],
)
def test_as_reporters(make_context, text, source, claim):
    found = [a for a in _attributions(make_context, text) if a.source.text == source]
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.model
def test_a_time_clause_with_as_is_not_a_reporter(make_context):
    text = "The factory closed as the governor campaigned in the north."
    assert not [a for a in _attributions(make_context, text) if a.claim.start == 0]


@pytest.mark.model
def test_a_quoted_transcript_turn_runs_to_the_end_of_its_paragraph(make_context):
    text = (
        "The interview went on.\n\n"
        '"HOST: Let me start with the budget. Will the bridge be rebuilt this year?\n\n'
        '"MAYOR: Yes. We have the money and the crews are ready."'
    )
    found = _with_cue(make_context, text, ":")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("HOST", "Let me start with the budget. Will the bridge be rebuilt this year?"),
        ("MAYOR", 'Yes. We have the money and the crews are ready."'),
    ]


def test_a_quoted_transcript_turn_ends_where_the_next_speaker_starts():
    text = '"HOST: Will it open?\n\n"MAYOR: Yes, in May."'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ['Yes, in May."']


@pytest.mark.model
def test_a_quote_credited_after_a_dash(make_context):
    text = (
        "Readers wrote in.\n\n"
        "“The new bridge changed my commute.” ― Ana Ruiz\n"
        "“We waited ten years for it.” ― Tom Berger\n"
    )
    found = _with_cue(make_context, text, "―")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Ana Ruiz", "“The new bridge changed my commute.”"),
        ("Tom Berger", "“We waited ten years for it.”"),
    ]


@pytest.mark.model
def test_a_credit_dash_typed_against_the_closing_quote(make_context):
    text = "“The new bridge changed my commute.”― Ana Ruiz\n“We waited ten years for it.”― Tom Berger\n"
    found = _with_cue(make_context, text, "―")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Ana Ruiz", "“The new bridge changed my commute.”"),
        ("Tom Berger", "“We waited ten years for it.”"),
    ]


@pytest.mark.model
def test_a_dash_after_a_quote_without_a_name_is_no_credit(make_context):
    text = "He called it “a disgrace” ― and then he left the room."
    assert not _with_cue(make_context, text, "―")


@pytest.mark.model
def test_a_clause_with_a_verb_of_stance_after_a_comma_is_no_reporter(make_context):
    text = "On Tuesday, Democrats vote in Ohio and Utah, with 131 delegates at stake."
    assert [a.cue.text for a in _attributions(make_context, text) if a.cue] == []


@pytest.mark.model
def test_a_cited_basis_is_marked_as_citing_beside_the_claim(make_context):
    """PolNeAR counts ", citing X" as an attribution of its own; the cue's verb class tells a
    reader it names the basis of the speaker's claim, not a second statement."""
    text = "The minister warned of fuel shortages this winter, citing intelligence reports."
    found = {(a.cue.text, a.cue.verb_class) for a in _attributions(make_context, text) if a.cue}
    assert {("warned", "warn"), ("citing", "citing")} <= found


@pytest.mark.model
def test_interview_labels_are_not_sources(make_context):
    text = (
        "Q: Will you run for the seat again?\n\nA: I have not decided, but the party wants me to."
    )
    assert not [a for a in _attributions(make_context, text) if a.source.text in {"Q", "A"}]


def test_a_curly_quote_closed_by_a_straight_mark_ends_in_its_paragraph():
    text = 'He was a “good citizen," who gave back.\n\n“That is a question,” said Ms. Ruiz.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        '“good citizen,"',
        "“That is a question,”",
    ]


@pytest.mark.model
def test_an_apposition_is_not_a_trailing_reporter(make_context):
    text = "Ana Ruiz, a senior adviser to the mayor, also questioned the budget plan."
    found = _with_cue(make_context, text, "questioned")
    assert [_claim(text, a) for a in found] == ["the budget plan"]
    assert "Ana Ruiz" in found[0].source.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("While the bill was debated, Ms. Ortiz praised the council.", "the council"),
        (
            "As the crowd cheered, the senator described the budget as reckless.",
            "the budget as reckless",
        ),
    ],
)
def test_a_verb_with_its_own_object_is_no_trailing_reporter(make_context, text, claim):
    assert [_claim(text, a) for a in _attributions(make_context, text)] == [claim]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We were wrong to wait,” Ramos, 58, told AFP in an interview on Monday.", "Ramos, 58"),
        ("“We wrote two dozen songs,” Kiedis said, adding the album is nearly done.", "Kiedis"),
    ],
)
def test_the_one_told_or_a_clause_after_the_tail_keeps_the_reporter(make_context, text, source):
    quote = text[: text.index("”") + 1]
    assert (source, quote) in [
        (a.source.text, _claim(text, a)) for a in _attributions(make_context, text)
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About half of the voters said they want lower taxes.", "About half of the voters"),
        (
            "Both the council and the mayor said the bridge would reopen.",
            "Both the council and the mayor",
        ),
    ],
)
def test_a_degree_word_or_both_opens_a_source(make_context, text, source):
    assert source in [a.source.text for a in _attributions(make_context, text)]


@pytest.mark.model
def test_a_quote_goes_on_with_the_speaker_of_the_previous_quote(make_context):
    text = (
        "“It was fine,” the banker told reporters when asked if he had met the governor. "
        "“He was very polite.”"
    )
    found = [a for a in _attributions(make_context, text) if _claim(text, a).startswith("“")]
    assert [(a.cue.text, [text[p.start : p.end] for p in a.parts]) for a in found] == [
        ("told", ["“It was fine,”", "“He was very polite.”"]),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The council issued a statement calling the test a violation.",
        "Mr. Hale released a letter from his doctor that says he is healthy.",
        "The council helped draft a memo instructing members to stay home.",
        "The council rushed to issue a statement praising the police for their restraint.",
        "The council delivered a speech outlining its plan for the port.",
        "The council signed a letter urging the governor to veto the bill.",
        "The council aired an ad calling the senator a liar.",
    ],
)
def test_an_issued_statement_speaks_for_its_issuer(make_context, text):
    """Also one its issuer wrote, drafted, signed, delivered or aired, and one it set out to
    issue."""
    sources = {a.source.text for a in _attributions(make_context, text)}
    assert sources & {"The council", "Mr. Hale"}
    documents = {"a statement", "a letter from his doctor", "a memo", "a speech", "a letter"}
    assert not sources & (documents | {"an ad"})


@pytest.mark.model
def test_the_clitic_of_lets_is_no_source(make_context):
    text = "Let's say the plan will work."
    assert not [a for a in _attributions(make_context, text) if a.source.text == "'s"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Dana Ruiz, a fierce critic of the mayor, spoke on Friday.", "critic"),
        ("Dana Ruiz is one of the loudest critics of the new tax.", "critics"),
        ("Dana Ruiz is a longtime supporter of the governor.", "supporter"),
        ("Dana Ruiz, a former mayor and fierce critic of the tax plan, will lead it.", "critic"),
        ("Dana Ruiz has not endorsed him and has been a pointed critic of his budget.", "critic"),
        ("A passionate defender of the treaty, Dana Ruiz compared it to the old pact.", "defender"),
        ("A longtime critic of the treaty, Dana Ruiz likened it to the old pact.", "critic"),
    ],
)
def test_the_person_an_agent_noun_describes_is_the_source(make_context, text, cue):
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == ["Dana Ruiz"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Teachers unions were among the earliest supporters of the governor.",
            "supporters",
            "Teachers unions",
        ),
        (
            "Local farmers were among the fiercest critics of the new dam.",
            "critics",
            "Local farmers",
        ),
    ],
)
def test_those_among_the_supporters_or_critics_are_the_source(make_context, text, cue, source):
    """ "X were among the earliest supporters of Y": the group named is the source, not the
    agent noun itself."""
    assert [a.source.text for a in _with_cue(make_context, text, cue)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a new poll released Monday, Clinton leads Trump by five points.",
            [("a new poll released Monday", "Clinton leads Trump by five points")],
        ),
        (
            "In the poll, 60 percent said they backed Clinton.",
            [("60 percent", "they backed Clinton")],
        ),
        ("In the morning, the mayor opened the bridge.", []),
    ],
)
def test_a_poll_opening_the_sentence_states_its_finding(make_context, text, expected):
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == expected


def test_a_phrase_ending_in_a_relative_pronoun_is_no_source():
    import spacy
    from spacy.tokens import Doc

    from sitrep.extract.attribution_common import plausible_source

    words = ["the", "stories", "that", "the", "voters", "who"]
    pos = ["DET", "NOUN", "PRON", "DET", "NOUN", "PRON"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert not plausible_source(list(doc[0:3]))
    assert not plausible_source(list(doc[3:6]))
    assert plausible_source(list(doc[3:5]))


def test_a_one_word_name_tagged_as_a_verb_is_still_a_source():
    """ "Okafor openly admires him": the tagger may take a lone name for a verb; the entity
    recogniser's reading keeps it, while a lone verb the recogniser leaves alone stays out."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Okafor", "runs"],
        pos=["VERB", "VERB"],
        ents=["B-PERSON", "O"],
    )
    assert plausible_source(list(doc[0:1]))
    assert not plausible_source(list(doc[1:2]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The senator forced the banker to admit that the fees were illegal.",
            "the banker",
            "admit",
        ),
        (
            "The leak led several analysts to suspect that the deal was dead.",
            "several analysts",
            "suspect",
        ),
    ],
)
def test_the_one_made_to_speak_is_the_source(make_context, text, source, cue):
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("On Friday the senator escalated her attacks on the mayor.", "the senator", "attacks"),
        (
            "The candidates stiffened their denunciation of the deal.",
            "The candidates",
            "denunciation",
        ),
    ],
)
def test_a_pronoun_holder_of_the_subjects_own_words_is_the_subject(make_context, text, source, cue):
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
def test_a_pronoun_holder_beside_another_object_stays(make_context):
    text = "The mayor attacked the governor for her support of the tax."
    found = _with_cue(make_context, text, "support")
    assert [a.source.text for a in found] in ([], ["her"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The senator said on NBC's ''Meet the Press'' on Sunday that the bill was dead.",
            "that the bill was dead",
        ),
        ("“We will win,” the mayor said on CBS’s “Face the Nation.”", "“We will win,”"),
    ],
)
def test_a_quoted_show_title_is_not_the_claim(make_context, text, claim):
    found = _with_cue(make_context, text, "said")
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.model
def test_a_colon_after_a_long_phrase_opens_the_claim(make_context):
    text = (
        "The committee said about its inclusion of the new plank in the latest draft of its "
        "platform:\n\n“The platform goes further than ever before on housing.”"
    )
    found = [a for a in _attributions(make_context, text) if a.source.text == "The committee"]
    assert [_claim(text, a) for a in found] == [
        "“The platform goes further than ever before on housing.”"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "More recently, he’s spoken out against the new bathroom law.",
            "he",
            "the new bathroom law",
        ),
        ("And she’s predicted big wins in the races ahead.", "she", "big wins in the races ahead"),
    ],
)
def test_a_contracted_has_is_no_passive(make_context, text, source, claim):
    found = [a for a in _attributions(make_context, text) if a.source.text == source]
    assert [_claim(text, a) for a in found] == [claim]


@pytest.mark.model
def test_a_relative_clause_is_no_parenthetical_reporter(make_context):
    text = "The mayor, who has called for more police on the streets, won easily."
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The mayor", "more police on the streets")
    ]


@pytest.mark.model
def test_a_main_verb_misread_as_a_participle_still_reports(make_context):
    text = "A Quinnipiac University poll found last week that the senator would beat the governor."
    found = _with_cue(make_context, text, "found")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("A Quinnipiac University poll", "that the senator would beat the governor")
    ]
    assert not _attributions(make_context, "A group called Vets for Peace.")


@pytest.mark.model
def test_a_called_predicate_keeps_what_it_is_said_of(make_context):
    text = "Protesters held signs calling the mayor a loser."
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [("Protesters", "the mayor a loser")]


@pytest.mark.model
def test_a_party_affiliation_in_brackets_stays_whole_in_the_source(make_context):
    text = "Sen. Jane Doe (D-Ohio) said the bill was dead."
    assert [a.source.text for a in _attributions(make_context, text)] == ["Sen. Jane Doe (D-Ohio)"]


@pytest.mark.model
def test_those_surveyed_are_a_source(make_context):
    text = "By 58 to 33 percent, those surveyed said the funding should stay."
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [("those surveyed", "the funding should stay")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The mayor warned that taxes would rise, with the council estimating a deficit.",
            ["The mayor", "the council"],
        ),
        ("The mayor said the city would grow by supporting small firms.", ["The mayor"]),
    ],
)
def test_an_adjunct_inside_a_claim_is_a_statement_only_with_its_own_speaker(
    make_context, text, sources
):
    assert [a.source.text for a in _attributions(make_context, text)] == sources


@pytest.mark.model
def test_tweets_put_out_speak_for_who_put_them_out(make_context):
    text = "The senator unleashed a series of tweets criticizing the judge."
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [("The senator", "the judge")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Chilean navy said the ship had sunk.", "government"),
        ("Peru's army said it had cleared the road.", "government"),
        ("The Southern Command said two boats were seized.", "government"),
        ("The military said the border was closed.", "government"),
        ("Rebel forces said they held the bridge.", "anonymous_official"),
        ("The U.N. refugee agency said 3,000 people had crossed.", "organization"),
        ("The United Nations children's office said the schools were shut.", "organization"),
        ("The state news agency said the talks had failed.", "media"),
        ("Ottawa said it would send aid.", "government"),
        ("The mayor was arrested on Sunday, her party said.", "organization"),
        ("Two homes burned, a rights group said.", "organization"),
        ("A group of farmers said the rain came too late.", "anonymous_person"),
    ],
)
def test_kinds_of_armed_forces_agencies_capitals_and_groups(make_context, text, kind):
    """A state's forces and a capital speak for its government; a U.N. office or agency, a
    party or a rights group is an organization; a news agency is media."""
    assert [a.source.kind for a in _attributions(make_context, text)] == [kind]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The governor was the first official to comment, tweeting her thanks to the crews.",
            "tweeting",
            "The governor",
        ),
        (
            "The party chairman called for a voice vote, and then a second vote, declaring after"
            " both that the motion had failed.",
            "declaring",
            "The party chairman",
        ),
        (
            "Smith said he plans to visit Libya next month, insisting that the talks are going"
            " well.",
            "insisting",
            "Smith",
        ),
        (
            "Most of the senators have said they would back the bill, while emphasizing it is not"
            " an endorsement.",
            "emphasizing",
            "Most of the senators",
        ),
        ("“We will not sign,” the aide recalled, adding that it was over.", "adding", "the aide"),
        (
            "The mayor has feuded with the council, at one point calling its chairman a liar.",
            "calling",
            "The mayor",
        ),
        (
            "The senator spent most of the week before the primary portraying her rival as weak.",
            "portraying",
            "The senator",
        ),
        (
            "The mayor wrote a letter praising the firefighters for their courage.",
            "praising",
            "The mayor",
        ),
        (
            "The senator had a strong night that could help him in his home state, forcefully"
            " denouncing the new tax.",
            "denouncing",
            "The senator",
        ),
        (
            "The mayor gave a speech that lasted an hour, sharply criticizing the council.",
            "criticizing",
            "The mayor",
        ),
        (
            "Protest groups say the rules are unfair, and the civil liberties union has sued the"
            " city over them, saying they violate free speech.",
            "saying",
            "the civil liberties union",
        ),
        (
            "It was a long night, but the mayor was in the city hall until dawn, emphasizing the"
            " need for calm.",
            "emphasizing",
            "the mayor",
        ),
        (
            "Reached by phone, Jones denied the notion that a staff shakeup is coming, explaining"
            " that he had been away for a week.",
            "explaining",
            "Jones",
        ),
        (
            "On a late-night show, Ms. Quill questioned why the harbour pilot never testified"
            " before the inquiry, hinting that someone had warned him off.",
            "hinting",
            "Ms. Quill",
        ),
        (
            "Mr. Ortiz wondered whether the mayor would speak at the rally, suggesting that she"
            " had lost her nerve.",
            "suggesting",
            "Mr. Ortiz",
        ),
        (
            "“The party will recover,” Ms. Ferro told a podcast host once the runoff count was"
            " done, predicting that turnout would rise.",
            "predicting",
            "Ms. Ferro",
        ),
        (
            "Reuters valued the firm at $3 billion, which Mr. Harlow called “an insult,” blaming"
            " the bank's analysts.",
            "blaming",
            "Mr. Harlow",
        ),
        (
            "The vigil ended outside the stadium, where some 200 fans had waited since dawn,"
            " chanting “bring him home” into the rain.",
            "chanting",
            "some 200 fans",
        ),
        (
            "The second clash came during a rally in Dayton, when union members interrupted his"
            " remarks, shouting “shame on you!”",
            "shouting",
            "union members",
        ),
        (
            "Mr. Duarte and his allies are hitting back, painting the mayor as a friend of"
            " developers - “If she wins, they will own the city,” one Duarte mailer warned - or"
            " deriding her as a “puppet.”",
            "deriding",
            "Mr. Duarte and his allies",
        ),
        (
            "The senator praised the bill, which the governor signed on Friday, calling it a"
            " historic step.",
            "calling",
            "The senator",
        ),
        (
            "The minister rejected the report, which critics called biased, saying it relied on"
            " old data.",
            "saying",
            "The minister",
        ),
        (
            "Lopez vetoed the bill, which Democrats described as vital, arguing it was too costly.",
            "arguing",
            "Lopez",
        ),
        (
            "The mayor defended the budget, which the council called a disgrace, insisting it was"
            " balanced.",
            "insisting",
            "The mayor",
        ),
        (
            "The firm denied the claim, which Smith repeated on Monday, calling it false.",
            "calling",
            "The firm",
        ),
        (
            "A group of nurses wrote to the head of the county hospital (where Dr. Vance"
            " works), calling for his dismissal.",
            "calling",
            "A group of nurses",
        ),
    ],
)
def test_a_participle_set_off_or_hung_on_an_occasion_speaks_for_the_clause_subject(
    make_context, text, cue, source
):
    """ "..., saying", "at one point calling": the parser hangs the participle on the nearest
    noun, on the reported clause (a speech asked about too), on a clause of time under the
    reporter, on a noun's "that" clause about a thing or on the time spent; the subject of the
    clause (the reporter's, the spender's) speaks. A letter speaks for its writer. Hung on the
    main verb after a relative clause, it goes with that clause where the clause speaks itself
    (unless the main verb speaks too or its subject is a person) or where the main subject is a
    thing; a clause in brackets is an aside. One joined to the verb of an aside between dashes
    goes on the adjunct before the aside."""
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The union filed a lawsuit alleging fraud at the plant.", "alleging", "The union"),
        (
            "In the 1980s, the agency planted newspaper articles claiming that the virus had been"
            " made in a lab.",
            "claiming",
            "the agency",
        ),
        (
            "The envoy toured the port and made three short statements affirming support for"
            " the truce.",
            "affirming",
            "The envoy",
        ),
        ("The mayor received a letter urging her to resign.", "urging", "a letter"),
        (
            "The unions sent a joint letter last week to council members opposing the new curfew.",
            "opposing",
            "The unions",
        ),
        (
            "The senator is making a final pitch to rural voters saying the mine will reopen.",
            "saying",
            "The senator",
        ),
    ],
)
def test_a_writing_someone_puts_out_speaks_for_its_author(make_context, text, cue, source):
    """A lawsuit, articles or statements say what the one who files, plants or makes them
    says, also where the parser hangs the participle on the one a letter or a pitch goes to; a
    letter someone only receives still speaks for itself."""
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The commercial replays footage of the senator asking, “Where were you?”",
            "asking",
            "the senator",
        ),
        (
            "The group released a video showing the mayor promising to cut taxes.",
            "promising",
            "the mayor",
        ),
    ],
)
def test_a_person_a_recording_shows_speaks_for_the_participle(make_context, text, cue, source):
    """The one a recording shows asks or promises, not the ad or group that uses it."""
    found = _with_cue(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "speaker"),
    [
        (
            ["The", "president", "set", "about", "persuading", "the", "premier"],
            [1, 2, 2, 2, 3, 6, 4],
            ["det", "nsubj", "ROOT", "prep", "pcomp", "det", "dobj"],
            "The president",
        ),
        (
            ["Rumours", "swirled", "about", "a", "rival", "challenging", "her"],
            [1, 1, 1, 4, 2, 2, 5],
            ["nsubj", "ROOT", "prep", "det", "pobj", "pcomp", "dobj"],
            "",
        ),
    ],
)
def test_a_gerund_after_about_speaks_for_the_verbs_subject_unless_it_has_its_own(
    words, heads, deps, speaker
):
    """ "set about persuading": the one who sets about it persuades; "rumours swirled about a
    rival challenging her" gives the gerund its own subject, so the rumours challenge no one."""
    tags = {"persuading": "VBG", "challenging": "VBG", "set": "VBD", "swirled": "VBD"}
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=[tags.get(word, "NN") for word in words],
        pos=["VERB" if word in tags else "NOUN" for word in words],
    )
    gerund = next(token for token in doc if token.tag_ == "VBG")
    assert " ".join(token.text for token in subject(gerund, [])) == speaker


@pytest.mark.model
def test_a_second_subject_joined_to_the_first_clause_speaks_for_its_own_verb(make_context):
    """ "... attend the hearing and others have said ...": the parser joins "others" to
    "hearing"; the second "said", in step with the first, is theirs."""
    text = (
        "Many prominent senators have said they will not attend the hearing and others have said"
        " they are not interested."
    )
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert ("others", "they are not interested") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The length of the school day in cities has long been a top concern for nurses' unions"
            " and both the Nurses Federation and the Care Workers Alliance endorsed him early.",
            "endorsed",
            "both the Nurses Federation and the Care Workers Alliance",
        ),
        (
            "The mayor praised both the police and the firefighters and said they had saved lives.",
            "said",
            "The mayor",
        ),
    ],
)
def test_a_pair_opened_by_both_before_a_joined_verb_is_its_subject(make_context, text, cue, source):
    """ "... a top concern for unions and both X and Y endorsed him": the pair the parser joins to
    the first clause's object speaks for the verb after it, though the tenses differ; a pair
    that is the first verb's own object does not."""
    assert [a.source.text for a in _with_cue(make_context, text, cue)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He said that he would vote for the bill but did not suggest it would pass.", "suggest"),
        ("She told them that she might resign but did not say it would happen soon.", "say"),
    ],
)
def test_a_verb_with_did_joined_to_a_reported_clause_goes_with_the_reporter(
    make_context, text, cue
):
    """ "said that he would vote ... but did not suggest ...": "did not suggest" cannot be
    joined to "would vote"; it goes with "said", whose subject (the first pronoun) speaks."""
    assert [a.source.start for a in _with_cue(make_context, text, cue)] == [0]


@pytest.mark.model
def test_a_quote_opening_after_the_reporter_is_its_claim_not_its_source(make_context):
    """ "Doe, a friend, said, “Even so, ...”": the words inside the quote never speak."""
    text = "Jane Miller, a close friend of the mayor, said, “Even as a young lawyer, it was hard.”"
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [
        ("Jane Miller, a close friend of the mayor", "“Even as a young lawyer, it was hard.”")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The company, Acme Robotics, denied making the parts.", "organization", "Acme Robotics"),
        ("Governor Pavel Sorokin said a fire broke out.", "named_official", "Pavel Sorokin"),
        ("Nord Bande leader Marco Tello said it was revenge.", "named_official", "Marco Tello"),
        (
            "A spokesman for the ministry, Ivan Petrov, said the talks had failed.",
            "named_official",
            "Ivan Petrov",
        ),
        ("Kyiv says its strikes are a response to the attacks.", "government", "Kyiv"),
        ("The Britain-based war monitor said the strikes hit a depot.", "organization", None),
        ("The junta promised to hold elections next year.", "government", None),
        ("Police figures show that 300 people were arrested.", "document", None),
        ("The plant makes 40 tonnes a day, according to the company's website.", "document", None),
        # a survey that is a body, and one that is a poll
        ("The Nordic Geological Survey said the quake was shallow.", "organization", None),
        ("A survey released on Monday said most farmers backed the plan.", "document", None),
    ],
)
def test_the_person_or_body_a_source_names(make_context, text, kind, name):
    """The person is the one at the head of the phrase or set beside it, even untagged after a
    title; a company named beside its noun, a war monitor and a capital are no persons; a junta
    governs; figures and a website are documents."""
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == (kind, name or found.source.text)


@pytest.mark.model
def test_a_person_named_in_a_modifier_is_not_the_source(make_context):
    """ "Tuareg-led rebels": the rebels speak, not the people who lead them."""
    (found,) = _attributions(make_context, "Tuareg-led rebels said they had shot down a jet.")
    assert found.source.name == "Tuareg-led rebels"


@pytest.mark.model
def test_an_including_list_before_a_trailing_reporter_stays_in_the_claim(make_context):
    """ "killed 40 people, including 12 children, the health office said": the list is part of
    what was said; the source opens after it."""
    text = "The strikes killed 40 people, including 12 children, the health office said."
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [("the health office", "The strikes killed 40 people, including 12 children")]


@pytest.mark.model
@pytest.mark.parametrize("description", ["the militia", "the group"])
def test_a_named_group_described_later_keeps_its_name(make_context, description):
    """ "The FDLR denied ... the militia said": the description stands for the group just
    named; after the United Nations, "the group" names no one."""
    text = (
        "The FDLR denied attacking the camp.\n\nIn a statement on Monday, "
        f"{description} said its fighters had only defended themselves."
    )
    assert [a.source.name for a in _attributions(make_context, text)] == ["The FDLR"] * 2
    text = "The United Nations said 40 people died. The group said it would fight on."
    assert [a.source.name for a in _attributions(make_context, text)][-1] == "The group"


@pytest.mark.model
def test_a_he_opening_a_sentence_is_the_person_who_acted_in_the_one_before(make_context):
    """ "A woman said ... President Ana Ruiz declared an emergency. She said ...": the pronoun
    continues the subject just named, not the last speaker."""
    text = (
        "“They came at night,” said a farmer in the village.\n\n"
        "President Ana Ruiz declared a state of emergency in the region on Monday. She said on"
        " Tuesday that the army would restore order."
    )
    found = _attributions(make_context, text)
    assert [(a.source.text, a.source.name) for a in found][-1] == ("She", "Ana Ruiz")
    titled = text.replace("President Ana Ruiz", "Mr. Ruiz")  # a title that the pronoun does not fit
    assert [a.source.name for a in _attributions(make_context, titled)][-1] != "Mr. Ruiz"


@pytest.mark.model
def test_a_group_named_in_the_story_is_the_one_its_description_stands_for(make_context):
    """ "The Western Liberation Movement seized the pass, police said. The group said ...":
    the movement was named as the one acting, not as a speaker, and "the group" is still it."""
    text = (
        "The Western Liberation Movement seized the mountain pass on Sunday, police said.\n\n"
        "The group said in a statement that it controlled the road to the coast."
    )
    assert [a.source.name for a in _attributions(make_context, text)] == [
        "police",
        "The Western Liberation Movement",
    ]


def test_a_whole_dateline_taken_into_the_source_is_dropped():
    """ "BAMAKO, Mali (AP) — Mali's army": the parser may hang the whole dateline on the
    speaker; the speaker is what follows its dash."""
    words = ["BAMAKO", ",", "Mali", "(", "AP", ")", "—", "Mali", "'s", "army"]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[False, True, True, False, False, True, True, False, True, False],
    )
    assert [t.text for t in past_dateline(list(doc))] == ["Mali", "'s", "army"]


def test_a_quote_taken_into_the_source_is_dropped():
    """ "“It is over,” Ruiz, 69, said": the parser may hang the quote before the speaker on the
    speaker's phrase; the speaker starts after its closing mark. A quoted title inside the
    phrase stays ("Ruiz, author of “The Fund,” said")."""
    words = ["“", "It", "is", "over", ",", "”", "Ruiz", ",", "69", ",", "said"]
    spaces = [False, True, True, False, False, True, False, True, False, True, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    quotes = find_quotes(doc.text)
    assert [t.text for t in past_quote_end(list(doc[1:9]), quotes)] == ["Ruiz", ",", "69"]
    words = ["Ruiz", ",", "author", "of", "“", "The", "Fund", ",", "”", "said"]
    spaces = [False, True, True, True, False, True, False, False, True, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    source = list(doc[:9])
    assert past_quote_end(source, find_quotes(doc.text)) == source


def test_a_long_name_nested_under_its_title_is_the_persons():
    """ "Prime Minister Khalid bin Rashid Al Mansour": the parser hangs "Khalid bin" on
    "Rashid", not on the head; the whole name after the title is still the person's."""
    words = ["Prime", "Minister", "Khalid", "bin", "Rashid", "Al", "Mansour", "said"]
    heads = [1, 4, 4, 4, 6, 6, 7, 7]
    deps = ["compound"] * 6 + ["nsubj", "ROOT"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=["NNP"] * 7 + ["VBD"])
    assert classify_source(list(doc[:7]), {}) == ("named_official", "Khalid bin Rashid Al Mansour")


@pytest.mark.model
def test_a_body_owned_by_its_takes_the_owner_of_the_sentence_before(make_context):
    """ "Norway did not comment. Its Foreign Ministry said ...": "its" is the country the
    sentence before is about; a person's "his office" is left alone."""
    text = (
        "Norway did not comment on the raid. "
        "Its Foreign Ministry said later that its ships had left the port."
    )
    assert [a.source.name for a in _attributions(make_context, text)] == [
        "Norway's Foreign Ministry"
    ]
    text = "The minister was silent. His office said the talks had stalled."
    assert [a.source.name for a in _attributions(make_context, text)] == ["His office"]


@pytest.mark.model
def test_a_reporter_owned_by_the_person_it_reports_on_takes_the_name(make_context):
    """ "Anna Berg was detained, her lawyer said": the lawyer is Anna Berg's; with no person as
    the subject ("Police held them, her lawyer said") the pronoun stays."""
    text = "The journalist Anna Berg was detained at the border, her lawyer said."
    assert [a.source.name for a in _attributions(make_context, text)] == ["Anna Berg's lawyer"]
    text = "Police held the two men overnight, her lawyer said."
    assert [a.source.name for a in _attributions(make_context, text)] == ["her lawyer"]


@pytest.mark.model
def test_a_states_named_police_force_is_its_government(make_context):
    """ "Chile's National Police said": a state's police force speaks for the state, like its
    army; "police said" alone stays anonymous officials."""
    text = "Chile's National Police said on Friday that officers had arrested two men."
    assert [a.source.kind for a in _attributions(make_context, text)] == ["government"]
    text = "Police said two men were arrested."
    assert [a.source.kind for a in _attributions(make_context, text)] == ["anonymous_official"]


@pytest.mark.model
def test_the_office_of_a_public_official_is_the_government(make_context):
    """ "the regional prosecutor's office said" speaks for the state; a company chairman's
    office is no body of the state."""
    text = "A bridge was damaged, the regional prosecutor's office said."
    assert [a.source.kind for a in _attributions(make_context, text)] == ["government"]
    text = "The deal was off, the company chairman's office said."
    assert [a.source.kind for a in _attributions(make_context, text)] != ["government"]
    text = "Two bodies were found, the state attorney general's office said."
    assert [a.source.kind for a in _attributions(make_context, text)] == ["government"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # monarchs and cabinet secretaries hold public office; their offices speak for the state
        ("The emir's office said the port would reopen.", "government"),
        ("The sultan's office said the port would reopen.", "government"),
        ("The queen's office said the port would reopen.", "government"),
        ("The king's office said the port would reopen.", "government"),
        ("The crown prince's office said the port would reopen.", "government"),
        ("The chancellor's office said the port would reopen.", "government"),
        ("The Home Secretary's office said the port would reopen.", "government"),
        ("The office of the governor said the port would reopen.", "government"),
        # a secretary general leads a party or a world body; a titled non-official's office,
        # or any other holder's, is a body of its own
        ("The party's general secretary's office said the port would reopen.", "organization"),
        ("The office of the bishop said the port would reopen.", "organization"),
        ("The rector's office said the port would reopen.", "organization"),
        ("The shipping firm's office said the port would reopen.", "organization"),
        # a surname that is a monarch's word, or a party's, union's or firm's secretary, holds no
        # public office: a named person's office is that person's word
        ("Peter King's office said the port would reopen.", "named_person"),
        ("Omar Sultan's office said the port would reopen.", "named_person"),
        ("Queen Amira's office said the port would reopen.", "government"),
        ("The King's office said the port would reopen.", "government"),
        ("The party secretary's office said the port would reopen.", "organization"),
        ("The union secretary's office said the port would reopen.", "organization"),
        ("The company secretary's office said the port would reopen.", "organization"),
        ("The foreign secretary's office said the port would reopen.", "government"),
        ("The office of the Secretary of State said the port would reopen.", "government"),
        (
            "The office of the president of Lindell University said the port would reopen.",
            "organization",
        ),
        # a named holder's office is the state's when the article titles the holder with a
        # public office, else a person's (an official's where the article titles them otherwise),
        # no organization
        ("Kovac's office said the port would reopen.", "named_person"),
        (
            "Prime Minister Ivan Kovac met envoys. Kovac's office said the port would reopen.",
            "government",
        ),
        (
            "President Omar Dalil met envoys. Dalil's office said the port would reopen.",
            "government",
        ),
        (
            "Chancellor Mira Haldane met envoys. Haldane's office said the port would reopen.",
            "government",
        ),
        (
            "The interior minister, Tomas Brel, met envoys. Brel's office said the port would reopen.",
            "government",
        ),
        (
            "Opposition leader Omar Dalil met envoys. Dalil's office said the port would reopen.",
            "named_official",
        ),
        ("The bishop's office said the port would reopen.", "organization"),
        # a monarch or a cabinet secretary speaking is an official
        ("The emir said the port would reopen.", "anonymous_official"),
        ("The sultan said the port would reopen.", "anonymous_official"),
        ("Emir Khalid bin Saad said the port would reopen.", "named_official"),
        ("Foreign Secretary Mara Lindqvist said the port would reopen.", "named_official"),
    ],
)
def test_offices_of_monarchs_secretaries_and_titled_non_officials(make_context, text, kind):
    found = extract_attributions(make_context(text, dt.date(2025, 3, 14)))
    assert [a.source.kind for a in found] == [kind]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Chilean President Tomas Ferreyra landed in Lima for talks, his office said.",
            "government",
            "Tomas Ferreyra's office",
        ),
        (
            "Chilean President Tomas Ferreyra landed in Lima. His office said the talks went well.",
            "government",
            "Tomas Ferreyra's office",
        ),
        # no title: a private person's office is that person's word; an owner not named stays
        (
            "The singer Lena Marsh cancelled her tour. Her office said she was ill.",
            "named_person",
            "Lena Marsh's office",
        ),
        ("His office said the meeting went well.", "anonymous_person", "His office"),
    ],
)
def test_the_office_of_a_titled_person_is_the_government(make_context, text, kind, name):
    """ "President X ... his office said": the office speaks for the government."""
    found = _attributions(make_context, text)[-1]
    assert (found.source.kind, found.source.name) == (kind, name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # leaders of a trade or a people hold no office
        ("Business leaders said the strike had cost millions.", "anonymous_person"),
        ("Community leaders said the road was closed.", "anonymous_person"),
        ("Opposition leaders said the vote was rigged.", "anonymous_official"),
        # forces led by a people are no state's army, whatever country their name invokes
        ("The Kurdish-led Northern Syrian Forces said they took the town.", "organization"),
        ("The U.S.-led coalition said it struck two depots.", "organization"),
    ],
)
def test_who_leads_decides_the_kind_of_source(make_context, text, kind):
    assert [a.source.kind for a in _attributions(make_context, text)][:1] == [kind]


@pytest.mark.model
def test_a_states_own_tallies_cite_that_state(make_context):
    """ "according to Israeli tallies": the state's counts are its government's word; counts
    with no state named stay a document."""
    text = "About 300 people were killed, according to Ukrainian tallies."
    sources = [(a.source.kind, a.source.name) for a in _attributions(make_context, text)]
    assert sources == [("government", "Ukraine")]
    text = "About 300 people were killed, according to official tallies."
    assert [a.source.kind for a in _attributions(make_context, text)] == ["document"]


@pytest.mark.model
def test_a_fuller_description_keeps_its_own_name(make_context):
    """A headline's "Military says" does not shorten a later "The Israeli military said" to
    "military"; a later bare "the military" takes the fuller name."""
    text = (
        "Military says it hit gunmen. The Israeli military said its troops fired at gunmen. "
        "The military said it was reviewing the incident."
    )
    names = [a.source.name for a in _attributions(make_context, text)]
    assert names == ["Military", "The Israeli military", "The Israeli military"]


@pytest.mark.model
def test_an_acronym_takes_the_kind_of_its_spelled_out_name(make_context):
    """ "the National Salvation Government (NSG)" then "the NSG said": one body, one kind."""
    text = (
        "The exiled National Salvation Government (NSG) said a jet bombed the village. "
        "The NSG said 17 people were killed."
    )
    kinds = [a.source.kind for a in _attributions(make_context, text)]
    assert kinds == ["government", "government"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "The country's army spokesman, General Tomas Verlaine, said the talks would resume.",
            "named_official",
            "Tomas Verlaine",
        ),
        ("The Houthis said they had hit a ship.", "organization", "The Houthis"),
    ],
)
def test_who_a_source_phrase_names(make_context, text, kind, name):
    """A name set beside a title is the official's, whatever entity the tagger gives it; a plural
    name after "the" is a movement, not a person."""
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == (kind, name)


@pytest.mark.model
def test_a_live_blog_time_stamp_is_not_part_of_the_source(make_context):
    text = "Updates.\n\n10:45 GMT — The regional governor said two people were hurt."
    (found,) = _attributions(make_context, text)
    assert found.source.name == "The regional governor"
    text = "Updates.\n\nUpdated 10:45 GMT — Two people were hurt, the regional governor said."
    (found,) = _attributions(make_context, text)
    assert text[found.claim.start : found.claim.end] == "Two people were hurt"


@pytest.mark.model
def test_they_opening_a_sentence_takes_up_the_subject_before(make_context):
    """ "Chad and Niger formed a bloc. They announced ...": the states just named speak,
    as their governments, not an earlier plural source."""
    text = (
        "Local officials said the road was closed. Chad and Niger formed a new bloc in May. "
        "They announced a joint force in June."
    )
    found = _attributions(make_context, text)
    assert [(a.source.name, a.source.kind) for a in found][-1] == (
        "Chad and Niger",
        "government",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "French and German jets struck a depot, the two countries said in a joint statement.",
            "France and Germany",
        ),
        ("Chad and Niger signed a pact. Both countries said talks would go on.", "Chad and Niger"),
    ],
)
def test_counted_countries_are_the_states_named_together_before(make_context, text, name):
    found = _attributions(make_context, text)
    assert (found[-1].source.kind, found[-1].source.name) == ("government", name)


def test_a_name_in_capitals_is_an_organisation_even_as_a_common_noun():
    """The tagger may read an unfamiliar acronym ("ISWAP said") as a common noun; a state's
    ("US") is not made an organisation by its capitals."""
    kinds = []
    for word in ["KLF", "US"]:
        doc = Doc(
            Vocab(),
            words=[word, "said"],
            pos=["NOUN", "VERB"],
            tags=["NN", "VBD"],
            deps=["nsubj", "ROOT"],
            heads=[1, 1],
        )
        kinds.append(classify_source([doc[0]], {})[0])
    assert kinds == ["organization", "anonymous_person"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The militia said in a post that it had taken the town.",
        "Kenya's human rights commission said that it was alarmed by the killings.",
        "Dozens of families left, according to the village's relief committee.",
    ],
)
def test_a_militia_a_commission_or_a_committee_is_an_organisation(make_context, text):
    (found,) = _attributions(make_context, text)
    assert found.source.kind == "organization"


@pytest.mark.model
def test_a_role_given_once_holds_for_later_mentions(make_context):
    """ "Interior Minister Anna Kolar ... Kolar said": an official, under her full name."""
    text = "Interior Minister Anna Kolar visited the border on Monday. Kolar said it would reopen."
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == ("named_official", "Anna Kolar")


@pytest.mark.model
def test_said_in_a_statement_is_one_cue_and_the_relative_clause_no_part_of_the_source(
    make_context,
):
    text = (
        "The FLA, which has about 2,000 fighters, said in a statement that its fighters were"
        " fighting only the army and accused them of attacking civilians."
    )
    found = _attributions(make_context, text)
    assert [(a.source.text, a.cue.text) for a in found] == [
        ("The FLA", "said"),
        ("The FLA", "accused"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "The Al-Nabaa news website reported, citing a senior police officer, that"
            " reinforcements had entered the city late on Monday.",
            "a senior police officer",
            [("The Al-Nabaa news website", "media")],
        ),
        (
            "According to a local official cited by Radio Kivu, the fighting has driven thousands"
            " of people from their homes.",
            "a local official",
            [("Radio Kivu", "media")],
        ),
    ],
)
def test_who_passed_a_statement_on_is_a_link_of_its_chain(make_context, text, source, via):
    """A news website citing an officer, an official cited by a radio: the officer or the
    official speaks; the outlet relays."""
    (found,) = _attributions(make_context, text)
    assert (found.source.text, [(v.text, v.kind) for v in found.via]) == (source, via)


@pytest.mark.model
def test_a_relative_clause_set_off_by_commas_is_no_part_of_the_source(make_context):
    text = (
        "A local official in Tiloa, who asked not to be named, told AFP that 30 bodies had been"
        " brought to the clinic."
    )
    (found,) = _attributions(make_context, text)
    assert found.source.text == "A local official in Tiloa"


@pytest.mark.model
def test_a_description_of_the_speakers_group_is_no_part_of_the_source(make_context):
    text = (
        "A commander of the Lake Guard, a militia that patrols the shore, put the toll at 12 and"
        " said the road was closed."
    )
    found = _attributions(make_context, text)
    assert {a.source.text for a in found} == {"A commander of the Lake Guard"}
    text = "Jo Brenner, a spokesman for the army, said the road was closed."
    (found,) = _attributions(make_context, text)
    assert found.source.text == "Jo Brenner, a spokesman for the army"


@pytest.mark.model
def test_an_organisation_goes_by_its_name_without_the_description_beside_it(make_context):
    """ "The Kivu Defence Front, a militia allied to the army, said": the span keeps the
    description, the name a reader looks up does not."""
    text = "The Kivu Defence Front, a militia allied to the army, said it had retaken the town."
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == ("organization", "The Kivu Defence Front")


@pytest.mark.model
def test_the_rest_of_a_list_in_the_claim_is_no_part_of_the_source(make_context):
    """ "set fire to homes, shops and schools in the town, police said": the items after the
    first comma go on with the claim's list; the source opens at the last comma."""
    text = "Rioters set fire to homes, shops and schools in the old town, police said."
    found = [(a.source.text, _claim(text, a)) for a in _attributions(make_context, text)]
    assert found == [("police", text[: text.index(", police")])]


@pytest.mark.model
def test_an_outlet_named_after_what_it_is_relays_and_its_cited_document_is_no_claim(
    make_context,
):
    """ "the Belgrade daily Politika reported, citing a statement": "daily" says the name is a
    paper's, which relays the statement it cites (the source); the citing is no claim."""
    text = (
        "The minister resigned on Friday, the Belgrade daily Politika reported, citing a"
        " statement read out on state television."
    )
    found = _attributions(make_context, text)
    assert [(a.source.kind, a.cue.text, [v.text for v in a.via]) for a in found] == [
        ("document", "reported", ["the Belgrade daily Politika"])
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two civilians were killed, according to the regional ombudsman, Anna Kolar.",
        "According to the regional ombudsman, Anna Kolar, two civilians were killed.",
    ],
)
def test_a_name_set_off_after_the_description_joins_the_according_to_source(make_context, text):
    (found,) = _attributions(make_context, text)
    assert (found.source.text, found.source.name) == (
        "the regional ombudsman, Anna Kolar",
        "Anna Kolar",
    )
    assert _claim(text, found).lower() == "two civilians were killed"


@pytest.mark.model
def test_a_name_opening_the_claim_is_not_joined_to_the_according_to_source(make_context):
    text = "According to the ombudsman, Anna Kolar lied to the court."
    (found,) = _attributions(make_context, text)
    assert (found.source.text, _claim(text, found)) == (
        "the ombudsman",
        "Anna Kolar lied to the court",
    )


@pytest.mark.parametrize(("tag", "entity", "speaks"), [("ADJ", "PERSON", True), ("ADJ", "", False)])
def test_a_headline_label_the_tagger_reads_as_an_adjective_speaks_when_it_names_someone(
    tag, entity, speaks
):
    """ "Vance: The budget is a disgrace." with the name tagged an adjective: a person's name
    still; a bare adjective ("Breaking:") names no one."""
    words = ["Vance", ":", "The", "budget", "is", "a", "disgrace", "."]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[False, True, True, True, True, True, False, False],
        pos=[tag, "PUNCT", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT"],
        heads=[0, 0, 3, 4, 4, 6, 4, 4],
        deps=["ROOT", "punct", "det", "nsubj", "ROOT", "det", "attr", "punct"],
        ents=[f"B-{entity}" if entity else "O"] + ["O"] * 7,
        sent_starts=[True] + [False] * 7,
    )
    found = colon_statements(doc[:], [])
    assert [(f.source[0].text, doc.text[f.claim[0] : f.claim[1]]) for f in found] == (
        [("Vance", "The budget is a disgrace.")] if speaks else []
    )


@pytest.mark.model
def test_a_quote_closed_by_its_own_reporter_is_not_more_of_the_quote_before(make_context):
    """ "“A,” X said. “B,” he said.": where the parser leaves the second quote in the first
    reporter's sentence, it still belongs to the reporter that closes it."""
    text = (
        "''We survey farmers and ask them to rank the seeds,'' Mr. Ortiz, of Delta Seeds, said. "
        "''Corn ranks first, wheat second and rice is somewhere down the list. That has held for "
        "every survey,'' he said."
    )
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Mr. Ortiz, of Delta Seeds", "''We survey farmers and ask them to rank the seeds,''"),
        ("he", text[text.index("''Corn") : text.rindex(",''") + 3]),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "“Not yet,“ he said. “The bridge is still closed.”",
            ["“Not yet,“", "“The bridge is still closed.”"],
        ),
        ("“The count is final.“\nThe vote is on Monday.", ["“The count is final.“"]),
    ],
)
def test_an_opening_curly_mark_after_the_last_punctuation_closes_the_quote(text, quoted):
    """ "“Not yet,“ he said": a typing slip; no quote opens between a comma and a space, and
    the reporting clause after it is no part of what was said."""
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


@pytest.mark.parametrize("opening", ["Both", "Neither"])
def test_both_or_neither_tagged_a_conjunction_still_opens_a_source(opening):
    """ "Both Mr. Lee and Ms. Park say ...": the tagger may take "both" for a conjunction; it
    opens the noun phrase of the speakers all the same."""
    words = [opening, "Lee", "and", "Park"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["CCONJ", "PROPN", "CCONJ", "PROPN"])
    assert plausible_source(list(doc))


@pytest.mark.model
def test_a_quote_after_a_reported_wish_goes_on_with_the_reporter_not_the_one_reported(
    make_context,
):
    """ "The mayor said the council wants a new bridge. “We cannot wait ...”": the quote goes on
    with the mayor, who speaks; the council's wish is only part of what the mayor said."""
    text = "The mayor said the council wants a new bridge. “We cannot wait another decade for it.”"
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The mayor", "the council wants a new bridge"),
        ("The mayor", "“We cannot wait another decade for it.”"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Officials said they even expect fake information, though mixed with enough truth "
            "to cause damage.",
            "they even expect fake information, though mixed with enough truth to cause damage",
        ),
        ("The minister said the road was open, though no one had checked it.", "the road was open"),
    ],
)
def test_a_concession_without_its_own_subject_is_the_speakers(make_context, text, claim):
    """ "though mixed with some truth" qualifies the speaker's own words; "though no one had
    checked it", with a subject of its own, is the writer's comment and ends the claim."""
    first = _attributions(make_context, text)[0]
    assert (first.source.text, _claim(text, first)) == (text.split(" said")[0], claim)


@pytest.mark.model
def test_a_quote_after_another_person_cuts_in_is_not_the_first_speakers(make_context):
    """ "“A,” Ms. Ortiz said, and her husband cut in. “B.”": the clause after the reporting verb
    brings in the next speaker, so the quote that follows does not go on with Ms. Ortiz."""
    text = (
        "“Send her my regards,” Ms. Ortiz said, and her husband cut in. "
        "“Tell her we miss the old town.”"
    )
    found = _attributions(make_context, text)
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Ms. Ortiz", "“Send her my regards,”")
    ]


@pytest.mark.model
def test_the_clause_closing_a_quote_that_goes_on_names_its_speaker(make_context):
    """ "“A,” the mayor said. “B,” she went on.": "she went on" reports nothing new, but it is the
    mention of the speaker of the second quote, and its verb the cue."""
    text = (
        "“We will rebuild the bridge,” the mayor said on Monday. “It will take years, and it "
        "will cost more than the old one,” she went on."
    )
    found = _attributions(make_context, text)
    assert [(a.source.text, a.cue.text, _claim(text, a)) for a in found] == [
        ("the mayor", "said", "“We will rebuild the bridge,”"),
        ("she", "went", text[text.index("“It") : text.rindex(",”") + 2]),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Mr. Lane agreed with Ms. Ortiz that the plan had failed.", []),
        ("Mr. Lane said in an interview with Reuters that the plan had failed.", ["Reuters"]),
    ],
)
def test_one_agreed_with_is_no_link_of_the_chain(make_context, text, via):
    """ "agreed with Ms. Ortiz": she carried nothing; "in an interview with Reuters": Reuters did."""
    found = _attributions(make_context, text)
    assert [[v.text for v in a.via] for a in found] == [via]


@pytest.mark.model
@pytest.mark.parametrize(
    ("between", "name"),
    [
        ("", "The Eastern Liberation Movement"),
        (" The police said two officers died.", "We"),
    ],
)
def test_we_in_a_reproduced_statement_is_the_group_that_issued_it(make_context, between, name):
    """The article introduces the statement it reproduces ("posted on the movement's website"):
    its "we" is the movement; another speaker reported in between breaks the link."""
    text = (
        "The Eastern Liberation Movement said it had seized the bridge. The statement, posted "
        f"on the movement's website, was brief.{between}\n\n"
        "We warn all civilians to stay away from the camps."
    )
    found = _with_cue(make_context, text, "warn")
    assert [(a.source.text, a.source.name) for a in found] == [("We", name)]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["Okafor", "'s", "memoir"], "document"),
        (["the", "diary"], "document"),
        (["audio"], "video"),
    ],
)
def test_a_memoir_or_a_recording_is_no_person(words, kind):
    """ "according to Okafor's memoir", "according to audio obtained by the paper": the chain
    runs through a document or a recording, not an anonymous person."""
    heads = list(range(len(words)))
    heads[:-1] = [len(words) - 1] * (len(words) - 1)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    assert classify_source(list(doc), {})[0] == kind


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“The water is safe,” said Hartly, explaining the tests to reporters.",
        "“The water is safe,” said Hartly, who runs the plant.",
    ],
)
def test_a_name_the_tagger_reads_as_an_adverb_still_speaks(make_context, text):
    """ "-ly" names ("Hartly") are tagged adverbs; right after the reporting verb, before a
    clause set off by a comma, the word is the speaker."""
    found = [a for a in _attributions(make_context, text) if a.cue and a.cue.text == "said"]
    assert [a.source.text for a in found] == ["Hartly"]


@pytest.mark.model
def test_a_capitalised_adverb_opening_the_claim_is_no_speaker(make_context):
    text = "The ministry said Finally, the talks would end."
    assert [a.source.text for a in _attributions(make_context, text)] == ["The ministry"]


@pytest.mark.parametrize(
    "words",
    [
        ["Brig.", "Gen.", "Ana", "Ruiz"],
        ["Sgt.", "Ana", "Ruiz"],
        ["Capt.", "Ana", "Ruiz"],
        ["Det.", "Ana", "Ruiz"],
        ["Spc.", "Ana", "Ruiz"],
        ["Lieut.", "Ana", "Ruiz"],
        ["Lieutenant", "Ana", "Ruiz"],
    ],
)
def test_a_rank_before_a_name_makes_an_official(words):
    """ "said Brig. Gen. Ana Ruiz": a rank, written out or cut short, names an official; the name
    is the person's, without the rank. Every rank the tokenizer keeps whole counts ("Det.")."""
    last = len(words) - 1
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        tags=["NNP"] * len(words),
        deps=["compound"] * last + ["ROOT"],
        heads=[last] * len(words),
    )
    assert classify_source(list(doc), {}) == ("named_official", "Ana Ruiz")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The tanks moved slowly, said Brig. Gen. Ana Ruiz.",
        "Lt. Col. Ana Ruiz told reporters the base was hit.",
        "The convoy was stopped, Sgt. Ana Ruiz said.",
        "The door was forced, Det. Ana Ruiz said.",
    ],
)
def test_an_abbreviated_rank_stays_with_its_name(make_context, text):
    """The tokenizer keeps the stop of "Brig.", "Lt.", "Sgt." (`source_lexicon.RANK_ABBREVIATIONS`): split
    off, it ended the sentence and the source was "Brig"."""
    (found,) = _attributions(make_context, text)
    assert (found.source.name, found.source.kind) == ("Ana Ruiz", "named_official")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bridge was shelled overnight, according to an Associated Press account.",
            "Associated Press",
        ),
        ("At least 40 people died, according to an AFP tally.", "AFP"),
        ("The convoy was hit, according to the latest Reuters report.", "Reuters"),
    ],
)
def test_an_outlets_account_is_the_outlets_word(make_context, text, name):
    """ "an Associated Press account": the outlet wrote it; it is no anonymous writer or document."""
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == ("media", name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Eastland's Joint Chiefs of Staff said the launch failed.", "government"),
        ("The Chairman of the Joint Chiefs of Staff said the launch failed.", "anonymous_official"),
        ("The Ukrainian side said the talks failed.", "government"),
        ("The Polish and Lithuanian sides said the talks failed.", "government"),
    ],
)
def test_military_staffs_office_holders_and_a_states_side(make_context, text, kind):
    (found,) = _attributions(make_context, text)
    assert found.source.kind == kind


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ukrainian side said the talks failed.", "Ukraine"),
        ("The Latvian and Estonian sides said the talks failed.", "Latvia and Estonia"),
    ],
)
def test_a_states_side_goes_by_the_states_names(make_context, text, name):
    """ "the Latvian and Estonian sides" are two governments, named as a reader names them."""
    (found,) = _attributions(make_context, text)
    assert (found.source.kind, found.source.name) == ("government", name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The army said it took the village. The General Staff said the attack failed. "
            "Both sides said the truce was holding.",
            "government",
        ),
        (
            "The party said it would win. The union said the vote was rigged. "
            "The two sides said the talks would go on.",
            "organization",
        ),
    ],
)
def test_the_sides_are_the_parties_the_article_quotes(make_context, text, kind):
    """ "both sides" speak for the story's parties: governments in a war between states, else
    organizations; never one anonymous person."""
    found = [a for a in _attributions(make_context, text) if "side" in a.source.text]
    assert [a.source.kind for a in found] == [kind]


@pytest.mark.model
def test_only_a_rank_is_cut_from_a_named_person(make_context):
    """The tagger takes "Sgt." into the person; the rank goes, but "Pope" is part of the name."""
    (pope,) = _attributions(make_context, "Pope Francis said the war must end.")
    (sergeant,) = _attributions(make_context, "The road was shut, Sgt. Ana Ruiz said.")
    assert (pope.source.name, sergeant.source.name) == ("Pope Francis", "Ana Ruiz")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The verdict did not soften her disapproval of the new tariff.", "disapproval", "her"),
        ("The scandal did not alter her support for the treaty.", "support", "her"),
        ("The ruling did not change his disapproval of the merger.", "disapproval", "his"),
        (
            "The union's leaders entered the weekend's negotiations hoping for a deal.",
            "hoping",
            "The union's leaders",
        ),
        (
            "The union's leaders entered the talks hoping for a deal.",
            "hoping",
            "The union's leaders",
        ),
        ("The war did not change his support for the treaty.", "support", "his"),
        (
            "She framed the theme that would carry her to victory by promising lower rents.",
            "promising",
            "She",
        ),
        (
            "He charted the vision that would take him to power by demanding new elections.",
            "demanding",
            "He",
        ),
    ],
)
def test_an_abstract_noun_gives_way_to_who_holds_or_does_it(make_context, text, cue, source):
    """A ruling, a scandal or a negotiation holds no stance and urges nothing: the holder of the
    stance noun, or the subject above the participle, speaks (`source_animacy`)."""
    (found,) = _with_cue(make_context, text, cue)
    assert found.source.text == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Although the strikes hit a region with strict curfews, thus demonstrating the "
            "failure of such rules, the council says the curfews work.",
            "demonstrating",
            "the strikes",
        ),
        ("Police are in possession of footage that shows the collapse.", "shows", "footage"),
        # a document the subject received speaks, not its recipient
        (
            "The cabinet received a recommendation urging it to raise fuel taxes.",
            "urging",
            "a recommendation",
        ),
        ("Police shared a caption claiming the rally drew thousands.", "claiming", "a caption"),
        (
            "The novel, which described a flooded city and discussed how rising seas could "
            "swamp the coast, sold well.",
            "discussed",
            "The novel",
        ),
    ],
)
def test_what_the_cue_is_about_is_not_traded_for_a_speaker_above(make_context, text, cue, source):
    """Where the abstract noun or the thing is itself the subject of the cue's clause, no
    subject further up takes its place."""
    (found,) = _with_cue(make_context, text, cue)
    assert found.source.text == source


@pytest.mark.parametrize(
    ("words", "pos", "abstract"),
    [
        (["the", "revelation"], ["DET", "NOUN"], True),
        (["their", "negotiations"], ["PRON", "NOUN"], True),
        (["the", "fight"], ["DET", "NOUN"], True),
        (["the", "opposition"], ["DET", "NOUN"], False),
        (["the", "agreement"], ["DET", "NOUN"], False),
        (["the", "ministry"], ["DET", "NOUN"], False),
        (["the", "voters"], ["DET", "NOUN"], False),
        (["Hannity"], ["NOUN"], False),
        (["the", "fairness"], ["DET", "NOUN"], True),
        (["the", "talks"], ["DET", "NOUN"], True),
        (["the", "regiment"], ["DET", "NOUN"], False),
        (["the", "motion"], ["DET", "NOUN"], False),
    ],
)
def test_an_abstract_noun_is_told_from_a_speaker(words, pos, abstract):
    """Acts, events and feelings say nothing; bodies, documents, people and names do (a name
    the tagger reads as a noun, "Hannity", keeps its capital)."""
    heads = [len(words) - 1] * len(words)
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=["dep"] * len(words))
    assert is_abstract(list(doc)) is abstract


@pytest.mark.parametrize(
    ("words", "heads", "deps", "kind"),
    [
        # a person's name the tagger sets beside a firm names the firm, not the speaker
        (
            ["a", "tally", "by", "security", "firm", "Korvak"],
            [1, 1, 1, 4, 2, 4],
            ["det", "ROOT", "prep", "compound", "pobj", "appos"],
            "document",
        ),
        # beside a plain noun it is the speaker
        (
            ["the", "captain", ",", "Korvak"],
            [1, 1, 1, 1],
            ["det", "ROOT", "punct", "appos"],
            "named_official",
        ),
    ],
)
def test_a_name_beside_a_firm_is_no_person_speaking(words, heads, deps, kind):
    tags = {"a": "DT", "the": "DT", "by": "IN", ",": ",", "Korvak": "NNP"}
    pos = {"DT": "DET", "IN": "ADP", ",": "PUNCT", "NNP": "PROPN", "NN": "NOUN"}
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=[tags.get(word, "NN") for word in words],
        pos=[pos[tags.get(word, "NN")] for word in words],
        ents=["B-PERSON" if word == "Korvak" else "O" for word in words],
    )
    assert classify_source(list(doc), {})[0] == kind
