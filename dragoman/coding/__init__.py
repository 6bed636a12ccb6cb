"""The event coder: who did what to whom, read from each sentence's dependency parse.

    code_events(article, doc) -> list[Event]

For every trigger (a verb or event noun of the language's lexicon, with the particle or object it needs),
the source is the subject (the `by`/`par` agent in the passive, the subject of the governing verb for
infinitives and conjoined verbs, the possessor or `de`/`of` complement of an event noun) and the target the
object or prepositional complement (the passive subject; `contre`/`against`/`on` for nouns; the place of a
visit). Each side is the actor mention inside that phrase; coordinated actors give one event each.
Modality comes from negation and the verbs governing the trigger (`refused to`, `envisageait de`, `may`),
attribution from a governing verb of saying or `selon`/`according to`. Precision first: no source, or no
reading, no event.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman import __version__
from dragoman.actors.kb import knowledge_base
from dragoman.coding.lexicon import Trigger, lexicon
from dragoman.coding.roles import (
    AGENTS,
    ARMED_ROOTS,
    BLAME_ROOTS,
    COMMERCIAL_SECTORS,
    CONSULT,
    DONE_TO_ROOTS,
    MAKE_VISIT,
    MONADIC_NOUNS,
    OBJECTS,
    OPPOSING_PREPS,
    ORDINAL,
    PLACED_ROOTS,
    RECIPROCAL_CODES,
    RECIPROCAL_ROOTS,
    SPEECH_ROOTS,
    SUBJECTS,
    TOWN_RULES,
    VISITS,
    Roles,
    is_prep,
    state_itself,
)
from dragoman.coding.tables import cameo_codes, threat_of
from dragoman.geo.gazetteer import Gazetteer, Place, PlaceMention, gazetteer, is_venue, lookup
from dragoman.model import Article, Event, EventActor, Mention
from dragoman.when import TimeExpression, find_times

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["code_events"]

# Precision first: an event is a dyad, actor → recipient. Only these PLOVER types stand without a named
# recipient ("Romania agreed", "the general resigned", "thousands protested", "troops were mobilised");
# an assault, an accusation or a rejection whose target the sentence does not name is not coded.
MONADIC = frozenset({"AGREE", "REQUEST", "CONCEDE", "RETREAT", "PROTEST", "MOBILIZE"})
# What intending an act of each PLOVER type is coded as (CAMEO 03, "express intent to ...").
INTENT_OF = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "CONCEDE": "035",
    "RETREAT": "035",
}
HOST = "043"
INTENT = "030"  # CAMEO: express intent to cooperate, not specified below
NOUN_SLOTS = ("obj", "dobj", "prep", "obl")  # how an event noun hangs on the verb it is the matter of
# How a state is named as itself: its name, short name, capital or seat of power (not an adjective or an agent)
STATE_NAMES = frozenset({"state:name", "state:short", "state:capital", "state:seat"})
# the rules of a mention that names a state itself, by its name, adjective, people or capital, alone or with an
# agent ("Syrian troops", "the army of Syria"; not a town in it)
NAMED_STATE_RULES = frozenset(
    {
        "state:name",
        "state:short",
        "state:adjective",
        "state:demonym",
        "state:capital",
        "state+agent",
        "agent+state",
    }
)
FIGHTING_SECTORS = frozenset({"REB", "UAF", "INS", "PRM"})  # rebels, armed men, insurgents, militias
# Those who are where the fighting is: its fighters, its civilians and its refugees.
THEATRE_SECTORS = FIGHTING_SECTORS | {"CVL", "REF"}
STATE_SECTORS = frozenset({None, "GOV", "MIL"})  # a state itself, its government and its armed forces
HOME_SECTORS = frozenset({"COP", "JUD"})  # a state's police and courts: they act on its own people
# a state named as where, by its name, its capital or one of its towns (not by an adjective)
PLACE_NAMES = frozenset({"state:name", "state:short", "state:capital", "state:place", "place"})
# What no company or medium does in the political sense: yield, show force, coerce, assault, fight, mass violence
# ("Boeing could cede market share", "the battle for online advertising")
STATE_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
CITY_RULES = frozenset({"state:capital", "place"})  # a state's capital or another town, named as a place
ARMED_STRIKE = "190"  # CAMEO: use conventional military force
# A government, a legislature or a court: authorities that bear no arms
UNARMED_AUTHORITIES = frozenset({"GOV", "LEG", "JUD"})
# Those who hold an office or run a business: what an unarmed authority goes for
OFFICES = frozenset({"GOV", "ELI", "LEG", "JUD", "BUS"})
MEANS_ROOTS = frozenset({"16", "17"})  # sanctions and coercion: what an attack verb may be done with
OCCUPY = "192"  # CAMEO: occupy territory
# What is appealed for, intended, talked about, demanded or threatened has not happened ("talks to transfer
# the fighters", "called for his resignation")
ASKING_ROOTS = frozenset({"02", "03", "04", "10", "13"})
PROTEST_ROOT = "14"
THREAT_ROOT = "13"
# who may detain, for a verb that is an arrest only when they do it (cue kind `policing`)
POLICING = frozenset({"COP", "MIL", "SPY", "JUD", "UAF", "REB", "INS"})
MOBILIZE_ROOT = "15"  # CAMEO: exhibit force posture
ASSAULT_ROOTS = frozenset({"18", "19"})
CRITICIZE = "111"  # CAMEO: criticize or denounce
INTENT_TO_MEET = "036"  # CAMEO: express intent to meet or negotiate
# CAMEO: express intent to cooperate, to cooperate materially, to support, to give aid
SUPPORT_INTENTS = frozenset({"030", "031", "032", "033"})
CEASEFIRE = "0871"  # CAMEO: declare truce, ceasefire
# Those whose truce lays arms down: governments, armed forces and police, armed groups
ARMED_OR_GOVERNING = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF", "PRM"})
OBSTRUCT = "144"  # CAMEO: obstruct passage, block
FIRM_SECTORS = frozenset({"BUS", "MED"})  # companies and media groups
ASK = "020"  # CAMEO: make an appeal or request, not specified
INVESTIGATE = "09"  # CAMEO root: investigate
BACKING = ("051", "07")  # CAMEO: support, and aid
BACKING_ROOTS = frozenset({"05", "06", "07"})  # CAMEO roots: diplomatic, material cooperation, aid
RALLY = "141"  # CAMEO: demonstrate or rally (a hunger strike, 142, is a protest whoever makes it)
AGREEMENT = "057"  # sign a formal agreement
PRESS_SECTORS = frozenset({"MED", "JRN"})  # an interview or a press briefing is no consultation
# What may open a heading inside a sentence.
HEADING_MARKS = frozenset({"«", '"', "“", ":", "-", "—", "–", "\n"})
# Those who do politics in words: parties, assemblies, elites.
POLITICAL_SECTORS = frozenset({"PTY", "LEG", "ELI", "OPP"})
# The dependencies up which a trigger's modality is sought: complements, clauses, objects, prepositional phrases
WALKED = (
    "xcomp",
    "ccomp",
    "acl",
    "advcl",
    "acomp",
    "oprd",
    "obj",
    "dobj",
    "pobj",
    "pcomp",
    "prep",
    "obl",
    "nmod",
)
VOICED_ROOTS = frozenset({"10", "11"})  # demand, disapprove: what a protest voices
# PLOVER types whose target, when the text names none, is the source's own state.
# Of the intentions (03), those two parties express to each other ("agreed to cooperate", "to meet"); an offer of
# aid by "the U.S., Japan and China" is made to someone else
RECIPROCAL_INTENTS = frozenset({"030", "031", "036", "037"})
DOMESTIC = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# How a mention names the state itself, not its people ("China", "Beijing"; "Chinese students" are its people).
STATE_ITSELF = frozenset({"state:name", "state:capital"})
# Refinements of aid codes by what the aid is (root 07 and the 033 intent codes): facts of CAMEO.
AID_KIND = {
    "military": ("072", "0332"),
    "militaire": ("072", "0332"),
    "economic": ("071", "0331"),
    "économique": ("071", "0331"),
    "financial": ("071", "0331"),
    "financier": ("071", "0331"),
    "financière": ("071", "0331"),
    "humanitarian": ("073", "0333"),
    "humanitaire": ("073", "0333"),
}


def code_events(article: Article, doc: Doc | None) -> list[Event]:
    """The events of one parsed article, in text order."""
    if doc is None or not article.lang or not article.supported:
        return []
    coder = _Coder(article, doc, lexicon(article.lang))
    events: list[Event] = []
    seen: set[str] = set()
    for index, sentence in enumerate(doc.sents):
        for event in coder.sentence_events(index, sentence):
            if event.event_id not in seen:
                seen.add(event.event_id)
                events.append(event)
    return events


def _commercial(mention: Mention) -> bool:
    """A company, a medium or their people: they neither fight nor coerce, and act for no state."""
    return (mention.cameo or "").startswith("MNC") or mention.sector in COMMERCIAL_SECTORS


def _coding(event: Event) -> tuple[str, str, str | None, str | None, str]:
    """What an event says, whoever of its doers is named: its trigger, code, source and target codes and modality."""
    target = event.target.cameo if event.target else None
    return event.trigger, event.cameo, event.source.cameo, target, event.modality


def _politicking(sources: list[Mention], targets: list[tuple[Mention, bool]]) -> bool:
    """Politicians going for a person, or for their own country's parties, assemblies, government or press, or
    for a company or a media group: an attack in words or in court ("Trump has relentlessly attacked the state's
    governor", "Le Pen a attaqué Macron", "authorities battling a phone maker in court"), where an attack on a
    state, an army or an armed group is one of arms."""

    def person(m: Mention) -> bool:
        return (m.actor_id or "").startswith("person:")

    # (an official going for a named person too: "The UK ambassador to the UN also clashed with Trump")
    officials = POLITICAL_SECTORS | ({"GOV"} if all(person(m) for m, _place in targets) else set())
    return (
        bool(sources)
        and bool(targets)
        and all(person(m) or m.sector in officials for m in sources)
        and all(
            person(m)
            or m.sector in FIRM_SECTORS
            or (
                m.sector in POLITICAL_SECTORS | PRESS_SECTORS | {"GOV", "JUD"}
                and all(m.country == s.country for s in sources)
            )
            for m, _place in targets
        )
    )


def _location(place: Place) -> dict[str, object]:
    return {
        "name": place.name,
        "country": place.country_iso3,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
    }


class _Coder(Roles):
    """Events from the roles: one per trigger, source and target, with modality and attribution."""

    # -- modality and attribution ------------------------------------------------------------------

    def _negated(self, verb: Token) -> bool:
        """A word of negation on the verb, on an adverb of it ("did not even ever criticize"; not "will no
        longer tolerate", which says that an act stops), or in a phrase of manner ("will in no way allow",
        "under no circumstances"); a French "plus" only with "ne" ("deux ans plus tard, il démissionne")."""
        ne = any(
            self.lex.cue("negation-particle", c.lower_)
            for t in (verb, *self.auxiliaries(verb))
            for c in t.children
        )

        # (a "not" before the verb's subject is another clause's the parser hung here: "if they did not the US
        # would be forced to release them")
        subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS]

        def negation(word: Token) -> bool:
            return (
                self.lex.cue("negation", word.lemma_)
                and (ne or not self.lex.cue("with-ne", word.lemma_))
                and not self._restricting(word)
                and not (word.dep_ == "neg" and any(word.i < i < verb.i for i in subjects))
            )

        if self._instead(verb):
            return True
        if any(c.dep_ in ("mark", "case") and self.lex.cue("without", c.lower_) for c in verb.children) or (
            verb.dep_ == "pcomp" and self.lex.cue("without", verb.head.lower_)
        ):
            return True  # "sans même imposer de confinement", "without imposing a curfew"

        def own(word: Token) -> bool:
            node = word.head
            while node.i != verb.i and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
            return node.i == verb.i

        # 'n\'accepterait "jamais le leadership actuel"': the parser hung "jamais" on the object
        if ne and any(
            t.i > verb.i and t.dep_ in ("neg", "advmod") and negation(t) and own(t) for t in verb.subtree
        ):
            return True
        return any(
            (
                c.dep_ in ("neg", "advmod")
                and (
                    negation(c)
                    or (
                        c.tag_ != "RBR"
                        and any(
                            g.dep_ in ("neg", "advmod") and negation(g) for g in c.children
                        )  # ("n'a pas encore reconnu": "pas" hung on "encore")
                    )
                )
            )
            or (
                c.dep_ == "prep"
                and any(
                    o.dep_ == "pobj"
                    and any(d.dep_ == "det" and self.lex.cue("negation", d.lemma_) for d in o.children)
                    for o in c.children
                )
            )
            # (or on its object: "provided no aid", "n'a fourni aucune aide")
            or (
                c.dep_ in OBJECTS
                and any(d.dep_ == "det" and self.lex.cue("negation", d.lemma_) for d in c.children)
            )
            for c in verb.children
        ) or (
            # "will not bear the consequences, nor will it allow any infringement": "nor" on the first verb
            verb.dep_ == "conj"
            and any(
                c.dep_ == "cc"
                and c.i < verb.i
                and self.lex.cue("negation", c.lower_)
                and c.lower_ != "neither"
                for c in verb.head.children
            )
        )

    @staticmethod
    def _modal_done(modal: Token) -> bool:
        """A French modal in a compound past of the indicative tells what was done: "Ardern a dû ordonner le
        reconfinement", "il a pu s'enfuir" (not "aurait dû")."""
        morph = modal.morph.to_dict()
        return (
            "Part" in morph.get("VerbForm", "")
            and morph.get("Tense") == "Past"
            and any(c.dep_ == "aux:tense" and c.morph.to_dict().get("Mood") == "Ind" for c in modal.children)
        )

    def _instead(self, verb: Token) -> bool:
        """The act is what another is done instead of: "welcomed rather than shunned", "instead of attacking",
        "plutôt que d'attaquer", "au lieu d'attaquer" (cue kind `instead`, the words right before the verb)."""
        words = [t.lower_ for t in self.doc[max(verb.sent.start, verb.i - 4) : verb.i]]
        while words and (words[-1] in (",", "to") or is_prep(words[-1], "de")):
            words = words[:-1]
        return any(self.lex.cue("instead", " ".join(words[-n:])) for n in (2, 3) if len(words) >= n)

    def _restricting(self, negation: Token) -> bool:
        """A negation that restricts, not negates: "not only condemned", "did not merely condemn", "Not just France
        but also Germany", "n'a pas seulement condamné" (an adverb of kind `restrictive` after it): the act is done;
        or the other half of a question: "whether or not the Taliban has received" (a `condition` word and "or"
        before it)."""
        after = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
        if after is not None and after.pos_ == "ADV" and self.lex.cue("restrictive", after.lower_):
            return True
        return (
            negation.i >= 2
            and negation.nbor(-1).dep_ == "cc"
            and self.lex.cue("condition", negation.nbor(-2).lower_)
        )

    def _determined(self, noun: Token) -> str | None:
        """The modality an event noun's determiner gives it: "no agreement was signed", "aucun accord" negated;
        "any deal must be approved", "tout accord devra" possible (any such act, one that may come)."""
        if noun.pos_ != "NOUN":
            return None
        determiners = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
        if any(self.lex.cue("negation", d.lower_) for d in determiners):
            return "negated"
        if any(self.lex.cue("any", d.lower_) for d in determiners):
            return "possible"
        return None

    def _hedged(self, verb: Token) -> bool:
        """An adverb of doubt on the verb ("allegedly attacked", "a peut-être frappé"), or an adjective of doubt
        on an event noun ("the alleged bombing", "le présumé attentat"; cue kind `hedge`) or on the noun of an act
        it is the `of` of ("the possible signing of an agreement", "l'éventuelle signature d'un accord")."""
        if any(
            # (or a participle the French parser hangs as a clause: "la frappe américaine attendue")
            (c.dep_ == "advmod" or (verb.pos_ == "NOUN" and c.dep_ in ("amod", "acl")))
            and self.lex.cue("hedge", c.lower_)
            for c in verb.children
        ):
            return True
        if verb.pos_ != "NOUN":
            return False
        if verb.dep_ == "pobj" and verb.head.lower_ == "of":
            governor = verb.head.head
        elif verb.dep_ == "nmod" and any(c.dep_ == "case" and is_prep(c.lower_, "de") for c in verb.children):
            governor = verb.head
        else:
            return False
        return governor.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "acl") and self.lex.cue("hedge", c.lower_) for c in governor.children
        )

    def modality(self, trigger: Token) -> str:
        if any(c.dep_ == "mark" and self.lex.cue("condition", c.lemma_) for c in trigger.children):
            return "possible"  # "if it doesn't contribute troops": a condition, negated or not
        if trigger.tag_ in ("VB", "VBP", "VBZ") and any(
            c.dep_ == "mark" and self.lex.cue("until", c.lemma_) for c in trigger.children
        ):
            return "possible"  # "has put talks on hold until the rebels free all their hostages": not yet
        if self._negated(trigger):
            return "negated"
        if self._hedged(trigger):
            return "possible"
        determined = self._determined(trigger)
        if determined == "possible" and trigger.dep_ in OBJECTS and self._negated(trigger.head):
            return "negated"  # "will not join any military strikes": none joined
        if determined:
            return determined
        doer = self.subject(trigger) if trigger.pos_ in ("VERB", "AUX") else None
        if doer is not None and any(
            c.dep_ in ("det", "preconj") and self.lex.cue("negation", c.lemma_) and not self._restricting(c)
            for c in doer.children
        ):
            return "negated"  # "Neither Paris nor Berlin condemned"
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
            # "a ceasefire could be reached next week", "un accord pourrait être conclu", "si un accord est trouvé"
            verb = trigger.head
            conditioned = any(c.dep_ == "mark" and self.lex.cue("condition", c.lemma_) for c in verb.children)
            if conditioned:
                return "possible"
            if self.lex.cue("modal", verb.lemma_) or any(
                c.dep_ in ("aux", "aux:tense") and self.lex.cue("modal", c.lemma_) for c in verb.children
            ):
                return "negated" if self._negated(verb) else "possible"
            if any(
                a.pos_ == "ADJ" and (self.lex.cue("possible", a.lemma_) or self.lex.cue("hedge", a.lemma_))
                for a in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp")))
            ):
                return "possible"  # "a clash with the US was likely", "une frappe est probable"
        if (
            trigger.pos_ in ("NOUN", "PROPN")
            and trigger.dep_ in OBJECTS
            and trigger.head.dep_ == "conj"
            and (verb_modality := self.modality(trigger.head)) != "asserted"
        ):
            return verb_modality  # "would not dare to shell our cities and commit massacres": nor commit them
        if trigger.pos_ in ("NOUN", "PROPN") and self._an_option(trigger):
            return "possible"  # "must choose between an offensive or talks": neither has happened
        if (infinitive := self.coordinated_infinitive(trigger)) is not None and not self._negated(trigger):
            # "wants to say that France has failed and to ask Germany for help": wanted
            return self.modality(infinitive)
        node, steps = trigger, 0
        negated = False  # "refused to recognize": negated, unless that refusal is itself only demanded
        while (
            # (French "obl:arg", "nmod:poss" ...; not a relative clause, "acl:relcl")
            (node.dep_.split(":")[0] in WALKED or node.dep_ == "relcl")
            # (unless "qu'", "that" opens it: a content clause the parser took for one, "la possibilité qu'il
            # rencontre", "proposed to the coalition that they stage airstrikes")
            and (node.dep_ not in ("acl:relcl", "relcl") or any(c.dep_ == "mark" for c in node.children))
            # (a clause after a preposition only as a gerund or participle: "on the verge of capturing", not "near
            # where police fired")
            and (node.dep_ != "pcomp" or node.tag_ in ("VBG", "VBN"))
            and steps < 4
        ):
            head = node.head
            if head is node:
                break
            if (
                (
                    node.dep_ in ("pobj", "dobj")
                    and head.dep_ == "prep"
                    and self.lex.cue("elapsed", head.lower_)
                )
                or (
                    node.dep_.startswith(("obl", "nmod"))
                    and any(c.dep_ == "case" and self.lex.cue("elapsed", c.lower_) for c in node.children)
                )
                or (
                    # (or a clause in the past: "ten months after a gunman shot her, she appeared on television"; not
                    # "will strike after NATO invades")
                    node.dep_ == "advcl"
                    and any(c.dep_ == "mark" and self.lex.cue("elapsed", c.lower_) for c in node.children)
                    and any("Past" in t.morph.get("Tense", []) for t in (node, *self.auxiliaries(node)))
                )
            ):
                break  # what a clause is dated after is so ("plans to buy jets after Russia's annexation of Crimea",
                # "following", "après")
            if (
                node.i == trigger.i
                and self._past_participle(node)
                and head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_.startswith("aux") for c in node.children)
            ):
                break  # what a participle says of a noun is so, whatever the clause the noun is in ("pour appuyer le
                # gouvernement face aux Houthis, soutenus eux par l'Iran")
            if node.dep_ in ("xcomp", "advcl", "ccomp") and any(
                c.dep_ == "advmod" and self.lex.cue("excess", c.lower_)
                # (on a word of degree: "Russia, too, has shown impatience, demanding" adds Russia to others)
                for a in ([head] if head.pos_ in ("ADJ", "ADV") else [])
                + [a for a in head.children if a.dep_ in ("advmod", "acomp")]
                for c in a.children
            ):
                return "negated"  # "came too late for EU leaders to agree them", "trop tard pour signer"
            if self._purpose(node):
                if node is trigger and self._performed(trigger):
                    # "began a hunger strike to protest against", "ont défilé pour dénoncer": protesting is done
                    # by the act it is the purpose of, as far as that act is done ("plan a rally to protest")
                    act = next(
                        (c for c in head.children if c.dep_ in ("obj", "dobj") and self.triggers(c)), head
                    )
                    return self.modality(act)
                return "possible"  # "resigned to allow elections", "a envoyé des troupes pour sécuriser"
            negated_head = self._negated(head)
            excluding = self.lex.cue("excluding", head.lemma_) or any(
                c.dep_ in ("prt", "compound:prt") and self.lex.cue("excluding", f"{head.lemma_} {c.lower_}")
                for c in head.children
            )
            if excluding and negated_head:
                return "possible"  # "did not rule out sanctions", "n'exclut pas une intervention"
            if node.dep_ == "xcomp" and any(
                c.dep_ == "advmod" and self.lex.cue("pending", c.lower_) for c in head.children
            ):
                return "negated"  # "has yet to recognize the Taliban": not done
            if node.dep_ in ("xcomp", "advcl") and self._in_vain(head):
                return "negated"  # "tried unsuccessfully to seize the base", "a tenté, sans succès, de s'emparer"
            if node.dep_ == "xcomp" and self._hedged(head):
                return "possible"  # "is perhaps preparing to strike"
            if (
                node.dep_ == "xcomp"
                and self.lex.cue("directive", head.lemma_)
                # (told to someone: not "a dit avoir informé l'opposition", said of oneself; or someone was told:
                # "troops were ordered to attack")
                and (
                    any(
                        c.dep_ in (*OBJECTS, "obl:arg")
                        or (c.dep_.startswith("obl") and any(is_prep(g.text, "à") for g in c.children))
                        for c in head.children
                    )
                    or self.passive(head)
                )
            ):
                return "possible"  # "the EU told Russia to withdraw", "a dit à Moscou de se retirer": told, not done
            if (
                (self.lex.cue("negating", head.lemma_) or excluding)
                and not negated_head
                # (what a denial says, not what is done beside it: "denied responsibility, accusing Seoul"; nor
                # when: "stopped work on the first day of a strike")
                and node.dep_ not in ("advcl", "conj", "parataxis", "prep", "obl:mod")
                # (nor one a bare "ne" turns round: "Bolsonaro ne cesse d'appeler à une reprise du travail")
                and not any(
                    self.lex.cue("negation-particle", c.lower_)
                    for t in (head, *self.auxiliaries(head))
                    for c in t.children
                )
            ):
                negated = True
            elif negated_head and node.dep_ == "xcomp" and not self.lex.cue("negating", head.lemma_):
                # "did not try to attack", "n'a pas voulu reconnaître" (not "did not fail to")
                return "negated"
            elif negated_head and node.dep_ == "acomp" and self.lex.cue("intent", node.lemma_) and steps:
                return "negated"  # "isn't ready to urge Sanders to quit", "is not willing to negotiate"
            elif self.lex.cue("possible", head.lemma_):
                return "possible"
            if node.dep_ in ("ccomp", "xcomp", "acl", "obj", "dobj", "prep", "obl") and any(
                t.cameo[:2] in ASKING_ROOTS for t in self.triggers(head)
            ):
                return "possible"  # what is demanded, urged or threatened has not happened ("called for his
                # resignation", "a réclamé la libération")
            if (
                node.dep_ == "xcomp" and self.lex.cue("modal", head.lemma_) and not self._modal_done(head)
            ) or (
                node.dep_ in ("xcomp", "ccomp", "acomp", *NOUN_SLOTS)
                and any(
                    c.dep_ in ("aux", "aux:tense") and self.lex.cue("modal", c.lemma_) for c in head.children
                )
            ):
                # "could decide to attack", "could join talks", "la France pourrait reconnaître"; "would not
                # take part in talks"
                return "negated" if negated or negated_head else "possible"
            if (
                node.i == trigger.i
                and node.dep_.split(":")[0] in NOUN_SLOTS
                and negated_head
                and not self.triggers(head)
                # (nor what a verb acting on it from outside did not do: "the jamming did not hamper the exercises")
                and not self.lex.cue("hindering", head.lemma_)
            ):
                # "would not take part in talks with the government" (not what a noun below says: "n'ont jamais
                # réfléchi au fait qu'en 1848 les États-Unis ont envahi le Mexique")
                return "negated"
            if self.lex.cue("reporting", head.lemma_):
                if head.dep_ in ("obj", "dobj") and self.lex.cue("negating", head.head.lemma_):
                    return "negated"  # "rejected reports that Washington had offered ...": a claim denied
                if negated_head and node.dep_ == "ccomp" and not self.lex.cue("negating", head.lemma_):
                    # "I do not believe that it supports", "je ne pense pas qu'il soutienne": what one does not
                    # believe or say is not told as done
                    return "possible"
                break
            node, steps = head, steps + 1
        if negated:
            return "negated"
        if any(c.dep_ in ("aux", "aux:tense") and self.lex.cue("modal", c.lemma_) for c in trigger.children):
            return "possible"
        if (
            trigger.dep_ == "conj"
            and trigger.head.pos_ in ("VERB", "AUX")
            # (an English infinitive's "to" is no auxiliary of its own: "urged Russia not to attack and to talk")
            and not any(
                c.dep_ in SUBJECTS or (c.dep_.startswith("aux") and c.lower_ != "to")
                for c in trigger.children
            )
        ):
            head_modality = self.modality(trigger.head)
            if head_modality == "possible" or self._asked_beside_a_negation(trigger.head):
                # "would be in Italy on Jan. 25 and leave for Paris", "pourrait saisir le navire et arrêter les
                # marins": what makes the first verb possible holds for the one coordinated with it
                return "possible"
            if (
                head_modality == "negated"
                # (in the same form: not "would not recognize the government and recalled his ambassador")
                and trigger.tag_ == trigger.head.tag_
                and not any(
                    c.dep_ == "cc" and self.lex.cue("contrast", c.lower_) for c in trigger.head.children
                )
            ):
                # "did not shell the cities or kill civilians" (but not "did not attack but negotiated")
                return "negated"
        if self._conditional(trigger) and not any(t.cameo.startswith("13") for t in self.triggers(trigger)):
            # (a threat is made whatever its condition: "menace de suspendre son aide si Kiev refuse")
            return "possible"
        if self._subjunctive(trigger):
            return "possible"
        # (the conditional of hearsay is on the auxiliary: "La Russie aurait attaqué")
        conditional = any(
            "Cnd" in t.morph.to_dict().get("Mood", "") for t in (trigger, *self.auxiliaries(trigger))
        )
        if conditional or trigger.sent.text.rstrip().endswith("?"):
            return "possible"
        return "asserted"

    def _opposed_below(self, trigger: Token, mention: Mention) -> bool:
        """Between the trigger and the mention, a phrase of what something is against ("support for a coup
        against the president", "l'aide à une offensive contre Daech")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        node = span.root if span is not None else None
        for _ in range(6):
            if node is None or node.i == trigger.i or node.head.i == node.i:
                return False
            if (node.dep_ == "prep" and node.lower_ in OPPOSING_PREPS) or any(
                c.dep_ == "case" and c.lower_ in OPPOSING_PREPS for c in node.children
            ):
                return True
            node = node.head
        return False

    def _in_vain(self, verb: Token) -> bool:
        """A phrase of the verb says that it came to nothing (cue kind `futile`: "unsuccessfully", "in vain", "sans
        succès", "en vain")."""
        for child in verb.children:
            phrases = {
                child.lower_,
                *(f"{g.lower_} {child.lower_}" for g in child.children if g.dep_ == "case"),
                *(f"{child.lower_} {g.lower_}" for g in child.children if g.dep_ in ("fixed", "pobj")),
            }
            if any(self.lex.cue("futile", p) for p in phrases):
                return True
        return False

    def _an_option(self, noun: Token) -> bool:
        """The noun, or the first of those coordinated with it, is one of what a choice is between (cue kind
        `choosing`: "choose between war or talks", "choisir entre la guerre et la négociation")."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "between":
            governor = noun.head.head
        elif noun.dep_.startswith(("obl", "nmod")) and any(
            c.dep_ == "case" and c.lower_ == "entre" for c in noun.children
        ):
            governor = noun.head
        else:
            return False
        return bool(self.lex.cue("choosing", governor.lemma_.lower()))

    def _subjunctive(self, verb: Token) -> bool:
        """A that-clause in the subjunctive says what is wanted, not what happened: in English "demanded that
        Israel ease restrictions", "insisted that the government resign" (a base-form verb after a singular noun
        subject, with no auxiliary); in French a verb the tagger puts in that mood ("il est temps que l'armée
        afghane reprenne son territoire"), not after "bien que", "quoique" (cue kind `concessive`: "bien que la
        Russie ait signé l'accord") nor "après que", which news writes in that mood of what has happened (cue kind
        `elapsed`: "après que l'administration ait menacé")."""
        if any("Sub" in t.morph.get("Mood", []) for t in (verb, *self.auxiliaries(verb))):
            if verb.dep_ == "ROOT" and not any(c.dep_ == "mark" for c in verb.children):
                return False  # a main clause with no "que": the tagger's misreading of a present ("la Russie condamne")
            return not any(
                c.dep_ == "mark"
                and (self.lex.cue("concessive", c.lower_) or self.lex.cue("elapsed", c.lower_))
                for c in verb.children
            )
        return (
            verb.dep_ == "ccomp"
            and verb.tag_ in ("VB", "VBP")  # (a base form after a singular noun, however it is tagged)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            and not any(c.dep_.startswith("aux") for c in verb.children)
            and any(
                c.dep_ in SUBJECTS
                and c.tag_ in ("NNP", "NN")
                and "Plur" not in c.morph.to_dict().get("Number", "")
                for c in verb.children
            )
        )

    def _purpose(self, clause: Token) -> bool:
        """An infinitive clause of purpose ("to allow", "pour sécuriser", "afin de"), or one saying what a noun
        is for ("a campaign to force Pashinian to step down", "une campagne pour obtenir"): intended, not done
        (but "the first country to recognize" did; cue kind `rank`)."""
        return (
            (
                clause.dep_ == "advcl"
                or (
                    clause.dep_ == "acl"
                    and clause.head.pos_ == "NOUN"
                    and not any(
                        c.dep_ in ("amod", "nummod")
                        and (self.lex.cue("rank", c.lemma_) or ORDINAL.match(c.text))
                        for c in clause.head.children
                    )
                )
            )
            # (or a clause of its own after "afin que", "pour que", "so that": "afin qu'il renonce à la quarantaine")
            and (
                "Inf" in clause.morph.to_dict().get("VerbForm", "")
                or any(c.dep_ == "mark" and c.lemma_.lower() in ("que", "that") for c in clause.children)
            )
            and any(c.dep_ in ("aux", "mark") and self.lex.cue("purpose", c.lemma_) for c in clause.children)
        )

    def _performed(self, clause: Token) -> bool:
        """A protest is made by the act done for it ("shunned work to protest"); a demand or a condemnation by
        a protest done for it ("continued their hunger strike to demand the resignation")."""
        codes = {t.cameo[:2] for t in self.triggers(clause)}
        if PROTEST_ROOT in codes:
            return True
        return bool(codes & VOICED_ROOTS) and any(
            t.cameo[:2] == PROTEST_ROOT for t in self._acts(clause.head)
        )

    def _acts(self, token: Token) -> list[Trigger]:
        """The event the token is or names: its own trigger, or its object's ("began a hunger strike")."""
        found = list(self.triggers(token))
        for child in token.children:
            if child.dep_ in ("obj", "dobj"):
                found += self.triggers(child)
        return found

    def _conditional(self, trigger: Token) -> bool:
        """ "will withdraw its troops unless ...", "retirera ses troupes si ...": done only if; and an act
        that is itself the condition ("unless Assad agreed to a settlement")."""
        if any(c.dep_ == "mark" and self.lex.cue("condition", c.lemma_) for c in trigger.children):
            return True
        if trigger.dep_ == "xcomp" and trigger.head is not trigger and self._conditional(trigger.head):
            return True  # "if Assad is to end the war"
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and self.lex.cue("condition", m.lemma_) for m in c.children)
            for c in trigger.children
        )

    def attribution(self, trigger: Token) -> Mention | None:
        """Who claims it: the subject of a verb of saying whose complement holds the trigger, the speaker told after
        a quotation that holds it, or the complement of `selon` / `according to` in the sentence."""
        node, steps = trigger, 0
        while node.head is not node and steps < 5:
            head = node.head
            if self.lex.cue("reporting", head.lemma_) and node.dep_ in (
                "ccomp",
                "parataxis",
                "xcomp",
            ):
                subject = self.subject(head)
                found = self.actors_in(subject) if subject is not None else []
                if found:
                    return found[0]
            node, steps = head, steps + 1
        # a quotation whose speaker is told after it ('"Il encourage la violence", a accusé M. Biden')
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else (self._governing_verb(trigger) or trigger)
        for verb in clause.children:
            if (
                verb.i > trigger.i
                and verb.dep_ in ("advcl", "parataxis", "conj", "ccomp")
                and (
                    self.lex.cue("reporting", verb.lemma_)
                    or any(t.cameo[:2] in SPEECH_ROOTS for t in self.triggers(verb))
                )
                and any(t.is_quote for t in self.doc[trigger.i : verb.i])
            ):
                # (the speaker after the verb, which the parser may make its object)
                speaker = next(
                    (o for o in verb.children if o.dep_ in (*OBJECTS, *SUBJECTS) and o.i > verb.i), None
                )
                found = self.actors_in(speaker) if speaker is not None else []
                if found:
                    return found[0]
        for token in trigger.sent:
            if self.lex.cue("according", token.lemma_) or self.lex.cue("according", token.text):
                phrase = token.head if token.dep_ == "case" else self._pobj(token)
                if token.text.lower() == "according":
                    phrase = next((self._pobj(c) for c in token.children if c.dep_ == "prep"), phrase)
                found = self.actors_in(phrase)
                if found:
                    return found[0]
        return None

    # -- events ------------------------------------------------------------------------------------

    def sentence_events(self, index: int, sentence: Span) -> list[Event]:
        events = self._read_sentence(index, sentence)
        # (the patterns are asked only of sentences with events: most have none, and the patterns cost)
        if events and self.lex.discarded(sentence.text) is not None:
            return []  # sports, markets, weather, entertainment, obituaries (lang/<iso>/discard*.tsv)
        # one event for doers coded alike in one act ("Taliban gunmen and suicide bombers attacked Camp Shorabak":
        # one Taliban attack, not two); the first named stays
        coded = {_coding(e): e for e in reversed(events)}
        return [e for e in events if coded[_coding(e)] is e]

    def _read_sentence(self, index: int, sentence: Span) -> list[Event]:
        events = []
        consumed: set[int] = set()  # triggers folded into an intent ("agreed to provide aid")
        emitted: set[int] = set()  # triggers that gave an event: what they govern is their purpose or manner
        aimless: set[int] = set()  # those of them with no target, which give no event after all
        for token in self.readable(sentence):  # (nothing below is done for the other words)
            if token.i in consumed:
                continue
            if (
                emitted
                and self._governed_by(token, emitted)
                and not (
                    # one that gives no event leaves its manner to be one: "retaliated by striking Gaza"
                    token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.head.i in aimless
                )
            ):
                continue
            for entry in self.triggers(token):
                if entry.pos == "noun" and self._named(token):
                    continue  # "le RPF (Rassemblement du peuple français)": a name, no rally
                if entry.pos == "noun" and any(
                    c.dep_ == "det" and self.lex.cue("demonstrative", c.lower_) for c in token.children
                ):
                    continue  # "leur revanche pour cet horrible meurtre", "this attack": an act told before
                if (
                    token.tag_ == "VBG"
                    and token.dep_ in ("xcomp", "dobj", "obj")
                    and self.lex.cue("undoing", token.head.lemma_)
                ):
                    continue  # "Moscow cancels meeting with top US diplomat": the parser's verb, a meeting called off
                if entry.pos == "verb":
                    sources, targets = self.verb_roles(token, entry)
                else:
                    sources, targets = self.noun_roles(token, entry)
                sources, targets = self._settled_roles(token, entry, sources, targets)
                # a town no dictionary knows acts for its state, as the dictionaries' towns do ("Bordeaux et
                # Marseille interdisent les rassemblements", "Texas sued"); one named inside the doer's phrase is
                # only where it is or comes from ("le centre basé à Nanterre")
                sources = [
                    state_itself(m, "state:place") if m.rule == "place" else m
                    for m in sources
                    if m.rule != "place" or self._town_doer(m)
                ]
                # (a medium named as the channel of words is none of their doers: "des voix sur Twitter prônant")
                sources = [m for m in sources if not self._channel(m)]
                if entry.cameo[:2] in ARMED_ROOTS:
                    # nor is a state named as where violence happened ("was killed by an improvised explosive device
                    # in Syria"; but "Heurts aux Pays-Bas": protesters are of where they protest)
                    sources = [
                        m
                        for m in sources
                        if not (m.label == "state" and not m.sector and self._after_locative(m))
                    ]
                # police or civilians given their country by their setting are the doers there, not whom words
                # aim at ("a dénoncé le manque de moyens policiers"); what is done to them is done there ("A
                # gunman killed three police officers in Louisiana's capital")
                targets = [
                    (m, place)
                    for m, place in targets
                    if m.rule != "agent+setting" or entry.cameo[:2] in DONE_TO_ROOTS
                ]
                # a medium named as the channel of words is not whom they are addressed to ("asked on Twitter"),
                # nor one whose words they are ("une attaque terroriste selon le président Macron")
                targets = [
                    (m, place)
                    for m, place in targets
                    if not self._channel(m)
                    and not self._claiming(m)
                    and not self._alongside(m)
                    # nor the medium a headline credits ("Gunman kills five at two homes – CNN")
                    and not self._credit(m)
                    # nor, for words, a place in the phrase that opens the sentence ("At a news conference in the
                    # Turkish city of Gaziantep, Merkel called for zones"): where they were said
                    and not (entry.cameo[:2] in SPEECH_ROOTS and self._in_opening_phrase(m, token))
                ]
                if entry.cameo[:2] == CONSULT and targets:
                    targets = [(m, place) for m, place in targets if m.sector not in PRESS_SECTORS]
                    if not targets:
                        continue  # "spoke to the BBC", "a rencontré la presse": an interview, no consultation
                    sources = [m for m in sources if m.sector not in PRESS_SECTORS]  # "l'AFP l'a rencontré"
                if (
                    entry.pos == "verb"
                    and self.lex.cue("policing", entry.lemma)
                    and not any(m.sector in POLICING for m in sources)
                ):
                    continue  # "Emmanuel Macron interpellé par un maire": questioned, not arrested
                if not sources or self._only_a_frame(token, entry) or self._warned_of_own_act(token, entry):
                    continue
                if (
                    entry.pos == "noun"
                    and entry.cameo == AGREEMENT
                    and token.dep_ in ("obj", "dobj")
                    and self.lex.cue("having", token.head.lemma_)
                ):
                    continue  # "ont un traité d'extradition avec l'Espagne": an agreement had, none made
                cameo = self._refine(entry, token)
                if cameo[:2] in ASSAULT_ROOTS and (
                    (entry.pos == "verb" and self._in_words(token))
                    or (self.lex.cue("assailing", token.lemma_) and _politicking(sources, targets))
                ):
                    # "attacked Biden on Twitter", "s'en est pris à Paris dans un entretien", "Trump has attacked
                    # the state's governor": criticism
                    cameo = CRITICIZE
                if (
                    entry.pos == "noun"
                    and not entry.object  # ("a hunger strike" is never armed)
                    and self.lex.cue("armed", entry.lemma)
                    and self._armed(sources)
                ):
                    cameo = ARMED_STRIKE  # "Russian strikes will not cease": no labour strike
                acted = cameo
                cameo, inner_targets = self._intent(token, cameo, consumed)
                if cameo in VISITS and entry.pos == "verb":
                    arrival = self._military_arrival(token)
                    if arrival == "troops":
                        continue  # troops arriving somewhere are no state visit
                    cameo = "074" if arrival == "peacekeepers" else cameo
                if entry.pos == "verb" and self.lex.cue("incursion", entry.lemma):
                    own = {m.country for m in sources}
                    targets = [(m, place) for m, place in targets if m.country not in own]
                    if self._military_arrival(token) != "troops" or not targets:
                        continue  # "Russian troops entered Ukraine": an incursion; nobody else's entering is one
                if cameo in VISITS and all(self._travellers(m) for m in sources):
                    continue  # "fees for Mexicans to visit the United States", "migrants from Pakistan arrived": no visit
                willing = self._willing(token)
                intended = willing and INTENT_OF.get(entry.plover_type(cameo))
                # a hostile act one is ready to do is a threat ("is prepared to impose martial law"), aimed where
                # the act would be
                threatened = not intended and willing and threat_of(cameo)
                aimed_as = entry.plover_type(cameo) if threatened else None
                cameo = intended or threatened or cameo
                targets = targets or inner_targets
                if (
                    entry.cameo in VISITS
                    and entry.cameo != HOST
                    and entry.prep
                    and not entry.object
                    and not targets
                ):
                    continue  # "the choir will land squarely in that column": a journey to nowhere named is none
                if entry.cameo == HOST:
                    targets = [(m, place) for m, place in targets if not place]  # "reçoit à l'Elysée": where
                    guests = self._objects(token) if entry.pos == "verb" else []
                    if guests:
                        # the guest is the object itself, not a state named inside it ("a reçu une cape brodée
                        # du Liban": a gift)
                        targets = [
                            (m, p) for m, p in targets if any(m.start <= g.idx < m.end for g in guests)
                        ]
                    if not targets:
                        continue  # hosting no one named
                if entry.pos == "noun" and entry.plover_type(cameo) == "THREATEN" and self._posed(token):
                    continue  # "Iran is a threat to Israel", "poses a threat to Europe": a judgement, no threat made
                if (
                    entry.pos == "noun"
                    and self._posed(token)
                    and any(
                        c.dep_ in ("nsubj", "expl") and c.pos_ == "PRON"
                        for c in (*token.head.children, *token.children)
                    )
                    # (a state named only in a phrase of setting is no doer: "in U.S. history")
                    and not [m for m in self._noun_agents(token) if not self._in_setting(m)]
                ):
                    continue  # "there was no doubt it was a shattering attack", "It was the biggest breach of
                    # classified materials": what a known act was, no new one
                if not targets and len(sources) < 2 and entry.pos == "noun" and self._background(token):
                    continue  # "the second-worst attack in the current Palestinian uprising": not this news
                if cameo[:2] not in PLACED_ROOTS and cameo not in VISITS:
                    # words are addressed to someone and meetings held with someone, not with the town where
                    # they are ("a appelé, lors d'une réunion à Rome", "se sont retrouvés à Addis-Abeba")
                    targets = [(m, place) for m, place in targets if not (place and self._located(m))]
                if cameo[:2] in BACKING_ROOTS or cameo[:3] in SUPPORT_INTENTS:
                    # support for a coup against someone is not support for them ("support for a coup against the
                    # president", "pledged support to Syria against the rebels")
                    targets = [(m, place) for m, place in targets if not self._opposed_below(token, m)]
                if cameo[:2] != MOBILIZE_ROOT:
                    # an attack on camps "near the Turkish border" is not on Turkey
                    targets = [(m, place) for m, place in targets if not self.beside_border(m)]
                elif not targets:
                    # troops massed "near the Ukrainian border", "près de la frontière ukrainienne" aim at Ukraine
                    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
                    targets = [
                        (m, False)
                        for m in self.mentions
                        if start <= m.start < end and m.label == "state" and self.beside_border(m)
                    ][:1]
                # a town aimed at is its state's ("ont bombardé Kharkiv": Ukraine; a visit to Lyon is to France)
                # (and a capital struck or raided is the country's, not its government: "missiles struck Kyiv";
                # but a foe fought is the government: "militants battling Ankara")
                violence = cameo[:2] in DONE_TO_ROOTS
                targets = [
                    (
                        (state_itself(m, "state:place"), place)
                        if self._known_town(m)
                        or (
                            m.rule == "state:capital"
                            and violence
                            and (place or not self.lex.cue("mutual", token.lemma_))
                        )
                        else (m, place)
                    )
                    for m, place in targets
                ]
                if cameo[:2] == PROTEST_ROOT and (mission := self._mission(token, sources)) is not None:
                    # "demonstrated outside the Chinese consulate in Manila": at China, not where it stands
                    targets = [(mission, False)]
                if entry.cameo in VISITS and targets:
                    # a trip to a town of one's own country is no visit to anyone ("Obama traveled to Dallas",
                    # "plans to travel to Nice"); only those met there are
                    targets = [
                        (m, place)
                        for m, place in targets
                        if not (self._a_place(m, place) and all(s.country == m.country for s in sources))
                    ]
                    if not targets:
                        continue
                if not targets and cameo == OCCUPY:
                    targets = self._seized_from(token, sentence, sources)
                # (taking a place, read as COERCE or ASSAULT, is aimed at the state it is in)
                kind = aimed_as or entry.plover_type(cameo)
                protester = token if kind == "PROTEST" else None  # (see _domestic)
                if (
                    not targets
                    and (kind in DOMESTIC or cameo == OCCUPY)
                    # (an invasion is of another: "Iraqi troops invaded in 1990" is not of Iraq; so are sanctions,
                    # "imposed new sanctions")
                    and not self.lex.cue("invading", token.lemma_)
                    and not (entry.object and self.lex.cue("invading", entry.object))
                    and not self._unplaced_territory(token, sources)
                ):
                    targets = self._domestic(sources, protester)
                domestic = bool(targets) and all(m.rule == "domestic" for m, _ in targets)
                emitted.add(token.i)
                # (an act announced needs whom it is aimed at as the act does: "the Security Council will meet on
                # Monday" is no intent to meet anyone; but "will not accept any more refugees" is a refusal)
                announced = acted[:2] != cameo[:2] == INTENT[:2] and not self._monadic(entry, acted)
                if not targets and (announced or not self._monadic(entry, cameo)):
                    aimless.add(token.i)
                modality = self.modality(token)
                if (
                    modality == "possible"
                    and self._announced(token)
                    and threat_of(cameo)
                    and not self._hedged(token)
                    and not self._forecast(token, sources)
                ):
                    # "said they would boycott", "will impose a curfew": announcing it is a threat (CAMEO 13); not
                    # a forecast ("Russia will likely attack Ukraine")
                    cameo, modality = threat_of(cameo) or cameo, "asserted"
                if cameo.startswith("03") and modality == "possible" and self._declared(token):
                    modality = (
                        "asserted"  # saying one will do something is the event (CAMEO 03), unless denied
                    )
                claimant = self.attribution(token)
                # "Indian and Chinese troops clashed", "police and protesters clashed in Paris": each on the
                # other, wherever it was
                mutual = (
                    cameo[:2] in ASSAULT_ROOTS
                    and self.lex.cue("mutual", token.lemma_)
                    # (not what they battle: "rescue crews battled gale-force winds")
                    and not any(c.dep_ in OBJECTS and c.pos_ in ("NOUN", "PROPN") for c in token.children)
                )
                reciprocal = (
                    (
                        not targets
                        # (or only places, or the doers' own countries: "à la frontière entre les deux pays")
                        or (
                            mutual
                            and all(
                                place or m.country in {s.country for s in sources} for m, place in targets
                            )
                        )
                    )
                    and len(sources) >= 2
                    and (
                        # "clashes between security forces and Kurdish rebels": whatever it is, each on the other
                        (entry.pos == "noun" and len(self.between(token)) >= 2)
                        or (
                            # "Britain and Norway promised $1 billion" (but "se sont engagés à renforcer leur
                            # coopération")
                            # ("Neither Britain nor France have ratified these amendments": each its own)
                            not (
                                self.lex.cue("unilateral", token.lemma_)
                                and (cameo == INTENT or cameo[:2] != INTENT[:2])
                            )
                            and (
                                cameo[:2] in RECIPROCAL_ROOTS
                                or cameo in RECIPROCAL_CODES
                                or cameo in RECIPROCAL_INTENTS
                                or mutual
                            )
                            # ("the visit by Kerry and his G7 counterparts" is to Hiroshima, not to each other)
                            and cameo not in VISITS
                            # (nor do they meet each other when they meet someone or something no one knows: "des
                            # experts et des célébrités ... sans réussir à rencontrer le yéti"; but "discussed Syria")
                            and not self._met_another(token, entry, cameo)
                            # "signed an agreement with AstraZeneca": not each other
                            and not self._partnered(token)
                            # ("le projet doit être accepté par le gouverneur et par le gouvernement": each accepts it;
                            # but "a deal was agreed by Iran and Russia": with each other)
                            and not (
                                entry.pos == "verb"
                                and cameo[:2] == INTENT[:2]
                                and self.passive(token)
                                and not self._agreement_undergoes(token)
                            )
                            # ("proposals from the United States, Saudi Arabia and Jordan": a joint one, not to one
                            # another)
                            and not (entry.pos == "noun" and cameo[:2] == INTENT[:2])
                        )
                    )
                )
                for source in sources:
                    if reciprocal:
                        # "Israel and Lebanon signed an agreement": each with the other
                        targets = [(other, False) for other in sources if other is not source]
                    elif domestic and len(sources) > 1:
                        # "L'Australie et le Népal autorisent ...": each in its own country
                        # (one with no country of its own has no home to act in: "sanctions imposed by the
                        # United Nations, United States and European Union")
                        targets = self._domestic([source], protester)
                    for target, place in targets or [(None, False)]:  # type: ignore[list-item]
                        if target is not None:
                            target = self._of_the_theatre(target, source)
                        if (
                            target is not None
                            and not reciprocal
                            and cameo not in VISITS
                            and self._after_locative(target)
                            and any(
                                o.country == target.country for o in sources if o.country != source.country
                            )
                        ):
                            # "la France et l'Allemagne vont durcir leurs restrictions ... en Allemagne et dans tout
                            # Paris": each at home, not on the other doer
                            continue
                        if (
                            target is not None
                            and self._itself(source, target, place, cameo)
                            # "Iraqi Kurds demonstrated", "ont manifesté à Oran": people against their state; not "the
                            # U.S. conceded"
                            and not (
                                target.rule in ("domestic", "state:place")
                                and entry.plover_type(cameo) == "PROTEST"
                                and self._population(source)
                            )
                        ):
                            continue  # an actor acting on itself: a misreading, not an event
                        if target is None and (
                            not self._monadic(entry, cameo) or (announced and modality != "negated")
                        ):
                            continue
                        if not self._political(entry, cameo, source, target):
                            continue
                        event = self._event(
                            index, sentence, token, entry, cameo, source, target, place, modality, claimant
                        )
                        if reciprocal:
                            event = replace(event, rule=event.rule + " reciprocal")
                        events.append(event)
            if token.pos_ in ("VERB", "AUX"):
                events += self._spoken_demands(index, sentence, token)
        return events

    def _town_doer(self, mention: Mention) -> bool:
        """A town no dictionary knows that is itself the doer: the subject or the passive agent (or one
        coordinated with it), not a town named inside the doer's phrase ("le centre basé à Nanterre", "conquise
        par le parti depuis Toulon"); and one whose state the article names otherwise (see _known_town)."""
        if not self._known_town(mention):
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return (
            root.dep_ in SUBJECTS or root.dep_ in AGENTS or (root.dep_ == "pobj" and root.head.dep_ in AGENTS)
        )

    def _known_town(self, mention: Mention) -> bool:
        """A town no dictionary knows, in a state the article names otherwise: it stands for that state, as the
        dictionaries' towns do (the gazetteer alone makes "Palin" a town of Guatemala)."""
        return (
            mention.rule == "place"
            and bool(mention.country)
            and any(m.country == mention.country and m.rule != "place" for m in self.mentions)
            # (nor one a person of the article bears as a name: "Merrick Garland ... to approve Garland")
            and not any(
                m.label in ("PER", "PERSON") and mention.text in m.text.split() for m in self.article.mentions
            )
        )

    def _unplaced_territory(self, verb: Token, sources: list[Mention]) -> bool:
        """The verb besieges, takes or holds a town or a territory that no gazetteer places ("Turkish forces besieged
        the Kurdish city of Afrin", in a story of Afrin and Manbij): where the article's towns are in another
        country, the act is not aimed at the doers' own state as a domestic one is (police, courts and rebels act
        at home)."""
        if any(s.sector in ("COP", "JUD", "REB") for s in sources):
            return False
        undergoers = [
            *self._objects(verb),
            *(c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")),
        ]
        return self._abroad(verb, sources) and any(
            (
                u.ent_type_ in ("GPE", "LOC", "FAC")
                or self.lex.cue("territory", u.lemma_)
                # (a name the recogniser calls no person's or body's: "seize Afrin", read as a people's name)
                # (not a people: "ban Muslims")
                or (
                    u.pos_ == "PROPN"
                    and u.ent_type_ not in ("PERSON", "PER", "ORG")
                    and u.morph.get("Number", []) != ["Plur"]
                )
            )
            and not any(m.start <= u.idx < m.end and m.country for m in self.mentions)
            for u in undergoers
        )

    def _objects(self, verb: Token) -> list[Token]:
        """The verb's direct objects, with those coordinated with them."""
        direct = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        return [t for o in direct for t in (o, *self._conjuncts(o))]

    def _named(self, noun: Token) -> bool:
        """A French event noun written with a capital inside a sentence is part of a name ("Rassemblement du
        peuple français", "l'Accord de Paris"), not an event (after a quote, a dash or a colon it may open a
        heading); so is one that completes such a capitalised noun ("le Centre d'enquête journalistique"). English
        capitalises the words of names that are events too ("Operation ... Offensive")."""
        words = [noun]
        if noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
            words.append(noun.head)  # (a common noun: not "accuse Kiev d'attaques")
        return self.lang == "fr" and any(
            word.text[:1].isupper()
            and not word.is_sent_start
            and word.i > 0
            and word.nbor(-1).text not in HEADING_MARKS
            for word in words
        )

    def _settled_roles(
        self, trigger: Token, entry: Trigger, sources: list[Mention], targets: list[tuple[Mention, bool]]
    ) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """The roles as the words around them settle them, whatever the parse gave: who acts "at the hands of"
        someone; no target a dictionary or the gazetteer cannot place ("struck west of Manokwari"); no talks or
        words aimed at the city of international bodies where they are held ("to negotiate at Geneva"; but
        "arrived in Vienna" is a visit there)."""
        sources, targets = self._at_the_hands_of(trigger, sources, targets)
        targets = [(m, place) for m, place in targets if m.actor_id or m.country]
        root = entry.cameo[:2]
        if (root == CONSULT and entry.cameo not in VISITS) or root in SPEECH_ROOTS:
            targets = [(m, place) for m, place in targets if not (place and is_venue(m.text))]
        if entry.cameo == MAKE_VISIT:
            # a town visited is its country, however named ("visited Cairo" as "a visit to Cairo": Egypt, not its
            # government)
            targets = [(m, place or m.rule in TOWN_RULES) for m, place in targets]
        if root == CONSULT and entry.cameo not in VISITS:
            # nor at a town of a doer's own country ("Poutine et Erdogan ont tenu un sommet à Sotchi": where, not with
            # whom)
            targets = [
                (m, place)
                for m, place in targets
                if not (
                    (place or m.rule in ("place", "state:place"))
                    and m.country
                    and any(s.country == m.country for s in sources)
                )
            ]
        return sources, targets

    def _at_the_hands_of(
        self, trigger: Token, sources: list[Mention], targets: list[tuple[Mention, bool]]
    ) -> tuple[list[Mention], list[tuple[Mention, bool]]]:
        """Who an act is done by, named "at the hands of" (cue kind `agency`: "whose killing at the hands of Houthi
        rebels", "tués aux mains des jihadistes"): they are its doers, and whom the clause made its doer is its
        undergoer."""
        # (on the trigger, or on the verb whose object it is: "suffered torture at the hands of the police")
        verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECTS else trigger
        for child in (*trigger.children, *(verb.children if verb.i != trigger.i else ())):
            hands = self._pobj(child) if child.dep_ == "prep" else child
            if not (
                self.lex.cue("agency", hands.lemma_)
                and any(is_prep(c.text, word) for c in (child, *hands.children) for word in ("at", "à"))
            ):
                continue
            doer = next(
                (
                    self._pobj(c) if c.dep_ == "prep" else c
                    for c in hands.children
                    if c.dep_ in ("prep", "nmod")
                    and (c.lower_ == "of" or any(is_prep(g.text, "de") for g in c.children))
                ),
                None,
            )
            found = self.actors_in(doer) if doer is not None else []
            if found:
                kept = [(m, place) for m, place in targets if m not in found]
                return found, [(m, False) for m in sources if m not in found] + kept
        return sources, targets

    def _agreement_undergoes(self, verb: Token) -> bool:
        """The passive verb's subject is an agreement of the lexicons ("a ceasefire deal was agreed by")."""
        return any(
            c.dep_ in ("nsubjpass", "nsubj:pass", "nsubj")
            and any(t.cameo[:2] == "05" for t in self.triggers(c))
            for c in verb.children
        )

    def _credit(self, mention: Mention) -> bool:
        """A name after a dash that ends its sentence: the medium a headline credits ("... – CNN", "... - Reuters")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        before = self.article.text[span.sent.start_char : mention.start].rstrip()
        after = self.article.text[mention.end : span.sent.end_char].strip()
        return before.endswith(("–", "—", "-")) and not after.strip(".")

    def _in_opening_phrase(self, mention: Mention, token: Token) -> bool:
        """The mention is in a place phrase that opens the sentence, before its first comma and the trigger ("At a
        news conference in the Turkish city of Gaziantep, Merkel called")."""
        sentence = token.sent
        first = sentence[0]
        comma = next((t for t in sentence if t.text == ","), None)
        return (
            first.pos_ == "ADP"
            and comma is not None
            and comma.i < token.i
            and first.idx <= mention.start
            and mention.end <= comma.idx
            and any(
                self.lex.cue("locative", t.lower_) or is_prep(t.lower_, "à")
                for t in sentence[: comma.i - sentence.start]
                if t.pos_ == "ADP"
            )
        )

    def _met_another(self, token: Token, entry: Trigger, cameo: str) -> bool:
        """A verb of meeting whose own object is a noun, not a word of the entry nor a topic ("rencontrer la
        créature"): its doers met that, not each other."""
        return (
            entry.pos == "verb"
            and cameo.startswith(CONSULT)
            and not entry.object
            and not self.lex.cue("topic", token.lemma_)
            and any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in token.children)
        )

    def _travellers(self, mention: Mention) -> bool:
        """People who travel, not a state's envoys: civilians, refugees, a state's people by a plural demonym
        ("Mexicans") or by whence they come ("migrants from Pakistan")."""
        if mention.sector in ("CVL", "REF") or mention.rule == "state:demonym":
            return True  # (the tagger may call "Britons" a singular name)
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.label != "state" or mention.sector:
            return False
        root = span.root
        if root.dep_ == "amod" and self.lex.cue("private", root.head.lemma_.lower()):
            return True  # "a young American man recently arrived in Rome": a private person, no state's envoy
        plural = root.pos_ in ("NOUN", "PROPN") and "Plur" in root.morph.to_dict().get("Number", "")
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return plural or (root.dep_ == "pobj" and root.head.lower_ == "from")

    def _posed(self, noun: Token) -> bool:
        """The noun says what something is, not what was done: a predicate of "be", "pose", "represent",
        "constituer" (cue kind `posing`), or of a French copula."""
        if any(c.dep_ == "cop" for c in noun.children):
            return True
        return noun.dep_ in ("attr", "dobj", "obj", "xcomp", "acomp", "oprd") and self.lex.cue(
            "posing", noun.head.lemma_
        )

    def _in_words(self, verb: Token) -> bool:
        """The act is done in words: a phrase of the verb names a medium or a piece of discourse ("on Twitter",
        "in an interview", "dans un entretien"; cue kind `discourse`), or the piece it qualifies does it ("ads
        attacking other candidates")."""
        qualified = verb.head if verb.dep_ in ("acl", "relcl", "acl:relcl") else None
        if verb.tag_ == "VBG" and verb.i > 0:
            qualified = verb.nbor(-1)  # (the parser may hang "advertising attacking" on the clause's verb)
        if qualified is not None and self.lex.cue("discourse", qualified.lemma_.lower()):
            return True
        for child in verb.children:
            phrase = (
                self._pobj(child) if child.dep_ == "prep" else child if child.dep_.startswith("obl") else None
            )
            if phrase is None:
                continue
            if self.lex.cue("vicinity", child.lower_) or any(
                self.lex.cue("vicinity", c.lower_) for c in child.children
            ):
                continue  # "near the border post": a place, no piece of discourse
            if any(
                c.dep_ in ("compound", "amod") and self.lex.cue("stationing", c.lemma_)
                for c in phrase.children
            ):
                continue  # "abducted at a border post": a place
            mention = self._mention_at(phrase)
            if self.lex.cue("discourse", phrase.lemma_.lower()) or (
                mention is not None and self._channel(mention)
            ):
                return True
        return False

    def _itself(self, source: Mention, target: Mention, place: bool, cameo: str) -> bool:
        """The same actor, or the same state by another of its names ("Pyongyang" → "la Corée du Nord") or
        by one of its people ("Serbian President Kostunica promised to democratize Serbia"); not the place
        where one acts ("lifted a curfew in Darfur"), nor a part of it ("Palestinian police ... Palestinian
        groups")."""
        if (
            target.rule == "state:adjective"
            and (source.rule in STATE_NAMES or (source.actor_id or "").startswith("person:"))
            and target.country == source.country
            and not place
        ):
            # "rejected the use of Iraqi territory", "un drone malien", "Davutoglu a déploré que les efforts de
            # médiation turque ...": the state's own thing; but "is investigating crimes by Croatian extremists":
            # some of its people (to a person, whatever the act: "reneged on his commitment to the Zambian people")
            person = (source.actor_id or "").startswith("person:")
            return not ((person or cameo[:2] in BLAME_ROOTS | DONE_TO_ROOTS) and self._people(target))
        if target.actor_id == source.actor_id and target.cameo == source.cameo:
            return True
        if target.cameo and target.cameo == source.cameo and target.cameo.startswith("IGO"):
            return True  # "la Commission européenne a appelé les États membres de l'UE": within the EU
        if place or target.country != source.country:
            return False
        if (target.label == "agent" or target.rule == "possessive+agent") and not target.sector:
            return True  # "defended his country's approach": one's own country
        if (cameo[:2] == CONSULT or cameo == INTENT_TO_MEET) and any(
            m.rule in STATE_NAMES and not m.sector for m in (source, target)
        ):
            return True  # "A and B, whose ministers met": a state meets none of its own
        if source.rule in STATE_NAMES:
            return target.rule in STATE_NAMES
        # a person and the state by its name or its seat of power ("took over the White House"); its capital may
        # stand for a government he acts on
        return (source.actor_id or "").startswith("person:") and target.rule in (
            "state:name",
            "state:short",
            "state:seat",
        )

    def _political(self, entry: Trigger, cameo: str, source: Mention, target: Mention | None) -> bool:
        """Whether the act is one its doer does in the political sense: those who govern rally their supporters,
        they do not protest against their own state ("Bolsonaro a participé à un rassemblement avec ses
        partisans"); a party takes its own country's towns at the polls; companies and media neither yield,
        fight nor coerce ("the battle for online advertising"), and what they do with no one named is their
        business ("Boeing propose des vols long-courriers")."""
        if (
            target is not None
            and target.country == source.country
            and entry.plover_type(cameo) == "PROTEST"
            and (
                source.sector in ("GOV", "MIL")  # (soldiers marching into a town parade or advance)
                # a politician's rally in their own country, aimed at no institution, is a campaign's ("a Trump
                # rally in Iowa"); an opposition leader's is a protest
                or (
                    cameo == RALLY
                    and not target.sector
                    and source.sector != "OPP"
                    and (source.sector in POLITICAL_SECTORS or (source.actor_id or "").startswith("person:"))
                )
            )
        ):
            return False
        if (
            target is not None
            and entry.plover_type(cameo) == "THREATEN"
            and target.country == source.country
            and (
                (target.rule == "possessive+agent" and target.sector in ("CVL", "BUS"))
                or target.rule == "state:demonym"
                or (target.sector == "CVL" and self.lex.cue("nationals", target.text.split()[-1].lower()))
            )
        ):
            # "The United States warned its citizens about credible threats", "warns its own companies about
            # espionage", "warned Americans in the country to maintain vigilance", "a mis en garde les
            # ressortissants français": an advisory (not "warned protesters")
            return False
        if (
            target is not None
            and entry.plover_type(cameo) == "THREATEN"
            and target.cameo == source.cameo
            and source.sector in ("GOV", "MIL")
            and target.sector is not None  # (not "threatened to institute a curfew in Algiers")
            and "agent" in (target.rule or "")
        ):
            return False  # "Noda warned that the Japanese authorities would intervene": a warning to markets,
            # no threat to one's own government
        if (
            target is not None
            and cameo[:2] in ASSAULT_ROOTS
            and self.lex.cue("assailing", entry.lemma)
            and source.sector in UNARMED_AUTHORITIES
            and target.sector in OFFICES
        ):
            # "the Trump administration targeted 13 more Venezuelan officials, alleging violations of human rights":
            # a government going for officials or firms, unarmed, sanctions or indicts them; what it does is not said
            return False
        if (
            target is not None
            and cameo[:2] in ASSAULT_ROOTS
            and target.rule == "agent+context"
            and target.sector in ("GOV", "MIL", "PRM")
            and target.country == source.country
            and source.sector in STATE_SECTORS
        ):
            return False  # "urged the president to shell army bases": no state shells its own army
        if cameo == CEASEFIRE and not any(
            m is not None and (m.label != "person" or m.sector in ARMED_OR_GOVERNING)
            for m in (source, target)
        ):
            return False  # "the singer and the talk-show host called a truce": no arms laid down
        if (
            cameo == OBSTRUCT
            and target is not None
            and target.label == "org"
            and target.sector in FIRM_SECTORS
        ):
            return False  # "blocked a messaging service": a service cut off, no way obstructed
        if cameo == ASK and source.sector in PRESS_SECTORS:
            return False  # "Asked by Reuters if he would comment": a question of the press, no request
        if (
            target is not None
            and cameo[:2] in BACKING_ROOTS
            and target.rule == "agent+context"
            # (armed forces too, when backed: not an agreement reached with them, "with rebellious soldiers")
            and (target.sector in FIGHTING_SECTORS or (target.sector == "MIL" and cameo.startswith(BACKING)))
            and target.country == source.country
        ):
            # "the United States backs the rebels", "l'Egypte soutient les forces du maréchal Khalifa Haftar":
            # fighters of a country no one named, not its own
            return False
        if cameo[:2] == INVESTIGATE and source.sector in ("CVL", "REF"):
            return False  # "Villagers inspect the path of a pyroclastic flow": no inquiry of anyone's
        if entry.plover_type(cameo) == "PROTEST" and (source.cameo or "").startswith("IGO"):
            return False  # "l'organisation se mobilise pour la restauration de maisons": no dissent
        if (
            source.sector == "PTY"
            and (cameo == OCCUPY or entry.plover_type(cameo) == "CONCEDE")
            and (target is None or target.country == source.country)
        ):
            # "la première ville conquise par le parti", "le RN a conquis Perpignan": won at the polls; "des villes
            # qu'il avait cédées à la droite": lost there
            return False
        if target is not None and _commercial(source) and _commercial(target):
            return False  # "a firm in the British Virgin Islands loaned $200 million to a firm in Cyprus": business
        return not (_commercial(source) and (cameo[:2] in STATE_ROOTS or target is None))

    def _located(self, mention: Mention) -> bool:
        """A town after a word that says where ("in Rome", "à Addis-Abeba"), not to whom ("apologized to
        Tehran")."""
        word = self.word_before(mention)
        return mention.rule in CITY_RULES and (
            self.lex.cue("locative", word) or self.lex.cue("city-locative", word)
        )

    def _people(self, adjective: Mention) -> bool:
        """A state's adjective on a plural noun of people ("Croatian extremists"), not on a thing."""
        span = self.doc.char_span(adjective.start, adjective.end, alignment_mode="expand")
        if span is None:
            return False
        noun = span.root.head
        return noun.pos_ == "NOUN" and "Plur" in noun.morph.to_dict().get("Number", "")

    def _partnered(self, trigger: Token) -> bool:
        """The act names a partner, actor or not: a with/avec phrase on the trigger or its object."""
        heads = [trigger, *(c for c in trigger.children if c.dep_ in OBJECTS)]
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and self.lex.cue("partner", child.text):
                    return True
                if child.dep_.startswith(("obl", "nmod")) and any(
                    c.dep_ == "case" and self.lex.cue("partner", c.text) for c in child.children
                ):
                    return True
        return False

    @staticmethod
    def _armed(sources: list[Mention]) -> bool:
        """Every doer a state itself, its armed forces, or fighters ("al Shabaab Militants Strike in Kenya")."""
        return all(
            m.rule != "domestic"
            and m.actor_id
            and (
                (m.actor_id.startswith("state:") and m.sector in (None, "MIL"))
                or m.sector in FIGHTING_SECTORS
            )
            for m in sources
        )

    @staticmethod
    def _monadic(entry: Trigger, cameo: str) -> bool:
        return entry.plover_type(cameo) in (MONADIC_NOUNS if entry.pos == "noun" else MONADIC)

    def _spoken_demands(self, index: int, sentence: Span, verb: Token) -> list[Event]:
        """What a speaker says someone must do is a demand (CAMEO 100): "Russia said Sudan must return the
        helicopter", "Paris a déclaré que Damas devait cesser": the speaker demands it of that someone."""
        if not self.lex.cue("reporting", verb.lemma_) or self.triggers(verb):
            return []
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
        if clause is None:
            return []
        copular = clause.lemma_ in ("be", "être") or any(c.dep_ == "cop" for c in clause.children)
        if copular and not any(t.dep_ == "xcomp" for t in clause.subtree):
            return []  # "America should be very proud": a judgement, no demand (but "must be ready to mediate")
        obliged = self.lex.cue("obligation", clause.lemma_) or any(
            c.dep_ in ("aux", "aux:tense") and self.lex.cue("obligation", c.lemma_) for c in clause.children
        )
        subject = self.subject(verb)
        addressee = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if not obliged or subject is None or addressee is None:
            return []
        entry = Trigger("100", "verb", verb.lemma_.lower(), None, None, "coding:spoken-demand")
        # the addressee is an actor itself, not a thing that names one ("toute annexion en Cisjordanie
        # devrait attendre")
        addressed = [self._mention_at(h) for h in (addressee, *self._conjuncts(addressee))]
        # (the saying has its own modality: "ministers will reiterate on Monday that Turkey must conform")
        modality = self.modality(verb)
        events = []
        for source in self.actors_in(
            subject, near=True
        ):  # (as a verb's doer: not a place deep in its phrase)
            for target in dict.fromkeys(m for m in addressed if m is not None):
                # (a government saying its own state must act commits it, demands nothing of another: "Germany
                # must be able to ensure prosecution", the German defence minister said; nor does one saying its
                # troops must: it commands them, "the president says our troops must leave")
                own = target.country == source.country and (
                    (target.sector is None and source.sector in STATE_SECTORS)
                    or (target.sector == "MIL" and source.sector == "GOV")
                )
                if target.actor_id != source.actor_id and not own:
                    events.append(
                        self._event(
                            index, sentence, verb, entry, "100", source, target, False, modality, None
                        )
                    )
        return events

    def _intent(self, token: Token, cameo: str, consumed: set[int]) -> tuple[str, list[tuple[Mention, bool]]]:
        """Intentions, as PLOVER codes them (AGREE): "agreed to / offered to / promised to X" is one
        event, with X's target and a code saying what is intended; so is a cooperative act announced
        ("will visit Albania", "said it would allow")."""
        inner: Token | None = None
        if cameo.startswith("03"):
            clause = next((c for c in token.children if c.dep_ == "xcomp"), None)
            if clause is None and not any(c.dep_ in OBJECTS for c in token.children):
                # "have sworn to fight the Macedonian army": the parser may call the infinitive an adverbial
                clause = next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "advcl" and c.i > token.i and any(a.lower_ == "to" for a in c.children)
                    ),
                    None,
                )
            if clause is not None and self.triggers(clause):
                inner = clause
            elif clause is not None:
                # "a promis d'envoyer de l'aide à la Syrie": the act is the clause's object
                inner = next(
                    (
                        c
                        for c in clause.children
                        if (c.dep_ in OBJECTS or c.dep_ == "obl:arg")
                        and c.pos_ == "NOUN"
                        and self.triggers(c)
                    ),
                    None,
                )
        elif (
            INTENT_OF.get(cameo_codes()[cameo].plover_type)
            and not self._determined(token)
            and (self._announced(token) if token.pos_ in ("VERB", "AUX") else self._future(token))
        ):
            # "will visit Albania", "said it would allow the inspectors back": an intent, stated
            return INTENT_OF[cameo_codes()[cameo].plover_type], []
        if inner is None:
            return cameo, []
        consumed.add(inner.i)
        entry = self.triggers(inner)[0]
        _sources, targets = (self.verb_roles if entry.pos == "verb" else self.noun_roles)(inner, entry)
        kind = cameo_codes()[self._refine(entry, inner)]
        threat = threat_of(kind.code)
        if threat:
            # "vowed to wage war on Israel", "a promis de riposter": a hostile act promised is a threat (CAMEO
            # 13), never an intent to cooperate
            return threat, targets
        intent = INTENT_OF.get(kind.plover_type)
        if kind.plover_type == "AID" and kind.code in ("071", "072", "073"):
            intent = {"071": "0331", "072": "0332", "073": "0333"}[kind.code]
        return intent or cameo, targets

    def _when(self, sentence: Span, token: Token, *, future: bool) -> tuple[str | None, str | None]:
        """The event's date and its precision: the time expression in the trigger's own clause nearest the
        trigger ("est arrivé mardi à Pékin"), resolved against the publication date; else the publication
        date itself, with precision `publication`; else none."""
        anchor = self.article.published
        if anchor is None:
            return None, None
        head = token if token.pos_ in ("VERB", "AUX") else (self._governing_verb(token) or token)
        low, high = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        offset = sentence.start_char
        inside = [
            t
            for t in self._times(sentence)
            if low <= offset + t.start
            and offset + t.end <= high
            and self._clause_of(offset + t.start, offset + t.end) in (head, token)
        ]
        inside.sort(key=lambda t: abs(offset + t.start - token.idx))
        for expression in inside:
            resolved = expression.resolve(anchor, future=future)
            if resolved is not None:
                return resolved.format(), resolved.precision
        return anchor.isoformat(), "publication"

    def _where(
        self, sentence: Span, token: Token, source: Mention, target: Mention | None, place_only: bool
    ) -> dict[str, object] | None:
        """Where it happened: the place named in the trigger's own clause nearest the trigger ("frappes
        sur Khan Younès", "arrived in Beijing"), not a place that stands for an actor ("Pékin a proposé");
        else the dateline's place when one of the event's actors is of its country; else none, never a
        country's capital by default."""
        head = token if token.pos_ in ("VERB", "AUX") else (self._governing_verb(token) or token)
        low, high = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        gazetteer = self._gazetteer()
        actors = [source] + ([target] if target is not None and not place_only else [])
        named = [
            m
            for m in self._places(sentence)
            if low <= m.start < high
            and not any(
                a.start < m.end and m.start < a.end for a in actors
            )  # "envoyer des armes à la Russie"
            and self._a_location(m)
        ]
        if target is not None and place_only:
            # "arrivé mardi à Pékin": the place the act was aimed at is where it happened
            named = [m for m in named if m.start <= target.start < m.end] or named
        named.sort(key=lambda m: abs(m.start - token.idx))
        for mention in named:
            found = gazetteer.resolve(mention, self._place_context())
            if found is not None:
                return _location(found)
        dateline = self.article.dateline
        if dateline is not None and dateline.place:
            found = lookup(dateline.place)
            countries = {source.country, target.country if target is not None else None}
            if found is not None and found.country_iso3 in countries:
                return _location(found)
        return None

    def _a_location(self, mention: PlaceMention) -> bool:
        """Whether a place name says where something happened: after a locative word ("in", "à", "dans
        la"), or a place that names no actor ("Kharkiv was shelled"); "Pékin a proposé", "allié de la
        Russie" name actors."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            before = self.doc[span.start - 1]
            if before.pos_ == "DET" and before.i > 0:
                before = self.doc[before.i - 1]  # "dans la bande de Gaza", "in the West Bank"
            word = before.text.lower()
            if self.lex.cue("locative", word):
                return True
            if self.lex.cue("city-locative", word):
                # "à Pékin" is where; "à la Russie" is to whom (a country takes "en", "au")
                return any(p.feature == "city" for p in mention.candidates)
        return not any(m.start < mention.end and mention.start < m.end for m in self.mentions)

    def _places(self, sentence: Span) -> list[PlaceMention]:
        """The place names of a sentence, with offsets in the article."""
        if sentence.start not in self._place_cache:
            self._place_cache[sentence.start] = [
                replace(m, start=m.start + sentence.start_char, end=m.end + sentence.start_char)
                for m in self._gazetteer().places_in(sentence.text, self.lang)
            ]
        return self._place_cache[sentence.start]

    def _theatre_of_article(self) -> str | None:
        """The country where most of the towns and regions the article names are, when one holds more than half
        of them and at least two and the article names that state (Aleppo, Idlib, Raqqa: Syria): where fighters no
        one places fight."""
        if self._theatre is None:
            gazetteer, context = self._gazetteer(), self._place_context()
            counts: dict[str, int] = {}
            for mention in self._article_places():
                found = gazetteer.resolve(mention, context)
                if found is not None and found.feature != "country" and found.country_iso3:
                    counts[found.country_iso3] = counts.get(found.country_iso3, 0) + 1
            top = max(counts, key=lambda c: counts[c], default="")
            # (a state the article names itself: not Myanmar for a Syrian town of the same name as one there)
            named = {m.country for m in self.article.mentions if m.rule in NAMED_STATE_RULES}
            held = top in named and counts[top] >= 2 and 2 * counts[top] > sum(counts.values())
            self._theatre = top if held else ""
        return self._theatre or None

    def _abroad(self, verb: Token, sources: list[Mention]) -> bool:
        """The article's towns are in another country than the sources' (Afrin and Manbij for Turkish forces), and
        the verb's phrase names no place of their own ("retook Douma, on the edge of Damascus"; not the doers' own
        place, "the ruling party in Ankara urged Erdoğan to seize")."""
        own = {s.country for s in sources}
        theatre = self._theatre_of_article()
        if theatre is None or own == {theatre}:
            return False
        start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        doers = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in verb.children
            if c.dep_ in SUBJECTS
        ]
        return not any(
            start <= m.start < end
            and not any(a <= m.start < b for a, b in doers)
            and m.rule in PLACE_NAMES
            and m.country in own
            and m not in sources
            for m in self.mentions
        )

    def _of_the_theatre(self, fighters: Mention, other: Mention) -> Mention:
        """Fighters or civilians the context gave the state of the other side of the act ("Russia blamed the
        rebels", "Juppé backed sending observers to protect civilians", in a story of Aleppo and Idlib) are of the
        country where the article's towns are, when that is another."""
        if (
            fighters.rule == "agent+context"
            and fighters.sector in THEATRE_SECTORS
            and fighters.country == other.country
            and other.rule != "agent+context"
            and (theatre := self._theatre_of_article()) is not None
            and theatre != fighters.country
            # (civilians their own police or courts act on stay at home: "police detain a protester in Moscow
            # during a rally against Russia's actions in Crimea")
            and (fighters.sector in FIGHTING_SECTORS or other.sector not in HOME_SECTORS)
        ):
            state = knowledge_base().state(theatre)
            return replace(
                fighters,
                actor_id=f"state:{theatre}",
                name=state.name if state is not None else None,
                country=theatre,
                cameo=f"{theatre}{fighters.sector}",
            )
        return fighters

    def _place_context(self) -> set[str]:
        """The countries and regions the article's own place names settle (Paris, Texas when Texas is named)."""
        if self._context is None:
            self._context = self._gazetteer().context_of(self._article_places())
        return self._context

    def _article_places(self) -> list[PlaceMention]:
        """The place names of the whole article, found once."""
        if self._all_places is None:
            self._all_places = self._gazetteer().places_in(self.article.text, self.lang)
        return self._all_places

    @staticmethod
    def _gazetteer() -> Gazetteer:
        return gazetteer()

    def _clause_of(self, start: int, end: int) -> Token | None:
        """The verb whose clause holds the words at these offsets: "accuse l'armée d'avoir abattu, dans la
        nuit du 31 mars" — that night is when the shooting happened, not the accusation."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        node, steps = span.root, 0
        while node.pos_ not in ("VERB", "AUX") and node.head is not node and steps < 8:
            node, steps = node.head, steps + 1
        return node

    def _times(self, sentence: Span) -> list[TimeExpression]:
        if sentence.start not in self._time_cache:
            self._time_cache[sentence.start] = find_times(sentence.text, self.lang)
        return self._time_cache[sentence.start]

    def _seized_from(
        self, token: Token, sentence: Span, sources: list[Mention]
    ) -> list[tuple[Mention, bool]]:
        """What is seized where the sentence is set in another state is taken from it ("In Shajaiyeh, east of Gaza
        City, Israeli troops seized control of three apartment blocks"): the one other state named as a place."""
        own = {m.country for m in sources}
        # (not where a place of the doers' own is named: "north of the capital Sanaa", "protesters in Hong Kong took
        # over key roads ... ahead of the anniversary of its handover to China")
        if any(m.rule == "agent+place" for m in sources) or any(
            sentence.start_char <= m.start < sentence.end_char and m.rule in PLACE_NAMES and m.country in own
            for m in self.mentions
        ):
            return []
        # (nor a state named in the doers' own phrase: "retaken by forces including Hezbollah from Lebanon")
        doers = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in token.children
            if c.dep_ in (*SUBJECTS, *AGENTS)
        ]
        elsewhere = [
            m
            for m in self.mentions
            if sentence.start_char <= m.start < sentence.end_char
            and not any(start <= m.start < end for start, end in doers)
            and m.label == "state"
            # (not an adjective: "with support from Russian air strikes"; nor a partner: "as the rebels negotiated
            # with Russia, those forces were taking other towns")
            and m.rule in PLACE_NAMES
            and not self._partner_named(m)
            and m.country
            and m.country not in own
            # (not the state across a border: "near the borders with Syria")
            and self.border_of(m) is None
        ]
        if len({m.country for m in elsewhere}) != 1:
            return []
        return [(state_itself(elsewhere[0], "state:place"), True)]

    def _military_arrival(self, verb: Token) -> str | None:
        """ "NATO peacekeeping troops arrived in Bosnia": peacekeepers deployed (CAMEO 074), not a visit;
        troops arriving: no visit either. None when the subject is no armed force."""
        subject = self.subject(verb)
        if subject is None:
            return None
        words = {t.lemma_.lower() for t in subject.subtree} | {t.text.lower() for t in subject.subtree}
        if any(self.lex.cue("peacekeeping", w) for w in words):
            return "peacekeepers"
        if any(self.lex.cue("military", w) for w in words):
            return "troops"
        return None

    def _willing(self, token: Token) -> bool:
        """ "is willing to withdraw", "is ready to contribute troops", "s'est dit prête à retirer": an
        adjective of intent governing the act (its cues: kind `intent`)."""
        head = token.head
        # (the French parser may hang the adjective on the act: "s'est dite prête à frapper", "prête" a mark)
        marked = any(
            c.dep_ == "mark" and c.pos_ == "ADJ" and self.lex.cue("intent", c.lemma_) for c in token.children
        )
        return marked or (
            token.dep_ in ("xcomp", "acl", "advcl")
            and head.pos_ == "ADJ"
            and self.lex.cue("intent", head.lemma_)
        )

    def _declared(self, token: Token) -> bool:
        """Whether a possible intention is still one the actor states ("will visit", "offered to"), not one
        asked of it ("must agree", "should be ready to mediate") or hanging on a condition."""
        node, steps = token, 0
        while steps < 4:
            if self._conditional(node):
                return False  # "unless ...", "whether the US plans to withdraw"
            if any(
                c.dep_ in ("aux", "aux:tense")
                and (self.lex.cue("obligation", c.lemma_) or self.lex.cue("eventual", c.lemma_))
                for c in node.children
            ) or (
                node is not token
                and (self.lex.cue("eventual", node.lemma_) or self.lex.cue("obligation", node.lemma_))
            ):
                # (nor one that only may be: "the UK could offer investors tax deals"; nor the French modal of
                # what must be, which heads its infinitive: "le projet doit être accepté par Londres")
                return False
            if (
                node is not token
                and self.lex.cue("possible", node.lemma_)
                and not self.lex.cue("intend", node.lemma_)
            ):
                # "environmentalists fear the government will bow to pressure": feared, not stated
                return False
            # (and what a noun says may come: "losing hope that Maduro will back down")
            if node.dep_ not in ("xcomp", "acomp", "ccomp", "acl") or node.head is node:
                return True
            node, steps = node.head, steps + 1
        return True

    def _announced(self, token: Token) -> bool:
        """Whether the text has the actor announce the act: future tense ("will impose"), a plan ("plans
        to impose", "va imposer"), or a conditional in reported speech ("said they would boycott", "a
        déclaré qu'il boycotterait")."""
        verb = token if token.pos_ in ("VERB", "AUX") else self._governing_verb(token)
        if verb is None:
            return False
        if self._future(verb):
            return True
        if (
            verb.dep_ == "xcomp"
            and self.lex.cue("intend", verb.head.lemma_)
            and verb.head.morph.to_dict().get("Tense") != "Imp"  # "allait visiter": was going to, used to
        ):
            return True
        conditional = "Cnd" in verb.morph.to_dict().get("Mood", "") or any(
            c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() == "would" for c in verb.children
        )
        return conditional and self.attribution(token) is not None

    def _forecast(self, token: Token, sources: list[Mention]) -> bool:
        """A hostile act said to come by a speaker of another state than its doers' ("China warned that Russia
        would attack Ukraine"): a forecast, no threat the doers made."""
        claimant = self.attribution(token)
        return (
            claimant is not None
            and claimant.country is not None
            and bool(sources)
            and all(m.actor_id != claimant.actor_id and m.country != claimant.country for m in sources)
        )

    def _future(self, token: Token) -> bool:
        if token.pos_ in ("NOUN", "PROPN"):
            governor = self._governing_verb(token)
            if governor is None:
                return False
            token = governor
        if "Fut" in token.morph.to_dict().get("Tense", ""):
            return True
        return any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in token.children)

    def _governed_by(self, token: Token, emitted: set[int]) -> bool:
        """Whether a trigger hangs below one that already gave an event: "demonstrated, calling for
        independence", "staged a hunger strike to demand": the purpose of that event, not another one."""
        node, steps = token, 0
        while node.head is not node and steps < 3:
            if node.dep_ not in (
                "advcl",
                "xcomp",
                "acl",
                "obl",
                "nmod",
                "prep",
                "pobj",
                "pcomp",
                "obj",
                "dobj",
            ):
                return False
            node, steps = node.head, steps + 1
            if node.i in emitted:
                # ('"...", a accusé M. Biden': the words are the accusation's, not the reverse)
                return self.quoted_before(token) is None
        return False

    def _alongside(self, mention: Mention) -> bool:
        """The mention is added to the doers by "ainsi que", "as well as" (cue kind `alongside`): "Les Etats-Unis
        ont proposé leur aide, ainsi que l'Allemagne" (the parser may make it a conjunct of the verb)."""
        words = (
            self.article.text[max(0, mention.start - 30) : mention.start].lower().replace("'", " ").split()
        )
        return any(
            " ".join(words[-n:]) in self.lex.cues.get("alongside", frozenset())
            or " ".join(words[-n - 1 : -1]) in self.lex.cues.get("alongside", frozenset())
            for n in (2, 3)
        )

    def _claiming(self, mention: Mention) -> bool:
        """The mention is whose claim it is: the complement of `selon` / `according to`."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if any(c.dep_ == "case" and self.lex.cue("according", c.lower_) for c in root.children):
            return True
        return (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and self.lex.cue("according", root.head.head.lower_)
        )

    def _asked_beside_a_negation(self, verb: Token) -> bool:
        """The verb is negated by its own words and is what a demand asks ("a enjoint la Russie à ne pas attaquer
        l'Ukraine et à négocier"): what is coordinated with it is asked too, not negated."""
        return (
            verb.dep_ == "xcomp"
            and self._negated(verb)
            and (
                self.lex.cue("possible", verb.head.lemma_)
                or any(t.cameo[:2] in ASKING_ROOTS for t in self.triggers(verb.head))
            )
        )

    def _population(self, mention: Mention) -> bool:
        """Whether a mention of a state stands for some of its people, not the state itself: a modifier
        ("Iraqi Kurds", "students throughout Indonesia", "Algeria's leading activist") or a plural demonym
        ("Albanians", "les Algériens")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return (
            root.pos_ == "ADJ"
            or "Plur" in root.morph.to_dict().get("Number", "")
            or root.dep_ in ("amod", "compound", "pobj", "poss", "nmod", "nmod:poss")
        )

    @staticmethod
    def _background(noun: Token) -> bool:
        """An event noun inside another noun's phrase ("the suppression of Albanian unrest", "une semaine de
        troubles"): a circumstance of what the sentence tells, not an event it reports."""
        head = noun.head
        if noun.dep_ == "pobj" and head.pos_ == "ADP":
            head = head.head
        return noun.dep_ in ("pobj", "nmod", "obl") and head.pos_ in ("NOUN", "PROPN")

    def _domestic(self, sources: list[Mention], protest: Token | None = None) -> list[tuple[Mention, bool]]:
        """A protest or a coercive act with no named target is aimed at the state where it happens: the
        source's own (PLOVER's convention for domestic events). A state or its government protesting (the
        `protest` trigger's own doer) protests at another, never at itself ("the move drew a sharp protest
        from China": at whoever moved; but "taxi drivers in Hungary's capital demonstrated", "heurts aux
        Pays-Bas": at the state they are in)."""
        for source in sources:
            if protest is not None and (source.sector == "GOV" or source.rule in STATE_ITSELF):
                span = protest.doc.char_span(source.start, source.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if (
                    root is not None
                    and protest in (root.head, root.head.head)
                    and not self._after_locative(source)
                ):
                    continue
            if source.country and not _commercial(source):  # "Facebook prohibited ...": no state's act
                return [(state_itself(source, "domestic"), True)]
        return []

    def _only_a_frame(self, token: Token, entry: Trigger) -> bool:
        """A negating or possibility verb whose complement is itself an event ("refused to condemn"): the
        complement carries the meaning. A threat is kept: it is its own event."""
        if entry.pos != "verb" or entry.cameo.startswith(("13", "03")):
            return False  # "offered to negotiate" is an intent (CAMEO 036): `_intent` folds the complement in
        if not (self.lex.cue("negating", token.lemma_) or self.lex.cue("possible", token.lemma_)):
            return False
        return any(c.dep_ in ("xcomp", "ccomp") and self.triggers(c) for c in token.children)

    def _mission(self, token: Token, sources: list[Mention]) -> Mention | None:
        """Another state's embassy or consulate (cue kind `mission`) in a phrase of the act: where a protest is
        held, at that state."""
        own = {m.country for m in sources}
        # (on the verb or on its object: "held a protest outside the Israeli embassy")
        for child in (c for node in (token, *self._objects(token)) for c in node.children):
            if child.dep_ not in ("prep", "obl", "obl:mod", "nmod"):
                continue
            phrase = self._pobj(child) if child.dep_ == "prep" else child
            # (one step down a compound preposition: "in front of the Russian embassy")
            of = next((c for c in phrase.children if c.dep_ == "prep"), None)
            if not self.lex.cue("mission", phrase.lemma_) and of is not None:
                phrase = self._pobj(of)
            if self.lex.cue("mission", phrase.lemma_):
                found = self._mention_at(phrase)
                if found is not None and found.country and found.country not in own:
                    return found
        return None

    @staticmethod
    def _a_place(mention: Mention, place: bool) -> bool:
        """The target is a place: named as one, or a state or its capital named as itself."""
        return (
            place
            or mention.rule in ("state:place", "state:capital")
            or (mention.label == "state" and not mention.sector)
        )

    def _warned_of_own_act(self, token: Token, entry: Trigger) -> bool:
        """A warning or threat whose clause tells a hostile act its speaker would do ("China warned it would
        retaliate", "a averti qu'elle riposterait"): that act, coded as the threat it is, is the event."""
        if entry.pos != "verb" or entry.cameo[:2] != THREAT_ROOT or self._objects(token):
            return False  # ("warned the US that it would retaliate": a warning to the US)
        for clause in token.children:
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            if (
                clause.dep_ == "ccomp"
                and subject is not None
                and subject.pos_ == "PRON"
                and any(threat_of(e.cameo) for e in self.triggers(clause))
            ):
                return True
        return False

    def _means(self, verb: Token) -> list[Token]:
        """What the verb is done with: "with" in English, "de" in French ("frapper la Russie de sanctions")."""
        found = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return found + [
            c
            for c in verb.children
            if c.dep_.startswith("obl")
            and any(g.dep_ == "case" and is_prep(g.text, "de") for g in c.children)
        ]

    def _refine(self, entry: Trigger, token: Token) -> str:
        """A more specific code when the object names it ("a entamé une grève de la faim" 142, not a strike's
        143; "launched an air strike" 195, "carried out a suicide attack" 1831), or the means an attack verb
        names ("targeted Russia with sanctions" 163), or the aid's kind ("assistance militaire" is 072)."""
        if entry.pos == "verb" and entry.object:
            for child in token.children:
                if child.dep_ in OBJECTS and self._object_is(child, entry.object):
                    # (of the same root, or of another kind of assault: "carried out a suicide attack" 1831)
                    named = [
                        e
                        for e in self.triggers(child)
                        if e.object
                        and (e.cameo[:2] == entry.cameo[:2] or {e.cameo[:2], entry.cameo[:2]} <= ARMED_ROOTS)
                    ]
                    if named:
                        return named[0].cameo
        if entry.pos == "verb" and entry.cameo[:2] in ASSAULT_ROOTS:
            # "targeted Russia with sweeping sanctions", "a frappé la Russie de sanctions": the means is the act
            for means in self._means(token):
                # (a sanction or a coercive measure, not what helps: "fighting Egyptian troops with some
                # assistance from Hamas", "took over the city with support from Russian air strikes")
                named = [e for e in self.triggers(means) if e.cameo[:2] in MEANS_ROOTS]
                if named:
                    return named[0].cameo
        if entry.cameo[:2] not in ("07", "03"):
            return entry.cameo
        words = [token, *token.children]
        for child in token.children:
            if child.dep_ in OBJECTS:
                words += [child, *child.children]
        for word in words:
            kind = AID_KIND.get(word.lemma_.lower()) or AID_KIND.get(word.text.lower())
            if kind:
                return (
                    kind[0]
                    if entry.cameo.startswith("07")
                    else kind[1]
                    if entry.cameo.startswith("033")
                    else entry.cameo
                )
        return entry.cameo

    def _event(
        self,
        index: int,
        sentence: Span,
        token: Token,
        entry: Trigger,
        cameo: str,
        source: Mention,
        target: Mention | None,
        place: bool,
        modality: str,
        claimant: Mention | None,
    ) -> Event:
        code = cameo_codes()[cameo]
        article = self.article
        key = "|".join(
            [
                article.id,
                str(index),
                str(token.idx),
                cameo,
                source.actor_id or source.text,
                source.cameo or "",  # "Danish media and government": one state, two actors
                (target.actor_id or target.text) if target else "",
                (target.cameo or "") if target else "",
                __version__,
            ]
        )
        when = self._when(sentence, token, future=modality == "possible" or self._future(token))
        confidence = 0.5 + (0.2 if target is not None else 0) + (0.1 if entry.pos == "verb" else 0)
        confidence -= 0.1 if source.rule and "context" in source.rule else 0
        return Event(
            event_id=hashlib.blake2b(key.encode(), digest_size=10).hexdigest(),
            article_id=article.id,
            doc_id=article.doc_id,
            lang=self.lang,
            sentence=index,
            evidence=sentence.text.strip(),
            evidence_start=sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip())),
            evidence_end=sentence.end_char - (len(sentence.text) - len(sentence.text.rstrip())),
            trigger=token.text,
            source=EventActor.of(source),
            target=EventActor.of(target, place_only=place) if target is not None else None,
            cameo=cameo,
            cameo_root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover_type=entry.plover_type(cameo),
            plover_mode=entry.plover[1] if entry.plover and cameo == entry.cameo else code.plover_mode,
            modality=modality,
            attributed_to=EventActor.of(claimant) if claimant is not None else None,
            date=when[0],
            date_precision=when[1],
            location=self._where(sentence, token, source, target, place),
            confidence=round(min(1.0, max(0.1, confidence)), 2),
            rule=f"{entry.pos}:{entry.lemma}{'+' + entry.prep if entry.prep else ''}"
            f"{'+' + entry.object if entry.object else ''} ({entry.source})",
        )
