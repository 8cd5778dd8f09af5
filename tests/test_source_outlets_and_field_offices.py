"""A known outlet named beside what describes it stays media ("the state news agency of a
country, then its name": `source_outlets.outlet_named_at_head`); an office described by its field
or reach is a body, not a nameless person (`source_office_holders.is_field_office`)."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions


def _source(make_context, text: str) -> tuple[str, str, str]:
    found = extract_attributions(make_context(text))
    assert len(found) == 1
    source = found[0].source
    return source.text, source.kind, source.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey's state news agency Anadolu said the convoy had crossed the border.", "Anadolu"),
        ("South Korea's news agency Yonhap said the talks had ended.", "Yonhap"),
    ],
)
def test_a_known_outlet_after_its_description_is_media(make_context, text, name):
    assert _source(make_context, text)[1:] == ("media", name)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The regional health office said three clinics had closed.",
        "The provincial education office said schools would reopen on Monday.",
    ],
)
def test_an_office_described_by_its_field_is_an_organization(make_context, text):
    assert _source(make_context, text)[1] == "organization"


@pytest.mark.model
def test_an_office_without_description_or_holder_is_not_thereby_a_body(make_context):
    """ "the same office" picks out an office already mentioned; its kind is not its wording."""
    text = "The same office said later that the road was open."
    assert _source(make_context, text)[1] != "organization"
