"""Actor resolution: the mentions of an article's text, each resolved to an actor as of the article's date.

    resolve(text, lang, day, entities, sentences) -> list[Mention]

Dictionary matches become units (a state, an organisation, a person, an agent noun, a title, a
back-reference); adjacent units, joined only by little words (`de`, `du`, `of`, `the`, `'s`), combine:

  rule                 example                                   gives
  title+state          le président biélorusse / Belarusian President   the holder of that office then
  title+person         President Vladimir Putin                  the person (the title confirms)
  agent+state          la police turque / Turkish police         TUR + COP
  state                Pékin / le Kremlin / China                CHN + GOV (capital, seat) or CHN
  possessive+agent     ses troupes / its army                    the country last met + MIL
  agent+context        ... la Russie a maintenu des troupes      the state met earlier in the sentence
  agent+setting        Police arrested eight men in Cairo        police or civilians: the one place named
  agent+context+setting  U.S. jets struck militants in Libya       rebels, police, civilians ...: where they are
  title+context        the president (already met)               the person met earlier with that title
  former+title+context the former president (Obama met before)   the last person met who held it before the day
  pair                 les deux pays                             the last two states met as parties (not The Hague)
  surname              Loukachenko (after the full name)         the person met earlier

Entity mentions (spaCy) that no dictionary entry covers are kept unresolved, with their label: never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from dragoman.actors.kb import ACTORS_DIR, OFFICES, STATE_KINDS, Entry, KnowledgeBase, knowledge_base
from dragoman.actors.matcher import Token, fold, tokens
from dragoman.geo.gazetteer import PlaceMention, gazetteer, is_venue, lookup
from dragoman.model import Actor, Mention, Role, Span
from dragoman.resources import LANG_DIR, read_tsv

ORG_KINDS = ("igo", "armed_group", "party", "company", "ngo", "media")
# Sectors of those who act where they are: named without a country, they are the country of their setting
# (unidentified gunmen and militants too: "Gunmen kidnapped three journalists in Mali", "suicide bombers killed 10
# people in Cameroon" are that country's, as event data places them).
SETTLED_SECTORS = frozenset({"COP", "CVL", "UAF", "REB"})
# Who belongs where they are, given a state by the sentence's context only: police, civilians, rebels, the press,
# hospitals, schools, unions, clergy, businesses, militias (not armies or officials: "U.S. troops in Syria")
LOCAL_SECTORS = SETTLED_SECTORS | {"REB", "INS", "PRM", "OPP", "JRN", "MED", "EDU", "LAB", "REL", "BUS"}
# Refugees are of the state they fled, which the states met before them seldom are ("Merkel ... visited a refugee
# camp", "Turkey hosts refugees"): they take only a state named just before them by context
UPROOTED = frozenset({"REF"})
UPROOTED_SPAN = 20  # characters from the start of that state's name to the agent noun
ARMY = "MIL"  # CAMEO sector: a state's armed forces
NAMING_RULES = frozenset({"state:name", "state:short", "state:capital"})  # a state by its own name or capital
FIGHTERS = frozenset({"REB", "INS"})  # rebels and insurgents: "the insurgents" may be a group named before
FIGHTERS_SPAN = 600  # characters from that group to the agent noun that refers to it
DEFINITE = frozenset({"the", "these", "those", "les", "ces"})
OTHER = "other"  # agents.tsv `of`: an agent of another state than its possessor's or its context's ("counterpart")
# agents.tsv `of`: an agent of the state its own words name only, none by context (a drugmaker, un groupe
# pharmaceutique: "signed a deal with the drugmaker AstraZeneca" is no deal with a business of the signer's state)
NAMED = "named"
SETTINGS = frozenset(
    {"state:name", "state:short", "state:capital", "state:seat", "state:place", "place", "agent+place"}
)
# Words that may sit between two units of one noun phrase: "l'armée du Soudan", "the army of Sudan",
# "Russia's army". Folded forms.
CONNECTORS = frozenset({"de", "du", "des", "d", "'", "of", "the", "la", "le", "les", "l", "s", "-"})
# Quotation marks, which may close around a name before its agent noun ('the "Islamic State" militant group')
QUOTES = frozenset({'"', "“", "”", "«", "»"})
# Where an agent is from or is ("soldiers from Gondor", "police in Kenya", "les manifestants en Iran"),
# and the articles that may follow ("in the Netherlands", "aux Pays-Bas" needs none).
ORIGINS = frozenset({"from"})
OFFICIALS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # who may be a former one
HYPHENS = frozenset({"-", "‑"})
OWNERS = frozenset({"de", "du", "d", "of"})  # "le maire de Bordeaux", "the mayor of Flint"
# The nation itself after a title ("le président de la République"), not another body's head (folded).
NATIONAL = frozenset({"republique", "republic", "pays", "country", "nation"})
LOCATIVES = frozenset({"in", "en", "au", "aux", "dans"})
COORDINATORS = frozenset({",", "and", "et", "or", "ou"})
ARTICLES = frozenset({"the", "la", "le", "les", "l", "'"})
SETTING_WORDS = LOCATIVES | {"à", "at", "near", "près", "outside", "inside", "within"}
# The parts of a country named between the word of where and the country (folded)
QUARTERS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"),
        *("northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest"),
        *("southeast", "southwest", "nord", "sud", "est", "ouest", "centre", "du", "de"),
    }
)
# What an agent used as an adjective may hold, between it and where that is ("rebel positions in Syria") (folded)
HOLDINGS = frozenset(
    {
        *("position", "positions", "stronghold", "strongholds", "base", "bases", "camp", "camps", "area"),
        *("areas", "hideout", "hideouts", "target", "targets", "enclave", "enclaves", "territory", "held"),
    }
)
# A town below this many people, the only one of its name, in a country the article names nowhere while it names
# others, is more likely a town the gazetteer lacks ("Madaya" in a story on Syria is no town of Myanmar)
SMALL_TOWN = 50_000
# Labels of entity mentions kept when unresolved (spaCy English and French label sets).
ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP", "GPE", "LOC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass
class Unit:
    first: int  # token range, end exclusive
    last: int
    start: int  # character range
    end: int
    entries: list[Entry]
    kind: str  # state, org, person, agent, title, possessive, pair

    def entry(self) -> Entry:
        return self.entries[0]


def _unit_kind(entry: Entry) -> str:
    if entry.kind in STATE_KINDS or (entry.kind == "imported" and entry.cameo and len(entry.cameo) == 3):
        return "state"
    if entry.kind in ORG_KINDS:
        return "org"
    return entry.kind  # person, agent, title, possessive, personal, pair, imported


class _Resolver:
    def __init__(
        self,
        kb: KnowledgeBase,
        text: str,
        lang: str,
        day: date | None,
        sentences: list[Span],
        adjectives: frozenset[int] = frozenset(),
        heads: dict[int, tuple[int, str]] | None = None,
    ):
        self.kb, self.text, self.lang, self.day = kb, text, lang, day
        self.adjectives = adjectives  # start offsets of tokens the parser tagged as adjectives
        self.heads = heads or {}  # start offset of each parsed token → (its head's, its part of speech)
        self.sentences = sentences
        self.toks: list[Token] = tokens(text)
        self.met_states: list[str] = []  # ISO3, in order of appearance
        # the same, but for the seats of international bodies ("a tribunal in The Hague"): the parties met
        self.parties: list[str] = []
        self.met_people: list[Actor] = []
        self.state_positions: list[tuple[str, int]] = []  # (ISO3, offset) of every mention with a country
        # the offsets of those that name a state itself ("Russia", "Moscow")
        self.state_names: set[int] = set()
        self.army_positions: list[tuple[str, int]] = []  # the same, for the armed forces of a state
        self.fighters: list[Mention] = []  # armed groups, rebels and militants met, in order
        self._folded_words: str | None = None
        self.not_actors: list[tuple[int, int]] = []  # spans of phrases that name no actor ("accord de Paris")
        # spans of organisations the parser found and no dictionary names ("les dirigeants de Sanofi")
        self.unknown_orgs: list[tuple[int, int]] = []

    # -- building blocks ---------------------------------------------------------------------------

    def _nominal(self, at: int) -> bool:
        """The token at `at` comes right after a determiner and before no noun."""
        after = self.heads.get(self.toks[at + 1].start, (0, ""))[1] if at + 1 < len(self.toks) else ""
        return at > 0 and self.heads.get(self.toks[at - 1].start, (0, ""))[1] == "DET" and after not in NOUNS

    def units(self) -> list[Unit]:
        found = []
        for match in self.kb.matcher(self.lang).find(self.text, self.toks):
            entries = [e for e in match.value if self._valid_on_day(e)]
            entries = self.disambiguate(self.text[match.start : match.end], entries)
            if not entries or any(e.kind == "none" for e in entries):  # data/actors/not_actors.tsv
                if entries:
                    self.not_actors.append((match.start, match.end))  # no entity inside it is an actor either
                continue
            if (
                self.text[match.start - 1 : match.start] == "("
                and self.text[match.end : match.end + 1] == ")"
                and self.text[match.start : match.end].isupper()
            ):
                # "Montenegro Municipality Association (AKK)": the acronym of the name before it, no one else's
                entries = [e for e in entries if _unit_kind(e) != "person"]
                if not entries:
                    continue
            one_word = " " not in self.text[match.start : match.end]
            # (a bare French word after a comma and before an article is a verb of saying put after the words
            # said: ", juge le gouvernement", whatever the tagger; not "les citoyens le demandent")
            # (a word between a determiner and no noun is one, whatever its tag: "un étudiant italien")
            nominal = self._nominal(match.first)
            verb = one_word and (
                (self.heads.get(match.start, (0, ""))[1] == "VERB" and not nominal)
                or (
                    self.lang == "fr"
                    and self.text[max(0, match.start - 2) : match.start] == ", "
                    and (
                        self.text[match.end : match.end + 4] in (" le ", " la ", " les")
                        or self.text[match.end : match.end + 3] in (" l'", " l’")
                    )
                )
            )
            if self._language(match.start, match.end):
                # "bouter le français hors des amphis", "parle le russe": a language, not the state or its people
                entries = [e for e in entries if e.kind != "adjective"]
                if not entries:
                    continue
            if (
                any(e.kind == "agent" and e.sector == "OPP" for e in entries)
                and _STANCE_BEFORE.search(self.text[max(0, match.start - 12) : match.start])
                and _STANCE_AFTER.match(self.text, match.end)
            ):
                # "Trump's opposition to trade agreements", "son opposition à la réforme": a stand taken, no party
                entries = [e for e in entries if not (e.kind == "agent" and e.sector == "OPP")]
                if not entries:
                    continue
            if (match.start in self.adjectives and one_word and not nominal) or verb:
                # "une assistance militaire", "military aid": an agent noun used as an adjective names nobody; nor
                # one the parser reads as a verb ("sont responsables, juge le gouvernement"); a phrase that opens
                # with one is whole ("support rebel forces")
                entries = [e for e in entries if e.kind != "agent"]
                if not entries:
                    continue
            # The most specific kind wins when an alias is several things at once.
            entries.sort(key=lambda e: _PRIORITY.get(_unit_kind(e), 9))
            found.append(
                Unit(match.first, match.last, match.start, match.end, entries, _unit_kind(entries[0]))
            )
        return found

    def _language(self, start: int, end: int) -> bool:
        """A French state adjective used as a noun, lower-cased, after an article and before no name: a language
        ("le français", "l'arabe"; not "les chinois CanSino", companies, nor "les Français", people)."""
        if self.lang != "fr":
            return False
        word = self.text[start:end]
        before = fold(self.text[max(0, start - 4) : start]).replace("'", " ").replace("’", " ").split()
        after = self.text[end : end + 2].strip()
        return (
            word.islower()
            and " " not in word
            and bool(before)
            and before[-1] in ("le", "l")
            and self.heads.get(start, (0, ""))[1] == "NOUN"
            and not after[:1].isupper()
        )

    def disambiguate(self, surface: str, entries: list[Entry]) -> list[Entry]:
        """Keep the reading of an ambiguous name that the article's words support (data/actors/ambiguous.tsv)."""
        readings = self.kb.ambiguous.get(fold(surface))
        if not readings:
            return entries
        if self._folded_words is None:
            self._folded_words = " " + " ".join(t.folded for t in self.toks) + " "
        best, best_hits = readings[0][0], -1
        for reading, cues in readings:
            hits = sum(self._folded_words.count(f" {cue} ") for cue in cues)
            if hits > best_hits:
                best, best_hits = reading, hits
        # (another state's name for it goes too; an entry no reading names stays, unless it is a state's)
        named = {reading for reading, _cues in readings}
        return [
            e
            for e in entries
            if e.actor_id == best or (e.kind not in STATE_KINDS and e.actor_id not in named)
        ]

    def _valid_on_day(self, entry: Entry) -> bool:
        if self.day is None:
            return entry.end is None
        return (entry.start is None or entry.start <= self.day) and (
            entry.end is None or self.day <= entry.end
        )

    def joined(self, a: Unit, b: Unit) -> bool:
        """Two units of one noun phrase: only connector tokens between them, at most three, and no line
        break (a heading "Pays-Bas" over "La police néerlandaise a ..." is not "Dutch police"); or the quotation
        marks around the first ('the "Islamic State" militant group')."""
        gap = self.toks[a.last : b.first]
        quoted = (
            len(gap) == 1
            and self.text[a.end : b.start].strip() in QUOTES
            and self.text[: a.start].rstrip()[-1:] in QUOTES
        )
        return quoted or (
            len(gap) <= 3
            and all(t.folded in CONNECTORS for t in gap)
            and "\n" not in self.text[a.end : b.start]
        )

    def possessive_gap(self, a: Unit, b: Unit) -> bool:
        """Nothing or a possessive between a state and the title after it ("Belarusian President",
        "Russia's foreign minister"); not an article ("a reçu à l'Elysée le président chinois")."""
        return all(t.folded in ("'", "s", "-") for t in self.toks[a.last : b.first])

    def possessive_adjectives(self, a: Unit, b: Unit) -> bool:
        """A possessive, then one or two adjectives, participles or adverbs by the parse, between a state and the
        agent or title after it, both hung on one noun: "Denver's embattled police chief", "Russia's new foreign
        minister", "Lagos's newly appointed police commissioner" are the state's own (a former one is not: see
        `formerly`)."""
        gap = self.toks[a.last : b.first]
        return (
            len(gap) in (3, 4)
            and [t.folded for t in gap[:2]] == ["'", "s"]
            and all(self.heads.get(t.start, (0, ""))[1] in ("ADJ", "VERB", "ADV") for t in gap[2:])
            and not any(t.folded in _former_words(self.lang) for t in gap[2:])
            and "\n" not in self.text[a.end : b.start]
            and (
                self.attached(a, b)
                or self.heads.get(self.toks[a.last - 1].start, (-2, ""))[0]
                == self.heads.get(b.start, (-1, ""))[0]
            )
        )

    def placed(self, agent: Unit, place: Unit) -> bool:
        """An agent noun, then where it is from or is: one preposition, maybe an article, then a country's
        name or capital (not its adjective: "police in Kenyan custody")."""
        gap = self.toks[agent.last : place.first]
        words = [t.folded for t in gap]
        if not words or "\n" in self.text[agent.end : place.start]:
            return False
        military = agent.entry().sector == "MIL"
        return (
            (words[0] in ORIGINS or (words[0] in LOCATIVES and not military))
            and all(w in ARTICLES for w in words[1:])
            and len(words) <= 2
            and self.named_place(place)
            and self.attached(place, agent)
            and not self.qualifies(place)
        )

    def described(self, a: Unit, b: Unit) -> bool:
        """Only adjectives between two units of one noun phrase, one to three of them, by the parse ("forces
        spéciales françaises"), and one of the two a state's adjective."""
        gap = self.toks[a.last : b.first]
        # (or the first half of a hyphenated adjective: "le groupe pharmaceutique suédo-britannique")
        hyphens = [
            i
            for i, t in enumerate(gap)
            if t.text in HYPHENS
            and i > 0
            and gap[i - 1].end == t.start
            # (not a side taken: "les séparatistes pro-russes")
            and gap[i - 1].folded not in _cue_words("backing", "against")
        ]
        halves = {i - 1 for i in hyphens} | set(hyphens)
        return (
            0 < len(gap) <= 3
            and all(self.heads.get(t.start, (0, ""))[1] == "ADJ" or i in halves for i, t in enumerate(gap))
            and any(e.kind == "adjective" for e in (a.entries if a.kind == "state" else b.entries))
            and "\n" not in self.text[a.end : b.start]
        )

    def qualified_of(self, agent: Unit, state: Unit) -> bool:
        """An agent, one or two adjectives by the parse, then its state's name or capital after a preposition
        ("le tribunal correctionnel de Paris")."""
        gap = self.toks[agent.last : state.first]
        adjectives = 0
        while adjectives < min(2, len(gap)) and self.heads.get(gap[adjectives].start, (0, ""))[1] == "ADJ":
            adjectives += 1
        rest = gap[adjectives:]
        return (
            adjectives > 0
            # (not soldiers, who are as often somewhere else's: "des soldats blessés de Syrie")
            and agent.entry().sector != "MIL"
            and 0 < len(rest) <= 2
            and all(t.folded in CONNECTORS for t in rest)
            and any(e.kind in ("name", "short", "capital") for e in state.entries)
            and "\n" not in self.text[agent.end : state.start]
        )

    def owned_beyond(self, agent: Unit, state: Unit) -> bool:
        """An agent, the noun that says which of its kind, then its state's name ("la diplomatie du mégaphone de la
        France"); the parse must hang the state on that noun (`attached`)."""
        gap = self.toks[agent.last : state.first]
        words = [t for t in gap if t.folded not in CONNECTORS and t.text not in QUOTES]
        # (not soldiers, as often somewhere else's: "les soldats de la paix")
        return (
            agent.entry().sector != ARMY
            and 3 <= len(gap) <= 6
            and gap[0].folded in OWNERS
            and gap[-1].folded in (*OWNERS, "des", "la", "le", "l", "the")
            and len(words) == 1
            and self.heads.get(words[0].start, (0, ""))[1] == "NOUN"
            and any(e.kind in ("name", "short", "capital") for e in state.entries)
            and "\n" not in self.text[agent.end : state.start]
        )

    def compounded(self, state: Unit, agent: Unit) -> bool:
        """English: one to three common nouns in lower case between a state and an agent, the first words of one
        compound by the parse ("U.S. data analytics firm", "a U.S. defense contractor")."""
        gap = self.toks[state.last : agent.first]
        return (
            self.lang == "en"
            and 0 < len(gap) <= 3
            and all(
                t.text.isalpha() and t.text.islower() and self.heads.get(t.start, (0, ""))[1] == "NOUN"
                for t in gap
            )
            and "\n" not in self.text[state.end : agent.start]
        )

    def office_named(self, state: Unit, agent: Unit) -> bool:
        """English: one or two capitalised nouns naming an office between a state and a capitalised agent ("U.S.
        Treasury Secretary", "Iraqi Interior Ministry")."""
        gap = self.toks[state.last : agent.first]
        return (
            self.lang == "en"
            and 0 < len(gap) <= 2
            and all(
                t.text.istitle() and self.heads.get(t.start, (0, ""))[1] in ("PROPN", "NOUN") for t in gap
            )
            and self.text[agent.start].isupper()
            and "\n" not in self.text[state.end : agent.start]
        )

    @staticmethod
    def named_place(unit: Unit) -> bool:
        """A country's or a place's name, not its adjective ("police in Kenyan custody")."""
        return any(e.kind in ("name", "short", "capital", "place", "imported") for e in unit.entries)

    def coordinated(self, a: Unit, b: Unit) -> bool:
        """Two names of one list: only commas and a conjunction between them ("France, Italy and Spain"), and
        the preposition again ("en France et en Allemagne")."""
        gap = [t.folded for t in self.toks[a.last : b.first]]
        # the preposition may come again ("en France et en Allemagne")
        while gap and gap[-1] in LOCATIVES | ORIGINS | ARTICLES:
            gap.pop()
        return (
            bool(gap)
            and len(gap) <= 2
            and all(w in COORDINATORS for w in gap)
            and "\n" not in self.text[a.end : b.start]
        )

    def bare_town(self, title: Unit, town: Unit) -> bool:
        """A town's name right after a title is a person's name ("la Reine Sofía" is no Bulgarian queen); a state's
        is not ("Président Macron" aside, "President Mali" is not said)."""
        kinds = [e.kind for e in town.entries]
        return (
            not self.toks[title.last : town.first]
            and bool(kinds)
            and all(k in ("capital", "seat", "place") for k in kinds)
        )

    def qualifies(self, unit: Unit) -> bool:
        """The parse hangs the name on a noun after it: it only qualifies that noun ("the leaders of the Oregon
        occupation": no Oregon, and no United States, is led); a possessive does not ("leaders of Romania's
        government")."""
        if self.text[unit.end : unit.end + 1] in ("'", "’"):
            return False
        for tok in self.toks[unit.first : unit.last]:
            head, _pos = self.heads.get(tok.start, (tok.start, ""))
            if head >= unit.end:
                return self.heads.get(head, (head, ""))[1] == "NOUN"
        return False

    def modifies(self, a: Unit, b: Unit) -> bool:
        """A name that the parse hangs on a noun a few words after it, words only between them ("U.N. war
        crimes court")."""
        gap = self.toks[a.last : b.first]
        return (
            a.start in self.heads
            and len(gap) <= 3
            and all(t.text.isalpha() for t in gap)
            and "\n" not in self.text[a.end : b.start]
            and self.attached(a, b)
        )

    def attached(self, phrase: Unit, noun: Unit) -> bool:
        """The parse hangs the phrase on the noun ("leaders of Romania's government"), not on the verb
        ("withdrew troops from Syria"): up from the phrase, the noun comes before any verb."""
        return self.hangs_on(phrase.start, noun.start, noun.end, steps=12)

    def hangs_on(self, at: int, start: int, end: int, steps: int) -> bool:
        """Up the parse from the token at `at`, the span start-end comes within `steps` heads and before any
        verb; with no parse to ask, the words alone decide (True)."""
        if at not in self.heads:
            return True
        for _ in range(steps):
            head = self.heads[at][0]
            if start <= head < end:
                return True
            if head == at or self.heads.get(head, (head, "VERB"))[1] in ("VERB", "AUX"):
                return False
            at = head
        return False

    def sentence_of(self, offset: int) -> Span:
        for span in self.sentences:
            if span.start <= offset < span.end:
                return span
        return Span(0, len(self.text))

    # -- actors ------------------------------------------------------------------------------------

    def state_mention(
        self, units: list[Unit], iso3: str, sector: str | None, entry: Entry, rule: str
    ) -> Mention:
        state = self.kb.state(iso3)
        self.met_states.append(iso3)
        if not (rule == "state:capital" and is_venue(self.text[units[0].start : units[-1].end])):
            self.parties.append(iso3)
        cameo = (state.cameo if state and state.cameo else iso3) + (sector or "")
        return self._mention(
            units,
            state.id if state else f"state:{iso3}",
            state.name if state else iso3,
            iso3,
            sector,
            cameo,
            entry,
            rule,
        )

    def person_mention(self, units: list[Unit], person: Actor, entry: Entry, rule: str) -> Mention:
        self.met_people.append(person)
        if (org := self.organisation_led(person)) is not None:
            return self._mention(
                units, person.id, person.name, org.country, org.sector, org.cameo, entry, rule
            )
        country, sector = self.person_affiliation(person)
        if country:
            self.met_states.append(country)
        cameo = f"{country}{sector}" if country and sector else None
        return self._mention(units, person.id, person.name, country, sector, cameo, entry, rule)

    def organisation_led(self, person: Actor) -> Actor | None:
        """The international organisation a person heads on the article's day (data/actors/people/
        organisations.tsv: "Guterres" is the UN's from 2017), whose code they act under."""
        for r in person.roles:
            if ":" in r.country and (r.end is None if self.day is None else r.holds_on(self.day)):
                return self.kb.actors.get(r.country)
        return None

    def person_affiliation(self, person: Actor) -> tuple[str | None, str | None]:
        """Country and sector of a person on the article's day: GOV in office, ELI (former) after it (offices of
        organisations aside)."""
        roles = [r for r in person.roles if ":" not in r.country]
        if not roles:
            return person.country, person.sector
        day = self.day
        current = [r for r in roles if (r.end is None if day is None else r.holds_on(day))]
        if current:
            # An office beats a sector code; among sector codes (Phoenix's), the latest to start wins; among offices
            # held at once, one of a state the article has named ("the Queen" in a story on London is Britain's,
            # not Canada's)
            met = set(self.met_states)
            best = max(
                current,
                key=lambda r: (r.role in OFFICES, r.role != "ELI", r.country in met, r.start or date.min),
            )
            return best.country, "GOV" if best.role in OFFICES else best.role
        past = [r for r in roles if day is not None and r.end is not None and r.end < day]
        if past:
            return past[-1].country, "ELI"
        return roles[0].country, None

    def org_mention(self, units: list[Unit], actor: Actor, entry: Entry, rule: str) -> Mention:
        return self._mention(
            units, actor.id, actor.name, actor.country, actor.sector, actor.cameo, entry, rule
        )

    def _mention(
        self,
        units: list[Unit],
        actor_id: str | None,
        name: str | None,
        country: str | None,
        sector: str | None,
        cameo: str | None,
        entry: Entry,
        rule: str,
    ) -> Mention:
        start, end = units[0].start, units[-1].end
        return Mention(
            start=start,
            end=end,
            text=self.text[start:end],
            label=units[0].kind,
            actor_id=actor_id,
            name=name,
            country=country,
            sector=sector,
            cameo=cameo,
            alias=entry.alias,
            rule=rule,
            source=entry.source,
        )

    def pick_person(self, entries: list[Entry]) -> tuple[Actor, Entry] | None:
        """Among people sharing an alias: the only one; else the one in office on the day; else, when
        they all belong to one country (the same person in two sources), the curated entry."""
        people = list(
            {
                e.actor_id: (self.kb.actors[e.actor_id], e)
                for e in entries
                if e.kind == "person" and e.actor_id in self.kb.actors
            }.values()
        )
        if len(people) == 1:
            return people[0]
        in_office = [(p, e) for p, e in people if self.person_affiliation(p)[1] == "GOV"]
        if len(in_office) == 1:
            return in_office[0]
        pool = in_office or people
        if pool and len({self.person_affiliation(p)[0] for p, _ in pool}) == 1:
            return min(pool, key=lambda pe: "phoenix" in pe[1].source)
        return None

    def title_holder(self, title: Entry, country: str) -> Actor | None:
        match, _, value = (title.value or "").partition(":")
        holders = self.kb.holders(
            country,
            self.day,
            role=value if match == "role" else None,
            title=value if match == "title" else None,
        )
        return holders[0] if len(holders) == 1 else None

    def state_of(self, unit: Unit) -> tuple[str, str | None, Entry] | None:
        """The state a state unit names, and the sector its kind implies (a capital is the government)."""
        for entry in unit.entries:
            if entry.kind in STATE_KINDS and entry.actor_id:
                iso3 = entry.actor_id.split(":", 1)[1]
                sector = entry.sector or ("GOV" if entry.kind in ("capital", "seat") else None)
                return iso3, sector, entry
            if entry.kind == "imported" and entry.cameo and len(entry.cameo) == 3:
                # a user's dictionary entry coded as a bare country code composes like a state
                return entry.cameo, None, entry
        return None

    # -- the rules ---------------------------------------------------------------------------------

    def combine(self, units: list[Unit], i: int) -> tuple[int, list[Mention]]:
        """Mentions from units[i], possibly with the units after it; how many units were used."""
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) and self.joined(u, units[i + 1]) else None
        nxt2 = units[i + 2] if nxt and i + 2 < len(units) and self.joined(nxt, units[i + 2]) else None

        # state adjective + demonym: "Bosnian Serbs", "Greek-Cypriot", "Iraqi Kurds": where they live
        if nxt and self.adjective_then_people(u, nxt) and (found := self.state_of(u)):
            # (hyphened to a nation's name, the origin then the nationality: "Cuban-American" is American,
            # "Greek-Cypriot" Cypriot)
            hyphened = any(t.text == "-" for t in self.toks[u.last : nxt.first])
            if hyphened and nxt.entry().kind in ("demonym", "adjective") and (nation := self.state_of(nxt)):
                found = nation
            iso3, _sector, entry = found
            return 2, [self.state_mention([u, nxt], iso3, None, entry, "adjective+demonym")]
        if u.kind == "state" and self.company_by_nationality(u):
            # "le chinois CMEC", "l'américain Pfizer": a company named by its nationality, one no dictionary knows
            # (a known one carries its own country: "le chinois Huawei")
            if nxt and nxt.kind == "org" and nxt.start == u.end + 1:
                return 1, []
            if any(start == u.end + 1 for start, _end in self.unknown_orgs) and (found := self.state_of(u)):
                return 1, [self.state_mention([u], found[0], "BUS", found[2], "state+company")]
        if u.kind == "state" and self.company_by_possessive(u) and (found := self.state_of(u)):
            return 1, [self.state_mention([u], found[0], "BUS", found[2], "state+company")]
        # state + title (+ person): "Belarusian President (Alexander Lukashenko)", "Russia's foreign minister"
        if u.kind == "state" and nxt and nxt.kind == "title" and self.possessive_gap(u, nxt):
            if nxt2 and nxt2.kind == "person" and (picked := self.pick_person(nxt2.entries)):
                return 3, [self.person_mention([u, nxt, nxt2], picked[0], picked[1], "state+title+person")]
            return 2, [self.titled(u, nxt, [u, nxt])]
        if u.kind == "state" and i + 1 < len(units) and (later := units[i + 1]).kind == "title":
            if self.possessive_adjectives(u, later):
                return 2, [self.titled(u, later, [u, later])]  # "Russia's new foreign minister"
            if (
                self.formerly(later.start)
                and [t.folded for t in self.toks[u.last : later.first - 1]] == ["'", "s"]
                and (found := self.state_of(u))
            ):
                # "Britain's former prime minister": an elite of the state, not the holder of the day
                return 2, [self.state_mention([u, later], found[0], "ELI", found[2], "former+title")]
        # title + state (+ person): "le président biélorusse (Alexandre Loukachenko)", "President of Belarus"
        if u.kind == "title" and nxt and nxt.kind == "state" and self.bare_town(u, nxt):
            return 2, []  # "la Reine Sofía": a person of that name, not that town's ruler
        if u.kind == "title" and nxt and nxt.kind == "state":
            if nxt2 and nxt2.kind == "person" and (picked := self.pick_person(nxt2.entries)):
                return 3, [self.person_mention([u, nxt, nxt2], picked[0], picked[1], "title+state+person")]
            return 2, [self.titled(nxt, u, [u, nxt])]
        # title + person + of + state, where the person is not of that state: "King Hassan of Morocco"
        # (the name matched someone else): the holder of that title in that state
        if u.kind == "title" and nxt and nxt.kind == "person" and nxt2 and nxt2.kind == "state":
            picked = self.pick_person(nxt.entries)
            found = self.state_of(nxt2)
            if found and (picked is None or self.person_affiliation(picked[0])[0] != found[0]):
                return 3, [self.titled(nxt2, u, [u, nxt, nxt2])]
        # title + person: "President Vladimir Putin", "le porte-parole Mao Ning"
        if u.kind == "title" and nxt and nxt.kind == "person" and (picked := self.pick_person(nxt.entries)):
            return 2, [self.person_mention([u, nxt], picked[0], picked[1], "title+person")]
        # agent + in/from + state: "police in Kenya", "soldiers from Gondor", "les militants au Mali"; armed
        # forces only with "from" ("troops in Syria" are as often foreign ones)
        after = units[i + 1] if i + 1 < len(units) else None
        if u.kind == "agent" and after and self.placed(u, after) and (found := self.state_of(after)):
            iso3, _sector, _entry = found
            placed = [self.state_mention([u, after], iso3, u.entry().sector, u.entry(), "agent+place")]
            # "lawmakers in Arnor and Gondor", "police in France, Italy and Spain": the agents of each place
            while (
                (more := units[i + len(placed) + 1] if i + len(placed) + 1 < len(units) else None)
                and self.coordinated(units[i + len(placed)], more)
                and self.named_place(more)
                and self.attached(more, u)
                and (found := self.state_of(more))
            ):
                iso3, _sector, _entry = found
                placed.append(self.state_mention([more], iso3, u.entry().sector, u.entry(), "agent+place"))
            return len(placed) + 1, placed
        # agent + state: "la police turque", "l'armée du Soudan", "the army of Sudan"; or only adjectives between
        # them, by the parse: "les forces spéciales françaises", "la police fédérale américaine"
        if u.kind == "agent":
            if (
                nxt
                and nxt.kind == "state"
                and (nxt.first == u.last or self.attached(nxt, u))  # not "retiré des soldats de Syrie"
                and (nxt.first == u.last or not self.qualifies(nxt))  # not "the leaders of the Iraq war"
            ):
                state: Unit | None = nxt
            else:
                state = (
                    after
                    if after
                    and (
                        self.described(u, after) or self.qualified_of(u, after) or self.owned_beyond(u, after)
                    )
                    and self.attached(after, u)
                    else None
                )
            if state is not None and (found := self.state_of(state)):
                if u.entry().value == OTHER and self.named_place(state):
                    # "les pays voisins du Mali": others than Mali ("son homologue turc" is Turkish)
                    return 2, []
                iso3, _sector, _entry = found
                return 2, [self.state_mention([u, state], iso3, u.entry().sector, u.entry(), "agent+state")]
        # state + agent: "Turkish police", "U.S. troops", "Russia's army", "Kremlin spokesman",
        # "German Foreign Office" (an agent reading beats the seat of power it also names); or only adjectives
        # between them: "Russian special forces", "American federal police"
        if u.kind == "state" and (found := self.state_of(u)):
            described = (
                after
                if after
                and (
                    (
                        (self.described(u, after) or self.office_named(u, after) or self.compounded(u, after))
                        and self.attached(u, after)
                    )
                    or self.possessive_adjectives(u, after)
                )
                else None
            )
            # (nothing but a possessive between them: "la fiancée turque du journaliste" is no Turkish journalist,
            # "a reçu à Alger le ministre français" no Algerian minister)
            apart = nxt is not None and not self.possessive_gap(u, nxt)
            for unit in (None if apart else nxt, described):
                if unit is not None and (agent := _entry_of(unit, "agent")):
                    if agent.value == OTHER and u.last < unit.first and self.possessive_gap(u, unit):
                        # "Mali's neighbours" ("his Turkish counterpart", "his U.S. counterpart" are theirs)
                        return 2, []
                    iso3, _sector, _entry = found
                    return 2, [self.state_mention([u, unit], iso3, agent.sector, agent, "state+agent")]
        # organisation + state + agent: "U.N. Syria envoy", "the EU's Libya mission": the organisation's
        if (
            u.kind == "org"
            and nxt
            and nxt.kind == "state"
            and nxt2
            and nxt2.kind == "agent"
            and self.joined(nxt, nxt2)
        ):
            return 3, [
                self.org_mention(
                    [u, nxt, nxt2], self.kb.actors[u.entry().actor_id or ""], u.entry(), "org+agent"
                )
            ]
        # (or with a possessive and adjectives before them: "the UN's special Syria envoy", "NATO's new chief")
        if u.kind == "org" and i + 1 < len(units) and self.possessive_adjectives(u, later := units[i + 1]):
            actor = self.kb.actors[u.entry().actor_id or ""]
            if later.kind in ("agent", "title"):
                return 2, [self.org_mention([u, later], actor, u.entry(), "org+agent")]
            if (
                later.kind == "state"
                and i + 2 < len(units)
                and units[i + 2].kind == "agent"
                and self.joined(later, units[i + 2])
            ):
                return 3, [self.org_mention([u, later, units[i + 2]], actor, u.entry(), "org+agent")]
        # organisation + agent: "NATO troops", "Hamas militants": the organisation
        if u.kind == "org" and nxt and nxt.kind == "agent":
            return 2, [
                self.org_mention([u, nxt], self.kb.actors[u.entry().actor_id or ""], u.entry(), "org+agent")
            ]
        # organisation + title or agent + person: "U.N. mediator Diego Cordovez" acts for the organisation
        if u.kind == "org" and nxt and nxt.kind in ("title", "agent") and nxt2 and nxt2.kind == "person":
            actor = self.kb.actors[u.entry().actor_id or ""]
            return 3, [self.org_mention([u, nxt, nxt2], actor, u.entry(), "org+title+person")]
        # organisation's title: "the European Union's top diplomat", "NATO's secretary-general" speak for it
        if u.kind == "org" and nxt and nxt.kind == "title" and self.possessive_gap(u, nxt):
            actor = self.kb.actors[u.entry().actor_id or ""]
            return 2, [self.org_mention([u, nxt], actor, u.entry(), "org+title")]
        # organisation + words + agent, one noun phrase by the parse: "the U.N. war crimes court"
        if u.kind == "org" and after and after.kind == "agent" and self.modifies(u, after):
            actor = self.kb.actors[u.entry().actor_id or ""]
            return 2, [self.org_mention([u, after], actor, u.entry(), "org+agent")]
        # agent + organisation: "les combattants du groupe Wagner"
        if u.kind == "agent" and nxt and nxt.kind == "org":
            return 2, [
                self.org_mention(
                    [u, nxt], self.kb.actors[nxt.entry().actor_id or ""], nxt.entry(), "agent+org"
                )
            ]
        # agent + title + person: "the government of President Bashar al-Assad" (Syria's, not the state met before)
        if (
            u.kind == "agent"
            and nxt
            and nxt.kind == "title"
            and nxt2
            and nxt2.kind == "person"
            and (picked := self.pick_person(nxt2.entries))
            and self.organisation_led(picked[0]) is None
        ):
            country, _sector = self.person_affiliation(picked[0])
            if country:
                self.met_people.append(picked[0])
                return 3, [
                    self.state_mention([u, nxt, nxt2], country, u.entry().sector, u.entry(), "agent+person")
                ]
        # agent + person: "le gouvernement de Loukachenko", "Putin's government"
        if u.kind == "agent" and nxt and nxt.kind == "person" and (picked := self.pick_person(nxt.entries)):
            # (or right before the name of one in office on the day, the office as a title is: "Sen. John McCain";
            # not "opposition leader Tsai Ing-wen" before she took office)
            if self.organisation_led(picked[0]) is not None or (
                nxt.first == u.last and self.person_affiliation(picked[0])[1] not in (None, "ELI")
            ):
                # ("U.N. Secretary-General Antonio Guterres": the "General" of the title is no general)
                return 2, [self.person_mention([u, nxt], picked[0], picked[1], "agent+person")]
            country, _sector = self.person_affiliation(picked[0])
            if country:
                return 2, [self.state_mention([u, nxt], country, u.entry().sector, u.entry(), "agent+person")]
        if u.kind == "person" and nxt and nxt.kind == "agent" and (picked := self.pick_person(u.entries)):
            country, _sector = self.person_affiliation(picked[0])
            if country:
                return 2, [
                    self.state_mention([u, nxt], country, nxt.entry().sector, nxt.entry(), "person+agent")
                ]
        # possessive + agent: "ses troupes", "its army"
        if u.kind == "possessive" and nxt and nxt.kind == "agent":
            if nxt.entry().value == OTHER:
                return 1, []  # "son homologue turc": the counterpart's own country, if named after it
            if self.met_states:
                return 2, [
                    self.state_mention(
                        [u, nxt], self.met_states[-1], nxt.entry().sector, nxt.entry(), "possessive+agent"
                    )
                ]
            return 2, []
        # "his regime", "her government": of the person last met ("as long as Russia protects his regime" after
        # Assad is Syria's, not Russia's)
        if u.kind == "personal" and nxt and nxt.kind == "agent":
            if nxt.entry().value == OTHER:
                return 1, []
            if not self.met_people:
                # of someone no dictionary knows, not of the state met before ("the Shah ... fled to the USA,
                # which had supported his regime")
                entry = nxt.entry()
                return 2, [
                    self._mention([nxt], None, None, None, entry.sector, None, entry, "agent:no-country")
                ]
            country, _sector = self.person_affiliation(self.met_people[-1])
            if country is None or self.kb.state(country) is None:
                return 1, []
            return 2, [
                self.state_mention([u, nxt], country, nxt.entry().sector, nxt.entry(), "possessive+agent")
            ]
        return 1, self.single(u)

    def company_by_nationality(self, u: Unit) -> bool:
        """A French nationality word used as a noun, after an article, before a name: "le chinois CMEC"."""
        return (
            self.lang == "fr"
            and u.entry().kind in ("adjective", "demonym")
            and u.first > 0
            and self.toks[u.first - 1].folded in ARTICLES
        )

    def company_by_possessive(self, u: Unit) -> bool:
        """A state's possessive right before a name no dictionary knows that ends as a company's does (cue kind
        `company-suffix`): "Japan's Takata Corp", "Germany's Kuka AG"."""
        return self.text[u.end : u.end + 3] == "'s " and any(
            start == u.end + 3 and _company_name(self.text[start:end]) for start, end in self.unknown_orgs
        )

    def adjective_then_people(self, u: Unit, nxt: Unit) -> bool:
        """A state adjective right before a people's name, nothing or a hyphen between them."""
        gap = self.toks[u.last : nxt.first]
        return (
            u.kind == "state"
            and nxt.kind == "state"
            and u.entry().kind == "adjective"
            and nxt.entry().kind in ("demonym", "ethnic", "adjective")
            and all(t.text == "-" for t in gap)
        )

    def titled(self, state_unit: Unit, title_unit: Unit, units: list[Unit]) -> Mention:
        """A title with a country: the office-holder on the day, else the state's government."""
        found = self.state_of(state_unit)
        assert found is not None
        iso3, _sector, _entry = found
        holder = self.title_holder(title_unit.entry(), iso3)
        if holder is not None:
            return self.person_mention(units, holder, title_unit.entry(), "title+state")
        return self.state_mention(units, iso3, "GOV", title_unit.entry(), "title+state:no-holder")

    def single(self, u: Unit) -> list[Mention]:
        entry = u.entry()
        if u.kind == "state" and (found := self.state_of(u)):
            iso3, sector, state_entry = found
            return [self.state_mention([u], iso3, sector, state_entry, f"state:{state_entry.kind}")]
        if u.kind == "org" and entry.actor_id in self.kb.actors:
            return [self.org_mention([u], self.kb.actors[entry.actor_id], entry, "org")]
        if u.kind == "person":
            picked = self.pick_person(u.entries)
            return [self.person_mention([u], picked[0], picked[1], "person")] if picked else []
        if u.kind == "imported":
            return [self.imported(u, entry)]
        if u.kind == "agent":
            return self.agent_in_context(u, entry)
        if u.kind == "title":
            return self.title_in_context(u, entry)
        if u.kind == "pair" and len(set(self.parties)) >= 2:
            recent: list[str] = []
            for iso3 in reversed(self.parties):
                if iso3 not in recent:
                    recent.append(iso3)
                if len(recent) == 2:
                    break
            return [self.state_mention([u], iso3, None, entry, "pair") for iso3 in reversed(recent)]
        return []

    def agent_in_context(self, u: Unit, entry: Entry) -> list[Mention]:
        """An agent noun alone takes the state met earlier in its sentence; else it stays countryless. "The
        insurgents", "the militants" after an armed group named just before are that group ("the Taliban said it
        met U.S. officials ... talks between the insurgents and Washington"); after rebels of a state, not."""
        last = self.fighters[-1] if self.fighters else None
        noun = self.text[u.start : u.end].split()[-1].lower()
        if (
            entry.sector in FIGHTERS
            and last is not None
            # (unless fighters so called were named too: "Syrian rebels fought Islamic State ... the rebels")
            and not any(
                m.label != "org" and m.text.split()[-1].lower() == noun and u.start - m.end < FIGHTERS_SPAN
                for m in self.fighters
            )
            and last.label == "org"
            and u.start - last.end < FIGHTERS_SPAN
            and u.first > 0
            and self.toks[u.first - 1].folded in DEFINITE
        ):
            actor = self.kb.actors.get(last.actor_id or "")
            if actor is not None:
                return [self.org_mention([u], actor, entry, "agent+group")]
        sentence = self.sentence_of(u.start)
        before = [
            m
            for m in self._states_before(u.start)
            if m[1] >= sentence.start
            # (a state that leads something leads what follows it, not agents further on: "U.S.-led coalition
            # forces", but "airstrikes from the U.S.-led coalition, the army" is no US army)
            and not ((led := _LED.match(self.text, m[1])) and len(self.text[led.end() : u.start].split()) > 1)
            # (nor a state coordinated with them: "negotiations between Russia and forces that ...")
            and not (m[1] in self.state_names and _COORDINATED.match(self.text, m[1], u.start))
            # (nor a state named as what something is for or against: "aid for Iraq is supported by senators" are
            # no Iraqi senators; but "a focal issue for Syrian opposition leaders")
            and not (m[1] in self.state_names and _FOR_OR_AGAINST.search(self.text, max(0, m[1] - 16), m[1]))
        ]
        if entry.sector in UPROOTED:
            # (but a state just before them is theirs: "Turkish Kurd refugees")
            before = [
                m for m in before if u.start - m[1] <= UPROOTED_SPAN and "," not in self.text[m[1] : u.start]
            ]
        # (not right after where they are based: "blamed the attack on Pakistan-based militants" are no Indian ones)
        based = re.search(
            rf"(?:{_BASED.pattern})\s+$", self.text[max(0, u.start - 25) : u.start], re.IGNORECASE
        )
        if before and entry.value not in (OTHER, NAMED) and not self.owned_elsewhere(u) and not based:
            # (the army is the one a state's troops named before it in the sentence are of: "Israeli troops moved
            # into Gaza's second city ... as the military pledged", not Gaza's)
            armies = [iso3 for iso3, start in self.army_positions if sentence.start <= start < u.start]
            definite = u.first > 0 and self.toks[u.first - 1].folded in DEFINITE
            state = armies[-1] if entry.sector == ARMY and armies and definite else before[-1][0]
            return [self.state_mention([u], state, entry.sector, entry, "agent+context")]
        return [self._mention([u], None, None, None, entry.sector, None, entry, "agent:no-country")]

    def owned_elsewhere(self, u: Unit) -> bool:
        """The agent is someone's the dictionaries do not know: an acronym before it ("SICA leaders"; not "Kurd
        refugees", "Moslem forces": those are of the state met), an organisation or a region after it that names
        no state ("the leaders of Pfizer", "leaders of the Americas"), or a word of no one state beside it
        ("Western companies")."""
        previous = self.toks[u.first - 1 : u.first] if u.first > 0 else []
        if (
            previous
            and previous[0].end == u.start - 1
            and len(previous[0].text) > 1
            and previous[0].text.isupper()
        ):
            return True
        for start, _end in self.unknown_orgs if u.entry().sector == "GOV" else ():
            words = fold(self.text[u.end : start]).replace("'", " ").split()
            if u.end < start <= u.end + 12 and words and words[0] in OWNERS and set(words[1:]) <= ARTICLES:
                # an organisation no dictionary knows that they lead: "les dirigeants de Sanofi" (its soldiers
                # and its activists are still the state's or its people's: "soldiers of the Islet Detachment")
                return True
        for start, end in self.not_actors:
            if end == u.start - 1 or start == u.end + 1:
                return True  # a word of no one state beside it: "Western companies", "les entreprises occidentales"
            if not u.end < start <= u.end + 12:
                continue  # (only a region right after it: "of the", "de la")
            words = fold(self.text[u.end : start]).replace("'", " ").split()
            if words and words[0] in OWNERS and len(words) <= 2 and all(w in ARTICLES for w in words[1:]):
                return True
        return False

    def _states_before(self, offset: int) -> list[tuple[str, int]]:
        return [(iso3, start) for iso3, start in self.state_positions if start < offset]

    def title_in_context(self, u: Unit, entry: Entry) -> list[Mention]:
        """A title alone ("the president") refers to the last person met with that title or office on the
        day (not Joe Biden in 2020, president from 2021); not the head of something else named after it ("le
        président de la région", "the president of the Senate": that body's), the republic or country aside."""
        after = fold(self.text[u.end : u.end + 40]).replace("'", " ").split()
        if after[:1] and after[0] in OWNERS and not set(after[1:3]) & NATIONAL:
            return []
        if self.named_after(u):
            return []  # "le président Keïta": a president the dictionaries lack, not the last one met
        match, _, value = (entry.value or "").partition(":")

        def titled(role: Role) -> bool:
            return (match == "role" and role.role == value) or (match == "title" and role.title == value)

        formerly = self.formerly(u.start)
        if formerly and self.day is not None:
            # "Barack Obama met Xi Jinping ... the former president": the last one met who held it before the day
            for person in reversed(self.met_people):
                for role in person.roles:
                    if role.end is not None and role.end < self.day and titled(role):
                        return [self.person_mention([u], person, entry, "former+title+context")]
        for person in reversed(self.met_people):
            for role in person.roles:
                if self.day is not None and not role.holds_on(self.day):
                    continue
                if titled(role):
                    if formerly:
                        # "l'ex-roi avait abdiqué": a former holder of the office is an elite of its state, not
                        # the one who holds it on the day
                        return [self.state_mention([u], role.country, "ELI", entry, "former+title")]
                    return [self.person_mention([u], person, entry, "title+context")]
        return []

    def formerly(self, start: int) -> bool:
        """A word of data/actors/former.tsv right before the offset ("former", "l'ex-", "l'ancien")."""
        before = fold(self.text[max(0, start - 25) : start]).replace("'", " ").replace("-", " ").split()
        return bool(before) and before[-1] in _former_words(self.lang)

    def named_after(self, u: Unit) -> bool:
        """A proper name right after the unit, one word away, that is no month or weekday ("President Keita")."""
        following = self.toks[u.last : u.last + 1]
        return (
            bool(following)
            and self.text[u.end : following[0].start] == " "
            and following[0].text[:1].isupper()
            and self.heads.get(following[0].start, (0, ""))[1] == "PROPN"
            and following[0].folded not in _calendar_words()
        )

    def imported(self, u: Unit, entry: Entry) -> Mention:
        cameo = entry.cameo or ""
        country = cameo[:3] if self.kb.state(cameo[:3]) else None
        sector = cameo[3:6] or None if country else None
        actor = self.kb.actors.get(entry.actor_id or "")
        return self._mention(
            [u],
            entry.actor_id,
            actor.name if actor else None,
            country,
            sector,
            cameo or None,
            entry,
            "imported",
        )


