"""Datelines and wire credits in French and English forms, all written for these tests."""

from __future__ import annotations

import pytest

from dragoman.clean.dateline import read_credit, read_dateline

# (first line of a body, place, region, date as written, wire, start of the body after the dateline)
DATELINES = [
    ("BEIJING (AP) – Belarus's president arrived", "BEIJING", None, None, "AP", "Belarus's"),
    ("PARIS (Reuters) - France's finance minister said", "PARIS", None, None, "Reuters", "France's"),
    ("KYIV, Ukraine (AP) — Russian drones struck", "KYIV", "Ukraine", None, "AP", "Russian"),
    ("Moscou (AFP) - Le Kremlin a annoncé", "Moscou", None, None, "AFP", "Le Kremlin"),
    ("WASHINGTON, 5 mars (Reuters) - Le département d'Etat", "WASHINGTON", None, "5 mars", "Reuters", "Le"),
    ("WASHINGTON, March 5 (Reuters) - The State Department", "WASHINGTON", None, "March 5", "Reuters", "The"),
    ("NAIROBI, Kenya (AP) — Police fired tear gas", "NAIROBI", "Kenya", None, "AP", "Police"),
    ("DAKAR (AFP) – Des milliers de manifestants", "DAKAR", None, None, "AFP", "Des"),
    ("Le Caire (AFP) - L'Egypte a proposé", "Le Caire", None, None, "AFP", "L'Egypte"),
    ("Nouvelle-Delhi (AFP) - L'Inde et la Chine", "Nouvelle-Delhi", None, None, "AFP", "L'Inde"),
    ("Rio de Janeiro (Reuters) - Os líderes", "Rio de Janeiro", None, None, "Reuters", "Os"),
    ("TOKYO, Feb. 24 (Kyodo) -- Japan's government", "TOKYO", None, "Feb. 24", "Kyodo", "Japan's"),
    ("BERLIN, 12 juin 2025 (dpa) - L'Allemagne", "BERLIN", None, "12 juin 2025", "dpa", "L'Allemagne"),
    ("ANKARA, June 12 (Anadolu) - Turkish officials", "ANKARA", None, "June 12", "Anadolu", "Turkish"),
    ("MADRID (EFE).- El Gobierno español", "MADRID", None, None, "EFE", "El"),
    ("Pékin (Xinhua) -- La Chine a appelé", "Pékin", None, None, "Xinhua", "La"),
    ("SEOUL, Oct. 3 (Yonhap) -- North Korea fired", "SEOUL", None, "Oct. 3", "Yonhap", "North"),
    ("NEW DELHI (PTI) - India on Monday", "NEW DELHI", None, None, "PTI", "India"),
    ("MOSCOW, Aug 14 (TASS) - Russian Foreign Minister", "MOSCOW", None, "Aug 14", "TASS", "Russian"),
    ("ROME (ANSA) - Italy's prime minister", "ROME", None, None, "ANSA", "Italy's"),
    ("KYIV, Ukraine — Ukrainian forces said", "KYIV", "Ukraine", None, None, "Ukrainian"),
    ("UNITED NATIONS — The Security Council voted", "UNITED NATIONS", None, None, None, "The"),
    ("PORT-AU-PRINCE, Haïti (AFP) - La police haïtienne", "PORT-AU-PRINCE", "Haïti", None, "AFP", "La"),
    ("ST. LOUIS (AP) — A federal judge", "ST. LOUIS", None, None, "AP", "A"),
    ("N'DJAMENA (AFP) - Le Tchad a rompu", "N'DJAMENA", None, None, "AFP", "Le"),
    ("Bruxelles, mardi 4 mars (AFP) - L'UE a adopté", "Bruxelles", None, "mardi 4 mars", "AFP", "L'UE"),
    ("JERUSALEM, Sept. 18 (Reuters) - Israel said", "JERUSALEM", None, "Sept. 18", "Reuters", "Israel"),
    ("(AFP) - Le gouvernement malien a annoncé", None, None, None, "AFP", "Le"),
    ("BEIJING French luxury goods firm Louis Vuitton", "BEIJING", None, None, None, "French"),
    ("LONDON A senior British politician", "LONDON", None, None, None, "A"),
    ("DIKILI, Turkey Two ferries carrying migrants", "DIKILI", "Turkey", None, None, "Two"),
    ("CHICAGO —A federal judge on Wednesday", "CHICAGO", None, None, None, "A"),
    ("GENEVA, 3 March 2025 (AFP) - The World Health", "GENEVA", None, "3 March 2025", "AFP", "The"),
    ("Abidjan, 2 oct (AFP) - Le président ivoirien", "Abidjan", None, "2 oct", "AFP", "Le"),
    ("KINSHASA, 14/02 (Reuters) - La RDC", "KINSHASA", None, "14/02", "Reuters", "La"),
    ("WASHINGTON (AP Photo) — Congress", "WASHINGTON", None, None, "AP", "Congress"),
]

NOT_DATELINES = [
    "La Chine revendique la neutralité dans la guerre.",
    "NATO Secretary-General Mark Rutte said on Monday",
    "NATO warned Russia on Monday.",  # ("NAT" is a place name: a dateline ends with a word)
    "UN officials warned that aid was running out.",
    "The EU (European Union) said on Friday that",
    "Le président (Emmanuel Macron) a dit",
    "US President Joe Biden said",
    "Washington a annoncé mardi de nouvelles sanctions",
    "",
]


@pytest.mark.parametrize(("line", "place", "region", "date_text", "wire", "body"), DATELINES)
def test_dateline(
    line: str, place: str | None, region: str | None, date_text: str | None, wire: str | None, body: str
) -> None:
    found = read_dateline(line)
    assert found is not None, line
    dateline, start = found
    assert (dateline.place, dateline.region, dateline.date_text, dateline.wire) == (
        place,
        region,
        date_text,
        wire,
    )
    assert line[start:].startswith(body), (line[start:], body)
    assert dateline.text == line[: len(dateline.text)]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_not_a_dateline(line: str) -> None:
    assert read_dateline(line) is None


CREDITS = [
    ("(avec AFP)", "AFP", 0),
    ("(with Reuters)", "Reuters", 0),
    ("— AP", "AP", 0),
    ("-- Reuters", "Reuters", 0),
    ("(AFP)", "AFP", 0),
    ("AFP", "AFP", 0),
    ("(Reporting by Jane Roe in Dakar; Editing by John Doe)", "Reuters", 0),
    ("Copyright 2025 The Associated Press. All rights reserved.", "AP", 0),
    ("© AFP 2025", "AFP", 0),
    ("(avec AFP et Reuters)", "AFP", 0),
    ("Les discussions reprendront lundi, a-t-il conclu. (avec AFP)", "AFP", 49),
]


@pytest.mark.parametrize(("line", "wire", "start"), CREDITS)
def test_credit(line: str, wire: str, start: int) -> None:
    assert read_credit(line) == (wire, start)


@pytest.mark.parametrize(
    "line",
    [
        "The AP reported on Friday that talks had stalled.",
        "Les négociations se poursuivent.",
        "Reuters said.",
    ],
)
def test_not_a_credit(line: str) -> None:
    assert read_credit(line) is None
