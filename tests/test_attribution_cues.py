"""Attribution cues: the reporting, belief and judgement lexicon and the claims it finds (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.attribution_common import Found
from sitrep.extract.attribution_nonclaims import says_nothing
from sitrep.extract.attribution_questions import claim_floor, outside_question_turns
from sitrep.extract.cue_lexicon import PREP_CONTENT, VERB_CLASSES, XCOMP_CLAIMS
from sitrep.extract.cues import VERB_FORMS, cue_lemma, cue_lemmas
from sitrep.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("form", "lemma", "verb_class"),
    [
        ("retorted", "retort", "say"),
        ("swore", "swear", "say"),
        ("implored", "implore", "tell"),
        ("envisioned", "envision", "claim"),
        ("foresaw", "foresee", "claim"),
        ("lauded", "laud", "stance"),
        ("chastising", "chastise", "stance"),
    ],
)
def test_communication_belief_and_judgement_verbs_are_cues(form, lemma, verb_class):
    assert VERB_FORMS[form] == lemma
    assert VERB_CLASSES[lemma] == verb_class


@pytest.mark.parametrize("lemma", ["pronounce", "knock", "censure", "trust"])
def test_verbs_mostly_used_for_something_else_are_not_cues(lemma):
    assert lemma not in VERB_CLASSES


def test_desires_offers_and_urging_take_an_infinitive_claim_but_agreeing_does_not():
    assert {"like", "prefer", "offer", "propose"} <= XCOMP_CLAIMS
    assert {"persuade", "exhort", "implore"} <= XCOMP_CLAIMS
    assert "agree" not in XCOMP_CLAIMS


def test_pointing_reminding_and_hinting_take_a_prepositional_claim():
    assert "to" in PREP_CONTENT["point"]
    assert "of" in PREP_CONTENT["remind"]
    assert "at" in PREP_CONTENT["hint"]


def _found(make_context, text: str, cue: str):
    found = extract_attributions(make_context(text))
    return [a for a in found if a.cue and a.cue.text == cue]


def _source_and_part(make_context, text, cue, claim_part):
    """The source of the first attribution with `cue`, and whether its claim holds `claim_part`."""
    found = _found(make_context, text, cue)
    assert found, f"no attribution with the cue {cue!r} in {text!r}"
    return found[0].source.text, claim_part in _claim(text, found[0])


def _claim(text: str, attribution) -> str:
    return text[attribution.claim.start : attribution.claim.end]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        (
            "The candidate retorted that the figures were wrong.",
            "The candidate",
            "retorted",
            "figures were wrong",
        ),
        ("The senator lauded the new housing plan.", "The senator", "lauded", "housing plan"),
        (
            "The minister stressed the need for new talks.",
            "The minister",
            "stressed",
            "need for new talks",
        ),
        (
            "Voters are more likely to say that the economy is weak.",
            "Voters",
            "say",
            "economy is weak",
        ),
        (
            "The border will stay closed, the minister said after meeting the envoys.",
            "the minister",
            "said",
            "border will stay closed",
        ),
        (
            "The governor proposed closing the border to trucks.",
            "The governor",
            "proposed",
            "closing the border",
        ),
        (
            "The union would like to reopen the talks.",
            "The union",
            "like",
            "reopen the talks",
        ),
        ("The mayor offered to resign.", "The mayor", "offered", "to resign"),
        (
            "At the debate, the senator cited rising rents as evidence of a failed policy.",
            "the senator",
            "cited",
            "rising rents",
        ),
        (
            "The governor pointed to the falling crime rate.",
            "The governor",
            "pointed",
            "falling crime rate",
        ),
    ],
)
def test_cues_find_their_source_and_claim(make_context, text, source, cue, claim_part):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
def test_an_object_claim_stops_before_an_adjoined_statement(make_context):
    text = "The senator denounced the attacks, saying they had no place in politics."
    denounced = _found(make_context, text, "denounced")
    assert denounced
    assert "saying" not in _claim(text, denounced[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The senator has been critical of the trade deal.", "The senator", "critical", "deal"),
        (
            "Many farmers are afraid that prices will fall.",
            "Many farmers",
            "afraid",
            "prices will fall",
        ),
        ("The mayor was leery of the new toll road.", "The mayor", "leery", "toll road"),
        (
            "Several ranchers have been sympathetic to the water plan.",
            "Several ranchers",
            "sympathetic",
            "water plan",
        ),
        (
            "The tenants were alarmed at the rising rents.",
            "The tenants",
            "alarmed",
            "rising rents",
        ),
        ("The union is divided on the pension reform.", "The union", "divided", "pension reform"),
        (
            "The governor remained unapologetic about her veto.",
            "The governor",
            "unapologetic",
            "her veto",
        ),
    ],
)
def test_stance_adjectives_are_cues(make_context, text, source, cue, claim_part):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
def test_a_stance_adjective_needs_a_person_and_a_complement(make_context):
    assert not _found(make_context, "It is critical that the bridge reopens.", "critical")
    assert not _found(make_context, "The patient is in critical condition.", "critical")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The new bridge is critical to the regional economy.", "critical"),
        ("The seeds were divided between the two trays.", "divided"),
        ("The seats are divided among the regions, with the capital taking most.", "divided"),
        ("The crew was ready in time for the launch.", "ready"),
    ],
)
def test_an_adjective_takes_only_the_prepositions_of_its_stance(make_context, text, cue):
    """ "sympathetic to" and "alarmed at" open a stance; "critical to" means needed, "divided
    between" shares out (and a "with" after it adds a circumstance) and "ready in time" tells
    when."""
    assert not _found(make_context, text, cue)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The council dropped the levy, a measure she once backed.", "she", "backed", "a measure"),
        (
            "The mayor signed the water treaty, which the farmers fiercely opposed.",
            "the farmers",
            "opposed",
            "the water treaty",
        ),
    ],
)
def test_a_stance_in_a_relative_clause_is_taken_on_its_antecedent(
    make_context, text, source, cue, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator listed the things she opposes.", "opposes"),
        ("The day they campaigned in Dayton was cold.", "campaigned"),
    ],
)
def test_a_relative_stance_needs_a_thing_it_is_taken_on(make_context, text, cue):
    """ "the things she opposes" names nothing, and "the day they campaigned" is a time, as
    "campaign" acts as often as it takes a stance."""
    assert not _found(make_context, text, cue)


@pytest.mark.model
def test_a_claim_stops_before_the_speaker_goes_on(make_context):
    text = "The senator insisted that she had won the vote, claiming that turnout was high."
    insisted = _found(make_context, text, "insisted")
    assert insisted
    assert "won the vote" in _claim(text, insisted[0])
    assert "claiming" not in _claim(text, insisted[0])
    assert _found(make_context, text, "claiming")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The mayor is opening the meeting by thanking the volunteers.", "The mayor", "thanking"),
        (
            "After blasting the report for its errors, the minister doubled down on his plan.",
            "the minister",
            "blasting",
        ),
        (
            "The mayor gave no date for the vote, aside from saying it would be soon.",
            "The mayor",
            "saying",
        ),
        (
            "The chief, despite admitting that he had doubts about “lawyers getting rich,” the"
            " families “deserve their day in court.”",
            "The chief",
            "admitting",
        ),
        (
            "The senator joined her colleagues in urging a ban on the pesticide.",
            "The senator",
            "urging",
        ),
    ],
)
def test_an_adjunct_cue_speaks_for_the_main_subject(make_context, text, source, cue):
    found = _found(make_context, text, cue)
    assert found, text
    assert found[0].source.text == source


@pytest.mark.model
def test_a_noun_cue_takes_a_that_clause_with_an_expletive_subject(make_context):
    text = "Reporters checked the senator’s claim that there were thousands of new jobs."
    found = _found(make_context, text, "claim")
    assert found
    assert "thousands of new jobs" in _claim(text, found[0])


def _tagged(words: list[str], pos: list[str], entity: tuple[int, int, str] | None = None):
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    if entity is not None:
        doc.ents = [Span(doc, *entity)]
    return doc


@pytest.mark.parametrize(
    ("words", "pos", "index"),
    [
        (["Senator", "Praises", "Budget", "Deal"], ["PROPN", "PROPN", "PROPN", "PROPN"], 1),
        (["Mayor", "demands", "Smith", "resign"], ["PROPN", "NOUN", "PROPN", "VERB"], 1),
        (
            ["Ortiz", "predicts", "that", "it", "fails"],
            ["PROPN", "NOUN", "SCONJ", "PRON", "VERB"],
            1,
        ),
    ],
)
def test_a_present_tense_cue_tagged_as_a_noun_is_still_a_cue(words, pos, index):
    from sitrep.extract.cues import is_cue_verb, is_mistagged_verb

    doc = _tagged(words, pos)
    assert is_mistagged_verb(doc[index])
    assert is_cue_verb(doc[index])


def test_nouns_that_look_like_present_tense_cues_stay_nouns():
    from sitrep.extract.cues import is_mistagged_verb

    plans = _tagged(
        ["the", "savings", "plans", "that", "pay"], ["DET", "NOUN", "NOUN", "PRON", "VERB"]
    )
    assert not is_mistagged_verb(plans[2])  # no name before it
    states = _tagged(
        ["the", "United", "States", "Senate"], ["DET", "PROPN", "PROPN", "PROPN"], (1, 3, "GPE")
    )
    assert not is_mistagged_verb(states[2])  # inside a name


@pytest.mark.model
def test_a_headline_cue_read_as_a_noun_still_finds_source_and_claim(make_context):
    text = "Governor Brown Praises Senate Budget Deal."
    found = _found(make_context, text, "Praises")
    assert found
    assert found[0].source.text == "Governor Brown"
    assert "Budget Deal" in _claim(text, found[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        ("Storms lash Recife, officials say", "Storms lash Recife", "officials"),
        ("Gales batter Tromso, officials say", "Gales batter Tromso", "officials"),
        ("Gunboats pound Kismayo, residents say", "Gunboats pound Kismayo", "residents"),
        ("Riots rock Karachi, police say", "Riots rock Karachi", "police"),
        ("Watchdog fines lender, officials say", "Watchdog fines lender", "officials"),
        # the same with a second report after a semicolon
        (
            "Blizzards batter Oslo, officials say; crews clear roads",
            "Blizzards batter Oslo",
            "officials",
        ),
        (
            "Mortars pound Goma, residents say; aid groups leave",
            "Mortars pound Goma",
            "residents",
        ),
    ],
)
def test_a_headline_clause_whose_verb_the_tagger_read_as_a_noun_is_reported(
    make_context, text, claim, source
):
    """Headline style hides the verb from the tagger ("batter", "pound", "fines" read as nouns);
    the clause before ", officials say" is still what they say."""
    found = extract_attributions(make_context(text, dt.date(2025, 3, 14)))
    assert [(_claim(text, a), a.source.text) for a in found][:1] == [(claim, source)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Wheat prices Friday, traders say.",
        "Rebel fighters Tuesday, residents say.",
        "Copper futures Monday, dealers say.",
        "Cargo ships Sunday, port workers say.",
    ],
)
def test_a_noun_phrase_before_a_day_is_no_headline_clause(make_context, text):
    """ "Wheat prices Friday, traders say": a noun phrase and a day, with no verb hidden in it,
    is no reported clause (the "object" of a headline verb is never a day or a date)."""
    found = extract_attributions(make_context(text, dt.date(2025, 3, 14)))
    assert [_claim(text, a) for a in found] == []


@pytest.mark.model
def test_the_clause_after_the_verb_beats_a_quoted_title_before_the_speaker(make_context):
    text = "On “Meet the Press,” the senator said the bill would pass."
    found = _found(make_context, text, "said")
    assert found
    assert _claim(text, found[0]) == "the bill would pass"


@pytest.mark.model
def test_a_bare_reporter_sentence_takes_the_quote_closing_the_sentence_before(make_context):
    text = "“We will not give up.” Ortiz said."
    found = _found(make_context, text, "said")
    assert found
    assert found[0].source.text == "Ortiz"
    assert "give up" in _claim(text, found[0])


@pytest.mark.model
def test_a_verb_with_an_object_does_not_reach_back_for_the_quote_before(make_context):
    text = "“He was not there.” The governor mocked the senator for missing the vote."
    found = _found(make_context, text, "mocked")
    assert found
    assert "missing the vote" in _claim(text, found[0])


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A hand-built parse, for the shapes the small model gets wrong."""
    import spacy
    from spacy.tokens import Doc

    pos = [
        "VERB" if t.startswith("VB") else "PROPN" if t == "NNP" else "NOUN" if t == "NN" else "X"
        for t in tags
    ]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_finite_clause_parsed_as_an_adverbial_is_the_claim():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Ortiz", "said", "after", "the", "vote", "he", "would", "resign", "."],
        [1, 1, 7, 4, 2, 7, 7, 1, 1],
        ["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "aux", "advcl", "punct"],
        ["NNP", "VBD", "IN", "DT", "NN", "PRP", "MD", "VB", "."],
    )
    found = verbal(doc[1], doc[:], [], {})
    assert found is not None
    assert doc.text[found.claim[0] : found.claim[1]] == "after the vote he would resign"