def _entry_of(unit: Unit, kind: str) -> Entry | None:
    """The unit's entry of one kind, if its alias has that reading among others."""
    return next((e for e in unit.entries if e.kind == kind), None)


_PRIORITY = {"person": 0, "org": 1, "state": 2, "title": 3, "agent": 4, "imported": 5}


def _inside_person(units: list[Unit], entities: list[Mention], text: str) -> list[Unit]:
    """Drop place-like units inside a longer person name: "Jordan Bardella", "Chad Smith", "Karen Bass", and
    one-word organisations: "Samantha Wagner".

    A name the dictionaries cover from end to end ("Bosnian Serbs", which a tagger may take for a
    person) is not a person's name.
    """

    def covered(person: Mention) -> bool:
        letters = [c.isalnum() for c in person.text]
        for u in units:
            if person.start <= u.start and u.end <= person.end:
                letters[u.start - person.start : u.end - person.start] = [False] * (u.end - u.start)
        return not any(letters)

    def personal(org: Mention) -> bool:
        """A name a tagger calls an organisation that reads as a person's: capitalised words no dictionary
        knows before a town's name that ends it ("Philando Castile"; a club, "Real Madrid", is no town either)."""
        words = org.text.split()
        inside = [u for u in units if org.start <= u.start and u.end <= org.end]
        return (
            org.label == "ORG"
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and len(inside) == 1
            and inside[0].end == org.end
            and _town(inside[0])
        )

    people = [e for e in entities if (e.label in ("PER", "PERSON") and not covered(e)) or personal(e)]

    def named(u: Unit) -> bool:
        """An agent word a tagger calls a person, capitalised inside a sentence: a given name ("sa fille
        Marine" is no navy)."""
        before = text[: u.start].rstrip()
        return (
            u.kind == "agent"
            and text[u.start : u.start + 1].isupper()
            and before[-1:].isalpha()
            and any(p.start <= u.start and u.end <= p.end for p in people)
        )

    # a town's name that is also the surname of a person the article names elsewhere ("Philando Castile ... shot
    # Castile": no Spain)
    surnames = {p.text.split()[-1] for p in people if len(p.text.split()) >= 2}

    def surname(u: Unit) -> bool:
        return _town(u) and text[u.start : u.end] in surnames

    return [
        u
        for u in units
        if not named(u)
        and not surname(u)
        and (
            # (nor a one-word organisation's: "Samantha Wagner" is no Wagner group)
            (u.kind != "state" and (u.kind != "org" or " " in text[u.start : u.end]))
            or not any(
                p.start <= u.start and u.end <= p.end and (p.end - p.start) > (u.end - u.start)
                for p in people
            )
        )
    ]


