"""The where/when evaluation: scorers on small items written here, readers on the shared gold corpora (skipped
when ../shared is absent), and the baselines' figures kept as floors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dragoman.evaluate.where_when import (
    GoldItem,
    GoldPlace,
    PredictedPlace,
    first_place,
    first_written_date,
    haversine_km,
    main,
    publication_date,
    read_ecbplus,
    read_gva,
    read_with_coder,
    score_dates,
    score_places,
    written_date,
)
from tests.conftest import shared

PARIS = GoldPlace("Paris", "Paris", 48.85341, 2.3488)
LYON = PredictedPlace("Lyon", 45.74846, 4.84671)


def item(doc_id: str, *, day: date | None = None, places: tuple[GoldPlace, ...] = ()) -> GoldItem:
    return GoldItem(corpus="test", doc_id=doc_id, text="", date=day, places=places)


def test_haversine() -> None:
    assert haversine_km(48.85341, 2.3488, 51.50853, -0.12574) == pytest.approx(343.5, abs=1.0)  # Paris–London
    assert haversine_km(10.0, 20.0, 10.0, 20.0) == 0.0
    assert haversine_km(0.0, 179.9, 0.0, -179.9) == pytest.approx(22.2, abs=0.1)  # across the date line


def test_score_places() -> None:
    items = [item("a", places=(PARIS,)), item("b", places=(PARIS,)), item("c", places=(PARIS,)), item("d")]
    answers = {
        "a": PredictedPlace("Versailles", 48.80359, 2.13424),  # 17 km away: right
        "b": LYON,  # 390 km away: wrong
        "c": None,
    }
    score = score_places(items, lambda it: answers.get(it.doc_id))
    assert (score.n, score.answered, score.correct, score.skipped) == (3, 2, 1, 1)
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.answered_accuracy == pytest.approx(1 / 2)
    assert score.misses[0][:2] == ("b", "Paris")


def test_score_places_by_name_without_coordinates() -> None:
    gold = GoldPlace("the Promises Treatment Center in Malibu")
    score = score_places([item("a", places=(gold,))], lambda _: PredictedPlace("Malibu", 0.0, 0.0))
    assert score.correct == 1


def test_score_places_any_gold_place() -> None:
    lyon = GoldPlace("Lyon", "Lyon", 45.74846, 4.84671)
    score = score_places([item("a", places=(PARIS, lyon))], lambda _: LYON)
    assert score.correct == 1


def test_score_dates() -> None:
    items = [
        item("a", day=date(2023, 2, 28)),
        item("b", day=date(2023, 2, 24)),
        item("c", day=date(2022, 1, 1)),
    ]
    items.append(item("d"))  # no gold date: not scored
    answers = {"a": date(2023, 2, 28), "b": date(2023, 2, 25)}
    score = score_dates(items, lambda it: answers.get(it.doc_id))
    assert (score.n, score.answered, score.correct, score.skipped) == (3, 2, 1, 1)
    assert score.accuracy == pytest.approx(1 / 3) and score.answered_accuracy == pytest.approx(0.5)
    assert "accuracy=0.333" in score.line("dates")


def test_empty_scores() -> None:
    assert score_dates([], lambda _: None).accuracy == 0.0
    assert score_places([], lambda _: None).answered_accuracy == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 03 , 2013", date(2013, 5, 3)),
        ("on Tuesday, Dec. 9, 2008", date(2008, 12, 9)),
        ("3 September 2011", date(2011, 9, 3)),
        ("2013-05-03", date(2013, 5, 3)),
        ("February 30, 2012", None),  # no such day
        ("on June 8", None),  # no year: not a day the text fixes alone
        ("last Tuesday", None),
    ],
)
def test_written_date(text: str, expected: date | None) -> None:
    assert written_date(text) == expected


def test_baselines_on_written_items() -> None:
    story = GoldItem(
        corpus="test",
        doc_id="x",
        text="Des heurts à Tripoli, dans le nord du Liban.\nLe 3 mars 2023.",
        lang="fr",
        published=date(2023, 3, 4),
    )
    predicted = first_place(story)
    assert predicted is not None and predicted.name == "Tripoli"
    assert haversine_km(predicted.lat, predicted.lon, 34.43667, 35.84972) < 50  # Tripoli, Lebanon
    assert publication_date(story) == date(2023, 3, 4)
    english = GoldItem(corpus="test", doc_id="y", text="Posted\nMarch 3, 2023\nNothing here.")
    assert first_written_date(english) == date(2023, 3, 3)
    assert first_place(english) is None


def test_read_gva_errors(tmp_path: Path) -> None:
    (tmp_path / "data-dev").mkdir()
    (tmp_path / "data-dev" / "X_val.json").write_text(
        json.dumps([{"text": "a", "publish_date": "2018-03-20"}])
    )
    (tmp_path / "data-dev" / "y_val.json").write_text("[]")
    with pytest.raises(ValueError, match="1 articles but 0 labels"):
        read_gva(tmp_path, "dev")
    with pytest.raises(ValueError, match="GVA split 'nope'"):
        read_gva(tmp_path, "nope")


def test_read_gva_tolerates_bad_dates(tmp_path: Path) -> None:
    (tmp_path / "data-dev").mkdir()
    (tmp_path / "data-dev" / "X_val.json").write_text(json.dumps([{"text": "a", "publish_date": "soon"}]))
    labels = [{"shooting_date": "2018-03-19", "address": "100 block of Main Street"}]
    (tmp_path / "data-dev" / "y_val.json").write_text(json.dumps(labels))
    [gva] = read_gva(tmp_path, "dev")
    assert (gva.published, gva.date, gva.address) == (None, date(2018, 3, 19), "100 block of Main Street")


# --- the shared corpora --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gva_dev() -> list[GoldItem]:
    return read_gva(shared("corpora/gva_gun_violence_news"), "dev")


@pytest.fixture(scope="module")
def ecbplus() -> list[GoldItem]:
    return read_ecbplus(shared("corpora/ecbplus_event_coref"))


def test_gva_reader(gva_dev: list[GoldItem]) -> None:
    assert len(gva_dev) == 210
    assert all(i.published and i.date for i in gva_dev)
    assert sum(1 for i in gva_dev if i.text) >= 205  # a few scraped pages came back empty
    assert all(i.date <= i.published for i in gva_dev if i.date and i.published)  # shot before it is reported
    assert not any(i.places for i in gva_dev)  # GVA gives a street address, no city: places are not scored
    assert sum(1 for i in gva_dev if i.address) > 150


def test_ecbplus_reader(ecbplus: list[GoldItem]) -> None:
    assert len(ecbplus) == 982
    with_place = [i for i in ecbplus if i.places]
    with_date = [i for i in ecbplus if i.date]
    assert len(with_place) > 250 and len(with_date) > 30
    for gold in (p for i in with_place for p in i.places):
        assert gold.lat is not None and gold.lon is not None and gold.name
    assert len({i.doc_id.split("_")[0] for i in with_place}) > 20  # of the 43 topics


# Floors: the baselines measured when this harness was written (python -m dragoman.evaluate.where_when).
# The event coder's own predictions must beat them.
def test_gva_date_floor(gva_dev: list[GoldItem]) -> None:
    score = score_dates(gva_dev, publication_date)
    assert score.n == 210 and score.accuracy >= 0.25  # measured 0.262


def test_ecbplus_floors(ecbplus: list[GoldItem]) -> None:
    places = score_places(ecbplus, first_place)
    assert places.n > 250 and places.accuracy >= 0.70  # measured 0.730
    dates = score_dates(ecbplus, first_written_date)
    assert dates.n > 30 and dates.accuracy >= 0.25  # measured 0.268


def test_main_without_corpora(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert "no corpora under" in capsys.readouterr().err


# --- dragoman's own dates and places (the real pipeline), on the first articles of each set -----------------

SAMPLE = 100  # articles per set: the pipeline reads about ten a second


def test_coder_dates_on_gva(gva_dev: list[GoldItem]) -> None:
    items = gva_dev[:SAMPLE]
    readings = read_with_coder(items)
    score = score_dates(items, lambda i: readings[i.doc_id].date)
    baseline = score_dates(items, publication_date)
    # measured 0.740 (the publication date: 0.230); the full sets: `dragoman eval where-when`
    assert score.n == SAMPLE and score.accuracy >= 0.70 and score.accuracy > baseline.accuracy + 0.4


def test_coder_places_on_ecbplus(ecbplus: list[GoldItem]) -> None:
    items = ecbplus[:SAMPLE]
    readings = read_with_coder(items)
    score = score_places(items, lambda i: readings[i.doc_id].place)
    assert score.n > 40 and score.accuracy >= 0.72  # measured 0.761 on the first 100 articles