def test_a_clause_after_a_full_stop_is_the_next_sentence_not_the_claim():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Ortiz", "spoke", ".", "He", "would", "resign", "."],
        [1, 1, 1, 5, 5, 1, 1],
        ["nsubj", "ROOT", "punct", "nsubj", "aux", "advcl", "punct"],
        ["NNP", "VBD", ".", "PRP", "MD", "VB", "."],
    )
    assert verbal(doc[1], doc[:], [], {}) is None


def test_an_adverbial_clause_with_a_subordinator_is_not_the_claim():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Ortiz", "spoke", "while", "the", "crowd", "cheered", "."],
        [1, 1, 5, 4, 5, 1, 1],
        ["nsubj", "ROOT", "mark", "det", "nsubj", "advcl", "punct"],
        ["NNP", "VBD", "IN", "DT", "NN", "VBD", "."],
    )
    assert verbal(doc[1], doc[:], [], {}) is None


def _speaker(doc, verb_index: int) -> str:
    from sitrep.extract.attribution_verbal import subject

    tokens = subject(doc[verb_index], [])
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "verb", "speaker"),
    [
        pytest.param(
            ["In", "Berea", ",", "Ohio", ",", "Smith", "said", "he", "won", "."],
            [6, 0, 6, 6, 6, 6, 6, 8, 6, 6],
            ["prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
            ["IN", "NNP", ",", "NNP", ",", "NNP", "VBD", "PRP", "VBD", "."],
            6,
            "Smith",
            id="of-two-subjects-the-one-nearest-the-verb-speaks",
        ),
        pytest.param(
            ["Doe", ",", "the", "head", ",", "said", "it", "ended", "."],
            [5, 5, 3, 5, 5, 5, 7, 5, 5],
            ["nsubj", "punct", "det", "nsubj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
            ["NNP", ",", "DT", "NN", ",", "VBD", "PRP", "VBD", "."],
            5,
            "Doe",
            id="a-name-and-its-description-parsed-as-two-subjects-give-the-name",
        ),
        pytest.param(
            ["Party", "elders", "both", "said", "it", "ended", "."],
            [1, 3, 3, 3, 5, 3, 3],
            ["compound", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
            ["NN", "NNS", "DT", "VBD", "PRP", "VBD", "."],
            3,
            "Party elders",
            id="a-floating-both-parsed-as-a-second-subject-gives-the-noun-it-floats-from",
        ),
        pytest.param(
            ["About", "4", "in", "10", "say", "they", "want", "change", "."],
            [3, 3, 3, 4, 4, 6, 4, 6, 4],
            ["advmod", "quantmod", "quantmod", "nummod", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
            ["RB", "CD", "IN", "CD", "VBP", "PRP", "VBP", "NN", "."],
            4,
            "About 4 in 10",
            id="a-poll-share-hung-on-the-verb-is-its-subject",
        ),
        pytest.param(
            ["Voters", "going", "to", "polls", "said", "they", "won", "."],
            [1, 4, 1, 2, 4, 6, 4, 4],
            ["nsubj", "csubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "punct"],
            ["NNS", "VBG", "IN", "NNS", "VBD", "PRP", "VBD", "."],
            4,
            "Voters",
            id="the-noun-a-participle-parsed-as-clausal-subject-describes-speaks",
        ),
        pytest.param(
            ["Smith", "offered", "help", ",", "then", "says", "he", "will", "stay", "."],
            [1, 5, 1, 5, 5, 5, 8, 8, 5, 5],
            ["nsubj", "ccomp", "dobj", "punct", "advmod", "ROOT", "nsubj", "aux", "ccomp", "punct"],
            ["NNP", "VBD", "NN", ",", "RB", "VBZ", "PRP", "MD", "VB", "."],
            5,
            "Smith",
            id="a-second-verb-parsed-over-the-first-takes-its-subject",
        ),
        pytest.param(
            ["May", "said", "it", "would", "declare", "war", "and", "suggested", "talks", "."],
            [1, 1, 4, 4, 1, 4, 4, 4, 7, 1],
            ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "dobj", "punct"],
            ["NNP", "VBD", "PRP", "MD", "VB", "NN", "CC", "VBD", "NNS", "."],
            7,
            "May",
            id="a-finite-verb-parsed-under-a-bare-one-goes-with-the-reporting-verb",
        ),
        pytest.param(
            ["Doe", "call", "them", "liars", "and", "describe", "it", "as", "fraud", "."],
            [1, 1, 1, 1, 1, 1, 5, 5, 7, 1],
            ["npadvmod", "ROOT", "dobj", "oprd", "cc", "conj", "dobj", "prep", "pobj", "punct"],
            ["NNP", "VBP", "PRP", "NNS", "CC", "VB", "PRP", "IN", "NN", "."],
            5,
            "Doe",
            id="a-second-verb-shares-the-speaker-found-for-the-first",
        ),
        pytest.param(
            ["Her", "adviser", ",", "Jane", "Doe", ",", "said", "it", "ended", "."],
            [1, 6, 1, 4, 1, 1, 6, 8, 6, 6],
            [
                "poss",
                "npadvmod",
                "punct",
                "compound",
                "appos",
                "punct",
                "ROOT",
                "nsubj",
                "ccomp",
                "punct",
            ],
            ["PRP$", "NN", ",", "NNP", "NNP", ",", "VBD", "PRP", "VBD", "."],
            6,
            "Her adviser , Jane Doe",
            id="a-speaker-closed-by-an-apposition-comma-is-found",
        ),
        pytest.param(
            ["Doe", ",", "standing", "in", "Paris", ",", "said", "it", "ended", "."],
            [6, 0, 0, 2, 3, 0, 6, 8, 6, 6],
            [
                "npadvmod",
                "punct",
                "acl",
                "prep",
                "pobj",
                "punct",
                "ROOT",
                "nsubj",
                "ccomp",
                "punct",
            ],
            ["NNP", ",", "VBG", "IN", "NNP", ",", "VBD", "PRP", "VBD", "."],
            6,
            "",
            id="a-place-closing-a-participle-before-the-verb-is-no-speaker",
        ),
    ],
)
def test_the_speaker_of_a_hand_parsed_sentence(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], verb: int, speaker: str
) -> None:
    """Subjects from parses the small model really gives (each id says the case)."""
    assert _speaker(_parsed(words, heads, deps, tags), verb) == speaker


def test_a_subject_found_inside_the_quote_gives_way_to_the_name_before_the_verb():
    from sitrep.extract.attribution_verbal import subject
    from sitrep.extract.quotes import Quote

    doc = _parsed(
        ["“", "He", "lies", ",", "”", "Doe", "said", "."],
        [2, 6, 6, 2, 6, 6, 6, 6],
        ["punct", "nsubj", "ccomp", "punct", "punct", "npadvmod", "ROOT", "punct"],
        ["``", "PRP", "VBZ", ",", "''", "NNP", "VBD", "."],
    )
    quotes = [Quote(doc[0].idx, doc[4].idx + 1)]
    assert [t.text for t in subject(doc[6], quotes)] == ["Doe"]


@pytest.mark.model
def test_a_colon_closing_its_paragraph_introduces_the_next_one(make_context):
    text = (
        "The mayor added:\n\nNobody here will forget what happened. We will rebuild the bridge."
        "\n\nThe council met on Monday."
    )
    found = _found(make_context, text, "added")
    assert found
    assert _claim(text, found[0]) == (
        "Nobody here will forget what happened. We will rebuild the bridge."
    )


@pytest.mark.model
def test_a_colon_after_a_verb_of_knowing_introduces_a_list_not_a_statement(make_context):
    text = "Here is what we learned:\n\nThe council is out of money."
    assert not _found(make_context, text, "learned")


@pytest.mark.model
def test_an_object_claim_stops_before_a_coordinated_verb(make_context):
    text = "The agency promised a veto and tried to persuade lawmakers."
    found = _found(make_context, text, "promised")
    assert found
    assert _claim(text, found[0]) == "a veto"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            'The mayor issued a statement: "The bridge will reopen next week."',
            "statement",
            '"The bridge will reopen next week."',
        ),
        (
            "The mayor made the following comment:\n\nWe will rebuild the bridge before winter.",
            "comment",
            "We will rebuild the bridge before winter.",
        ),
    ],
)
def test_a_noun_of_saying_before_a_colon_introduces_what_was_said(make_context, text, cue, claim):
    found = _found(make_context, text, cue)
    assert found
    assert found[0].source.text == "The mayor"
    assert _claim(text, found[0]) == claim


@pytest.mark.model
def test_a_call_for_someone_to_act_is_the_claim_of_the_call(make_context):
    text = "The senator sounded a call for the government to cut taxes on Monday."
    found = _found(make_context, text, "call")
    assert found
    assert found[0].source.text == "The senator"
    assert "the government to cut taxes" in _claim(text, found[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim"),
    [
        (
            "The mayor spoke at length.\n\nSaid Ortiz: “We will rebuild the bridge.”",
            "Said",
            "Ortiz",
            "“We will rebuild the bridge.”",
        ),
        (
            "Added the governor:\n\nThe budget will balance this year.",
            "Added",
            "the governor",
            "The budget will balance this year.",
        ),
    ],
)
def test_an_inverted_credit_before_a_colon_names_the_speaker(
    make_context, text, cue, source, claim
):
    found = _found(make_context, text, cue)
    assert found
    assert found[0].source.text == source
    assert _claim(text, found[0]) == claim


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "The senator cited criticism of the mayor, who took heat for the delays.",
            "cited",
            "criticism of the mayor",
        ),
        (
            "Video shows that the officer raised his hands, contradicting the police report.",
            "shows",
            "that the officer raised his hands",
        ),
        (
            "The minister claimed that the tax was fair, although he refused to release his own "
            "returns.",
            "claimed",
            "that the tax was fair",
        ),
        (
            "The mayor said the bridge that collapsed would be rebuilt.",
            "said",
            "the bridge that collapsed would be rebuilt",
        ),
    ],
)
def test_a_claim_ends_before_the_writers_comment_after_a_comma(make_context, text, cue, claim):
    found = _found(make_context, text, cue)
    assert found
    assert _claim(text, found[0]) == claim


@pytest.mark.model
def test_a_verb_with_its_own_object_does_not_take_a_quoted_title_before_it(make_context):
    text = "Speaking on “Meet the Press,” the actress thanked the president for acting quickly."
    found = _found(make_context, text, "thanked")
    assert found
    assert _claim(text, found[0]) == "the president for acting quickly"


@pytest.mark.model
def test_a_verb_of_telling_still_takes_the_quote_before_its_hearer(make_context):
    text = "“We will win,” the candidate told reporters."
    found = _found(make_context, text, "told")
    assert found
    assert _claim(text, found[0]) == "“We will win,”"


@pytest.mark.model
def test_an_adjoined_participle_leaves_the_quote_to_the_statement_before(make_context):
    text = "The mayor said the roads were “a disgrace,” referring to the potholes downtown."
    found = _found(make_context, text, "referring")
    assert found
    assert "potholes" in _claim(text, found[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim_part"),
    [
        ("Smith was quoted as saying the plan was dead.", "saying", "Smith", "plan was dead"),
        (
            "The governor is expected to say that the budget is balanced.",
            "say",
            "The governor",
            "budget is balanced",
        ),
    ],
)
def test_a_passive_subject_speaks_for_the_verb_it_raises(
    make_context, text, cue, source, claim_part
):
    found = _found(make_context, text, cue)
    assert found
    assert found[0].source.text == source
    assert claim_part in _claim(text, found[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        ("The governor enjoys strong support among rural voters.", "rural voters", "The governor"),
        ("Her support among young voters has slipped.", "young voters", "Her"),
    ],
)
def test_the_group_a_candidates_support_comes_from_is_the_source(make_context, text, source, claim):
    found = _found(make_context, text, "support")
    assert found
    assert found[0].source.text == source
    assert _claim(text, found[0]) == claim


def test_an_inverted_credit_needs_a_past_tense_opening_a_sentence_and_a_colon():
    from sitrep.extract.cues import is_inverted_credit

    credit = _tagged(["Said", "Ortiz", ":", "no"], ["PROPN", "PROPN", "PUNCT", "INTJ"])
    assert is_inverted_credit(credit[0])
    headline = _tagged(["Says", "Ortiz", ":", "no"], ["VERB", "PROPN", "PUNCT", "INTJ"])
    assert not is_inverted_credit(headline[0])
    no_colon = _tagged(["Said", "Ortiz", "no"], ["VERB", "PROPN", "INTJ"])
    assert not is_inverted_credit(no_colon[0])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        ("Asked whether the mayor is “honest,” 60 percent of voters said no.", "60 percent", "no"),
        ("Asked if the plan is “fair,” 45 percent of residents said yes.", "45 percent", "yes"),
        ("The campaign manager said as much in an interview.", "The campaign", "as much"),
    ],
)
def test_a_poll_answer_or_a_nod_is_the_claim(make_context, text, source, claim):
    found = _found(make_context, text, "said")
    assert [(a.source.text[: len(source)], _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
def test_a_verb_that_reports_through_its_preposition_states_nothing_by_its_object(make_context):
    assert not _found(make_context, "The senator pushed the button.", "pushed")
    found = _found(make_context, "The senator pushed for a vote.", "pushed")
    assert [_claim("The senator pushed for a vote.", a) for a in found] == ["a vote"]


@pytest.mark.model
def test_the_topic_after_about_beats_the_day_of_speaking(make_context):
    text = "The mayor spoke on Tuesday about the budget."
    assert [_claim(text, a) for a in _found(make_context, text, "spoke")] == ["the budget"]


def test_a_time_phrase_is_not_what_was_spoken_about():
    import spacy
    from spacy.tokens import Doc

    from sitrep.extract.attribution_verbal import verbal

    doc = Doc(
        spacy.blank("en").vocab,
        words=["Ortiz", "spoke", "on", "Tuesday", "."],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
        tags=["NNP", "VBD", "IN", "NNP", "."],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "B-DATE", "O"],
    )
    assert verbal(doc[1], doc[:], [], {}) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        ("The governor assumed office in January.", "assumed", None),
        ("The engineers found a way around the rule.", "found", None),
        ("The study found that turnout fell.", "found", "that turnout fell"),
        ("The auditors found the accounts accurate.", "found", "the accounts accurate"),
        ("A 2014 study found 31 cases of fraud.", "found", "31 cases of fraud"),
        ("The mayor assumes that the vote will pass.", "assumes", "that the vote will pass"),
    ],
)
def test_finding_and_assuming_need_a_clause_or_a_predicate(make_context, text, cue, claim):
    found = _found(make_context, text, cue)
    assert [_claim(text, a) for a in found] == ([claim] if claim else [])