def _former(resolver: _Resolver, resolved: list[Mention]) -> list[Mention]:
    """An official named by an agent noun after "former", "ancien", "ex-" (data/actors/former.tsv) is one no more:
    an elite (ELI), as CAMEO codes former officials ("a former British minister" GBRELI, not GBRGOV); people
    named are placed by the dates of their offices instead."""
    out = []
    for m in resolved:
        sector = m.sector or ""
        if (
            (m.label in ("agent", "state") or m.rule == "title+state")  # "l'ex-président américain"
            and sector in OFFICIALS
            and m.cameo
            and m.cameo.endswith(sector)
            and resolver.formerly(m.start)
        ):
            m = replace(m, sector="ELI", cameo=m.cameo[: -len(sector)] + "ELI")
            if (m.actor_id or "").startswith("person:") and (state := resolver.kb.state(m.country or "")):
                m = replace(m, actor_id=state.id, name=state.name)  # (not the one who holds it on the day)
        out.append(m)
    return out


@cache
def _former_words(lang: str) -> frozenset[str]:
    return frozenset(
        fold(row["word"]) for row in read_tsv(ACTORS_DIR / "former.tsv") if row["lang"] in ("", lang)
    )


@cache
def _honorifics(lang: str) -> frozenset[str]:
    """data/actors/honorifics.tsv: "Mme", "Mr.", "Gen." before a name."""
    return frozenset(
        fold(row["word"]) for row in read_tsv(ACTORS_DIR / "honorifics.tsv") if row["lang"] in ("", lang)
    )


