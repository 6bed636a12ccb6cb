"""Who and to whom: the roles of a trigger, read from the dependency parse.

Subjects (through infinitives, conjoined verbs and pronouns), objects, prepositional complements, the doers
of event nouns, and the actor mentions those phrases hold. The coder (`dragoman.coding`) builds events on them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, ENT_TYPE, LEMMA, POS
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import MorphAnalysis

from dragoman.actors.kb import knowledge_base
from dragoman.coding.lexicon import Lexicon, Trigger
from dragoman.coding.tables import threat_of
from dragoman.geo.gazetteer import is_venue, lookup
from dragoman.model import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dragoman.geo.gazetteer import PlaceMention
    from dragoman.when import TimeExpression

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
# French subject pronouns after their verb ("a-t-il estimé")
INVERTED_CLITICS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})
OBJECTS = ("dobj", "obj", "dative", "iobj")
APPOSITION_MARKS = frozenset({",", "–", "—", ":"})
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")
AGENTS = ("agent", "obl:agent")
GENITIVES = frozenset({"de", "d'", "du", "des", "of"})
# Prepositions that introduce an event's target, and those that say where a visit or delivery goes.
TARGET_PREPS = {
    "en": (
        "to",
        "against",
        "on",
        "with",
        "toward",
        "towards",
        "into",
        "at",
        "from",
        "for",
        "over",
        "between",
    ),
    "fr": ("à", "contre", "avec", "sur", "envers", "vers", "auprès", "au", "aux", "de", "entre"),
}
CONSULT = "04"  # CAMEO root: consult (talks, meetings, visits)
MEDIATION = "045"  # CAMEO: mediate
MOBILIZATION = "15"  # CAMEO root: exhibit force posture
PROTEST = "14"  # CAMEO root: protest
AUTHORITIES = frozenset({"GOV", "COP", "JUD"})  # sectors of a state's authorities at home
DISAPPROVAL = "11"  # CAMEO root: disapprove
WITHDRAWAL = "087"  # CAMEO: de-escalate militarily (withdraw troops)
INTENT = "03"  # CAMEO root: express intent to cooperate (promise, pledge, offer)
YIELD = "08"  # CAMEO root: yield (allow, ease, release, concede)
BLAME_ROOTS = frozenset({"09", "11"})  # investigate, disapprove: aimed at who did what they name
# A noun ("the talks", "a deal", "an investigation") names an event on its own only for these.
MONADIC_NOUNS = frozenset({"PROTEST", "MOBILIZE"})
MAKE_VISIT = "042"  # CAMEO: make a visit
VISITS = frozenset({MAKE_VISIT, "043"})  # make and host a visit
ORDINAL = re.compile(r"\d+(?:e|è|ème|eme|er|ère|re|st|nd|rd|th)$", re.IGNORECASE)  # "la 126e place", "3rd"
REJECT = "12"  # CAMEO root: reject
DEMAND_WITHDRAWAL = "106"  # CAMEO: demand withdrawal (of whose forces the noun says)
ARREST = "173"  # CAMEO: arrest, detain
OCCUPATION = "192"  # CAMEO: occupy territory
# Roots of acts that coordinated actors do with each other ("A and B signed an agreement", "held talks").
RECIPROCAL_ROOTS = frozenset({"04", "06"})  # consult, cooperate materially
# and of the diplomatic cooperation codes (05), ties and agreements ("restored ties", "signed an agreement"), not
# praise or support ("The US, the EU and Britain have supported the Kurds' fight" is no support of one another)
RECIPROCAL_CODES = frozenset({"050", "057"})
# Talks, intentions, agreements and cooperation: what they are "on" or "over" is their matter (cue kind `matter`),
# not a party to them ("would collaborate on military, intelligence and training")
TALK_ROOTS = frozenset({"03", "04", "05", "06"})
PLACE_RULES = ("state:capital", "state:seat", "state:place")  # a state named by a place in it
TOWN_RULES = ("state:capital", "state:place", "place")  # a town (not a seat of power: "a Kremlin statement")
NO_SEAT_RULES = ("state:place", "place")  # a town that is no capital: it stands for no government
COMMERCIAL_SECTORS = frozenset({"BUS", "MED", "JRN"})  # CAMEO sectors: business, media, journalists
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})  # a state's armed forces, police and intelligence services
STATE_NAME_RULES = ("state:name", "state:short", "state:capital")  # a state by its name (not an adjective)
BACKED_SPAN = 40  # characters from a backer ("Iranian-backed") to the agent it would give its country
MENTION_DEPTH = 4  # how many words up from an actor mention to the head of the subject it stands for
# (a surname met again keeps the parser's label: "Clinton ... she")
PERSON_LABELS = ("person", "title", "PERSON", "PER")
ANTECEDENT_LABELS = ("state", "org", "agent", *PERSON_LABELS)
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})  # show force, assault, fight, mass violence
# Protest, force, coercion, assault, fight, mass violence: what a clause names as its time ("after the attacks")
# is not its subject's doing
VIOLENT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
ARMED_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: who reports them did not do them
# Acts done to the people their object names ("a arrêté des manifestants", "killed civilians"), unlike
# "accept refugees", where the people are what is received
DONE_TO_ROOTS = frozenset({"17", "18", "19", "20"})
# Acts done in a country to those there: aid, a curfew lifted, a protest, an arrest, force ("deploy
# peacekeepers in Iraq", "lifted a curfew in Montenegro", "a bombardé des positions en Syrie"): the place stands
# for its state.
PLACED_ROOTS = FORCE_ROOTS | {"07", "08", "14", "16", "17"}
OPPOSING_PREPS = ("against", "contre")  # whom an act is against
NOUN_TARGET_PREPS = (
    "between",  # "mediation between Syria and the PLO", "des pourparlers entre l'Ukraine et la Russie"
    "entre",
    "against",
    "with",
    "to",
    "toward",
    "towards",
    "contre",
    "avec",
    "à",
    "envers",
    "vers",
    "auprès",
)
PLACE_PREPS = ("to", "in", "into", "à", "en", "au", "aux", "dans", "vers")
# French prepositions fused with the article: a lexicon entry's "de" or "à" is met as these too
FUSED = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}
# the features of a present-tense verb the tagger called a noun (see Roles._verbal_nouns)
PRESENT_SINGULAR = {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}
SOURCE_PREPS = ("of", "by", "de", "du", "des", "par", "'s", "'", "’s", "’")
# Speech acts whose addressee may be the subject of their complement clause, and those whose complement
# is only asked for, promised or threatened (CAMEO roots: appeal, intent, demand, disapprove, reject, threaten).
SPEECH_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
# Giving and yielding: the recipient is the `to`/`à` complement, the object is what is given.
TRANSFER_ROOTS = frozenset({"03", "06", "07"})
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
# the parts of speech a trigger may have, as the ids of spaCy's arrays
_VERB_POS = (VERB, AUX)
_TRIGGER_POS = [VERB, AUX, NOUN, PROPN]
POSSESSIVES = ("poss", "nmod:poss", "det:poss")  # the labels of a possessor ("its", "Russia's", "sa")
# (and "its", whose act a noun is: "fell out with Netanyahu's government over its mistreatment of Palestinians")
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "it", "its", "they", "he", "she", "lui", "eux"})


class Roles:
    """The roles of triggers in one parsed article."""

    def __init__(self, article: Article, doc: Doc, lex: Lexicon) -> None:
        self.article, self.doc, self.lex = article, doc, lex
        self.lang = article.lang or ""
        # "the pro-Iranian Hizbollah", "les séparatistes prorusses", "United States-backed fighters": whom they
        # back or who backs them is not who they are
        backers = [m for m in article.mentions if self._prefixed(m, "backing") or self._backer(m)]
        self.mentions = [
            m
            for m in article.mentions
            if (m.actor_id or m.country)
            and m not in backers
            # nor the agent that took its country from one ("Iranian-backed militias")
            and not (
                m.rule == "agent+context"
                and any(b.country == m.country and 0 <= m.start - b.end < BACKED_SPAN for b in backers)
            )
        ]
        self._mention_cache: dict[int, Mention | None] = {}  # by a token's character offset
        self._trigger_cache: dict[int, tuple[Trigger, ...]] = {}  # by a token's index
        self._verbal_nouns()
        self._candidates, verbs = self._trigger_candidates()
        self._readable = sorted(self._candidates | verbs)  # (a reported demand is read off any verb)
        self._time_cache: dict[int, list[TimeExpression]] = {}
        self._place_cache: dict[int, list[PlaceMention]] = {}
        self._context: set[str] | None = None
        self._theatre: str | None = None  # "" once known to be none
        self._all_places: list[PlaceMention] | None = None
        subject_ids = {doc.vocab.strings[dep] for dep in SUBJECTS}
        self._subject_spans = {
            (m.start, m.end)
            for i, dep in enumerate(doc.to_array(DEP).tolist())  # (no Token object for every word)
            if dep in subject_ids
            for m in [self._mention_at(doc[i])]
            if m is not None
        }

    # -- triggers ----------------------------------------------------------------------------------

    def readable(self, sentence: Span) -> Iterator[Token]:
        """The sentence's words that may be triggers, or are verbs, in order."""
        low, high = bisect_left(self._readable, sentence.start), bisect_left(self._readable, sentence.end)
        return (self.doc[i] for i in self._readable[low:high])

    def triggers(self, token: Token) -> list[Trigger]:
        """The lexicon entries the token is a trigger of in its sentence (at most one), once computed per token."""
        if token.i not in self._candidates:
            return []
        if token.i not in self._trigger_cache:
            self._trigger_cache[token.i] = tuple(self._triggers(token))
        return list(self._trigger_cache[token.i])

    def _trigger_candidates(self) -> tuple[set[int], set[int]]:
        """The tokens that may be triggers, a verb whose lemma the verb lexicon has or a noun the noun lexicon
        has, not in a date or time ("began in March 2011": a month, no march); and all the verbs. Read off the
        doc's arrays, without a Token object for every word: most words are neither."""
        strings = self.doc.vocab.strings
        pos = self.doc.to_array(POS)
        kept = numpy.flatnonzero(numpy.isin(pos, _TRIGGER_POS))
        if not len(kept):
            return set(), set()
        dates = numpy.isin(self.doc.to_array(ENT_TYPE)[kept], [strings["DATE"], strings["TIME"]])
        lemmas = self.doc.to_array(LEMMA)[kept]
        folded: dict[int, str] = {}
        found: set[int] = set()
        verbs: set[int] = set()
        for i, tag, lemma, date in zip(
            kept.tolist(), pos[kept].tolist(), lemmas.tolist(), dates.tolist(), strict=True
        ):
            if tag in _VERB_POS:
                verbs.add(i)
            if date:
                continue
            if lemma not in folded:
                folded[lemma] = strings[lemma].lower()
            if folded[lemma] in (self.lex.verbs if tag in _VERB_POS else self.lex.nouns):
                found.add(i)
        return found, verbs

    def _triggers(self, token: Token) -> list[Trigger]:
        """(For the tokens `_trigger_candidates` keeps only: a verb or noun whose lemma a lexicon has.)"""
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if self._in_question(token):
                return []  # "asked Obama if he would visit Cuba": a question says nothing is planned or done
            if (
                token.dep_ in ("amod", "acl")
                and "Part" in token.morph.to_dict().get("VerbForm", "")
                and token.i == token.head.i + 1
                and not [c for c in token.children if c.dep_ not in ("advmod", "punct")]
            ):
                return []  # "le groupe armé M23", "conflits armés", "the banned party": a participle that only
                # qualifies its noun
            if (
                token.dep_ == "amod"
                and token.i < token.head.i
                and token.tag_ in ("VBG", "VBN")
                and not list(token.children)
            ):
                return []  # "told visiting Moscow lawmakers", "the attacking forces": the noun's description
            if token.tag_ == "VBG" and (
                token.dep_ == "acomp"
                or any(c.dep_ == "advmod" and self.lex.cue("degree", c.lemma_) for c in token.children)
            ):
                return []  # "a loss would be particularly crushing for the senator": an adjective
            if (
                token.dep_ == "acl"
                and self.lex.cue("measure", token.head.lemma_)
                and "Inf" not in token.morph.to_dict().get("VerbForm", "")
            ):
                return []  # "new actions targeting Russia", "des mesures visant Moscou": the measure is the
                # event, if any (its noun's own entry), not an attack (but "a decision to withdraw" says what is
                # decided)
            if (doer := self.subject(token)) is not None and (
                self.lex.cue("market", doer.lemma_.lower())
                # (or the market named before a ticker: "Shanghai stocks .SSEC retreated")
                or any(
                    c.dep_ == "compound" and self.lex.cue("market", c.lemma_.lower()) for c in doer.children
                )
            ):
                return []  # "the U.S. market is rallying", "shares opened higher but surrendered the gains"
            if (
                self.lex.cue("concurring", lemma)
                and not any(
                    c.dep_ in (*OBJECTS, "xcomp", "ccomp", "prep", "obl", "obl:arg", "conj")
                    for c in token.children
                )
                and ((doer := self.subject(token)) is None or not self._conjuncts(doer))
            ):
                return []  # "The think tank agreed, noting that ...": one who concurs, nothing agreed with anyone
            if self.lex.cue("concurring", lemma) and any(
                c.dep_ == "ccomp"
                and not any(a.dep_ == "aux" and self.lex.cue("modal", a.lower_) for a in c.children)
                for c in token.children
            ):
                return []  # "Both sides agree that the dialogue produced nothing": a view shared (not "agreed that
                # their ministers would meet")
            if self._questioned(token):
                return []
            if self._felt(token):
                return []  # "Moscow feels threatened by Iran", "se sent menacé": a feeling, no threat made
            if self.lex.cue("contest", lemma) and any(
                c.dep_ in OBJECTS
                and (
                    ((m := self._mention_at(c)) is not None and m.label != "agent")
                    or c.pos_ == "PROPN"  # ("Rubio beat Cruz": a name the dictionaries lack)
                )
                for c in token.children
            ):
                return []  # "may struggle to beat Australia", "Obama beat McCain": a contest won
            if self.lex.cue("rivalry", lemma) and any(self.lex.cue("ballot", t.lower_) for t in token.sent):
                return []  # "affrontera au second tour l'écologiste Frédéric Hilbert": a race, no fight
            found = []
            direct = self.objects_of(token)
            # (with those coordinated with them: "released dash and body cam video")
            objects = {c.lemma_.lower() for c in direct} | {
                g.lemma_.lower() for c in direct for g in c.children if g.dep_ == "conj"
            }
            # a particle may void the bare verb too ("blasted off from Florida", "backed off"), and so may the
            # word that opens its clause ("demonstrate that he has succeeded": showing, not protesting)
            objects |= {c.lower_ for c in token.children if c.dep_ in ("prt", "compound:prt")}
            # (or a preposition right after it: "seized on the recording", not "seized on Tuesday"; "was agitated by
            # the crowd")
            objects |= {
                c.lower_
                for c in token.children
                if c.dep_ in ("prep", "agent")
                and c.i == token.i + 1
                and self._pobj(c).ent_type_ not in ("DATE", "TIME")
            }
            objects |= {c.left_edge.lower_ for c in token.children if c.dep_ == "ccomp"}
            # (and a reflexive pronoun, as "se": "pour qu'il s'arrête" stops, nobody is arrested)
            objects |= {"se" for c in token.children if c.i < token.i and self.lex.cue("reflexive", c.lower_)}
            # and so may what it asks one to do ("asked not to be identified": a source's anonymity)
            objects |= {c.lemma_.lower() for c in token.children if c.dep_ == "xcomp"}
            # and so may an adjective it is said with ("pleaded not guilty ... for purposes connected to terrorism")
            objects |= {
                c.lemma_.lower() for c in token.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"
            }
            # and so may whom or what it is with or to ("talks to the media", "met with approval")
            objects |= _prep_objects(token, ("with", "to"))
            # and the subject of its infinitive clause ("allowing the yuan to weaken")
            objects |= {
                g.lemma_.lower()
                for c in token.children
                if c.dep_ == "ccomp" and "Inf" in c.morph.get("VerbForm", [])
                for g in c.children
                if g.dep_ in SUBJECTS
            }
            # "released thousands of documents", "a reçu plusieurs dizaines de plaintes": what the quantity is of
            objects |= {g for c in direct for g in _prep_objects(c, ("of",))} | {
                n.lemma_.lower()
                for c in direct
                for n in c.children
                if n.dep_ == "nmod"
                and any(g.dep_ == "case" and FUSED.get(g.lower_, g.lower_) == "de" for g in n.children)
            }
            # and what is given up or withdrawn to, in French ("a renoncé à son héritage", "s'emparer de 45 % de
            # l'immeuble", "arrive en tête"), or what it is on, of or from ("agree on the need for caution", "warned
            # of the dangers", "the judge withdrew from the case")
            objects |= {
                n.lemma_.lower()
                for n in token.children
                if n.dep_.startswith("obl")
                and (
                    any(g.dep_ == "case" and g.lower_ in ("à", "sur", "de", "en") for g in n.children)
                    # (or an argument the parser gave a preposition not its own: "a saisi pour avis le Conseil")
                    or n.dep_ == "obl:arg"
                )
            } | _prep_objects(token, ("on", "of", "about", "from", "against"))
            relative = token.dep_ in ("relcl", "acl:relcl") and (
                any(c.dep_ in OBJECTS and "Rel" in c.morph.get("PronType", []) for c in token.children)
                # (or with no pronoun at all: "areas it has captured")
                or (
                    not direct
                    and any(
                        c.dep_ in SUBJECTS
                        and not c.tag_.startswith("W")
                        and "Rel" not in c.morph.get("PronType", [])
                        for c in token.children
                    )
                )
            )
            # what it is done to when that is no object of its own
            undergoers = []
            if self.passive(token):
                # "la Haute Autorité a été saisie": what a passive verb is done to is its subject
                undergoers = [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
                objects |= {
                    w.lemma_.lower()
                    for c in undergoers
                    for w in (c, *(f for f in c.children if f.dep_.startswith("flat")))
                }
                # (and what a quantity is of: "few of the preconditions have been met")
                objects |= {w for c in undergoers for w in _prep_objects(c, ("of",))}
            if relative or self._past_participle(token):
                # "le HLM qu'il occupe", "a photo released on Monday": the noun is what it is done to
                undergoers.append(token.head)
                objects.add(token.head.lemma_.lower())
                objects |= _prep_objects(token.head, ("of",))  # ("a copy of the speech released by")
            for entry in self.lex.verbs.get(lemma, ()):
                if not entry.object and objects & self.lex.void_objects.get(lemma, frozenset()):
                    continue  # "released a video", "a publié un rapport": not the event the bare verb means
                if entry.object and not any(
                    self._object_is(c, entry.object)
                    and not self._voided(c)
                    # (nor a sum that is what a void object is of: "versé une rançon de 3 millions")
                    and (
                        c.lemma_.lower() == entry.object
                        or c.lemma_.lower() not in self.lex.void_objects.get(lemma, frozenset())
                    )
                    for c in (*direct, *undergoers)
                ):
                    continue  # (nor "waged a trade war")
                if entry.prep and not self._has_particle(token, entry.prep):
                    continue
                if (
                    entry.prep
                    and not direct
                    and not undergoers
                    and self.lex.cue("transitive", f"{lemma} {entry.prep}")
                ):
                    continue  # "before Obama took over": office, no town taken
                if entry.prep and any(
                    self.lex.cue("reporting", c.lemma_)
                    and any(g.dep_ in ("mark", "case") and is_prep(g.text, entry.prep) for g in c.children)
                    for c in token.children
                ):
                    continue  # "a insisté pour dire que": saying, not demanding
                reflexive = any(self.lex.cue("reflexive", c.text) for c in token.children)
                if entry.reflexive and not reflexive:
                    continue  # "ont rendu obligatoire le port du masque en public": no journey
                if not entry.reflexive and reflexive and self.lex.cue("other-reflexive", lemma):
                    continue  # "se demande Jorge Contreras": he wonders, he asks no one
                found.append(entry)
            # The most specific entry wins: one with an object, a particle or a reflexive over a bare verb.
            found.sort(
                key=lambda e: (e.object is None, e.prep is None, not e.reflexive, e.cameo.endswith("0"))
            )
            if (
                found
                and found[0].cameo == ARREST
                and self.lex.cue("taking", lemma)
                and self._place_taken([*direct, *(c for c in token.children if c.dep_ in PASSIVE_SUBJECTS)])
            ):
                # "captured Mount Sinjar", "a capturé Kherson", "Idlib was captured": a place taken (the verb's entry
                # for a town), no arrest
                found = [e for e in self.lex.verbs.get(lemma, ()) if e.cameo == OCCUPATION][:1] or found
            if found and found[0].cameo.startswith("13") and self._a_risk(token):
                return []  # "threatening to raise tensions", "menace de faire dérailler": a risk, no threat
            if found and found[0].object is None:
                if any(self.lex.cue("self", c.lower_) for c in direct):
                    return []  # "asked himself", "acquitted himself well": an act on oneself
                if self.lex.cue("intensifier", lemma) and any(
                    c.pos_ == "NOUN" and self.triggers(c) for c in direct
                ):
                    return []  # "reinforced its sanctions against Damascus": the sanctions are the event
            return found[:1]
        if token.pos_ in ("NOUN", "PROPN"):
            if self._mention_at(token) is not None:
                return []  # a noun that names an actor ("l'opposition camerounaise") is no event
            if self.lex.cue("plural", lemma) and "Plur" not in token.morph.get("Number", []):
                return []  # "the hostility between Tehran and Washington": enmity, not "hostilities"
            if token.dep_ == "compound" and not self.lex.cue("frame", token.head.lemma_):
                return []  # a noun that only qualifies another ("patrol boats", "protest leaders"), unlike a
                # frame's ("a mediation effort")
            # an entry that needs a modifier has it ("air strike", "hunger strike"); the one whose target
            # preposition the noun has wins ("sanctions contre"), else the bare one
            # (or, in French, its de-complement: "le retrait des troupes", "une grève de la faim")
            modifiers = self._modifiers(token)
            if self._voided(token, modifiers):
                return []  # "une guerre commerciale", "a charm offensive": no fighting
            if self.lex.cue("willingness", lemma) and any(
                c.dep_ in ("acl", "xcomp") and any(a.lower_ in ("to", "de", "d'") for a in c.children)
                for c in token.children
            ):
                return []  # "their readiness to arm the government": a will to act, no alert
            entries = [e for e in self.lex.nouns.get(lemma, ()) if not e.object or e.object in modifiers]
            applicable = [e for e in entries if not e.prep or self._has_particle(token, e.prep)]
            applicable.sort(key=lambda e: (e.object is None, e.prep is None))
            if not applicable and self.lex.cue("bound", lemma):
                return []  # "made no attempt to hide", "a news conference", "a press release": not without
                # the preposition that makes them the event ("an attempt on his life", "the release of")
            return (applicable or entries)[:1]
        return []

    def _a_risk(self, verb: Token) -> bool:
        """The verb's infinitive says what may come of something, not what its subject will do: one that raises
        tension ("officials said, threatening to raise tensions with Sudan"), or a verb of risk where the verb has
        no subject of its own ("..., threatening to derail the talks"); French "faire" before it is skipped
        ("menace de faire dérailler")."""
        for clause in verb.children:
            if clause.dep_ not in ("xcomp", "ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            if clause.lemma_.lower() == "faire":
                clause = next((c for c in clause.children if c.dep_ in ("xcomp", "ccomp")), clause)
            if self.lex.cue("risk", clause.lemma_) and not any(c.dep_ in SUBJECTS for c in verb.children):
                return True  # (said of an actor, a threat: "Russia threatened to derail the talks")
            if any(c.dep_ in OBJECTS and self.lex.cue("risk-object", c.lemma_) for c in clause.children):
                return True
        return False

    def _place_taken(self, objects: list[Token]) -> bool:
        """An object that is a place: a place entity, or a state named as itself."""
        for child in objects:
            mention = self._mention_at(child)
            if child.ent_type_ in ("GPE", "LOC", "FAC") or (
                mention is not None and mention.label == "state" and not mention.sector
            ):
                return True
        return False

    def _felt(self, verb: Token) -> bool:
        """A participle after a verb of feeling (cue kind `feeling`), which the parser may make its head or
        its auxiliary ("feels threatened")."""
        if verb.dep_ in ("acomp", "xcomp", "oprd") and self.lex.cue("feeling", verb.head.lemma_.lower()):
            return True
        return any(c.dep_.startswith("aux") and self.lex.cue("feeling", c.lower_) for c in verb.children)

    def _verbal_nouns(self) -> None:
        """Retag as the verb it is a clause's main word the tagger called a noun, with a subject before it and no
        article of its own, whose verb the lexicon knows by the language's present-tense ending (cue kind
        `present-ending`, "e>er": "Silvio Berlusconi menace de retirer son soutien" is "menacer")."""
        endings = [e.split(">") for e in self.lex.cues.get("present-ending", ())]
        for sentence in self.doc.sents if endings else ():
            token = sentence.root
            if (
                token.pos_ != "NOUN"
                or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
                or any(c.dep_ in ("det", "case") for c in token.children)
            ):
                continue
            word = token.lower_
            lemma = next(
                (
                    w
                    for old, new in endings
                    if word.endswith(old) and (w := word[: -len(old)] + new) in self.lex.verbs
                ),
                None,
            )
            if lemma is not None:
                token.pos_, token.lemma_ = "VERB", lemma
                token.morph = MorphAnalysis(self.doc.vocab, PRESENT_SINGULAR)
                for child in token.children:  # (and the clauses hung on it as on a noun, as on a verb)
                    if child.dep_ == "acl":
                        child.dep_ = "xcomp" if "Inf" in child.morph.get("VerbForm", []) else "advcl"
                    elif child.dep_ == "acl:relcl":
                        child.dep_ = "advcl"

    def _trailing_reporter(self, verb: Token, noun: Token) -> bool:
        """A noun after a comma the parser hung on the verb as its object, with a verb of saying after it that
        has no object of its own and ends the sentence: whoever reports the clause, not what it is done to."""
        return (
            noun.i > verb.i
            and noun.left_edge.i > 0
            and self.doc[noun.left_edge.i - 1].text == ","
            and any(
                g.dep_ == "acl"
                and g.i > noun.i
                and self.lex.cue("reporting", g.lemma_)
                and not any(o.dep_ in (*OBJECTS, "ccomp", "xcomp") for o in g.children)
                and g.right_edge.i >= g.sent.end - 2
                for g in noun.children
            )
        )

    def objects_of(self, verb: Token) -> list[Token]:
        """A verb's direct objects, with one the parser hung on a time phrase before it ("a dénoncé vendredi la
        décision de l'OMS": "décision" below "vendredi"), and one after a restrictive "que" the parser made a clause
        ("n'a frappé que des cibles militaires")."""
        restricted = any(self.lex.cue("negation-particle", c.lower_) for c in verb.children)
        found = [
            c
            for c in verb.children
            if c.dep_ in OBJECTS
            or (
                restricted
                and c.dep_ == "ccomp"
                and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "mark" and self.lex.cue("restrictive", g.lower_) for g in c.children)
            )
        ]
        # (not the speaker of a report that ends the sentence, which the parser made an object: "... are criticizing
        # the plan, the official news agency reported on Friday")
        found = [c for c in found if not self._trailing_reporter(verb, c)]
        # (and a noun coordinated with the object but hung on the verb: "a accusé les États-Unis et l'OTAN")
        found += [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and any(o.i < c.i for o in found)
            and any(g.dep_ == "cc" for g in c.children)
        ]
        if not found:
            # (or one the parser hung, with its partitive article as a preposition, on a place before it: "a
            # rencontré mardi à Evry des policiers")
            found = [
                g
                for c in verb.children
                if c.dep_.startswith("obl") and c.pos_ == "PROPN" and c.i > verb.i
                for g in c.children
                if g.dep_ == "nmod"
                and g.i > c.i
                and g.pos_ == "NOUN"
                and len(cases := [w for w in g.children if w.dep_ == "case"]) == 1
                and self.lex.cue("partitive", cases[0].lower_)
            ]
        return found + [
            g
            for c in verb.children
            if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i + 3
            for g in c.children
            if g.dep_ in OBJECTS
            # (or as a complement without a preposition: "ont appelé mercredi la Turquie à ne pas toucher")
            or (
                g.dep_ == "nmod"
                and g.i > c.i
                and not any(w.dep_ == "case" for w in (*c.children, *g.children))
            )
        ]

    @staticmethod
    def _modifiers(noun: Token) -> set[str]:
        """What qualifies a noun: "air" strike, guerre "commerciale", grève "de la faim"; and the preposition of a
        bare noun in a set phrase ("in" charge)."""
        found = {
            c.lemma_.lower()
            for c in noun.children
            if c.dep_ in ("compound", "amod")
            or (c.dep_ == "nmod" and any(g.dep_ == "case" and is_prep(g.text, "de") for g in c.children))
            # (or joined to it by a hyphen: "attentat-suicide")
            or (c.dep_ == "nmod" and c.i == noun.i + 2 and noun.doc[noun.i + 1].text == "-")
        }
        # and what it is of or for, in English ("a demonstration of military might", "a request for comment")
        found |= _prep_objects(noun, ("of", "for"))
        if (
            noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and not any(c.dep_ == "det" for c in noun.children)
        ):
            found.add(noun.head.lower_)
        if any(c.dep_ in ("amod", "nummod") and ORDINAL.match(c.text) for c in noun.children):
            found.add("ordinal")  # "occupe la 126e place", "in 3rd place": a rank
        return found

    def _voided(self, noun: Token, modifiers: set[str] | None = None) -> bool:
        """A modifier makes the noun no event ("trade war", "offensive de charme"; lang/<iso>/void_objects.tsv)."""
        found = self._modifiers(noun) if modifiers is None else modifiers
        if found & self.lex.void_objects.get(noun.lemma_.lower(), frozenset()):
            return True
        # (and so does a void event it is in: "une trêve dans la guerre commerciale", "a truce in the trade war";
        # the parser may hang it on the verb: "ont conclu une trêve dans la guerre des mots")
        if modifiers is not None:
            return False
        around = [*noun.children, *(g for p in noun.children if p.dep_ == "prep" for g in p.children)]
        if noun.dep_ in OBJECTS:
            around += [s for s in noun.head.children if s.dep_.startswith("obl") and s.i > noun.i]
        return any(
            c.dep_.startswith(("nmod", "pobj", "obl"))
            and c.lemma_.lower() in self.lex.nouns
            and self._voided(c, self._modifiers(c))
            for c in around
        )

    def _object_is(self, obj: Token, lemma: str, depth: int = 0) -> bool:
        """The object is the thing itself, a quantity of it ("gave 5 million dollars of aid"), or a noun
        that only frames it ("ended mediation efforts")."""
        if obj.lemma_.lower() == lemma or obj.lower_ in (lemma, lemma + "s"):
            return True  # (the lemmatiser leaves some plurals as they are: "euros")
        if self.lex.cue("frame", obj.lemma_) and any(
            c.dep_ == "compound" and c.lemma_.lower() == lemma for c in obj.children
        ):
            return True
        for child in obj.children:
            if child.dep_ == "prep" and child.text.lower() == "of":
                # "5 million dollars of aid"; "part of a military aid program"
                if any(
                    g.dep_ == "pobj"
                    and (g.lemma_.lower() == lemma or (depth < 2 and self._object_is(g, lemma, depth + 1)))
                    for g in child.children
                ):
                    return True
            elif (
                child.dep_ == "nmod"
                and child.lemma_.lower() == lemma
                and any(c.dep_ == "case" and c.text.lower() in ("de", "d'") for c in child.children)
            ):
                return True
        return False

    def _the_thing(self, obj: Token, lemma: str) -> Token:
        """The noun an object is a quantity of ("most of its sanctions", "5 million dollars of aid"), or the
        object itself."""
        for child in obj.children:
            inner = self._pobj(child) if child.dep_ == "prep" and child.lower_ == "of" else None
            if inner is not None and inner.lemma_.lower() == lemma:
                return inner
        return obj

    def _has_particle(self, verb: Token, prep: str) -> bool:
        """The particle or preposition is there; a two-word one names its noun too ("attaquer en justice":
        to sue, not to attack)."""
        prep, _, noun = prep.partition(" ")
        for child in verb.children:
            if self._pobj(child).ent_type_ in ("DATE", "TIME") or self.lex.cue(
                "period", self._pobj(child).lemma_
            ):
                continue  # "agreed on Wednesday" is no agreement "on" something (but "called for his resignation
                # on Monday" is a call for it); "pushing it out of the top 20 for the first time" (cue kind `period`)
            if (
                child.dep_ in ("prt", "prep", "compound:prt")
                and (child.i > verb.i or verb.pos_ not in ("VERB", "AUX"))  # not "Upon his arrival, X called"
                and is_prep(child.text, prep)
                and (not noun or any(g.lemma_.lower() == noun for g in child.children))
                and not self._infinitive_marker(child)
                # a phrasal verb's particle is one, or right after it: "gave in to", not "to give a press
                # conference in Oxford" (cue kind `phrasal`)
                and (
                    child.dep_ != "prep" or child.i == verb.i + 1 or not self.lex.cue("phrasal", verb.lemma_)
                )
                # (nor, for a particle that takes no object, a preposition of place: "the speech he gave in Riyadh"
                # is no giving in; cue kind `intransitive`)
                and not (
                    child.dep_ == "prep"
                    and self.lex.cue("intransitive", f"{verb.lemma_} {prep}")
                    and self._pobj(child).ent_type_ in PLACE_ENTITIES
                )
            ):
                return True
            if any(c.dep_ in ("case", "mark") and is_prep(c.text, prep) for c in child.children) and (
                not noun or child.lemma_.lower() == noun
            ):
                return True
        if prep == "that" and any(
            # (or a clause the parser strung to it with no conjunction: "charged more rebel groups are aligning")
            (
                c.dep_ == "ccomp"
                or (c.dep_ == "conj" and not any(t.dep_ == "cc" for t in (*verb.children, *c.children)))
            )
            and not any(g.dep_ == "mark" for g in c.children)
            # (a finite clause: "charged the US was behind it", where the parser made the clause's subject an object)
            and any(
                "Fin" in t.morph.get("VerbForm", []) for t in (c, *c.children) if t.pos_ in ("VERB", "AUX")
            )
            # (right after the verb or its object: not a headline's next sentence, "Thailand Charges Journalists for
            # Report-BANGKOK — Two journalists are facing")
            and c.left_edge.i
            in {verb.i + 1, *(o.right_edge.i + 1 for o in verb.children if o.dep_ in OBJECTS and o.i < c.i)}
            and not c.left_edge.is_punct
            and not self.doc[c.left_edge.i - 1].is_punct
            for c in verb.children
        ):
            # an English "that" left out: "charged more rebel groups are aligning with terrorists"
            return True
        if noun or prep in GENITIVES:
            return False
        # the parser may hang the verb's phrase on its object ("a condamné un Australien à mort": "à mort"
        # under "Australien"); not "de", which makes the object someone's ("les troupes de l'OTAN"), nor on an
        # object that is an event ("a condamné l'attaque à la roquette")
        return any(
            g.dep_ in ("nmod", "obl")
            and g.i > obj.i
            and any(c.dep_ == "case" and is_prep(c.text, prep) for c in g.children)
            for obj in verb.children
            if obj.dep_ in ("obj", "dobj") and not self.triggers(obj)
            for g in obj.children
        )

    # -- actors ------------------------------------------------------------------------------------

    def actors_in(self, head: Token, *, near: bool = False) -> list[Mention]:
        """The actor mentions a phrase names: the one covering its head, else those inside it; one per
        coordinated member ("Spain, Ireland and Norway")."""
        heads = [head, *self._conjuncts(head)]
        # "Hungarian and Romanian officials": one noun, two coordinated actor adjectives
        adjectives: list[Token] = []
        for adjective in (c for c in head.children if c.dep_ == "amod"):
            coordinated = [c for c in adjective.children if c.dep_ == "conj"]
            adjectives += [adjective, *coordinated] if coordinated else []
        heads += adjectives
        agent = self._mention_at(head) if adjectives else None
        found: list[Mention] = []
        for h in heads:
            mention = self._mention_at(h)
            if (
                h in adjectives
                and mention is not None
                and mention.label == "state"
                and not mention.sector
                and agent is not None
                and agent.sector
                and agent.country != mention.country
            ):
                # "French and German police": the French police too, not France
                mention = replace(mention, sector=agent.sector, cameo=f"{mention.country}{agent.sector}")
            if mention is not None and (mention.actor_id or "").startswith("person:"):
                mention = self._acting_for(h) or mention
            members: list[Mention] = []
            if mention is not None and mention.rule == "agent+place":
                members = self._placed_members(mention)  # "lawmakers in Arnor and Gondor"
            if mention is not None and mention.rule == "title+context":
                # "The prime minister, Theresa May, ...": the holder named beside the title (see _holder)
                members = [
                    m
                    for c in h.children
                    if c.dep_ == "appos"
                    for m in [self._mention_at(c)]
                    if m is not None and (m.actor_id or "").startswith("person:")
                ]
            if mention is None:
                # the actors a noun no dictionary knows is in apposition with, rather than any its phrase names ("the
                # three guarantors of the Syrian peace process – Russia, Turkey and Iran –")
                named = next(
                    (
                        (m, a)
                        for a in h.children
                        # (set off by a comma or a dash, as an apposition is: not a name the parser hung on a noun,
                        # nor an acronym in brackets, which names what is just before it: "the force in Lebanon
                        # (UNIFIL)")
                        # (or one the French parser took for a complement, with no preposition: "Les garants des
                        # pourparlers, l'Iran, la Russie et la Turquie")
                        if (
                            a.dep_ == "appos"
                            or (a.dep_ == "nmod" and not any(c.dep_ == "case" for c in a.children))
                        )
                        and self._set_off(h, a)
                        if (m := self._mention_at(a)) is not None and m.actor_id and m.rule != "state:place"
                    ),
                    None,
                )
                if named is not None:
                    # (with the rest of the list, which the French parser may string as appositions: "la Russie, la
                    # Turquie et l'Iran")
                    listed: list[Token] = []
                    node: Token | None = named[1]
                    while node is not None:
                        listed += [node, *self._conjuncts(node)]
                        node = next(
                            (
                                c
                                for t in (listed[-1], listed[0])
                                for c in t.children
                                if c.dep_ == "appos" and c not in listed
                            ),
                            None,
                        )
                    mention = named[0]
                    members = [m for t in listed[1:] if (m := self._mention_at(t)) is not None and m.actor_id]
            if (
                mention is None
                and h is head
                and len(heads) > 1
                and self._set_off(head, heads[1])
                and (m := self._mention_at(heads[1])) is not None
                and m.actor_id
            ):
                continue  # "Les deux garants du processus syrien, la Russie et la Turquie": an apposition, coordinated
            if mention is None:
                # an organisation named before its noun, rather than whose it is ("South Africa's ruling ANC party",
                # "Russia's Wagner group")
                mention = next(
                    (
                        m
                        for c in h.children
                        if c.dep_ == "compound" and any(p.dep_ == "poss" for p in h.children)
                        if (m := self._mention_at(c)) is not None and m.label == "org"
                    ),
                    None,
                ) or self._first_mention(h, near=near)
                members = self._members(h, mention) if mention is not None else []
            if mention is None and h.lemma_.lower() in PRONOUNS:
                mention = self._antecedent(h)
                if mention is not None and h.morph.get("Number", []) == ["Plur"]:
                    # (with those coordinated with it: "Berlin and Washington said that they would send troops")
                    span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                    members = [
                        m
                        for c in (self._chain(span.root) if span is not None else [])
                        for m in [self._mention_at(c)]
                        if m is not None and m.end <= h.idx
                    ]
            if mention is None and h.tag_ == "WP$" and (noun := self._relative_doer(h)) is not None:
                mention = self._mention_at(noun)  # "al-Qaida, whose attacks": al-Qaida's
            for m in (mention, *members):
                if m is not None and m not in found:
                    found.append(m)
        # "le secrétaire général de l'ONU, Antonio Guterres": the office and its holder in apposition are one
        return [m for m in found if not any(self._holder(o, m) for o in found)]

    def _set_off(self, noun: Token, other: Token) -> bool:
        """A comma or a dash, and no coordinating word, between a noun and a word after it: an apposition."""
        between = self.doc[noun.i + 1 : other.i]
        marked = any(
            t.text in APPOSITION_MARKS
            # (a hyphen with spaces round it, not one inside a name: "Bachar al-Assad")
            or (t.text == "-" and bool(t.whitespace_) and bool(self.doc[t.i - 1].whitespace_))
            for t in between
        )
        return marked and not any(t.pos_ == "CCONJ" for t in between)

    def _acting_for(self, person: Token) -> Mention | None:
        """The international organisation a person is named as acting for, by a title before the name or in
        apposition ("U.N. mediator Diego Cordovez", "Kenzo Oshima, the United Nations Emergency Relief
        Coordinator"): whatever the person's own state, the organisation acts."""
        for title in person.children:
            if title.dep_ not in ("compound", "appos") or title.pos_ not in ("NOUN", "PROPN"):
                continue
            start, end = title.left_edge.idx, title.right_edge.idx + len(title.right_edge)
            for m in self.mentions:
                if start <= m.start and m.end <= end and (m.cameo or "").startswith("IGO"):
                    return m
        return None

    def _holder(self, person: Mention, office: Mention) -> bool:
        """A person named right after an office of the same code, or after a title that the context alone gave
        a holder ("The prime minister, Theresa May, has spoken", "its president, Vladimir Putin"), or after the
        state an office is of ("the presidents of Peru, Ollanta Humala, and Chile, Sebastián Piñera"), a comma
        between them."""
        return (
            (person.actor_id or "").startswith("person:")
            and person is not office
            and (
                (person.cameo == office.cameo and not (office.actor_id or "").startswith("person:"))
                or office.rule == "title+context"
                or (office.label == "state" and not office.sector and office.country == person.country)
            )
            and self.article.text[office.end : person.start].strip() in (",", "")
        )

    def _members(self, head: Token, mention: Mention) -> list[Mention]:
        """The actors coordinated with one found inside a phrase ("the resumption of ties with Egypt, Jordan
        and Morocco", "between Gondor and Osgiliath"): one per member, when the phrase itself names them,
        not a clause inside it ("an inquiry into the slaying, which soured relations between London and
        Moscow")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        node = span.root
        while node.i != head.i:
            if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
                return []
            node = node.head
        return [m for c in self._conjuncts(span.root) for m in [self._mention_at(c)] if m is not None]

    def _placed_members(self, mention: Mention) -> list[Mention]:
        """The agents of the places coordinated with an agent's place (the resolver reads "lawmakers in
        Arnor and Gondor" as Arnor's lawmakers and Gondor's)."""
        place = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if place is None:
            return []
        return [
            m
            for c in self._conjuncts(place[-1])
            for m in [self._mention_at(c)]
            if m is not None and m.rule == "agent+place" and m is not mention
        ]

    def _conjuncts(self, head: Token) -> list[Token]:
        """The members coordinated with a phrase, along the whole chain ("Spain, Ireland and Norway"; "Spain,
        Ireland, Norway recognize ..."); with no coordinating word among them, not a noun of another's, which is
        an apposition the parser coordinated ("the Nusra Front, al Qaeda's Syrian affiliate, and ...")."""
        found = self._chain(head)
        if found and not any(t.pos_ == "CCONJ" for t in self.doc[head.i + 1 : max(t.i for t in found)]):
            return [t for t in found if not (t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children))]
        return found

    def _chain(self, head: Token) -> list[Token]:
        found: list[Token] = []
        for child in head.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                found += [child, *self._chain(child)]
        return found

    def _mention_at(self, token: Token) -> Mention | None:
        if token.idx not in self._mention_cache:
            self._mention_cache[token.idx] = next(
                (m for m in self.mentions if m.start <= token.idx < m.end), None
            )
        return self._mention_cache[token.idx]

    def _first_mention(self, head: Token, *, near: bool = False) -> Mention | None:
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        conj_starts = [c.left_edge.idx for c in self._conjuncts(head)]
        # (nor in a phrase of time the parser hung on it: "a défié les sanctions lors d'une visite à Caracas")
        times = [
            c.left_edge.idx for c in head.children if c.i > head.i and self.lex.cue("temporal", c.lower_)
        ]
        end = min([end, *conj_starts, *times])
        inside = [
            m
            for m in self.mentions
            if start <= m.start
            and m.end <= end
            # a doer is no town named deep in its description ("les marches pour Adama"): a town stands for
            # its country only as the head's own complement ("the governor of Texas", "le conseil de Pacifica")
            and (not near or (self._near(head, m) and (m.rule != "place" or self._whose(head, m))))
            # nor a state named as where a war or a crisis is ("le conflit au Yémen oppose ..."; cue kind `theatre`)
            and not (
                near
                and m.label == "state"
                and self.lex.cue("theatre", head.lemma_.lower())
                and self._after_locative(m)
            )
            and not self._detached(head, m, doer=near)
            # nor, for a doer, a town or region that only qualifies a noun no dictionary knows ("The Tennessee
            # Republican has clashed with Trump": a man from there)
            and not (
                near
                and m.rule in TOWN_RULES
                and self._modifier(m)
                and self._modifies(m, head)
                and not self.lex.cue("polity", head.lemma_.lower())
            )
            # nor, for a doer, a state named as where something below a head that names no actor is ("any disruption
            # of elections in Ukraine could trigger sanctions": not Ukraine's; but "the regime in Damascus", "a
            # newspaper based in Beirut")
            and not (
                near and m.label == "state" and self._placed_below(head, m) and self._mention_at(head) is None
            )
            # nor a place fronted before the clause that the parser hung on it ("A Berlin, un cortège a été
            # arrêté"; not "the lifting of U.N., U.S. and EU sanctions")
            and not self._fronted(head, m)
            # nor a town that names an event after it ("adopt a Paris deal", "the Minsk agreements")
            and not self._named_after_town(m)
            # nor, for a doer, one the parser strung before an unknown person's name with a verb of saying between
            # them ("Police allege Eric Kirkpatrick opened fire", "allege" tagged a noun)
            and not (near and self._before_named_person(head, m))
            # nor, for a doer, a city that hosts international bodies, as where one sits ("un juge du MTPI à La
            # Haye": not the Dutch government)
            and not (near and m.rule in TOWN_RULES and is_venue(m.text) and self._after_locative(m))
            # nor one in a phrase of time or a clause of purpose deep below the head ("la répartition des sièges de
            # l'assemblée de l'après Kadhafi"; "regrette le moment choisi pour abaisser la note de l'Italie")
            and not self._aside(head, m)
        ]
        if (
            inside
            and inside[0].country
            and inside[0].label != "state"
            and self.lex.cue("follower", head.lemma_)
        ):
            # "des partisans de Bachar al-Assad": Syrians, not Assad
            return state_itself(inside[0], "follower")
        if (
            near
            and inside
            and inside[0].rule == "state:capital"
            and self._after_locative(inside[0])
            and self._mention_at(head) is None
        ):
            # "a smuggler in Chisinau", "a newspaper based in Beirut": of the state, not its government (but
            # "officials in Chisinau" are)
            return state_itself(inside[0], "origin")
        if (
            inside
            and inside[0].rule in ("state:adjective", "state:name", "state:short")
            and not inside[0].sector
            and (owner := self._owner(inside[0], head)) is not None
            and (sector := self._owner_sector(owner)) is not None
        ):
            # "un climatologue belge prévient", "a Belgian climatologist warned", "organisée par la Fédération
            # française de naturisme", "the Vegetarian Association of Germany will propose", "the Association of
            # Building Entrepreneurs of the Czech Republic": some of its people, not the state; "members of the
            # Communist Party of India": a party of it
            country = inside[0].country
            return replace(inside[0], sector=sector, cameo=f"{country}{sector}", rule="state:body")
        if near and inside and inside[0].sector and self._origin(head, inside[0]):
            # "la jeune fille, originaire de la banlieue de Washington": an American, not the US government
            return state_itself(inside[0], "origin")
        return inside[0] if inside else None

    def _owner(self, mention: Mention, head: Token) -> Token | None:
        """The noun in the head's phrase, the head or one below it, that a state's name or adjective qualifies
        ("Germany" of "Association", "India" of "Party" below "members"), and the nouns above it up to the head."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        if owner.i == root.i or not (self._modifies(mention, owner) or self._of(mention, owner)):
            return None
        node = owner
        while node.i != head.i:
            if node.head.i == node.i or node.dep_ in SUBJECTS or node.pos_ in ("VERB", "AUX"):
                return None  # (not below the head)
            node = node.head
        return owner

    def _owner_sector(self, owner: Token) -> str | None:
        """The sector of some of a state's people that a noun names: private people and their bodies (CVL), a
        party (PTY); among several nouns of a name, the first that says ("the Association of Building
        Entrepreneurs of the Czech Republic")."""
        node: Token | None = owner
        for _ in range(3):
            if node is None:
                break
            lemma = node.lemma_.lower()
            if self.lex.cue("private", lemma):
                return "CVL"
            if self.lex.cue("party-noun", lemma):
                return "PTY"
            # (up through a name's "of": "Entrepreneurs" of "the Association")
            node = (
                node.head.head
                if node.dep_ == "pobj" and node.head.lower_ == "of"
                else (node.head if node.dep_ == "nmod" else None)
            )
        return None

    def _aside(self, head: Token, mention: Mention) -> bool:
        """Between the head and the mention, below the head: a phrase of time or an infinitive clause, which the
        head's own complements are not."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        while node.i != head.i and node.head.i != node.i:
            if (node.dep_ != "compound" and self._temporal(node)) or (
                node.pos_ in ("VERB", "AUX")
                and ("Inf" in node.morph.get("VerbForm", []) or node.tag_ == "VB")
                # (not one the parser hung on a word of manner: "a refusé de manière répétée d'accepter une trêve
                # proposée par")
                and not (
                    self.lex.cue("manner", node.head.lemma_) or self.lex.cue("manner", node.head.head.lemma_)
                )
            ):
                return True
            node = node.head
        return False

    @staticmethod
    def _qualified(participle: Token) -> Token:
        """The noun a participle after it qualifies: its head, or the head's conjunct right before it, or, where
        they differ in number, the nearest noun between them of the participle's number ("les rebelles Houthis,
        soutenus par l'Iran": the parser hung "soutenus" on "l'Arabie saoudite" before them)."""
        head = participle.head
        # (a later conjunct of the head, right before the participle, is what it qualifies: "the Turkish army and
        # Syrian rebels backed by Ankara")
        nearest = next(
            (
                c
                for c in head.children
                if c.dep_ == "conj" and c.i < participle.i and c.right_edge.i == participle.i - 1
            ),
            None,
        )
        if nearest is not None and nearest.pos_ in ("NOUN", "PROPN"):
            return nearest
        number = participle.morph.get("Number", [])
        if not number or head.morph.get("Number", number) == number:
            return head
        return next(
            (
                t
                for t in reversed(participle.doc[head.i + 1 : participle.i])
                if t.pos_ in ("NOUN", "PROPN") and t.morph.get("Number", []) == number
            ),
            head,
        )

    def _before_named_person(self, head: Token, mention: Mention) -> bool:
        """The phrase's head is the name of a person no dictionary knows, and the mention comes before that name
        with a verb of saying between them."""
        return any(
            p.label in ("PERSON", "PER")
            and p.rule == "unresolved"
            and p.start <= head.idx < p.end
            and mention.end <= p.start
            and any(
                mention.end <= t.idx < p.start and self.lex.cue("reporting", t.lemma_.lower())
                for t in head.subtree
            )
            for p in self.article.mentions
        )

    def _questioned(self, verb: Token) -> bool:
        """A verb of questioning set between commas right after a name, about something ("Hua Chunying, asked
        about the comments, said"): the name was asked, by the press; the parser may make it the asker. Or one
        that only follows a quoted question ('"What is there to talk about?" she asked'): a question, no appeal."""
        if (
            self.lex.cue("questioning", verb.lemma_)
            # (the question may end a sentence of its own: '"What is there to talk about?" | she asked')
            and any(t.text == "?" for t in self.doc[max(verb.sent.start - 2, 0) : verb.i])
            and not any(
                c.dep_ in (*OBJECTS, "xcomp", "ccomp", "prep", "obl", "obl:arg") for c in verb.children
            )
        ):
            return True
        if self.lex.cue("questioning", verb.lemma_) and not any(c.dep_ == "xcomp" for c in verb.children):
            # "asked whether Britain could ...", "to ask British lawmakers ... why they were there", "a demandé aux
            # députés pourquoi": a question, no request (one asked to act has an infinitive first: "de payer")
            for t in self.doc[verb.i + 1 : verb.sent.end]:
                if self._asked_if(verb, t) or self.lex.cue("interrogative", t.lower_):
                    return True  # (the word opening the question comes before the verb it opens)
                if (
                    t.head.pos_ in ("VERB", "AUX")
                    and "Inf" in t.head.morph.get("VerbForm", [])
                    and t.head.i > t.i
                ):
                    break
        return (
            self.lex.cue("questioning", verb.lemma_)
            and verb.i >= 2
            and verb.nbor(-1).text == ","
            and (subject := self.subject(verb)) is not None
            and subject.i == verb.i - 2
            and any(c.dep_ == "prep" and self.lex.cue("about", c.lower_) for c in verb.children)
        )

    def _in_question(self, verb: Token) -> bool:
        """The verb is in the clause of a question put to someone, after the verb of asking (`_questioned`)."""
        node = verb
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return False
            if head.i < verb.i and self.lex.cue("questioning", head.lemma_) and self._questioned(head):
                return True
            node = head
        return False

    def _asked_if(self, verb: Token, word: Token) -> bool:
        """A yes-or-no question put to someone: "if" or "si" opening the clause that the verb of asking governs,
        with only whom it was asked between them ("asked Putin if he planned to", "a demandé aux élus si les
        crues"); not a condition on a request ("asked Russia for help if the talks fail", "a demandé
        l'aide de la Russie si")."""
        if not self.lex.cue("yes_no", word.lower_):
            return False
        # opening a clause below the verb of asking (not "si fort": so strong); the French parser may hang "si" on a
        # noun, or take the "s'" of "s'il" for "se"
        following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
        if word.dep_ not in ("mark", "case") and following not in ("il", "ils"):
            return False
        node = word
        for _ in range(4):
            if node.head.i == node.i or node.head == verb:
                break
            node = node.head
        if node.head != verb:
            return False
        # whom it was asked: the English object, the French "à" phrase
        addressees = [
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("dative", "iobj", "obl:arg") or (c.dep_ == "dobj" and self.lang == "en"))
            and c.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        return all(
            t.is_punct or any(t in a.subtree for a in addressees) for t in self.doc[verb.i + 1 : word.i]
        )

    def _named_after_town(self, mention: Mention) -> bool:
        """A town or capital in compound before an event noun of the lexicons, which it names ("a Paris deal")."""
        if mention.rule not in TOWN_RULES:
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return (
            span is not None
            and span.root.dep_ == "compound"
            and span.root.head.pos_ == "NOUN"
            # (talks, meetings and deals; "the California proposal" is the state's)
            and any(t.cameo[:2] in ("04", "05") for t in self.triggers(span.root.head))
        )

    def beside_border(self, mention: Mention) -> bool:
        """The mention names the state of a border that a word of nearness places something by ("near the
        Turkish border", "along the border with Lebanon", "près de la frontière turque", "à proximité de la
        frontière libanaise"): the place is by that state, most often outside it (cue kinds `boundary`,
        `vicinity`); not "a Turkish border town", which is in Turkey."""
        border = self.border_of(mention)
        if border is None:
            return False
        before = self.doc[max(border.left_edge.i - 3, border.sent.start) : border.left_edge.i]
        return any(self.lex.cue("vicinity", t.lower_) for t in before)

    def border_of(self, mention: Mention) -> Token | None:
        """The border the mention names the state of ("the Turkish border", "the border with Lebanon", "the
        Somali-Kenya border"; cue kind `boundary`), if it does."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        border = span.root.head
        if border.dep_ == "prep" or border.pos_ == "ADP":
            border = border.head  # "the border with Lebanon"
        if border is span.root or not self.lex.cue("boundary", border.lemma_.lower()):
            return None
        return border

    def _fronted(self, head: Token, mention: Mention) -> bool:
        """The mention opens the sentence, before its first comma, and the phrase's head comes after that comma."""
        start = head.sent.start_char
        return (
            mention.end <= head.idx
            and "," in self.article.text[mention.end : head.idx]
            and "," not in self.article.text[start : mention.start]
            and mention.start - start < 6
        )

    def _origin(self, head: Token, mention: Mention) -> bool:
        """The mention is whence the phrase's head comes, by a word of origin on the way up to the head (cue kind
        `origin`: "originaire de", "a native of")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        node = span.root if span is not None else head
        for _ in range(6):
            if node.i == head.i or node.head.i == node.i:
                return False
            node = node.head
            if self.lex.cue("origin", node.lower_) or self.lex.cue("origin", node.lemma_.lower()):
                return True
        return False

    def _whose(self, head: Token, mention: Mention) -> bool:
        """The mention is the `of`/`de` complement of the head itself ("the governor of Texas")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == head.i:
            return True
        if root.dep_ in ("poss", "nmod:poss") and root.head.i == head.i:
            return True  # "Houston's police chief"
        return (
            root.head.i == head.i
            and root.dep_ == "nmod"
            and any(c.dep_ == "case" and is_prep(c.text, "de") for c in root.children)
        )

    def _detached(self, head: Token, mention: Mention, *, doer: bool = False) -> bool:
        """The mention tells about the phrase without naming it: inside a relative clause ("a plan that will
        not allow candidates from Hamas") or below a word of kinship ("Robert Trump, un frère du président":
        not the president) or an adjective's complement in apposition ("a cafe popular with diplomats"); and, for
        a doer, the agent of a passive inside it ("a couple said by U.S. authorities
        to have been inspired ... killed"), for anyone the agent of a participle qualifying it ("Covax, soutenu
        par l'OMS, est boycotté": not the WHO)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        while node.i != head.i and node.head.i != node.i:
            # (not an infinitive the parser calls relative: "a call for forces to be deployed")
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ in ("relcl", "acl:relcl") and not infinitive:
                return True
            if node.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in node.children):
                return True  # a clause of its own, with its own subject ("les normes ..., après que Trump s'est plaint")
            if doer and node.dep_ == "acl" and node.tag_ == "VBG":
                return True  # what the doers are doing is not who they are ("Kurdish militias fighting against Turkey")
            if doer and node.dep_ in ("acl", "amod") and self._guise_or_stand(node):
                # nor what they look like or whom they oppose ("a man dressed as an Afghan soldier", "déguisé en
                # policier", "groups opposed to Assad")
                return True
            if node.dep_ in AGENTS and (
                doer or (node.head.dep_ in ("acl", "amod") and self.lex.cue("backed", node.head.lower_))
            ):
                # (nor, for anyone, the backer of what the phrase names: "rebels, backed by Iran"; but
                # "hostages held by Hamas" are Hamas's to release)
                return True
            below, node = node, node.head
            # (an apposition's word of what the phrase is like: "a cafe popular with diplomats")
            if (
                node.dep_ == "amod"
                and node.pos_ == "ADJ"
                and below.dep_ == "prep"
                and node.head.dep_ == "appos"
            ):
                return True
            if doer and any(
                c.dep_ == "acl" and c.i == below.left_edge.i - 1 and self._guise_or_stand(c)
                for c in node.children
            ):
                # (the French parser hangs the guise's or the opposition's phrase on the noun itself: "un homme
                # déguisé en soldat afghan", "des groupes opposés à Assad")
                return True
            whose = below.dep_ in ("prep", "poss", "nmod:poss") or (
                below.dep_ == "nmod" and any(c.dep_ == "case" for c in below.children)
            )
            # (a name before a word of standing counts too: "a US ally", "Moscow's proxies")
            if (
                (whose and self.lex.cue("kin", node.lemma_))
                or (
                    below.dep_ in ("compound", "poss", "nmod:poss", "amod")
                    and self.lex.cue("standing", node.lemma_)
                )
                or (
                    below.dep_ == "compound"
                    and (mention.actor_id or "").startswith("person:")
                    # (one's followers as the phrase itself are one's country's people: see _first_mention)
                    and (
                        self.lex.cue("kin", node.lemma_)
                        or (self.lex.cue("follower", node.lemma_) and node != head)
                    )
                )
            ):
                return True  # whose relative ("le père de ...", "the president's brother", "a Trump supporter", "an
                # Obama appointee"), not what kind ("le père tchétchène")
        return False

    def _guise_or_stand(self, participle: Token) -> bool:
        """A participle or adjective of dress or of opposition (cue kinds `guise`, `opposing`): what its phrase names
        is what a doer looks like or stands against, not the doer ("dressed as", "opposed to")."""
        lemma = participle.lemma_.lower()
        return bool(self.lex.cue("guise", lemma) or self.lex.cue("opposing", lemma))

    def _near(self, head: Token, mention: Mention) -> bool:
        """A mention close enough below a phrase's head to stand for it ("the army of Sudan", "John Smith,
        the U.S. ambassador"), not one deep in its modifiers ("Lawrence Gostin, director of the Institute
        for Health Law at Georgetown": not Guyana's capital)."""
        token = next((t for t in head.subtree if t.idx <= mention.start < t.idx + len(t) + 1), None)
        while token is not None and token.head.i != token.i and mention.start <= token.head.idx < mention.end:
            token = token.head  # from the mention's first word to its own head ("Syrian opposition")
        for _ in range(MENTION_DEPTH + 1):
            if token is None or token.i == head.i:
                return token is not None
            token = token.head if token.head.i != token.i else None
        return False

    def _antecedent(self, pronoun: Token) -> Mention | None:
        """The actor a subject pronoun stands for: the last actor before it that agrees with it in number
        (and gender, in French), preferring actors that were subjects ("les responsables américains ont
        averti qu'elle ...": "elle" is not the officials)."""
        # "he", "she" stand for people, never for a state or a capital ("He urged Lebanon"); "il", "elle"
        # may stand for either ("la Chine ... elle envisageait")
        personal = self.lex.cue("personal", pronoun.text.lower())
        impersonal = self.lex.cue("impersonal", pronoun.text.lower())
        if (
            impersonal
            and pronoun.dep_ in SUBJECTS
            and any(c.dep_ == "acomp" for c in pronoun.head.children)
            and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in pronoun.head.children)
        ):
            return None  # "It was necessary to halt atrocities": a placeholder for the clause, no one
        # an object pronoun is not its own verb's subject ("police told them to lay down their arms": not the
        # police; "themselves" is no such pronoun)
        verb = pronoun.head if pronoun.dep_ in (*OBJECTS, "obl") else None
        doer = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb is not None else None
        start, end = (doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)) if doer else (0, 0)
        before = [
            m
            for m in self.mentions
            if m.end <= pronoun.idx
            and not start <= m.start < end
            and m.actor_id
            and m.label in ANTECEDENT_LABELS
            and m.rule != "state:adjective"  # "une militante française ... elle": the woman, not France
            and m.rule != "state:place"  # "will travel to New York ... it allowed her": no town is "it"
            and not self._channel(m)  # "sur Twitter, il a accusé": the medium said nothing
            and (not personal or self._a_person(m) or self._names_a_person(m) or self._office_holder(m))
            and not (impersonal and (self._a_person(m) or self._office_holder(m)))
            and pronoun.idx - m.start < 600
            and self._agrees(pronoun, m)
        ]
        subjects = [m for m in before if (m.start, m.end) in self._subject_spans]
        subjects_spans = {(m.start, m.end) for m in subjects}
        # in a clause of purpose or result ("faire pression sur Israël pour qu'il cesse"), the nearest; in
        # reported speech or a new sentence, the last subject
        if any(
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and self.lex.cue("purpose", c.lemma_.lower()) for c in node.children)
            for node in pronoun.ancestors
        ):  # (not a concession: "the EU backs the deal the US abandoned, even if it criticises Iran")
            subjects = []
        last = None if impersonal else self._last_person_subject(pronoun)
        if personal:
            # "he", "she": a person named before it in its own sentence ("Sources in Davutoglu's office said
            # he"), else the last person who was a subject, whom it continues ("Penn ... He has defended
            # Hugo Chavez ... he rails against" is Penn, whom no dictionary knows, not Chavez)
            # (not a name that only qualifies a noun: "called a Donald Trump presidency unthinkable and said he")
            own = [
                m
                for m in before
                if m.start >= pronoun.sent.start_char and not (self._a_person(m) and self._modifier(m))
            ]
            # (the same pronoun as a subject before it in its sentence, no actor's subject between, is the same
            # one: "He outsourced the conflict to the Russian president, Vladimir Putin, when he agreed")
            same = next(
                (
                    t
                    for t in self._subjects_before(pronoun)
                    if t.sent.start == pronoun.sent.start and t.lower_ == pronoun.lower_
                ),
                None,
            )
            if same is not None and not any(
                same.idx < m.start and (m.start, m.end) in subjects_spans for m in own
            ):
                return self._antecedent(same)
            if own:
                found = next((m for m in own if (m.start, m.end) in subjects_spans), own[-1])
                span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
                other = self._other_person_after(span.root) if span is not None else None
                # (the end of an apposition the parser took for the subject: "After the resignation of the minister, John
                # Doe, Jane Roe said he": Jane Roe)
                return (self._mention_at(other) if other is not None else None) or found
            if last is not None:
                if last.lower_ in PRONOUNS:
                    return self._antecedent(last)
                return next((m for m in before if m.start <= last.idx < m.end), None)
        unplaced = None if personal else self._unplaced_subject_before(pronoun)
        if unplaced is not None:
            # "it" after a subject no dictionary places stands for that subject: a name of no state known, or a
            # noun ("the regime made gains ... when it took control") that may repeat one placed before
            subject, mention = unplaced
            if subject.pos_ == "PROPN" or mention is None:
                return None
            return self._same_noun_before(subject, mention)
        if not before:
            return None
        # (a possessive "its" is the nearest: "punishing Moscow for its interference", "fell out with Netanyahu's
        # government over its mistreatment")
        # (not a name that only qualifies a noun or says where: "the 2020 US election", "US policy in Syria")
        heads = [m for m in before if not self._modifier(m) and not self._in_setting(m)]
        if pronoun.dep_ in POSSESSIVES:
            if not heads and not subjects:
                return None
            found = (heads or subjects)[-1]
        else:
            # (nor, for a subject, a town that only says where or qualifies a noun: "London postcodes ... It will
            # also offer", "the Washington area ... It slammed"; but "the U.S.-led coalition ... they")
            candidates = [
                m
                for m in before
                if pronoun.dep_ not in SUBJECTS
                or not (
                    self._in_setting(m)
                    or (m.rule == "state:capital" and (self._modifier(m) or self._of_a_thing(m)))
                )
            ]
            if not candidates and not subjects:
                return None
            found = (subjects or candidates)[-1]
        # (in French, where "il" and "elle" stand for things as well as actors; and a "they" that follows
        # people no dictionary places: "suicide bombers blew themselves up ... they killed 20 people")
        plural = (
            self.lang != "fr" and pronoun.dep_ in SUBJECTS and pronoun.morph.get("Number", []) == ["Plur"]
        )
        prior = (
            None
            if personal or impersonal or (self.lang != "fr" and not plural)
            else self._last_agreeing_subject(pronoun)
        )
        if (
            prior is not None
            and (prior.idx >= found.end or ((found.start, found.end) not in subjects_spans and not plural))
            # (not a noun that itself points back: "ten terrorists were killed and two others captured when they")
            and not self.lex.cue("anaphoric", prior.lemma_.lower())
            and self._mention_at(prior) is None
            and self._first_mention(prior, near=True) is None
        ):
            return None  # "La tempête Laura a frappé la République dominicaine ... Elle a tué": the storm
        if (
            prior is not None
            and prior.idx >= found.end
            and self._mention_at(prior) is None
            and (named := self._first_mention(prior, near=True)) is not None
            and named.start >= found.end
        ):
            # "Quatre pays européens --Pays-Bas, Autriche, Danemark et Suède-- ont présenté ... Ils rejettent": the
            # states the later subject names, not a subject before it
            return named
        if (
            last is not None
            and last.idx >= found.end
            and not any(m.start <= last.idx < m.end for m in self.mentions)
        ):
            return None  # "il" after a person no actor mention covers
        if not personal and found.start < pronoun.sent.start_char and self._unplaced_agent_subject(pronoun):
            return None
        return found

    def _unplaced_agent_subject(self, pronoun: Token) -> bool:
        """A subject before the pronoun in its own sentence is an agent noun no state or dictionary places and
        agrees with it: the pronoun may well stand for that, not for an actor of a sentence before ("The Arab
        League is poised to re-admit Syria. ... after the regime made gains ..., when it took control of Deraa")."""
        for token in self._subjects_before(pronoun):
            if token.sent.start != pronoun.sent.start:
                return False
            if any(
                m.start <= token.idx < m.end
                and m.label == "agent"
                and not (m.actor_id or m.country)
                and self._agrees(pronoun, m)
                for m in self.article.mentions
            ):
                return True
        return False

    def _modifier(self, mention: Mention) -> bool:
        """The mention only qualifies a noun ("the 2020 US election", "Russian gas")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # (not an organisation named before its noun: "South Africa's ruling ANC party" is the ANC)
        if (
            span is not None
            and mention.label == "org"
            and span.root.dep_ == "compound"
            and any(p.dep_ == "poss" for p in span.root.head.children)
        ):
            return False
        return span is not None and span.root.dep_ in ("compound", "amod") and span.root.head.i > span.root.i

    def _of(self, mention: Mention, head: Token) -> bool:
        """The mention is the head's `of` complement ("the Football Association of Germany")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return (
            span is not None
            and span.root.dep_ == "pobj"
            and span.root.head.lower_ == "of"
            and span.root.head.head.i == head.i
        )

    def _modifies(self, mention: Mention, head: Token) -> bool:
        """The mention hangs right on the head ("Tennessee" on "Republican" in "the Tennessee Republican")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.head.i == head.i

    def _of_a_thing(self, mention: Mention) -> bool:
        """The mention is the `of`/`de` complement of a noun that names no actor ("le directeur du diocèse de Paris
        ... promet-il": not the French government)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        owner = root.head.head if root.head.dep_ == "prep" and root.head.lower_ == "of" else root.head
        of = (root.head.dep_ == "prep" and root.head.lower_ == "of") or any(
            c.dep_ == "case" and is_prep(c.lower_, "de") for c in root.children
        )
        return of and owner.pos_ == "NOUN" and self._mention_at(owner) is None

    def _placed_below(self, head: Token, mention: Mention) -> bool:
        """The mention is the object of a locative preposition that hangs on a noun below the head, not on the head
        itself ("elections in Ukraine" below "disruption")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        for word in self._introducers(mention):
            if self.lex.cue("locative", word.lower_):
                governor = word.head if word.dep_ == "prep" else span.root.head
                # (a noun's, not a participle's that says where the head is: "a newspaper based in Beirut")
                return governor.i not in (head.i, span.root.i) and governor.pos_ in ("NOUN", "PROPN")
        return False

    def _in_setting(self, mention: Mention) -> bool:
        """The mention is inside a phrase of place, up to three words above it ("in Syria", "in the 2020 US
        election")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        node = span.root if span is not None else None
        for _ in range(3):
            if node is None or node.head.i == node.i:
                return False
            node = node.head
            if node.dep_ == "prep":
                # (its own preposition only: "disputes with the US" is not in a setting for being "engaged in" them)
                return bool(self.lex.cue("locative", node.lower_))
        return False

    def _unplaced_subject_before(self, pronoun: Token) -> tuple[Token, Mention | None] | None:
        """The nearest subject before the pronoun in its sentence, with its mention, when no dictionary places it
        ("The Justice Department had argued ... that it would be willing to demand": the department, not China's
        ministry named in the sentence before), or when it is a name no dictionary knows at all ("The Balmoral left
        Southampton ... where it first arrived in the United States": not Bermuda, named as a stop)."""
        # (not a relative pronoun: "Renamo, which has been pushing for reforms, said that it would boycott")
        subject = next(
            (
                t
                for t in self._subjects_before(pronoun)
                if t.sent.start == pronoun.sent.start
                and t.tag_ not in ("WDT", "WP")
                and "Rel" not in t.morph.get("PronType", [])
            ),
            None,
        )
        if subject is None and self.lex.cue("impersonal", pronoun.lower_) and pronoun.sent.start > 0:
            # an "it" that opens its sentence's subjects goes on with the main subject of the sentence before ("The
            # town, which is the rebels' last bastion, lies on the border with Uganda. It was recaptured": no state)
            # (a thing's noun only: no person, whom "it" never stands for)
            before = self.doc[pronoun.sent.start - 1].sent.root
            subject = next((c for c in before.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN"), None)
        if subject is None or subject.lower_ in PRONOUNS:
            return None
        mention = next((m for m in self.article.mentions if m.start <= subject.idx < m.end), None)
        if mention is None:
            return (
                (subject, None)
                if (subject.pos_ == "PROPN" and subject.ent_type_ not in PLACE_ENTITIES)
                # (or a noun of no actor that agrees with it: "Safe Harbour was struck down on the grounds that it
                # allowed"; not "la crise ..., à l'issue de laquelle il a promis")
                or (
                    subject.pos_ == "NOUN"
                    and self._first_mention(subject, near=True) is None
                    and _same_form(pronoun, subject)
                    and not self.lex.cue("anaphoric", subject.lemma_.lower())
                )
                else None
            )
        if (
            mention.actor_id
            or mention.country
            # (an organisation no dictionary knows too: "Renamo ... said that it would boycott")
            or mention.label not in (*ANTECEDENT_LABELS, "ORG")
            or not self._agrees(pronoun, mention)
        ):
            return None
        return subject, mention

    def _same_noun_before(self, noun: Token, mention: Mention) -> Mention | None:
        """The last placed actor before the mention named by the same noun ("Syrian rebels ... The rebels said
        they")."""
        same = [
            m
            for m in self.mentions
            if m.end <= mention.start and m.actor_id and m.text.split()[-1].lower() == noun.lower_
        ]
        return same[-1] if same else None

    def _subjects_before(self, pronoun: Token) -> Iterator[Token]:
        """The subjects before a pronoun, nearest first, within the window where antecedents are sought."""
        for token in reversed(self.doc[max(0, pronoun.i - 150) : pronoun.i]):
            if pronoun.idx - token.idx >= 600:
                return
            if token.dep_ in SUBJECTS:
                yield self._other_person_after(token) or token

    def _last_agreeing_subject(self, pronoun: Token) -> Token | None:
        """The last noun subject before a pronoun of the third person that agrees with it in gender and number
        (the French "elle" of "la tempête"), skipping other pronouns and relative ones."""
        if pronoun.morph.get("Person", []) != ["3"] or pronoun.lower_ not in PRONOUNS:
            return None
        return next(
            (
                token
                for token in self._subjects_before(pronoun)
                if token.pos_ in ("NOUN", "PROPN") and _same_form(pronoun, token)
            ),
            None,
        )

    def _last_person_subject(self, pronoun: Token) -> Token | None:
        """The last subject before a pronoun that may be a person: a person's name, "he", "she", or for
        those, any name not of a place (the tagger reads "Shkreli says" as a nationality or a company)."""
        personal = self.lex.cue("personal", pronoun.lower_)
        return next(
            (
                token
                for token in self._subjects_before(pronoun)
                if token.ent_type_ in ("PERSON", "PER")
                or (token.lower_ in PRONOUNS and self.lex.cue("personal", token.lower_))
                or (
                    personal
                    and token.pos_ == "PROPN"
                    and token.ent_type_ not in PLACE_ENTITIES
                    and not any(m.start <= token.idx < m.end and not self._a_person(m) for m in self.mentions)
                )
            ),
            None,
        )

    @staticmethod
    def _a_person(mention: Mention) -> bool:
        """A mention of a person, named or by office ("Iran's supreme leader", "Russian President Vladimir
        Putin": labelled by their state, yet "he" may stand for them and "it" may not)."""
        rule = mention.rule or ""
        if rule == "person+agent":
            return False  # a person's body, not the person: "Netanyahu's government ... its"
        return (
            mention.label in PERSON_LABELS
            or (mention.actor_id or "").startswith("person:")
            or "person" in rule
            or "title" in rule
        )

    def _office_holder(self, mention: Mention) -> bool:
        """A mention by one person's office or role, unnamed ("the governor of North Kivu", "a senior official"; cue
        kind `holder`): "he" may stand for it, "it" may not."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return (
            span is not None
            and "Plur" not in span.root.morph.get("Number", [])
            and self.lex.cue("holder", span.root.lemma_)
        )

    def _channel(self, mention: Mention) -> bool:
        """A company or medium named as the channel of words ("sur Twitter", "on Facebook", "via WhatsApp")."""
        return mention.sector in COMMERCIAL_SECTORS and self.lex.cue("channel", self.word_before(mention))

    def word_before(self, mention: Mention) -> str:
        """The word just before a mention, lower-cased ("in" Rome, "sur" Twitter)."""
        before = self.article.text[max(0, mention.start - 12) : mention.start].split()
        return before[-1].lower() if before else ""

    def _names_a_person(self, mention: Mention) -> bool:
        """An organisation or state that heads a person's name ("U.N. Secretary-General Kofi Annan"): the
        person acts for it, and "he" may stand for it."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        for token in self.doc[span.end : span.end + 5]:
            if (token.is_punct and token.text not in ("-", "‑")) or token.pos_ in ("VERB", "AUX"):
                return False  # "Russia, he said": a comma ends the name, and so does a verb ("the court said King")
            if token.ent_type_ in ("PERSON", "PER"):
                return True
        return False

    def _agrees(self, pronoun: Token, mention: Mention) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        head = span.root
        coordinated = bool(self._chain(head)) or (head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"))
        for feature in ("Number", "Gender"):
            want = pronoun.morph.to_dict().get(feature, "")
            have = head.morph.to_dict().get(feature, "")
            if feature == "Number" and want == "Plur" and coordinated:
                continue  # "Berlin and Washington said that they would": members of a plural
            if (
                feature == "Number"
                and want == "Sing"
                and coordinated
                and (
                    pronoun.dep_ in SUBJECTS
                    # (a possessive too, outside the coordination itself: "China and Russia have opposed its
                    # deployment"; but "Russia and its allies")
                    or (
                        pronoun.dep_ in POSSESSIVES
                        and pronoun.head.i not in {head.i, *(t.i for t in self._chain(head))}
                    )
                )
            ):
                return False  # "The U.S. and United Nations ... since it tested": no member of a plural
            if want and have and not set(want.split(",")) & set(have.split(",")):
                return False
        return True

    # -- roles ---------------------------------------------------------------------------------------

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, inherited through infinitive complements and conjoined verbs."""
        if "Imp" in verb.morph.get("Mood", []):
            return None  # '"Mais demandez-lui", se défend-il': an imperative's doer is whom it addresses
        seen = 0
        conjoined = False  # "has been indicted ... and will resign": the passive subject also resigns
        raised = False  # "China is expected to impose tariffs": the passive subject imposes them
        while seen < 6:
            # the French model may hang the subject on the auxiliary ("L'Égypte et la Turquie ont
            # rétabli": "Égypte" under "ont"): the auxiliary's subject is its verb's
            auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
            children = [*verb.children, *(c for a in auxiliaries for c in a.children)]
            # an inverted clitic is the subject whatever else the parser calls one ('"... l'avenir du Liban
            # ...", a-t-il estimé': "il", not "avenir")
            # and one before the clause's subordinator is not the clause's ("une cinquantaine d'étudiants quand
            # l'Equateur a fermé ses frontières": the parser gives "fermé" both)
            subordinators = [c.i for c in verb.children if c.dep_ == "mark"]
            # nor is a headline's topic before a colon ("Huawei : Pékin dénonce ...": Beijing denounces)
            colons = [c.i for c in verb.children if c.text == ":" and c.i < verb.i]
            # nor one a comma parts from another subject after it ("After the resignation of the minister,
            # John Doe, Jane Roe said": the end of an apposition before the clause; both named people)
            subjects = [
                c.i
                for c in children
                if c.dep_ in SUBJECTS
                and c.i < verb.i
                and (m := self._mention_at(c)) is not None
                and m.label == "person"
            ]
            parted = {
                c
                for c in subjects
                if any(c < later and any(t.text == "," for t in self.doc[c:later]) for later in subjects)
            }
            children.sort(
                key=lambda c: (
                    not (c.dep_ in SUBJECTS and c.lower_ in INVERTED_CLITICS),
                    any(c.i < m < verb.i for m in (*subordinators, *colons)) or c.i in parted,
                )
            )
            if (
                verb.tag_ == "VBN"
                and not auxiliaries
                and verb.dep_ == "relcl"
                and any(c.dep_ == "prep" and self._pobj(c).tag_ in ("WDT", "WP") for c in verb.children)
            ):
                # "under which asylum seekers intercepted at sea are sent": the parser took the participle after
                # the noun for the relative clause's verb and the noun for its subject; the noun underwent it
                # (not "an attack Turkey blamed on Islamic State")
                return None
            if (
                verb.dep_ == "ccomp"
                and verb.tag_ in ("VBD", "VBN")
                and verb.head.lemma_ == "be"
                and not any(c.dep_ == "mark" for c in verb.children)
                and any(c.dep_ in SUBJECTS and verb.head.i < c.i < verb.i for c in children)
            ):
                # "She is the first British woman killed fighting alongside Kurdish forces": the parser took the
                # copula's noun for the subject of the participle that qualifies it; that noun underwent it
                return None
            for child in children:
                if child.dep_ in SUBJECTS and child.pos_ == "X" and len(child.text) == 1:
                    # "A Paris, 5.500 personnes ont bravé": an unaccented preposition the parser took for a subject
                    continue
                if child.dep_ in SUBJECTS and (
                    (child.dep_ not in PASSIVE_SUBJECTS and not self._bare_passive(verb))
                    or conjoined
                    or raised
                    or not self.passive(verb)
                ):
                    return self._relative_doer(child) or self._other_person_after(child) or child
            morph = verb.morph.to_dict()
            if verb.dep_ == "acl" and "Part" in morph.get("VerbForm", "") and morph.get("Tense") != "Pres":
                return None  # "fighters captured in Syria": the noun is who underwent it, not who did it
            if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
                # a finite clause has a subject of its own, one the parser lost ("since an uprising in 2014 forced
                # out Yanukovich": not the main clause's)
                return None
            marks = [c for c in verb.children if c.dep_ == "mark"]
            if (
                verb.dep_ == "advcl"
                and marks
                and any("Fin" in t.morph.get("VerbForm", []) for t in (verb, *auxiliaries))
                and not self.passive(verb)
            ):
                # so in French, where the parser may fix the subject into the subordinator ("parce que Pékin n'a
                # pas autorisé": "Pékin" a part of "parce que")
                return next(
                    (
                        g
                        for m in marks
                        for g in m.children
                        if g.dep_ == "fixed" and g.pos_ in ("PROPN", "NOUN")
                    ),
                    None,
                )
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VB"
                and any(
                    p.dep_ == "prep" and p.i < to.i
                    for to in auxiliaries
                    if to.lower_ == "to"
                    for p in verb.children
                )
            ):
                # "At a rally in Dallas to protest the killing, a gunman opened fire": the parser hung the phrase
                # on the infinitive; the infinitive says what the rally was for, not what the gunman did
                return None
            if (
                verb.dep_ == "xcomp"
                and verb.tag_ == "VBN"
                and not auxiliaries
                and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.head.children)
            ):
                return None  # "two U.S. citizens have been confirmed killed": the subject underwent it
            if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not auxiliaries:
                # "answered questions when asked", "Backed by Moscow, the rebels ...": the clause's subject
                # underwent it
                return None
            if (
                verb.dep_ == "acl"
                and verb.head.dep_ in OBJECTS
                and verb.head.head.pos_ in ("VERB", "AUX")
                and ("Prog" in morph.get("Aspect", "") or morph.get("Tense") == "Pres")
                # (words, not "overcome questions surrounding her use of email")
                and self.lex.cue("discourse", verb.head.lemma_.lower())
            ):
                # "issued a declaration demanding that ...", "a publié un communiqué exigeant": who issued it
                verb = verb.head.head
                seen += 1
                continue
            if (
                verb.dep_ == "acl"
                and "Inf" in morph.get("VerbForm", "")
                and any(
                    c.dep_ in ("aux", "mark") and self.lex.cue("purpose", c.lemma_) for c in verb.children
                )
                and self.lex.cue("project", verb.head.lemma_)
                and verb.head.dep_ in OBJECTS
                and verb.head.head.pos_ in ("VERB", "AUX")
            ):
                # "Iran announced a plan to attack Israel", "launched a campaign to force ...": whoever has the plan;
                # not a power one has ("has powers to propose rules"), nor a plan called off ("delayed plans to
                # capture")
                # (nor efforts one ignores: "has ignored diplomatic efforts to end the war" are others')
                if self.lex.cue("capability", verb.head.lemma_) or any(
                    self.lex.cue(kind, verb.head.head.lemma_) for kind in ("undoing", "disregarding")
                ):
                    return None
                # (the plan's own author if it names one: "lambasted decisions by Donald Trump to pull out")
                author = next(
                    (self._pobj(c) for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "by"), None
                )
                if author is not None and author.dep_ == "pobj":
                    return author
                verb = verb.head.head
                seen += 1
                continue
            if verb.dep_ == "xcomp" and self.lex.cue("advising", verb.head.lemma_):
                return None  # "L'Autriche déconseille de se rendre en Espagne": travellers go, not Austria
            if (
                verb.dep_ == "xcomp"
                # (or an infinitive the parser hung on it as an adverbial: "helped motivate French extremists to
                # travel")
                or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
            ) and self.lex.cue("control", verb.head.lemma_):
                # "persuaded Trump to launch strikes": Trump launches them (not "used the chaos to seize")
                # (or, in French, whom one asks: "a demandé à la Russie de retirer ses troupes")
                controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None) or next(
                    (
                        c
                        for c in verb.head.children
                        if c.dep_ in ("iobj", "obl:arg")
                        and any(g.dep_ == "case" and g.lower_ == "à" for g in c.children)
                    ),
                    None,
                )
                if controller is not None:
                    return controller
            if (
                verb.dep_ == "pcomp"
                and verb.tag_ == "VBG"
                and verb.head.lower_ == "by"
                and verb.head.head.pos_ in ("VERB", "AUX")
            ):
                verb = verb.head.head  # "retaliated by striking Gaza": who retaliated struck
                seen += 1
                continue
            if (
                verb.dep_ == "pcomp"
                and verb.tag_ == "VBG"
                and verb.head.head.dep_ == "pobj"
                and self.lex.cue("possible", verb.head.head.lemma_)
                and verb.head.head.head.head.pos_ in ("VERB", "AUX")
            ):
                verb = verb.head.head.head.head  # "The Taliban are on the brink of capturing Kabul": they may
                seen += 1
                continue
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and not any(t.cameo[:2] in SPEECH_ROOTS for t in self.lex.verbs.get(verb.lemma_.lower(), ()))
                and any(
                    # (words, not an act done by a word: "declared a state of siege, arresting opponents")
                    self.lex.cue("reporting", h.lemma_)
                    and not any(c.dep_ in ("dobj", "obj") for c in h.children)
                    for h in (verb.head, *([verb.head.head] if verb.head.dep_ in ("xcomp", "advcl") else []))
                )
            ):
                # "he said referring to air strikes that hit a hospital, killing children": the parser hung the
                # strikes' participle on the speaker's words; a speaker kills no one (but "said, accusing Russia")
                return None
            if (
                verb.dep_ == "conj"
                and verb.head.dep_ in ("acl:relcl", "relcl")
                and not any(c.dep_ == "cc" for c in verb.children)
                and auxiliaries
            ):
                # "La famille de George Floyd, à laquelle le président a annoncé avoir parlé, a salué": the main
                # verb the parser coordinated, without a conjunction, to the relative clause before it; its subject
                # is the noun that clause qualifies
                return verb.head.head
            if (
                verb.dep_ == "conj"
                and verb.tag_ in ("VBD", "VBN")
                and not auxiliaries
                and not any(c.dep_ in OBJECTS for c in verb.children)
                and self.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "cc" and c.i < verb.i for c in (*verb.head.children, *verb.children))
            ):
                # "to receive remnants of the group captured over five years": a participle after its noun that the
                # parser coordinated, with no conjunction, to the main verb; the noun underwent it
                return None
            if (infinitive := self.coordinated_infinitive(verb)) is not None:
                verb = infinitive
                seen += 1
                continue
            if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VERB") and self._nature_meanwhile(verb):
                # "The province evacuates people as a wildfire spreads, forcing residents to flee": the fire
                # forces them out
                return None
            if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and verb.head is not verb:
                # a true passive ("has been indicted"), not a French reflexive ("se sont dégradées")
                conjoined = (
                    verb.dep_ == "conj"
                    and seen == 0
                    and any(c.dep_ in ("auxpass", "aux:pass") for c in verb.head.children)
                )
                raised = verb.dep_ == "xcomp"
                verb = verb.head
                seen += 1
                continue
            return None
        return None

    def _other_person_after(self, subject: Token) -> Token | None:
        """A person named in apposition right after a subject that names another person: the parser took the
        end of an apposition before the clause for its subject ("After the resignation of the minister, John
        Doe, Jane Roe said": Jane Roe said)."""
        first = self._mention_at(subject)
        if first is None or first.label != "person":
            return None
        for child in subject.children:
            second = self._mention_at(child) if child.dep_ == "appos" and child.i > subject.i else None
            # (both named: a title beside a name is the same one's; and no list: "Obama, Biden and Clinton met")
            if (
                second is not None
                and second.label == "person"
                and second.actor_id != first.actor_id
                and not any(c.dep_ in ("cc", "conj") for c in (*child.children, *subject.children))
            ):
                return child
        return None

    @staticmethod
    def coordinated_infinitive(verb: Token) -> Token | None:
        """The infinitive a "to" infinitive is coordinated with when the parser coordinated it with a finite verb
        between them instead ("is expected to declare that Turkey has met the terms and to ask the member states":
        "to ask" goes with "to declare"): the nearest "to" infinitive above, within three heads."""

        def infinitive(token: Token) -> bool:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

        if not (
            verb.dep_ == "conj"
            and infinitive(verb)
            and not infinitive(verb.head)
            and any(c.dep_ in SUBJECTS for c in verb.head.children)
        ):
            return None
        node = verb.head
        for _ in range(3):
            if node.head.i == node.i:
                return None
            node = node.head
            if infinitive(node):
                return node
        return None

    def _nature_meanwhile(self, participle: Token) -> bool:
        """A participle set off after a clause of what happens meanwhile that a force of nature does (cue kinds
        `meanwhile` then `nature`: "as a wildfire burns", "alors qu'un incendie fait rage"): the force does what
        the participle says, not the main clause's subject."""
        if participle.i == 0 or participle.nbor(-1).text != "," or participle.head.i > participle.i:
            return False
        between = self.doc[participle.head.i + 1 : participle.i - 1]
        return any(
            self.lex.cue("meanwhile", t.lower_)
            and any(
                n.pos_ in ("NOUN", "PROPN") and self.lex.cue("nature", n.lemma_.lower())
                for n in self.doc[t.i + 1 : min(t.i + 5, participle.i)]
            )
            for t in between
        )

    def _relative_doer(self, pronoun: Token) -> Token | None:
        """The actor a relative pronoun subject stands for: the noun its clause qualifies, when that names an
        actor itself ("Xi Jinping, who met Obama", "Donald Trump, qui s'est rendu en Arizona"); not a noun that
        only describes one ("a regulation that encourages"), nor a town where something is ("a rally in
        Ankara, which called for": the parser may hang the clause on the nearest noun); "whose" too, below the
        phrase it opens ("al-Qaida, whose attacks on New York")."""
        clause = pronoun.head
        if pronoun.tag_ == "WP$":
            clause = clause.head
        elif not (pronoun.tag_ in ("WP", "WDT") or "Rel" in pronoun.morph.get("PronType", [])):
            return None
        if clause.dep_ not in ("relcl", "acl:relcl") or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.pos_ == "VERB" for t in self.doc[clause.head.i + 1 : pronoun.i]):
            return None  # "voyageurs arrivant de Grèce, selon un décret signé mercredi, qui interdit": not Greece
        if pronoun.i >= 2 and self.doc[pronoun.i - 1].text == "," and clause.head.i < pronoun.i - 2:
            # the name right before the comma, where the parser hung the clause on an earlier noun ("backs Assad,
            # and Turkey, which supports the rebels": Turkey supports them)
            named = self.doc[pronoun.i - 2]
            mention = self._mention_at(named)
            if (
                named.pos_ == "PROPN"
                and mention is not None
                and mention.actor_id
                and self._heads_a_relative(mention)
            ):
                return named
        mention = self._mention_at(clause.head)
        if mention is None or mention.rule == "place" or self._after_locative(mention):
            return None
        if (
            pronoun.lower_ == "that"
            and mention.label == "state"
            and clause.head.pos_ == "PROPN"
            and clause.head.dep_ != "attr"  # ("It was Russia that vetoed the resolution")
        ):
            # "overtures to Iran and Cuba that produced a deal": a state's name takes no restrictive clause; the
            # parser hung the overtures' on it
            return None
        people = {"person", "title", "agent"}
        if self.lex.cue("personal", pronoun.lower_) and not people & {
            mention.label,
            *(mention.rule or "").split("+"),
        }:
            return None  # "who" is a person ("a woman linked to Al-Qaeda who shot", "the widow of an American
            # who accuses": not Al-Qaeda, not the American)
        return clause.head

    def _heads_a_relative(self, mention: Mention) -> bool:
        """The mention comes after a coordinating word and opens a relative clause of its own ("..., and Turkey,
        which supports the rebels"): a new member of a coordination, whatever the parser hung it on."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == 0 or span.end + 1 >= len(self.doc):
            return False
        pronoun = self.doc[span.end + 1]
        return (
            self.doc[span.start - 1].dep_ == "cc"
            and self.doc[span.end].text == ","
            and (pronoun.tag_ in ("WDT", "WP") or "Rel" in pronoun.morph.get("PronType", []))
        )

    def _not_by_text(self, head: Token, sources: list[Mention]) -> list[Mention]:
        """A text does nothing, nor does the state or party it is of ("La loi américaine exige", "Greece's
        constitution bars the police", "protected by Greece's constitution", "the PRI's bill only allows"; cue kind
        `document`)."""
        return [] if self.lex.cue("document", head.lemma_.lower()) else sources

    def _split_subjects(self, subject: Token) -> list[Mention]:
        """Coordinated subjects the parser gave the verb one by one ("L'Égypte et la Turquie ont signé":
        two `nsubj` with the `et` on the verb): the actors of the later ones joined by a conjunction."""
        verb = subject.head
        found: list[Mention] = []
        for other in verb.children:
            if other.i <= subject.i or other.dep_ != subject.dep_:
                continue
            # (the conjunction may hang on a member between them: "Lions, tigers, and France welcomed")
            if any(t.dep_ == "cc" for t in self.doc[subject.i + 1 : other.i]):
                found += self.actors_in(other)
        return found

    def _undergoer(self, verb: Token) -> Token | None:
        """Who underwent an infinitive under a reflexive verb of undergoing, "s'est vu infliger", "s'est fait
        reprocher" (cue kind `undergoing`): the subject of that verb, or the infinitive's own where the parser
        hung "fait" on it; not one who does it to oneself ("s'est fait exploser", cue kind `self-done`)."""
        if self.lex.cue("self-done", verb.lemma_.lower()):
            return None
        head = verb.head
        if (
            verb.dep_ == "xcomp"
            and head is not verb
            and self.lex.cue("undergoing", head.lemma_.lower())
            and any(self.lex.cue("reflexive", c.lower_) for c in head.children)
        ):
            return self.subject(head)
        if any(
            c.dep_ in ("aux", "dep", "aux:caus") and self.lex.cue("undergoing", c.lemma_.lower())
            for c in verb.children
        ) and any(self.lex.cue("reflexive", c.lower_) for c in verb.children):
            return next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return None

    def passive(self, verb: Token) -> bool:
        """A passive verb has a passive auxiliary, or a passive subject and no object: the small parsers
        label the subject of "Pékin a critiqué Washington" passive, never with an object beside it. A
        participle that states its subject's stand is none ("Israel is opposed to French mediation")."""
        labels = {c.dep_ for c in verb.children}
        if labels & {"auxpass", "aux:pass"}:
            # (nor "est arrivé", "sont partis": French verbs whose compound tenses take "être", cue kind `etre`)
            active = self.lex.cue("stance", verb.lower_) or self.lex.cue("etre", verb.lemma_.lower())
            return not active or bool(labels & set(AGENTS))
        morph = verb.morph.to_dict()
        if (
            "Part" in morph.get("VerbForm", "")
            and morph.get("Tense") == "Past"
            and any(
                # (or the copula: "Donald Trump est lui pressé de voir l'économie repartir")
                c.dep_ in ("aux:tense", "cop") and self.lex.cue("passive-auxiliary", c.lemma_)
                for c in verb.children
            )
            and not self.lex.cue("etre", verb.lemma_.lower())
            and not labels & {"obj", "dobj", "expl:comp", "expl:pv"}
            and not any(self.lex.cue("reflexive", c.lower_) for c in verb.children)
        ):
            # "les Français sont invités à réfléchir": "être" and the participle, however labelled
            return True
        if (
            verb.dep_ == "ROOT"
            and verb.tag_ == "VBN"
            and "nsubj" in labels
            and not labels & {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp"}
            # (not a verb whose object its coordinate holds: "police arrested and beat six opposition members")
            and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children)
        ):
            return True  # a headline: "Top Hezbollah Commander Badreddine Killed in Syria" (he was killed)
        if self._bare_passive(verb):
            return True
        if self._shares_voice(verb):
            return self.passive(verb.head)  # "he was shot by the police and detained"
        if self._undergoer(verb) is not None:
            return True  # "la Russie s'est vu infliger des sanctions"
        if labels & set(AGENTS) and not labels & {"obj", "dobj"}:
            return True  # "un cabinet d'avocats sollicité par la chaîne": whoever is "by" did it
        if (
            verb.dep_ == "advcl"
            and "Part" in morph.get("VerbForm", "")
            and morph.get("Tense") == "Past"
            and not labels & {*SUBJECTS, "aux", "aux:tense"}
            and (
                verb.i < verb.head.i
                or "mark" in labels
                # after a comma, with a complement and no object of its own, it describes the noun before it
                # ("a renvoyé un scientifique, accusé d'avoir violé les sanctions"; not "a chargé, utilisé des
                # canons à eau et arrêté")
                or (
                    verb.i > 0
                    and verb.nbor(-1).text == ","
                    and "xcomp" in labels
                    and not labels & set(OBJECTS)
                )
            )
        ):
            return True  # "When asked about the war, Clinton said", "Interrogé sur la guerre, M. Macron": she was
            # asked, she did not ask
        return bool(labels & set(PASSIVE_SUBJECTS)) and not labels & {"obj", "dobj"}

    @staticmethod
    def _past_participle(verb: Token) -> bool:
        """A past participle that qualifies a noun ("a photo released on Monday", "le plan promis par Macron"):
        the noun is what it was done to."""
        morph = verb.morph.to_dict()
        return verb.dep_ == "acl" and (
            verb.tag_ == "VBN" or ("Part" in morph.get("VerbForm", "") and morph.get("Tense") == "Past")
        )

    def _bare_passive(self, verb: Token) -> bool:
        """A participle with a subject of its own and no auxiliary or object is undergone by that subject: "a
        process that could see her forced from office", "wants the militants arrested", "maintains that citizens
        captured in Syria have the right to return" (the parser took the participle for the clause's verb)."""
        # (an object after it, not the "that" the parser may hang before it as one)
        labels = {c.dep_ for c in verb.children if c.dep_ != "dobj" or c.i > verb.i}
        # (or one the tagger took for a past tense, coordinated with a participle, as the object of a verb that has
        # none of its own and reports nothing: "to honor the five police officers shot and killed in Dallas")
        participle = verb.tag_ == "VBN" or (
            verb.tag_ == "VBD"
            and verb.dep_ == "ccomp"
            and any(c.dep_ == "conj" and c.tag_ == "VBN" for c in verb.children)
            and not any(c.dep_ in OBJECTS for c in verb.head.children)
            and not self.lex.cue("reporting", verb.head.lemma_)
        )
        # (or an adverbial clause whose true verb, after it, the parser left without a subject: "as two police
        # officers charged over the shooting prepared to go"; not "after Iraqi troops invaded in 1990")
        adverbial = (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and any(
                t.dep_ == "advcl"
                and t.i > verb.right_edge.i
                and t.tag_ in ("VBD", "VBZ", "VBP")
                and not any(c.dep_ in SUBJECTS for c in t.children)
                for t in verb.head.children
            )
        )
        return (
            participle
            and (verb.dep_ in ("ccomp", "xcomp") or adverbial)
            and "nsubj" in labels
            and not labels & {"aux", "dobj"}
        )

    @staticmethod
    def _shares_voice(verb: Token) -> bool:
        """A verb coordinated with another, without a subject or object of its own, takes that verb's voice and
        roles ("was shot by the police and detained": the small parser may even tag "detained" a past tense)."""
        labels = {c.dep_ for c in verb.children}
        # ("has been indicted ... and will resign": an auxiliary of its own gives it its own voice)
        return (
            verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
            and not labels & {*SUBJECTS, *OBJECTS, "aux", "aux:tense"}
        )

    def verb_roles(self, verb: Token, entry: Trigger) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """Sources and targets (each with whether it is only a place) of a verb trigger."""
        passive = self.passive(verb)
        sources: list[Mention] = []
        targets: list[tuple[Mention, bool]] = []
        # "signed an accord in Doha with Washington": the partner before the place, where a place is no
        # target of its own (a visit's is); a place on the object waits for a partner on the verb
        placeless = entry.cameo[:2] not in PLACED_ROOTS and entry.cameo not in VISITS
        talks = entry.cameo[:2] in TALK_ROOTS
        deferred: list[tuple[Mention, bool]] = []
        if passive:
            voiced = verb.head if self._shares_voice(verb) else verb
            # (a coordinated verb with an agent of its own is done by that one: "led by the SDF on the ground and
            # supported by the US in the air")
            own_agent = any(c.dep_ in AGENTS for c in verb.children)
            for child in (*voiced.children, *(verb.children if own_agent and voiced.i != verb.i else ())):
                if child.dep_ in AGENTS and (child.head.i == verb.i or not own_agent):
                    # (not a town named as where the doer is: "soutenu par une campagne de solidarité, à Alger")
                    sources += [
                        m
                        for m in self._not_by_text(self._pobj(child), self.actors_in(self._pobj(child)))
                        if not (m.rule in (*PLACE_RULES, "place") and self._after_locative(m))
                    ]
                elif child.dep_ in PASSIVE_SUBJECTS or (child.dep_ == "nsubj" and self._bare_passive(voiced)):
                    # (an event undergoes it as its doers do, not the town it is named after: "le rassemblement de
                    # Paris était soutenu par plusieurs syndicats")
                    undergoers = self.actors_in(child)
                    if child.pos_ == "NOUN" and (named := self.triggers(child)):
                        undergoers = [m for m in undergoers if m in self.noun_roles(child, named[0])[0]]
                    targets += [(m, False) for m in undergoers]
            if not any(c.dep_ in AGENTS for c in voiced.children):
                # the agent the French parser hung on the complement before it ("imposées à la Russie par l'UE")
                sources += [
                    m
                    for child in voiced.children
                    if child.dep_.startswith("obl")
                    for agent in child.children
                    if agent.dep_ == "nmod"
                    and any(g.dep_ == "case" and is_prep(g.text, "par") for g in agent.children)
                    for m in self.actors_in(agent)
                ]
            if (
                not targets
                and len(home := {m.country for m in sources if m.country}) == 1
                and all(m.sector in AUTHORITIES for m in sources)
            ):
                # "Des manifestants ont été arrêtés par la police turque": those named without a country, who
                # underwent what a state's authorities did, are of that state (not rebels attacked by Saudi Arabia)
                targets = [
                    (_agent_of(bare, *home), False)
                    for child in voiced.children
                    if child.dep_ in PASSIVE_SUBJECTS
                    for bare in self.article.mentions
                    if bare.start <= child.idx < bare.end and bare.rule == "agent:no-country"
                ]
            if (
                not targets
                and self._past_participle(voiced)
                # (not the act named by the participle's own object: "attacks carried out by the Nusra Front")
                and not (entry.object and self._object_is(voiced.head, entry.object))
            ):
                # "l'Algérien Droukdal, tué par les forces françaises": the noun it qualifies underwent it (not one
                # named in the participle's own phrase: "a rebel movement, backed by Rhodesia and then South Africa's
                # government")
                start, end = voiced.left_edge.idx, voiced.right_edge.idx + len(voiced.right_edge)
                targets = [
                    (m, False) for m in self.actors_in(self._qualified(voiced)) if not start <= m.start < end
                ]
            if not targets and (undergoer := self._undergoer(voiced)) is not None:
                # "la Russie s'est vu infliger des sanctions par l'UE": Russia underwent them, the EU did it ("par"
                # may hang on the object)
                targets = [(m, False) for m in self.actors_in(undergoer)]
                sources += [
                    m
                    for c in (
                        *voiced.head.children,
                        *(g for o in self.objects_of(voiced) for g in o.children),
                    )
                    if c.dep_ in AGENTS
                    or (c.dep_ == "nmod" and any(is_prep(g.text, "par") for g in c.children))
                    for m in self.actors_in(self._pobj(c))
                ]
            if (
                not targets
                and ((voiced.dep_ == "advcl" and voiced.i < voiced.head.i) or voiced.dep_ == "xcomp")
                and (subject := self.subject(voiced.head)) is not None
            ):
                # "Backed by Russia, Syrian forces ...": the clause's subject is what the participle is done to;
                # so is the subject of a verb a passive infinitive completes ("Darmanin assure avoir été autorisé
                # par Emmanuel Macron", "claimed to have been beaten by police")
                targets = [(m, False) for m in self.actors_in(subject) if m not in sources]
        elif (inverted := self._inverted_speaker(verb, entry)) is not None:
            # '"Il encourage la violence", a accusé M. Biden': Biden accuses, the quoted subject is accused
            speaker, quoted = inverted
            sources = self.actors_in(speaker)
            accused = self.actors_in(quoted) if quoted is not None else []
            # (not one named below another preposition: '... depuis la fermeture de la frontière avec la Chine",
            # a averti un expert')
            targets = [
                (m, False)
                for m in accused
                if m not in sources and not (quoted and self._through_other_preposition(quoted, m))
            ]
        else:
            subject = self.subject(verb)
            acts = [(s, self.triggers(s)) for s in (subject, *self._conjuncts(subject))] if subject else []
            if subject is not None and self.lex.cue("document", subject.lemma_.lower()):
                sources = []  # "A recent EU-Turkey deal allows Greece to return asylum-seekers": a text does nothing
            elif acts and all(named and s.pos_ == "NOUN" for s, named in acts):
                # "air strikes on rebel-held areas of Aleppo killed 91 people", "the war in Syria has killed":
                # who did what the subject names, if it says so ("Russian air strikes"), not a place in it
                sources = [m for s, named in acts for m in self.noun_roles(s, named[0])[0]]
            elif subject is not None and self.lex.cue("nature", subject.lemma_.lower()):
                sources = []  # "the volcano unleashed ash, killing villagers", "le séisme a tué": no one's act
            elif (
                subject is not None
                and subject.pos_ == "NOUN"
                and self.lex.cue("undergone", subject.lemma_.lower())
            ):
                sources = []  # "Biden's ouster could help Obama", "la défaite de l'armée a encouragé": not theirs
            elif subject is not None:
                sources = self.actors_in(subject, near=True)  # the doer, not a place deep in its description
                sources = self._not_by_text(subject, sources)
                if self._unknown_person(subject):
                    # (nor where a person no dictionary knows is: "Jane Roe, in Cleveland, called for ...")
                    sources = [m for m in sources if not self._after_locative(m)]
                sources += [m for m in self._split_subjects(subject) if m not in sources]
                if verb.dep_ in ("relcl", "acl:relcl") and subject.i < verb.i:
                    # a relative clause says nothing of a member coordinated after it ("Russia, which backs Assad,
                    # and Turkey, which supports the rebels": Turkey does not back Assad)
                    sources = [m for m in sources if m.start < verb.idx]
                # a name the parser made a second subject beside a description ("Le principal parti d'opposition,
                # le CHP, accuse ...")
                sources = sources or next(
                    (
                        [apposed]
                        for other in subject.head.children
                        if other.dep_ == subject.dep_ and other.i > subject.i
                        if (apposed := self._mention_at(other)) is not None
                    ),
                    [],
                )
            for child in [
                *self.objects_of(verb),
                *(c for c in verb.children if self._named_object(c)),
                *self._quantified(verb),
            ]:
                if not entry.object and self.lex.cue("topic", verb.lemma_):
                    continue  # "discussed Syria with Erdogan": Syria is the topic, Erdogan the partner
                if entry.object and self._object_is(child, entry.object):
                    # "imposed sanctions on Belarus": the object is part of the trigger, its complement the target
                    # "rejected a U.S. request"; not "withdrew its troops", "withdrew US troops"; but
                    # "investigating crimes by Croatian extremists"
                    # ("the police arrested protesters": one state, two sides of it)
                    selves = {(m.actor_id, m.sector) for m in sources} | {(m.actor_id, None) for m in sources}
                    doers = [
                        m
                        for c in child.children
                        if c.dep_ == "prep" and c.text.lower() == "by"
                        for m in self.actors_in(self._pobj(c))
                    ]
                    # an object that names actors itself is the target ("a arrêté des manifestants", "a convoqué
                    # l'ambassadeur d'Australie")
                    object_actor = self._mention_at(child)
                    itself = (
                        [object_actor]
                        if entry.cameo[:2] in DONE_TO_ROOTS or (object_actor and object_actor.sector == "GOV")
                        else []
                    )
                    envoy = self.lex.cue("envoy", child.lemma_)
                    own_states = {m.country for m in sources}
                    if envoy and object_actor and object_actor.country in own_states:
                        itself = []  # "a rappelé son ambassadeur en Israël": one's own, aimed where it was posted
                    # the object noun's own target preposition first ("tighten the blockade of Serbia ... with
                    # Albania's help")
                    # (of the noun it is a quantity of: "lift most of its sanctions against Iran")
                    thing = self._the_thing(child, entry.object)
                    noun_preps = [e.prep for e in self.lex.nouns.get(thing.lemma_.lower(), ()) if e.prep]
                    # (or a coordinated object's: "launched artillery, mortar and rocket fire against ...")
                    complement = next(
                        (found for prep in noun_preps if (found := self._prep_targets(thing, prep))), []
                    ) or next(
                        (
                            found
                            for member in (child, *self._conjuncts(child))
                            if (
                                found := self._prep_targets(
                                    member, None, of_is_target=True, places_last=placeless, topical=talks
                                )
                            )
                        ),
                        [],
                    )
                    aimed = [c for c in child.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"]
                    if not complement and aimed and "Part" in aimed[0].morph.to_dict().get("VerbForm", ""):
                        # "a adopté des sanctions visant la Russie": whom the participle after the object names
                        complement = [
                            (m, False)
                            for c in aimed[0].children
                            if c.dep_ in OBJECTS
                            for m in self.actors_in(c)
                        ]
                    if placeless and complement and all(place for _, place in complement):
                        deferred, complement = complement, []
                    if envoy and (
                        # (not one's own: "recalled its ambassador from Israel" is aimed where it was posted)
                        owners := [m for m in self._noun_agents(child) if m.country not in own_states]
                    ):
                        # "expelled the European Union's ambassador to Caracas": whose envoy, not where posted
                        complement = [(m, False) for m in owners]
                    if (
                        entry.cameo[:2] == REJECT
                        # (by its word too: the French tagger's lemma of "offre" is "offrir")
                        and any(
                            self.lex.cue("petition", w)
                            for t in (child, thing)
                            for w in (t.lemma_.lower(), t.lower_)
                        )
                        and (
                            owners := [
                                m for m in self._noun_agents(child, doers=True) if m.country not in own_states
                            ]
                        )
                    ):
                        # "rejected Australia's request for the extradition of an Islamic State suspect": whose request
                        complement = [(m, False) for m in owners]
                    if entry.cameo.startswith(DEMAND_WITHDRAWAL) and (owners := self._noun_agents(child)):
                        # "demanded the withdrawal of Serbian forces from Bosnia": of whom it is demanded
                        complement = [(m, False) for m in owners]
                    if doers and entry.cameo[:2] in BLAME_ROOTS:
                        # "investigating war crimes by Croatian extremists against Serb civilians": who did them
                        complement = [(m, False) for m in doers]
                    # (the doers' own object is none: "residents ... voice their opposition" is no opposition party)
                    agents = [
                        m
                        for m in self._noun_agents(child)
                        if not (m.rule == "possessive+agent" and m.start <= child.idx < m.end)
                    ]
                    targets += complement or [
                        (m, False)
                        for m in agents or [m for m in itself if m is not None]
                        if (m.actor_id, m.sector) not in selves or m in doers
                    ]
                elif child.lemma_.lower() in self.lex.nouns:
                    # "critiquer l'invasion de Moscou": the target is who did what the object names (not
                    # whom it was done to: "salué la libération des otages par le Mali")
                    named = self.triggers(child)
                    doers, done_to = (
                        self.noun_roles(child, named[0]) if named else (self._noun_agents(child), [])
                    )
                    # "condemning today's terrorist attack in Tel Aviv": words against its doers, not where it was
                    violence = (
                        bool(named)
                        and named[0].cameo[:2] in VIOLENT_ROOTS
                        and entry.cameo[:2] in SPEECH_ROOTS
                    )
                    if violence:
                        done_to = [
                            (m, place)
                            for m, place in done_to
                            # (nor a town hit, which is no government: "condemned the attack on Aleppo")
                            if not place and not self._after_locative(m) and m.rule not in NO_SEAT_RULES
                        ]
                    # without a named doer, whom it was done to stands for the side it is aimed at
                    if placeless and not doers and done_to and all(place for _, place in done_to):
                        deferred, done_to = done_to, []  # "signé un accord à Doha avec Washington"
                    done = [m for m, _ in done_to]
                    targets += [
                        (m, False)
                        for m in doers
                        or done
                        or (
                            []
                            if deferred
                            else [
                                m
                                for m in self.actors_in(child)
                                # (nor the town it hit or was named after: "the attack on Aleppo", "condemned the
                                # Paris attacks")
                                if not (
                                    violence
                                    and (
                                        self._after_locative(m)
                                        or self._town_named(m)
                                        or m.rule in NO_SEAT_RULES
                                    )
                                )
                            ]
                        )
                    ]
                else:
                    unknown = self._unknown_person(child)
                    targets += [
                        # (a capital too: "investigating a robbery in Paris" is in France, not at its government)
                        self._in_town(m)
                        if (m.label != "state" or m.rule == "state:capital") and self._after_locative(m)
                        else (m, False)
                        for m in self.actors_in(child)
                        # (words aim at the one they speak of, not at someone named in what it is said to do:
                        # "accuse la plateforme d'espionner ses utilisateurs pour le compte de Pékin")
                        if not (entry.cameo[:2] in SPEECH_ROOTS and self._in_infinitive(child, m))
                        # (nor where a person no dictionary knows is: "met Jane Roe in Singapore")
                        and not (unknown and self._after_locative(m))
                    ]
        own = {m.country for m in sources if m.country}  # the doers' own states
        if entry.cameo[:2] == MOBILIZATION:
            # "mobilized army reservists for a possible war against Iraq": what is mobilized is one's own; the
            # target is whom it is against, if anyone
            # (near the verb: not "in anticipation of demonstrations following prayers against a US declaration")
            targets = self._against_near(verb) or [
                # (unless the object is another state by its name: "ont survolé la Pologne")
                (m, False)
                for m, _ in targets
                if m.rule in ("state:name", "state:short") and m.country not in own
            ]
        if not targets and entry.cameo[:2] == PROTEST:
            # "staged a protest outside the stadium against the Assad regime" (the parser may hang it on the place)
            targets = self._against_near(verb)
        if entry.cameo.startswith(WITHDRAWAL):
            # "withdraw US troops from Syria": the troops are the source's own; whence they go is the target
            targets = [(m, place) for m, place in targets if m.country not in own]
        if entry.cameo[:2] in TRANSFER_ROOTS:
            # "offered its troops to Lebanon": the recipient, not the thing given
            # ("handed over medicine to the Red Crescent": a particle is no recipient's preposition)
            to = "à" if self.lang == "fr" else "to"
            recipients = (
                []
                # (a person sent or invited goes somewhere, a place that receives nothing: "invited Jane Roe to Paris")
                if self._unknown_person_object(verb)
                else (self._prep_targets(verb, entry.prep) if entry.prep else [])
                or self._prep_targets(verb, to)
            )
            # (one's own forces sent are no recipient: "China sent fighter jets to the area" is no aid to itself)
            targets = recipients or [
                (m, place) for m, place in targets if not (m.country in own and m.sector in ARMED_SECTORS)
            ]
        if not targets and entry.cameo[:2] == DISAPPROVAL:
            # "complained to the UN over two Israeli air raids": whom it is about, not to whom it is said
            for child in verb.children:
                if child.dep_ == "prep" and child.text.lower() in ("over", "about"):
                    phrase = self._pobj(child)
                    targets += [(m, False) for m in self._noun_agents(phrase) or self.actors_in(phrase)]
        if not targets and not entry.prep and self.lex.cue("topic", verb.lemma_):
            # "a discuté de la Syrie avec Erdogan": the partner, never the topic ("de la Syrie")
            # (the French model may hang "avec Erdogan" on the topic: looked for there too)
            partners = sorted(self.lex.cues.get("partner", frozenset()))
            heads = [verb, *(c for c in verb.children if c.dep_ in OBJECTS or c.dep_.startswith("obl"))]
            targets = [
                found
                for head in heads
                for word in partners
                for found in self._prep_targets(head, word, of_is_target=True)
            ]
        elif not targets and (
            self._unknown_person_object(verb)
            or (
                entry.cameo[:2] == DISAPPROVAL
                and self.lang == "en"  # (French reproaches name whom with "à": "a reproché au gouvernement")
                and not entry.prep  # (nor with its own preposition: "attributed the attack to Islamic State")
                and any(
                    (c.dep_ == "dobj" and not (entry.object and self._object_is(c, entry.object)))
                    # (or its passive subject: "the movement is blamed by Beijing for unrest in Xinjiang")
                    or (c.dep_ == "nsubjpass" and self.passive(verb))
                    for c in verb.children
                )
            )
        ):
            # "welcomed Jane Roe to the White House", "thanked Jane Roe for her visit to Moscow": aimed at the person, whom
            # no dictionary knows, not at a place or thing named after them; so is blame ("blamed the North for a
            # cyber attack on banks" is not aimed at the banks)
            pass
        elif not targets:
            # (an entry's own preposition may name the means, not the partner: "spoke to Erdogan by phone")
            partnered = entry.cameo[:2] != MOBILIZATION
            targets = (
                self._prep_targets(
                    verb, entry.prep, places_last=placeless, topical=talks, partnered=partnered
                )
                or (
                    self._prep_targets(
                        verb,
                        None,
                        places_last=placeless,
                        topical=talks,
                        partnered=partnered,
                        # (a journey is not to where it sets out from: "depart from Damascus for Madaya")
                        whence=entry.cameo not in VISITS,
                    )
                    # (not when the entry's own "against" names no actor: "fought with the US against Isis")
                    if entry.prep and entry.prep not in OPPOSING_PREPS
                    else []
                )
                or deferred
            )
            if entry.cameo[:2] in SPEECH_ROOTS:
                # words are not aimed at the town where the talks they speak of are held ("urged parties to peace
                # talks in Geneva"; but "parties to the conflict in Iraq" are Iraq's)
                targets = [(m, place) for m, place in targets if not (place and self._meeting_place(m))]
            elif entry.cameo.startswith(CONSULT) and entry.cameo not in VISITS:
                # nor is a meeting aimed at a city that hosts other states' talks ("a rencontré les négociateurs
                # internationaux à Genève": not Switzerland; a visit there is one)
                targets = [
                    (m, place)
                    for m, place in targets
                    if not ((place or self._after_locative(m)) and is_venue(m.text))
                ]
        if not targets and entry.cameo[:2] in PLACED_ROOTS:
            # "strengthened its forces in Lebanon", "lifted a night curfew in Montenegro": done in a country,
            # aimed at it (the place stands for its state)
            heads = [verb, *(c for c in verb.children if c.dep_ in OBJECTS)]  # "its forces in Lebanon"
            # (or where the place it was done at is: "set off a car bomb outside a compound in Kabul")
            heads += [
                self._pobj(c)
                for c in verb.children
                if c.dep_ == "prep" and self.lex.cue("locative", c.lower_) and self._pobj(c) is not c
            ]
            targets = [
                (m, True)
                for head in heads
                for word in (("in", "inside") if self.lang == "en" else ("en", "dans"))
                for m, _ in self._prep_targets(head, word, of_is_target=True)
                # a country or its capital as a place ("in Baghdad"), not "in the Syrian army"
                if (m.actor_id or "").startswith("state:") and (not m.sector or m.rule == "state:capital")
            ]
        if (
            not targets
            and entry.cameo[:2] in SPEECH_ROOTS | {YIELD}
            # (a passive names whom it is aimed at, actor or not: "le réseau social est soupçonné par Washington de
            # partager ses données avec Pékin" is no suspicion of Beijing)
            and not (passive and any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children))
            # (nor one addressed by someone the words name: "accused him of violating sanctions on Iran")
            and not self._addressee(verb)
        ):
            # "demanded that the US cancel", "threatened to attack Iraq": whom the words are aimed at,
            # (and whom one allows to act: "allows the United States to launch strikes")
            # the subject of their clause, else the object or complement of its verb
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
            # (one promises someone, not what a finite clause promised is about: "assured that the American
            # authorities had thwarted attacks", "guarantees that Gaza will be hell for the occupier"; after an
            # object, such a clause is the parser's for a relative one: "offered concessions that the U.S.
            # negotiator believed could lead to an agreement")
            if clause is not None and not (
                entry.cameo[:2] == INTENT
                and clause.dep_ == "ccomp"
                and not any(c.dep_ in OBJECTS for c in verb.children)
            ):
                subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
                if subject is not None:
                    # the subject itself, not a place deep in it ("averti que les services de santé de la
                    # capitale équatorienne étaient débordés")
                    targets = self._subject_aimed_at(subject, near=True)
                else:
                    for child in clause.children:
                        if child.dep_ in OBJECTS:
                            # (not an agent whose country only the context gives: "se sont engagés à envoyer
                            # des soldats" are their own)
                            targets += [
                                (m, False) for m in self.actors_in(child) if m.rule != "agent+context"
                            ]
                    targets = targets or self._prep_targets(clause, None)
        speakers = {(m.actor_id, m.cameo) for m in sources}
        if (entry.cameo[:2] in SPEECH_ROOTS or threat_of(entry.cameo)) and all(
            (m.actor_id, m.cameo) in speakers for m, _ in targets
        ):
            # "threatened to hold a strike unless Israel rescinded ...", "would retaliate if the US adopted
            # sanctions" (not the speaker again: "China warned it would retaliate if ..."): who must meet the
            # condition
            targets = [(m, False) for m in self._condition_subjects(verb)] or targets
        if any(self._foreign_envoy(m, own) for m, _ in targets):
            # "Russia expels diplomats from Germany": whose envoys they are, the context cannot say (not the
            # doer's own); whence or to whom, if said
            targets = [(m, p) for m, p in targets if not self._foreign_envoy(m, own)] or [
                (m, p) for m, p in self._prep_targets(verb, entry.prep) if m.country not in own
            ]
        if verb.dep_ in ("relcl", "acl:relcl"):
            # (nor whom is coordinated after the clause with a relative of its own: "Russia, which backs Assad, and
            # Turkey, which ...")
            targets = [(m, p) for m, p in targets if not (m.start > verb.idx and self._heads_a_relative(m))]
        return sources, targets

    def _infinitive_marker(self, prep: Token) -> bool:
        """A "to" the parser took for a preposition with no object, before a verb: an infinitive's marker
        ("headed the Committee to Re-elect the President" is no heading to anywhere)."""
        after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
        return (
            prep.dep_ == "prep"
            and prep.n_lefts + prep.n_rights == 0
            and after is not None
            and after.pos_ in ("VERB", "AUX", "ADP", "PART")
        )

    def _town_named(self, mention: Mention) -> bool:
        """A town as the first word of a compound ("the Paris attacks", "the Orlando shooting"): where it was."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return mention.rule in TOWN_RULES and span is not None and span.root.dep_ == "compound"

    def _unknown_person_object(self, verb: Token) -> bool:
        """The verb's direct object is a person no dictionary knows."""
        return any(c.dep_ in ("dobj", "obj") and self._unknown_person(c) for c in verb.children)

    def _unknown_person(self, token: Token) -> bool:
        """A person by the recogniser whom no dictionary knows ("Jane Roe")."""
        mention = self._mention_at(token)
        return token.ent_type_ in PERSON_LABELS and (mention is None or mention.actor_id is None)

    def _addressee(self, verb: Token) -> bool:
        """Words are addressed to someone they name, actor or not, so none named in their clause is their target:
        a pronoun ("lui reprochent d'avoir contourné les sanctions contre l'Iran", "accused him of violating
        sanctions on Iran"), a name no dictionary places ("urged Latin America not to give in to pressure from the
        United States"), the noun a relative pronoun stands for ("Deborah Birx, qu'il accuse d'avoir cédé à la
        pression de l'opposition"), or a noun told to act ("en appelant la droite à passer un accord avec Emmanuel
        Macron"; not an act demanded, "demanded the release of")."""
        relative = verb.dep_ in ("relcl", "acl:relcl")
        for c in verb.children:
            if c.dep_ not in (*OBJECTS, "iobj", "mark"):
                continue
            if "Rel" in c.morph.get("PronType", []):
                if c.dep_ in OBJECTS or (c.dep_ == "mark" and relative):
                    return True
                continue
            if c.dep_ == "mark":
                continue
            if c.pos_ == "PRON" and c.morph.get("Person", []) and not self.lex.cue("reflexive", c.text):
                return True
            if c.pos_ == "PROPN" and c.dep_ != "iobj":
                return True
            if (
                c.pos_ == "NOUN"
                and c.dep_ in OBJECTS
                and not self.triggers(c)
                and any(g.dep_ in ("xcomp", "acl") for g in (*verb.children, *c.children))
            ):
                return True
        return False

    def _in_infinitive(self, noun: Token, mention: Mention) -> bool:
        """The mention is inside an infinitive clause that qualifies the noun ("la plateforme d'espionner pour
        Pékin", "the company to spy for Beijing")."""
        return any(
            c.dep_ == "acl"
            and "Inf" in c.morph.get("VerbForm", [])
            and c.left_edge.idx <= mention.start < c.right_edge.idx + len(c.right_edge)
            for c in noun.children
        )

    def _foreign_envoy(self, mention: Mention, own: set[str]) -> bool:
        """Envoys (diplomats, ambassadors) given the doer's own country only by the context."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return (
            mention.rule == "agent+context"
            and mention.country in own
            and span is not None
            and self.lex.cue("envoy", span.root.lemma_)
        )

    def _named_object(self, child: Token) -> bool:
        """An actor's name the French parser calls a complement clause ("a appelé Pékin à faire preuve
        de retenue": "Pékin" as xcomp; "Israël", even tagged an adjective): the object."""
        if child.dep_ != "xcomp" or child.pos_ not in ("PROPN", "ADJ"):
            return False
        mention = self._mention_at(child)
        return mention is not None and (child.pos_ == "PROPN" or mention.rule in STATE_NAME_RULES)

    @staticmethod
    def _quantified(verb: Token) -> list[Token]:
        """An object the small English parser hangs on "up to" ("kidnapped up to 16 Russian advisers": "up" a
        particle, "to" its preposition)."""
        return [
            phrase
            for particle in verb.children
            if particle.dep_ == "prt" and particle.text.lower() == "up"
            for prep in particle.children
            if prep.dep_ == "prep" and prep.text.lower() == "to"
            for phrase in prep.children
            if phrase.dep_ == "pobj" and any(c.dep_ == "nummod" for c in phrase.children)
        ]

    def _condition_subjects(self, verb: Token) -> list[Mention]:
        """The actors a condition on the act or its complement names as its subject ("... if the United
        States goes ahead", "... sauf si Damas accepte")."""
        clauses = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
        for clause in clauses:
            for child in clause.children:
                # (the French model may tag the condition's verb an adverb: "si les États-Unis maintenaient")
                if child.dep_ in ("advcl", "advmod") and any(
                    m.dep_ == "mark" and self.lex.cue("condition", m.lemma_) for m in child.children
                ):
                    subject = next((c for c in child.children if c.dep_ in SUBJECTS), None)
                    if subject is not None and self.actors_in(subject):
                        return self.actors_in(subject)
        return []

    def _pobj(self, token: Token) -> Token:
        return next((c for c in token.children if c.dep_ in ("pobj", "obj")), token)

    def _prep_targets(
        self,
        head: Token,
        wanted: str | None,
        *,
        of_is_target: bool = False,
        places_last: bool = False,
        topical: bool = False,
        whence: bool = True,
        partnered: bool = True,
    ) -> list[tuple[Mention, bool]]:
        """Targets introduced by a preposition: in English a `prep` child with its object, in French an
        oblique or nominal complement with its `case` word. Below an event noun, `de`/`of` says who did it,
        not to whom; below the object of a light verb ("expel the ambassador of France") it names the
        target."""
        preps: tuple[str, ...] = TARGET_PREPS.get(self.lang, ())
        if topical:  # "renewed negotiations on an Israeli troop pullback": what talks are about is no party
            preps = tuple(p for p in preps if not self.lex.cue("about", p) and not self.lex.cue("matter", p))
        if not whence:
            preps = tuple(p for p in preps if p != "from" and not is_prep(p, "de"))
        if not partnered:  # "reinforced the area with tanks": what with, not with whom
            preps = tuple(p for p in preps if p not in ("with", "avec"))
        fallback: list[tuple[Mention, bool]] = []
        if head.pos_ in ("NOUN", "PROPN") and not of_is_target:
            # below an event noun only the prepositions that clearly point at someone ("talks on the
            # pullback" is a topic, "sanctions on Belarus" says so in its lexicon entry)
            preps = tuple(p for p in preps if p in NOUN_TARGET_PREPS)
        for child in head.children:
            word, phrase = None, None
            if child.dep_ == "prep":
                word, phrase = child.text.lower(), self._pobj(child)
                if phrase is child:
                    phrase = self._dangling(child) or child
            elif child.dep_.startswith(("obl", "nmod")) and child.dep_ != "obl:agent":
                case = next((c for c in child.children if c.dep_ == "case"), None)
                if case is not None:
                    word, phrase = case.text.lower(), child
            if word is None or phrase is None or (phrase is child and child.dep_ == "prep"):
                continue
            if word in PLACE_PREPS and self._setting(phrase, head):
                continue  # "Aux Etats-Unis, le candidat a renoncé à ...": where the clause happens, no party
            if word in ("with", "avec") and self.lex.cue("assistance", phrase.lemma_):
                continue  # "a strike in Syria with support from France", "avec l'aide de la France": an ally's help
            if self.lex.cue("occasion", phrase.lemma_):
                continue  # "on the eve of the anniversary of its return to China": when, not whom
            if word in ("in", "en") and self.lex.cue("reacting", phrase.lemma_):
                continue  # "launched attacks in response to missiles in the north of Israel": what it answers
            if self.lex.cue("behest", phrase.lemma_) and any(
                is_prep(c.text, "of") or is_prep(c.text, "de")
                for c in (*phrase.children, *(g for c in phrase.children for g in c.children))
            ):
                continue  # "met at the request of the United States", "à la demande de Paris": who asked is no party
            if child.dep_ == "prep" and any(
                c.dep_ == "advmod" and self.lex.cue("vicinity", c.lower_) for c in child.children
            ):
                continue  # "detained the crew roughly midway between Kuwait and Bahrain": where, not whom
            if (wanted and is_prep(word, wanted)) or (not wanted and word in preps):
                # "à Pékin" is a place, "au gouvernement" someone
                found = [
                    self._in_town(m)
                    if self.lex.cue("locative", word)
                    else (m, word in PLACE_PREPS and (m.label == "state" or m.rule == "place"))
                    for m in self.actors_in(phrase)
                    # (not where the meeting the phrase names was: "agreed at a summit in the resort of Sochi")
                    if not (m.start > phrase.idx and self._place_of_meeting(m, phrase))
                ]
                if found and places_last and word in PLACE_PREPS:
                    fallback = fallback or found
                elif found:
                    return found
        return fallback

    def _after_locative(self, mention: Mention) -> bool:
        """The mention is the object of "in", "dans" ... below an object: "a safe house in central Brussels", "un
        appartement à Bruxelles"."""
        return any(
            self.lex.cue("locative", w.lower_) or is_prep(w.lower_, "à") for w in self._introducers(mention)
        )

    def _meeting_place(self, mention: Mention) -> bool:
        """The mention is where a meeting is: "talks in Geneva", "une conférence à Paris"."""
        return any(
            (self.lex.cue("locative", w.lower_) or is_prep(w.lower_, "à"))
            and any(
                t.cameo.startswith(CONSULT)
                for t in self.triggers(w.head if w.dep_ == "prep" else w.head.head)
            )
            for w in self._introducers(mention)
        )

    def _place_of_meeting(self, mention: Mention, phrase: Token) -> bool:
        """The mention is below a phrase of place inside a phrase that names a meeting ("a summit in the resort of
        Sochi", "un sommet à Sotchi")."""
        if not any(t.cameo.startswith(CONSULT) for t in self.triggers(phrase)):
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        node = span.root if span is not None else None
        while node is not None and node.i != phrase.i and node.head.i != node.i:
            if (node.dep_ == "prep" and self.lex.cue("locative", node.lower_)) or any(
                c.dep_ == "case" and (self.lex.cue("locative", c.lower_) or is_prep(c.lower_, "à"))
                for c in node.children
            ):
                return True
            node = node.head
        return False

    def _partner_named(self, mention: Mention) -> bool:
        """The mention is whom something is done with: "negotiated with Russia", "des pourparlers avec Moscou"."""
        return any(self.lex.cue("partner", w.lower_) for w in self._introducers(mention))

    def _introducers(self, mention: Mention) -> list[Token]:
        """The preposition a mention is the object of: the English `prep` above it, the French `case` below it."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        root = span.root
        while root.dep_ == "appos" and root.head.i != root.i:
            root = root.head  # "in Pule Mahmood Khan area, Kabul": the place in apposition is "in" too
        return [root.head] if root.head.dep_ == "prep" else [c for c in root.children if c.dep_ == "case"]

    def _subject_aimed_at(self, subject: Token, near: bool = False) -> list[tuple[Mention, bool]]:
        """The actors of the subject of a clause that words are aimed at ("demanded that the US cancel"), not where
        a thing it names is ("warned that earthquake faultlines in Iran could have implications")."""
        return [
            (m, False)
            for m in self.actors_in(subject, near=near)
            if m.start <= subject.idx < m.end or not self._after_locative(m)
        ]

    @staticmethod
    def _in_town(mention: Mention) -> tuple[Mention, bool]:
        """An actor named by its town after "in" or "dans" is that town's state, a place: "raided a house in
        central Brussels" is in Belgium, not the EU's."""
        if mention.rule == "state:capital":
            # "attacked a hotel in Kabul": Afghanistan, not its government (a road blocked in the capital is
            # the government's to answer for)
            return state_itself(mention, "place"), True
        if mention.label == "state" or mention.country:
            return mention, mention.label == "state"
        place = lookup(mention.text)
        if place is None or place.feature != "city" or place.country is None:
            return mention, False
        return state_itself(replace(mention, country=place.country), "place"), True

    @staticmethod
    def _setting(phrase: Token, head: Token) -> bool:
        """A place phrase fronted before its clause and set off by a comma ("En Grande-Bretagne, ...")."""
        after = phrase.right_edge.i + 1
        return phrase.i < head.i and after < len(phrase.doc) and phrase.doc[after].text == ","

    def _dangling(self, prep: Token) -> Token | None:
        """The phrase a preposition left without an object by the parser heads ("granted asylum to five
        Panamanian officers holed up ..." parsed with "officers" as the subject of "holed"): the first actor
        mention in the few words after it, before any punctuation; not one that heads a clause ("With Italian
        media focusing on ..., prosecutors have opened an investigation")."""
        if any(c.dep_ == "pcomp" for c in prep.children):
            return None
        for token in prep.doc[prep.i + 1 : prep.i + 6]:
            if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
                return None
            if self._mention_at(token) is not None:
                return token
        return None

    def _noun_agents(
        self,
        noun: Token,
        exclude: set[tuple[int, int]] | None = None,
        *,
        giver: bool = False,
        doers: bool = False,
    ) -> list[Mention]:
        """Who an event noun says did it: possessor, compound or adjective actor, `de`/`of`/`by` complement; with
        `giver`, a `from` complement too ("military aid from Washington", "backing from Armenia"); with `doers`,
        none named below another preposition of those phrases (for whose the noun is, not what it concerns)."""
        exclude = exclude or set()
        own: list[Mention] = []  # "Iran's", "Russian", "U.S." before the noun
        complements: list[Mention] = []  # "of Moscow", "de Moscou", "by the army" after it
        for child in noun.children:
            if self.lex.cue("temporal", child.lower_):
                continue  # "a défié les sanctions lors d'une visite à Caracas": when, hung on the noun, not whose
            if child.dep_ in ("poss", "nmod:poss", "compound", "amod", "nmod", "det:poss"):
                if self._later_piece(noun, child):
                    continue
                case = next((c for c in child.children if c.dep_ in ("case", "prep")), None)
                if case is not None and case.text.lower() not in SOURCE_PREPS:
                    continue
                if any(c.dep_ == "advmod" and self.lex.cue("locative", c.text) for c in child.children):
                    continue  # "les exercices de la Chine près de Taïwan": where, not whose
                found, phrase = (
                    (own if case is None or case.text.startswith(("'", "’")) else complements),
                    child,
                )
            elif child.dep_ == "prep" and (
                child.lower_ in ("of", "by") or (giver and child.lower_ == "from")
            ):
                found, phrase = complements, self._pobj(child)
            else:
                continue
            for m in self.actors_in(phrase):
                if child.dep_ == "compound" and m.rule in TOWN_RULES:
                    continue  # "the Geneva talks", "the Paris attacks", "the Madaya blockade": where
                if child.dep_ == "amod" and child.pos_ == "ADJ" and m.rule == "agent+context":
                    continue  # "any military or financial assistance from Russia": what kind, not whose
                if doers and self._through_other_preposition(phrase, m):
                    continue  # "rassemblements ... mort par asphyxie sous les genoux d'un policier": not his
                if (m.start, m.end) not in exclude and m not in found:
                    found.append(m)
        # with its doer named before it, a noun's `of`/`de` complement is what it is done to: "l'invasion
        # russe de l'Ukraine"
        return own or complements

    def _later_piece(self, head: Token, child: Token) -> bool:
        """A later piece of a name the parser hung in pieces on the same word ("les voyages au Royaume-Uni":
        "Royaume", "-" and "Uni" each on "voyages"): the name goes with its first piece and its preposition."""
        mention = self._mention_at(child)
        return mention is not None and any(
            c.i < child.i and c.idx >= mention.start and c is not child for c in head.children
        )

    def _through_other_preposition(self, phrase: Token, mention: Mention) -> bool:
        """The mention hangs below a doer's phrase through a preposition other than "of", "by", "in", "de", "par",
        "à" ("par asphyxie sous les genoux d'un policier": where, not by whom; but "by any group in Egypt")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not phrase.left_edge.i <= span.root.i <= phrase.right_edge.i:
            return False  # (one a pronoun stands for: "its mistreatment")
        node = span.root
        allowed = (*SOURCE_PREPS, "d'", "d’", "in", "à", "au", "aux", "en")
        while node.i != phrase.i and node.head.i != node.i:
            if (node.dep_ == "prep" and node.lower_ not in allowed) or any(
                c.dep_ == "case" and c.lower_ not in allowed for c in node.children
            ):
                return True
            node = node.head
        return False

    def between(self, noun: Token) -> list[tuple[Mention, bool]]:
        """Those an event noun (or the frame it qualifies) is between: "fighting between Azerbaijanis and
        Armenians", "a mediation effort between A and B", "des pourparlers entre l'Ukraine et la Russie"."""
        return self._prep_targets(*self._between_phrase(noun))

    def _between_phrase(self, noun: Token) -> tuple[Token, str]:
        """The phrase a "between" of an event noun hangs on (the noun, or the frame it qualifies: "a mediation
        effort between"), and the language's word for it."""
        framed = noun.dep_ == "compound" and self.lex.cue("frame", noun.head.lemma_)
        return (noun.head if framed else noun), ("between" if self.lang == "en" else "entre")

    def _held_responsible(self, noun: Token) -> bool:
        """The event noun is what someone is held responsible for ("holding Russia responsible for gas attacks",
        "Iran is responsible for the attack"; cue kind `accountable`)."""
        return (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and bool(self.lex.cue("accountable", noun.head.head.lemma_))
        )

    def _agent_phrase(self, noun: Token) -> tuple[int, int] | None:
        """The character span of the noun's "by" or "par" phrase, if it has one."""
        for child in noun.children:
            if (child.dep_ in ("prep", "agent") and child.lower_ == "by") or (
                child.dep_.startswith(("nmod", "obl"))
                and any(g.dep_ == "case" and is_prep(g.text, "par") for g in child.children)
            ):
                return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        return None

    def _possessed_undergoers(self, noun: Token, entry: Trigger, sources: list[Mention]) -> list[Mention]:
        """The persons named as possessors of an event noun done to someone (one with an "of" entry for whom it is
        done to: arrest, killing, detention ...): "Nelson Mandela's arrest" is his, undergone; "Russia's arrest of
        Navalny" is Russia's."""
        if entry.cameo[:2] not in DONE_TO_ROOTS or not any(
            t.prep in ("of", "de") for t in self.lex.nouns.get(noun.lemma_.lower(), ())
        ):
            return []
        owners = [c for c in noun.children if c.dep_ in POSSESSIVES]
        return [
            m
            for m in sources
            if self._a_person(m) and any(o.left_edge.idx <= m.start < o.idx + len(o) for o in owners)
        ]

    def _between_named(self, noun: Token) -> bool:
        """The event noun (or the frame it qualifies) says whom it is between."""
        phrase, word = self._between_phrase(noun)
        return any(
            (c.dep_ == "prep" and c.lower_ == word)
            or (
                c.dep_.startswith(("obl", "nmod"))
                and any(g.dep_ == "case" and g.lower_ == word for g in c.children)
            )
            for c in phrase.children
        )

    def noun_roles(self, noun: Token, entry: Trigger) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """Sources and targets of an event noun: its possessor, compound or adjective actor, or `de`/`of`
        complement; its target preposition (on the noun or a participle after it: "sanctions imposed on");
        else the verb that governs it, unless that verb is itself an event ("condemned the sanctions")."""
        if self._held_by(noun, "remembering"):
            return [], []  # "the anniversary of the 1810 battle for independence": remembered, not reported
        # "a mediation effort between A and B", "a peace mission to Kabul": the phrase of the noun it modifies
        framed = noun.dep_ == "compound" and self.lex.cue("frame", noun.head.lemma_)
        phrase = noun.head if framed else noun
        targets: list[tuple[Mention, bool]] = self._prep_targets(phrase, entry.prep)
        for child in phrase.children:
            # a participle after the noun ("sanctions imposed on Belarus"), not an infinitive that says what it is
            # for ("talks to transfer the fighters from Syria")
            participle = "Part" in child.morph.to_dict().get("VerbForm", "")
            if not targets and child.dep_ in ("acl", "amod") and child.pos_ == "VERB" and participle:
                # (or its object: "sanctions targeting Russian banks", "des mesures visant la Russie")
                targets = self._prep_targets(child, entry.prep) or [
                    (m, False) for c in child.children if c.dep_ in OBJECTS for m in self.actors_in(c)
                ]
        if not targets and entry.cameo[:2] in SPEECH_ROOTS:
            # "its demand that Israel ease restrictions", "sa demande que Damas cesse": whom it is aimed at
            # (the parser may hang the clause on the verb: "reiterated its demand that Israel ease")
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
            if clause is None and noun.dep_ in OBJECTS:
                clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None) if clause else None
            targets = self._subject_aimed_at(subject) if subject is not None else []
        # (not whence one goes: "the withdrawal from Syria")
        giver = not entry.cameo.startswith(WITHDRAWAL) and entry.plover_type() != "RETREAT"
        sources = self._noun_agents(noun, {(m.start, m.end) for m, _ in targets}, giver=giver, doers=True)
        by = self._agent_phrase(noun)
        doers = [m for m in sources if by is not None and by[0] <= m.start < by[1]]
        if doers and len(doers) < len(sources):
            # "l'assaut de l'ambassade américaine par des partisans du Hachd": with a doer after "par", the one
            # named after "de" underwent it
            targets = [(m, False) for m in sources if m not in doers]
            sources = doers
        undergoers = self._possessed_undergoers(noun, entry, sources)
        if undergoers:
            # "Nelson Mandela's arrest", "Khashoggi's killing": the person whose arrest or killing it is underwent it
            sources = [m for m in sources if m not in undergoers]
            targets = targets or [(m, False) for m in undergoers]
        if not sources and phrase is not noun:
            sources = self._noun_agents(
                phrase, {(m.start, m.end) for m, _ in targets}, giver=giver, doers=True
            )
        if not sources:
            # the agent of a participle after the noun: "sanctions imposed on Belarus by the EU", "attacks carried
            # out by the Nusra Front" (not a broker:
            # "an agreement brokered by the United States and Russia"; nor whom the target is of: "charges
            # brought by prosecutors at the tribunal")
            sources = [
                m
                for child in phrase.children
                if child.dep_ in ("acl", "amod")
                and child.pos_ == "VERB"
                and not self.lex.cue("brokering", child.lemma_)
                # (nor a backer the parser hung on the noun: "fighting between the YPG militia, backed by the
                # United States, and ...")
                and not self.lex.cue("backed", child.lower_)
                # (with no target, only a participle that is no event of its own: "le plan promis par Emmanuel
                # Macron" is his promise, not his plan; "attacks carried out by" are theirs)
                and (targets or all(e.object for e in self.triggers(child)))
                for agent in child.children
                if agent.dep_ in AGENTS
                for m in self._not_by_text(self._pobj(agent), self.actors_in(self._pobj(agent)))
                if not any(
                    agent.left_edge.idx <= t.start < agent.right_edge.idx + len(agent.right_edge)
                    for t, _ in targets
                )
            ]
        # "anti-Israeli protests", "une manifestation anti-américaine": whom it is against, not who does it
        against = [m for m in sources if self._against(m)]
        if against:
            sources = [m for m in sources if m not in against]
            targets = targets or [(m, False) for m in against]
        kind = entry.plover_type()
        if kind in MONADIC_NOUNS:
            # "le rassemblement de Paris", "the protests in Tehran": where, not the government that sits there
            sources = [m for m in sources if m.rule not in PLACE_RULES and m.rule != "place"]
        elif entry.cameo[:2] in VIOLENT_ROOTS:
            sources = self._not_where(sources)
        if entry.cameo.startswith(WITHDRAWAL) and not targets:
            # "the withdrawal of invasion forces from Panama": whence the forces go, not whose they are
            whence = [m for m in sources if m.rule == "agent+place" and self._whence(m)]
            sources = [m for m in sources if m not in whence]
            targets = [(state_itself(m, "whence"), True) for m in whence][:1]
        if entry.cameo.startswith(WITHDRAWAL) and not targets:
            # "le retrait de ses soldats du Niger": whence, a state named below the noun, not the withdrawers'
            own = {m.country for m in sources}
            targets = [
                (m, True)
                for m in self.mentions
                if noun.idx < m.start < noun.right_edge.idx + len(noun.right_edge)
                and m.label == "state"
                and not m.sector
                and m.country not in own
            ][:1]
        own_sources = bool(sources)
        between = self.between(noun)
        if len(between) >= 2 and not own_sources and not entry.cameo.startswith(MEDIATION):
            # "fighting between Azerbaijanis and Armenians", "talks between Israel and Lebanon": they act on
            # each other, whoever the sentence's subject is; a mediation is between them, by someone else
            return [m for m, _ in between], []
        if not own_sources and not entry.cameo.startswith(MEDIATION) and self._between_named(noun):
            # between parties the dictionaries know one of or none ("un accord entre l'UE et AstraZeneca"): not
            # the subject's
            return [], []
        governor = self._governing_verb(noun)
        if governor is not None and any(
            self.lex.cue(kind, governor.lemma_) for kind in ("depicting", "sequence", "disregarding")
        ):
            # "il retraçait l'assassinat du président", "a film that depicts the coup": told or shown, not done
            # by the teller; "the move follows mounting condemnation": what one's act comes after is not one's own;
            # "veut ignorer les allégations contre la Russie": nor what one ignores
            governor = None
        if governor is not None and any(
            self.lex.cue("depiction", t.lemma_.lower())
            # (or the verb's object, the event hung on the verb beside it: "has drawn parallels with a coup")
            for t in (
                *self._between_tokens(noun, governor),
                *(o for o in self.objects_of(governor) if o is not noun),
            )
        ):
            governor = (
                None  # "poursuivi pour sa couverture d'une manifestation": the protest is told, not his
            )
        if governor is not None and self._undone(noun, governor):
            return (
                [],
                [],
            )  # "Russia abandoned the treaty", "ont reporté leur rencontre": no treaty signed, no meeting
        if self._held_responsible(noun):
            # "holding Russia responsible for gas attacks on civilians": a blame, told as such; not an act of the
            # one who holds them so
            return [], []
        if governor is not None and (
            (entry.cameo[:2] in VIOLENT_ROOTS and self._temporal(noun))
            or self._about(noun)
            or self._introduced_by(noun, "concessive")
            or self._reacted_to(noun)
            or self._held_by(noun, "margin")
            or self._held_by(noun, "ending")
        ):
            # "après les attentats de Paris, Hollande a souhaité": not Hollande's attacks (but "after talks with
            # the GCC, Kerry said" are Kerry's); "interrogé sur la guerre à Gaza, M. Macron": not his war; "despite
            # de-escalation agreements, an onslaught has continued": not its agreements; "agreed
            # on their response to the attack": not their attack; "des affrontements ont eu lieu en marge du
            # cortège": not their march
            governor = None
        if governor is not None and not self.triggers(governor) and not self._is_cue_verb(governor, noun):
            receiving = self.lex.cue("receiving", governor.lemma_) or any(
                c.dep_ in (*OBJECTS, "case") and self.lex.cue("receiving", c.lemma_)
                for c in (*governor.children, *noun.children)
            )
            # ("the crowd has dispersed and there was one arrest": what there was is no one's named)
            existential = any(c.dep_ == "expl" and c.lower_ == "there" for c in governor.children)
            subject = None if existential else self.subject(governor)
            if receiving and subject is None and governor.pos_ == "NOUN" and governor.dep_ in OBJECTS:
                subject = self.subject(governor.head)  # "La Chine fait l'objet de vives critiques"
            if receiving and subject is not None and not targets:
                targets = [(m, False) for m in self.actors_in(subject)]
                if not sources and self.lang == "en":
                    # "Kiev has received military aid from Washington": the giver, hung on the verb
                    sources = [
                        m
                        for c in governor.children
                        if c.dep_ == "prep" and c.lower_ == "from"
                        for m in self.actors_in(self._pobj(c))
                    ]
            elif (
                not sources
                and subject is not None
                and not receiving
                # (nor a force of nature: "a brush fire has prompted the evacuation of residents")
                and not self.lex.cue("nature", subject.lemma_.lower())
                and self._nouns_between(noun, governor) < 2
                # (not the noun's own phrase: "les assassinats de huit ressortissants turcs avaient un contexte";
                # but "Hollande, who is on a visit to India")
                and not self._within_phrase(noun, subject)
            ):
                # (not an event named two phrases down: "a permis au territoire d'être utilisé comme terrain de
                # lancement de l'invasion de l'Ukraine" is no invasion by the one who allowed it)
                # (of a violent act, the subject itself, not a place named deep in it: "le nitrate à l'origine des
                # explosions de Beyrouth a causé des accidents dont l'explosion de l'usine AZF")
                sources = self.actors_in(subject, near=True)  # the doer, not a place deep in its description
                if subject.i != noun.i and subject.pos_ == "NOUN" and (acts := self.triggers(subject)):
                    # an event as the subject: its own doers, not whoever its phrase names ("l'enquête sur les
                    # expéditions de Tchétchènes s'est accélérée avec l'interpellation de six membres")
                    sources = [m for m in sources if m in self.noun_roles(subject, acts[0])[0]]
                if entry.cameo[:2] in VIOLENT_ROOTS:
                    named = [self._mention_at(h) for h in (subject, *self._conjuncts(subject))]
                    sources = [m for m in sources if m in named or m in self._not_where([m])]
            if not targets and not receiving and not own_sources:
                # "imposed sanctions on Belarus": the light verb's complement; a noun with its own doer is
                # an event phrase of its own ("pushed towards Iran by Trump's disengagement")
                # ("de retour de Nouakchott, le chef de l'Etat poursuit ses consultations": whence, no party)
                targets = self._prep_targets(
                    governor, None, topical=entry.cameo[:2] in TALK_ROOTS, whence=False
                )
                if entry.cameo.startswith(CONSULT) and entry.cameo not in VISITS:
                    # (talks are not held with where the clause puts them: "dealing a blow to peace talks in Oman")
                    targets = [(m, place) for m, place in targets if not place]
            if not targets and not own_sources:
                # an event noun whose doer and target both come from elsewhere ("fleeing the fighting") is
                # not read as an event: precision first; one who joins a protest makes it ("went on strike",
                # "se sont mis en grève"), not one who orders patrols after it
                joined = (
                    kind in MONADIC_NOUNS
                    and self.lex.cue("joining", governor.lemma_)
                    and subject is not None
                    and not (subject.left_edge.i <= noun.i <= subject.right_edge.i)  # not "the protests made"
                )
                # two parties who take up talks or a deal are each other's ("Israel and Lebanon renewed
                # negotiations"; not a visit, not "Chinese trade data and U.S. inventories gave ...")
                mutual = (
                    len(sources) >= 2
                    and (entry.cameo[:2] in RECIPROCAL_ROOTS or entry.cameo in RECIPROCAL_CODES)
                    and entry.cameo not in VISITS
                    and self.lex.cue("joining", governor.lemma_)
                )
                return (sources, []) if joined or mutual else ([], [])
        elif (
            governor is not None
            and not sources
            and any(not place for _, place in targets)  # someone, not only where ("rencontre à l'Elysée")
            and self.lex.cue("reporting", governor.lemma_)
            # (not an attack, unless claimed: "a car bomb attack on police headquarters, the provincial governor
            # said"; "Islamic State claimed their first attack")
            and (entry.cameo[:2] not in ARMED_ROOTS or self.lex.cue("owning", governor.lemma_))
        ):
            # "la police a annoncé l'arrestation du journaliste": who announces an act done to someone did it
            subject = self.subject(governor)
            sources = self.actors_in(subject) if subject is not None else []
        return sources, targets

    @staticmethod
    def _within_phrase(token: Token, head: Token) -> bool:
        """The token belongs to the head's noun phrase, not to a relative clause hung on it."""
        node = token
        for _ in range(8):
            if node.i == head.i:
                return True
            if node.dep_ in ("relcl", "acl:relcl") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _not_where(self, sources: list[Mention]) -> list[Mention]:
        """The doers of a violent act named by a noun, without the places named as where it struck ("les
        explosions de Beyrouth"; but "detention by Tehran" is its government's)."""
        return [
            m
            for m in sources
            if (m.rule not in PLACE_RULES and m.rule != "place") or self.word_before(m) in ("by", "par")
        ]

    @staticmethod
    def auxiliaries(verb: Token) -> list[Token]:
        """A verb's auxiliaries (tense, passive, modal)."""
        return [c for c in verb.children if c.dep_.startswith("aux")]

    def _inverted_speaker(self, verb: Token, entry: Trigger) -> tuple[Token, Token | None] | None:
        """The speaker of an act of speech told after what was said, its subject after it, and the doer of
        what was said ('"Il attise les braises", avait accusé lundi Joe Biden': the parser makes Biden the
        object and the quoted clause's subject the accuser)."""
        # (a protest said after what it protests is spoken too: '"4 ans de prison requis contre notre correspondant",
        # a protesté RSF')
        if entry.cameo[:2] not in SPEECH_ROOTS | {"05", "14"} or (quoted := self.quoted_before(verb)) is None:
            return None
        speaker = next((c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i), None)
        if speaker is None or self.triggers(speaker):
            return None  # (what is demanded is no speaker: '... "Citoyens libres", a réclamé la démission du gouvernement')
        return speaker, quoted if quoted.dep_ in SUBJECTS else self.subject(quoted)

    def quoted_before(self, verb: Token) -> Token | None:
        """What a verb without a subject after it reports when it follows a quotation and a comma
        ('"...", a accusé M. Biden'): the quoted clause it hangs on, its own subject inside the quotation, or
        the quoted sentence before the comma."""
        if any(c.dep_ in SUBJECTS and c.i > verb.i for c in verb.children):
            return None
        auxiliaries = self.auxiliaries(verb)
        if not auxiliaries and not (
            "Fin" in verb.morph.get("VerbForm", [])
            # (the tagger may call a finite verb a past participle: '"...", avertit l'OMS')
            or ("Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []))
        ):
            return None  # ('", a déclaré l'OMS, appelant à ...": the participle is the speaker's own act)
        first = min([verb, *auxiliaries], key=lambda t: t.i)
        if first.i < 2 or first.nbor(-1).text != ",":
            return None
        start = first.nbor(-2).sent.start  # (the parser may end the quoted sentence at the comma)
        if verb.dep_ in ("advcl", "parataxis", "conj", "ccomp") and verb.head.i < verb.i:
            anchor = verb.head
        elif (own := next((c for c in verb.children if c.dep_ in SUBJECTS), None)) is not None:
            anchor = own  # '"Le Kremlin ment", a accusé ...': the quoted subject hung on the verb
        elif first.nbor(-1).i == first.nbor(-1).sent.start:
            anchor = first.nbor(-2).sent.root
        else:
            return None
        inside = sum(t.is_quote for t in self.doc[start : anchor.i]) % 2 == 1
        # or a quoted phrase within what is reported ('TikTok doit être "vendue ou bloquée", a averti M. Mnuchin')
        # (hung on the reported clause's verb, not on a subject of its own: "L'initiateur du mouvement "Penseurs",
        # a réclamé la démission")
        quoting = anchor.i == verb.head.i and sum(t.is_quote for t in self.doc[start : first.i]) >= 2
        return anchor if inside or quoting else None

    def _whence(self, mention: Mention) -> bool:
        """The mention's place is introduced as whence ("forces from Panama")."""
        return any(
            self.lex.cue("whence", t.lower_)
            for t in self.doc.char_span(mention.start, mention.end, alignment_mode="expand") or ()
        )

    @staticmethod
    def _between_tokens(noun: Token, governor: Token) -> list[Token]:
        """The nouns on the way up from an event noun to the verb that governs it."""
        found: list[Token] = []
        node = noun.head
        while node.i != governor.i and node.head.i != node.i and len(found) < 6:
            if node.pos_ in ("NOUN", "PROPN"):
                found.append(node)
            node = node.head
        return found

    def _undone(self, noun: Token, governor: Token) -> bool:
        """The noun is what its verb calls off, breaks, puts off or forbids (cue kind `undoing`): its object, or
        the phrase below it, not its agent ("talks delayed by the war"), whether or not the verb is an event
        itself ("le gouvernement interdit les rassemblements": no gathering)."""
        if self.lex.cue("stopping", governor.lemma_) and noun.dep_ in OBJECTS:
            # "halted his march", "a stoppé son offensive": one's own act ended (not "stopped a march by activists")
            return any(
                c.dep_ in ("poss", "nmod:poss", "det:poss") or "Poss=Yes" in str(c.morph)
                for c in noun.children
            )
        phrasal = [
            f"{governor.lemma_} {c.lower_}" for c in governor.children if c.dep_ in ("prt", "compound:prt")
        ]
        if not (self.lex.cue("undoing", governor.lemma_) or any(self.lex.cue("undoing", p) for p in phrasal)):
            return False  # (a phrasal verb too: "persuaded Russia to hold off from an attack on Idlib")
        node = noun
        while node.i != governor.i and node.head.i != node.i:
            if node.dep_ in AGENTS or node.dep_ == "agent" or node.text.lower() in ("by", "par"):
                return False
            if any(c.dep_ == "case" and c.text.lower() in ("by", "par") for c in node.children):
                return False
            node = node.head
        return True

    def _against(self, mention: Mention) -> bool:
        """The mention follows a prefix that turns it into what is opposed ("anti-Israeli")."""
        return self._prefixed(mention, "against")

    def _backer(self, mention: Mention) -> bool:
        """The mention is joined by a hyphen to a word that makes it the backer of what follows ("Iranian-backed
        militias", "US-sponsored talks"; cue kind `backed`)."""
        text = self.article.text[mention.start : mention.end + 14]
        for dash in ("-", "‑"):
            # after the name, or inside a phrase ("Iranian-backed militias")
            for part in text.split(dash)[1:]:
                word = part.split()[0].strip(",.;:") if part.split() else ""
                if self.lex.cue("backed", word):
                    return True
        return False

    def _prefixed(self, mention: Mention, kind: str) -> bool:
        before = self.article.text[max(0, mention.start - 12) : mention.start].rstrip(" -‑").split()
        return bool(before) and self.lex.cue(kind, before[-1].split("-")[-1])

    def _temporal(self, noun: Token) -> bool:
        """The noun only dates the clause: "after the attacks", "après les attentats", "depuis la guerre"."""
        return self._introduced_by(noun, "temporal")

    def _about(self, noun: Token) -> bool:
        """The noun is what is spoken about: "asked about the war", "interrogé sur la guerre"."""
        return self._introduced_by(noun, "about")

    def _reacted_to(self, noun: Token) -> bool:
        """The noun, or the noun it completes, is what a response, an inquiry or a reaction is to (cue kind
        `reacting`: "their response to the attack", "une enquête sur l'attentat"), or what one faces (`facing`:
        "face à la recrudescence d'attaques", "in the face of attacks"; not "fait face à des sanctions", undergone, the parser's case after a verb)."""
        node: Token | None = noun
        for _ in range(2):
            if node is None or node.pos_ not in ("NOUN", "PROPN"):
                return False
            holder = (
                node.head.head if node.dep_ == "pobj" else node.head if node.dep_.startswith("nmod") else None
            )
            if (
                self._held_by(node, "reacting")
                or self._beside_reaction(node)
                or any(
                    c.dep_ == "case"
                    and self.lex.cue("facing", c.text)
                    and (c.i == 0 or c.nbor(-1).pos_ not in ("VERB", "AUX"))
                    for c in node.children
                )
                or (self._held_by(node, "facing") and holder is not None and holder.dep_ not in OBJECTS)
            ):
                return True
            node = holder
        return False

    def _beside_reaction(self, noun: Token) -> bool:
        """The noun completes a verb whose object is a reaction, the parser's case for "sounding the alarm over
        the threat", "expressed concern about the attack", "opened an investigation into the killings": what
        is reacted to, not done by the one reacting."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        return (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and any(
                o.i < noun.i and self.lex.cue("reacting", o.lemma_.lower())
                for o in verb.children
                if o.dep_ in OBJECTS
            )
        )

    def _held_by(self, noun: Token, kind: str) -> bool:
        """The noun is the complement of a noun of the cue kind ("the response to the attack", "l'anniversaire
        de la bataille")."""
        holder = (
            noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_.startswith("nmod") else None
        )
        return holder is not None and holder.i != noun.i and self.lex.cue(kind, holder.lemma_.lower())

    def _introduced_by(self, noun: Token, kind: str) -> bool:
        # (a noun that only qualifies another: "after the 2016 coup attempt")
        noun = noun.head if noun.dep_ == "compound" else noun
        if noun.dep_ == "pobj" and self.lex.cue(kind, noun.head.text):
            return True
        # (the first word of a two-word preposition too: "lors d'un attentat")
        return any(
            c.dep_ == "case"
            and (self.lex.cue(kind, c.text) or (c.i > 0 and self.lex.cue(kind, c.nbor(-1).text)))
            for c in noun.children
        )

    def _is_cue_verb(self, verb: Token, noun: Token) -> bool:
        """A verb of saying, or one that negates what the noun is (not a noun in a phrase of when below it:
        "workers stopped work on the first day of a strike" are on strike)."""
        if self.lex.cue("reporting", verb.lemma_):
            return True
        if not self.lex.cue("negating", verb.lemma_):
            return False
        node = noun
        while node.i != verb.i and node.head.i != node.i:
            if node.dep_ in ("prep", "obl:mod"):
                return False
            node = node.head
        return True

    def _against_near(self, verb: Token) -> list[tuple[Mention, bool]]:
        """Whom an act is against, by "against" or "contre" anywhere below the verb but near it (not "in
        anticipation of demonstrations following prayers against a US declaration")."""
        return [
            (m, False)
            for token in verb.subtree
            if token.dep_ in ("prep", "case")
            and token.text.lower() in OPPOSING_PREPS
            and self._nouns_between(token, verb) <= 2
            for m in self.actors_in(self._pobj(token) if token.dep_ == "prep" else token.head)
        ][:2]

    @staticmethod
    def _nouns_between(token: Token, governor: Token) -> int:
        """How many nouns stand between a noun and the verb that governs it."""
        count, node = 0, token.head
        while node.i != governor.i and node.head.i != node.i:
            count += node.pos_ in ("NOUN", "PROPN")
            node = node.head
        return count

    def _governing_verb(self, token: Token) -> Token | None:
        head, steps = token.head, 0
        while head is not token and steps < 4:
            if head.pos_ in ("VERB", "AUX"):
                return head
            token, head, steps = head, head.head, steps + 1
        return None


def _same_form(pronoun: Token, noun: Token) -> bool:
    """The pronoun and the noun agree in gender and number, where the tagger says both."""
    return all(
        not pronoun.morph.get(feature, [])
        or not noun.morph.get(feature, [])
        or noun.morph.get(feature, []) == pronoun.morph.get(feature, [])
        for feature in ("Gender", "Number")
    )


def _agent_of(mention: Mention, country: str) -> Mention:
    """A countryless agent mention given a state: "des manifestants" arrested by the Turkish police are Turkish."""
    return replace(
        mention,
        actor_id=f"state:{country}",
        country=country,
        cameo=country + (mention.sector or ""),
        rule="agent+doers",
    )


def state_itself(mention: Mention, rule: str) -> Mention:
    """The state of an actor mention, named by that mention's words."""
    state = knowledge_base().state(mention.country) if mention.country else None
    return Mention(
        mention.start,
        mention.end,
        mention.text,
        "state",
        actor_id=f"state:{mention.country}",
        name=state.name if state is not None else None,
        country=mention.country,
        cameo=mention.country,
        rule=rule,
    )


def _prep_objects(head: Token, preps: tuple[str, ...]) -> set[str]:
    """The lemmas of what the English prepositions `preps` below `head` govern ("talks to the media": media), and
    of the noun right after one, which the parser may hang elsewhere ("a demonstration of military might - a
    missile test": "test" for its object)."""
    found: set[str] = set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
        found |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"}
        after = itertools.takewhile(
            lambda t: t.pos_ in ("ADJ", "DET", "NOUN"), head.doc[prep.i + 1 : prep.i + 4]
        )
        found |= {t.lemma_.lower() for t in itertools.islice((t for t in after if t.pos_ == "NOUN"), 1)}
    return found


def is_prep(word: str, wanted: str) -> bool:
    word = word.lower()
    return word == wanted or FUSED.get(word) == wanted
