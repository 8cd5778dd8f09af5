"""Event words read in the sense their sentence gives them: offensives waged with arms (not
charm), killings with no cause named whoever reports them, sanctions imposed (not in force),
warnings that threaten, convoys stopped; and mentions that are no act of their own: the
condition of an "until" clause and an act named in a relative clause on the report's source.
Sentences are invented; reports are dated 2025-03-14, a Friday."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import sitrep
from sitrep.extract.event_conditions import awaited_condition
from sitrep.extract.event_denied_claims import in_denied_claim
from sitrep.extract.event_senses import sense_entry
from sitrep.extract.event_source_asides import said_of_by_source

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = "2025-03-14"


def events_of(text: str) -> list[sitrep.Event]:
    return list(sitrep.extract(text, published=PUBLISHED).events)


def told(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(e.trigger, e.type, e.plover, e.modality) for e in events_of(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Russian forces launched a major offensive near Lyman on Sunday.",
            "offensive",
            "happened",
        ),
        ("Russia began a new offensive in the Belgorod region on Sunday.", "offensive", "happened"),
        ("The army mounted an offensive against Toretsk on Sunday.", "offensive", "happened"),
        (
            "Ukrainian troops launched a counteroffensive near Vasylivka.",
            "counteroffensive",
            "happened",
        ),
        (
            "Moscow denied that its forces had launched an offensive near Lyman.",
            "offensive",
            "denied",
        ),
        ("Russia denied launching an offensive near Lyman.", "offensive", "denied"),
        ("The rebels are to launch an offensive on Kismayo next month.", "offensive", "planned"),
    ],
)
def test_an_offensive_is_an_attack(text: str, trigger: str, modality: str) -> None:
    assert (trigger, "attack", modality) in [(t, ty, m) for t, ty, _, m in told(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister launched a charm offensive in Brussels on Monday.",
        "Beijing began a diplomatic offensive across Latin America last year.",
        "The senator made offensive remarks about the refugees on Tuesday.",
        "The minister said the remarks were offensive.",
        "Kyiv is bracing for an expected counteroffensive near Lyman.",
        "The envoy said he regarded the offensive as an affront to the treaty.",
        "Convoys left the region a day after the army recaptured it in a swift offensive.",
        "The ruling party went on the offensive in the senate on Wednesday.",
        "The coalition has taken the offensive in the budget talks.",
        "The mayor was on the offensive at the press conference.",
    ],
)
def test_an_offensive_of_words_is_no_attack(text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "attack"]


def test_a_counteroffensive_the_tagger_calls_an_adjective_keeps_its_actor_and_date() -> None:
    text = "Israel's counteroffensive began on Monday near Gaza."  # tagged JJ by the small model
    attack = next(e for e in events_of(text) if e.type == "attack")
    assert (attack.trigger, attack.actor, attack.date) == (
        "counteroffensive",
        "Israel",
        "2025-03-10",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed in Kramatorsk on Wednesday, officials said.",
        "Seven people were killed in Kramatorsk on Wednesday, police said.",
        "Seven people were killed in Kramatorsk on Wednesday, the governor said.",
        "Seven people were killed in Kramatorsk on Wednesday.",
        "A man was killed in Tororo on Friday, witnesses said.",
        "Four soldiers were killed in Tororo on Friday, officials said.",
    ],
)
def test_people_killed_with_no_cause_named_is_an_attack_whoever_reports_it(text: str) -> None:
    attacks = [e for e in events_of(text) if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].killed is not None and attacks[0].place is not None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed in a crash near Kramatorsk on Wednesday, officials said.",
        "Two men were killed when their bus overturned near Tororo on Friday, officials said.",
        "Two men were killed by lightning in Tororo on Friday.",
        "Seven people were killed in a flood in Kramatorsk on Wednesday.",
        "Thirty goats were killed in Tororo on Friday, officials said.",  # no people
        "Four climbers were killed on Kilimanjaro on Friday, officials said.",
        "Eight workers were killed in Tororo on Friday, officials said. A gas leak set off the "
        "blast at the plant.",  # the cause told next
        # a running toll in the perfect counts the dead of whatever is going on: no act of its own
        "More than 60 people have been killed in Dorna, a relief group said on Wednesday.",
    ],
)
def test_people_killed_in_an_accident_is_no_attack(text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "attack"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a cable cut is no sanction; ties cut are
            "A freighter dragged its anchor across the seabed, severing a data cable linking "
            "Norway and Denmark on Monday.",
            [],
        ),
        (
            "Pakistan severed diplomatic ties with Kabul on Monday.",
            [("severed", "sanction", "SANCTION", "happened")],
        ),
        ("The barge carries Iranian crude despite sanctions.", []),  # sanctions in force
        ("The tanker evaded sanctions by switching off its transponder.", []),
        (
            "The European Union imposed sanctions on Minsk on Monday.",
            [("sanctions", "sanction", "SANCTION", "happened")],
        ),
        ("The Red Cross warned that starvation was imminent in Darfur.", []),  # no threat
        (
            "The rebels threatened to strike Kinshasa.",
            [("threatened", "statement", "THREATEN", "happened")],
        ),
        (
            "The president warned that the country would respond with force.",
            [("warned", "statement", "THREATEN", "happened")],
        ),
        (
            "The army warned of a harsh response in Kidal.",
            [("warned", "statement", "THREATEN", "happened")],
        ),
        (
            "Soldiers stopped a relief convoy of 30 trucks at a checkpoint in Rafah on Friday.",
            [("stopped", "other", "COERCE", "happened")],
        ),
        (
            "Soldiers turned back a convoy of 12 aid trucks at the crossing on Friday.",
            [("turned", "other", "COERCE", "happened")],
        ),
        ("Relief convoy blocked at border crossing", [("blocked", "other", "COERCE", "happened")]),
        ("The convoy stopped at the border for the night.", []),
        (
            "The senate blocked the nomination of the envoy on Tuesday.",
            [("blocked", "statement", "REJECT", "happened")],
        ),
        (  # aid deep in the object is no convoy stopped: still a refusal
            "Britain blocked a council motion calling for more aid to Kordofan.",
            [("blocked", "statement", "REJECT", "happened")],
        ),
        (  # relief goods named by the shared relief list, as an arriving convoy's are
            "Soldiers stopped vaccines bound for the camp at the checkpoint on Friday.",
            [("stopped", "other", "COERCE", "happened")],
        ),
        # goods of trade stopped are no blockade
        ("Norland stopped wheat exports on Tuesday.", []),
        ("Border guards stopped drugs worth $3 million at the port on Friday.", []),
        # contraband, or goods stopped by the law's officers with no aid named: no blockade
        ("Customs officers stopped a shipment of diesel smuggled from Togo on Friday.", []),
        ("Police stopped a lorry carrying medicines stolen from a clinic in Jos on Friday.", []),
        (  # aid named: the officers' stop is still a blockade
            "Police stopped an aid convoy bound for the camp on Friday.",
            [("stopped", "other", "COERCE", "happened")],
        ),
        (  # must not change: the object's head is a convoy
            "Militiamen blocked an aid convoy at the crossing on Friday.",
            [("blocked", "other", "COERCE", "happened")],
        ),
    ],
)
def test_a_word_is_read_in_its_sentence_s_sense(
    text: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert told(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (  # a condition is no act; the attacks vowed are still planned
            "The group vowed to keep attacking British troops until they withdraw from Yemen.",
            "withdraw",
            "attacking",
        ),
        (  # a past "until" tells what happened
            "The rebels held Goma until government troops recaptured it in May.",
            None,
            "recaptured",
        ),
        (  # the source's words about the seizure are no second act with the source as actor
            "Russian troops took 40 square miles around Vovchansk, according to British "
            "officials, who called the assault the largest advance this year.",
            "assault",
            "took",
        ),
        (
            "British officials, who described the assault as a failure, said Russian troops "
            "took 40 square miles around Vovchansk.",
            "assault",
            "took",
        ),
        (  # what the source reports in its relative clause is news
            "Two million people need food, according to the relief agency, which said it had "
            "halted deliveries after a driver was shot dead near Dessie.",
            None,
            "shot",
        ),
    ],
)
def test_conditions_and_sources_words_are_no_acts(
    text: str, absent: str | None, present: str
) -> None:
    triggers = [e.trigger for e in events_of(text)]
    assert present in triggers and (absent is None or absent not in triggers)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ('"We are to hold talks in Geneva on Friday," the envoy said.', "planned"),
        ("The two armies are due to hold talks in Geneva next week.", "planned"),
        ("The rebels held talks in Geneva on Friday.", "happened"),
    ],
)
def test_an_act_noun_on_a_timetable_is_planned(text: str, modality: str) -> None:
    assert [e.modality for e in events_of(text) if e.trigger == "talks"] == [modality]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        ("The army denied it had carried out any strike on the school.", "strike", True),
        ("Moscow denied launching an offensive near Lyman.", "offensive", True),
        (
            "The army denied it had carried out any strike on the school and said that four "
            "people were killed when its jets struck a depot nearby.",
            "struck",
            False,
        ),
        ("The rebels shelled the town and denied any role.", "shelled", False),
    ],
)
def test_an_act_inside_a_denial_is_told_apart(
    nlp: Language, text: str, word: str, denied: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert in_denied_claim(token) is denied


@pytest.mark.model
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Caracas warned that its troops are ready to strike rebel camps.", "THREATEN"),
        ("The junta warned that we will crush any revolt.", "THREATEN"),
        ("The agency warned that famine was imminent in Kordofan.", None),  # must not change
        ("The agency warned that it would run out of food within two weeks.", None),
        ("The charity warned that its clinics will face closure next month.", None),
        ("The militia warned that it would strike the airport.", "THREATEN"),
    ],
)
def test_a_warning_of_the_speakers_own_side_threatens(
    nlp: Language, text: str, plover: str | None
) -> None:
    verb = next(t for t in nlp(text) if t.text == "warned")
    assert sense_entry(verb, ("statement", "THREATEN", "warn")) == ("statement", plover, "warn")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (  # the strike is told nowhere else: kept
            "Officials, who described the strike as the worst this month, said nine people "
            "died in Lemvo.",
            False,
        ),
        (  # the strike was only condemned before, never told: kept with its dead
            "The minister condemned the strike. Officials, who described the strike as a "
            "crime, said nine people died in Lemvo.",
            False,
        ),
        (  # an earlier strike that hit a town is the one the aside names again
            "A strike hit Lemvo on Monday. Officials, who described the strike as a crime, "
            "said nine people died.",
            True,
        ),
        (  # must not change: the seizure is told in the sentence
            "Rebel troops took 30 square miles near Kordo, according to Western officials, who "
            "called the assault the biggest gain this year.",
            True,
        ),
    ],
)
def test_an_asides_noun_points_back_only_at_an_act_told(
    nlp: Language, text: str, dropped: bool
) -> None:
    noun = [t for t in nlp(text) if t.text in ("strike", "assault")][-1]
    assert said_of_by_source(noun) is dropped


def test_a_killing_after_a_told_attack_is_its_toll_not_a_second_act() -> None:
    text = (
        "A bomb struck a bus in Kramatorsk on Wednesday, the police said. "
        "The governor said seven people were killed."
    )
    assert [e.trigger for e in events_of(text) if e.duplicate_of is None] == ["struck"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "awaited"),
    [
        ("They will keep fighting until the troops withdraw from Yemen.", "withdraw", True),
        (  # a reported "would" puts the condition in the past tense
            "He said the raids would continue until Britain ended its offensive in Yemen.",
            "offensive",
            True,
        ),
        ("The rebels held Goma until government troops recaptured it in May.", "recaptured", False),
    ],
)
def test_an_until_clause_is_a_condition_unless_told_done(
    nlp: Language, text: str, word: str, awaited: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert awaited_condition(token) is awaited


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("The shells had released a toxic gas over the town.", None),
        ("The junta released forty prisoners.", ("other", "CONCEDE", "release")),
    ],
)
def test_a_gas_released_is_no_concession(
    nlp: Language, text: str, entry: tuple[str, str, str] | None
) -> None:
    verb = next(t for t in nlp(text) if t.text == "released")
    assert sense_entry(verb, ("other", "CONCEDE", "release")) == entry