def _namesakes(resolver: _Resolver, units: list[Unit]) -> list[Unit]:
    """Drop a town of the dictionaries that its qualifier puts in another country ("Athens, Georgia",
    "BIRMINGHAM, Alabama", "Paris (Texas)"), with that qualifier when the dictionaries read it as a state
    (Georgia), and one that names a county ("Athens-Clarke County", "Lebanon County"): a namesake."""
    places = gazetteer()
    dropped: list[Unit] = []
    for unit in units:
        if not _town(unit):
            continue
        after = resolver.text[unit.end : unit.end + 40]
        if _COUNTY.match(after):
            dropped.append(unit)
            continue
        found = places.places_in(resolver.text[unit.start : unit.end + 40], resolver.lang)
        town = _qualified(found)
        if town is not None and not _countries(unit) & {p.country for p in town.candidates}:
            dropped.append(unit)
            qualifier = next((m for m in found[1:] if m.start > town.end), None)
            dropped += [
                u
                for u in units
                if qualifier is not None
                and u.kind == "state"
                and u.start == unit.start + qualifier.start
                and not _countries(u) & {p.country for p in qualifier.candidates}
            ]
    return [u for u in units if u not in dropped]


def _in_qualifier(text: str, mentions: list[Mention]) -> list[Mention]:
    """A town the gazetteer puts elsewhere than the state named right after it is in that state ("a refugee
    camp in Yida, South Sudan": no Saudi town of that name)."""
    states = {m.start: m for m in mentions if m.rule == "state:name"}
    out = []
    for m in mentions:
        after = re.match(r",\s*(?:the\s+)?", text[m.end : m.end + 8])
        state = states.get(m.end + after.end()) if after else None
        if m.rule == "place" and state is not None and state.country != m.country:
            m = replace(m, country=state.country, source=f"{m.source} (in {state.text})")
        out.append(m)
    return out