@pytest.mark.model
def test_the_day_of_a_remark_is_not_what_it_was_about(make_context):
    assert not _found(make_context, "His remarks on Saturday drew applause.", "remarks")
    text = "His remarks on trade drew applause."
    assert [_claim(text, a) for a in _found(make_context, text, "remarks")] == ["trade"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "The rate is a term with a definition: it refers to the jobless.",
            "refers",
            "the jobless",
        ),
        ("Victory is vital, he said after the meeting.", "said", "Victory is vital"),
    ],
)
def test_what_a_verb_takes_after_it_beats_a_clause_before_it(make_context, text, cue, claim):
    assert [_claim(text, a) for a in _found(make_context, text, cue)] == [claim]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        ("The mayor pointed out the gap in the budget.", "pointed", "the gap in the budget"),
        ("The governor talked up his record.", "talked", "his record"),
    ],
)
def test_a_particle_makes_the_object_the_claim(make_context, text, cue, claim):
    assert [_claim(text, a) for a in _found(make_context, text, cue)] == [claim]


@pytest.mark.model
def test_a_report_is_a_cue_only_with_a_that_clause(make_context):
    assert not _found(make_context, "Her report on jobs came out late.", "report")
    text = "Her report that jobs were lost came out late."
    assert [_claim(text, a) for a in _found(make_context, text, "report")] == [
        "that jobs were lost"
    ]


@pytest.mark.model
def test_a_viewpoint_phrase_credits_the_clause_it_opens_without_itself(make_context):
    text = "In her view, the deal is dead."
    assert [_claim(text, a) for a in _found(make_context, text, "view")] == ["the deal is dead"]


@pytest.mark.model
def test_a_court_ruling_states_its_finding(make_context):
    text = "The judge ruled that the search was illegal."
    found = _found(make_context, text, "ruled")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The judge", "that the search was illegal")
    ]
    assert not _found(make_context, "The party ruled the country for decades.", "ruled")


def test_rules_after_a_name_stays_a_noun():
    from sitrep.extract.cues import is_mistagged_verb

    rules = _tagged(
        ["the", "Act", "rules", "that", "apply"], ["DET", "PROPN", "NOUN", "PRON", "VERB"]
    )
    assert not is_mistagged_verb(rules[2])


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "is_cue"),
    [
        (
            ["Voters", "see", "her", "as", "honest"],
            [1, 1, 1, 1, 3],
            ["nsubj", "ROOT", "dobj", "prep", "pobj"],
            ["NNS", "VBP", "PRP", "IN", "JJ"],
            True,
        ),
        (
            ["He", "cast", "himself", "as", "an", "outsider"],
            [1, 1, 1, 2, 5, 3],
            ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
            ["PRP", "VBD", "PRP", "IN", "DT", "NN"],
            True,
        ),
        (
            ["She", "saw", "the", "rally"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "det", "dobj"],
            ["PRP", "VBD", "DT", "NN"],
            False,
        ),
        (
            ["He", "cast", "a", "vote"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "det", "dobj"],
            ["PRP", "VBD", "DT", "NN"],
            False,
        ),
        (
            ["He", "shot", "back", "at", "critics"],
            [1, 1, 1, 1, 3],
            ["nsubj", "ROOT", "prt", "prep", "pobj"],
            ["PRP", "VBD", "RP", "IN", "NNS"],
            True,
        ),
        (
            ["He", "shot", "the", "deer"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "det", "dobj"],
            ["PRP", "VBD", "DT", "NN"],
            False,
        ),
        (
            ["She", "weighed", "in", "on", "the", "deal"],
            [1, 1, 1, 1, 5, 3],
            ["nsubj", "ROOT", "prt", "prep", "det", "pobj"],
            ["PRP", "VBD", "RP", "IN", "DT", "NN"],
            True,
        ),
        (
            ["She", "brushed", "off", "the", "report"],
            [1, 1, 1, 4, 1],
            ["nsubj", "ROOT", "prt", "det", "dobj"],
            ["PRP", "VBD", "RP", "DT", "NN"],
            True,
        ),
        (
            ["She", "brushed", "her", "hair"],
            [1, 1, 3, 1],
            ["nsubj", "ROOT", "poss", "dobj"],
            ["PRP", "VBD", "PRP$", "NN"],
            False,
        ),
        (
            ["Fears", "weighed", "on", "stocks"],
            [1, 1, 1, 2],
            ["nsubj", "ROOT", "prep", "pobj"],
            ["NNS", "VBD", "IN", "NNS"],
            False,
        ),
    ],
)
def test_verbs_that_report_only_in_their_construction(words, heads, deps, tags, is_cue):
    """Perception and casting verbs need an "as" predicate ("cast himself as an outsider"),
    phrasal verbs of speaking and dismissing their particle ("shot back", "brushed off")."""
    from sitrep.extract.cues import is_cue_verb

    assert is_cue_verb(_parsed(words, heads, deps, tags)[1]) is is_cue


@pytest.mark.parametrize(
    ("form", "lemma", "verb_class"),
    [
        ("saw", "see", "claim"),
        ("seen", "see", "claim"),
        ("painting", "paint", "say"),
        ("hammered", "hammer", "stance"),
        ("downplayed", "downplay", "stance"),
        ("mulling", "mull", "claim"),
        ("despised", "despise", "claim"),
        ("titled", "title", "say"),
        ("identified", "identify", "claim"),
        ("compared", "compare", "say"),
        ("ripped", "rip", "stance"),
        ("rubbished", "rubbish", "stance"),
        ("documented", "document", "report"),
    ],
)
def test_verdict_judgement_and_feeling_verbs_are_cues(form, lemma, verb_class):
    assert VERB_FORMS[form] == lemma
    assert VERB_CLASSES[lemma] == verb_class


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("Most voters see the senator as honest.", "Most voters", "see", "the senator as honest"),
        (
            "The governor painted his rival as out of touch.",
            "The governor",
            "painted",
            "his rival as out of touch",
        ),
        ("The mayor downplayed the risk of flooding.", "The mayor", "downplayed", "the risk"),
        ("The senator is mulling a run for governor.", "The senator", "mulling", "a run"),
        ("The sign read “No more war.”", "The sign", "read", "No more war"),
    ],
)
def test_verdicts_judgements_feelings_and_written_words_find_source_and_claim(
    make_context, text, source, cue, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
def test_seeing_without_a_predicate_states_nothing(make_context):
    assert not _found(make_context, "Thousands saw the parade on Sunday.", "saw")


def _with_person(doc, index: int):
    from spacy.tokens import Span

    doc.ents = [Span(doc, index, index + 1, "PERSON")]
    return doc


@pytest.mark.parametrize(
    ("doc", "is_words"),
    [
        (
            _with_person(
                _parsed(
                    ["Ortiz", "attacked", "Smith"],
                    [1, 1, 1],
                    ["nsubj", "ROOT", "dobj"],
                    ["NNP", "VBD", "NNP"],
                ),
                2,
            ),
            True,
        ),
        (
            _parsed(
                ["She", "attacked", "the", "plan", "as", "a", "giveaway"],
                [1, 1, 3, 1, 1, 6, 4],
                ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                ["PRP", "VBD", "DT", "NN", "IN", "DT", "NN"],
            ),
            True,
        ),
        (
            _parsed(
                ["Rebels", "attacked", "the", "base"],
                [1, 1, 3, 1],
                ["nsubj", "ROOT", "det", "dobj"],
                ["NNS", "VBD", "DT", "NN"],
            ),
            False,
        ),
        (
            _with_person(
                _parsed(
                    ["A", "man", "attacked", "Smith", "with", "a", "knife"],
                    [1, 2, 2, 2, 2, 6, 4],
                    ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    ["DT", "NN", "VBD", "NNP", "IN", "DT", "NN"],
                ),
                3,
            ),
            False,
        ),
    ],
)
def test_an_attack_is_a_cue_only_in_words(doc, is_words):
    from sitrep.extract.cues import is_cue_verb

    verb = next(t for t in doc if t.lower_ == "attacked")
    assert is_cue_verb(verb) is is_words


def test_an_object_joined_by_as_well_as_is_no_as_predicate():
    from sitrep.extract.cues import has_as_predicate

    doc = _parsed(
        ["He", "saw", "allies", "as", "well", "as", "rivals"],
        [1, 1, 1, 2, 3, 2, 2],
        ["nsubj", "ROOT", "dobj", "cc", "advmod", "cc", "conj"],
        ["PRP", "VBD", "NNS", "RB", "RB", "IN", "NNS"],
    )
    assert not has_as_predicate(doc[1])


@pytest.mark.parametrize(
    ("lemma", "preposition"),
    [
        ("allude", "to"),
        ("touch", "on"),
        ("zero", "on"),
        ("vouch", "for"),
        ("scoff", "at"),
        ("brag", "about"),
        ("bristle", "at"),
        ("credit", "with"),
    ],
)
def test_mentioning_and_vouching_take_a_prepositional_claim(lemma, preposition):
    assert preposition in PREP_CONTENT[lemma]


@pytest.mark.model
def test_money_credited_to_an_account_is_no_claim(make_context):
    assert _found(make_context, "The bank credited the refund to her account.", "credited") == []


def test_aims_take_an_infinitive_claim():
    assert "aim" in XCOMP_CLAIMS


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The mayor alluded to the budget gap.", "The mayor", "alluded", "the budget gap"),
        (
            "Officials credited the new dam with reducing the floods.",
            "Officials",
            "credited",
            "reducing the floods",
        ),
        (
            "The statement referenced the new tariffs.",
            "The statement",
            "referenced",
            "the new tariffs",
        ),
        ("The union aims to block the merger.", "The union", "aims", "to block the merger"),
        (
            "The senator raised questions about the contract.",
            "The senator",
            "questions",
            "the contract",
        ),
    ],
)
def test_mentions_aims_and_questions_find_source_and_claim(
    make_context, text, source, cue, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
def test_questions_answered_are_not_the_answerer_s(make_context):
    text = "The senator dodged questions about the contract."
    assert all(a.source.text != "The senator" for a in _found(make_context, text, "questions"))


def test_a_headline_verb_that_needs_its_construction_stays_a_noun():
    from sitrep.extract.cues import is_mistagged_verb

    doc = _tagged(["Storm", "hits", "Florida"], ["PROPN", "NOUN", "PROPN"])
    assert not is_mistagged_verb(doc[1])


@pytest.mark.model
def test_making_the_case_for_a_plan_is_a_claim(make_context):
    text = "The mayor made a strong case for the new stadium."
    found = _found(make_context, text, "case")
    assert [(a.source.text, _claim(text, a)) for a in found] == [("The mayor", "the new stadium")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The senator took issue with the new budget.", "The senator", "issue", "the new budget"),
        ("The governor took aim at the tax bill.", "The governor", "aim", "the tax bill"),
        ("The senator took a swipe at the mayor.", "The senator", "swipe", "the mayor"),
        (
            "The mayor drew a sharp contrast with her rival.",
            "The mayor",
            "contrast",
            "her rival",
        ),
        ("The minister laid out her plan for the schools.", "The minister", "laid", "her plan"),
    ],
)
def test_idioms_of_saying_find_source_and_claim(make_context, text, source, cue, claim_part):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
def test_an_idiom_noun_with_another_verb_is_no_cue(make_context):
    assert not _found(make_context, "The court will hear the issue with the contract.", "issue")
    assert not _found(make_context, "The workers laid the bricks.", "laid")


