"""Fates and units a reviewer's invented war reports found read wrong: currencies named without a
country, harms told by treatment or by belief, civilians who leave, cross or arrive, shares of a
group, and a toll revised down. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(make_context, text: str):  # type: ignore[no-untyped-def]
    from sitrep.extract.quantities import extract_quantities

    return {q.text: q for q in extract_quantities(make_context(text))}


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The mayor said repairs would cost 3 million lei.", "3 million lei", "RON"),
        ("In Chisinau, officials said repairs would cost 3 million lei.", "3 million lei", "MDL"),
        ("The fine was 40,000 leva.", "40,000 leva", "BGN"),
        ("Tbilisi set aside 9 million lari for the port.", "9 million lari", "GEL"),
        ("The villagers were paid 200,000 drams.", "200,000 drams", "AMD"),
        ("Baku pledged 5 million manat.", "5 million manat", "AZN"),
        ("The ministry in Skopje paid 800,000 denars.", "800,000 denars", "MKD"),
        # a bare "lei" is money with a word of money by it, or in a Romanian story
        ("Tickets to the festival were priced at 50 lei.", "50 lei", "RON"),
        ("Brasov council handed out 200 lei to each pensioner.", "200 lei", "RON"),
    ],
)  # fmt: skip
def test_currencies_named_without_country(make_context, text: str, figure: str, unit: str) -> None:
    found = _found(make_context, text)[figure]
    assert (found.unit, found.measure) == (unit, "money")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a capitalised "Lev" or "Lei" is a name; a dram of drink is no Armenian money
        ("In 1869 Lev Orlov finished the novel.", None),
        ("In 2012 Lei Fang founded the firm.", None),
        ("The bar sold 2 drams of whisky.", "2 drams"),
    ],
)  # fmt: skip
def test_names_and_measures_are_no_bare_currencies(
    make_context, text: str, figure: str | None
) -> None:
    found = _found(make_context, text)
    assert all(q.measure != "money" for q in found.values())
    assert figure is None or figure in found


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # treated for a harm an attack does: injured; treated for an illness: no casualty
        ("Nurses at the district clinic treated about 45 people for breathing difficulties after "
         "the blast.", "about 45 people", "injured"),
        ("A field hospital had treated 17 people with shrapnel injuries by nightfall.",
         "17 people", "injured"),
        ("The clinic treated 300 people for malaria last month.", "300 people", "other"),
        # a passive verb of belief reports its subject's fate
        ("The owners said three deckhands were believed to have been slightly hurt.",
         "three deckhands", "injured"),
        ("Four miners were feared to have died in the collapse.", "Four miners", "killed"),
        ("Four miners were believed to be trapped.", "Four miners", "other"),
        # civilians who leave a town, cross a border or arrive from a camp are the displaced
        ("Officials said some 6,000 families, or about 30,000 people, had left Kadugli in the "
         "past week.", "about 30,000 people", "displaced"),
        ("Officials said some 6,000 families, or about 30,000 people, had left Kadugli in the "
         "past week.", "some 6,000 families", "displaced"),
        ("The total includes about 80,000 people who crossed into neighbouring Chad.",
         "about 80,000 people", "displaced"),
        ("Volunteers said at least 1,200 people arrived by truck on Monday, most of them from the "
         "Zamzam camp.", "at least 1,200 people", "displaced"),
        # troops who leave a town withdraw; a crowd arriving for a match is no flight; members
        # leave a party
        ("About 400 soldiers left Kadugli on Sunday.", "About 400 soldiers", "troops"),
        ("About 3,000 people left the National Congress Party last year.", "About 3,000 people",
         "other"),
        ("About 40,000 people arrived at the stadium for the final.", "About 40,000 people",
         "other"),
        # a journey made for an occasion or a purpose is no flight; flight from danger still is
        ("About 2,000 people arrived from Lisbon for the concert on Saturday.",
         "About 2,000 people", "other"),
        ("About 200 fans crossed into France for the match.", "About 200 fans", "other"),
        ("The 40 tourists who crossed into Italy by car were stopped.", "40 tourists", "other"),
        ("The 25 women left Kabul on a charter flight to study abroad.", "25 women", "other"),
        ("About 300 people crossed into Austria to watch the race.", "About 300 people",
         "other"),
        ("Some 60 residents left Kherson to escape the shelling.", "Some 60 residents",
         "displaced"),
        # a headline's "kills" the tagger reads as a noun
        ("Drone strike kills at least 9 in market town, medics say", "at least 9", "killed"),
        # the toll a revision moved "from": its earlier level
        ("The ministry on Monday lowered the death toll from the flood to 38 from 45.", "45",
         "killed"),
        ("The ministry revised down the death toll from the blast to 12 from 16.", "16",
         "killed"),
        ("The firm lowered its sales forecast to 380 from 450.", "450", "other"),
        # the number of the dead (injured, displaced) moved as an object, the same as a toll
        ("Police lowered the number of dead to 27 from 31.", "31", "killed"),
        ("Officials revised the number of injured to 40 from 55.", "55", "injured"),
        ("Officials revised the number of injured to 40 from 55.", "40", "injured"),
        ("Aid groups raised the number of displaced to 12,000 from 9,000.", "9,000",
         "displaced"),
        ("The club cut the number of staff to 20 from 31.", "31", "other"),
        # the earlier level a casualty figure rose from counts the same fate; not past another
        # figure
        ("Officials said about 20,000 people had fled the district in the past two days, up "
         "from 6,000 families reported on Friday.", "6,000 families", "displaced"),
        ("Medics said 14 people were killed as fuel imports rose to 900 barrels, up from 700.",
         "700", "other"),
        # a share of a group is no toll of less than one person
        ("About 5,000 households had fled, and roughly two-thirds had reached the border town.",
         "roughly two-thirds", "other"),
        ("The hospital received 36 wounded people, about half of them women.", "about half",
         "other"),
        # a share that names its group's figure leaves the figure its fate
        ("Two-thirds of the 300 people killed in the strike were children, officials said.",
         "300 people", "killed"),
        ("Two-thirds of the 300 people killed in the strike were children, officials said.",
         "Two-thirds", "other"),
        # a bare "lei" in a story of neither country, with no money by it, is a garland
        ("Dancers handed out 200 lei to tourists in Honolulu on Monday.", "200 lei", "other"),
    ],
)  # fmt: skip
def test_fates_of_counted_groups(make_context, text: str, figure: str, measure: str) -> None:
    assert _found(make_context, text)[figure].measure == measure


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Officials later revised that toll down to 14, saying two of the dead had drowned.", "14",
         "down"),
        ("The ministry lowered its estimate of the dead down to 31.", "31", "down"),
        ("The ministry on Monday lowered the death toll from the flood to 38 from 45.", "38",
         "down"),
        ("The agency revised down the toll from the storm to 12.", "12", "down"),
        ("Police lowered the number of dead to 27 from 31.", "27", "down"),
        ("The firm lowered its revenue guidance to $84 billion.", "$84 billion", None),
        # a level with no revision before it tells no change
        ("The argument boils down to $12 a head.", "$12", None),
        ("The toll rose to 40.", "40", None),
    ],
)  # fmt: skip
def test_revised_down(make_context, text: str, figure: str, change: str | None) -> None:
    assert _found(make_context, text)[figure].change == change
