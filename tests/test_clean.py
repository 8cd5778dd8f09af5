"""Page furniture: credits, captions, bylines, boilerplate and "In other news" items."""

from __future__ import annotations

import pytest

from sitrep.clean import find_furniture

OTHER_PAGE = """Israeli strikes hit the southern Gaza city of Rafah overnight, health officials said.

Smoke rises over Rafah after an airstrike on Tuesday. Said Khatib/AFP via Getty Images

By Jane Doe and John Roe

The strikes came as talks resumed in Cairo, Reuters reported.

Photo: Anadolu Agency

ADVERTISEMENT

(Reporting by Nidal al-Mughrabi; Editing by Peter Graff)
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_furniture(text)]


def test_seed_furniture(seed_text: str) -> None:
    found = kinds(seed_text)
    credits = [t for k, t in found if k == "credit"]
    assert credits == [
        "KCNA VIA KNS/AFP via Getty Images",
        "KCNA VIA KNS/AFP via Getty Images",
        "AFP via Getty Images",
    ]
    captions = [t for k, t in found if k == "caption"]
    assert len(captions) == 3 and captions[0].startswith("Thousands of North Korean troops appear")
    assert ("byline", "With Post wires.") in found
    assert ("boilerplate", "Comments are closed.") in found
    items = [t for k, t in found if k == "other_news"]
    assert (
        len(items) == 2
        and items[0].startswith("The Group of Seven")
        and items[1].startswith("A Russian drone")
    )


def test_other_page_furniture() -> None:
    found = kinds(OTHER_PAGE)
    assert ("credit", "Said Khatib/AFP via Getty Images") in found
    assert ("caption", "Smoke rises over Rafah after an airstrike on Tuesday.") in found
    assert ("byline", "By Jane Doe and John Roe") in found
    assert ("credit", "Photo: Anadolu Agency") in found
    assert ("boilerplate", "ADVERTISEMENT") in found
    assert any(k == "byline" and t.startswith("(Reporting by") for k, t in found)
    body = [t for k, t in found if "talks resumed" in t or "health officials said" in t]
    assert body == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the Associated Press had not been allowed into the area.",
        "Officials met in Brussels on Monday to discuss aid, said an EU official familiar with Reuters",
        "He spoke to AP.",
    ],
)
def test_body_sentences_that_name_agencies_are_not_credits(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a bracketed caption with an agency-first credit in capitals
        ("(Photo: Rescuers search rubble in Odesa, Ukraine, March 12, 2025. REUTERS/Tom Hale)",
         [("caption", "(Photo: Rescuers search rubble in Odesa, Ukraine, March 12, 2025."),
          ("credit", "REUTERS/Tom Hale)")]),
        ("Smoke rises over Mosul on Monday. Reuters/Lena Kurt",
         [("caption", "Smoke rises over Mosul on Monday."), ("credit", "Reuters/Lena Kurt")]),
        ("[Image: Tanks parked near a checkpoint outside Goma.]",
         [("caption", "[Image: Tanks parked near a checkpoint outside Goma.]")]),
        # the older shapes stay as they were
        ("Smoke rises over Rafah. Said Khatib/AFP via Getty Images",
         [("caption", "Smoke rises over Rafah."), ("credit", "Said Khatib/AFP via Getty Images")]),
        ("Photo: Anadolu Agency", [("credit", "Photo: Anadolu Agency")]),
        # body text naming an agency or a photo stays body text
        ("Officials told Reuters/Ipsos pollsters they would vote.", []),
        ("(The photo was taken in Goma on Monday, officials said.)", []),
    ],
)  # fmt: skip
def test_bracketed_captions_and_agency_first_credits(paragraph, expected) -> None:
    assert kinds(paragraph) == expected


def test_spans_point_into_the_unchanged_text(seed_text: str) -> None:
    for span in find_furniture(seed_text):
        assert 0 <= span.start < span.end <= len(seed_text)
        assert seed_text[span.start : span.end].strip() == seed_text[span.start : span.end]