@pytest.mark.model
def test_a_possessed_noun_equated_with_a_clause_takes_it_as_its_claim(make_context):
    text = "Her main argument is that voters want change."
    found = _found(make_context, text, "argument")
    assert [(a.source.text, _claim(text, a)) for a in found] == [("Her", "that voters want change")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("The mayor outlined her plan for the schools.", "The mayor", "outlined", "her plan"),
        ("The report details several cases of fraud.", "The report", "details", "several cases"),
        ("The general proclaimed a goal of lasting peace.", "The general", "proclaimed", "a goal"),
        ("The rebels vowed revenge.", "The rebels", "vowed", "revenge"),
        ("The pastor recited a passage from the Bible.", "The pastor", "recited", "a passage"),
        ("The defendant professed his innocence.", "The defendant", "professed", "his innocence"),
    ],
)
def test_setting_out_a_plan_or_an_account_takes_the_object_as_the_claim(
    make_context, text, source, cue, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim"),
    [
        (
            "The governor made clear that she would veto the bill.",
            "The governor",
            "made",
            "that she would veto the bill",
        ),
        (
            "The senator made it clear he would not run again.",
            "The senator",
            "made",
            "he would not run again",
        ),
    ],
)
def test_making_a_stance_clear_is_a_statement(make_context, text, source, cue, claim):
    found = _found(make_context, text, cue)
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor made a clear choice.",
        "The storm made the roads impassable.",
        "The vote made clear how much work is left.",
        "Made Simple: Taxes for Beginners.",
    ],
)
def test_making_without_a_clear_statement_says_nothing(make_context, text):
    found = extract_attributions(make_context(text))
    assert not [a for a in found if a.cue and a.cue.text.lower() == "made"]


@pytest.mark.model
def test_making_no_mention_of_someone_leaves_out_what_they_said(make_context):
    text = "The senator made no mention of the governor, who said the deal was dead."
    found = _found(make_context, text, "mention")
    assert [(a.source.text, _claim(text, a)) for a in found] == [("The senator", "the governor")]


@pytest.mark.model
def test_an_observation_states_its_that_clause_only(make_context):
    text = "The judge made the observation that the two sides agreed."
    found = _found(make_context, text, "observation")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The judge", "that the two sides agreed")
    ]
    assert not _found(make_context, "The patient stayed overnight for observation.", "observation")


@pytest.mark.model
def test_a_case_made_to_an_addressee_takes_the_that_clause_after_it(make_context):
    text = "The mayor is making the case to residents that the tax is fair."
    found = _found(make_context, text, "case")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The mayor", "that the tax is fair")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We had better days,” Bill Holcomb, wearing a cowboy hat, said.", "Bill Holcomb"),
        (
            "“We have had better conventions,” Texas delegate Bill Holcomb, wearing a cowboy hat"
            " and campaign pins, said as confetti fell.",
            "Bill Holcomb",
        ),
    ],
)
def test_a_name_before_an_aside_set_off_by_commas_speaks(make_context, text, source):
    found = [a for a in extract_attributions(make_context(text)) if a.cue]
    assert [a.source.text for a in found] == [source]


def _cued(make_context, text: str) -> list[tuple[str, str, str]]:
    """(source, cue, claim) of every attribution with a cue."""
    found = [a for a in extract_attributions(make_context(text)) if a.cue]
    return [(a.source.text, a.cue.text, _claim(text, a)) for a in found]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels shelled the port, two officials said, speaking on condition of anonymity.",
            [("two officials", "said", "The rebels shelled the port")],
        ),
        (
            "Speaking on condition of anonymity, a diplomat said the truce would hold.",
            [("a diplomat", "said", "the truce would hold")],
        ),
        ("The aides spoke on condition of anonymity.", []),
    ],
)
def test_the_terms_of_speaking_are_no_claim(make_context, text, expected):
    assert _cued(make_context, text) == expected


@pytest.mark.model
def test_an_answer_refused_is_no_claim_and_neither_is_its_topic(make_context):
    """The refusal itself says nothing either (`attribution_refusals`, tested there)."""
    text = "The ministry declined to comment on the report."
    assert _cued(make_context, text) == []


@pytest.mark.model
def test_an_outlet_reporting_last_and_citing_someone_relays_their_statement(make_context):
    text = "The rebels seized the bridge, state media reported, citing a local commander."
    found = [a for a in extract_attributions(make_context(text)) if a.cue]
    assert [
        (a.source.text, a.cue.text, _claim(text, a), [v.text for v in a.via]) for a in found
    ] == [("a local commander", "reported", "The rebels seized the bridge", ["state media"])]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army launched a large drone attack on Ruritania overnight.",
        "The capital blamed the attack on its neighbour.",
        "The rebels' rocket attack on the depot killed four guards.",
        "The militants' attacks on shipping have killed three sailors.",
    ],
)
def test_an_armed_attack_is_no_verbal_one(make_context, text):
    assert not _found(make_context, text, "attack")


@pytest.mark.model
def test_an_attack_in_words_on_a_person_is_still_a_cue(make_context):
    text = "The senator renewed her attack on the governor."
    assert _cued(make_context, text) == [("The senator", "attack", "the governor")]


@pytest.mark.model
def test_according_to_leaves_a_relative_clause_on_its_source_out_of_the_claim(make_context):
    text = (
        "The bridge was destroyed overnight, according to two engineers, who spoke on condition"
        " of anonymity because they were not allowed to talk to reporters."
    )
    assert _cued(make_context, text) == [
        ("two engineers", "according to", "The bridge was destroyed overnight")
    ]


@pytest.mark.model
def test_an_outlets_own_source_after_according_to_is_a_link_not_a_claim(make_context):
    text = "Police arrested two men on Sunday, according to Tass, which cited a local news site."
    assert _cued(make_context, text) == [
        ("Tass", "according to", "Police arrested two men on Sunday")
    ]


@pytest.mark.model
def test_according_to_stops_before_a_contrary_report(make_context):
    text = (
        "The war has killed more than 9,000 people, according to the ministry, though aid groups"
        " say the true toll is far higher."
    )
    assert _cued(make_context, text) == [
        ("the ministry", "according to", "The war has killed more than 9,000 people"),
        ("aid groups", "say", "the true toll is far higher"),
    ]
    found = extract_attributions(make_context(text))
    assert [v.text for a in found for v in a.via] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The pirates have seized four ships since they began targeting vessels in May.",
            "targeting",
        ),
        ("The rebels have been targeting convoys on the coast road.", "targeting"),
        ("The militia targeted Ruritania with rockets overnight.", "targeted"),
        ("Drones targeted two refineries and a power plant overnight.", "targeted"),
    ],
)
def test_an_armed_targeting_is_no_statement(make_context, text, cue):
    assert not _found(make_context, text, cue)


@pytest.mark.model
def test_targeting_a_person_in_words_is_still_a_cue(make_context):
    text = "The senator targeted the governor in a new ad."
    assert _cued(make_context, text) == [("The senator", "targeted", "the governor")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry does not publish its own losses.",
        "The army gave no figures. It did not say whether any soldiers were killed.",
        "The police did not specify how many people were arrested.",
    ],
)
def test_nothing_published_and_open_questions_are_no_claims(make_context, text):
    assert _cued(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "Ms. Quill questioned why the harbour pilot never testified before the inquiry,"
            " hinting that someone had warned him off.",
            ["questioned", "hinting"],
        ),
        (
            "Mr. Ortiz wondered whether the mayor would speak at the rally, suggesting that she"
            " had lost her nerve.",
            ["wondered", "suggesting"],
        ),
    ],
)
def test_a_speech_an_indirect_question_asks_about_states_nothing(make_context, text, cues):
    """ "questioned why her husband did not speak, implying ...": no speech took place, so the
    clause of the asker's participle is not the speech's claim too."""
    assert [cue for _, cue, _ in _cued(make_context, text)] == cues


@pytest.mark.model
def test_a_claim_left_unconfirmed_is_no_reporter(make_context):
    text = "The army said it had struck the depot, a claim the rebels did not confirm."
    assert _cued(make_context, text) == [("The army", "said", "it had struck the depot")]
    assert [v.text for a in extract_attributions(make_context(text)) for v in a.via] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The show ended with the host asking whether the deal would last.",
            "asking",
            "the host",
        ),
        (
            "The scandal has left 62 percent of voters saying the mayor should resign.",
            "saying",
            "62 percent of voters",
        ),
    ],
)
def test_the_noun_before_a_small_clause_participle_speaks(make_context, text, cue, speaker):
    assert [a.source.text for a in _found(make_context, text, cue)] == [speaker]


@pytest.mark.model
def test_a_comma_aside_does_not_hide_a_joined_subject(make_context):
    text = "The mayor backed it and the governor, as he has in the past, opposed the plan."
    assert _found(make_context, text, "opposed")[0].source.text == "the governor"


@pytest.mark.model
def test_according_to_speaks_for_its_clause_not_the_one_joined_after_it(make_context):
    text = (
        "More than 2,000 people have fled the town, according to aid agencies, and the bridge fell."
    )
    assert _cued(make_context, text) == [
        ("aid agencies", "according to", "More than 2,000 people have fled the town")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The fighting has claimed more than 20,000 lives since April.",
        "The blast claimed the lives of 40 people.",
    ],
)
def test_lives_claimed_are_a_death_toll_not_a_claim(make_context, text):
    assert not _found(make_context, text, "claimed")


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Moscow claims two villages near the river.", "Russia claimed the town of Vesna."]
)
def test_ground_claimed_is_no_claim(make_context, text):
    """A side claiming a place claims to hold it: there is no proposition to report."""
    assert _cued(make_context, text) == []


@pytest.mark.model
def test_a_claimed_capture_or_statement_stays_a_claim(make_context):
    text = "Russia claimed the capture of two villages."
    assert _cued(make_context, text) == [("Russia", "claimed", "the capture of two villages")]
    text = "Moscow claims its troops took two villages."
    assert _cued(make_context, text) == [("Moscow", "claims", "its troops took two villages")]


@pytest.mark.model
def test_an_object_claim_runs_through_the_to_phrase_its_noun_needs(make_context):
    """ "demand an end to the fighting": the "to" phrase completes "an end", wherever the parser
    hangs it."""
    text = "Protesters demand an end to the fighting."
    assert _cued(make_context, text) == [("Protesters", "demand", "an end to the fighting")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "claim"),
    [
        (
            "Since announcing in May that she would retire, the senator has kept a low profile.",
            "the senator",
            "announcing",
            "that she would retire",
        ),
        (
            "Despite criticizing the budget, the mayor signed it on Friday.",
            "the mayor",
            "criticizing",
            "the budget",
        ),
        (
            "The governor was outspoken in opposing the new tax.",
            "The governor",
            "opposing",
            "the new tax",
        ),
        (
            "The minister has been a leader in supporting the reform.",
            "The minister",
            "supporting",
            "the reform",
        ),
        (
            "In addition to stating that the plan was illegal, the mayor vowed to repeal it.",
            "the mayor",
            "stating",
            "that the plan was illegal",
        ),
    ],
)
def test_a_gerund_after_since_despite_or_a_predicates_in_is_the_subjects(
    make_context, text, speaker, cue, claim
):
    """English leaves the gerund's subject unsaid: the clause's subject does it."""
    assert [(a.source.text, _claim(text, a)) for a in _found(make_context, text, cue)] == [
        (speaker, claim)
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("I was interested in hearing what the council would decide.", "hearing"),
        ("The union played a key role in supporting the strike.", "supporting"),
    ],
)
def test_a_gerund_after_in_on_a_wish_or_a_verb_is_no_statement(make_context, text, cue):
    assert _found(make_context, text, cue) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator opened with a call for a recount.",
            [("The senator", "call", "a recount")],
        ),
        (
            "The governor entered the debate with an argument that the deal is dead.",
            [("The governor", "argument", "that the deal is dead")],
        ),
    ],
)
def test_a_noun_cue_the_subject_comes_with_is_the_subjects(make_context, text, expected):
    assert _cued(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor has dealt with criticism of the plan.",
        "The minister was greeted with calls for her resignation.",
        "With the threat of a strike looming, the union met managers.",
    ],
)
def test_a_noun_cue_met_or_set_before_the_verb_is_not_the_subjects(make_context, text):
    assert _cued(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One of the doctors who sent the letter called the host a fraud.", "One of the doctors"),
        ("Beruff, a close ally of the mayor, called the city's standards “strong.”", "Beruff"),
    ],
)
def test_a_main_verb_read_as_a_participle_in_a_verbless_sentence_has_the_root_speak(
    make_context, text, speaker
):
    """The parser leaves the sentence without a verb: the participle is its verb."""
    assert [a.source.text[: len(speaker)] for a in _found(make_context, text, "called")] == [
        speaker
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [("A new group called Vets for Peace.", "called"), ("The ad, titled “Unifier”.", "titled")],
)
def test_a_participle_naming_its_noun_is_no_statement(make_context, text, cue):
    assert _found(make_context, text, cue) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unions attacked the plan, a measure strongly opposed by teachers.",
            ("teachers", "opposed", "a measure"),
        ),
        (
            "The tax cut, endorsed by both newspapers, passed on Friday.",
            ("both newspapers", "endorsed", "The tax cut"),
        ),
    ],
)
def test_a_judging_participle_with_an_agent_is_the_agents_stance(make_context, text, expected):
    assert expected in _cued(make_context, text)


@pytest.mark.model
def test_a_participle_of_making_with_an_agent_is_no_stance(make_context):
    assert _found(make_context, "He bought a book written by the senator.", "written") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator won the endorsement of the teachers' union.",
            ("the teachers' union", "endorsement", "The senator"),
        ),
        (
            "The bill has the backing of many Democrats.",
            ("many Democrats", "backing", "The bill"),
        ),
    ],
)
def test_backing_won_or_held_is_the_backers_stance_on_the_subject(make_context, text, expected):
    assert expected in _cued(make_context, text)


@pytest.mark.model
def test_a_noun_cue_under_an_adjunct_participle_is_the_clause_subjects(make_context):
    text = (
        "The senator toured the town on Wednesday, delivering a blistering critique of the "
        "governor's budget."
    )
    assert ("The senator", "critique", "the governor's budget") in _cued(make_context, text)