def _qualified(found: list[PlaceMention]) -> PlaceMention | None:
    """The place named first in a window of text, when a qualifier follows it ("Athens, Georgia")."""
    return found[0] if found and found[0].start == 0 and found[0].rule == "qualified" else None


def _town(unit: Unit) -> bool:
    """A unit the dictionaries know only as a town (a place or a capital), not as a state's name."""
    return unit.kind == "state" and all(e.kind in ("place", "capital") for e in unit.entries)


def _countries(unit: Unit) -> set[str]:
    """The ISO3 codes of the states a unit's entries stand for."""
    return {(e.actor_id or "").removeprefix("state:") for e in unit.entries}


# a town's name and the comma of its qualifier ("Athens, " before "Georgia")
_QUALIFIED = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*),\s*$")
_COUNTY = re.compile(r"(?:-[A-Z][a-z]+)?\s+County\b")  # "Athens-Clarke County", "Lebanon County"


def _addressed(resolver: _Resolver, units: list[Unit]) -> list[Unit]:
    """Drop a town's name right after a word of address or rank, which makes it a person's ("Queen Sofia",
    "Mrs. Sofia", "la reine Sofia": no Bulgaria)."""
    address = _honorifics(resolver.lang)

    def addressed(unit: Unit) -> bool:
        words = resolver.text[max(0, unit.start - 12) : unit.start].replace(".", " ").split()
        return _town(unit) and bool(words) and fold(words[-1]) in address

    return [u for u in units if not addressed(u)]


