"""Reader of PETRARCH/TABARI actor and agent dictionaries, so users can bring their own or the Phoenix ones.

Actor files: an entry line `NAME_ [CODE]` or `NAME_` followed by `+SYNONYM_` lines and indented code lines
`[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]` (from), `[CODE <YYMMDD]` (until); `#` comments and
`<!-- -->` blocks. Agent files: `NOUN [~SEC]`, `NOUN_ {PLURAL_} [~SEC]`, and substitution sets
`!PERSON! = MAN, MEN, ...` used inside nouns (`CATTLE!PERSON!`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman.actors.kb import Entry
from dragoman.errors import InputError

_CODE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
# Words written in lower case inside a name ("Committee of Winegrowers", "Front de libération").
SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la", "le", "les", "et"}
)


@dataclass
class Dictionary:
    entries: list[Entry] = field(default_factory=list)
    names: int = 0  # entries (names with their synonyms)
    skipped: list[str] = field(default_factory=list)  # lines that could not be read, with their number


def _yymmdd(text: str) -> date | None:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):  # a few entries write the year in full
        year, mm, dd = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
        year = 2000 + yy if yy <= 30 else 1900 + yy
    else:
        return None
    try:
        return date(year, max(mm, 1), max(dd, 1))
    except ValueError:
        return None


def _dates(spec: str) -> tuple[date | None, date | None]:
    spec = spec.strip()
    if spec.startswith(">"):
        return _yymmdd(spec[1:]), None
    if spec.startswith("<"):
        return None, _yymmdd(spec[1:])
    if "-" in spec:
        start, _, end = spec.partition("-")
        return _yymmdd(start), _yymmdd(end)
    return None, None


def _name(raw: str) -> str:
    """`ALEXANDER_LUKASHENKO_` → `Alexander Lukashenko`; acronyms stay upper case (`UN`, `U.N.`, `PLO`)."""
    words = raw.replace("_", " ").split()

    def acronym(word: str) -> bool:
        return word.isupper() and ("." in word.strip(".") or (len(words) == 1 and len(word) <= 4))

    def cased(i: int, word: str) -> str:
        if acronym(word):
            return word
        if i > 0 and word.lower() in SMALL_WORDS:
            return word.lower()
        return "-".join(part.capitalize() for part in word.split("-"))

    return " ".join(cased(i, w) for i, w in enumerate(words))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def read_actors(path: Path, lang: str | None = "en") -> Dictionary:
    """Entries of a PETRARCH actor dictionary: every name and synonym, with each of its dated codes."""
    result = Dictionary()
    names: list[str] = []
    codes: list[tuple[str, date | None, date | None]] = []
    where = ""

    def flush() -> None:
        if names and codes:
            result.names += 1
            actor_id = f"petrarch:{_slug(names[0])}"
            ordered = sorted(codes, key=lambda c: c[1] is None and c[2] is None)  # dated codes first
            for alias in names:
                for code, start, end in ordered:
                    result.entries.append(
                        Entry(
                            _name(alias),
                            lang,
                            "imported",
                            actor_id,
                            start=start,
                            end=end,
                            cameo=code,
                            source=where,
                        )
                    )
        names.clear()
        codes.clear()

    in_comment = False
    for number, line in enumerate(_lines(path), 1):
        if in_comment or line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0].isspace() or body.lstrip().startswith("["):
            for code, spec in _CODE.findall(body):
                codes.append((code.upper(), *_dates(spec)))
        elif body.startswith("+"):
            names.append(body[1:].split("[", 1)[0].strip())
        else:
            flush()
            where = f"{path.name}:{number}"
            head = body.split("[", 1)[0].strip()
            if not head:
                result.skipped.append(f"{path.name}:{number}")
                continue
            names.append(head)
            for code, spec in _CODE.findall(body):
                codes.append((code.upper(), *_dates(spec)))
    flush()
    return result


def read_agents(path: Path, lang: str | None = "en") -> Dictionary:
    """Entries of a PETRARCH agent dictionary: each noun (and its plural) with its sector."""
    result = Dictionary()
    substitutions: dict[str, list[str]] = {}
    for number, line in enumerate(_lines(path), 1):
        body = line.split("#", 1)[0].strip()
        if not body or body.startswith("<!--"):
            continue
        subst = _SUBST.match(body)
        if subst:
            substitutions[subst.group(1)] = [w.strip() for w in subst.group(2).split(",") if w.strip()]
            continue
        code = re.search(r"\[~(\w{3})", body)
        if code is None:
            result.skipped.append(f"{path.name}:{number}")
            continue
        noun = body[: body.index("[")].strip()
        plural_given = re.search(r"\{([^}]*)\}", noun)
        noun = re.sub(r"\{[^}]*\}", "", noun).strip()
        forms = _expand(noun, substitutions)
        if plural_given is not None:
            forms += (
                _expand(plural_given.group(1).strip(), substitutions) if plural_given.group(1).strip() else []
            )
        elif "!" not in noun:  # substitution sets list their plurals themselves
            forms += [_plural(f) for f in forms]
        result.names += 1
        for form in dict.fromkeys(f for f in forms if f):
            alias = form.replace("_", " ").strip().lower()
            result.entries.append(
                Entry(alias, lang, "agent", None, sector=code.group(1), source=f"{path.name}:{number}")
            )
    return result


def _expand(noun: str, substitutions: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", noun)
    if match is None or match.group(1) not in substitutions:
        return [noun]
    return [noun.replace(match.group(0), s) for s in substitutions[match.group(1)]]


def _plural(noun: str) -> str:
    word = noun.rstrip("_")
    if word.endswith(("S", "X", "CH", "SH")):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise InputError(str(path), "unreadable", f"cannot be read ({exc})") from None


def read_dictionary(path: Path, lang: str | None = "en") -> Dictionary:
    """An actor or agent dictionary, told apart by its codes (`[~GOV]` marks agents)."""
    text = "\n".join(_lines(path)[:400])
    return read_agents(path, lang) if re.search(r"\[~\w{3}", text) else read_actors(path, lang)