@pytest.mark.model
def test_support_eroded_or_boosted_is_nobodys_stance(make_context):
    text = "The recession eroded support for the incumbent."
    assert [a for a in _cued(make_context, text) if a[1] == "support"] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When asked by a reporter if the deal was dead, the minister said no.",
            ("a reporter", "asked", "if the deal was dead"),
        ),
        (
            "When pressed by the host about how he would pay for it, the senator changed the "
            "subject.",
            ("the host", "pressed", "how he would pay for it"),
        ),
    ],
)
def test_the_agent_of_an_asking_participle_asks_the_question(make_context, text, expected):
    assert expected in _cued(make_context, text)


@pytest.mark.model
def test_a_reporting_verb_in_a_relative_clause_reports_what_the_antecedent_did(make_context):
    text = "They criticized the drawdown of troops, which they say left a vacuum for terrorists."
    assert ("they", "say", "left a vacuum for terrorists") in _cued(make_context, text)


@pytest.mark.model
def test_a_stance_participle_after_a_copula_is_the_subjects_stance(make_context):
    text = "After years abroad, we are convinced this is the best country."
    assert ("we", "convinced", "this is the best country") in _cued(make_context, text)


def test_a_main_verb_misread_after_a_dateline_still_calls_for_its_claim():
    """ "WASHINGTON (AP) — Doe called Friday for Smith to quit": the parser hangs "called" on
    the name as a participle and reads the day as its predicate."""
    from spacy.tokens import Doc

    from sitrep.extract.attribution_verbal import verbal

    words = ["WASHINGTON", "(", "AP", ")", "—", "Doe", "called", "Friday", "for", "Smith"]
    words += ["to", "quit", "."]
    heads = [0, 0, 0, 0, 0, 0, 5, 6, 11, 11, 11, 6, 0]
    deps = ["ROOT", "punct", "appos", "punct", "punct", "appos", "acl", "oprd", "mark"]
    deps += ["nsubj", "aux", "advcl", "punct"]
    tags = ["NNP", "-LRB-", "NNP", "-RRB-", ":", "NNP", "VBD", "NNP", "IN", "NNP", "TO", "VB", "."]
    parsed = _parsed(words, heads, deps, tags)
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "B-PERSON", "O", "B-DATE", "O", "B-PERSON"]
    doc = Doc(parsed.vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents + ["O"] * 3)
    for token, hand in zip(doc, parsed, strict=True):
        token.pos = hand.pos
    found = verbal(doc[6], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["Doe"]
    assert doc.text[found.claim[0] : found.claim[1]] == "Smith to quit"


def test_a_label_after_a_participle_is_no_misread_main_verb():
    from sitrep.extract.attribution_verbal import subject

    doc = _parsed(
        ["A", "group", "called", "Vets", "for", "Peace", "."],
        [1, 1, 1, 2, 3, 4, 1],
        ["det", "ROOT", "acl", "oprd", "prep", "pobj", "punct"],
        ["DT", "NN", "VBN", "NNP", "IN", "NNP", "."],
    )
    assert subject(doc[2], []) == []


def test_a_clause_read_as_the_main_verb_is_the_claim_of_the_misread_one():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["The", "agency", "reported", "on", "Monday", "the", "talks", "had", "failed", "."],
        [1, 8, 1, 2, 3, 6, 8, 8, 8, 8],
        ["det", "nsubj", "acl", "prep", "pobj", "det", "nsubj", "aux", "ROOT", "punct"],
        ["DT", "NN", "VBN", "IN", "NNP", "DT", "NNS", "VBD", "VBN", "."],
    )
    found = verbal(doc[2], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["The", "agency"]
    assert doc.text[found.claim[0] : found.claim[1]] == "the talks had failed"


@pytest.mark.model
def test_a_social_or_phone_call_is_a_meeting_not_a_call_for_something(make_context):
    assert not _found(
        make_context, "The senator caused a stir with a social call on the governor.", "call"
    )
    assert not _found(make_context, "She made a phone call about the deal.", "call")
    text = "The mayor caused a stir with her call for a recount."
    assert [_claim(text, a) for a in _found(make_context, text, "call")] == ["a recount"]


def test_a_cue_read_as_a_noun_with_a_direct_object_is_a_verb():
    """ "The new ad slams Smith": a noun takes no direct object, so the parse betrays the verb
    even after a common noun."""
    import spacy
    from spacy.tokens import Doc

    from sitrep.extract.cues import is_mistagged_verb

    words = ["The", "new", "ad", "slams", "Smith", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["DET", "ADJ", "NOUN", "NOUN", "PROPN", "PUNCT"],
        heads=[2, 2, 3, 3, 3, 3],
        deps=["det", "amod", "compound", "ROOT", "dobj", "punct"],
    )
    assert is_mistagged_verb(doc[3])
    unparsed = Doc(doc.vocab, words=words, pos=["DET", "ADJ", "NOUN", "NOUN", "PROPN", "PUNCT"])
    assert not is_mistagged_verb(unparsed[3])


def test_a_past_tense_read_as_a_participle_before_its_subjects_verb_still_speaks():
    """ "a man yelled “Stay there!”": the parser hangs "yelled" on "man" and makes "man" the
    subject of the quoted imperative."""
    doc = _parsed(
        ["a", "man", "yelled", "“", "Stay", "there", "!", "”"],
        [1, 4, 1, 4, 4, 4, 4, 4],
        ["det", "nsubj", "acl", "punct", "ROOT", "advmod", "punct", "punct"],
        ["DT", "NN", "VBD", "``", "VB", "RB", ".", "''"],
    )
    assert _speaker(doc, 2) == "a man"
    participle = _parsed(
        ["a", "man", "accused", "of", "fraud", "left", "."],
        [1, 5, 1, 2, 3, 5, 5],
        ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "punct"],
        ["DT", "NN", "VBN", "IN", "NN", "VBD", "."],
    )
    assert _speaker(participle, 2) == ""


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator voted in favor of the bill.", ("The senator", "voted", "the bill")),
        ("She has spoken out in favour of gun control.", ("She", "spoken", "gun control")),
    ],
)
def test_what_a_speaker_comes_out_in_favor_of_is_the_claim(make_context, text, expected):
    assert expected in _cued(make_context, text)


@pytest.mark.model
def test_a_verb_coordinated_with_a_passive_speaks_for_its_subject(make_context):
    text = "The mayor was pressed on the plan and said that taxes would rise."
    assert ("The mayor", "said", "that taxes would rise") in _cued(make_context, text)


def test_a_second_passive_or_a_verb_after_a_hedge_does_not_share_the_subject():
    from sitrep.extract.attribution_passives import continues_a_passive

    booed = _parsed(
        ["Doe", "was", "booed", "and", "shouted", "down", "by", "fans", "."],
        [2, 2, 2, 2, 2, 4, 4, 6, 2],
        ["nsubjpass", "auxpass", "ROOT", "cc", "conj", "prt", "agent", "pobj", "punct"],
        ["NNP", "VBD", "VBN", "CC", "VBD", "RP", "IN", "NNS", "."],
    )
    assert not continues_a_passive(booed[4])
    hedged = _parsed(
        ["It", "is", "supposed", "to", "help", "and", "persuades", "them", "."],
        [2, 2, 2, 4, 2, 2, 2, 6, 2],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "cc", "conj", "dobj", "punct"],
        ["PRP", "VBZ", "VBN", "TO", "VB", "CC", "VBZ", "PRP", "."],
    )
    assert not continues_a_passive(hedged[6])
    pressed = _parsed(
        ["Doe", "was", "pressed", "and", "said", "no", "."],
        [2, 2, 2, 2, 2, 4, 2],
        ["nsubjpass", "auxpass", "ROOT", "cc", "conj", "dobj", "punct"],
        ["NNP", "VBD", "VBN", "CC", "VBD", "DT", "."],
    )
    assert continues_a_passive(pressed[4])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator managed to convince the panel that the plan was sound.",
            ("The senator", "convince", "that the plan was sound"),
        ),
        ("Doe joined other senators to reject the request.", ("Doe", "reject", "the request")),
    ],
)
def test_who_manages_or_joins_others_to_speak_speaks(make_context, text, expected):
    assert expected in _cued(make_context, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Many loyal farmers are finding themselves alienated by the party, she said.",
        "The mayor found herself in the minority on the council.",
    ],
)
def test_finding_oneself_somewhere_reports_nothing(make_context, text):
    assert not {"found", "finding"} & {cue for _, cue, _ in _cued(make_context, text)}


@pytest.mark.model
def test_a_reporter_around_finding_oneself_keeps_its_claim(make_context):
    text = "Many loyal farmers are finding themselves alienated by the party, she said."
    assert any(
        (source, cue) == ("she", "said") and "alienated" in claim
        for source, cue, claim in _cued(make_context, text)
    )


@pytest.mark.model
def test_finding_that_something_holds_still_reports(make_context):
    text = "The panel found the drug safe, the agency said."
    assert ("The panel", "found", "the drug safe") in _cued(make_context, text)


@pytest.mark.model
def test_a_participle_after_an_event_and_its_when_clause_speaks_for_the_nearer_subject(
    make_context,
):
    text = "The first clash came on Tuesday when farmers blocked the road, shouting that he lied."
    assert ("farmers", "shouting", "that he lied") in _cued(make_context, text)


@pytest.mark.model
def test_a_manner_before_attacks_leaves_them_verbal_and_a_weapon_makes_them_armed(make_context):
    verbal = "Senator Smith unleashed withering attacks against his rival."
    assert ("Senator Smith", "attacks", "his rival") in _cued(make_context, verbal)
    assert not _cued(make_context, "Militants launched a rocket attack against the town.")


@pytest.mark.model
def test_an_adjunct_of_a_second_passive_is_spoken_by_the_shared_subject(make_context):
    text = (
        "The comedian was booed and shouted down by the crowd after telling the fans that "
        "they were being ridiculous."
    )
    assert any(
        source == "The comedian" and cue == "telling"
        for source, cue, _ in _cued(make_context, text)
    )


@pytest.mark.model
def test_a_possessed_disapproval_is_a_stance_on_its_object(make_context):
    text = "The senator's disapproval of the merger did not change after the hearing."
    assert ("The senator", "disapproval", "the merger") in _cued(make_context, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several senators cautioned against reading too much into the vote.",
            ("Several senators", "cautioned", "reading too much into the vote"),
        ),
        (
            "The group advocates for families of crime victims.",
            ("The group", "advocates", "families of crime victims"),
        ),
    ],
)
def test_cautioning_against_and_advocating_for_take_a_prepositional_claim(
    make_context, text, expected
):
    assert expected in _cued(make_context, text)


def test_a_gerund_after_a_comma_misread_as_a_subject_speaks_for_the_main_subject():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Lee", "posted", "the", "news", ",", "writing", "the", "tour", "is", "over", "."],
        [1, 1, 3, 1, 1, 8, 7, 8, 1, 8, 1],
        [
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "punct",
            "csubj",
            "det",
            "nsubj",
            "conj",
            "acomp",
            "punct",
        ],
        ["NNP", "VBD", "DT", "NN", ",", "VBG", "DT", "NN", "VBZ", "JJ", "."],
    )
    found = verbal(doc[5], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["Lee"]
    assert doc.text[found.claim[0] : found.claim[1]] == "the tour is over"


def test_a_gerund_subject_with_an_object_of_its_own_is_a_true_subject():
    from sitrep.extract.attribution_gerunds import misread_gerund_clause

    doc = _parsed(
        ["Lee", "quit", ",", "writing", "songs", "pays", "less", "."],
        [1, 1, 1, 5, 3, 1, 5, 1],
        ["nsubj", "ROOT", "punct", "csubj", "dobj", "conj", "dobj", "punct"],
        ["NNP", "VBD", ",", "VBG", "NNS", "VBZ", "JJR", "."],
    )
    assert misread_gerund_clause(doc[3]) is None


def test_a_topic_hung_on_the_addressee_is_still_the_claim():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Lee", "complained", "to", "officials", "about", "the", "noise", "."],
        [1, 1, 1, 2, 3, 6, 4, 1],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
        ["NNP", "VBD", "IN", "NNS", "IN", "DT", "NN", "."],
    )
    found = verbal(doc[1], doc[:], [], {})
    assert found is not None
    assert doc.text[found.claim[0] : found.claim[1]] == "the noise"


def test_a_topic_inside_a_relative_clause_on_the_addressee_is_not_the_claim():
    from sitrep.extract.attribution_topics import topic_past_addressee

    doc = _parsed(
        ["Lee", "complained", "to", "officials", "who", "care", "about", "noise", "."],
        [1, 1, 1, 2, 5, 3, 5, 6, 1],
        ["nsubj", "ROOT", "prep", "pobj", "nsubj", "relcl", "prep", "pobj", "punct"],
        ["NNP", "VBD", "IN", "NNS", "WP", "VBP", "IN", "NN", "."],
    )
    assert topic_past_addressee(doc[1]) is None