def _another_given_name(resolver: _Resolver, units: list[Unit], entities: list[Mention]) -> list[Unit]:
    """Drop the readings of a name inside a longer person name whose other words are not that person's:
    "Eric Trump", "Robert Trump" are not Donald Trump ("President Trump", "Donald J. Trump" are), nor is
    "Alberto Fernández Díaz" Alberto Fernández."""

    address = _honorifics(resolver.lang)

    def others(unit: Unit, person: Mention) -> bool:
        before = resolver.text[person.start : unit.start]
        words = [w for w in before.replace(".", " ").split() if w[:1].isupper() and fold(w) not in address]
        # nothing but "Mme", "Gen.", or a title or another name unit ("President Trump") is no other name
        titled = any(u.start < unit.start and person.start <= u.start for u in units if u is not unit)
        return bool(words) and not titled

    def longer(unit: Unit, person: Mention) -> bool:
        # a name the dictionary's is only the start of: "Alberto Fernández Díaz" is no Alberto Fernández (not a
        # day the parser ran into the name: "Putin Tuesday")
        after = resolver.text[unit.end : person.end].split()
        return (
            " " in resolver.text[unit.start : unit.end]
            and bool(after)
            and all(w[:1].isupper() and w.isalpha() and fold(w) not in _calendar_words() for w in after)
        )

    def named(unit: Unit, words: str) -> Unit | None:
        """The unit with only the people one of whose names has one of the words, if any is left."""
        said = {fold(w.strip(".")) for w in words.split()}
        entries = [
            e
            for e in unit.entries
            if e.kind != "person"
            or said
            & {
                fold(w)
                for names in resolver.kb.actors[e.actor_id or ""].names.values()
                for name in names
                for w in name.split()
            }
        ]
        return replace(unit, entries=entries, kind=_unit_kind(entries[0])) if entries else None

    people = [e for e in entities if e.label in ("PER", "PERSON")]
    kept = []
    for unit in units:
        person = next((p for p in people if p.start < unit.start and unit.end <= p.end), None)
        going_on = next((p for p in people if p.start <= unit.start and unit.end < p.end), None)
        left: Unit | None = unit
        if unit.kind == "person" and going_on is not None and longer(unit, going_on):
            left = named(unit, resolver.text[unit.end : going_on.end])
        if left is not None and left.kind == "person" and person is not None and others(left, person):
            left = named(left, resolver.text[person.start : left.start])
        if left is not None:
            kept.append(left)
    return kept


def resolve(
    text: str,
    lang: str,
    day: date | None,
    entities: list[Mention] | None = None,
    sentences: list[Span] | None = None,
    kb: KnowledgeBase | None = None,
    adjectives: frozenset[int] = frozenset(),
    heads: dict[int, tuple[int, str]] | None = None,
) -> list[Mention]:
    """Every actor mention of `text`, resolved as of `day`, plus the unresolved entity mentions.

    `adjectives`: start offsets of the tokens a parser tagged ADJ, so that agent nouns used as
    adjectives ("assistance militaire") are not taken for actors; without a parse, none are known.
    `heads`: each parsed token's start offset → its head's start offset and its own part of speech, so
    that "troops from Syria" is one phrase only where the parse says so.
    """
    resolver = _Resolver(kb or knowledge_base(), text, lang, day, sentences or [], adjectives, heads)
    resolved = _surname_coreference(resolver, _resolve_in_order(resolver, entities or []), entities or [])
    resolved = _unknown_namesakes(resolver, resolved, entities or [])
    # a town or region of a state's place list inside a name the recogniser calls a person's is that person's name
    # ("arrested Norman Seabrook ... and Murray Huberfeld": no Australian Murray)
    people = [e for e in entities or [] if e.label in ("PER", "PERSON")]
    resolved = [
        m
        for m in resolved
        if m.rule != "state:place" or not any(e.start <= m.start and m.end <= e.end for e in people)
    ]
    covered = [(m.start, m.end) for m in resolved] + resolver.not_actors
    named = frozenset(m.country for m in resolved if m.country)
    # (the countries the article names itself, twice or more: not once, nor by the context of an agent noun)
    said = [m.country for m in resolved if m.country and "context" not in (m.rule or "")]
    settings = frozenset(c for c in said if said.count(c) >= 2)
    for ent in entities or []:
        if ent.label in ENTITY_LABELS and not any(s < ent.end and ent.start < e for s, e in covered):
            resolved.append(
                _titled_surname(resolver, ent)
                or _misspelt(resolver, ent)
                or (
                    _place(ent, named, resolver.text, resolver.lang, settings)
                    if ent.label in PLACE_LABELS
                    else replace(ent, rule="unresolved")
                )
            )
    resolved = [m for m in resolved if not _ship(resolver.text, m)]
    resolved = _in_qualifier(resolver.text, resolved)
    return _former(
        resolver,
        _settled(
            resolver,
            _town_agents(resolver, _of_town(resolver, sorted(resolved, key=lambda m: (m.start, m.end)))),
        ),
    )


# a place's name made an adjective of location, making or flag: "Britain-based", "London-headquartered", "U.S.-made",
# "India-flagged"
# a possessive before a noun of a side and a preposition after it: the noun is a stand ("Trump's opposition to")
_STANCE_BEFORE = re.compile(
    r"(?:\w['’]s|\b(?:his|her|its|their|our|my|son|sa|leur|notre))\s+$", re.IGNORECASE
)
_STANCE_AFTER = re.compile(r"\s+(?:to|à|au|aux)\b", re.IGNORECASE)
# A state's name and a coordinating word, up to an agent after it ("between Russia and forces that ...")
_COORDINATED = re.compile(r"(?:[A-ZÀ-Ý][\w.'’-]*\s+){1,4}(?:and|or|et|ou)(?:\s+(?:the|les|la|le|des))?\s*$")
_LED = re.compile(r"[\w.'’]+[-‑](?:led|dominated)\b", re.IGNORECASE)
_FOR_OR_AGAINST = re.compile(
    r"\b(?:for|against|towards?|pour|contre|envers)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$", re.IGNORECASE
)
_BASED = re.compile(r"[-‑](?:based|headquartered|made|born|registered|listed|flagged)\b", re.IGNORECASE)


