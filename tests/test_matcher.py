"""The phrase matcher on its own."""

from __future__ import annotations

from dragoman.actors.matcher import PhraseMatcher, case_rule, fold, tokens


def test_fold_keeps_length_and_drops_accents() -> None:
    for text in ("Kyïv", "Pékin", "ÉTATS-UNIS", "İstanbul", "d’Israël"):
        assert len(fold(text)) == len(text)
    assert fold("Kyïv") == "kyiv" and fold("d’Israël") == "d'israel"


def test_case_rules() -> None:
    assert case_rule("UE") == "exact" and case_rule("U.S.") == "exact"
    assert case_rule("Niger") == "title" and case_rule("chinoise") == "any"


def test_longest_match_and_elision() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for alias, value in (("China", "CHN"), ("Spacety China", "spacety"), ("OTAN", "NATO"), ("UE", "EU")):
        matcher.add(alias, value)
    text = "La société Spacety China, l'OTAN et l’UE ; China ; la ue"
    found = [(text[m.start : m.end], m.value) for m in matcher.find(text)]
    assert found == [("Spacety China", ["spacety"]), ("OTAN", ["NATO"]), ("UE", ["EU"]), ("China", ["CHN"])]


def test_title_case_names_need_a_capital() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("Turkey", "TUR")
    assert [m.value for m in matcher.find("Turkey said")] == [["TUR"]]
    assert list(matcher.find("roast turkey")) == []


def test_tokens_offsets() -> None:
    text = "qu'Ankara"
    assert [(t.text, t.start, t.end) for t in tokens(text)] == [("qu", 0, 2), ("'", 2, 3), ("Ankara", 3, 9)]