def test_a_gerund_after_taken_to_speaks_for_the_subject():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Lee", "has", "taken", "to", "urging", "voters", "to", "vote", "."],
        [2, 2, 2, 2, 3, 4, 7, 4, 2],
        ["nsubj", "aux", "ROOT", "prep", "pcomp", "dobj", "aux", "xcomp", "punct"],
        ["NNP", "VBZ", "VBN", "IN", "VBG", "NNS", "TO", "VB", "."],
    )
    found = verbal(doc[4], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["Lee"]


@pytest.mark.parametrize("adjective", ["able", "inclined", "poised"])
def test_an_adjective_of_ability_or_inclination_hands_its_subject_to_the_cue(adjective):
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Lee", "was", adjective, "to", "tout", "her", "lead", "."],
        [1, 1, 1, 4, 2, 6, 4, 1],
        ["nsubj", "ROOT", "acomp", "aux", "xcomp", "poss", "dobj", "punct"],
        ["NNP", "VBD", "JJ", "TO", "VB", "PRP$", "NN", "."],
    )
    found = verbal(doc[4], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["Lee"]
    assert doc.text[found.claim[0] : found.claim[1]] == "her lead"


def test_a_quote_opening_the_sentence_beats_a_show_name_read_as_a_clause():
    from sitrep.extract.attribution_verbal import verbal
    from sitrep.extract.quotes import find_quotes

    doc = _parsed(
        ["“", "We", "won", ",", "”", "Lee", "told", "CBS", "Face", "the", "Nation", "."],
        [6, 2, 6, 6, 6, 6, 6, 6, 6, 10, 8, 6],
        [
            "punct",
            "nsubj",
            "ccomp",
            "punct",
            "punct",
            "nsubj",
            "ROOT",
            "dobj",
            "xcomp",
            "det",
            "dobj",
            "punct",
        ],
        ["``", "PRP", "VBD", ",", "''", "NNP", "VBD", "NNP", "VB", "DT", "NN", "."],
    )
    found = verbal(doc[6], doc[:], find_quotes(doc.text), {})
    assert found is not None
    assert doc.text[found.claim[0] : found.claim[1]] == "“ We won , ”"


def test_a_show_named_in_quotes_before_the_speaker_leaves_the_claim_after_the_verb():
    from sitrep.extract.attribution_verbal import verbal
    from sitrep.extract.quotes import find_quotes

    doc = _parsed(
        ["On", "“", "Face", "the", "Nation", ",", "”", "Lee", "said", "we", "won", "."],
        [8, 4, 4, 4, 0, 8, 8, 8, 8, 10, 8, 8],
        [
            "prep",
            "punct",
            "compound",
            "det",
            "pobj",
            "punct",
            "punct",
            "nsubj",
            "ROOT",
            "nsubj",
            "ccomp",
            "punct",
        ],
        ["IN", "``", "NNP", "DT", "NNP", ",", "''", "NNP", "VBD", "PRP", "VBD", "."],
    )
    found = verbal(doc[8], doc[:], find_quotes(doc.text), {})
    assert found is not None
    assert doc.text[found.claim[0] : found.claim[1]] == "we won"


def test_a_jab_at_someone_is_a_cue_but_a_finger_jabbed_at_them_is_not():
    from sitrep.extract.attribution_verbal import verbal
    from sitrep.extract.cues import is_cue_verb

    words = _parsed(
        ["Lee", "swiped", "at", "Kim", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        ["NNP", "VBD", "IN", "NNP", "."],
    )
    found = verbal(words[1], words[:], [], {})
    assert found is not None
    assert words.text[found.claim[0] : found.claim[1]] == "Kim"
    finger = _parsed(
        ["Lee", "jabbed", "a", "finger", "at", "Kim", "."],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."],
    )
    assert not is_cue_verb(finger[1])


def test_tokens_among_finds_the_cue_words_of_one_sentence_only():
    import spacy

    from sitrep.extract.token_positions import tokens_among

    doc = spacy.blank("en")("Lee made a Statement. Kim denied the statement .")
    first, second = doc[:5], doc[5:]
    assert [t.i for t in tokens_among(first, frozenset({"statement", "denied"}))] == [3]
    assert [t.text for t in tokens_among(second, frozenset({"statement", "denied"}))] == [
        "denied",
        "statement",
    ]
    assert tokens_among(first, frozenset({"claim"})) == []


def test_tokens_among_follows_a_retokenized_document():
    import spacy

    from sitrep.extract.token_positions import tokens_among

    doc = spacy.blank("en")("New York officials said so .")
    assert [t.text for t in tokens_among(doc[:], frozenset({"said"}))] == ["said"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert [t.i for t in tokens_among(doc[:], frozenset({"said"}))] == [2]


def test_a_form_missing_from_the_table_takes_the_parsers_lemma():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.extract.cues import cue_lemma, is_cue_verb

    doc = Doc(Vocab(), words=["Lee", "sez", "so"], lemmas=["Lee", "say", "so"])
    assert cue_lemma(doc[1]) == "say"
    assert cue_lemma(doc[0]) == "lee"
    assert not is_cue_verb(doc[2])


@pytest.mark.model
def test_remarks_to_someone_name_the_hearer_not_what_was_said(make_context):
    assert not _found(
        make_context, "In her remarks to the union, the senator praised it.", "remarks"
    )
    text = "His comments on the deal angered the union."
    found = _found(make_context, text, "comments")
    assert found
    assert _claim(text, found[0]) == "the deal"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor began his speech by marveling at the size of the crowd.",
            ("The mayor", "marveling", "the size of the crowd"),
        ),
        (
            "The senator mused about leaving politics altogether.",
            ("The senator", "mused", "leaving politics altogether"),
        ),
        ("The coach believes in hard work.", ("The coach", "believes", "hard work")),
    ],
)
def test_wonder_and_views_through_a_preposition_are_claims(make_context, text, expected):
    assert _cued(make_context, text) == [expected]


@pytest.mark.model
def test_a_finding_is_reported_only_in_a_that_clause(make_context):
    text = "Investigators determined that the fire was set deliberately."
    assert _cued(make_context, text) == [
        ("Investigators", "determined", "that the fire was set deliberately")
    ]
    text = "Police detained the driver after establishing that he had been drinking."
    assert ("Police", "establishing", "that he had been drinking") in _cued(make_context, text)
    text = "The inquiry determined the crash was caused by pilot error."
    assert _cued(make_context, text) == [
        ("The inquiry", "determined", "the crash was caused by pilot error")
    ]
    assert _cued(make_context, "The board will determine whether the plan goes ahead.") == []
    assert _cued(make_context, "Voters will determine who wins the seat.") == []
    assert _cued(make_context, "The council established a fund for the victims.") == []


@pytest.mark.model
def test_planning_an_act_is_no_statement_but_a_plan_to_act_is(make_context):
    text = "Two militants who had planned an attack on the base were arrested."
    assert not _found(make_context, text, "planned")
    text = "The mayor plans to run again."
    found = _found(make_context, text, "plans")
    assert found
    assert _claim(text, found[0]) == "to run again"


@pytest.mark.model
def test_declaring_a_state_of_emergency_is_an_act_but_declaring_a_fact_is_a_claim(make_context):
    text = "The governor declared a state of emergency on Friday, which closes all schools."
    assert not _found(make_context, text, "declared")
    text = "The army declared a curfew in the city."
    assert not _found(make_context, text, "declared")
    text = "The rebels declared a lockdown of all schools for two weeks."
    assert not _found(make_context, text, "declared")
    text = "The province declared independence from the federation in 1991."
    assert not _found(make_context, text, "declared")
    text = "The rebels declared a truce on Sunday."
    assert not _found(make_context, text, "declared")
    text = "Hospitals in the city declared an emergency after the blast, officials said."
    assert not _found(make_context, text, "declared")
    text = "The opposition declared that the vote had been rigged."
    found = _found(make_context, text, "declared")
    assert [_claim(text, a) for a in found] == ["that the vote had been rigged"]


@pytest.mark.model
def test_a_figure_put_on_a_toll_is_stated_but_bags_put_down_are_not(make_context):
    text = "The army put the death toll at 23 soldiers and said four more were missing."
    found = _found(make_context, text, "put")
    assert found
    assert found[0].source.text == "The army"
    assert _claim(text, found[0]) == "the death toll at 23 soldiers"
    assert not _found(make_context, "She put the bags at the door.", "put")


@pytest.mark.model
def test_a_named_poll_after_a_clause_credits_the_standing(make_context):
    text = "The mayor fell to 12 percent in the latest Gallup poll released on Wednesday."
    found = _found(make_context, text, "in")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("the latest Gallup poll released on Wednesday", "The mayor fell to 12 percent")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor rose steadily in the polls.",  # no poll named: the writer's own summary
        "The governor, who trails in a recent Marist poll, visited the town.",
    ],
)
def test_the_polls_in_general_or_a_relative_clause_credit_no_poll(make_context, text):
    assert _found(make_context, text, "in") == []


@pytest.mark.model
def test_a_protested_object_is_the_claim_of_the_protest(make_context):
    text = "Hundreds of students protested the tuition increase on Monday."
    found = _found(make_context, text, "protested")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Hundreds of students", "the tuition increase")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        ("The senator is against the new tariffs.", "The senator", "the new tariffs"),
        ("The governor came out against the pipeline in March.", "The governor", "the pipeline"),
        ("Many farmers have turned against the trade deal.", "Many farmers", "the trade deal"),
        (
            "The mayor was always in favor of a higher minimum wage.",
            "The mayor",
            "a higher minimum wage",
        ),
    ],
)
def test_a_position_for_or_against_is_a_stance(make_context, text, source, claim):
    found = [
        a
        for a in extract_attributions(make_context(text))
        if a.cue and a.cue.text in {"against", "in"}
    ]
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The odds are against him.",
        "The next debate will be her first against a single rival.",
        "The troops turned their guns against the protesters.",
    ],
)
def test_chances_rankings_and_weapons_against_someone_are_no_stance(make_context, text):
    assert _found(make_context, text, "against") == []


@pytest.mark.model
def test_votes_cast_for_a_candidate_are_a_stance(make_context):
    text = "More than 700 delegates cast their votes for other candidates."
    found = _found(make_context, text, "votes")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("More than 700 delegates", "other candidates")
    ]
    assert _found(make_context, "Voters cast their ballots on Tuesday.", "ballots") == []


