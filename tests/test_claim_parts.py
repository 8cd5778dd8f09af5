"""Claim parts: what was said, apart from the reporting clause that interrupts a quote."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.claim_parts import claim_parts, reporting_clause
from sitrep.extract.quotes import find_quotes
from sitrep.model import Attribution, Cue, Offsets, Source


def _parts(text: str, claim: str, source: str, cue: str) -> list[str]:
    """The parts of the claim `claim` (its first occurrence), spoken by `source` with `cue`."""
    start = text.index(claim)
    offsets = Offsets(start, start + len(claim))
    s, c = text.index(source), text.index(cue)
    clause = reporting_clause(
        text,
        offsets,
        Source(s, s + len(source), source, "named_person"),
        Cue(c, c + len(cue), cue, "say"),
        find_quotes(text),
    )
    return [text[p.start : p.end] for p in claim_parts(text, offsets, clause)]


@pytest.mark.parametrize(
    ("text", "claim", "source", "cue", "parts"),
    [
        (  # within a sentence
            "“We will hold the line,” the colonel said, “whatever it costs.”",
            "“We will hold the line,” the colonel said, “whatever it costs.”",
            "the colonel",
            "said",
            ["“We will hold the line,”", "“whatever it costs.”"],
        ),
        (  # across sentences, with words of the clause after the cue
            "“The dam held,” the mayor said in a post on Sunday. “The town is dry.”",
            "“The dam held,” the mayor said in a post on Sunday. “The town is dry.”",
            "the mayor",
            "said",
            ["“The dam held,”", "“The town is dry.”"],
        ),
        (  # across a paragraph, the speaker described at length between the parts
            "“We walked all night,” said Mara Lind, a teacher who left the valley with her "
            "three sons and her mother.\n“We have nothing left.”",
            "“We walked all night,” said Mara Lind, a teacher who left the valley with her "
            "three sons and her mother.\n“We have nothing left.”",
            "Mara Lind",
            "said",
            ["“We walked all night,”", "“We have nothing left.”"],
        ),
        (  # nothing interrupts
            "The mayor said “the dam held” on Sunday.",
            "“the dam held”",
            "The mayor",
            "said",
            ["“the dam held”"],
        ),
        (  # a mixed quote: the words before the clause are claim, quoted or not
            "Three bridges were “badly damaged” by the flood, officials said on Monday, "
            "and roads stayed shut",
            "Three bridges were “badly damaged” by the flood, officials said on Monday, "
            "and roads stayed shut",
            "officials",
            "said",
            ["Three bridges were “badly damaged” by the flood", "and roads stayed shut"],
        ),
        (  # an unquoted claim the speaker interrupts
            "The convoy, officials said, reached the city at dawn.",
            "The convoy, officials said, reached the city at dawn",
            "officials",
            "said",
            ["The convoy", "reached the city at dawn"],
        ),
        (  # "as" opens the clause
            "The port, as one adviser pointed out, rarely freezes.",
            "The port, as one adviser pointed out, rarely freezes",
            "one adviser",
            "pointed",
            ["The port", "rarely freezes"],
        ),
        (  # a relative clause after the speaker is the writer's
            "The toll rose to 40, according to the ministry, which does not count fighters.",
            "The toll rose to 40, according to the ministry, which does not count fighters",
            "the ministry",
            "according to",
            ["The toll rose to 40"],
        ),
        (  # the clause closes the claim: it is no part of it
            "“Fine,” she said.",
            "“Fine,” she said.",
            "she",
            "said",
            ["“Fine,”"],
        ),
    ],
)
def test_parts_leave_out_the_reporting_clause(text, claim, source, cue, parts):
    assert _parts(text, claim, source, cue) == parts


def test_a_claim_without_speaker_or_cue_inside_is_one_part():
    text = "Nothing moved in the port, the agency said."
    claim = Offsets(0, text.index(","))
    source = Source(None, None, "", "anonymous_person")
    assert reporting_clause(text, claim, source, None, find_quotes(text)) is None
    assert claim_parts(text, claim, None) == (claim,)


def test_an_attribution_made_without_parts_has_the_claim_as_its_one_part():
    claim = Offsets(3, 9)
    made = Attribution(claim=claim, source=Source(0, 2, "He", "anonymous_person"))
    assert made.parts == (claim,)


@pytest.mark.model
def test_a_quote_joined_across_its_reporting_clause_has_two_parts(make_context):
    text = (
        "“The bridge is gone,” the governor said in a post Saturday. “We will rebuild it "
        "before winter.”"
    )
    found = extract_attributions(make_context(text))
    joined = [a for a in found if a.source.text == "the governor"]
    assert [text[p.start : p.end] for p in joined[0].parts] == [
        "“The bridge is gone,”",
        "“We will rebuild it before winter.”",
    ]
    assert joined[0].direct_quote is True


@pytest.mark.model
def test_a_claim_after_its_speaker_is_one_part(make_context):
    text = "The minister said the bridge would reopen next week."
    (found,) = extract_attributions(make_context(text))
    assert found.parts == (found.claim,)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "claim", "inner"),
    [
        (
            "Despite the new funds, she noted, road spending is set to fall to 0.8 percent of "
            "the budget, which she said would be its lowest ever.",
            "noted",
            "Despite the new funds, she noted, road spending is set to fall to 0.8 percent of "
            "the budget",
            "would be its lowest ever",
        ),
        (
            "Prices will keep rising, the minister warned, unless the port reopens, which she "
            "said could take weeks.",
            "warned",
            "Prices will keep rising, the minister warned, unless the port reopens",
            "could take weeks",
        ),
        (  # the parser takes the relative clause for an adverbial one
            "In March, he argued, the county lost 4,000 jobs, most of which the union said were "
            "in the mills.",
            "argued",
            "In March, he argued, the county lost 4,000 jobs",
            "were in the mills",
        ),
    ],
)
def test_a_claim_stops_before_a_relative_clause_that_reports_on_its_own(
    make_context, text, cue, claim, inner
):
    """ "..., which she said would be ...": the relative clause is a statement of its own, not
    part of the claim before it, and is attributed by itself with no relay."""
    found = extract_attributions(make_context(text))
    outer = next(a for a in found if a.cue and a.cue.text == cue)
    assert text[outer.claim.start : outer.claim.end] == claim
    own = next(a for a in found if a.cue and a.cue.text == "said")
    assert text[own.claim.start : own.claim.end] == inner
    assert own.via == ()


@pytest.mark.model
def test_a_relative_clause_the_claim_goes_on_after_stays_in_it(make_context):
    text = "Mr. Olsen said the council, which the mayor praised, would meet again in May."
    found = extract_attributions(make_context(text))
    said = next(a for a in found if a.cue and a.cue.text == "said")
    assert text[said.claim.start : said.claim.end] == (
        "the council, which the mayor praised, would meet again in May"
    )