def _of_border(resolver: _Resolver, mention: Mention) -> bool:
    """The mention names the state of a border ("the Lebanese border", "the Turkish-Syrian border", "the border
    with Lebanon", "la frontière libanaise"; cue kind `boundary` in lang/<iso>/cues.tsv); not of a border word
    that qualifies a noun after it ("Spanish border forces")."""
    text = resolver.text
    words = list(re.finditer(r"[^\W\d_]+", text[mention.end : mention.end + 40]))
    # (the first word after the mention, or the second after a hyphen: "the Turkish-Syrian border")
    k = 1 if text[mention.end : mention.end + 1] in HYPHENS else 0
    if k < len(words) and fold(words[k].group()) in _cue_words("boundary"):
        after = words[k + 1] if k + 1 < len(words) else None
        return not (
            after is not None
            and text[mention.end + words[k].end() : mention.end + after.start()] == " "
            and resolver.heads.get(mention.end + after.start(), (0, ""))[1] == "NOUN"
        )
    before = (
        fold(text[max(0, mention.start - 30) : mention.start]).replace("'", " ").replace("’", " ").split()
    )
    while before and before[-1] in ARTICLES | OWNERS | _WITH:
        before = before[:-1]
    return bool(before) and before[-1] in _cue_words("boundary")


# what joins a border to the state beyond it: "the border with Lebanon", "la frontière avec le Liban" (folded)
_WITH = frozenset({"with", "avec"})


def _company_name(name: str) -> bool:
    """A name that ends as a company's does ("Takata Corp", "Kuka AG"; cue kind `company-suffix`)."""
    words = fold(name).rstrip(".").split()
    return len(words) > 1 and words[-1] in _cue_words("company-suffix")


@cache
def _cue_words(*kinds: str) -> frozenset[str]:
    """The coder's cue words of these kinds in every language (lang/<iso>/cues.tsv), folded: `boundary` for a
    border, `backing` and `against` for the prefixes of a side taken ("pro-russes", "anti-American")."""
    return frozenset(
        fold(row["cue"])
        for path in sorted(LANG_DIR.glob("*/cues.tsv"))
        for row in read_tsv(path)
        if row["kind"] in kinds
    )