@pytest.mark.model
def test_a_noun_equated_with_a_clause_takes_the_clause_not_the_one_addressed(make_context):
    text = "Her advice to young recruits is to listen more than they talk."
    found = _found(make_context, text, "advice")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Her", "to listen more than they talk")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim"),
    [
        ("The ministry took credit for the drop in prices.", "credit", "The ministry", "the drop"),
        ("The coach makes no apologies for his tactics.", "apologies", "The coach", "his tactics"),
        ("The company issued an apology for the outage.", "apology", "The company", "the outage"),
    ],
)
def test_credit_taken_and_apologies_made_are_stances(make_context, text, cue, source, claim):
    assert _source_and_part(make_context, text, cue, claim) == (source, True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ruritania recalled its ambassador from the capital on Monday.", "recalled"),
        ("The government has responded with air strikes on the camps.", "responded"),
        ("Ruritania, which backs some of the rebel factions, closed the border.", "backs"),
        ("The neighbouring state backs the militias in the north.", "backs"),
        ("The group has stepped up attacks on security forces this year.", "attacks"),
        ("The council called an emergency meeting to discuss the test.", "called"),
        ("The premier called both governors on Tuesday night.", "called"),
        ("The mayor called her to congratulate her on the result.", "called"),
        ("The union called off the strike at the port.", "called"),
        ("The ministry called up two thousand reservists.", "called"),
        ("The debate focused on taxes and the border.", "focused"),
        ("Much of the coverage focused on the verdict.", "focused"),
        ("Hundreds of supporters showed up at the rally.", "showed"),
        ("The mayor, who is challenging the governor for her seat, spoke.", "challenging"),
        ("Shells fell on Westport, which Ruritania calls Port Albrecht, at dawn.", "calls"),
        (
            "The ministry earmarked coastal ports for repairs, offering $75 million by 2030.",
            "offering",
        ),
        (
            "The growers' union called the sum too small when the premier offered farmers millions"
            " of euros for new wells.",
            "offered",
        ),
        ("The envoy offered a $5 million reward, saying the suspect was dangerous.", "offered"),
        (
            "The Iowa senator has focused her money on towns along the river that vote in May.",
            "focused",
        ),
        (
            "The county is so small that its sheriff contest was decided by a lottery between the"
            " two deputies.",
            "decided",
        ),
    ],
)
def test_recalling_envoys_answering_by_force_and_arming_a_side_are_acts(make_context, text, cue):
    """Envoys recalled, answers by force, arms, meetings called, people telephoned or summoned,
    names given, money offered, means spent and races a vote decides say nothing."""
    assert not _found(make_context, text, cue)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor recalled that the old bridge had fallen in a storm.", "recalled"),
        ("The ministry responded with a statement denying the report.", "responded"),
        ("The senator backs the new housing bill.", "backs"),
        ("The mayor called the meeting a farce.", "called"),
        ("The mayor called him a coward.", "called"),
        ('The premier called the governors "reckless."', "called"),
        ("The senator focused on taxes and the border.", "focused"),
        ("The rebels did what the ministry called a massacre.", "called"),
        ("The mayor offered no details about the plan.", "offered"),
        ("The senator has focused her attention on the price of insulin.", "focused"),
        ("The mayor decided to run for a third term.", "decided"),
        (
            "The spokesman offered an explanation of the $40 million shortfall, saying costs rose.",
            "offered",
        ),
        ("The embassy offered sympathy to relatives of two dollar brokers.", "offered"),
        ("The council decided by a 5-2 vote to raise taxes.", "decided"),
    ],
)
def test_recalling_a_memory_answering_in_words_and_backing_a_plan_still_speak(
    make_context, text, cue
):
    assert _found(make_context, text, cue)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The senator appeared to soften her criticism of the tax plan.",
            "criticism",
            "The senator",
        ),
        ("The governor would have to explain his views on the tax plan.", "views", "The governor"),
        (
            "The mayor spoke on Monday and toned down his criticism of the budget.",
            "criticism",
            "The mayor",
        ),
    ],
)
def test_a_pronoun_holder_of_a_verbs_object_is_the_subject_up_its_chain(
    make_context, text, cue, source
):
    found = _found(make_context, text, cue)
    assert [a.source.text for a in found] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The scandal has renewed Republican calls for a special prosecutor.",
            "calls",
            "Republican",
        ),
        (
            "The Russian denial that troops had crossed the border convinced nobody.",
            "denial",
            "Russian",
        ),
    ],
)
def test_a_party_or_a_people_before_a_cue_noun_holds_it(make_context, text, cue, source):
    assert [a.source.text for a in _found(make_context, text, cue)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Of Ortiz, Walsh, who has given money to Dunne, said, “He’s totally hopeless.”", "Walsh"),
        ("Of Keller, Dunne, who has given money to Ortiz, said, “She’s a fine leader.”", "Dunne"),
        ("Of Harris, Miller, who has given money to the senator, said, “She’s vapid.”", "Miller"),
        ("Of Ortiz, Walsh, a former aide, said, “He never listens.”", "Walsh, a former aide"),
    ],
)
def test_a_fronted_topic_read_as_the_subject_leaves_the_speaker_after_it(
    make_context, text, source
):
    assert [a.source.text for a in _found(make_context, text, "said")] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim"),
    [
        (
            "The ministry pushed back against claims by the auditors that the files were lost.",
            "claims",
            "the auditors",
            "the files were lost",
        ),
        (
            "The trial turned on an allegation from his wife that he had lied.",
            "allegation",
            "his wife",
            "he had lied",
        ),
        (
            "The inquiry followed complaints from residents that the water was unsafe.",
            "complaints",
            "residents",
            "the water was unsafe",
        ),
    ],
)
def test_a_by_or_from_phrase_holds_a_cue_noun_with_a_that_clause(
    make_context, text, cue, source, claim
):
    found = _found(make_context, text, cue)
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
def test_a_from_phrase_with_only_an_infinitive_after_it_holds_no_claim(make_context):
    text = "The rival began dredging up accusations from that era to hammer the mayor."
    assert _found(make_context, text, "accusations") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim"),
    [
        (
            "While he acknowledged funding was a major problem, the mayor also noted several "
            "successes.",
            "acknowledged",
            "he",
            "funding was a major problem",
        ),
        (
            "After she admitted under questioning she had lied, the trial ended.",
            "admitted",
            "she",
            "she had lied",
        ),
        (
            "The rules are strict, and as the chief noted, officers could be fired.",
            "noted",
            "the chief",
            "officers could be fired",
        ),
    ],
)
def test_a_reporting_clause_parsed_as_an_adjunct_of_its_own_complement_reports_it(
    make_context, text, cue, source, claim
):
    found = _found(make_context, text, cue)
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
def test_a_clause_after_the_comma_of_a_time_clause_is_not_what_was_said(make_context):
    text = "Until the minister spoke, the unions had said the plant was safe."
    assert _found(make_context, text, "spoke") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "The yacht was insured for $20 million in 2012, records show.",
            "records",
            "The yacht was insured for $20 million in 2012",
        ),
        (
            "He bought a house in 2014, county records show, and sold it a year later.",
            "county records",
            "He bought a house in 2014",
        ),
    ],
)
def test_records_show_is_a_credit_even_where_show_is_tagged_a_noun(
    make_context, text, source, claim
):
    found = _found(make_context, text, "show")
    assert (found[0].source.text, _claim(text, found[0])) == (source, claim)


@pytest.mark.model
def test_a_show_in_the_phrase_of_an_object_credits_nothing(make_context):
    assert _found(make_context, "She watched the records of the talk show.", "show") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "claim_part"),
    [
        (
            "Farm Groups Rip Trade Deal As A ‘Giveaway.’\nThe groups met on Monday.",
            "Rip",
            "Farm Groups",
            "Trade Deal",
        ),
        (
            "Mayor Jones blasts council over budget cuts\nThe mayor spoke on Monday.",
            "blasts",
            "Mayor Jones",
            "council",
        ),
    ],
)
def test_a_headline_verb_the_tagger_read_as_a_name_is_a_cue(
    make_context, text, cue, source, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Station Fires Host Over Post\nThe station said the host was dismissed.", "Fires"),
        ("Power Plant Rules Face Key Test In Court\nThe rules were issued last year.", "Rules"),
        ("Militants Attack Army Base\nThe base was hit at dawn.", "Attack"),
        ("Russia Attacks Ukraine\nThe war began at dawn.", "Attacks"),
        # a finding verb reports only before a clause, which a headline never shows
        ("Charity Establishes Fund For Flood Victims\nThe fund opened today.", "Establishes"),
    ],
)
def test_a_headline_dismissal_an_armed_attack_or_a_noun_of_rules_is_no_cue(
    make_context, text, word
):
    assert _found(make_context, text, word) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "Her closest friend is Joel, whom one insider described as “his brother.”",
            "one insider",
            "whom one insider described as “his brother.”",
        ),
        (
            "Ten people were hurt by an explosion that the mayor described as “an intentional "
            "act.”",
            "the mayor",
            "that the mayor described as “an intentional act.”",
        ),
    ],
)
def test_a_relative_clause_with_its_own_subject_gives_that_subject_s_verdict(
    make_context, text, source, claim
):
    found = _found(make_context, text, "described")
    assert [(a.source.text, _claim(text, a)) for a in found] == [(source, claim)]


@pytest.mark.model
def test_a_naming_participle_is_still_no_verdict(make_context):
    assert (
        _found(make_context, "The group, described as a militia, took the town.", "described") == []
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "We thank the people of the valley for the information that led to the arrests.",
        "We would like to thank the volunteers for their patience.",
    ],
)
def test_thanks_in_the_writers_own_voice_are_no_claim(make_context, text):
    assert extract_attributions(make_context(text)) == []


@pytest.mark.model
def test_reported_thanks_stay_a_stance_of_their_speaker(make_context):
    text = "The army thanked villagers for the tip."
    found = _found(make_context, text, "thanked")
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The army", "villagers for the tip")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "The ministry wishes to state that the reports are false.",
            "state",
            "that the reports are false",
        ),
        (
            "The army would like to announce that the road is open.",
            "announce",
            "that the road is open",
        ),
    ],
)
def test_a_releases_formal_wish_to_state_is_the_statement_itself(make_context, text, cue, claim):
    found = extract_attributions(make_context(text))
    assert [(a.cue.text, _claim(text, a)) for a in found] == [(cue, claim)]


@pytest.mark.model
def test_wanting_to_tell_is_an_intention_not_yet_said(make_context):
    text = "The mayor wants to tell voters that taxes will fall."
    assert [a.cue.text for a in extract_attributions(make_context(text))] == ["wants"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "The army reported the following: two soldiers were killed and three were wounded.",
            "reported",
            "two soldiers were killed and three were wounded",
        ),
        (
            "The Command wishes to report the following:\n\n1. Five rebels were killed in the raid.",
            "report",
            "1. Five rebels were killed in the raid.",
        ),
    ],
)
def test_the_following_points_to_what_comes_after_the_colon(make_context, text, cue, claim):
    assert [_claim(text, a) for a in _found(make_context, text, cue)] == [claim]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The governor, speaking on CNN, said the storm had passed.",
        "Speaking on Fox News, the senator said the bill was dead.",
        "The minister, speaking on state television, said the bridge was intact.",
    ],
)
def test_the_outlet_a_speaker_was_on_is_no_claim(make_context, text):
    found = extract_attributions(make_context(text))
    assert [a.cue.text for a in found] == ["said"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "topic"),
    [
        (
            "The governor, speaking on the storm, said the worst had passed.",
            "speaking",
            "the storm",
        ),
        ("The minister, speaking on NATO, said the alliance was strong.", "speaking", "NATO"),
        ("The senator spoke on Fox News about the race.", "spoke", "the race"),
    ],
)
def test_the_topic_a_speaker_spoke_on_is_kept(make_context, text, cue, topic):
    """An organisation spoken on is a topic unless it is an outlet ("speaking on CNN"), and a
    topic said beside the outlet is kept."""
    found = _found(make_context, text, cue)
    assert [_claim(text, a) for a in found] == [topic]


@pytest.mark.model
def test_thanks_inside_a_quote_are_their_speakers(make_context):
    """A quoted "we thank" is the speaker's, so only the writer's own thanks say nothing."""
    text = "\u201cWe thank God no one was killed,\u201d the mayor said."
    thank = next(t for t in make_context(text).doc if t.lower_ == "thank")
    assert not says_nothing(thank, find_quotes(text))
    assert says_nothing(thank, [])


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "Q: The rebels say the bridge was destroyed. What is your response?",
        "QUESTION: According to the rebels, the bridge was destroyed. Is that right?",
        "Q: The rebels' claim that the bridge was destroyed has spread. Your view?",
    ],
)
def test_a_transcripts_question_turn_claims_nothing_and_its_answer_does(make_context, question):
    text = question + "\n\nMINISTER: The bridge is intact."
    found = extract_attributions(make_context(text))
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("MINISTER", "The bridge is intact.")
    ]


@pytest.mark.model
def test_a_trailing_reporter_in_a_question_turn_claims_nothing(make_context):
    text = "Q: The ferry sank near the pier, the coast guard said. Is that so?"
    assert extract_attributions(make_context(text)) == []


@pytest.mark.model
def test_an_answer_on_the_question_s_line_keeps_its_claim(make_context):
    text = "Q: What did the coast guard say? A: The coast guard said the ferry sank."
    found = extract_attributions(make_context(text))
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("The coast guard", "the ferry sank")
    ]


@pytest.mark.parametrize("label", ["A:", "ANSWER:"])
def test_a_claim_in_the_answer_on_the_question_s_line_starts_after_its_label(label):
    text = f"Q: Did the army shell the bridge, as farmers said? {label} It did, the mayor said."
    asked = _said_at(text, text.index("said"), claim_end=text.index(", as"))
    answered = _said_at(text, text.rindex("said"), claim_end=text.index(", the mayor"))
    assert outside_question_turns([asked, answered], text) == [answered]
    assert text[answered.claim[0] : answered.claim[1]] == "It did"


def _said_at(text: str, cue: int, claim_end: int) -> Found:
    """A finding of the cue "said" at `cue` whose claim runs from the start of the text."""
    return Found(claim=(0, claim_end), source=[], cue=(cue, cue + 4, "said"), verb_class="say")


def test_the_claim_floor_is_the_answer_on_a_question_line_and_the_start_elsewhere():
    text = "The port was shut.\nQ: Is it open? A: No, it is not."
    assert claim_floor(text, text.index("shut")) == 0
    assert claim_floor(text, text.index("open")) is None
    assert claim_floor(text, text.index("it is not")) == text.index("No,")


@pytest.mark.model
def test_a_question_asked_in_running_text_still_reports(make_context):
    text = "The mayor said the bridge was safe, didn't he?"
    assert [a.cue.text for a in extract_attributions(make_context(text))] == ["said"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sudan: Flash Update No. 3\n\nFighting continued in the capital.",
        "Transcript: Coast Guard briefing on the collision\n\nThe briefing began at noon.",
        "Analysis: What a siege of the port would look like\n\nThe port handles most fuel.",
        "Interview: The war will end by the summer\n\nThe general spoke in Kyiv.",
        "FACT CHECK: The army bombed the hospital twice\n\nThe post spread online.",
        "Morning Briefing: Rebels take the airport\n\nFighting continued.",
        "The port was quiet all day, and no ship came in or out of it.\n\n"
        "Morning Briefing: Rebels take the airport",
    ],
)
def test_a_pieces_kind_or_a_documents_title_before_a_colon_is_no_speaker(make_context, text):
    assert extract_attributions(make_context(text)) == []


@pytest.mark.model
def test_a_speaker_before_a_colon_still_speaks(make_context):
    text = "Mayor Ruiz: The bridge will reopen next week\n\nWork resumed on Monday."
    found = extract_attributions(make_context(text))
    assert [(a.source.text, _claim(text, a)) for a in found] == [
        ("Mayor Ruiz", "The bridge will reopen next week")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "The health ministry revised its death toll from the flood down to 41.",
            "revised",
            "its death toll from the flood down to 41",
        ),
        ("Officials raised the toll to 45 on Monday.", "raised", "the toll to 45"),
        (
            "Police lowered their estimate to 300 marchers.",
            "lowered",
            "their estimate to 300 marchers",
        ),
    ],
)
def test_a_source_changing_its_own_count_states_the_new_figure(make_context, text, cue, claim):
    found = _found(make_context, text, cue)
    assert [(_claim(text, a), a.cue.verb_class, a.certainty) for a in found] == [
        (claim, "say", "asserted")
    ]


@pytest.mark.model
def test_raising_a_number_of_troops_is_an_act(make_context):
    assert (
        extract_attributions(make_context("The army raised the number of troops to 5,000.")) == []
    )


@pytest.mark.model
def test_a_source_that_does_not_disclose_a_figure_states_none(make_context):
    text = "The toll could not be verified, and the army does not disclose its own losses."
    assert extract_attributions(make_context(text)) == []


@pytest.mark.model
def test_declaring_days_of_mourning_is_an_act(make_context):
    text = "The president called the attack a crime and declared three days of national mourning."
    found = extract_attributions(make_context(text))
    assert [a.cue.text for a in found] == ["called"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jones said the crisis reminds him of the war, adding that peace was far off.", "adding"),
        (
            "Walsh said the vote reminds him of the song titled “The Fall,” explaining, “It is"
            " a tragedy for all of us.”",
            "explaining",
        ),
    ],
)
def test_an_adjunct_after_what_reminds_a_reporter_is_the_reporters(make_context, text, cue):
    """ "reminds him of the war" calls something to mind and says nothing, so the participle
    after it goes on with the reporter, also past a comma inside a closing quote mark."""
    assert [a.source.text for a in _found(make_context, text, cue)] == [text.split()[0]]


@pytest.mark.parametrize(
    ("words", "deps", "expected"),
    [
        # "He's been ratcheting up his critique", "He" misread as a passive subject.
        (
            ["He", "'s", "been", "ratcheting", "up", "his", "critique"],
            ["nsubjpass", "aux", "aux", "ROOT", "prep", "poss", "pobj"],
            "He",
        ),
        # "Aid was being passed despite her objection": the aid has no objection.
        (
            ["Aid", "was", "being", "passed", "despite", "her", "objection"],
            ["nsubjpass", "auxpass", "aux", "ROOT", "prep", "poss", "pobj"],
            "her",
        ),
    ],
)
def test_a_possessive_stands_for_a_passive_subject_only_as_its_pronoun(words, deps, expected):
    from sitrep.extract.attribution_possessors import possessor_as_subject

    tags = ["PRP" if words[0] == "He" else "NN", "VBZ", "VBN", "VBG", "IN", "PRP$", "NN"]
    doc = _parsed(words, [3, 3, 3, 3, 3, 6, 4], deps, tags)
    assert [t.text for t in possessor_as_subject([doc[5]])] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "line",
    [
        "One conclusion: Interviews are a poor way to pick new staff.",
        "Another challenge: Most states have passed the deadline for new ballots.",
        "The upshot: Voters will wait longer for the results.",
    ],
)
def test_a_writers_lead_in_before_a_colon_is_no_speaker(make_context, line):
    """ "One conclusion: ...": the writer announces what follows; "Senator: ..." still speaks."""
    text = line + "\n\nSenator: The deal is dead."
    found = extract_attributions(make_context(text))
    assert [(a.source.text, _claim(text, a)) for a in found] == [("Senator", "The deal is dead.")]


@pytest.mark.model
def test_a_participle_set_off_after_a_passive_speaks_for_its_subject(make_context):
    """ "The senator was booed, calling for ...": the booed senator calls; without the comma
    ("at the rally calling for") the participle may describe the rally, and stays unassigned."""
    text = "The senator was booed at the rally, calling for a recount."
    assert [a.source.text for a in _found(make_context, text, "calling")] == ["The senator"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Q: Did the army shell the town, as residents said? A: It did, the minister said.",
        "QUESTION: Did the army shell the town? ANSWER: It did, the minister said.",
    ],
)
def test_an_answer_on_the_question_s_line_claims_only_the_answer(make_context, text):
    """The trailing reporter's paragraph scope must not take the question back in."""
    assert _cued(make_context, text) == [("the minister", "said", "It did")]


def test_going_after_a_person_is_a_cue_but_chasing_gunmen_or_a_time_is_not():
    from sitrep.extract.attribution_verbal import verbal
    from sitrep.extract.cues import VERB_FORMS, is_cue_verb

    def went_after(subject: str, target: list[str], tags: list[str]):
        words = [subject, "went", "after", *target, "."]
        heads = [1, 1, 1, *[2 + len(target)] * (len(target) - 1), 2, 1]
        deps = ["nsubj", "ROOT", "prep", *["det"] * (len(target) - 1), "pobj", "punct"]
        return _parsed(words, heads, deps, ["NNP", "VBD", "IN", *tags, "."])

    words = went_after("Lee", ["him"], ["PRP"])
    found = verbal(words[1], words[:], [], {})
    assert found is not None
    assert words.text[found.claim[0] : found.claim[1]] == "him"
    assert not is_cue_verb(went_after("Police", ["the", "gunmen"], ["DT", "NNS"])[1])
    assert not is_cue_verb(went_after("Lee", ["the", "vote"], ["DT", "NN"])[1])
    assert not is_cue_verb(went_after("rebels", ["him"], ["PRP"])[1])
    assert not is_cue_verb(went_after("Police", ["him"], ["PRP"])[1])
    assert not is_cue_verb(went_after("prosecutors", ["him"], ["PRP"])[1])
    assert VERB_FORMS["went"] == VERB_FORMS["gone"] == "go"
    assert "god" not in VERB_FORMS


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "cue", "claim_part"),
    [
        ("Okafor went after Lee on Wednesday over his taxes.", "Okafor", "went", "Lee"),
        (
            "The column included an admission from the mayor that raising fares would not help.",
            "the mayor",
            "admission",
            "raising fares would not help",
        ),
        (
            "Investigators determined that setting the fire was deliberate.",
            "Investigators",
            "determined",
            "setting the fire was deliberate",
        ),
    ],
)
def test_attacks_in_words_and_clauses_with_a_clausal_subject_are_claims(
    make_context, text, source, cue, claim_part
):
    assert _source_and_part(make_context, text, cue, claim_part) == (source, True)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("boomed", "boom"),
        ("barked", "bark"),
        ("beamed", "beam"),
        ("mouthing", "mouth"),
        ("demurred", "demur"),
        ("surmised", "surmise"),
    ],
)
def test_loud_curt_silent_and_guarded_speaking_are_cues(form, lemma):
    assert VERB_FORMS[form] == lemma
    assert lemma in VERB_CLASSES


@pytest.mark.model
def test_a_manner_of_speaking_reports_its_quote_but_a_booming_economy_says_nothing(make_context):
    text = "Asked which port he liked best, he demurred: “The one I sail from.”"
    assert _source_and_part(make_context, text, "demurred", "The one I sail") == ("he", True)
    assert not _found(make_context, "The economy boomed last year.", "boomed")


def test_a_case_made_is_a_claim_when_the_parser_reads_the_case_as_a_subject():
    from sitrep.extract.cue_case_made import case_made

    doc = _parsed(
        ["Lee", "made", "the", "case", "to", "end", "conscription", "."],
        [1, 1, 3, 5, 5, 1, 5, 1],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj", "punct"],
        ["NNP", "VBD", "DT", "NN", "TO", "VB", "NN", "."],
    )
    found = case_made(doc[3], [])
    assert found is not None
    assert [t.text for t in found.source] == ["Lee"]
    assert doc.text[found.claim[0] : found.claim[1]] == "to end conscription"
    addressed = _parsed(
        [
            "Lee",
            "made",
            "the",
            "case",
            "to",
            "voters",
            "gathered",
            "here",
            "that",
            "she",
            "can",
            "win",
            ".",
        ],
        [1, 1, 3, 6, 3, 4, 1, 6, 11, 11, 11, 6, 1],
        [
            "nsubj",
            "ROOT",
            "det",
            "nsubj",
            "prep",
            "pobj",
            "ccomp",
            "advmod",
            "mark",
            "nsubj",
            "aux",
            "advcl",
            "punct",
        ],
        ["NNP", "VBD", "DT", "NN", "IN", "NNS", "VBN", "RB", "IN", "PRP", "MD", "VB", "."],
    )
    found = case_made(addressed[3], [])
    assert found is not None
    assert addressed.text[found.claim[0] : found.claim[1]] == "she can win"
    court = _parsed(
        ["The", "case", "made", "headlines", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "dobj", "punct"],
        ["DT", "NN", "VBD", "NNS", "."],
    )
    assert case_made(court[1], []) is None


def test_who_went_so_far_as_to_say_it_is_the_speaker():
    from sitrep.extract.attribution_verbal import verbal

    doc = _parsed(
        ["Lee", "went", "so", "far", "as", "to", "say", "that", "it", "failed", "."],
        [1, 1, 3, 1, 6, 6, 3, 9, 9, 6, 1],
        [
            "nsubj",
            "ROOT",
            "advmod",
            "advmod",
            "mark",
            "aux",
            "advcl",
            "mark",
            "nsubj",
            "ccomp",
            "punct",
        ],
        ["NNP", "VBD", "RB", "RB", "IN", "TO", "VB", "IN", "PRP", "VBD", "."],
    )
    found = verbal(doc[6], doc[:], [], {})
    assert found is not None
    assert [t.text for t in found.source] == ["Lee"]
    assert doc.text[found.claim[0] : found.claim[1]] == "that it failed"


def test_grilling_or_trashing_is_a_cue_against_a_person_or_with_a_reason_only():
    from sitrep.extract.cues import is_cue_verb

    grilled = _parsed(
        ["Lee", "grilled", "the", "chief", "over", "the", "scandal", "."],
        [1, 1, 3, 1, 1, 6, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
        ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "."],
    )
    assert is_cue_verb(grilled[1])
    for verb, thing in [("grilled", "burgers"), ("trashed", "room")]:
        act = _parsed(
            ["Fans", verb, "the", thing, "."],
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "det", "dobj", "punct"],
            ["NNS", "VBD", "DT", "NN", "."],
        )
        assert not is_cue_verb(act[1])


@pytest.mark.model
def test_a_crowds_chants_of_a_slogan_are_its_claim(make_context):
    text = "The fans gathered early. Their chants of “Go Lee!” filled the hall."
    assert _source_and_part(make_context, text, "chants", "Go Lee!") == ("Their", True)


@pytest.mark.model
def test_a_name_someone_dubs_a_rival_is_a_claim_but_a_project_dubbed_so_is_not(make_context):
    text = "He mocked Lee, whom he dubbed “the junior mayor.”"
    assert _source_and_part(make_context, text, "dubbed", "the junior mayor") == ("he", True)
    assert not _found(make_context, "The new fund, dubbed “Hope,” opened on Monday.", "dubbed")


def test_a_title_opening_with_a_verb_of_one_construction_credits_no_one():
    from sitrep.extract.cues import is_inverted_credit

    title = _parsed(
        ["Gone", "Girl", ":", "the", "film", "returns", "."],
        [1, 5, 5, 4, 5, 5, 5],
        ["amod", "nsubj", "punct", "det", "nsubj", "ROOT", "punct"],
        ["VBN", "NNP", ":", "DT", "NN", "VBZ", "."],
    )
    assert not is_inverted_credit(title[0])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israel went after him in a series of air strikes.",
        "Hamas went after him for months.",
        "Federal agents went after him at the border.",
        "A mob went after her outside the court.",
    ],
)
def test_a_state_an_armed_group_agents_or_a_mob_going_after_someone_is_no_cue(make_context, text):
    """A chase or an arrest, not words: who goes after someone tells which."""
    assert _found(make_context, text, "went") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Okafor went after him with a knife outside the bar.",
        "Okafor went after Lee with a baseball bat outside the bar.",
    ],
)
def test_going_after_someone_with_a_weapon_is_no_cue(make_context, text):
    assert _found(make_context, text, "went") == []


@pytest.mark.model
def test_going_after_someone_with_words_is_still_a_cue(make_context):
    """Only a weapon makes the "with" phrase an assault; a barrage of insults is words."""
    text = "Okafor went after Lee with a barrage of insults at a rally, saying he had failed."
    assert [a.source.text for a in _found(make_context, text, "went")] == ["Okafor"]


@pytest.mark.parametrize(
    ("words", "lemmas"),
    [
        (["Officials", "Said", "the", "ferry", "sank"], ["", "", "", "", ""]),
        (["She", "reckoned", "it", "was", "over"], ["she", "reckon", "it", "be", "over"]),
        (["Envoys", "MUTTERED", "about", "tariffs"], ["envoy", "Mutter", "about", "Tariff"]),
    ],
)
def test_cue_lemmas_of_a_document_are_each_tokens_cue_lemma(words, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words, lemmas=lemmas)
    assert cue_lemmas(doc) == [cue_lemma(token) for token in doc]
    assert cue_lemmas(doc) is cue_lemmas(doc)  # kept for the document, not rebuilt


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The governor met Mayor Lena Okoro, who said the budget plan was unfair, adding that"
            " the city would sue.",
            "adding",
            "Mayor Lena Okoro",
        ),
        (
            "Senators questioned Dr. Paul Verhoef, who told them the vaccine was safe, arguing that"
            " delays would cost lives.",
            "arguing",
            "Dr. Paul Verhoef",
        ),
        # no comma before "who": the relative clause picks the engineers out, and the main
        # clause's subject may be the one who goes on
        (
            "The council praised the engineers who said the bridge was sound, noting that repairs"
            " had ended early.",
            "noting",
            "The council",
        ),
    ],
)
def test_a_participle_after_a_who_said_clause_is_the_relative_nouns(
    make_context, text, cue, speaker
):
    assert [a.source.text for a in _found(make_context, text, cue)] == [speaker]