def _ship(text: str, mention: Mention) -> bool:
    """A name right after a warship's prefix (data/actors/vessels.tsv) is the ship's ("the USS John C. Stennis")."""
    before = text[max(0, mention.start - 7) : mention.start].split()
    return bool(before) and before[-1] in _ship_prefixes() and text[mention.start - 1] == " "


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every language (lang/<iso>/calendar.tsv), folded."""
    return frozenset(
        fold(row["name"]) for path in sorted(LANG_DIR.glob("*/calendar.tsv")) for row in read_tsv(path)
    )


@cache
def _ship_prefixes() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv(ACTORS_DIR / "vessels.tsv"))


def _of_town(resolver: _Resolver, resolved: list[Mention]) -> list[Mention]:
    """An agent named without a country, then "of" or "de" and a town that only the gazetteer knows ("le maire
    de Bordeaux", "the mayor of Flint", "la police de Marseille"): that town's state's agent, one mention; not
    armed forces ("les soldats de Kherson" may be those who leave it)."""
    out: list[Mention] = []
    skip = False
    for i, mention in enumerate(resolved):
        after = resolved[i + 1] if i + 1 < len(resolved) else None
        if skip:
            skip = False
            continue
        state = resolver.kb.state(after.country) if after is not None and after.country else None
        if (
            after is not None
            and state is not None
            and state.country
            and mention.rule == "agent:no-country"
            and mention.sector != "MIL"
            and after.rule == "place"
            and _owned_by(resolver, mention, after)
        ):
            mention = _of_state(resolver, mention, state, mention.start, after.end)
            skip = True
        out.append(mention)
    return out


def _town_agents(resolver: _Resolver, resolved: list[Mention]) -> list[Mention]:
    """A town or region only the gazetteer knows, right before an agent named without a country of its own and
    modifying it ("Ohio Governor John Kasich", "Texas lawmakers", "New York police"): that place's state's agent,
    one mention; in a state the text names otherwise (the gazetteer alone makes "Jinxi rebels" Chinese)."""
    named = {m.country for m in resolved if m.country and m.rule != "place"}
    out: list[Mention] = []
    for mention in resolved:
        before = out[-1] if out else None
        state = resolver.kb.state(before.country) if before is not None and before.country else None
        if (
            before is not None
            and state is not None
            and state.country in named
            and before.rule == "place"
            and mention.rule in ("agent:no-country", "agent+context")
            and not resolver.text[before.end : mention.start].strip()
            and resolver.hangs_on(
                before.start + before.text.rfind(" ") + 1, mention.start, mention.end, steps=2
            )
        ):
            out[-1] = _of_state(resolver, mention, state, before.start, mention.end)
            continue
        out.append(mention)
    return out


def _of_state(resolver: _Resolver, agent: Mention, state: Actor, start: int, end: int) -> Mention:
    """The agent, as the agent of the state of a town named with it, over the words from start to end."""
    return replace(
        agent,
        start=start,
        end=end,
        text=resolver.text[start:end],
        actor_id=state.id,
        name=state.name,
        country=state.country,
        cameo=(state.cameo or state.country or "") + (agent.sector or ""),
        rule="agent+place",
    )


def _owned_by(resolver: _Resolver, agent: Mention, town: Mention) -> bool:
    """The town is the agent's own complement: "de", "du", "d'" or "of", maybe an article, between them, and the
    parse (when there is one) hangs the town on the agent, not on a verb."""
    words = fold(resolver.text[agent.end : town.start]).replace("'", " ").split()
    if not words or len(words) > 2 or words[0] not in OWNERS or not all(w in ARTICLES for w in words[1:]):
        return False
    return resolver.hangs_on(town.start, agent.start, agent.end, steps=3)


def _settled(resolver: _Resolver, resolved: list[Mention]) -> list[Mention]:
    """Police and civilians named without a country act where they are: the one country their sentence
    names ("Police arrested eight men in Cairo" are Egypt's police, "protesters marched to the parliament in
    Kiev" Ukrainians); with two countries in the sentence ("arrested two Britons in Cairo"), none. With none
    in the sentence, the one country the whole article names, if it names only one, twice or more ("Protesters
    threw stones at motorists" in a story set in Johannesburg and Soweto)."""
    named = [m.country for m in resolved if m.country]
    home = named[0] if len(set(named)) == 1 and len(named) >= 2 else None
    out: list[Mention] = []
    for mention in resolved:
        if (
            out
            and out[-1].label in ("org", "state")
            and _PARENTHESIS.fullmatch(resolver.text[out[-1].end : mention.start])
        ):
            # "Islamic State (IS) militants": the group's, wherever they are
            out.append(mention)
            continue
        if (mention.rule == "agent:no-country" and mention.sector in SETTLED_SECTORS) or (
            # "U.S. warplanes struck militants in western Libya": of where they are, not of the state met before
            mention.rule == "agent+context" and mention.sector in LOCAL_SECTORS
        ):
            sentence = resolver.sentence_of(mention.start)
            # (a place named as where, not a people or a thing of it: "des plaques minéralogiques belges", "two
            # Britons", "les marches pour Adama")
            countries = {
                m.country
                for m in resolved
                if m.country
                and sentence.start <= m.start < sentence.end
                and m.rule in SETTINGS
                and _where(resolver.text, m)
                # in the agent's clause: not after a comma ("police rounded up 20 people with links to Islamic
                # State, whose battle lines in Syria ..."), unless set before it ("In Cairo, police ...")
                and (m.start < mention.start or "," not in resolver.text[mention.end : m.start])
                # one with a country by context only by a place right after it ("militants in western Libya";
                # not "SoftBank will accelerate its investments in India")
                and (mention.rule != "agent+context" or _right_after(resolver.text, mention, m))
            }
            if (
                not countries
                and home is not None
                and mention.rule == "agent:no-country"
                and all(
                    m.country in (None, home) for m in resolved if sentence.start <= m.start < sentence.end
                )
            ):
                countries = {home}
            state = resolver.kb.state(next(iter(countries))) if len(countries) == 1 else None
            if state is not None and state.country and state.country != mention.country:
                mention = replace(
                    mention,
                    actor_id=state.id,
                    name=state.name,
                    country=state.country,
                    cameo=(state.cameo or state.country) + (mention.sector or ""),
                    # (a countryless one is only a doer there; one that had a country may be a target too)
                    rule="agent+setting" if mention.rule == "agent:no-country" else "agent+context+setting",
                )
        out.append(mention)
    return out


# an acronym in brackets (or its closing bracket) between a name and its agent noun: "Islamic State (IS) militants"
_PARENTHESIS = re.compile(r"\s*(?:\([^()]{1,20}\)|\))?\s*")


def _where(text: str, mention: Mention) -> bool:
    """The mention follows a word that says where ("in Cairo", "in the St. Louis suburb", "à Kiev"; not the
    English article: "a China trade bill")."""
    if mention.rule == "agent+place" and any(
        w.lower() in SETTING_WORDS for w in text[mention.start : mention.end].split()[1:]
    ):
        return True  # an agent placed inside its own name: "killed five police officers in Mali"
    words = _where_words(text[max(0, mention.start - 40) : mention.start])
    # (French capitals often drop their accent: "A New York, la police ...")
    return bool(words) and (words[-1].lower() in SETTING_WORDS or words[-1] == "A")


def _where_words(text: str) -> list[str]:
    """The words of a stretch of text without the articles and the parts of a country that may end it ("in
    western", "dans le nord du")."""
    words = text.replace("'", " ").replace("’", " ").split()
    while words and (fold(words[-1]) in ARTICLES or fold(words[-1]) in QUARTERS):
        words = words[:-1]
    return words


def _right_after(text: str, agent: Mention, place: Mention) -> bool:
    """The place follows the agent with one word of where between them ("rebels near Aleppo"), or after what
    they hold ("rebel positions in Syria")."""
    words = _where_words(text[agent.end : place.start])
    return agent.end <= place.start and (len(words) == 1 or (len(words) == 2 and fold(words[0]) in HOLDINGS))


def _titled_surname(resolver: _Resolver, ent: Mention) -> Mention | None:
    """A title and a surname ("President Mugabe", "le président Tebboune"): the one person of that name
    in office on the day, else the only person of that name."""
    words = ent.text.split()
    if ent.label not in ("PER", "PERSON") or not words:
        return None
    before = fold(resolver.text[max(0, ent.start - 40) : ent.start] + " " + " ".join(words[:-1])).strip()
    if not any(before == t or before.endswith(" " + t) for t in resolver.kb.titles(resolver.lang)):
        return None
    people = [
        resolver.kb.actors[i] for i in resolver.kb.people_named(fold(words[-1])) if i in resolver.kb.actors
    ]
    in_office = [p for p in people if resolver.person_affiliation(p)[1] == "GOV"]
    chosen = in_office if len(in_office) == 1 else people if len(people) == 1 else []
    if not chosen:
        return None
    return _as_actor(resolver, ent, chosen[0], words[-1], "title+surname")


def _as_actor(resolver: _Resolver, ent: Mention, actor: Actor, alias: str, rule: str) -> Mention:
    """An entity mention resolved to an actor: a person with their affiliation on the day, else the
    actor's own country."""
    if actor.kind == "person" and (org := resolver.organisation_led(actor)) is not None:
        resolver.met_people.append(actor)
        country, sector, cameo = org.country, org.sector, org.cameo
    else:
        country, sector = (
            resolver.person_affiliation(actor) if actor.kind == "person" else (actor.country, None)
        )
        cameo = (country or "") + (sector or "") or None
    return replace(
        ent,
        actor_id=actor.id,
        name=actor.name,
        country=country,
        sector=sector,
        cameo=cameo,
        alias=alias,
        rule=rule,
        source=actor.source,
    )


def _misspelt(resolver: _Resolver, ent: Mention) -> Mention | None:
    """An entity whose last word is one letter off a single known actor's name: that actor."""
    words = ent.text.split()
    if not words or ent.label not in ("PER", "PERSON", "GPE") or not words[-1][:1].isupper():
        return None  # (a group's name one letter off a people's is another group: "the Greens" are no Greeks)
    found = resolver.kb.fuzzy(resolver.lang).find(words[-1])
    if len(found) != 1:
        return None
    actor = resolver.kb.actors.get(next(iter(found)))
    if actor is not None and actor.kind != "person" and ent.label in ("PER", "PERSON"):
        return None  # a person's name one letter off a people's is no state ("François" is not "français")
    if actor is None or (actor.kind == "person" and (ent.label == "GPE" or len(words) < 2)):
        # a place one letter off a person's name is no person ("Paris" is not Parisi), nor a single word
        # ("Patriot" missiles are not Antonio Patriota): a misspelt name is known by its first name
        return None
    if actor.kind == "person" and len(words) >= 2:
        # "Laurent Gbago" is Laurent Gbagbo; "Ashraf Khalil" is not Karim Khalili: the first name must agree
        firsts = {
            fold(alias.split()[0]) for aliases in actor.names.values() for alias in aliases if " " in alias
        }
        if fold(words[0]) not in firsts:
            return None
    return _as_actor(resolver, ent, actor, actor.name, "misspelt")


def _place(
    ent: Mention,
    named: frozenset[str] = frozenset(),
    text: str = "",
    lang: str = "en",
    settings: frozenset[str] = frozenset(),
) -> Mention:
    """A place entity no dictionary knows: its country from the gazetteer (a place, not an actor), of the
    country or region its qualifier names ("Athens, Georgia"), else of a country the text names if the name is
    ambiguous; none for a small town in a country the text does not name while it names others twice or more
    (`settings`)."""
    if text and _COUNTY.match(text, ent.end):
        return replace(ent, rule="unresolved")  # "Athens-Clarke County": a county of its own
    if ent.text[:1].islower():
        # "the canton's border towns": a common word the tagger took for a place
        return replace(ent, rule="unresolved")
    places = gazetteer()
    qualified = _qualified(places.places_in(text[ent.start : ent.end + 40], lang)) if text else None
    place = places.resolve(qualified, set(named)) if qualified is not None else lookup(ent.text, named)
    town = _QUALIFIED.search(text[max(0, ent.start - 40) : ent.start]) if text else None
    if town is not None:
        # the qualifier itself: the region its town lies in ("Athens, Georgia": the US state)
        around = places.places_in(f"{town.group(1)}, {ent.text}", lang)
        if len(around) == 2 and _qualified(around) is not None:
            within = places.resolve(around[0], set(named))
            place = next((p for p in around[1].candidates if within is not None and within.within(p)), place)
    if place is None or place.country is None:
        return replace(ent, rule="unresolved")
    if (
        qualified is None
        and town is None
        and place.feature == "city"
        and place.population < SMALL_TOWN
        and settings
        and place.country not in named
    ):
        return replace(ent, rule="unresolved")
    return replace(
        ent, country=place.country, alias=place.name, rule="place", source=f"geonames:{place.geonameid}"
    )


def _hyphenated(text: str, unit: Unit, starts: set[int], ends: set[int]) -> bool:
    """A name joined by a hyphen to another capitalised word that names nothing itself is part of a longer
    name: "Anne Tamar-Mattis" is no Mattis, "l'AP-HP" (the Paris hospitals) no Associated Press."""
    before, after = text[max(0, unit.start - 2) : unit.start], text[unit.end : unit.end + 2]
    joined_before = (
        len(before) == 2 and before[1] == "-" and before[0].isalpha() and unit.start - 1 not in ends
    )
    joined_after = len(after) == 2 and after[0] == "-" and after[1].isupper() and unit.end + 1 not in starts
    return joined_before or joined_after


def _named_longer(text: str, unit: Unit, entities: list[Mention], ends: set[int]) -> bool:
    """An organisation's name that the tagger reads as the end of a longer one, after a capitalised genitive
    that names nothing itself: "People's Democratic Party" is no Democratic Party."""
    for ent in entities:
        if ent.label in ("ORG", "NORP") and ent.start < unit.start and unit.end <= ent.end:
            before = text[ent.start : unit.start].split()
            if (
                before
                and before[-1].endswith(("'s", "’s"))
                and all(w[:1].isupper() for w in before)
                and not any(ent.start < e <= unit.start for e in ends)
            ):
                return True
    return False


def _shouted(surface: str, entries: list[Entry]) -> bool:
    """A name in capitals that its dictionaries write otherwise is a dateline or a heading ("WASHINGTON U.S.
    officers are proposing", "GERMANY REACTS"), not an actor of the sentence; "NATO", "USA" are written so."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 4 and surface.isupper() and not any(e.alias.isupper() for e in entries)


def _resolve_in_order(resolver: _Resolver, entities: list[Mention]) -> list[Mention]:
    """Run the rules unit by unit, recording where states were met so context rules can look back."""
    units = _another_given_name(resolver, _inside_person(resolver.units(), entities, resolver.text), entities)
    units = _namesakes(resolver, _addressed(resolver, units))
    units = [u for u in units if not _shouted(resolver.text[u.start : u.end], u.entries)]
    # (a person's or an organisation's name inside a longer one: "Tamar-Mattis", "l'AP-HP"; not "EU-Turkey")
    starts, ends = {u.start for u in units}, {u.end for u in units}
    units = [
        u
        for u in units
        if not (u.kind in ("person", "org") and _hyphenated(resolver.text, u, starts, ends))
        and not (u.kind == "org" and _named_longer(resolver.text, u, entities, ends))
    ]
    resolver.unknown_orgs = [
        (e.start, e.end)
        for e in entities
        # (or any name that ends as a company's does: the recogniser calls "Kuka AG" a person)
        if (e.label == "ORG" or _company_name(e.text))
        and not any(u.start < e.end and e.start < u.end for u in units)
    ]
    out: list[Mention] = []
    i = 0
    while i < len(units):
        taken, produced = resolver.combine(units, i)
        for mention in produced:
            # a state, a person, a party or a group sets the country of an agent met after it, not a company
            # or a medium ("told the BBC ... stormed by masked gunmen": no British gunmen)
            actor = resolver.kb.actors.get(mention.actor_id or "")
            if (
                mention.country
                and mention.actor_id
                and (actor is None or actor.kind not in ("media", "company"))
                # nor where something is based or made ("a Britain-based monitoring group said ... government
                # shelling": not the British government)
                and not _BASED.match(resolver.text, mention.end)
                # nor a state whose border is where something is ("the towns at the Lebanese border blockaded by
                # pro-government forces": not Lebanese forces)
                and not _of_border(resolver, mention)
                # nor a city where others meet ("talks convened in Geneva ... the main opposition alliance": not
                # a Swiss opposition)
                and not (mention.label == "state" and is_venue(mention.text))
            ):
                resolver.state_positions.append((mention.country, mention.start))
                if mention.label == "state" and mention.rule in NAMING_RULES:
                    resolver.state_names.add(mention.start)
                if mention.sector == ARMY:
                    resolver.army_positions.append((mention.country, mention.start))
            actor = resolver.kb.actors.get(mention.actor_id or "")
            if mention.sector in FIGHTERS or (actor is not None and actor.kind == "armed_group"):
                resolver.fighters.append(mention)
        out.extend(produced)
        i += taken
    return out


def _unknown_namesakes(
    resolver: _Resolver, resolved: list[Mention], entities: list[Mention]
) -> list[Mention]:
    """A bare surname read as a known person is the unknown one the article named before in full with another
    given name ("U.S. District Judge Thomas Schroeder ... Schroeder, who was appointed by Bush": not Gerhard
    Schröder)."""
    known = {(m.start, m.end): m.actor_id for m in resolved if m.actor_id}

    def namesake(m: Mention) -> bool:
        if not (m.actor_id or "").startswith("person:") or " " in m.text.strip() or m.sector == "GOV":
            return False  # (one in office on the day is whom news means by the surname: "Michelle Obama ... Obama")
        given = given_names(m.actor_id or "")
        return any(
            e.label in ("PER", "PERSON")
            and e.end <= m.start
            and len(e.text.split()) >= 2
            and e.text.split()[-1].casefold() == m.text.strip().casefold()
            and not any(s <= e.start < t and known[(s, t)] == m.actor_id for s, t in known)
            # (not the same person spelt otherwise: "Djibrill Bassole")
            and fold(e.text.split()[0]) not in given
            for e in entities
        )

    def given_names(actor_id: str) -> set[str]:
        actor = resolver.kb.actors.get(actor_id)
        return {
            fold(a.split()[0]) for names in (actor.names.values() if actor else ()) for a in names if " " in a
        }

    return [m for m in resolved if not namesake(m)]


def _surname_coreference(
    resolver: _Resolver, resolved: list[Mention], entities: list[Mention]
) -> list[Mention]:
    """A person entity that is the surname of someone met earlier in the article is that person."""
    people = {m.actor_id: m for m in resolved if m.actor_id and m.actor_id.startswith("person:")}
    if not people:
        return resolved
    surnames: dict[str, str] = {}
    for actor_id in people:
        actor = resolver.kb.actors[actor_id]
        for aliases in actor.names.values():
            for alias in aliases:
                last = alias.split()[-1]
                if len(last) >= 4:
                    surnames.setdefault(last.casefold(), actor_id)
    covered = [(m.start, m.end) for m in resolved] + resolver.not_actors
    extra = []
    for ent in entities:
        if ent.label not in ("PER", "PERSON") or any(s < ent.end and ent.start < e for s, e in covered):
            continue
        words = ent.text.split()
        person = surnames.get(words[-1].casefold()) if words else None
        first = people.get(person) if person else None
        if first is not None and first.start < ent.start:
            extra.append(
                replace(first, start=ent.start, end=ent.end, text=ent.text, label=ent.label, rule="surname")
            )
    return resolved + extra
