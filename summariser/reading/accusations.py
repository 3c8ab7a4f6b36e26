"""Accusation candidates read from the dependency parse: who accuses whom of what.

Each construction is a shape of the parse, not of word order, so an aside, a title or a
relative clause between the words changes nothing (predicates in `data/predicates.toml`):

- accuse:    "X accused Y of Z", "X condemned Y's Z", "X denounced the Y strikes as Z",
             "Y was accused by X of Z", "X and Y accused each other of Z"
- blame on:  "X blamed the attack on Y", "X attributed the bombing to Y"
- responsible: "X held Y responsible for Z"
- label:     "X called Y a terrorist organisation", "Y was designated a terrorist group by X"
- noun:      "X's accusations against Y", "accusations by X that Y had ...",
             "Y rejected accusations by X that ..." (the one who rejects is the accused)
- reported:  "X said that Y had shelled Z", "Y shelled Z, X said", "according to X, Y shelled Z",
             "X said Y was behind the attack" (the reported clause must state a wrong)
- demand:    "X called on Y to halt Z", "X urged Y to withdraw from Z"
- punish:    "X sanctioned Y over Z", "Y was expelled by X for Z"
- oppose:    "X attacked Y's decision", "X questioned Y's authority to ..." (a decision or
             say-so, not "attacked the convoy")
- cite:      "X cited Y's repression of ..." (only a cited wrong, not "cited security concerns")
- critics:   "Y pledged Z, despite criticism from X, who ..." (the one acting is accused)
- quoted:    'X said: "... . Y had shelled Z."' (a quotation over several sentences: its opener
             speaks every one of them)

Accuser: the subject (or the passive agent), resolved through `syntax.Resolver` — an
office, body or report stands for its actor (the office is the `speaker`), a pronoun or
"the ministry" for the actor it refers back to. Accused: the object, the owner of the act
("the Israeli strikes"), or the subject of the reported clause. Allegation: the "of / for
/ over" complement, the act, or the reported clause, in the article's own words.

Not accusations: a negated or denied verb ("Iran denied that it had supplied drones"), a
question, a condition ("if Y attacks, ..."), and a claim with no accuser ("Y has been
accused of ...").
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from .actors import (CASES, GOVERNMENTS, GROUP_NOUNS, LABELLING, LAWSUITS, PACT_NAMES, PLACED_IN, body_words,
                     inside_quote, lists_members, names_a_sum)
from .lexicon import words_of
from .sentences import Sentence
from .syntax import (BIDDING, BIDDING_MARKS, CULPRITS, EVENTS, LETTING, OF_DONE_TO, PERSONAL, Ref, Resolver, SUBJECTS,
                     VICTIM_ACTS, answered_report, as_did, bidders, hangs_a_charge, inverted_condition, names_decision,
                     reporting_verb, to_infinitive)
from .tokens import keys

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The charge named after a comma, as the one charged answers it: "..., an allegation X dismissed".
REBUTTAL = re.compile(r",\s+(?:a|an|the|which|claims?|charges?|allegations?|accusations?)\b\s*(?:charges?|allegations?|"
                      r"accusations?|claims?)?\b(?=\s+(?:that\s+|which\s+)?\w+(?:\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?"
                      r"(?:denie[sd]|deny|dismiss(?:ed|es)?|reject(?:ed|s)?|rebuff(?:ed|s)?|refute[sd]?|dispute[sd]?)\b)")
# Words said, named again: "the remarks" are the last speaker's (`Resolver.speaker_before`).
REMARKS = frozenset({"remark", "comment", "statement", "words", "rhetoric"})
# A demand written as a noun: "renewed its demand that Y free ...", "repeated its call for Y to withdraw".
DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "ultimatum", "plea"})
# Wrong nouns one may take part in on the right side: "a critical role in the war on terror".
# What makes a campaign a wrong by its modifier alone: "a military campaign", "a smear campaign".
HOSTILE_CAMPAIGNS = frozenset({"military", "air", "bombing", "smear", "disinformation", "terror", "hate", "armed"})
# What one who starts it is charged with: "started this war", "provoked the conflict".
WARS = frozenset({"war", "conflict", "fighting", "hostilities", "escalation", "violence", "bloodshed"})
EFFORTS = frozenset({"war", "conflict", "campaign", "operation", "fight", "fighting", "struggle", "offensive"})
# Things posted or said, no wrong by themselves: "attacked Trump for the tweet" (`_only_a_thing`).
POSTS = frozenset({"tweet", "post", "message", "speech", "interview", "video", "article", "column"})
# Nouns that sum up the clause before them: "..., a move X condemned as ...".
# Taking others into a calamity: "had dragged the region into war", "plunged the country into chaos".
DRAGGING = frozenset({"drag", "plunge", "push", "pull", "lead", "tip", "throw"})
CALAMITIES = frozenset({"war", "conflict", "chaos", "crisis", "violence", "bloodshed", "turmoil", "abyss", "anarchy",
                        "catastrophe", "confrontation", "civil"})
# What a body issues, which speaks for its issuer: "adopted a resolution that condemns ...".
ISSUED = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion"})
SUMMARIES = frozenset({"move", "step", "decision", "action", "act", "remark", "comment", "statement", "measure",
                       "claim", "incident", "operation", "raid", "attack", "crackdown", "arrest", "seizure",
                       "expulsion", "ban", "test"})  # ("stormed two vessels, a raid the group called piracy")
MIN_ALLEGATION_WORDS = 1  # "accused France of espionage"
MAX_ALLEGATION_WORDS = 30
COMPLEMENT_PREPOSITIONS = ("of", "for", "over")
# Keeping the truth from view: "wants to bury the truth", "hid the evidence", "distorted the facts".
HIDING = frozenset({"bury", "hide", "distort", "twist", "suppress", "obscure", "destroy", "erase"})
TRUTHS = frozenset({"truth", "fact", "evidence", "record"})
# Ties held with fighters are a charge when someone reports them: "Y had links to al-Qaeda".
TIES_KEPT = frozenset({"have", "maintain", "keep", "retain", "forge", "build", "develop", "establish"})
LINK_NOUNS = frozenset({"link", "tie", "connection", "contact", "relation", "relationship", "alliance"})
COLLUDING = frozenset({"collaborate", "collude", "cooperate", "conspire", "coordinate", "work", "ally", "side"})
PLACE_WORDS = frozenset({"in", "inside", "into", "near", "across", "on", "at", "over", "around"})
GERUND_PREPOSITIONS = frozenset({"on", "in", "against", "at", "into", "with", "inside", "across", "upon"})
PENALTY_PREPOSITIONS = ("of", "for", "over", "with", "on")
# Verbs of sending someone to do what they do for the sender: "sent supporters to attack the rally".
SENDING = frozenset({"send", "dispatch", "hire", "pay", "recruit", "instruct", "deploy", "mobilise", "mobilize"})
# Verbs of leading or making a body: "ran a network that smuggled cocaine", "led a criminal organisation".
HEADING = frozenset({"lead", "run", "head", "command", "control", "direct", "found", "establish", "organise",
                     "organize", "operate", "form", "create", "mastermind", "build"})
CRIMINAL = frozenset({"criminal", "terrorist", "mafia", "paramilitary", "illegal", "clandestine", "extremist"})
# A penalty asked for by its noun: "ordered the arrest of Y", "sought the extradition of Y".
PENALTY_ORDERS = frozenset({"order", "seek", "request", "approve", "authorise", "authorize"})
PENALTY_NOUNS = frozenset({"arrest", "detention", "extradition", "prosecution", "indictment", "impeachment"})
# Penalties whose complement is the charge whatever its words: "sentenced X for driving into a crowd".
# Wrong nouns that name people or arms, not an act someone did.
NOT_ACTS = frozenset({"fighter", "militant", "terrorist", "troop", "mercenary", "weapon", "arm", "drone", "missile",
                      "rocket", "chemical", "war", "ceasefire", "charge"})
ACT_OBJECTS = ("dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "dative")  # what makes an act whole
# Verbs that start an inquiry, or ask for one: "opened an investigation into ...", "sought an inquiry into ..."
INQUIRING = frozenset({"seek", "want", "open", "launch", "begin", "start", "order"})
SUSPECTED = frozenset({"suspect", "accuse", "charge", "want", "wanted", "convict"})  # "nationals suspected of
# plotting attacks", "a man convicted of spying for Israel"
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache", "consul",
                       "embassy", "staff", "mission"})
# "said France had proof that Assad's forces had used chlorine": what the proof shows is said too
HOLDING = frozenset({"have", "possess", "obtain", "gather", "hold", "present", "see", "find"})
# What a finding or report holds that a wrong was done: "had proof that ...", "credible allegations
# that ...", "found evidence that ..." (`_reported`, `_evidence`).
EVIDENCE = frozenset({"allegation", "evidence", "proof", "sign", "indication", "suspicion", "report"})
GROUNDS = frozenset({"ground", "grounds", "reason"})
# Words for having done a wrong that findings point to: "pointed to the government's responsibility".
CULPABILITY = frozenset({"responsibility", "involvement", "culpability", "guilt", "complicity"})
# Pictures of a wrong, and what their owner does with them: "released footage showing ...".
FOOTAGE = frozenset({"video", "footage", "image", "photo", "photograph", "picture", "recording", "tape"})
RELEASING = frozenset({"release", "publish", "post", "share", "air", "broadcast", "present", "issue", "distribute"})
BELIEVING = frozenset({"believe", "think", "suspect", "conclude"})
# "in collusion with Y", "in coordination with Y": Y did it too
PARTNERING = frozenset({"collusion", "coordination", "cooperation", "concert", "league", "cahoots", "conjunction"})
# Whom one tells: "told a news conference that ...", misread as a relative clause on the audience
AUDIENCES = frozenset({"briefing", "conference", "reporter", "journalist", "parliament", "meeting", "session",
                       "audience", "rally", "crowd", "assembly", "council", "lawmaker", "legislator", "press"})
# Verbs of carrying on a campaign: hostile when aimed "against" someone
WAGING = frozenset({"wage", "launch", "conduct", "mount", "unleash", "step", "escalate", "intensify", "lead", "run"})
# Evils fought ("a campaign against corruption") beside the wrong nouns
FOUGHT_EVILS = frozenset({"corruption", "drug", "narcotic", "poverty", "crime", "extremism", "terrorism", "piracy",
                          "trafficking", "smuggling", "insurgency", "fraud", "graft", "hunger", "disease"})
# Fighting between sides blames neither: "a year of war between the army and the RSF has displaced ..."
FIGHTING = frozenset({"war", "conflict", "fighting", "clash", "clashes", "hostility", "violence", "year", "month"})
# "condemned the attack without naming any group": no doer is charged
UNNAMING = frozenset({"name", "blame", "identify", "say", "specify", "attribute", "point", "accuse", "mention"})
HAVENS = frozenset({"refuge", "sanctuary", "shelter", "haven", "hideout", "cover"})
INVOLVING = frozenset({"provocation", "conspiracy", "scheme", "plot", "coup", "death", "disappearance"})
# ("involved in the plot", "involved in the death of an intern")
BEARING = frozenset({"bear", "shoulder", "carry"})  # "bears (the) responsibility for"
VERDICTS = frozenset({"find", "declare", "rule", "pronounce", "judge"})  # "was found guilty of"
FOUND_WORDS = frozenset({"guilty", "responsible", "liable", "culpable", "complicit"})  # "found Y responsible for Z"
# Revenge vowed for an act: "vowed revenge for the killings" (`_revenge`).
REVENGE = frozenset({"revenge", "retaliation", "retribution", "vengeance"})
# Events said to be staged or faked by whoever is charged: "staged the whole incident".
STAGED = frozenset({"incident", "attack", "event", "provocation", "verdict", "trial", "poisoning", "shooting",
                    "bombing", "massacre", "explosion", "episode", "affair", "video", "footage", "evidence", "raid"})
# What a side says, named as the subject before a colon: "The military's message was blunt: ..."
# How one speaks who is about to charge someone: "X was blunt: Y had executed the prisoners".
PLAIN_SPOKEN = frozenset({"blunt", "clear", "categorical", "unequivocal", "adamant", "emphatic", "direct", "firm",
                          "scathing", "unambiguous", "forthright", "explicit"})
MESSAGES = frozenset({"message", "statement", "response", "reply", "answer", "verdict", "position", "warning", "charge"})
# Held by whoever arrested them, the state where that happened: "the detained candidates", "jailed activists".
DETAINING = frozenset({"detain", "jail", "arrest", "imprison", "incarcerate", "detained", "jailed", "arrested",
                       "imprisoned"})
# Held by someone no one may have named, no state: "the kidnapped aid workers", "the hostages".
CAPTURED = frozenset({"hostage", "captive", "kidnap", "abduct", "kidnapped", "abducted", "captured", "capture"})
# Those a demand to release is about: "urged Iran to release the detained journalists" (not "the results").
HELD_PEOPLE = frozenset({"prisoner", "hostage", "detainee", "captive", "journalist", "activist", "sailor", "crew",
                         "national", "citizen", "soldier", "student", "protester", "worker", "leader", "man", "woman",
                         "people", "child", "reporter", "dissident", "member", "opponent", "critic", "politician"})
# Verbs whose negation threatens an answer to a wrong rather than denying it: "will not go unanswered",
# "would not be tolerated", "will not be forgotten".
UNANSWERED = frozenset({"go", "remain", "tolerate", "forgive", "forget", "accept", "allow", "pass"})
# Duties one breaks by not doing them, and what binds one to them: "had not respected the
# ceasefire", "has not complied with the resolution", "did not honour its commitments".
DUTIES = frozenset({"respect", "honour", "honor", "abide", "comply", "implement", "fulfil", "fulfill", "observe",
                    "uphold", "keep", "meet"})
BINDING = frozenset({"ceasefire", "cease-fire", "truce", "agreement", "deal", "accord", "commitment", "obligation",
                     "promise", "pledge", "resolution", "treaty", "terms", "ruling", "law"})
VOWING = frozenset({"vow", "promise", "pledge", "swear", "threaten", "warn", "seek", "call", "demand"})
# Verbs that find or present evidence (`_evidence`): "the panel found evidence that ...".
FINDING = frozenset({"find", "present", "gather", "collect", "document", "uncover", "provide", "cite", "produce",
                     "compile", "obtain", "show", "have", "see"})
COURTS = frozenset({"court", "tribunal", "chamber", "chambers", "judge", "jury", "panel"})
# What a warrant may be for, the one named after it: "a warrant for the arrest of Y".
ARRESTS = frozenset({"arrest", "detention", "capture", "extradition"})
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "suspicion"})  # "arrested on charges of X by Y"
JUDICIAL = frozenset({"arrest", "charge", "indict", "impeach", "sentence", "convict", "prosecute", "jail",
                      "imprison", "try", "extradite", "sue", "detain", "fine"})
# ("charged with murder", "on suspicion of murder", "fined for attending a party")
CONTENT = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
# What a condemnation is sent in, and the verbs that send it to someone: "sent a letter to X condemning".
LETTERS = frozenset({"letter", "note", "message", "statement", "complaint", "petition", "memo", "memorandum"})
ADDRESSING = frozenset({"send", "write", "address", "deliver", "hand", "submit", "dispatch"})
HALLMARKS = frozenset({"hallmark", "signature", "fingerprint", "mark", "trademark"})
HANDIWORK = frozenset({"work", "handiwork", "doing"})  # "the bombing was the work of X"
# What is fired or made against someone, said to "come from" its doer: "the rockets came from X".
FIRED = frozenset({"fire", "gunfire", "shot", "rocket", "missile", "shell", "mortar", "threat", "sniper"})
# What a rival's act or words are dismissed as the result of: "called the vote the result of pressure
# from Washington", "said the protests were the product of foreign interference by X".
RESULTS = HANDIWORK | {"result", "product", "consequence", "outcome", "fruit"}
PRESSURES = frozenset({"pressure", "interference", "meddling", "manipulation", "instigation", "incitement",
                       "provocation", "propaganda", "intrigue", "plot", "conspiracy", "machination", "blackmail",
                       "coercion", "orchestration"})
# "traded accusations over", "exchanged blame for": a reciprocal charge
TRADED = frozenset({"trade", "exchange", "swap"})
QUOTE_MARKS = frozenset({'"', "“", "”"})
# Words for a company of people that a label after "of" names: "a gang of terrorists".
BANDS = frozenset({"gang", "band", "bunch", "group", "clique", "cabal", "pack", "horde", "collection", "network"})
# Tying someone to a wrong: "linked Indian agents to the killing", "evidence implicating Y in it".
LINKING = frozenset({"link", "tie", "connect", "implicate", "associate"})
# "prompting condemnation from X", "drew criticism from X": a reaction to the act before it
REACTIONS = frozenset({"prompt", "draw", "spark", "trigger", "provoke", "attract", "earn", "bring", "invite"})
TRADED_CHARGES = frozenset({"accusation", "allegation", "charge", "blame", "recrimination", "barb", "insult"})
DOMESTIC_SIDES = frozenset({"government_body", "political_group", "person"})
# Removals and punishments sought over a wrong ("called for the resignation of Y over ...", "the
# arrest of Y over the killings"), and the words for wrongs of office such a call names ("over
# the scandal", "over his handling of the crisis").
OUSTING = frozenset({"resignation", "impeachment", "removal", "dismissal", "ouster", "sacking", "firing", "recall",
                     "arrest", "prosecution", "indictment", "expulsion", "suspension", "punishment"})
SCANDALS = frozenset({"scandal", "affair", "handling", "mishandling", "failure", "failing", "conduct", "role"})
# What a decision is called that charges its maker with a wrong, not only judges it
# ("called the suspension a coup", not "called the measures unjustified").
# Names of an act, not of its doer: "condemned as a violation of its airspace" (not "as terrorists").
ACT_LABELS = frozenset({"violation", "attack", "aggression", "provocation", "breach", "incursion", "invasion",
                        "crime", "atrocity", "act", "escalation", "infringement", "intrusion"})
UNLAWFUL = frozenset({"illegal", "unlawful", "unconstitutional", "illegitimate", "criminal", "coup", "putsch", "sham",
                      "lawless"})
# Titles of a head of state or government, right before the name: "US President Donald Trump".
HEAD_OF_STATE = re.compile(r"(?<!Vice )(?<!Vice-)(?<!Deputy )\b(?:President|Prime Minister|Premier|Chancellor)\s+"
                           r"(?:[A-Z][\w.'-]*\s+){0,3}$")  # (not "Vice President Rosario Murillo")
# A legislator of the home state, right before the name ("Senator Risa Hontiveros"): in a domestic
# dispute a person of their own, as the head of state is (`_leader_as_person`).
LAWMAKER = re.compile(r"\b(?:Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.|[Ll]awmaker|MP)\s+"
                      r"(?:[A-Z][\w.'-]*\s+){0,3}$")
# A person introduced as against their own government (`_critic_of_own_government`).
AGAINST_GOVERNMENT = re.compile(r"\b(?:(?:critic|opponent)s? of|at odds with|opposed to|in conflict with|feuding with)"
                                r" (?:the|his|her|its) (?:own )?(?:government|ruling party|cabinet)\b")
# A member of a legislature, by the title before the name: "Senator Lindsey Graham", "Labour MP X".
LEGISLATOR = re.compile(r"\b(?:[Ss]enator|Sen\.|Representative|Rep\.|Congress(?:wo)?man|[Ll]awmaker|MP|[Ll]egislator)"
                        r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
# "over what he feels is ...": verbs of opinion whose "what" is the charge (`_what_it_is`).
OPINION_VERBS = frozenset({"feel", "believe", "say", "consider", "call", "see", "describe", "term", "regard", "view"})
# The untitled head of state or government: "the president had acted illegally" (`_as_person`).
LEADER_NOUNS = frozenset({"president", "premier", "chancellor"})
# A party's or group's own leader by office: "the opposition leader, X" (not its other officers).
PARTY_LEADERS = frozenset({"leader", "president", "chairman", "chairwoman", "chair", "head", "founder"})
# A judge's title, right before the name: "U.S. District Judge Clark Waddoups".
JUDGE = re.compile(r"\b(?:Judge|Justice(?!\s+(?:Minister|Ministry|Secretary|Department|Committee)\b)|Magistrate)"
                   r"\s+(?:[A-Z][\w.'-]*\s+){0,3}$")  # (not "Justice Minister Yariv Levin": a portfolio)
# A region's or city's head ("Plateau governor", "the mayor of Kyiv,"), right before the name.
REGIONAL_HEAD = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|[Cc]hief [Mm]inister)\b[^.;:]{0,40}$")
# Acting with someone in a wrong: "had colluded with the ruling party".
ACCOMPLICE_VERBS = frozenset({"collude", "conspire", "connive", "plot", "scheme"})
# What an inquiry does when it finds a wrong: "the UN office found that its officers had ...".
FOUND_BY_INQUIRY = frozenset({"find", "conclude", "document", "establish", "determine", "uncover"})
# A state's prosecutors and police, whose charge in words is a formal one (`_law_enforcer`).
LAW_ENFORCERS = frozenset({"prosecutor", "prosecutors", "prosecution", "police", "investigators", "detectives"})
# A state's executive, charged by its own court or chamber (`AccusationRules._organ_apart`).
# A state's organs of force a governor or mayor may charge ("accused the National Police of ...").
STATE_ORGANS = frozenset({"police", "army", "military", "troops", "soldiers", "forces", "service", "services",
                          "agency"})
EXECUTIVE = frozenset({"government", "administration", "cabinet", "executive", "authorities", "ministry", "minister",
                       "president", "premier", "chancellor", "presidency", "regime", "governor", "mayor"})
# Determiners of an act not yet done: "warned Y against an incursion" warns, it charges nothing.
PROSPECTIVE = frozenset({"a", "an", "any", "such", "further", "new", "possible", "future", "potential"})
# Verbs of holding a view, not voicing it: under another's saying verb, the view is the sayer's claim.
VIEW_VERBS = frozenset({"believe", "think", "feel", "assume", "suppose", "consider", "imagine"})
# An act only feared or guarded against, not done: "a possible Israeli attack", "the fear of an attack
# by the United States", "defence against ...".
FEARED = frozenset({"possible", "potential", "future", "hypothetical", "eventual", "feared", "anticipated"})
GUARDED_BY = frozenset({"fear", "risk", "prospect", "possibility", "defense", "defence", "protection", "deterrent",
                        "deterrence", "prevention", "safeguard", "shield"})


def _into_custody(verb: "Token") -> bool:
    """"Was taken into custody", "was placed in custody", "remanded in custody": an arrest; so is
    "was held on suspicion of corruption" (held for what is suspected, not "held talks")."""
    return lemma(verb) in ("take", "place", "remand") and any(
        p.lower_ in ("into", "in") and any(lemma(o) == "custody" for o in children(p, "pobj"))
        for p in children(verb, "prep")) or lemma(verb) == "hold" and any(
        p.lower_ == "on" and any(lemma(o) in ("suspicion", "charge") for o in children(p, "pobj"))
        for p in children(verb, "prep"))


def _only_feared(act: "Token") -> bool:
    """Is the act named only as one feared or guarded against ("defence against a possible attack")?"""
    if any(c.dep_ == "amod" and c.lower_ in FEARED for c in act.children):
        return True
    governor = act.head.head if act.dep_ == "pobj" and act.head.lower_ in ("of", "against", "from") else None
    return governor is not None and governor.pos_ == "NOUN" and governor.lemma_.lower() in GUARDED_BY


# Label words too plain to charge anyone as a modifier alone ("a war zone", "a state visit").
WEAK_LABELS = frozenset({"war", "state", "act", "attack", "crime", "sponsor", "threat", "danger"})
# Verbs of saying that accuse by themselves: what is alleged needs no word for a wrong
# ("US intelligence alleges that North Korea has been helping Syria build a reactor";
# "Poland charged that Belarus was pushing migrants across the border").
ALLEGING = frozenset({"allege", "accuse", "charge"})
# Force that is a wrong by its measure: "used excessive force".
EXCESSIVE = frozenset({"excessive", "disproportionate", "indiscriminate", "lethal", "deadly", "brutal", "unnecessary"})
# Verbs that make their object do what follows, asserted: "the raid prompted X to condemn Y"
# (not "urged X to condemn Y": asked, not done).
CAUSING = frozenset({"lead", "prompt", "cause", "force", "push", "drive", "spur", "provoke", "compel"})
# What an attack does, told after a comma: "shelled the town, killing five and wounding ten".
HARMS = frozenset({"kill", "wound", "injure", "destroy", "damage", "displace", "maim", "level", "raze"})
OCCURRENCES = frozenset({"incident", "case", "instance", "example", "episode", "act", "report", "pattern"})
# What a speaker does next, told after what they report: "said Georgia had attacked ... and warned
# of retaliation" (a finite verb with no object: "accused Y of harassing and threatening to ..."
# and "... and threatened civilians" are more of the charge).
SPEECH_ACTS = frozenset({"warn", "vow", "urge", "promise", "pledge", "add", "insist", "demand", "appeal", "call",
                         "stress", "note", "repeat", "reiterate"})
# Verbs whose subject makes or seeks the plan they take: "was looking for a pretext to seize".
PLOTTING = frozenset({"look", "seek", "search", "hatch", "devise", "draw", "make", "concoct", "fabricate", "prepare",
                      "create", "manufacture", "invent"})
PLANS = frozenset({"plan", "plot", "scheme", "attempt", "bid", "conspiracy", "operation", "campaign", "effort",
                   "pretext", "excuse"})
CONVINCED = frozenset({"convinced", "certain", "sure", "confident", "persuaded"})  # "is convinced that Y ..."
# What is done to a vote, and the vote: "the opposition said the election was rigged".
RIGGING = frozenset({"rig", "steal", "falsify", "manipulate", "fix", "doctor"})
BALLOTS = frozenset({"election", "vote", "ballot", "poll", "result", "count", "referendum"})
# What a vote should be, said of it negated ("was not free and fair"), and what spoils it ("marred by fraud").
FAIR_VOTE = frozenset({"free", "fair", "credible", "transparent", "democratic", "legitimate", "genuine"})
MARRING = frozenset({"mar", "taint", "blight", "tarnish", "undermine"})
VOTE_WRONGS = frozenset({"fraud", "irregularity", "intimidation", "rigging", "manipulation", "coercion", "repression",
                         "violation", "vote-buying", "falsification", "abuse", "harassment"})  # (not "violence":
# whose, the vote does not say)
# What is left of a bare charge's complement: "criticised China, too" says no charge.
ADVERBS_ONLY = frozenset({"too", "also", "as well", "again", "either", "once more", "publicly", "strongly"})
# What the one who lets it happen is charged with: "let detainees die", "left the wounded to bleed".
LEFT_TO_DIE = frozenset({"die", "starve", "drown", "perish", "bleed", "rot"})
# Any act done so is a wrong: "was holding 23 prisoners illegally".
UNLAWFULLY = frozenset({"illegally", "unlawfully", "unconstitutionally", "arbitrarily", "forcibly", "indiscriminately",
                        "wrongfully", "illegitimately", "fraudulently", "corruptly", "dangerously", "recklessly",
                        "provocatively", "irresponsibly", "aggressively"})
# "resisted pressure (calls) to criticise": what one is pressed to do and does not.
PRESSING = frozenset({"pressure", "call", "demand", "appeal"})
RESISTING = frozenset({"resist", "ignore", "defy", "rebuff", "reject", "withstand"})
# Striving for an aim: "had worked (pushed, plotted) for regime change" is the aim's wrong.
STRIVING = frozenset({"work", "push", "campaign", "strive", "plot", "conspire", "lobby", "agitate", "scheme"})
# What makes the thing done a wrong however it was done: "received illegal donations".
UNLAWFUL_THINGS = frozenset({"illegal", "unlawful", "illicit", "unconstitutional", "fraudulent", "extrajudicial"})
# Acts against such a thing, which are no wrong: "seized illegal fishing nets", "fought illicit trade".
STOPPING = frozenset({"seize", "stop", "ban", "combat", "fight", "curb", "tackle", "prevent", "block", "investigate",
                      "probe", "expose", "uncover", "report", "detect", "end", "halt", "outlaw", "prohibit", "crack",
                      "condemn", "denounce", "oppose", "reject", "criticise", "criticize", "target", "dismantle",
                      "destroy", "demolish", "remove", "confiscate", "intercept", "bust", "raid", "arrest"})
# A clause opened by these under a denial is the event it answers, not what it denies.
BACKGROUND_MARKS = frozenset({"after", "when", "since", "because", "as", "before", "while", "once"})
# Clause markers of time: "charged them after they crossed the border" says when, not what for.
TIME_MARKS = frozenset({"after", "when", "before", "while", "once", "until"})
# Saying verbs that take a clause, not a thing: a noun the small parser makes their object, with a
# verb of its own that has an object, is the reported clause's subject ("say M23 rebels executed 20
# civilians", read as "rebels" + the reduced relative "executed ...").
CLAUSE_ONLY = frozenset({"say", "claim", "allege", "insist", "assert", "contend", "add", "argue", "charge"})
# Marks of a clause that is no report: "said so because ...", "if ...".
SUBORDINATING = BACKGROUND_MARKS - {"since"} | {"if", "unless", "whether", "although", "though", "until"}
# (not "since": "argue Morsi since taking power has failed", the parser's "since" belongs to the aside)
QUANTITIES = frozenset({"thousand", "hundred", "dozen", "score", "number", "lot", "series", "barrage", "volley",
                        "wave", "salvo", "string", "spate", "hail", "flurry", "round", "couple", "handful", "million"})
# Acts only a state does to people, and the verb of each: a motive imputed to one is the state's.
STATE_ACTS = {"arrest": "arrest", "detention": "detain", "charge": "charge", "prosecution": "prosecute",
              "trial": "try", "investigation": "investigate", "probe": "probe", "raid": "raid", "ban": "ban",
              "closure": "close", "deportation": "deport", "expulsion": "expel", "indictment": "indict",
              "case": "bring", "crackdown": "crack", "sentence": "sentence", "conviction": "convict"}
ISSUING = frozenset({"make", "issue", "release", "publish", "read", "sign", "give", "deliver", "send", "write",
                     "post", "broadcast", "file", "submit", "present", "adopt", "draft", "receive", "see", "hear"})
MADE_UP = frozenset({"fabricate", "invent", "concoct", "trump", "manufacture"})  # "the charges were fabricated"
PLOTS = frozenset({"conspiracy", "plot", "campaign", "scheme", "vendetta", "witch-hunt"})  # "... a plot by X"
MOTIVES = frozenset({"politically", "racially", "religiously", "ethnically"})  # "politically motivated"
# An act done "against the law" or "in breach of" one is a wrong, as one done "illegally" is.
LAWS = frozenset({"law", "constitution", "rule", "charter", "statute", "treaty", "agreement", "convention"})
BREACHES = frozenset({"breach", "violation", "contravention", "defiance"})
# Words that charge only when someone is called them: "called Kyagulanyi an agent of foreign interests"
# (not "intelligence agents said ...").
CALLED_ONLY = frozenset({"agent", "stooge", "lackey", "pawn", "mouthpiece", "henchman", "henchmen", "collaborator"})
# What a side can wreck or walk away from: "had abandoned the peace process", "derailed the talks".
PEACE_WORKS = frozenset({"peace", "process", "agreement", "accord", "deal", "ceasefire", "truce", "talks",
                         "negotiation", "treaty", "settlement", "dialogue"})
BURDENS = frozenset({"responsibility", "blame", "fault", "onus", "guilt"})  # "the responsibility lies with Y"
# Nouns that bundle measures: "a package of sanctions", "a new round of restrictions".
BUNDLES = frozenset({"package", "set", "series", "raft", "round", "batch", "slew", "host"})
# Verbs of seeing someone do something: "saw soldiers looting shops".
PERCEIVING = frozenset({"see", "witness", "watch", "film", "photograph", "spot", "observe", "catch", "hear"})
PUTTING = frozenset({"lay", "put", "place", "pin", "cast", "shift", "heap"})  # "laid the blame on Y"
ASSIGNING = frozenset({"assign", "attribute", "ascribe", "apportion"})  # "assigned responsibility to Y"
DOORS = frozenset({"door", "doorstep", "feet", "foot"})  # "laid the blame at Y's door": Y is blamed
# Verbs of a reported clause that look ahead: what they report has not been done.
EXPECTING = frozenset({"anticipate", "expect", "hope", "want", "wish", "plan", "intend", "await"})
# Wrongs a state answers for where they happen: "human rights abuses in Belarus".
RIGHTS_WRONGS = frozenset({"abuse", "repression", "crackdown", "persecution", "torture", "censorship",
                           "discrimination", "oppression", "detention", "imprisonment", "arrest", "jailing", "execution",
                           "coup", "takeover", "putsch"})  # and its own army's seizure of power: "the coup in Mali"
# Entering another's space is a trespass when the space has an owner: "entered its airspace",
# "crossed into Ukrainian territory"; not "crossed the border" (refugees do) nor "entered the war".
ENTERING = frozenset({"enter", "cross", "penetrate", "stray", "sail", "fly", "venture", "push", "move", "advance"})
SPACES = frozenset({"airspace", "water", "territory", "zone", "soil", "space", "border", "land"})
# Armed men kept in another's space: "Rwandan special forces were operating inside its territory".
PRESENT_IN = frozenset({"operate", "remain", "deploy", "station", "be", "fight", "hide"})
# Backing named by a noun, a wrong when fighters get it: "Uganda's support for the rebels".
BACKING = frozenset({"support", "backing", "funding", "financing", "sponsorship", "aid", "assistance", "arming"})
# Word of a wrong one is concerned by: "alarmed by reports that Y had ...".
# Handing someone over to face charges is done for whoever charges them: "extradited X to Peru to face ...".
HANDING_OVER = frozenset({"hand", "extradite", "surrender", "deport", "transfer", "return", "send"})
# What finds a wrong on someone's behalf: "an audit by the OAS found ...".
AUDITS = frozenset({"audit", "report", "inquiry", "investigation", "review", "study", "probe"})
REPORTS = frozenset({"report", "claim", "allegation", "account", "evidence", "news", "word", "indication", "sign"})
# Verbs of charging whose subject ends right before them when the parser reads them as adjectives.
ORDERED_CHARGES = frozenset({"accuse", "blame", "charge", "condemn", "denounce", "criticise", "criticize"})
# What goes to a side in talks, not to its fight: "handed a new proposal to Hamas".
PROPOSALS = frozenset({"proposal", "offer", "plan", "message", "letter", "note", "draft", "reply", "response",
                       "invitation", "answer", "counterproposal", "text"})
# An army crossing a frontier invades: "its troops had crossed the border".
FRONTIERS = frozenset({"border", "frontier", "boundary"})
INVADING = frozenset({"troop", "troops", "soldier", "force", "forces", "army", "military", "tank", "unit"})
# Fighters whose backing is a charge when someone reports it ("said Y armed the rebels")
ARMED = frozenset({"rebel", "militant", "insurgent", "militia", "terrorist", "jihadist", "separatist", "guerrilla",
                   "fighter", "paramilitary", "extremist", "cartel", "gang"})
# Furthering terror is a charge as backing fighters is: "was promoting international terrorism".
FOSTERING = frozenset({"promote", "foment", "export", "incite", "encourage", "spread", "fuel", "stoke", "sow"})
# Words for a charge with no content of their own: "filed charges against Y for ...".
GENERIC_CHARGES = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations",
                             "claim", "claims", "case", "cases", "complaint", "complaints"})
CHARGE_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her"})
# Bringing a case: "launched legal action against Y over ...", "filed a lawsuit against Y for ...".
# What a body may be charged with going beyond: "exceeded its authority", "overstepped its powers".
POWERS = frozenset({"authority", "power", "powers", "mandate", "jurisdiction", "remit", "competence", "bound"})
# Answering for a wrong one is made to: "summoned X to answer allegations of ...", "to face questions about ...".
ANSWERING = frozenset({"answer", "face"})
ANSWERED = frozenset({"allegation", "charge", "accusation", "question"})
# What one is ordered to pay for a wrong: "ordered Poland to pay a daily fine for failing to ..."
PAID = frozenset({"fine", "penalty", "compensation", "damages", "reparation", "reparations"})
BRINGING = frozenset({"launch", "file", "bring", "start", "open", "initiate", "lodge", "take", "issue", "seek",
                      "request", "join", "lay", "press", "level"})
# (a prosecutor "sought an arrest warrant for X over ...": a charge made in asking; "joined the
# lawsuit against Y": one more who brings it; "laid charges of fraud against Y")
# What one aims at, said of a wrong: "it was the NSM's objective to incite violence".
AIMS = frozenset({"objective", "aim", "goal", "intention", "purpose", "plan", "agenda", "strategy", "intent", "motive"})
# What a court is asked to do to someone's act: "petitioned the court to annul Y's election".
UNDOING = frozenset({"annul", "overturn", "nullify", "invalidate", "quash", "block", "halt", "strike", "void",
                     "reverse", "cancel", "suspend", "stop", "revoke", "rescind", "throw"})
# What a case does to the act it is brought against: "a lawsuit challenging the travel ban".
CHALLENGING = frozenset({"challenge", "contest", "dispute", "oppose"})
# What "change" done to is regime change: "funds for regime change".
GOVERNMENTS_CHANGED = frozenset({"regime", "government"})
FOSTERED = frozenset({"terrorism", "terror", "extremism", "insurgency", "separatism", "militancy", "jihadism",
                      "radicalism", "radicalisation", "radicalization"})
# What civilian places are accused of being used as: "using hospitals as command centres".
MILITARY_USES = frozenset({"shield", "weapon", "pawn", "base", "centre", "center", "post", "launchpad", "cover",
                           "depot", "position",
                           "outpost", "barracks", "stronghold", "hideout", "arsenal",
                           "platform", "springboard", "proxy",  # "using Guyana as a platform for provocations"
                           "hostage", "chip", "scapegoat"})  # "treating a German citizen as a hostage"
LINKS = frozenset({"link", "tie", "connect", "affiliate"})  # "linked to", "had ties to"
# people a wrong is pinned on by linking them to someone: "linked the suspect to al-Qaeda"
CULPRIT_NOUNS = frozenset({"suspect", "attacker", "bomber", "gunman", "assailant", "killer", "perpetrator", "hijacker",
                           "plotter", "cell", "explosion", "blast", "incident", "death", "disappearance"})
FACING = frozenset({"face", "receive", "suffer", "endure", "weather", "incur", "address", "answer"})  # "Y faced criticism from X"
# Who helped do a wrong: "preparing a coup with the support of the United States".
HELPING = frozenset({"support", "help", "backing", "assistance", "aid", "complicity", "connivance", "blessing"})
# A charge made again by others: "a charge also made by France and Russia", "an accusation echoed by X".
ECHOED_CHARGES = frozenset({"charge", "accusation", "allegation", "claim", "view", "assessment", "criticism"})
MAKING = frozenset({"make", "echo", "repeat", "share", "voice", "level", "support", "back", "endorse"})
# Amends asked of someone for a wrong: "demanded an apology from Japan for the collision".
AMENDS = frozenset({"apology", "apologies", "compensation", "reparation", "reparations", "redress"})
ASKING = frozenset({"seek", "want", "expect", "request", "claim"})
APOLOGISING = frozenset({"apologise", "apologize", "atone"})
# Cutting ties with someone over a wrong: "severed diplomatic relations with Iran over ..."
SEVERING = frozenset({"cut", "sever", "break", "downgrade", "suspend", "freeze", "end", "rupture"})
RELATIONS = frozenset({"tie", "relation", "relations", "ties", "contact", "contacts", "trade", "cooperation"})
# Verbs of conduct in general, which a manner judges rather than charges: "had acted in a reckless manner".
CONDUCTING = frozenset({"act", "behave", "conduct", "handle", "respond", "react", "proceed", "operate", "govern"})
ENVOYS = frozenset({"envoy", "ambassador", "diplomat", "chargé", "attaché", "representative", "consul",
                    "commissioner", "emissary", "d'affaires", "d’affaires"})  # summoned ones ("India's deputy high commissioner")
INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe"})
# What one demands for a wrong done: "demanded accountability for Israel's attacks on its schools".
# Manners that make any act a wrong: "the boats had deliberately and dangerously approached".
# Words that call a decision a hostile act, as "a provocation" does: "saw the pardon as highly provocative".
# Words for a deed that an adjective may call a wrong: "citing hostile acts by Berlin".
ACTS = frozenset({"act", "action", "behaviour", "behavior", "activity", "conduct", "move", "step", "measure"})
HOSTILE_ACTS = frozenset({"provocative", "aggressive", "hostile", "belligerent", "criminal", "unprovoked",
                          "treacherous"})
HANDED_PENALTIES = frozenset({"sentence", "term", "fine", "ban", "penalty"})  # "was given a life sentence by X"
WRONGLY = frozenset({"dangerously", "recklessly", "provocatively", "aggressively", "unprofessionally", "unsafely",
                     "disgracefully", "shamefully", "irresponsibly", "dishonestly", "corruptly", "improperly",
                     "unduly", "illegally", "unlawfully", "arbitrarily", "wrongfully", "deliberately", "forcibly",
                     "falsely", "brutally", "indiscriminately", "fraudulently", "knowingly"})
HORROR = frozenset({"horror", "dismay", "disgust", "shock", "anger", "outrage", "disbelief", "alarm", "despair"})
MADE_WRONGS = frozenset({"provocation", "incursion", "intrusion", "threat", "raid", "attack"})  # "made a provocation"
HARSH = frozenset({"harsh", "ill", "cruel", "inhumane", "degrading", "brutal", "abusive", "humiliating"})
PROTESTING = frozenset({"protest", "complain", "object"})  # with no object: to Y, about Y's act, after it
REDRESS = frozenset({"accountability", "justice", "punishment", "compensation", "reparation", "reparations"})
# Arms whose use is itself the charge ("used chemical weapons"), by the words that say so.
ARMS = frozenset({"weapon", "munition", "bomb", "gas", "agent", "shell", "round", "arm"})
BANNED_ARMS = frozenset({"chemical", "biological", "cluster", "banned", "toxic", "nerve", "poison", "incendiary",
                         "phosphorus", "outlawed", "prohibited"})
# The two sides a reciprocal charge names by a count: "both sides", "the two countries".
BOTH_SIDES = frozenset({"side", "party", "country", "nation", "government", "camp"})

# What two sides do to each other: asked of both, ending it charges neither.
MUTUAL_ACTS = frozenset({"fighting", "hostility", "clash", "violence", "war", "conflict", "escalation", "tension",
                         "bloodshed", "combat"})
# Prepositions that give the occasion of an act: "raided the broadcaster over a report alleging ...".
OCCASIONS = frozenset({"over", "after", "following", "about", "amid", "despite"})
# What one faces for not doing what one is told: "end the practices or face further penalties".
PENALTIES_IF_NOT = frozenset({"face", "risk", "incur", "suffer", "lose"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "acl", "relcl", "parataxis"})
# "for two days", "over the weekend": when something happened, not what it was for
DURATIONS = frozenset({"minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "while",
                       "time", "life"})  # ("jailed 12 men for life": how long, not what for)


@dataclass(frozen=True)
class Accusation:
    sentence: int
    accuser: str
    accused: str
    allegation: tuple[int, int]  # character span of the allegation, inside the sentence
    speaker: str | None
    rule: str
    context: tuple[int, ...] = ()  # earlier sentences that name the accuser ("It ..." refers back)


# Verbs that label whatever follows them, "as" or not: "declared 22 gangs, among them X, terrorist
# organisations" (not "call": "called on all peoples, including Americans, to respond").
DESIGNATING = LABELLING - {"call", "dub", "term"}
# Wrongs that, felt, tell a feeling: "they felt abandoned by their leaders".
FELT_WRONGS = frozenset({"abandon", "betray", "neglect", "ignore", "deceive", "mislead", "cheat"})
# Harm a participle after an act says it did: "..., killing 20 people".
HARMING = frozenset({"kill", "injure", "wound", "maim"})
# What evidence does with what it tells: "evidence to suggest Y had carried out the attack", "said
# the report showed that Y had ..." (`_reported`, `_evidence`).
SHOWING = frozenset({"suggest", "show", "indicate", "prove", "confirm"})
# Bodies a label makes criminal, which one may serve or belong to: "the messenger boys of a terrorist organisation".
LABELLED_BODIES = frozenset({"organisation", "organization", "group", "regime", "network", "movement", "gang",
                             "state", "outfit", "cell", "militia", "cartel"})
# A part in an act: "Russia's role in the downing", "Iranian involvement in the plot".
PARTAKING = frozenset({"role", "hand", "part", "involvement", "complicity"})
# Verbs that make their doer a party to the wrong their preposition names ("involved in the attack").
TAKING_PART = {"involve": "in", "implicate": "in", "engage": "in", "participate": "in", "resort": "to", "link": "to",
               "tie": "to", "connect": "to"}  # ("were linked to the killing")
# What an inquiry does with what it reports: "investigators concluded that Y ...".
CONCLUDING = frozenset({"conclude", "find", "establish", "determine"})
# What a demand put as a necessity is called: "it is essential that Y stop ...".
NECESSARY = frozenset({"essential", "vital", "imperative", "crucial", "necessary", "urgent"})


# Verbs that hold back the accusation they take: "refrained from accusing", "declined to blame".
HOLDING_BACK = frozenset({"refrain", "decline", "avoid", "shy", "hesitate", "refuse"})  # ("refused to condemn")


# What belongs to an actor as its own side: "his party", "its forces" (not "his rivals").
OWN_SIDES = frozenset({"party", "government", "force", "troops", "army", "soldier", "supporter", "member", "police",
                       "administration", "movement", "militia", "fighter", "official", "minister", "ally"})
# Offices one holder at a time holds, that "the ..." names: "blamed the prime minister".
HELD_TITLES = frozenset({"president", "minister", "premier", "chancellor", "governor", "mayor", "speaker",
                         "secretary"})
# What one who "treated parliament with contempt" showed: scorn for a body or the law is a charge.
SCORN = frozenset({"contempt", "disdain", "disrespect", "scorn"})
# A wrong known and done all the same: "knew it was unlawful and kept going anyway".
KNOWING = frozenset({"know", "realise", "realize"})
# What one "has a record of": "a track record of environmental breaches", "a history of abusing power".
RECORDS = frozenset({"record", "history", "pattern"})
# Honesty denied: "has not been straight with New Yorkers".
HONEST = frozenset({"honest", "straight", "truthful", "transparent", "candid", "forthcoming", "straightforward"})
# Payments that are bribes (`_bought`): what pays, what no honest payer pays ("inflated fees", "secret
# commissions"), and what a payment buys: "paid the minister to secure quotas", "paid deputies in return for
# their votes" (not "paid compensation to the victims", "paid $1bn in exchange for access to the base").
PAYING = frozenset({"pay", "give", "offer", "hand"})
ILLICIT = frozenset({"inflated", "excessive", "illegal", "illicit", "secret", "undisclosed", "improper", "unlawful"})
BOUGHT = frozenset({"secure", "win", "obtain", "buy", "influence", "sway", "silence", "rig", "swing"})
BOUGHT_NOUNS = frozenset({"vote", "support", "contract", "favour", "favor", "silence", "loyalty", "quota",
                          "licence", "license", "concession", "approval", "permit", "tender"})


# Verbs by which one takes, or refuses, responsibility oneself: no one else's charge.
OWNING_UP = frozenset({"claim", "accept", "take", "admit", "assume", "deny", "reject", "acknowledge",
                       "disclaim", "shoulder", "bear"})
# What "it was ... that" says of the clause: "it was highly likely that Y ...", "it is clear that Y ...".
EVIDENT = frozenset({"likely", "clear", "certain", "evident", "obvious", "probable", "plain", "apparent",
                     "undeniable", "indisputable"})
# Verbs that name a wrong without saying more of it, and the words they take it with ("" for
# an object): "spoke of Y's failure", "warned of Y's aggression", "pointed to", "cited Y's attacks".
MENTIONING = {"speak": ("of", "about"), "talk": ("of", "about"), "warn": ("of", "about"), "point": ("to",),
              "refer": ("to",), "cite": ("",), "highlight": ("",), "mention": ("",)}


# Verbs whose object alone, with no charge said, is the charge: "X blamed Y", "Y was denounced by X".
BARE_BLAME = frozenset({"blame", "condemn", "denounce", "criticise", "criticize", "decry", "suspect"})


def _two_people(a: Ref, b: Ref) -> bool:
    """Do two refs to one actor name two different people ("Senator X called President Y a
    liar": both Americans)?"""
    return bool(a.speaker and b.speaker and a.speaker != b.speaker)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    names = ("accuse", "accuse_nouns", "saying", "wrong_verbs", "light_verbs", "wrong_nouns", "label_verbs",
             "labels", "blame_on", "attribute", "responsible", "demand", "stop", "punish", "deny", "conditional",
             "against", "target_verbs", "target_need_word", "target_into", "action_nouns", "cite", "oppose",
             "decisions", "trying", "utter", "concern", "scold_for", "conduct", "pejoratives")
    found = {name: frozenset(words_of("predicates", name)) for name in names}
    found["support"] = frozenset(words_of("predicates_ally", "support"))  # backing fighters is a charge
    found["transfer"] = frozenset(words_of("predicates_ally", "transfer"))  # so is handing them arms or money
    found["alongside"] = frozenset(words_of("predicates_ally", "alongside"))  # and fighting beside them
    found["exercises"] = frozenset(words_of("predicates_ally", "exercises"))  # drills "between X and Y" are theirs
    return found


def hyphenated(words: "Iterable[Token]") -> set[str]:
    """The hyphenated words the tokenizer split ("cover", "-", "up"), joined again: "cover-up"."""
    words = list(words)
    return {f"{a.lower_}-{c.lower_}" for a, b, c in zip(words, words[1:], words[2:])
            if b.text == "-" and not a.whitespace_ and not b.whitespace_}


def _owning_up(act: "Token") -> bool:
    """Is the act one of owning up to a wrong ("to accept responsibility", "to apologise"): asked
    of someone, it says they did the wrong, as asking them to stop it does."""
    base = act.lemma_.lower()
    owned = {c.lemma_.lower() for c in act.children if c.dep_ == "dobj"}
    return base in APOLOGISING or base in ("accept", "admit", "acknowledge", "take", "assume") \
        and bool(owned & {"responsibility", "blame", "guilt", "culpability"})


def lemma(token: "Token") -> str:
    return token.lemma_.lower()


def children(token: "Token", *deps: str) -> list["Token"]:
    return [c for c in token.children if c.dep_ in deps]


def passive_subjects(verb: "Token") -> list["Token"]:
    """The passive subject of `verb`, or of the passive it is joined to: in "the attack was
    staged and carried out by Y" the parser gives "carried" neither subject nor auxiliary."""
    own = children(verb, "nsubjpass")
    if own or children(verb, "nsubj", "auxpass"):  # a subject or an auxiliary of its own
        return own if children(verb, "auxpass") else []
    if verb.dep_ == "conj" and (verb.tag_ == "VBN" or children(verb, "agent")) and children(verb.head, "auxpass"):
        return children(verb.head, "nsubjpass")  # ("planned in X and carried out by Y": "carried" read as VBD)
    return []


# Nouns of a place where an act was done: "an attack on civilians at a funeral in the town of X".
SCENE_NOUNS = frozenset({"town", "village", "city", "funeral", "wedding", "school", "hospital", "camp", "market",
                         "mosque", "church", "checkpoint", "base", "border", "district", "province", "region",
                         "area", "neighbourhood", "neighborhood", "street", "square", "port", "prison", "compound"})


def _where_done(verb: "Token", last: "Token") -> list["Token"]:
    """The place phrase right after an act named as the verb's object, which the parser hangs on
    the verb ("reported a military attack on civilians at a funeral in the town of X"): where
    the act was done, part of it (not "condemned the attack at a news conference"); and whom or what
    it was aimed at ("condemned the Turkish air strike on a resort in Duhok"), not when ("on Tuesday")."""
    for prep in children(verb, "prep"):
        if prep.i != last.i + 1 or _when(prep):
            continue
        if prep.lower_ in ("at", "in", "near", "inside", "outside") and any(
                o.ent_type_ in ("GPE", "LOC", "FAC") or lemma(o) in SCENE_NOUNS for o in children(prep, "pobj")):
            return list(prep.subtree)
        if prep.lower_ in ("on", "against") and any(o.ent_type_ not in ("DATE", "TIME") for o in children(prep, "pobj")):
            return list(prep.subtree)
    return []


def negated(token: "Token") -> bool:
    """Is the clause headed by `token` denied: "did not", "never", or a subject that names no one
    ("Neither Athens nor Ankara accused the other", "No government blamed ...", "Nobody has ...")?"""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det")
               or c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(
                   d.lower_ in ("neither", "no") and d.dep_ in ("det", "preconj") for d in c.children))
               for c in token.children)


NO_ONE = frozenset({"neither", "nobody", "none", "noone"})


class AccusationRules:
    """The accusation constructions over one article's parse."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.words = lexicon()

    def all(self) -> list[Accusation]:
        found: list[Accusation] = []
        quoted = quoted_from(self.resolver.text, self.resolver.sentences)
        sentences = self.resolver.sentences
        quoted.update({k: v for k, v in closed_by(sentences).items() if k not in quoted  # ('"ISIS is not defeated.
                       or sentences[quoted[k]].text.lstrip().startswith((OPENING, '"'))})  # The biggest lie ...," X
        # said.': the attribution after the quotation, not the subject it opens with)
        going_on = {k: v for k, v in continued(self.resolver.sentences).items() if k not in quoted}
        quoted = {k: going_on.get(v, v) for k, v in quoted.items()} | going_on
        for sentence in self.resolver.sentences:
            span = self.resolver.span(sentence)
            if span is None or sentence.text.rstrip().endswith("?"):
                continue  # a question asserts nothing
            items = list(self._sentence(sentence, span))
            if sentence.index in quoted:
                items += self._quoted(sentence, span, quoted[sentence.index])
            pieces = [replace(piece, allegation=self._unquoted(piece.allegation))
                      for whole in items for piece in self._each_charge(whole)]
            for item in [*pieces, *(more for piece in pieces for more in self._accomplices(piece))]:
                if not any(_same_claim(item, other) for other in found):
                    found.append(item)
        # "filed charges against Y for money laundering": the charge with content stands for the
        # pair in its sentence, not "charges"
        bare = {id(item) for item in found if self._bare_charge(item)}
        full = {(a.sentence, a.accuser, a.accused) for a in found if id(a) not in bare}
        return [a for a in found if id(a) not in bare or (a.sentence, a.accuser, a.accused) not in full]

    def _each_charge(self, item: Accusation) -> list[Accusation]:
        """One item per allegation: "accused Israel of dragging its feet and of killing 30
        Palestinians" makes two charges, each with its own words (tests/gold/README.md)."""
        start, end = item.allegation
        words = self.resolver.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not words.start or words.doc[words.start - 1].lower_ not in ("of", "for"):
            return [item]
        opener = words.doc[words.start - 1]
        other = self._second_accused(words, opener)
        if other is not None:  # "accused the Tigers of using human shields and the government of shelling"
            accused, charge = other
            first = [t for t in words if t.i < accused.left_edge.i - 1]
            while first and first[-1].dep_ == "punct":
                first.pop()
            refs = self.resolver.refs(accused)
            if first and charge and refs:
                return [replace(item, allegation=(first[0].idx, first[-1].idx + len(first[-1]))),
                        replace(item, accused=refs[0].actor,
                                allegation=(charge[0].idx, charge[-1].idx + len(charge[-1])))]
        second = next((t for t in words if t.lower_ == opener.lower_ and t.dep_ in ("conj", "prep")
                       and t.doc[t.i - 1].lower_ == "and"
                       and t.head.i in (opener.i, opener.head.i, opener.head.head.i, *range(words.start, t.i))), None)
        if second is None:
            return [item]
        first = [t for t in words if t.i < second.i - 1]
        while first and first[-1].dep_ == "punct" and first[-1].text not in QUOTE_MARKS:
            first.pop()  # (a closing quotation mark stays: 'pursuing "a policy of total Russophobia"')
        rest = [t for t in second.subtree if t.i != second.i]
        if not first or not rest:
            return [item]
        return [replace(item, allegation=(first[0].idx, first[-1].idx + len(first[-1]))),
                replace(item, allegation=(rest[0].idx, min(end, rest[-1].idx + len(rest[-1]))))]

    def _accomplices(self, item: Accusation) -> list[Accusation]:
        """Those a charge names as the accused's accomplices are charged too: "said the commission
        had colluded with the ruling New Patriotic Party to inflate the figures" accuses the party as well."""
        words = self.resolver.doc.char_span(*item.allegation, alignment_mode="expand") or ()
        partners = [r.actor for verb in words if lemma(verb) in ACCOMPLICE_VERBS
                    for prep in children(verb, "prep") if prep.lower_ == "with"
                    for partner in children(prep, "pobj") if partner.pos_ == "PROPN"  # named: not "with
                    for r in self.resolver.refs(partner)]  # opposition governors", whoever they are
        return [replace(item, accused=actor) for actor in dict.fromkeys(partners)
                if actor not in (item.accuser, item.accused)]

    def _second_accused(self, words: "Span", opener: "Token") -> "tuple[Token, list[Token]] | None":
        """In a charge after "of"/"for", a second accused with its own charge joined by "and":
        "accused the Tigers of using civilians as shields and the government of indiscriminate
        shelling" (the parser hangs "the government" on the first charge's last noun)."""
        for token in words:
            if token.dep_ != "conj" or token.doc[token.left_edge.i - 1].lower_ != "and" \
                    or not self.resolver.refs(token):
                continue
            preps = [p for p in children(token, "prep") if p.lower_ == opener.lower_]
            charge = [t for p in preps for t in p.subtree if t.i != p.i]
            if charge and charge[-1].i < words.end:
                return token, charge
        return None

    def _bare_charge(self, item: Accusation) -> bool:
        """Is the item's allegation only a word for a charge ("charges", "the accusations")?"""
        words = self.resolver.text[item.allegation[0]:item.allegation[1]].lower().split()
        return bool(words) and all(w in GENERIC_CHARGES | CHARGE_DETERMINERS for w in words)

    def _quoted(self, sentence: Sentence, span: "Span", opener: int) -> Iterator[Accusation]:
        """A sentence inside a quotation opened in sentence `opener` ('X said: "... He had
        orchestrated attacks on coalition bases."'): the one who opened the quotation says it,
        so its clauses that state a wrong accuse their subjects."""
        speakers = self._speakers(opener)
        if not speakers:
            return
        for verb in span:
            if verb.pos_ not in ("VERB", "AUX") or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and
                                                         verb.head.dep_ == "ROOT"):
                continue
            if self._blocked(verb):
                continue
            subjects = tuple(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            if not self._is_wrong(verb):  # "the crimes of al-Qaeda touched most continents": the wrong's owner
                for subject in subjects:
                    if lemma(subject) in self.words["wrong_nouns"] and not self.resolver.refs(subject):
                        owners = self.resolver.refs(subject, owner=True)  # (the speaker's own side: `_make`)
                        yield from self._make(sentence, speakers, owners, self._span(list(verb.subtree)), "quoted")
                continue
            accused = self._reported_subject(verb)
            words = [t for t in self._subtree(verb, subjects) if t.i >= verb.i or t.dep_ in ("aux", "neg")]
            yield from self._make(sentence, speakers, accused, self._span(words), "quoted")

    def _speakers(self, opener: int) -> list[Ref]:
        """Who opened the quotation in sentence `opener`: the subject of its verb of saying
        (or of "a statement" it was made in), else the actors that sentence is about."""
        sentence = self.resolver.sentences[opener]
        span = self.resolver.span(sentence)
        marks = [i for i, c in enumerate(sentence.text) if c in QUOTE_MARKS]
        quoted = (lambda t: marks[0] < t.idx - sentence.start < marks[-1]) if marks else (lambda t: False)
        for token in sorted(span or (), key=quoted):  # '"Y has declared war on the people," X said.':
            # the attribution's verb first, not one in the quotation (a stable sort keeps each side's order)
            if token.pos_ == "VERB" and (lemma(token) in self.words["saying"]
                                         or lemma(token) in ("read", "justify", "continue")):  # ('..., X continued.')
                refs = self.subjects(token)  # "X said:", "the statement read:", "X justified the strike:"
                if refs:
                    return refs
        return self.resolver.subjects(opener)[:1]

    def _sentence(self, sentence: Sentence, span: "Span") -> Iterator[Accusation]:
        rules = (self._accuse, self._blame_on, self._laid_blame, self._responsible, self._label, self._noun, self._demand,
                 self._punish, self._recalled, self._target, self._action, self._oppose, self._reported,
                 self._according_to, self._concern, self._inquiry, self._evidence, self._revenge, self._retaliation,
                 self._critical_of, self._guilty, self._found_to_have, self._attacked_in_words,
                 self._pressure, self._demand_noun, self._pejorative, self._called_terrorists, self._witnessed,
                 self._taken_to_court,
                 self._legal_action, self._court_asked_to_undo, self._made_to_answer, self._trial_demanded,
                 self._release_demanded, self._wrong_found, self._linked_to,
                 self._contempt, self._ousting_sought, self._apology, self._wrongdoer_acted_on,
                 self._penalty_ordered, self._spoke_of, self._said_before_a_colon, self._put_on_a_list,
                 self._in_protest, self._pointed_to_blame, self._shown_in_footage)
        found, labels = [], []
        for token in span:
            if token.pos_ not in CONTENT and token.lower_ != "according":
                continue  # every rule starts at a verb, a noun or an adjective, or at "according to"
            for rule in rules:
                for accusers, accused, allegation, name in rule(token):
                    if rule == self._reported:  # "accused Y of interference, saying its agents spied": one charge
                        charged = self._charged_by_head(token)
                        accused = [r for r in accused if r.actor not in charged]
                    if name != "demand":  # (not "urged Y to stop interfering on Azerbaijan's behalf": Y's)
                        accused = [*accused, *self._ordered_by(allegation, accusers, accused)]
                        accused = [*accused, *self._behind_in(allegation, accusers, accused)]
                    made = list(self._make(sentence, accusers, accused, allegation, name))
                    (labels if name == "terrorist-label" else found).extend(made)
        found += self._echoed(span, found)
        charged = {(a.accuser, a.accused) for a in found}
        yield from found  # a group called terrorists in passing, when its sentence charges it with more, is that charge's
        yield from (a for a in labels if (a.accuser, a.accused) not in charged)

    def _put_on_a_list(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Russia added the Anti-Corruption Foundation to its list of extremist organisations",
        "Britain put the group on its terrorism blacklist": a list of a label's kind labels who is put on it."""
        if lemma(verb) not in ("add", "put", "place", "include", "keep") or verb.pos_ != "VERB" or self._blocked(verb):
            return
        lists = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("to", "on") for o in children(p, "pobj")
                 if lemma(o) in ("list", "blacklist", "register", "registry")]  # (or hung on the object's phrase)
        labelled = [lst for lst in lists if any(lemma(w) in self.words["labels"] or lemma(w) == "blacklist"
                                                for w in lst.subtree)]
        accused = [r for o in children(verb, "dobj") for r in self.resolver.refs(o)]
        accusers = self.subjects(verb)
        if children(verb, "auxpass"):  # "was put on a list of terrorists by the security services"
            accused = [r for o in passive_subjects(verb) for r in self.resolver.refs(o)]
            accusers = self.agents(verb)
        if labelled and accused and accusers:
            yield accusers, accused, self._span([t for t in labelled[0].subtree if t.dep_ != "poss"]), "terrorist-label"

    def _said_before_a_colon(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """A headline's or a lead's speaker before a colon, with no verb of saying: "Lula on his
        predecessor Jair Bolsonaro: 'He knew about the coup plot'", "The Israeli military's message
        was blunt: Hezbollah fired 40 rockets at civilians". What follows the colon is said."""
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            return
        colon = next((c for c in reversed(verb.doc[verb.sent.start:verb.i]) if c.text == ":" and (
            c.head.i == verb.i or c.head.head.i == verb.i and c.head.i < c.i)), None)  # ("Kenya: ...": on the name)
        if colon is None or any(lemma(t) in self.words["saying"] and t.pos_ == "VERB"
                                for t in verb.doc[verb.sent.start:colon.i]):
            return  # ("X said: ...": the verb of saying reads it)
        before = [t for t in verb.doc[verb.sent.start:colon.i] if t.head.i == verb.i and t.dep_ not in ("punct",)]
        speakers = []
        for phrase in before:  # the speaker's name, not the one "on" whom it speaks; or "X's message was ..."
            words = [phrase] if phrase.pos_ in ("PROPN", "NOUN") else []
            words += [o for c in children(phrase, "nsubj") if lemma(c) in MESSAGES for o in children(c, "poss")]
            speakers += [r for w in words for r in self.resolver.refs(w)]
            if lemma(phrase) == "be" and any(a.lower_ in PLAIN_SPOKEN for a in children(phrase, "acomp")):
                speakers += [r for c in children(phrase, "nsubj") if lemma(c) not in MESSAGES
                             for r in self.resolver.refs(c, owner=True)]  # "Ukraine's ombudsman was blunt: ..."
        if not speakers:
            return
        for act in (verb, *(c for c in verb.conjuncts if c.i > verb.i and children(c, "nsubj"))):
            # (each act of the list: "the jet had been hit by fire ..., and Moscow had then tried to hush it up")
            if not self._is_wrong(act) or self._blocked(act):
                continue
            accused = [r for r in self._reported_subject(act) if r.token > colon.i] or [
                r for c in children(act, "nsubj", "nsubjpass") if c.i > colon.i
                for r in self.resolver.refs(c, owner=True)]
            # (not the speaker the parser makes a second subject: "Ukraine's military: Russia shelled Kharkiv")
            # what the accused did ("fired 40 rockets"), after the colon and any quotation mark opening it
            named = tuple(c for c in children(act, "nsubj") if any(r.token == c.i for r in accused))
            joined = tuple(c for c in act.children if c.dep_ in ("conj", "cc")) if act is verb else ()
            words = [t for t in self._subtree(act, (*before, *named, *joined))
                     if t.i > colon.i + 1 or t.i > colon.i and t.dep_ != "punct"]
            if accused and words:
                yield speakers, accused, self._span(words), "reported"

    def _charged_by_head(self, saying: "Token") -> set[str]:
        """Who the accusing verb a saying participle hangs on charges ("accused Y of interference,
        saying its agents were spying"): what the participle says of them explains that charge,
        no second one (a partner it names, "conspired with Z", is charged apart)."""
        charge = saying.head
        if saying.tag_ != "VBG" or saying.dep_ != "advcl" or lemma(charge) not in self.words["accuse"] \
                or any(lemma(c) in COLLUDING for c in children(saying, "ccomp")):
            return set()  # ("..., saying he had conspired with the United States": the partner is charged there)
        return {r.actor for o in children(charge, "dobj") for r in self.resolver.refs(o)}

    # -- shared ----------------------------------------------------------------------

    def _ordered_by(self, allegation: tuple[int, int], accusers: list[Ref], accused: list[Ref],
                    wrong: bool = False) -> list[Ref]:
        """Those a charged wrong was done for: "the BLA had hijacked the train on orders from India",
        "the attack was organised on behalf of Russian intelligence", "at Tehran's direction". The
        speaker charges them with the wrong as well as its doers; a wrong done "for the people"
        names no actor, and adds no one. `wrong`: the caller has seen the wrong (a wrong as the
        subject), else the word the phrase hangs on must be one (`_bid_wrong`)."""
        owners = [o for word in self.resolver.doc.char_span(*allegation, alignment_mode="expand") or ()
                  if lemma(word) in BIDDING and word.head.lower_ in BIDDING_MARKS
                  and (wrong or self._bid_wrong(word.head.head))  # (not "accused Y of acting on the Kremlin's
                  # behalf": the acting is the charge, a tie)
                  for o in bidders(word)]
        return self._others(owners, [*accusers, *accused])

    def _behind_in(self, allegation: tuple[int, int], accusers: list[Ref], accused: list[Ref]) -> list[Ref]:
        """Those the charge names as behind a wrong: "blames Kabul for sheltering TTP militants
        behind the Bannu attack" charges the TTP with the attack as well as Kabul with the shelter."""
        held = [h for word in self.resolver.doc.char_span(*allegation, alignment_mode="expand") or ()
                if word.pos_ in ("NOUN", "PROPN", "VERB") and any(
                    lemma(o) in self.words["wrong_nouns"] for p in children(word, "prep") if p.lower_ == "behind"
                    for o in children(p, "pobj"))
                # (the parser may hang "behind" on the verb: "harbouring the fighters behind the bombings")
                for h in (children(word, "dobj") if word.pos_ == "VERB" else [word])
                if any((m := self.resolver.mention_of.get(t.i)) is not None and m.via != "collective"
                       for t in h.subtree if t.i < h.i or t.i == h.i)]  # (a group by its name, not "the gunmen")
        return self._others(held, [*accusers, *accused])

    def _others(self, words: list["Token"], named: list[Ref]) -> list[Ref]:
        """The actors the words name (or own), each once, besides those `named` already."""
        taken = {r.actor for r in named}
        found: list[Ref] = []
        for ref in (r for w in words for r in self.resolver.refs(w, owner=True)):
            if ref.actor not in taken:
                taken.add(ref.actor)
                found.append(ref)
        return found

    def _bid_wrong(self, word: "Token") -> bool:
        """Is the word a bidding phrase hangs on, or one of the two above it, a wrong: "hijacked the
        train", "plotting arson attacks on shopping centres" (the parser may hang it on either)?"""
        for token in (word, *list(word.ancestors)[:2]):
            if token.pos_ in ("VERB", "AUX") and self._is_wrong(token) or lemma(token) in self.words["wrong_nouns"]:
                return True
            if token.pos_ in ("VERB", "AUX") and lemma(token) in self.words["saying"]:
                return False
        return False

    def _this_was(self, act: "Token", accusers: list[Ref]) -> list[Ref]:
        """'Indian jets crossed the Line of Control. "This is uncalled-for aggression," he said': the
        act a demonstrative calls a wrong is the one the sentence before told; its doer, not the
        speaker, is charged. Only in a speaker's quoted words (not the report's own "nor is it a
        proxy war")."""
        here = self.resolver.sentence_of(act)
        start = self.resolver.sentences[here].start
        if lemma(act) != "be" or negated(act) or here == 0 or any(t.lower_ in ("nor", "neither") for t in act.subtree) \
                or not inside_quote(self.resolver.text[start:act.idx]) \
                or not any(s.lower_ in ("this", "that", "it") for s in children(act, "nsubj")) \
                or not any(lemma(a) in self.words["labels"] | self.words["wrong_nouns"] for a in children(act, "attr")):
            return []
        mine = {a.actor for a in accusers}
        return [r for r in self.resolver.subjects(here - 1) if r.actor not in mine][:1]

    def _wrong_done_for(self, act: "Token", accusers: list[Ref]) -> list[Ref]:
        """"said the hammer attack had been organised on behalf of Russian intelligence": a wrong
        as the subject, no doer named, and those it was done for (`_ordered_by`)."""
        if not any(lemma(s) in self.words["wrong_nouns"] for s in children(act, "nsubjpass", "nsubj")):
            return []
        return self._ordered_by(self._span(list(act.subtree)), accusers, [], wrong=True)

    def _make(self, sentence: Sentence, accusers: list[Ref], accused: list[Ref], allegation: tuple[int, int],
              rule: str) -> Iterator[Accusation]:
        allegation = self._what_it_is(allegation)
        start, end = max(allegation[0], sentence.start), min(allegation[1], sentence.end)
        rebuttal = REBUTTAL.search(self.resolver.text, start, end)
        if rebuttal is not None and rebuttal.start() > start:  # "of being behind a bombing in Islamabad, an
            end = rebuttal.start()  # allegation New Delhi dismissed as baseless": the charge ends at its name
        text = self.resolver.text[start:end]
        if end <= start or len(text.split()) < MIN_ALLEGATION_WORDS:
            return
        words = self.resolver.doc.char_span(start, end, alignment_mode="expand") or ()
        if not any(t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") for t in words):
            return  # "which", "it": a pronoun names no wrong
        if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "PUNCT", "CCONJ") for t in words):
            return  # "indicted him in November last year": a date names no wrong
        accusers = [a for a in accusers if a.actor not in self.resolver.inventory.outlets]  # the press made a
        speaking = {(a.actor, a.token) for a in accusers}
        accused = [c for c in accused if len(speaking) < 2 or (c.actor, c.token) not in speaking]
        # ("the US, Britain and Australia accused China of sponsoring a group which they said had broken in":
        # the very words that name those speaking together name no one they charge)
        for span in self._one_each(words, (start, end)):  # side by being accused still only reports
            for accuser in accusers:
                for charged in accused:  # (each pair from the refs as read: a person named for one pair is not
                    if self._own_side(accuser, charged):
                        continue
                    a = self._organ_apart(accuser, charged)  # the accuser of the next)
                    b = self._as_person(a, self._owner_not_finder(a, charged))
                    b = self._party_leader_charged(a, b, rule)
                    b = self._official_penalised(a, b, rule)
                    a = self._leader_as_person(a, b)
                    a, b = self._rivals_in_office(a, b)
                    a = self._region_against_centre(a, b)
                    a = self._critic_of_own_government(a, b)
                    if a.actor != b.actor and not self._speaks_for(b, a):
                        context = tuple(sorted({a.sentence, b.sentence} - {sentence.index}))
                        yield Accusation(sentence.index, a.actor, b.actor, span, a.speaker, rule, context)

    def _owner_not_finder(self, accuser: Ref, charged: Ref) -> Ref:
        """Whose are "its officers" the accuser finds at fault? Not the accuser's own: "Chile's police
        faced criticism after the UN office found that its officers had committed violations" charges
        the police. One who finds a wrong charges another, so the pronoun stands for the subject
        before it in the sentence that is not the accuser; with none, the pair stays as read (and
        is dropped as the accuser charging itself)."""
        word = self.resolver.doc[charged.token]
        pronoun = next((c for c in children(word, "poss") if c.lower_ in ("its", "their")), None)
        if accuser.actor != charged.actor or pronoun is None \
                or not any(lemma(a) in FOUND_BY_INQUIRY and a.pos_ == "VERB" for a in word.ancestors):
            return charged  # (only a finding: "the ministry said its forces had killed ..." is its own)
        before = [t for t in word.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]
        return next((r for t in reversed(before) for r in self.resolver.refs(t)
                     if r.actor != accuser.actor and self.resolver.fits(r, pronoun)), charged)

    def _own_side(self, accuser: Ref, charged: Ref) -> bool:
        """Is the one charged the accuser's own side ("said violence had been committed by his
        ZANU-PF party as well as Tsvangirai's"): an admission, no accusation of it."""
        word = self.resolver.doc[charged.token]
        if lemma(word) not in OWN_SIDES:
            return False
        owners = [r for c in children(word, "poss") if c.pos_ == "PRON" for r in self.resolver.refs(c)]
        return any(r.actor == accuser.actor and (r.speaker or "") == (accuser.speaker or "") for r in owners)

    def _speaks_for(self, charged: Ref, accuser: Ref) -> bool:
        """Is the one charged a person who is the accuser's own voice ("the prosecutor, X, told
        reporters: 'his intent was ...'": no one charges the one who speaks for them)?"""
        inventory = self.resolver.inventory
        return inventory.kind_of(charged.actor) == "person" and bool(accuser.speaker) \
            and inventory.name_of(charged.actor) in (accuser.speaker or "")

    def _unquoted(self, span: tuple[int, int]) -> tuple[int, int]:
        """`span` less a quotation mark at its edge whose partner lies outside it: 'of "hostile
        acts' reads "hostile acts"."""
        text = self.resolver.text[span[0]:span[1]]
        if not sum(text.count(q) for q in QUOTE_MARKS) % 2:
            return span
        if text[:1] in QUOTE_MARKS:
            return span[0] + 1, span[1]
        return (span[0], span[1] - 1) if text[-1:] in QUOTE_MARKS else span

    def _what_it_is(self, allegation: tuple[int, int]) -> tuple[int, int]:
        """"sue X over what he feels is a deliberate blocking of justice": the small parser ends
        the complement at "feels" and hangs "is ..." elsewhere; the charge is what follows."""
        words = self.resolver.doc.char_span(*allegation, alignment_mode="expand")
        if not words or len(words) > 4 or words[-1].i + 1 >= len(words.doc):
            return allegation
        last, after = words[-1], words.doc[words[-1].i + 1]
        if lemma(last) not in OPINION_VERBS or lemma(after) != "be" or not any(
                c.lower_ == "what" for c in last.children):
            return allegation
        tail = [t for t in after.subtree if t.i > after.i and not t.is_punct]
        return (after.doc[after.i + 1].idx, tail[-1].idx + len(tail[-1])) if tail else allegation

    def _one_each(self, words: "Span | tuple[()]", whole: tuple[int, int]) -> list[tuple[int, int]]:
        """One item per allegation (tests/gold/README.md): acts joined by "and" are charges of
        their own, "of harassing the opposition and threatening to cut off food" two of them."""
        if not words:
            return [whole]
        head = words.root
        joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and words.start <= c.i < words.end]
        # a clause of its own ("and that its coast guard had acted lawfully") is another
        # statement, read by itself: not part of this allegation
        # The sayer's or accuser's next act is read by itself too: "said Y had bombed it and accused
        # Y of ...", and "accused Y of backing a coup and expelled diplomats" (hung on the charge)
        clauses = [c for c in joined if children(c, "nsubj", "nsubjpass") or lemma(c) in self.words["accuse"]
                   or lemma(c) in self.words["label_verbs"]
                   or _speech_act(c)  # ("said Y's actions amounted to aggression and warned of retaliation")
                   or head.tag_ == "VBG" and c.tag_ in ("VBD", "VBZ", "VBP")
                   or self._penalty_if_not(head, c)  # ("to end the practices or face further penalties")
                   or _unlisted_participle(head, c)]
        acts = [c for c in joined if c not in clauses]
        inside = range(words.start, words.end)
        if head.pos_ == "VERB" and clauses and not acts:
            skip = {t.i for c in clauses for t in c.subtree}  # (the "and" left at the end is trimmed)
            return [self._span([t for t in head.subtree if t.i in inside and t.i not in skip])]
        if head.pos_ != "VERB" or not acts or not all(children(a, *ACT_OBJECTS) for a in [head, *acts]):
            return [whole]  # "was staged and carried out by Y": one act, its doer shared
        theirs = {t.i for act in joined for t in act.subtree}
        parts = [self._span([t for t in head.subtree if t.i in inside and t.i not in theirs
                             and not (t.dep_ == "cc" and t.head.i == head.i)])]
        parts += [self._span([t for t in act.subtree if t.i in inside]) for act in acts]
        return [p for p in parts if p[1] > p[0]] or [whole]

    @staticmethod
    def _penalty_if_not(head: "Token", act: "Token") -> bool:
        """Is `act` the price of not doing `head` ("ordered Google to end the practices or face
        further penalties"): a threat that follows the charge, no charge of its own?"""
        return lemma(act) in PENALTIES_IF_NOT and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < act.i
                                                      for c in head.children)

    def _rivals_in_office(self, accuser: Ref, accused: Ref) -> tuple[Ref, Ref]:
        """Two named people who hold office in the same state, one accusing the other ("Hussein
        has accused the president of trying to sabotage peace efforts"): a domestic dispute
        between the people, not the state accusing itself (tests/gold/README.md)."""
        persons = self.resolver.inventory.persons
        named = (self._full_name(accuser.speaker) or self._appositive_person(accuser)) \
            if accuser.actor == accused.actor else None  # ("The attorney general, Patricia Benavides, said")
        holder = self._holder_by_title(accused, named) \
            if named and self._full_name(accused.speaker) in (None, named) else None  # (not the accuser himself)
        if named and holder:  # "Yusuf blamed the prime minister": the one the article made prime minister
            return self._as_named(accuser, named), self._as_named(accused, holder)
        if accuser.actor != accused.actor or not accuser.speaker or not accused.speaker \
                or accuser.speaker == accused.speaker or not {accuser.speaker, accused.speaker} <= persons.keys():
            return accuser, accused
        if lemma(self.resolver.doc[accuser.token]) in GOVERNMENTS:  # "The government of interim President X has
            # accused Morales of ...": the state charges the person
            return accuser, self._as_named(accused, accused.speaker)
        return (self._as_named(accuser, accuser.speaker),
                self._as_named(accused, accused.speaker))

    def _appositive_person(self, ref: Ref) -> str | None:
        """The person set beside the office that speaks ("The attorney general, Patricia
        Benavides, said"), by full name."""
        word = self.resolver.doc[ref.token]
        named = [self.resolver.mention_of[c.i] for c in children(word, "appos") if c.i in self.resolver.mention_of]
        return next((self._full_name(m.text) for m in named if m.via == "person" and self._full_name(m.text)), None)

    def _full_name(self, speaker: str | None) -> str | None:
        """The full name of the person `speaker` names, by it or one word of it ("Yusuf")."""
        persons = self.resolver.inventory.persons
        if not speaker:
            return None
        longer = [name for name in persons if speaker in name.split() and name != speaker]
        if len(longer) == 1:  # "Yusuf", which the article also writes "Abdullahi Yusuf Ahmed"
            return longer[0]
        return speaker if speaker in persons else None

    def _holder_by_title(self, ref: Ref, other: str) -> str | None:
        """The one person other than `other` (by any word of that name) the article introduced with
        the office `ref` names ("Yusuf blamed the prime minister", after "keep Nur Hassan Hussein as
        their prime minister")."""
        word = self.resolver.doc[ref.token]
        if word.pos_ not in ("NOUN", "PROPN") or word.lemma_.lower() not in HELD_TITLES:
            return None  # (the title as written before the name: "remove President Pedro Castillo")
        inventory = self.resolver.inventory
        people = [name for name, actor in inventory.persons.items() if actor == ref.actor] + [
            info.name for info in inventory.actors.values() if info.kind == "person"]
        holders = [name for name in dict.fromkeys(people) if not set(name.split()) & set(other.split())
                   and len(name.split()) > 1 and word.lower_ in self._introduction(name, 40, 60, whole=True).lower()]
        # (by the full name: "Mohamed Nur" is not the "Nur" of "Nur Hassan Hussein")
        return holders[0] if len(holders) == 1 else None

    def _as_named(self, ref: Ref, name: str) -> Ref:
        """`ref`'s side read as the person `name`, an actor of their own (`Inventory.person`),
        with the same evidence: where a domestic dispute names the person, not their state."""
        return Ref(self.resolver.inventory.person(name), None, ref.sentence, ref.token)

    def _region_against_centre(self, accuser: Ref, accused: Ref) -> Ref:
        """A governor or mayor charging the government of their own state ("Plateau governor
        Caleb Mutfwang accused the federal government of failing to protect ..."): a domestic
        dispute, the official named as the person, not the state accusing itself."""
        head = self._named_holder(accuser)
        charged = lemma(self.resolver.doc[accused.token])
        if accuser.actor != accused.actor or head is None or charged not in EXECUTIVE | STATE_ORGANS \
                or not REGIONAL_HEAD.search(self._introduction(head)):
            return accuser
        return self._as_named(accuser, head)

    def _named_holder(self, ref: Ref) -> str | None:
        """The person who holds the office `ref` was read from: its speaker, or the name set
        beside the office ("Bogotá's mayor, Claudia López, accused ...")."""
        persons = self.resolver.inventory.persons
        if ref.speaker in persons:
            return ref.speaker
        office = self.resolver.doc[ref.token]
        named = [self.resolver.mention_of[c.i].text for c in office.children
                 if c.dep_ == "appos" and c.i in self.resolver.mention_of]
        return next((name for name in named if name in persons), None)

    def _organ_apart(self, accuser: Ref, accused: Ref) -> Ref:
        """A state's organ that the article names as an actor of its own (a court, a chamber)
        charging its own state ("the Supreme Court ruled that the government had acted
        unlawfully"): a domestic dispute between the organ and the government, not the state
        accusing itself."""
        if accuser.actor != accused.actor or not accuser.speaker:
            return accuser
        if accuser.speaker in self.resolver.inventory.persons and JUDGE.search(self._introduction(accuser.speaker)) \
                and (lemma(self.resolver.doc[accused.token]) in EXECUTIVE or self._executive(accused.speaker or "")):
            # "District Judge X ruled that the government had ...": the judge's court, when the article
            # names one, else the judge, as a court would be
            court = self._court_named()
            if court is None:
                return self._as_named(accuser, accuser.speaker)
            return Ref(court[0], None, court[1], accuser.token)  # its evidence: the sentence that names it
        if not accused.speaker or accused.speaker == accuser.speaker or not self._executive(accused.speaker):
            return accuser  # (the government named as such: "its personnel", "Islamabad" are misreadings)
        organ = self.resolver.inventory.resolve(accuser.speaker)
        if organ is None or organ == accuser.actor or self.resolver.inventory.kind_of(organ) == "state":
            return accuser
        return Ref(organ, None, accuser.sentence, accuser.token)

    @cached_property
    def _courts(self) -> frozenset[str]:
        """The courts the article names as actors of their own ("the Constitutional Court")."""
        inventory = self.resolver.inventory
        return frozenset({m.actor for m in inventory.mentions if inventory.kind_of(m.actor) != "state"
                          and (keys(inventory.name_of(m.actor)) or ("",))[-1] in COURTS}) | set(inventory.courts)

    def _court_named(self) -> tuple[str, int] | None:
        """The one court the article names as an actor of its own, if it names exactly one, and
        the sentence that first names it."""
        if len(self._courts) != 1:
            return None
        court = next(iter(self._courts))
        first = next(m for m in self.resolver.inventory.mentions if m.actor == court)
        word = self.resolver.doc.char_span(first.start, first.end, alignment_mode="expand")
        return court, self.resolver.sentence_of(word[0]) if word else 0

    def _executive(self, speaker: str) -> bool:
        """Does `speaker` name a state's executive: its government or office ("the British
        government", "the administration") or a person the article introduced as its leader?"""
        words = re.sub(r"['’]s?$", "", speaker.lower()).split()  # "the government's decision"
        persons = self.resolver.inventory.persons
        return bool(words) and words[-1] in EXECUTIVE or speaker in persons or any(
            speaker in full.split() for full in persons)  # "Yoon", of "Yoon Suk Yeol"

    def _as_person(self, accuser: Ref, accused: Ref) -> Ref:
        """The home state's leader accused by a domestic side (a chamber, a party, a person):
        the person, not the state ("the House impeached President Trump" accuses Trump;
        tests/gold/README.md). A foreign state's accusation stays the state's."""
        inventory = self.resolver.inventory
        if accused.actor != self.resolver.home_state() or inventory.kind_of(accuser.actor) not in DOMESTIC_SIDES \
                and accuser.actor not in inventory.regions and accuser.actor not in self._courts \
                and accuser.actor not in inventory.outlets \
                or inventory.state_named_before(accuser.actor) not in (None, accused.actor):
            return accused  # (not "the Kenyan opposition party ODM criticized Nigeria's president")
        word = self.resolver.doc[accused.token]
        mention = self.resolver.mention_of.get(accused.token) or next(  # "the Trump campaign": its owner (not
            (self.resolver.mention_of[c.i] for c in word.children  # "Prime Minister Trudeau's government": the state)
             if c.dep_ in ("compound", "poss") and c.i in self.resolver.mention_of), None) \
            if lemma(word) not in GOVERNMENTS else None
        if mention is None and (lemma(word) in LEADER_NOUNS or lemma(word) == "minister" and any(
                c.lower_ == "prime" for c in word.children)):  # "the prime minister had misled Canadians"
            leader = self._leader_named(accused.actor)  # "ruling that the president had acted illegally"
            return self._as_named(accused, leader) if leader else accused
        if mention is None and lemma(word) in HELD_TITLES:  # "the secretary had shown disregard for the law":
            holder = accused.speaker if accused.speaker in inventory.persons \
                else self._holder_by_title(accused, "")  # the one the article introduced with that office
            return self._as_named(accused, holder) if holder else accused
        if mention is None and accused.speaker in inventory.persons and any(
                w.lower_ in PERSONAL for w in (word, *children(word, "poss"))):
            return self._as_named(accused, accused.speaker)  # "ruled that his attempt ... was unconstitutional"
        if mention is None or mention.via != "person" or not accused.speaker:
            return accused
        return self._as_named(accused, accused.speaker)

    def _party_leader_charged(self, accuser: Ref, accused: Ref, rule: str) -> Ref:
        """A party's leader speaks for the party, but what is done to the leader is done to the
        person: "the court convicted former president Jair Bolsonaro of plotting a coup" charges
        Bolsonaro, though "his Liberal Party" speaks for him (the poisoned opposition leader
        Navalny, tests/gold/README.md). Only penalties: a charge in words stays the party's."""
        judged = rule in ("punish", "guilty") or accuser.actor in self._courts \
            or rule == "accuse" and lemma(self.resolver.doc[accuser.token]) in LAW_ENFORCERS \
            or rule in ("accuse", "reported") and self._law_enforcer(accuser.speaker) \
            and lemma(self.resolver.doc[accuser.token]) not in GOVERNMENTS  # (not "the government accused him")
        # ("the court found that X had ...", "police charged him with treason", "the Corruption Eradication
        # Commission alleges that X conspired to steal ...")
        if not judged or self.resolver.inventory.kind_of(accused.actor) != "political_group":
            return accused
        office = self.resolver.doc[accused.token]
        named = next((self.resolver.mention_of[c.i] for c in office.children  # "the opposition leader, X": X
                      if c.dep_ == "appos" and c.i in self.resolver.mention_of), None) \
            if lemma(office) in PARTY_LEADERS else None  # (a party's other officers stay the party's: "the
        mention = self.resolver.mention_of.get(accused.token) or named  # Secretary-General of the MDC, Tendai Biti")
        name = (mention.text if mention is not None and mention.via == "person" else None) or accused.speaker \
            or (named.text if named is not None else None)  # the name, not "PPP deputy leader, Chaiwat Srisuk"
        if mention is None or mention.via != "person" or not name or accuser.actor == accused.actor:
            return accused
        return self._as_named(accused, name)

    def _leader_named(self, state: str) -> str | None:
        """The one person the article introduces as the state's head ("US President Donald Trump")."""
        leaders = {full for full, actor in self.resolver.inventory.persons.items() if actor == state
                   and len(full.split()) >= 2 and HEAD_OF_STATE.search(self._introduction(full))}
        return leaders.pop() if len(leaders) == 1 else None

    def _official_penalised(self, accuser: Ref, accused: Ref, rule: str) -> Ref:
        """A state's own official penalised by its police or courts ("Prime Minister Boris Johnson
        was fined by police for attending a party"): the person is charged, not the state by
        itself. Only penalties, as for a party's leader (`_party_leader_charged`); a charge in
        words by the state's own office stays none ("Canada's ethics commissioner ruled ...")."""
        formal = rule in ("punish", "guilty") or rule in ("accuse", "reported") and self._law_enforcer(accuser.speaker)
        persons = self.resolver.inventory.persons
        # the person the speaker's words name, with their title or alone ("Istanbul mayor Ekrem Imamoglu")
        name = next((p for p in persons if (accused.speaker or "").endswith(p) and len(p.split()) > 1), None) \
            if accused.speaker not in persons else accused.speaker
        if not formal or accuser.actor != accused.actor or not name:
            return accused
        return self._as_named(accused, name)

    @staticmethod
    def _law_enforcer(speaker: str | None) -> bool:
        """Does `speaker` name a state's prosecutors, police or graft investigators, whose charge
        in words is a formal one ("Brazilian prosecutors accused Finance Minister X of taking
        bribes" charges X, as an indictment would), or its courts ("a court in Manila issued a
        warrant accusing Senator X of taking bribes")?"""
        words = re.sub(r"['’]s?$", "", (speaker or "").lower()).replace("-", " ").split()
        return bool(words) and (words[-1] in LAW_ENFORCERS or "corruption" in words or "graft" in words
                                or not COURTS.isdisjoint(words)
                                or "prosecutor" in words or "attorney general" in " ".join(words))

    def _leader_as_person(self, accuser: Ref, accused: Ref) -> Ref:
        """The head of the home state charging a domestic side ("Trump accused Biden of ...",
        "President Yoon accused the Democratic Party of ..."): a domestic dispute, the leader
        named as the person, as when the side accuses the leader; so is a legislator ("Senator X
        accused former President Y of ..."). A minister or spokesman still speaks for the state
        ("the interior minister called the stabbing by X an act of barbarity")."""
        inventory = self.resolver.inventory  # (the press the leader charges is a domestic side too)
        if inventory.kind_of(accused.actor) not in DOMESTIC_SIDES and accused.actor not in inventory.outlets \
                or not accuser.speaker:
            return accuser
        introduction = self._introduction(accuser.speaker)
        if not HEAD_OF_STATE.search(introduction) and not LAWMAKER.search(introduction):
            return accuser
        return self._as_person(accused, accuser)

    def _critic_of_own_government(self, accuser: Ref, accused: Ref) -> Ref:
        """An office holder introduced as against the government ("President Salome
        Zourabichvili, a fierce critic of the government, accused the police of ...") or a
        member of the legislature ("Senator Lindsey Graham": "the biggest lie being told by the
        administration") charging their own state is a person of their own, not the state
        charging itself."""
        if accuser.actor != accused.actor or not accuser.speaker \
                or self.resolver.inventory.kind_of(accuser.actor) != "state":
            return accuser
        if not AGAINST_GOVERNMENT.search(self._introduction(accuser.speaker, before=80, after=120)) \
                and not LEGISLATOR.search(self._introduction(accuser.speaker, before=40)):
            return accuser
        return self._as_named(accuser, accuser.speaker)

    def _introduction(self, name: str, before: int = 60, after: int = 0, whole: bool = False) -> str:
        """The words right before the first mention of a person's surname ("US President"), and
        `after` characters from it on (an aside after the name: ", a fierce critic of the government");
        with `whole`, of the full name (another's name may hold the surname)."""
        at = self.resolver.text.find(name if whole else name.split()[-1])
        return self.resolver.text[max(0, at - before):at + after] if at >= 0 else ""

    def _blocked(self, verb: "Token") -> bool:
        """A negated, denied or conditional verb, or one inside such a clause, asserts nothing."""
        if negated(verb) or _held_back(verb) or any(
                d.lower_ in ("any", "no") for s in children(verb, "nsubj", "nsubjpass") for d in children(s, "det")):
            return True  # ("warned that any Indian strike would be met with ...": no act yet)
        below: "Token | None" = None
        background = False  # past a clause of what happened first, nothing above denies it
        for token in (verb, *verb.ancestors):
            if any(c.dep_ == "mark" and c.lower_ in self.words["conditional"] for c in token.children) \
                    or inverted_condition(token):
                return True
            background = background or below is not None and below.dep_ == "advcl" and any(
                m.lower_ in BACKGROUND_MARKS for m in children(below, "mark"))
            # a verb coordinated with a denial is not inside it: "X denied responsibility and blamed Y"
            # and so is one the parser hung inside what is denied: "X denied that Y was involved and accused Z"
            # nor the denier's own claim in a participle: "X rejected the accusations, saying Y was lying"
            inside = token.i != verb.i and not background and not (below is not None and (
                below.dep_ == "conj" or verb.head.i == below.i and self._hung_in_report(verb, below)
                or below.dep_ == "advcl" and below.tag_ == "VBG" and lemma(token) in self.words["deny"]))
            # nor the event a denial answers: "Y dismissed the charges after X accused it of ..."
            # a denial comes before what it denies; one after the claim is the other side's answer
            # ("X blamed Y for Z; the group denied involvement", "..., an allegation Y denies")
            if inside and lemma(token) in self.words["deny"] and token.pos_ == "VERB" and token.i < verb.i:
                return True
            if inside and negated(token) and token.dep_ not in ("pobj",) and not _participle_after_comma(verb, token):
                return True  # (but "said it would not recognise the result, accusing X of ...": X accused)
            owned_claim = token.dep_ in ("acl", "ccomp", "relcl") and token.head.pos_ == "NOUN" \
                and lemma(token.head) in self.words["accuse_nouns"] | {"case", "report"} \
                and any(self.resolver.refs(p) for p in children(token.head, "poss"))
            if token.dep_ not in CLAUSE_DEPS or token.dep_ in ("relcl", "acl") and lemma(token) in self.words["accuse"] \
                    or owned_claim:
                break  # "X rejected a report by Y that accused it of ...", "rejected South Africa's case accusing
                # it of ...", "dismissed Ottawa's claim that ...": Y's charge, whatever X says of it
            below = token
        return False

    def subjects(self, verb: "Token") -> list[Ref]:
        """Who does `verb` (`_doers`), or the group a person does it for, as the sentence says
        ("Speaking as Shiv Sena president, he accused ...")."""
        found = self._doers(verb)
        group = self._capacity(verb) if len(found) == 1 else None
        if group is None or self.resolver.inventory.kind_of(found[0].actor) != "person":
            return found + [r for s in as_did(verb) for r in self.resolver.refs(s)
                            if found and r.actor not in {f.actor for f in found}]
        name = found[0].speaker or self.resolver.inventory.actors[found[0].actor].name
        return [Ref(group.actor, name, found[0].sentence, found[0].token)]

    @staticmethod
    def _contact_clause(clause: "Token") -> bool:
        """Is the relative clause one with no relative word and no object ("the council she set up"):
        the noun it describes is its object, so the clause ends there."""
        return clause.dep_ == "relcl" and not children(clause, "dobj") \
            and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in clause.subtree if t.i < clause.i)

    def _capacity(self, verb: "Token") -> Ref | None:
        """The side named as the office the doer acts in: "Speaking as Shiv Sena president,
        he ...", "As NUP leader, she ..."."""
        heads = [verb, *(c for c in children(verb, "advcl") if c.i < verb.i)]
        for office in (o for h in heads for p in children(h, "prep") if p.lower_ == "as" and p.i < verb.i
                       for o in children(p, "pobj")):
            for word in children(office, "compound", "poss", "nmod"):
                ref = self.resolver.ref(word)
                if ref is not None and self.resolver.inventory.kind_of(ref.actor) != "person":
                    return ref
        return None

    def _doers(self, verb: "Token") -> list[Ref]:
        """Who does `verb`: its subject, or for a verb with none ("..., accusing Y", "and
        blamed Y", "a message blaming Y") the subject of the clause it hangs from."""
        token = verb
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and lemma(verb.head.head) == "join":
            joined = verb.head.head  # "X joined Y in condemning Z": both condemn
            return self.subjects(joined) + [r for o in children(joined, "dobj") for r in self.resolver.refs(o)]
        if verb.dep_ == "xcomp" and lemma(verb.head) in CAUSING and children(verb.head, "dobj"):
            return self.resolver.refs(children(verb.head, "dobj")[0])  # "this led X to accuse Y": X accuses
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and lemma(verb.head.head) == "quote":
            quoted = children(verb.head.head, "nsubjpass") or children(verb.head.head, "dobj")
            if quoted:  # "X was quoted as saying ...", "the paper quoted X as saying ...": X speaks
                return self.resolver.refs(quoted[0]) or [  # (an unnamed "military source": the state's outlet
                    r for s in children(verb.head.head, "nsubj") for r in self.resolver.refs(s)]  # that quotes it)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i and verb.doc[verb.i - 1].text == "," \
                and verb.head.dep_ == "xcomp" and children(verb.head.head, "dobj") and not children(verb, "nsubj"):
            token = verb.head.head  # "X urged Y to withdraw its troops, citing reports that ...": X cites them
        for _ in range(8):
            subject = children(token, "nsubj", "csubj")
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == token.i and token.dep_ == "ccomp" \
                    and lemma(token.head) in self.words["saying"] and self._speaks(verb):
                token = token.head  # "X said Y had attacked the bridge, calling it a terrorist act": X calls it so
                continue
            issued = subject and subject[0].lower_ in ("that", "which") and token.dep_ == "relcl" \
                and lemma(token.head) in ISSUED and not self.resolver.refs(subject[0])
            if subject and not issued:  # ("a resolution that condemns ...": read as "a resolution condemning")
                refs = self.resolver.refs(subject[0])
                if not refs and len(subject) > 1 and subject[1].left_edge.i == subject[0].i + 1:
                    refs = self.resolver.refs(subject[1])  # "The charity Oxfam accused ...": the parser's
                    # second subject is the name its first, a word for what it is, goes with
                if (not refs and subject[0].tag_ in ("WDT", "WP") or self._contact_clause(token)) \
                        and token.dep_ == "relcl" and token.i != verb.i \
                        and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," \
                        and token.head.head.i != token.head.i:
                    token = token.head.head  # "Wine rejected the results that handed Museveni a term, accusing
                    continue  # the government of ...", "opened a case against the council she set up, accusing
                    # them of ...": the parser hangs the participle on the relative clause
                accused = {r.actor for o in children(verb, "dobj") for r in self.resolver.refs(o)}
                tense = verb.tag_ == "VBD" and token.tag_ in ("VBN", "VBG") \
                    or lemma(token) in ("be", "have") and lemma(verb) in self.words["accuse"]  # "was preparing
                # ... and called Y"; "said the attackers were professionals (Glas had no right to asylum) and
                # accused Serbia of ...": what the reported ones are or have, then the sayer's charge
                decided = names_decision(subject[0]) and subject[0].i not in self.resolver.mention_of
                # ("said the ruling was a blow to democracy and accused the government": no ruling accuses)
                if not self._hung_in_report(verb, token) or refs and not accused & {r.actor for r in refs} \
                        and not tense and not decided:
                    return refs  # (but "X said Thai jets had bombed it and accused Bangkok of ...": no
                    # one accuses themselves, so X does)
                token = token.head  # "X said the attackers had crossed ... and accused Y": X accuses
                continue
            if token.i != verb.i and token.pos_ in ("VERB", "AUX"):
                if self._hung_in_report(verb, token) and children(token, "nsubjpass"):
                    token = token.head  # "X said the fires were started by Y's fighters and accused the
                    continue  # rebels of ...": X accuses, not the passive report's agent
                agent = [p for c in children(token, "agent") for p in children(c, "pobj")]
                if agent:
                    return self.resolver.refs(agent[0])
            # a new report is its issuer's, read further up ("China issued a report highlighting abuses");
            # "from X's leaders for their statements accusing Y": whose statements
            fresh = token.head.dep_ == "dobj" and any(d.lower_ in ("a", "an") for d in children(token.head, "det")) \
                and not any(self.resolver.refs(c) for c in children(token.head, "compound", "amod", "poss"))
            # (not "Hungary blocked an EU statement criticising China": the EU's statement)
            if token.dep_ == "acl" and token.tag_ == "VBG" and token.i and token.doc[token.i - 1].text == "," \
                    and token.head.dep_ in ("appos", "conj", "pobj", "dep"):
                main = next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if main is not None:  # "the court issued warrants for X and Y, a militia leader, accusing
                    token = main  # them of ...": the participle after the list is the court's act, not
                    continue  # the leader's
            if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON") and not fresh:
                refs = [r for p in children(token.head, "poss") if p.pos_ == "PRON" for r in self._nearest_owner(p)]
                refs = refs or self.resolver.refs(token.head) or [
                    r for p in children(token.head, "poss") if p.pos_ == "PROPN" for r in self.resolver.refs(p)]
                # ("Pretoria's case accusing Israel of genocide": whose the case is)
                if refs:
                    return refs
                if token.head.dep_ == "pobj" and token.head.head.lower_ in OCCASIONS:
                    return []  # "police raided the broadcaster over a report alleging misconduct": the
                    # report is someone else's, whoever acted over it
            if token.head.i == token.i or token.dep_ == "ROOT":
                return self._subject_listed_before(token) or self._named_before(token)
            if token.dep_ == "ccomp" and token.tag_ != "VBG" and not self._hung_in_report(verb, token):
                return []  # a finite reported clause has a subject of its own, not the speaker's
            token = token.head
        return []

    def _subject_listed_before(self, verb: "Token") -> list[Ref]:
        """"Bush called the Britons hostages, described Iran's behaviour as inexcusable and said
        ...": a list of acts of one subject, the first of which the parser makes a clause reported
        by the second; its subject does them all."""
        doc = verb.doc
        first = [c for c in children(verb, "ccomp") if c.i < verb.i and children(c, "nsubj")
                 and all(t.is_punct for t in doc[c.right_edge.i + 1:verb.i])
                 and any(t.text == "," for t in doc[c.right_edge.i + 1:verb.i])]
        return self.resolver.refs(children(first[0], "nsubj")[0]) if first else []

    def _state_of_abuses(self, noun: "Token") -> list[Ref]:
        """The state where abuses of rights happen ("abuses in Belarus", "the crackdown on
        protesters in Iran"): it answers for them. Not for attacks: "attacks in Iraq" are not Iraq's."""
        rights = lemma(noun) in BREACHES and any(lemma(c) == "right" for c in children(noun, "compound", "amod")) \
            or lemma(noun) == "treatment" and any(c.lower_ in HARSH for c in children(noun, "amod"))
        if lemma(noun) not in RIGHTS_WRONGS and not rights:  # ("human rights violations", "harsh treatment of
            # diplomats in Russia" are abuses too)
            return []
        placed = [r for t in noun.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"
                  for r in self.resolver.refs(t) if self.resolver.inventory.kind_of(r.actor) == "state"][:1]
        if placed or lemma(noun) not in ("coup", "takeover", "putsch") \
                or [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "compound", "amod")] != ["the"]:
            return placed
        home = self.resolver.home(noun, None)  # "calling the coup a flagrant breach": the coup where the story is,
        if home is not None:  # as "the vote" (`_vote_held_in`), else the one state its sentence names
            return [home]  # ("ECOWAS suspended Guinea ..., calling the coup ...")
        named = {r.actor: r for t in noun.sent if t.i in self.resolver.mention_of for r in self.resolver.refs(t)
                 if self.resolver.inventory.kind_of(r.actor) == "state"}
        return list(named.values()) if len(named) == 1 else []

    def _nearest_owner(self, pronoun: "Token") -> list[Ref]:
        """Whom "their" or "its" stands for inside one sentence: the nearest phrase before it of
        the same number that names an actor ("from Israeli leaders for their statements")."""
        plural = pronoun.lower_ == "their"
        start = self.resolver.span(self.resolver.sentences[self.resolver.sentence_of(pronoun)]).start
        for token in reversed(list(pronoun.doc[start:pronoun.i])):
            if token.pos_ in ("NOUN", "PROPN") and (token.tag_ in ("NNS", "NNPS")) == plural:
                refs = self.resolver.refs(token)
                if refs:
                    return refs
        return self.resolver.refs(pronoun)

    def _linking(self, noun: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """The one a charge links to a wrong, and the wrong: "allegations linking Y to the killing"."""
        for clause in children(noun, "acl"):
            if lemma(clause) in LINKING:
                accused = [r for o in children(clause, "dobj", "nsubjpass") for r in self.resolver.refs(o, owner=True)]
                # ("the allegation that Indian agents were linked to the killing": the passive's subject)
                wrong = self._object_of(clause, ("to", "with", "in"))
                if wrong is not None:
                    return accused, wrong
        return None

    def _pressed_by(self, noun: "Token") -> list[Ref]:
        """Who the noun says brought something about by pressure or plotting: "the result of pressure
        from X", "the product of X's interference" (a rival's act or words dismissed as X's doing)."""
        if lemma(noun) not in RESULTS:
            return []
        pressures = [x for p in children(noun, "prep") if p.lower_ == "of" for x in children(p, "pobj")
                     if lemma(x) in PRESSURES]
        return [r for x in pressures for m in (*children(x, "poss", "amod", "compound"),
                                               *(o for p in children(x, "prep") if p.lower_ in ("from", "by")
                                                 for o in children(p, "pobj")))
                for o in (m, *m.conjuncts) for r in self.resolver.refs(o) or [  # ("Western nations like X and Y")
                    r for p in children(o, "prep") if lists_members(p) for q in children(p, "pobj")
                    for x in (q, *q.conjuncts) for r in self.resolver.refs(x)]]

    def _hallmarks(self, verb: "Token") -> list[Ref]:
        """"the attack bore the hallmarks of X", "had all the signs of X", "the bombing was the work
        of X", "the blockers were acting on X's orders": X is named as the doer."""
        if lemma(verb) == "be" and not negated(verb) and any(
                lemma(s) in self.words["wrong_nouns"] for s in children(verb, "nsubj", "nsubjpass")):
            return [r for o in children(verb, "attr") if lemma(o) in HANDIWORK for p in children(o, "prep")
                    if p.lower_ == "of" for x in children(p, "pobj") for r in self.resolver.refs(x)]
        if lemma(verb) == "be" and not negated(verb):  # "said the protests were the result of pressure from X"
            return [r for o in children(verb, "attr") for r in self._pressed_by(o)]
        if lemma(verb) in ("act", "operate", "work") and not negated(verb) and any(
                self._is_wrong(c) for s in children(verb, "nsubj") for c in children(s, "acl")):
            # "said the activists blocking the corridor were acting on the orders of X": X's wrong
            return [r for w in verb.subtree if lemma(w) in BIDDING and w.head.lower_ in BIDDING_MARKS
                    and w.head.head.i == verb.i for o in bidders(w) for r in self.resolver.refs(o, owner=True)]
        if lemma(verb) not in ("bear", "have", "carry", "show") or negated(verb):
            return []
        return [r for o in children(verb, "dobj") if lemma(o) in HALLMARKS for p in children(o, "prep")
                if p.lower_ == "of" for x in children(p, "pobj") for r in self.resolver.refs(x) or (
                    self.resolver.refs(x, owner=True) if lemma(x) in self.words["wrong_nouns"] else [])]
        # ("bore the hallmarks of a Russian hybrid attack": the attack's owner)

    def _speaks(self, verb: "Token") -> bool:
        """A verb of calling, saying, charging or demanding: in a participle after a reported
        clause ("..., calling it a terrorist act") it is the reporter's, wherever the parser hangs it."""
        return any(lemma(verb) in self.words[k] for k in ("label_verbs", "saying", "accuse", "demand"))

    def _hung_in_report(self, verb: "Token", clause: "Token") -> bool:
        """Is the accusing `verb` (or a speech act, `SPEECH_ACTS`) joined by "and" to the reported
        `clause` of a verb of saying or denying, so that the parser may have hung the speaker's
        second act inside what the speaker reports ("X denied that Y was involved and accused Z
        of ...")?"""
        reported = [clause, *(clause.ancestors if clause.dep_ in ("advcl", "conj", "xcomp") else ())]
        # (or a clause inside the report: "said the rally had been cancelled because the organisers had
        # not met requirements, and accused the NUP of ...", hung on "met")
        saying = self.words["saying"] | self.words["deny"]
        return verb.dep_ == "conj" and clause.i != verb.i \
            and any(reporting_verb(c, saying) is not None or _report_in_writing(c, saying) for c in reported) \
            and (lemma(verb) in self.words["accuse"] or lemma(verb) in self.words["label_verbs"]
                 and bool(children(verb, "oprd", "dobj"))  # "said Y was ... and called the opposition traitors"
                 or _speech_act(verb)  # ("said Georgia had attacked ... and warned of retaliation")
                 or lemma(verb) in self.words["demand"] and verb.tag_ in ("VBD", "VBZ") and bool(children(verb, "xcomp")))
        # ("said the sales were lawful and urged Beijing to stop its pressure")

    def _speakers_next_acts(self, act: "Token") -> tuple["Token", ...]:
        """The speaker's next acts the parser hung inside the reported `act`, to leave out of
        what is reported: "said Y's account was a lie and accused him of ...", "said Y had failed
        to honour its commitments and blamed the army for ..." (hung on "honour"), and another
        speaker's claim set against it."""
        return tuple(c for c in act.subtree if c.dep_ == "conj" and c.i != act.i
                     and self._hung_in_report(c, act)) + tuple(
            c for c in children(act, "advcl") if lemma(c) in self.words["saying"]
            and any(m.lower_ in ("while", "whereas") for m in children(c, "mark")))
        # ("says Moscow is using the plant as a shield, while Russia says ...": the other side's claim)

    def _named_before(self, verb: "Token") -> list[Ref]:
        """A main verb the parser gave no subject ("In the conflict over X, A and B accused
        each other", with A and B hung on X): the actors named right before it, back to the
        nearest comma."""
        found: list[Ref] = []
        sentence = self.resolver.sentences[self.resolver.sentence_of(verb)]
        first = self.resolver.span(sentence).start
        before = list(verb.doc[first:verb.i])
        if len(before) > 1 and before[-1].text == "," and self._speaks(verb):
            before = before[:-1][-6:]  # "..., father of eight, Abdullahi Awnur, said": the name set off
            # right before the verb of saying, which the parser hung on a word before it
        for token in reversed(before):
            if token.text in (",", ";", ":") or token.pos_ in ("VERB", "AUX"):
                break
            mention = self.resolver.mention_of.get(token.i)
            if mention is not None and mention.actor not in {r.actor for r in found}:
                found.insert(0, self.resolver.ref(token) or Ref(mention.actor, None, self.resolver.sentence_of(token), token.i))
        return found

    def agents(self, verb: "Token") -> list[Ref]:
        """The passive agent: "... by X", "... in a joint statement by X, Y and Z"."""
        bys = children(verb, "agent")
        if not bys and children(verb, "auxpass"):  # the parser may hang "by X" on the label: "is considered
            labels = [*children(verb, "oprd", "attr"),  # a threat by X", "is regarded as a threat by X"
                      *(o for p in children(verb, "prep") if p.lower_ == "as" for o in children(p, "pobj", "amod"))]
            # (or "was described as neither free nor fair by X", the parser's adjective under "as")
            bys = [p for c in labels for p in children(c, "prep", "agent") if p.lower_ == "by"]
        if not bys and children(verb, "auxpass"):  # "is armed and trained by Iran": the joined passive's doer
            bys = [b for c in children(verb, "conj") if c.tag_ == "VBN" for b in children(c, "agent")]
        bys += [c for b in bys for c in children(b, "conj") if c.lower_ == "by"]  # "by X and by Y"
        found = [r for c in bys for p in children(c, "pobj") for r in self.resolver.refs(p)]
        if not found:  # "carried out by hackers linked to Russian military intelligence"
            found = [r for c in bys for p in children(c, "pobj") for a in children(p, "acl")
                     for r in self.resolver.tied_to(a)]
        if not found:  # "were killed by Sri Lankan government shelling": the doer of the act that did it
            found = [r for c in bys for p in children(c, "pobj") if lemma(p) in self.words["wrong_nouns"]
                     or p.tag_ == "VBG" and lemma(p) in self.words["wrong_verbs"]  # (the tagger's "shelling")
                     for r in self.resolver.refs(p, owner=True)]
        if not found:
            found = [r for c in children(verb, "prep") if c.lower_ in ("in", "through", "with")
                     for p in children(c, "pobj") for b in children(p, "prep", "agent") if b.lower_ == "by"
                     for q in children(b, "pobj") for r in self.resolver.refs(q)]
        if not found and children(verb, "auxpass") and lemma(verb) in self.words["accuse"]:
            found = self._agent_on_charge(verb)
        if not found and lemma(verb) in HARMS and children(verb, "auxpass"):
            found = [r for c in children(verb, "prep") if c.lower_ in ("in", "during")
                     for p in children(c, "pobj") if lemma(p) in self.words["wrong_nouns"]
                     for m in children(p, "amod", "compound", "poss")
                     for t in (m, *(children(m, "npadvmod", "compound") if m.lower_ == "led" else ()))
                     for r in self.resolver.refs(t)]
            # "five people were killed in Russian shelling", "in an Israeli drone strike", "in US-led
            # air strikes": the attack's own
        return found

    def _agent_on_charge(self, verb: "Token") -> list[Ref]:
        """"Y's troops were blamed for the massacre by Amnesty International": the small parser hangs
        the agent on the charge, as the wrong's doer; but the one blamed did the wrong, so whoever
        "by" names there, someone else, blames them."""
        blamed = {r.actor for s in children(verb, "nsubjpass") for r in self.resolver.refs(s, owner=True)}
        found = [r for p in children(verb, "prep") if p.lower_ in ("for", "of") for o in children(p, "pobj")
                 for b in children(o, "prep") if b.lower_ == "by" and b.right_edge.i == o.right_edge.i
                 for q in children(b, "pobj") for r in self.resolver.refs(q)]
        return [r for r in found if blamed and r.actor not in blamed]

    def _span(self, tokens: list["Token"]) -> tuple[int, int]:
        tokens = [t for t in tokens if not t.is_space]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc",)):
            tokens = tokens[:-1]
        while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("mark", "cc", "prep", "aux") and
                          tokens[0].lower_ in ("that", "of", "for", "over", "as", "and", "to", "with", "at", "against", "about")):
            if tokens[0].text in QUOTE_MARKS and any(t.text in QUOTE_MARKS for t in tokens[1:]):
                break  # 'of "widespread attacks" on demonstrators': the quotation opens the charge
            tokens = tokens[1:]
        if not tokens:
            return (0, 0)
        tokens = tokens[:MAX_ALLEGATION_WORDS]
        last = tokens[-1]
        inside = self.resolver.text[tokens[0].idx:last.idx + len(last.text)]  # (the opening mark may hang elsewhere)
        if sum(inside.count(q) for q in QUOTE_MARKS) % 2 and last.i + 1 < len(last.doc) \
                and last.doc[last.i + 1].text in QUOTE_MARKS:
            last = last.doc[last.i + 1]  # the quotation's closing mark, its opening one in: 'was "a gang of terrorists"'
        return tokens[0].idx, last.idx + len(last.text)

    def _clause_said(self, clause: "Token") -> tuple[int, int]:
        """A reported clause's words without its "that": what the one who says it claims."""
        return self._span(self._subtree(clause, tuple(children(clause, "mark"))))

    def _subtree(self, token: "Token", without: tuple["Token", ...] = ()) -> list["Token"]:
        """`token`'s phrase, less the given sub-phrases and a trailing aside after a comma."""
        skip = {t.i for w in without for t in w.subtree}
        words = [t for t in token.subtree if t.i not in skip]
        quotes = 0
        for k, t in enumerate(words):  # "..., saying ...", "..., which ...": not the charge
            quotes += t.text in ('"', "“", "”")
            if quotes % 2:
                continue  # inside a quotation its commas are the speaker's: 'of launching "a war against his
                # people, promising to hunt them down"'
            if k and t.is_punct and t.text in (",", ";", "—", "–", ":") and t.i > token.i:
                nxt = words[k + 1] if k + 1 < len(words) else None
                if nxt is not None and nxt.tag_ == "VBG" and (
                        lemma(nxt) in HARMS or lemma(nxt) in self.words["wrong_verbs"] or lemma(nxt) == "include"):
                    continue  # "targeted a base, killing two members", "hijacked the revolution, seizing power":
                    # the harm done, a further wrong, is part of the act; so are the acts ", including ..." lists
                if nxt is not None and nxt.dep_ == "conj" and nxt.head.i in {w.i for w in words}:
                    continue  # "of shelling cities, deporting children and ...": the next act of a list
                if nxt is None or nxt.dep_ in ("advcl", "relcl", "appos", "acl", "cc", "parataxis") \
                        or nxt.tag_ in ("VBG", "WDT", "WP") or nxt.dep_ == "nsubj" \
                        or nxt.head.dep_ == "appos" and nxt.head.i > t.i \
                        or nxt.head.dep_ == "npadvmod" and nxt.head.i > t.i and lemma(nxt.head) in ECHOED_CHARGES:
                    # "..., an allegation Y denies", "..., a claim Baku rejected" (not "..., some 80
                    # kilometers from the capital": where the place is)
                    return words[:k]
        return words

    def _complement(self, *heads: "Token", preps: tuple[str, ...] = COMPLEMENT_PREPOSITIONS) -> tuple[int, int] | None:
        """The "of / for / over" complement: "accused Y of shelling Kharkiv"; "on" only
        for a charge ("on suspicion of murder", not "on Friday")."""
        for head in heads:
            for prep in [p for c in children(head, "prep") for p in _out_of_name(c)]:
                if prep.lower_ == "on" and not _on_a_charge(prep):
                    continue
                if _when(prep):
                    continue
                if prep.lower_ == "with" and any(p.lower_ == "others" or any(c.lower_ == "other" for c in p.children)
                                                 or p.ent_type_ in ("PERSON", "NORP") or self.resolver.refs(p)
                                                 for p in children(prep, "pobj")):
                    continue  # "was arrested with other politicians": who else, not the charge
                if prep.lower_ == "of" and head.pos_ in ("NOUN", "PROPN") and any(
                        self.resolver.refs(p) and not hangs_a_charge(p)
                        for p in children(prep, "pobj")):
                    continue  # "accused members of the Ugandan army of looting": whose they are, not the charge
                    # (but "accused Ugandan troops of supporting rebels", the parser's "troops of rebels")
                if prep.lower_ in preps:
                    words = _before_own_verb(self._subtree(prep))
                    words += self._object_hung_after(words)
                    words += self._further_wrongs(head, words)
                    words += _infinitive_of_gerund(head, words)
                    words = _first_complement(prep) + words + _second_complement(head, prep, words)
                    span = self._span(words)
                    if span[1] > span[0]:
                        return span
        return (self._complement_after_aside(heads[0], preps) or self._complement_in_object(heads[0], preps)) \
            if heads else None

    def _charged_with(self, verb: "Token") -> tuple[int, int] | None:
        """What "charged five Russian officers with conspiracy" charges, when no "of / for" says it."""
        return self._complement(verb, preps=("with",)) if lemma(verb) == "charge" else None

    def _complement_in_object(self, verb: "Token", preps: tuple[str, ...]) -> tuple[int, int] | None:
        """"blamed dissidents of the former FARC guerrilla for the bombing": the parser hangs the
        verb's "for" on the last noun of its object; a wrong named there is the verb's charge. So
        too "charged X and 33 others with plotting a coup", its "with" hung on "others", and "accused
        SWAPO guerrillas based in Angola of attacks", its "of" hung on the place."""
        if "with" in preps:
            for prep in (p for obj in children(verb, "dobj") for c in obj.conjuncts for p in children(c, "prep")):
                if prep.lower_ == "with" and any(self._names_act(o) or o.tag_ == "VBG"
                                                 for o in children(prep, "pobj", "pcomp")):
                    return self._span(self._subtree(prep))
        for obj in children(verb, "dobj"):
            for prep in obj.subtree:
                if prep.dep_ == "prep" and prep.lower_ in preps and prep.head.i != obj.i and prep.i > obj.i \
                        and self._charge_hung(prep):
                    return self._span(self._subtree(prep))
        return None

    def _charge_hung(self, prep: "Token") -> bool:
        """Is the "for" or "of" the parser hung inside the accused's phrase the charge: "for" a
        named act, or "of" an act or a gerund hung on a place or a participle that charges
        nothing ("accused SWAPO guerrillas based in Angola of attacks"; not "diplomats accused of")?"""
        words = children(prep, "pcomp", "pobj")
        if prep.lower_ == "for":
            return any(self._names_act(p) for p in words if p.dep_ == "pobj")
        on = prep.head
        return prep.lower_ == "of" and (on.pos_ in ("NOUN", "PROPN") or on.dep_ == "acl"
                                        and lemma(on) not in self.words["accuse"]) \
            and any(self._names_act(p) or p.tag_ == "VBG" for p in words)

    def _further_wrongs(self, head: "Token", words: list["Token"]) -> list["Token"]:
        """"accused Y of hijacking the revolution, seizing control of the courts and jailing
        critics": the parser hangs the further wrongs, participles after a comma, on the verb."""
        if words and head.pos_ == "VERB":  # "accused X of corruption and aiding a terrorist organisation": the
            joined = [c for c in children(head, "conj") if c.i == words[-1].i + 2 and c.tag_ == "VBG"  # second
                      and c.doc[c.i - 1].lower_ == "and" and not children(c, "nsubj")]  # hung on the verb
            if joined and lemma(joined[0]) in self.words["wrong_verbs"] | self.words["support"]:
                return [joined[0].doc[joined[0].i - 1], *self._subtree(joined[0])]
        if not words or not any(t.tag_ == "VBG" for t in words):
            return []
        after = words[-1].i + 2
        return [t for c in children(head, "advcl") if c.i == after and c.tag_ == "VBG" and c.doc[c.i - 1].text == ","
                and lemma(c) in self.words["wrong_verbs"] for t in self._subtree(c)]

    def _complement_after_aside(self, verb: "Token", preps: tuple[str, ...]) -> tuple[int, int] | None:
        """"blamed the Haqqani network, which they say is backed by Pakistan, for the attack": the
        parser hangs the verb's complement on the relative clause set off by commas before it (or
        on the apposition: "accused Tang, a businessman who testified that ..., of inventing ...")."""
        doc = verb.doc
        for obj in children(verb, "dobj"):
            for clause in children(obj, "relcl", "appos"):
                if clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ",":
                    continue
                for prep in clause.subtree:
                    if prep.dep_ == "prep" and prep.lower_ in preps and doc[prep.i - 1].text == "," \
                            and prep.i > clause.i and not _when(prep):
                        return self._span(self._subtree(prep))
        return None

    def _object_hung_after(self, words: list["Token"]) -> list["Token"]:
        """"accused Wagner of preying on Mali's resources": the parser, reading the gerund as a
        noun, hangs what it preys on on the verb; the phrase right after the gerund is its own."""
        if not words or not words[-1].lower_.endswith("ing") or words[-1].i + 1 >= len(words[-1].doc):
            return []
        after = words[-1].doc[words[-1].i + 1]
        held = self._object_of_gerund(words[-1], after)
        if held:
            return held
        if after.dep_ != "prep" or after.lower_ not in GERUND_PREPOSITIONS or after.head.i > after.i or _when(after):
            return []
        return list(after.subtree)

    @staticmethod
    def _object_of_gerund(gerund: "Token", after: "Token") -> list["Token"]:
        """"accuse Trump of withholding nearly $400 million in military aid to pressure Ukraine":
        the parser, reading the gerund as a noun, makes its object the accusing verb's, and the
        purpose after it too; both are the charge's."""
        if gerund.pos_ != "NOUN" or gerund.dep_ != "pcomp":
            return []
        phrase = after
        while phrase.head.i > gerund.i and phrase.head.left_edge.i == after.i:
            phrase = phrase.head
        verb = phrase.head
        if phrase.dep_ != "dobj" or phrase.left_edge.i != after.i or verb.i > gerund.i \
                or gerund.head.head.i != verb.i:
            return []
        words = list(phrase.subtree)
        for purpose in children(verb, "xcomp", "advcl"):
            if purpose.left_edge.i == words[-1].i + 1:
                words += list(purpose.subtree)
        return words

    def _done_beside(self, act: "Token", accusers: list[Ref]) -> bool:
        """Was the act done "alongside" (or "together with") the one who tells of it? A partner in
        an act reports it, it charges no one with it."""
        mine = {a.actor for a in accusers}
        beside = [t for t in act.subtree if t.dep_ == "prep" and (
            t.lower_ == "alongside" or t.lower_ == "with" and t.i > 0 and t.nbor(-1).lower_ == "together")]
        return any(r.actor in mine for t in beside for o in children(t, "pobj") for r in self.resolver.refs(o, owner=True))

    def _wrong_participle(self, noun: "Token") -> "Token | None":
        """The participle on the noun that shows it doing a wrong ("soldiers executing civilians"), if any."""
        return next((x for x in children(noun, "acl") if x.tag_ == "VBG" and self._is_wrong(x)), None)

    def _campaign_of_wrong(self, campaign: "Token") -> bool:
        """"a campaign of intimidation", "a smear campaign", "a bombing campaign", "a campaign against
        the Kurds" are wrongs; a campaign for votes is none."""
        told = {lemma(c) for c in children(campaign, "amod", "compound")}
        wrongs = self.words["wrong_nouns"] | self.words["pejoratives"] | self.words["labels"] | HOSTILE_CAMPAIGNS
        return bool(told & wrongs) \
            or any(p.lower_ in ("of", "against") for p in children(campaign, "prep"))

    def _is_wrong(self, verb: "Token") -> bool:
        """Does the clause headed by `verb` state a wrong? "had shelled", "carried out the
        attack", "was behind the bombing", "is a terrorist organisation"."""
        if self._unfair_vote(verb):
            return True
        if self._dishonest(verb):
            return True  # "Adams has not been straight with New Yorkers", "was not telling the truth"
        if negated(verb) or any(negated(o) for o in children(verb, "dobj")) or self._against_evil(verb):
            return False  # "launched a campaign against corruption": fighting a wrong is none; "posed no threat"
        base = lemma(verb)
        if base == "be" and any(lemma(o) in ("danger", "peril", "jeopardy", "risk") for p in children(verb, "prep")
                                if p.lower_ in ("in", "at") for o in children(p, "pobj")):
            return False  # "saying his life was in danger": the one at risk, no wrong of theirs
        if base in KNOWING and any(lemma(c) == "be" and any(a.lower_ in self.words["pejoratives"] for a in children(
                c, "acomp")) and not negated(c) for c in children(verb, "ccomp")):
            return True  # "knew it was unlawful and kept going anyway": a wrong done knowingly
        if base == "play" and any(o.lower_ in ("politics", "games") for o in children(verb, "dobj")) and any(
                p.lower_ == "with" for p in children(verb, "prep")):
            return True  # "was playing politics with people's hardship", "playing games with the lives of ..."
        if base == "do" and any(o.lower_ in ("nothing", "little") for o in children(verb, "dobj")):
            return True  # "knew about the problems for years and did nothing", "did little to stop the killings"
        if base == "have" and any(lemma(o) in RECORDS and any(
                lemma(w) in self.words["wrong_nouns"] | self.words["wrong_verbs"]
                for p in children(o, "prep") if p.lower_ == "of" for w in p.subtree)
                for o in children(verb, "dobj")):
            return True  # "Adani had a track record of environmental breaches", "a history of abusing power"
        if base == "commit" and not children(verb, "dobj", "nsubjpass"):
            return False  # "had committed to stop fighting": a pledge, not "committed atrocities"
        if base in self.words["wrong_verbs"] and verb.pos_ in ("VERB", "AUX"):
            return not (base in FELT_WRONGS and any(lemma(h) in ("feel", "felt", "seem", "look") for h in (
                verb.head, *children(verb, "auxpass"))))  # (not "they felt abandoned by their leaders": a
            # feeling told, no charge; the parser may read "felt" as the passive's auxiliary)
        if base in TIES_KEPT and any(lemma(o) in LINK_NOUNS and any(self._armed(x) for p in children(o, "prep")
                                                           if p.lower_ in ("to", "with") for x in children(p, "pobj"))
                                   for o in children(verb, "dobj")):
            return True  # "said Pakistan had close links with Lashkar-e-Taiba", "maintained ties to al-Qaeda"
        if base in ("start", "begin", "provoke", "spark", "ignite", "trigger") and verb.pos_ == "VERB" and any(
                lemma(o) in WARS for o in children(verb, "dobj", "nsubjpass")):
            return True  # "Israel started this war", "had provoked the conflict"
        if base in ("come", "be") and self._attacked_from(verb):
            return True  # "said its positions came under attack from the Taliban"
        if base in ("exceed", "overstep") and any(lemma(o) in POWERS for o in children(verb, "dobj")):
            return True  # "the Knesset had exceeded its authority": power used beyond its bounds
        if base == "compromise" and verb.pos_ == "VERB" and children(verb, "dobj"):
            return True  # "he had compromised the process" (not "agreed to compromise on the budget")
        if base in ("stage", "fake", "fabricate") and verb.pos_ == "VERB" and any(
                o.lower_ in ("it", "this")
                or lemma(o) in STAGED and any(d.lower_ in ("the", "this", "that") for d in o.children)
                for o in children(verb, "dobj", "nsubjpass")):
            return True  # "said the British services had staged the whole incident", "suggested the Croats had
            # staged it themselves": the event told, faked (not "staged a protest")
        if verb.pos_ == "VERB" and any(w.lower_ in WRONGLY for c in children(verb, "advmod") for w in (c, *c.conjuncts)):
            return True  # "had dangerously approached a Chinese vessel", "recklessly fired flares"
        if verb.pos_ == "VERB" and any(o.lower_ == "gunpoint" for h in (verb, *children(verb, "dobj"))
                                       for p in children(h, "prep") if p.lower_ == "at" for o in children(p, "pobj")):
            return True  # "police padlocked the shops at gunpoint": done by threat of force
        if verb.pos_ == "VERB" and any(g.tag_ == "VBG" and not children(g, "auxpass", "nsubj", "nsubjpass")
                                       and self._is_wrong(g) for p in children(verb, "prep")
                                       if p.lower_ in ("after", "by") for g in children(p, "pcomp")):
            return True  # "said Morales had fled after rigging the election", "won by rigging the vote"
        if base in ("subject", "expose") and any(lemma(o) in self.words["wrong_nouns"] | self.words["labels"]
                                                 for p in children(verb, "prep") if p.lower_ == "to"
                                                 for o in children(p, "pobj")):
            return True  # "were subjecting the former president to political persecution"
        if base not in CONDUCTING and any(lemma(o) in ("manner", "way", "fashion") and any(
                m.lower_ in self.words["pejoratives"] for m in o.subtree)
               for p in children(verb, "prep") if p.lower_ == "in" for o in children(p, "pobj")):
            return True  # "intercepted a U.S. drone in an unsafe and unprofessional manner" (not "had acted in
            # a reckless manner": conduct judged, as a decision is, charges no one)
        held = [verb, *children(verb, "dobj", "prep")]
        held += [o for h in held[1:] for o in children(h, "pobj")]  # "remained in its waters in violation of ..."
        campaigning = (base in WAGING or base in self.words["light_verbs"] and base not in ("be", "have")) \
            and children(verb, "dobj")  # "is waging an operation against its citizens", "carried out raids against"
        if (base in self.words["against"] or campaigning) and any(
                c.lower_ == "against" for h in held for c in children(h, "prep")):
            return True  # "used water cannon against its boats"
        if any(p.lower_ == "in" and lemma(o) in BREACHES for h in held for p in children(h, "prep")
               for o in children(p, "pobj")):
            return True  # "remained in Tigray in violation of the deal"
        if base in self.words["trying"] and any(self._is_wrong(x) for x in children(verb, "xcomp")):
            return True  # "have chosen to suppress protests", "tried to kill"
        if base in COLLUDING and (any(lemma(x) in self.words["wrong_verbs"] and not negated(x) and to_infinitive(x)
                                      for x in children(verb, "advcl", "xcomp")) or any(
                lemma(o) in self.words["wrong_nouns"] - EFFORTS for p in children(verb, "prep")
                if p.lower_ in ("on", "in") for o in children(p, "pobj"))):
            return True  # "had worked with foreign parties on a plot", "was working with activists to damage ..."
        if base in SENDING and children(verb, "dobj") and any(
                lemma(x) in self.words["wrong_verbs"] and not negated(x) for x in children(verb, "xcomp", "advcl")
                if to_infinitive(x)):
            return True  # "had sent its own supporters to attack the rally", "hired gunmen to kill him" (not
            # "sending advisers to help the rebels in their fight against ...": the wrong verb itself)
        if base in HEADING and any(
                any(self._is_wrong(c) for c in children(o, "relcl")) or any(c.lower_ in CRIMINAL for c in children(o, "amod"))
                for d in children(verb, "dobj") for o in (d, *children(d, "appos"))):
            return True  # "ran (La Linea,) a network that smuggled cocaine", "led a criminal organisation"
        if base in LETTING and any(
                (children(verb, "dobj") or children(x, "nsubj"))  # (the parser: "let [Russian forces attack]")
                and (self._is_wrong(x) or any(self._is_wrong(a) for a in children(x, "advcl", "xcomp")))
                for x in children(verb, "xcomp", "ccomp")):
            return True  # "was allowing Russian troops to use its territory to launch attacks": the wrong let happen
        if any(p.lower_ == "by" and self._is_wrong(g) for p in children(verb, "prep") for g in children(p, "pcomp")):
            return True  # "started the war by attacking a federal army base": done by a wrong
        if any(p.lower_ == "as" and lemma(part) == "part" and any(
                lemma(w) in self.words["wrong_nouns"] for o in children(part, "prep") if o.lower_ == "of"
                for w in children(o, "pobj")) for p in children(verb, "prep") for part in children(p, "pobj")):
            return True  # "was pushing migrants across the border as part of a hybrid attack"
        if base == "make" and any(lemma(o) in MADE_WRONGS for o in children(verb, "dobj")):
            return True  # "had made another grave provocation", "made an incursion" (not "made weapons")
        if base == "have" and any(lemma(o) == "blood" for o in children(verb, "dobj")):
            return True  # "had blood on its hands"
        if base in ("play", "have") and any(
                lemma(o) in ("role", "hand", "part") and lemma(w) in self.words["wrong_nouns"] - EFFORTS
                for o in children(verb, "dobj") for p in [*children(o, "prep"), *children(verb, "prep")]
                if p.lower_ == "in" for w in children(p, "pobj")):
            return True  # "played a major role in the failed coup", "had a hand in the killing" (not "a
            # critical role in the war on terror")
        if base in ("crack", "cover", "hush", "round") and any(c.lower_ == ("down" if base == "crack" else "up")
                                                               for c in children(verb, "prt")):
            return True  # "security forces cracked down on demonstrations", "had covered up (hushed up) the killing",
            # "police rounded up activists"
        if base in HIDING and any(lemma(o) in TRUTHS for o in children(verb, "dobj")):
            return True  # "wants to bury the truth about the war", "had hidden the evidence", "twisted the facts"
        if base in ("gun", "mow", "shoot") and any(c.lower_ == "down" for c in children(verb, "prt")):
            return True  # "police had gunned down protesters", "mowed down workers"
        if base in ("turn", "transform", "convert") and any(
                lemma(w) in self.words["wrong_nouns"] for p in children(verb, "prep") if p.lower_ == "into"
                for o in children(p, "pobj") for w in (o, *children(o, "compound", "amod"))):
            return True  # "had turned the trip into a propaganda tour"
        if children(verb, "auxpass") and children(verb, "agent") and any(
                lemma(x) in self.words["wrong_verbs"] and not negated(x) and to_infinitive(x)
                for x in children(verb, "advcl", "xcomp")):
            return True  # "the scenes had been arranged by Kyiv to wreck the talks": done by someone for a wrong
        if base in ("let", "allow", "leave") and any(lemma(x) in LEFT_TO_DIE and not negated(x)
                                                    for x in children(verb, "ccomp", "xcomp")):
            return True  # "the military let 7,000 detainees die", "left the wounded to die"
        if base in ("preside", "oversee") and any(lemma(o) in self.words["wrong_nouns"] - EFFORTS for p in children(
                verb, "prep", "dobj") for o in [p, *children(p, "pobj")]):
            return True  # "the government had presided over a massacre"
        if base in PAYING and children(verb, "dobj", "dative") and self._bought(verb) and not any(
                lemma(o) in self.words["wrong_nouns"] for o in children(verb, "dobj")):
            return True  # "had been paying Esau for years to secure cheap quotas": a bribe (but "had paid Zhou
            # bribes" charges the one paid, `_owned_wrongs`)
        if base in ("treat", "show", "display") and any(lemma(o) in SCORN for o in [
                *children(verb, "dobj"), *(o for p in children(verb, "prep") if p.lower_ in ("with", "in")
                                           for o in children(p, "pobj"))]):
            return True  # "had treated parliament with contempt", "showed disdain for the courts"
        if base in ("encourage", "stoke", "fuel", "fan", "orchestrate", "instigate") and any(
                lemma(o) in self.words["wrong_nouns"] - EFFORTS for o in children(verb, "dobj")):
            return True  # "had encouraged attacks on the judiciary", "stoked violence"
        if base in ("overturn", "steal", "subvert", "hijack") and any(
                lemma(o) in ("election", "vote", "result", "mandate", "will") for o in children(verb, "dobj")):
            return True  # "were trying to overturn the election", "had stolen the vote"
        if base == "start" and verb.tag_ in ("VBD", "VBN") and any(
                lemma(o) in ("fire", "blaze") for o in children(verb, "dobj", "nsubjpass")):
            return True  # "the fires were started by Y's fighters": arson (not "he must light fires", a figure)
        if base in ("pursue", "adopt", "implement", "follow", "conduct") and any(
                self._is_wrong(g) if g.pos_ == "VERB" else lemma(g) in self.words["wrong_nouns"]
                for o in children(verb, "dobj") if lemma(o) in ("policy", "strategy", "campaign", "practice")
                for c in children(o, "prep") if c.lower_ == "of" for g in children(c, "pcomp", "pobj")):
            return True  # "was pursuing a policy of militarising Armenia"
        if base in ("abandon", "derail", "torpedo", "wreck", "scrap", "tear") and any(
                lemma(w) in PEACE_WORKS for o in children(verb, "dobj") for w in (o, *children(o, "compound"))):
            return True  # "had abandoned the peace process", "tore up the agreement", "derailed the talks"
        if base in ("behave", "act") and any(lemma(o) in self.words["labels"] for p in children(verb, "prep")
                                             if p.lower_ == "like" for o in children(p, "pobj")):
            return True  # "was behaving like a dictator", "acted like a thug": a label by likeness
        if any(x.tag_ == "VBG" and lemma(x) in HARMING and not negated(x) for x in children(verb, "advcl")):
            return True  # "... fired into the crowd, killing 20 people": whatever was done, it killed
        if any(c.lower_ in UNLAWFULLY for c in children(verb, "advmod")) and verb.pos_ in ("VERB", "AUX"):
            return True  # "was holding 23 prisoners illegally": any act done so is a wrong
        if verb.pos_ == "VERB" and base not in STOPPING and any(
                c.lower_ in UNLAWFUL_THINGS for o in children(verb, "dobj") for c in children(o, "amod")):
            return True  # "had received illegal donations", "built illegal settlements" (not "seized illegal nets")
        if verb.pos_ in ("VERB", "AUX") and any(self._against_the_law(p) for p in children(verb, "prep")):
            return True  # "had governed against the law", "acted in breach of the constitution": likewise
        if base in ("insist", "persist", "use") and any(self._is_wrong(x) for x in [
                *children(verb, "xcomp", "advcl"), *(c for p in children(verb, "prep") if p.lower_ == "on"
                                                      for c in children(p, "pcomp"))]):
            return True  # "had insisted on supporting terrorist groups", "was using Djibouti to stir up a conflict"
        objects = [o for c in verb.children if c.dep_ in ("dobj", "attr", "acomp", "prep", "prt", "oprd")
                   for o in ([c] if c.dep_ != "prep" else [c, *children(c, "pobj")])]
        objects += [p for o in objects if lemma(o) in QUANTITIES for c in children(o, "prep") if c.lower_ == "of"
                    for p in children(c, "pobj")]  # "planted thousands of landmines", "fired a barrage of rockets"
        if base in PLOTTING and any(self._plan_of_wrong(o) for o in objects):
            return True  # "was looking for a pretext to seize the port" (not "had uncovered plans by Y to ...")
        if base in self.words["support"] and any(self._armed(o) for o in children(verb, "dobj")):
            return True  # "Ethiopia charged that Eritrea supports the rebels": backing fighters is the charge
        if (base in self.words["support"] or base in FOSTERING) and any(
                lemma(o) in FOSTERED for o in children(verb, "dobj")):
            return True  # "was promoting international terrorism", "sponsors extremism"
        if base in self.words["alongside"] and any(self._armed(o) for p in children(verb, "prep") if p.lower_ == "alongside"
                                     for o in children(p, "pobj")):
            return True  # "UN experts say its troops fight alongside the rebels"
        if base in COLLUDING and any(self._armed(o) for p in children(verb, "prep") if p.lower_ == "with"
                                     for o in children(p, "pobj")):
            return True  # "said Congo's army was collaborating with the FDLR militia"
        giving = base in self.words["transfer"] or base in ("promise", "pledge")
        if giving and not any(lemma(o) in PROPOSALS for o in children(verb, "dobj")) and any(self._armed(o) for o in [
                # "had sent artillery to the rebels" (not "had handed a new proposal to Hamas": talks)
                *children(verb, "dative"), *(p for c in children(verb, "prep", "dative")  # "had given the FARC $300m"
                                             if c.lower_ == "to" for p in children(c, "pobj")),
                *(p for o in children(verb, "dobj") for c in children(o, "prep")  # ("had flown planeloads of
                  if c.lower_ == "to" for p in children(c, "pobj"))]):  # weapons to the Islamists")
            return True
        if (giving or base in STRIVING) and any(self._subversive(o) for p in children(verb, "prep") if p.lower_ == "for"
                                                for o in children(p, "pobj")):
            return True  # "has provided $70 million to the MDC for regime change": given for a wrong; "had
            # worked for regime change in Harare": striven for one
        if base in ENTERING and any(self._owned_space(o) for o in [*children(verb, "dobj"), *(
                p for c in children(verb, "prep") if c.lower_ in ("into", "inside", "across") for p in children(c, "pobj"))]):
            return True  # "Chinese aircraft had entered its air defence zone"
        if base in PRESENT_IN and any(self._owned_space(p) for c in children(verb, "prep")
                                      if c.lower_ in ("in", "inside", "within", "on") for p in children(c, "pobj")) \
                and any(lemma(n) in INVADING or self._armed(n) for n in children(verb, "nsubj", "nsubjpass")):
            return True  # "Rwandan special forces were operating inside its territory"
        if base == "buy" and any(lemma(o) == "vote" for o in children(verb, "dobj")):
            return True  # "was trying to buy votes in the referendum"
        if base in ("change", "alter", "upend", "overturn") and any(o.lower_ == "quo" for o in children(verb, "dobj")):
            return True  # "had tried to unilaterally change the status quo"
        if base in DRAGGING and children(verb, "dobj") and not children(verb, "auxpass") and any(
                lemma(o) in CALAMITIES for p in children(verb, "prep") if p.lower_ in ("into", "towards", "toward")
                for o in children(p, "pobj")):
            return True  # "had dragged the region into war", "was pushing the country towards chaos"
        if base == "cross" and any(lemma(o) == "line" and any(c.lower_ == "red" for c in o.children)
                                   for o in children(verb, "dobj")):
            return True  # "Japan had crossed a red line"
        if base == "cross" and any(lemma(o) in FRONTIERS for o in children(verb, "dobj")) and any(
                lemma(n) in INVADING or self._armed(n) for n in children(verb, "nsubj")):
            return True  # "Ugandan troops had crossed the border" (not refugees crossing it)
        if base == "use" and any(lemma(o) == "force" and any(lemma(c) in EXCESSIVE for c in children(o, "amod"))
                                 for o in children(verb, "dobj")):
            return True  # "used disproportionate force"
        if base in ("give", "provide", "offer", "grant") and any(lemma(o) in HAVENS for o in children(verb, "dobj")):
            return True  # "gives refuge to criminals who murder Colombians", "provided safe haven to militants"
        if base in BEARING and any(lemma(o) == "responsibility" and not any(c.lower_ == "no" for c in o.children)
                                   for o in children(verb, "dobj")) \
                and not any(a.lower_ in ("will", "would", "shall", "'ll") for a in children(verb, "aux")):
            return True  # "Israel bore full responsibility for the escalation" (not "Hamas would bear full
            # responsibility for any escalation": a warning of what is to come)
        part = [o for o in children(verb, "dobj") if lemma(o) == "part"] if base == "take" else []  # "taking part in"
        if (base in TAKING_PART or part) and any(  # "Britain was directly involved in organising this provocation",
                lemma(o) in self.words["wrong_nouns"] | INVOLVING or any(  # "involved in the attack", "had
                    lemma(d) in self.words["wrong_nouns"] | INVOLVING for d in children(o, "dobj"))  # engaged in
                for o in [*(o for h in (verb, *part) for p in children(h, "prep")  # ethnic cleansing",
                            if p.lower_ == TAKING_PART.get(base, "in") for o in children(p, "pobj", "pcomp")),
                          *(x for x in children(verb, "xcomp") if TAKING_PART.get(base) == "to" and to_infinitive(x))]):
            return True  # ("resorted to terror"; "had resorted to sabotage", the parser's infinitive)
        if base in ("amount", "equate", "tantamount") and any(  # "its support amounted to sponsoring terrorism"
                self._is_wrong(o) if o.pos_ == "VERB" else lemma(o) in self.words["wrong_nouns"] | self.words["labels"]
                for p in children(verb, "prep") if p.lower_ == "to" for o in children(p, "pcomp", "pobj")):
            return True
        if verb.pos_ == "AUX" and any(lemma(x) == "blame" for x in children(verb, "xcomp")):
            return True  # "Moscow was to blame for the blast"
        if base == "be" and any(lemma(a) in self.words["pejoratives"] for a in children(verb, "acomp")) \
                and any(s.pos_ in ("PROPN", "PRON") and self.resolver.refs(s) for s in children(verb, "nsubj")):
            return True  # "Trump was unfit for office", "she is dishonest": an actor called so (not "the
            # measures were unjustified", a decision judged)
        if verb.pos_ == "AUX" and any(lemma(s) in self.words["labels"] for s in children(verb, "nsubj")) \
                and any(self.resolver.refs(a) for a in children(verb, "attr")):
            return True  # "the greatest threat to the region is the Venezuelan government"
        if base in self.words["light_verbs"] and children(verb, "agent"):
            objects += passive_subjects(verb)  # "the attack was (staged and) carried out by Y"
        if base in self.words["light_verbs"] or verb.pos_ == "AUX" or base in ("treat", "become"):
            # ("Tehran had become an accomplice in the war": what one is made)
            objects += [t for o in objects if o.dep_ in ("acomp", "attr") for t in o.subtree if t.i != o.i
                        and lemma(t) in self.words["responsible"]]  # "was likely Iran's doing"
            for obj in objects:
                if lemma(obj) == "campaign" and not self._campaign_of_wrong(obj):
                    continue  # "had run a clean and ethical campaign": an election's, no wrong
                if lemma(obj) in self.words["wrong_nouns"] | self.words["responsible"] | self.words["labels"]:
                    return True
                if lemma(obj) in ("shield", "buffer") and any(c.lower_ == "human" for c in obj.children):
                    return True  # "is using villagers as human shields", "used civilians as a human buffer"
                if base in ("use", "treat") and any(lemma(o) in MILITARY_USES for p in [obj, *children(obj, "prep")]
                                         if p.lower_ == "as" for o in children(p, "pobj")):
                    return True  # "was using hospitals as command centres"
                if base in ("use", "deploy", "drop") and lemma(obj) in ARMS and any(
                        c.lower_ in BANNED_ARMS for c in obj.children if c.dep_ in ("amod", "compound")):
                    return True  # "chemical weapons were used by the army", "dropped cluster bombs"
                if any(c.dep_ == "acl" and c.tag_ == "VB" and self._is_wrong(c) for c in obj.children):
                    return True  # "was developing plans to attack diplomats"
                if any(lemma(t) in self.words["wrong_nouns"] for t in obj.children if t.dep_ == "compound"):
                    return True
                if obj.dep_ == "attr" and any(lemma(t) in self.words["labels"] - WEAK_LABELS for t in obj.children
                                              if t.dep_ in ("amod", "compound")):
                    return True  # "is a terrorist organisation", "is a criminal regime"
                if obj.dep_ == "attr" and lemma(obj) in ("source", "cause", "root", "driver") and any(
                        lemma(p) in self.words["labels"] | self.words["wrong_nouns"] for c in children(obj, "prep")
                        if c.lower_ == "of" for p in children(c, "pobj")):
                    return True  # "was the biggest source of instability in the region"
                if obj.dep_ == "attr" and lemma(obj) in BANDS and any(
                        lemma(p) in self.words["labels"] - WEAK_LABELS for c in children(obj, "prep") if c.lower_ == "of"
                        for p in children(c, "pobj")):
                    return True  # "was a gang of terrorists", "a bunch of criminals"
                if obj.dep_ == "attr" and any(
                        lemma(p) in LABELLED_BODIES and any(lemma(t) in self.words["labels"] - WEAK_LABELS
                                                            for t in children(p, "amod", "compound"))
                        for c in children(obj, "prep") if c.lower_ == "of" for p in children(c, "pobj")):
                    return True  # "are the messenger boys of a terrorist organisation", "the wing of a terror
                    # group" (not "the victims of a terrorist attack": no body)
        return False

    def _subversive(self, aim: "Token") -> bool:
        """An aim that is a wrong done to a state: "for regime change", "for a coup", "for the
        destabilisation of the country" (not "for reconstruction" or "for the elections")."""
        return lemma(aim) in self.words["wrong_nouns"] or lemma(aim) == "change" and any(
            lemma(c) in GOVERNMENTS_CHANGED for c in children(aim, "compound"))

    def _owned_space(self, word: "Token") -> bool:
        """"its airspace", "Taiwan's air defence zone", "Ukrainian territory": a space someone owns."""
        if lemma(word) not in SPACES:
            return False
        owners = children(word, "poss", "amod", "compound")
        return any(o.tag_ == "PRP$" or self.resolver.refs(o) for o in owners)

    def _against_evil(self, verb: "Token") -> bool:
        """Is what the verb (or its object) is "against" a wrong itself ("a campaign against
        corruption", "an offensive against terrorism")? Not "against militants": fighters are people."""
        return any(lemma(w) in FOUGHT_EVILS for h in [verb, *children(verb, "dobj")] for a in children(h, "prep")
                   if a.lower_ == "against" for w in children(a, "pobj"))

    def _armed(self, noun: "Token") -> bool:
        """Fighters: a noun for them ("the rebels") or an armed group of the inventory."""
        return lemma(noun) in ARMED or any(lemma(c) in ARMED for c in children(noun, "amod", "compound")) or any(
            self.resolver.inventory.kind_of(r.actor) == "armed_group" for r in self.resolver.refs(noun))

    def _attacked_from(self, verb: "Token") -> list[Ref]:
        """Who the reported "came under fire (or attack) from X" names: X fired, so X is charged. Not
        the figure of speech "came under fire from X for its remarks", where X is the critic."""
        under = [o for p in children(verb, "prep") if p.lower_ == "under" for o in children(p, "pobj")
                 if lemma(o) in EVENTS | {"fire", "gunfire"}]
        said = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb  # ("a threat, which
        subjects = [said.head if s.tag_ in ("WDT", "WP") and said.dep_ == "relcl" else s  # they said had come
                    for s in children(verb, "nsubj")]  # from X": the threat)
        if not under and lemma(verb) == "come" and any(lemma(s) in EVENTS | FIRED for s in subjects):
            under = [verb]  # "said the rockets (the bomb threat) had come from X": X fired (made) them
        if not under or any(p.lower_ in ("for", "over") for h in (verb, under[0]) for p in children(h, "prep")):
            return []
        return [r for h in (verb, under[0]) for p in children(h, "prep") if p.lower_ == "from"
                for o in children(p, "pobj") for r in self.resolver.refs(o, owner=True)
                or [r for c in children(o, "acl") if lemma(c) == "belong" for t in children(c, "prep")
                    if t.lower_ == "to" for x in children(t, "pobj") for r in self.resolver.refs(x)]]  # ("snipers
        # belonging to X")

    def _reported_subject(self, verb: "Token") -> list[Ref]:
        """Who the reported clause headed by `verb` says did wrong: its subject, the passive
        agent, the owner of what a copula says ("the crash was Iran's doing"), else the
        actors its subject phrase names ("the agreement on sending Turkish soldiers")."""
        subject = children(verb, "nsubj") or ([verb.head] if verb.dep_ == "acl" and verb.head.dep_ == "dobj"
                                              and lemma(verb.head.head) in CLAUSE_ONLY else []) or (
            children(verb.head, "dobj")[:1] if verb.dep_ in ("advcl", "ccomp") and lemma(verb.head) in CLAUSE_ONLY
            and not children(verb, "nsubjpass") else [])  # "said Somalia, after months of talks, had violated ..."
        if lemma(verb) == "be" and any(lemma(a) in ("victim", "target") for a in children(verb, "attr")):
            subject = []  # "Khashoggi was the victim of an execution for which Saudi Arabia is responsible"
        if lemma(verb) == "be" and any(a.tag_ == "VBN" and lemma(a) in self.words["wrong_verbs"] and not any(
                p.lower_ == "by" for p in children(a, "prep", "agent")) for a in children(verb, "acomp")):
            return []  # "the gunmen had been armed and trained in Serbia", read as "been" and "armed": done to them
        if len(subject) > 1 and subject[0].tag_ in ("WDT", "WP"):  # "fighters which, it said, European
            subject = subject[1:]  # nations have refused to repatriate": the parser's second subject is it
        if subject and subject[0].lower_ in ("it", "this", "that") and lemma(verb) == "be" and any(
                lemma(a) in self.words["wrong_nouns"] for a in children(verb, "attr")):
            # "It is an invasion by our neighbours", "This is a hybrid attack, planned and carried out by
            # the regime in Minsk": "it" is the event, the wrong's doer is accused
            return [r for a in children(verb, "attr") for r in self._doers_of(a)]
        made_by = [r for a in children(verb, "attr") if lemma(verb) == "be" for c in children(a, "acl")
                   if c.tag_ == "VBN" and (self._is_wrong(c) or lemma(a) in self.words["wrong_nouns"]
                                           | self.words["labels"] | self.words["pejoratives"])
                   for b in children(c, "agent") for p in children(b, "pobj") for r in self.resolver.refs(p)]
        if made_by:  # "said his removal was a political manoeuvre orchestrated by X": X, whoever "his" is
            return made_by
        if subject and subject[0].tag_ in ("WP", "WDT") and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" \
                and not children(verb, "auxpass"):
            subject = [verb.head.head]  # "fighters, who it said had attacked a base": the relative's antecedent
        if subject and subject[0].lower_ in PACT_NAMES and subject[0].pos_ == "PROPN" \
                and subject[0].i not in self.resolver.mention_of:
            return []  # "said the Northern Ireland Protocol had betrayed unionists": a document does no wrong
        if subject and MUTUAL_ACTS & {lemma(subject[0]), subject[0].lower_} \
                and any(p.lower_ == "between" for p in children(subject[0], "prep")):
            return []  # "said fighting between the army and clan forces killed 20": two sides, no one's doing
        if subject:
            refs = self.resolver.refs(subject[0], owner=True) or self._vote_held_in(subject[0]) or (
                self._doers_before(subject[0], [verb, *(t for c in children(verb, "attr", "acomp") for t in c.subtree)])
                if lemma(verb) == "be" or lemma(verb) in self.words["wrong_verbs"] and lemma(verb) not in HARMS else [])
            # (not "the attack had killed twelve": a toll, which tells of no doer)
            if refs:  # ("said the seizure was a violation", "said the manoeuvres violated international
                return refs  # law": the act named before, with its doer)
            refs = [r for c in children(subject[0], "relcl") for s in children(c, "nsubj")
                    if s.tag_ not in ("WP", "WDT") for r in self.resolver.refs(s)]
            if refs:  # "the dam Ethiopia built threatens ...": what the subject's maker did
                return refs
        for clause in children(verb, "csubj"):  # the small parser's "gunmen linked to X had attacked"
            refs = self.resolver.tied_to(clause)
            if refs:
                return refs
        if lemma(verb) in ("involve", "implicate", "link", "tie", "connect", "trust") and children(verb, "nsubjpass"):
            return self.resolver.refs(children(verb, "nsubjpass")[0], owner=True)  # "Y was involved in the plot",
            # "Y cannot be trusted" (`_dishonest`)
        if children(verb, "nsubjpass") or passive_subjects(verb) and self.agents(verb):
            return self.agents(verb)  # "the attack was (staged and) carried out by Y"
        before = [c for h in (verb.head, verb) for c in h.children if c.dep_ == "ccomp" and c.i < verb.i
                  and children(c, "nsubj")] if verb.dep_ in ("ccomp", "conj") and not subject \
            and not children(verb, "nsubjpass") else []  # (or hung on the second: '"Y's practice is unlawful,
        # undermines our rights," X said')
        if before:  # "concluded that Israel used force, deliberately targeted civilians": the parser reads
            return self._reported_subject(before[-1])  # the second act as a clause (or a report) of its own
        if verb.dep_ == "conj" and not subject and children(verb.head, "nsubjpass") and (
                verb.tag_ != "VBN" or any(lemma(a) == "have" for a in children(verb, "aux"))):
            return self.resolver.refs(children(verb.head, "nsubjpass")[0], owner=True)  # "X was warned about
            # the attack but failed to send troops": the one the first clause is about acts in the second
            # ("could not be trusted and had misled parliament": a perfect, no second passive)
        if verb.dep_ == "conj" and not subject:
            return self._reported_subject(verb.head)
        if lemma(verb) in ("amount", "constitute"):
            # "the killings amounted to crimes against humanity by Syrian forces": the "by" of what
            # they amount to, wherever the parser hung it
            named = [o for p in children(verb, "prep") if p.lower_ == "to" for o in children(p, "pobj")]
            named += children(verb, "dobj")
            bys = [b for o in [verb, *named] for b in (o.children if o is verb else o.subtree)
                   if b.dep_ in ("prep", "agent") and b.lower_ == "by"]
            refs = [r for o in named for r in self.resolver.refs(o, owner=True)] or [
                r for b in bys for p in children(b, "pobj") for r in self.resolver.refs(p)]
            if refs:
                return refs
        for attr in children(verb, "attr", "acomp"):
            for word in attr.subtree:
                if word is attr or lemma(word) in self.words["responsible"] or word in _of_chain([attr])[:1] \
                        and lemma(attr) not in OF_DONE_TO | VICTIM_ACTS:
                    # (or what it is an act of: "was an act of sabotage carried out by X"; not what a
                    # wrong is done to: "was a violation of the rights of Kurds")
                    refs = [r for p in children(word, "prep") if p.lower_ == "by" for o in children(p, "pobj")
                            for r in self.resolver.refs(o)]  # "an aggression by Washington and London": both
                    refs = refs or self.resolver.refs(word, owner=True)
                    if not refs and word.dep_ == "acomp" and word.head.dep_ == "relcl" \
                            and lemma(word) in self.words["responsible"]:  # "the victim of an execution for
                        refs = [r for s in children(word.head, "nsubj") for r in self.resolver.refs(s)]
                        # which Y was responsible": who the relative clause says it
                    if refs:
                        return refs
        if subject and lemma(subject[0]) not in FIGHTING | VICTIM_ACTS | OF_DONE_TO:  # "the war between A and
            # B has displaced ...": neither; "Nabil's murder is unacceptable", "the invasion of Ukraine was a
            # crime": the victim, who did no wrong
            return self._named_inside(subject[0]) or self._named_inside(subject[0], between=True)
        return []

    def _named_inside(self, phrase: "Token", between: bool = False) -> list[Ref]:
        """Actors named anywhere inside a phrase, places aside; the parties "between" only
        when nothing else is named ("the agreement between Turkey and Libya")."""
        out: list[Ref] = []
        for token in phrase.subtree:
            if token.i == phrase.i or token.dep_ not in ("amod", "compound", "poss", "pobj", "nmod", "conj"):
                continue
            if token.dep_ in ("pobj", "conj") and token.head.lower_ in ("in", "to", "at", "into", "from", "near"):
                continue
            if not between and any(a.lower_ == "between" for a in token.ancestors if a.i > phrase.i):
                continue
            ref = self.resolver.ref(token)
            if ref is not None and ref.actor not in {r.actor for r in out}:
                out.append(ref)
        return out

    def _owned_wrongs(self, clause: "Token") -> list[Ref]:
        """Owners of an act of wrong the clause itself names: "fighters escaped following
        Turkish airstrikes" (not in a clause hung on it: "after Turkey began an offensive"
        is background, and "Armenian troops" are people, not an act)."""
        out: list[Ref] = []
        inner = {t.i for c in clause.children if c.dep_ in ("advcl", "relcl", "acl", "ccomp") for t in c.subtree}
        for token in clause.subtree:
            wrong = lemma(token) in self.words["wrong_nouns"] and lemma(token) not in NOT_ACTS or self._plan_of_wrong(token)
            wrong = wrong or lemma(token) in PARTAKING and token.pos_ == "NOUN" and self._names_act(token)
            # ("said evidence pointed to Russian involvement in the downing": a part in a wrong)
            wrong = wrong or lemma(token) == "responsibility" and lemma(token.head) not in OWNING_UP
            # ("no alternative explanation to Russian responsibility"; not "Y claimed responsibility")
            wrong = wrong or token.dep_ == "nsubj" and token.head.i == clause.i and lemma(clause) == "be" \
                and not names_decision(token) and any(a.lower_ in self.words["pejoratives"]
                                                      for a in children(clause, "acomp"))
            # ("said the Russian military action had been disproportionate": an act called so is a wrong;
            # not "said the measures were unjustified", a decision judged)
            refs: list[Ref] = []
            below = [token, *(a for a in takewhile(lambda a: a.i != clause.i, token.ancestors) if lemma(a) in EVIDENCE)]
            if any(d.lower_ == "no" for a in below for d in children(a, "det")):
                continue  # "said it had no evidence of Iranian attacks", "no Israeli strike": a wrong denied (not
                # "no alternative explanation to Russian responsibility")
            if _only_feared(token):
                continue  # "defence against a possible Israeli attack", "fears of a US attack": nothing done
            if wrong and token.pos_ == "NOUN" and token.i not in self.resolver.mention_of and token.i not in inner:
                refs = self.resolver.refs(token, owner=True) or self._by_after(token)
            elif token.tag_ == "VBN" and token.dep_ == "acl" and lemma(token) in self.words["wrong_verbs"] \
                    and token.i not in inner and not negated(token):  # "caring for civilians wounded by Y"
                refs = [r for a in children(token, "agent") for p in children(a, "pobj")
                        for r in self.resolver.refs(p, owner=True)]  # (or "by army shelling")
            elif token.dep_ == "relcl" and token.head.i not in inner and token.head.i != clause.i \
                    and token.head.pos_ == "NOUN" and self._is_wrong(token):  # "said it acted to stop the rockets
                refs = [r for c in children(token, "nsubj") if c.tag_ not in ("WDT", "WP")  # that Y was firing"
                        for r in self.resolver.refs(c)]  # (not "the gunmen who killed him were police": background)
            elif token.pos_ in ("NOUN", "VERB") and token.i not in inner:  # "told of abuse at the hands of
                refs = self._at_the_hands_of(token)  # the police", "said hundreds had died at the hands of Y"
            for ref in refs:
                if ref.actor not in {r.actor for r in out}:
                    out.append(ref)
        return out

    def _plan_of_wrong(self, noun: "Token") -> bool:
        """A plan, plot or attempt to do a wrong: "plans by Moscow's services to destabilise the
        country", "a Russian plan for the destruction of Moldova"."""
        if lemma(noun) not in PLANS:
            return False
        return any(self._is_wrong(c) for c in children(noun, "acl", "relcl") if c.pos_ == "VERB") or any(
            lemma(o) in self.words["wrong_nouns"] for p in children(noun, "prep") if p.lower_ in ("for", "of")
            for o in children(p, "pobj", "pcomp"))

    def _by_after(self, act: "Token") -> list[Ref]:
        """"responded to provocations by Armenian units": the "by" right after an act names its
        doer, even where the parser hung it on the verb."""
        doc = act.doc
        for at in dict.fromkeys((act.i + 1, act.right_edge.i + 1)):  # "killings of protesters by Y"
            after = doc[at] if at < len(doc) else None
            if after is not None and after.lower_ == "by" and after.head.i != act.i:
                return [r for p in children(after, "pobj") for r in self.resolver.refs(p)]
        return self._at_the_hands_of(act)

    def _at_the_hands_of(self, act: "Token") -> list[Ref]:
        """"deaths at the hands of Syrian government forces", "abuses at the hands of the police":
        the idiom names the doer as "by" does."""
        doc = act.doc
        for at in dict.fromkeys((act.i + 1, act.right_edge.i + 1)):
            words = [t.lower_ for t in doc[at:at + 4]]
            if words == ["at", "the", "hands", "of"]:
                return [r for p in children(doc[at + 3], "pobj") for r in self.resolver.refs(p)]
        return []

    def _addressee(self, verb: "Token") -> list[Ref]:
        """"sent a letter to Turkey condemning the jailing of reporters", "wrote to Turkey
        condemning its ...": a condemnation addressed to one actor, of an act it names no doer
        of, charges the one it is addressed to."""
        head = verb.head
        if verb.dep_ == "acl" and lemma(head) in LETTERS:
            head = head.head  # (the letter condemning, hung on what it was sent by)
        elif verb.dep_ not in ("advcl", "xcomp", "conj"):
            return []
        if lemma(head) not in ADDRESSING:
            return []
        places = [head, *(o for o in children(head, "dobj") if lemma(o) in LETTERS)]
        to = [p for h in places for p in children(h, "dative", "prep") if p.lower_ == "to"]
        return [r for p in to for o in children(p, "pobj") for r in self.resolver.refs(o)
                if self.resolver.inventory.kind_of(r.actor) != "international_organisation"]  # (a letter to
        # the UN condemning an attack asks a forum to act; it does not charge it)

    # -- the constructions -------------------------------------------------------------

    def _accuse(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        if lemma(verb) == "point" and any(lemma(o) == "finger" for o in children(verb, "dobj")):
            yield from self._finger(verb)
            return
        if lemma(verb) in self.words["accuse"] and verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD"):
            yield from self._misread_as_adjective(verb)
            return
        if lemma(verb) in PROTESTING and verb.pos_ == "VERB" and not children(verb, "dobj") \
                and not self._blocked(verb):
            accusers = self.subjects(verb)
            protested = list(self._protested_to(verb, accusers)) or list(self._complained_about(verb, accusers)) \
                or list(self._protested_after(verb, accusers))
            yield from protested
            if protested or not any(w.lower_ == "what" for c in self._clauses_of_what(verb) for w in c.children):
                return  # else "protested what it called Y's ...", read below
        protests = [o for p in children(verb, "prep") if p.lower_ == "in" for o in children(p, "pobj")
                    if lemma(o) == "protest"]
        if protests and verb.pos_ == "VERB" and not self._blocked(verb):  # "boycotted the vote in protest at
            accusers = self.subjects(verb)  # what it called intimidation by Y" ("at" on the verb or on "protest")
            for doers, allegation in [*self._what_called(verb), *self._what_called(protests[0])]:
                doers = [r for r in doers if r.actor not in {a.actor for a in accusers}]
                if accusers and doers:
                    yield accusers, doers, allegation, "accuse-act"
        if lemma(verb) in self.words["utter"] and verb.pos_ == "VERB" and not self._blocked(verb) and any(
                lemma(o) in ("protest", "complaint") and not any(p.lower_ in ("over", "about", "against", "at")
                                                                 for p in children(o, "prep"))
                for o in children(verb, "dobj")):
            yield from self._protested_after(verb, self.subjects(verb))  # "Manila lodged a protest after ..."
            return
        verbal = verb.pos_ == "VERB" or verb.tag_ in ("NNS", "NN") and children(verb, "nsubj") and children(verb, "dobj")
        if lemma(verb) not in self.words["accuse"] | self.words["cite"] or not verbal or self._blocked(verb):
            return  # ("Kenya's minister suspects Uganda of ...": the parser's plural noun with a subject and object)
        standing = verb.tag_ == "VBN" and children(verb, "agent") and verb.dep_ in ("advcl", "acomp", "oprd", "xcomp") \
            and lemma(verb.head) in ("stand", "remain", "stay", "be", "find")  # "Y stands accused by X of Z"
        # "The Houthis, accused by Saudi Arabia of firing missiles, denied ...": the participle on the accused
        participle = verb.tag_ == "VBN" and verb.dep_ == "acl" and bool(children(verb, "agent"))
        if children(verb, "nsubjpass", "auxpass") or standing or participle:  # "Y was condemned by X for Z"
            subject = children(verb, "nsubjpass") or (children(verb.head, "nsubj", "nsubjpass")
                                                      if verb.dep_ == "conj" or standing else []) or (
                [verb.head] if participle else [])
            accused = [r for s in subject for r in self.resolver.refs(s, owner=True)]
            accusers = self.agents(verb)
            if not accused and subject and subject[0].pos_ == "NOUN" and not self.resolver.refs(subject[0]):
                mine = frozenset(a.actor for a in accusers)  # "Turkey began an offensive. The operation was
                accused = [r for r in self._doers_before(subject[0], self._as_phrase(verb), mine)  # condemned by
                           if r.actor not in mine]  # the EU": the act told before, as when the EU condemns it
            allegation = self._complement(verb) or self._charged_with(verb) or self._cause(verb) \
                or self._charge_on_agent(verb) or self._span(
                [t for t in self._subtree(verb) if t.i > verb.i and t.dep_ != "agent"
                 and not any(a.dep_ == "agent" for a in t.ancestors if a.i > verb.i)])
            if allegation[1] <= allegation[0] and subject and not self.resolver.refs(subject[0]):
                allegation = self._span(self._subtree(subject[0]))  # "Y's actions were condemned by X"
            elif allegation[1] <= allegation[0] and accused and lemma(verb) in BARE_BLAME \
                    and verb.tag_ == "VBN" and children(verb, "auxpass"):
                allegation = self._span([verb])  # "Y was denounced by X": the blame itself
            bys = [self.resolver.doc[a.token].head for a in accusers]
            ends = [b.idx for b in bys if b.lower_ == "by" and allegation[0] < b.idx < allegation[1]]
            if ends:  # "blamed for the massacre by Amnesty": the charge ends where its accuser is named
                kept = self.resolver.text[allegation[0]:min(ends)].rstrip()
                allegation = (allegation[0], allegation[0] + len(kept))
            if accusers and accused:
                yield accusers, accused, allegation, "passive"
            return
        accusers = self.subjects(verb)
        neighbour = next((x for x in children(verb, "xcomp") if x.lower_ in ("neighbouring", "neighboring")
                          and children(x, "dobj")), None)  # "accused neighbouring Chad of ...", read as a verb
        objects = children(verb, "dobj") or (children(neighbour, "dobj") if neighbour is not None else []) or [
            # "strongly condemns and rejects the remarks": one object
            o for c in children(verb, "conj") if lemma(c) in self.words["accuse"] | self.words["deny"]
            for o in children(c, "dobj") if lemma(o) in REMARKS or lemma(o) in self.words["wrong_nouns"]] or (
            [verb.head] if verb.dep_ == "relcl" and children(verb, "nsubj") and any(
                p.lower_ in ("of", "for") for p in children(verb, "prep")) else [])
        # ("expelled two diplomats it accused of spying": the clause with no "whom" charges its noun)
        # (said or done: not "rejected and condemned the accusations", answering a charge)
        if objects and objects[0].lower_ == "other" and len(accusers) < 2:
            listed = [r for s in children(verb, "nsubj") for r in self.resolver.refs(s)]  # a headline's "Serbia,
            if len(listed) < 2:  # Kosovo accuse each other": two subjects, no "and"
                yield from self._each_blaming_the_other(verb)
                return
            accusers = listed
        if not accusers:
            return
        if objects and objects[0].lower_ in ("other", "another"):  # "accused each other of"
            allegation = self._complement(verb, objects[0])  # (the parser may hang "of" on "other")
            if allegation and len(accusers) >= 2:
                yield from _both_ways(accusers, allegation)
            return
        if not objects:
            mine = {a.actor for a in accusers}
            for doers, allegation in [*self._what_called(verb), *self._summarised_act(verb)]:
                doers = [r for r in doers if r.actor not in mine]
                if doers:
                    yield accusers, doers, allegation, "accuse-act"
            return
        # "rebels, whom X accused Y of supporting": the relative pronoun belongs to the clause below;
        # "accused the oil company Petrosur": the parser's second object is the name
        named = [o for o in objects if o.tag_ not in ("WP", "WDT")]
        obj = next((o for o in named if self.resolver.refs(o)), named[0] if named else objects[0])
        relative = obj.tag_ in ("WP", "WDT") or obj.lower_ == "that"
        described = self._described_act(verb) if relative and verb.dep_ == "relcl" else None
        obj = described or obj  # "air strikes, which Kabul condemned as a violation"
        summed = self._summed_up(obj) if described is not None and self._calls_a_wrong(self._as_phrase(verb)) else []
        if summed:  # "Kosovo police seized four offices, a move that Belgrade condemned as terror"
            mine = {a.actor for a in accusers}
            doers = [r for r in summed[0][0] if r.actor not in mine]
            if doers:
                yield accusers, doers, summed[0][1], "accuse-act"
            return
        act_doers = self._act_above(verb) if relative and verb.dep_ == "relcl" and described is None else []
        if act_doers:  # "Iran said its missiles had hit bases of the Jaish al-Adl group inside Pakistan, which
            mine = {a.actor for a in accusers}  # Islamabad condemned as a violation of its airspace": Iran's act
            doers = [r for r in act_doers if r.actor not in mine]
            if doers:
                yield accusers, doers, self._span(self._as_phrase(verb)), "accuse-act"
            return
        if lemma(obj) in OCCURRENCES:  # "highlighting incidents of rights violations", "documented cases of torture",
            obj = next((p for c in children(obj, "prep") if c.lower_ == "of" for p in children(c, "pobj")
                        if lemma(p) in self.words["wrong_nouns"] or self._wrong_participle(p) is not None), obj)
            # "cases of soldiers executing civilians": the soldiers
        if lemma(verb) in self.words["cite"] and lemma(obj) not in self.words["wrong_nouns"] \
                and self._wrong_participle(obj) is None and not (obj.pos_ == "NOUN" and self._at_the_hands_of(obj)) \
                and not (lemma(obj) in ACTS and any(c.lower_ in HOSTILE_ACTS for c in children(obj, "amod"))) \
                and not (lemma(obj) in SUMMARIES and any(c.lower_ == "against" for c in children(obj, "prep"))):
            # ("citing France's actions against Niger's interests": acts against someone are a wrong)
            return  # "cited security concerns", "citing a member of Y's delegation": only a cited wrong accuses
            # ("documented deaths at the hands of Y": one)
        beside = next((t for a in children(obj, "appos") for t in (a, *children(a, "appos"))
                       if t.i in self.resolver.mention_of), None) if obj.pos_ == "NOUN" else None
        accused = (self.resolver.refs(beside) if beside is not None else []) or self.resolver.refs(obj)
        # ("accused the inquiry's chairman, (deputy chief justice) Raymond Zondo, of bias": the one named
        # beside the office, not whoever the office alone would stand for)
        renamed = None if accused else self._renamed(verb, obj)
        if renamed is not None:
            accused, obj = self.resolver.refs(renamed), renamed
        if accused:
            # "blamed the PKK and its Syrian offshoot for ...": the parser hangs the charge on the last one
            heads = (verb, obj, *children(obj, "appos"),
                     *(c for c in obj.subtree if c.dep_ == "conj" and c.head.i == obj.i),
                     *([neighbour] if neighbour is not None else []))
            # "accused the troops in the AU mission of killing civilians": the parser hangs the
            # charge, a gerund, on the last noun of the accused's phrase
            after = [t for p in children(verb, "prep") if p.i > obj.i for t in p.subtree]  # or on the verb's "in"
            heads += tuple(n for n in [*obj.subtree, *after] if n.i != obj.i and n.pos_ in ("NOUN", "PROPN") and any(
                p.lower_ in ("of", "for") and (children(p, "pcomp") or any(  # or "members of the Sudanese army
                    hangs_a_charge(o) for o in children(p, "pobj")))  # of burning villages"
                for p in children(n, "prep")))
            acting = self._wrong_participle(obj)
            allegation = (self._complement(*heads) or self._charged_with(verb) or self._as_complement(verb)
                          or self._shared_charge(verb)
                          or (self._span(list(acting.subtree)) if acting is not None else self._rest(verb, obj)))
            # ("documented cases of soldiers executing civilians": what they were doing)
            if self._only_a_thing(allegation):  # "attacked Trump for the tweet, claiming he used it to
                allegation = self._reason_said(verb) or allegation  # distract from the funeral": what is claimed
            if allegation[1] <= allegation[0] and lemma(verb) == "blame":
                allegation = self._wrong_before(verb) or allegation
            if allegation[1] <= allegation[0] or allegation[1] <= verb.sent.start_char \
                    or allegation[0] >= verb.sent.end_char \
                    or self.resolver.text[allegation[0]:allegation[1]].strip(" ,.").lower() in ADVERBS_ONLY:
                allegation = self._said_beside(verb) or self._bare_blame(verb, obj) or allegation
                # ("denounced X and told the magazine that ...": what is told; a wrong told in the sentence before;
                # "The panel criticised China, too": the criticism itself)
            yield accusers, accused + self._partners_in(verb, accused, accusers), allegation, "accuse"
            return
        if lemma(obj) in ("innocence", "innocent"):
            return  # "Megrahi has always protested his innocence": a denial
        mine = {a.actor for a in accusers}  # "condemned the Israeli strikes on Gaza"
        owners = [r for r in self.resolver.refs(obj, owner=True) + self._claimed_by(obj) if r.actor not in mine]
        if not owners and obj.pos_ == "NOUN":  # "sent a letter to Turkey condemning the jailing of reporters"
            owners = [r for r in self._addressee(verb) if r.actor not in mine]
        if not owners and self._without_naming(verb):
            return  # "condemned the bombing without naming any group": no doer guessed from before
        called: list["Token"] = []
        if not owners and (self._names_act(obj) or obj.pos_ == "NOUN" and lemma(verb) in self.words["accuse"]):
            owners = [r for r in self._by_after(obj) if r.actor not in mine]  # "documented killings of
            # protesters by Y"; whatever the act, one the verb condemns ("criticised the deployment of
            # troops by France") is a wrong of the one it is done by
        if not owners and lemma(obj) in self.words["exercises"]:  # "condemned the exercises between the
            owners = [r for p in children(obj, "prep") if p.lower_ == "between"  # US and South Korea": who hold them
                      for o in children(p, "pobj") for r in self.resolver.refs(o) if r.actor not in mine]
        if not owners:  # "criticised human rights abuses in Belarus": a state answers for abuses on its soil
            owners = [r for r in self._state_of_abuses(obj) if r.actor not in mine]
        if not owners and obj.dep_ == "dobj" and obj.head.i != verb.i and lemma(obj.head) in self.words["light_verbs"]:
            owners = [r for r in self.subjects(obj.head) if r.actor not in mine]  # "Pakistan has carried out
            # air strikes, which Kabul condemned": who carried them out
        if not owners and described is not None and not (lemma(verb) in self.words["blame_on"] and any(
                p.lower_ == "on" for p in children(verb, "prep"))):  # (not "protests, which X blamed on Y": Y's)
            # "maintained a policy of turning away boats, which the UN criticised", "deported refugees, a
            # practice that HRW condemned": who did what is described
            done = described.head if described.dep_ == "appos" else described
            owners = [r for r in self.resolver.doer_of(done) if r.actor not in mine] if done.dep_ == "dobj" else []
            act = done.head.head.head if done.head.dep_ == "pcomp" and done.head.head.head.pos_ == "NOUN" \
                else done.head  # "a policy of turning away boats", "deport Uyghur refugees"
            if owners:
                yield accusers, owners, self._span(self._subtree(act, (verb, *children(done, "appos")))), "accuse-act"
                return
        if not owners:  # "condemned the attack as unprovoked": the act named before, and what it is called
            called = self._as_phrase(verb)
            called += [t for c in children(obj, "relcl") if lemma(c) in ("call", "describe", "label", "brand")
                       for o in children(c, "oprd", "acomp", "xcomp", "dobj", "ccomp") if o.tag_ not in ("WDT", "WP")
                       for t in o.subtree]  # "the remarks, which it called hostile"
            owners = [r for r in self._doers_before(obj, called, frozenset(mine)) if r.actor not in mine]
        if owners:  # "blamed Russian hackers for the cyberattack": the charge is the complement
            # ("accused Israeli settlers of torching homes": the parser hangs the gerund on the settlers)
            charged = [obj] if any(p.lower_ in ("of", "for") and children(p, "pcomp") for p in children(obj, "prep")) else []
            purpose = _infinitive_after(obj.right_edge, (verb,), ("xcomp",))
            # ("condemned the government's choice to bar journalists": the parser hangs the choice's
            # infinitive on the verb)
            place = _where_done(verb, purpose[-1] if purpose else obj.right_edge)
            allegation = self._complement(verb, *charged) or self._charged_with(verb) or self._cited_as(verb) \
                or self._span(self._subtree(obj) + purpose + place + called)
            yield accusers, owners, allegation, "accuse-act"

    def _case_sides(self, verb: "Token") -> tuple[list[Ref], list[Ref]]:
        """"Dublin's case against London at the European Court of Human Rights alleges that the
        techniques amount to torture": a case its bringer speaks through says what the one it is
        brought against did. Who brings it, and whom it is against."""
        cases = [s for s in children(verb, "nsubj") if lemma(s) in LAWSUITS]
        against = [r for s in cases for p in children(s, "prep") if p.lower_ == "against"
                   for o in children(p, "pobj") for r in self.resolver.refs(o)]
        bringers = [r for s in cases for o in children(s, "poss") for r in self.resolver.refs(o)] if against else []
        return bringers, against

    def _claimed_by(self, act: "Token") -> list[Ref]:
        """"X claimed responsibility for the bombing, which Y condemned": who claims an act did it."""
        claim = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "for" else None
        if claim is None or lemma(claim) not in ("responsibility", "credit") or claim.dep_ != "dobj" \
                or lemma(claim.head) not in ("claim", "take", "accept", "assume") or negated(claim.head):
            return []
        return self.subjects(claim.head)

    def _summarised_act(self, verb: "Token") -> list[tuple[list[Ref], tuple[int, int]]]:
        """"Kosovo police seized four offices, a move Belgrade condemned as terror", "Abiy said
        ..., remarks that Eritrea has denounced as a threat": the noun sums up the clause before
        its comma, whose subject did it. The small parser reads such a noun with no relative
        pronoun as anything but the verb's object, so it is found from the words before the
        verb's subject. The words after "as" must call it a wrong: condemning a move charges no
        one (tests/gold/README.md)."""
        subjects = children(verb, "nsubj")
        if not subjects or not self._calls_a_wrong(self._as_phrase(verb)):
            return []
        doc, start = verb.doc, min(t.left_edge.i for t in subjects)
        inside = [t.i for t in doc[start:min(t.i for t in subjects)] if lemma(t) in SUMMARIES]
        k = inside[-1] if inside else start - 1  # before the subject's own words ("the West", "the
        # opposition Law and Justice party"), unless the parser made the noun one of them
        if k >= 0 and doc[k].lower_ in ("that", "which"):
            k -= 1
        return self._summed_up(doc[k]) if k >= 0 else []

    def _act_above(self, clause: "Token") -> list[Ref]:
        """The doers of the act a relative clause calls an act ("..., which X condemned as a
        violation") when the parser hangs the clause on an actor inside that act's object: the
        subject of the verb above it ("its missiles had hit bases of the group, which ...")."""
        called = self._as_phrase(clause)
        if not called or not any(lemma(t) in ACT_LABELS and t.dep_ == "pobj" for t in called):
            return []
        act = next((a for a in clause.head.ancestors if a.pos_ == "VERB"), None)
        if act is None or not self._is_wrong(act) and lemma(act) not in ("hit", "strike", "enter", "cross"):
            return []
        return [r for s in children(act, "nsubj") for r in self.resolver.refs(s, owner=True)]

    def _as_phrase(self, verb: "Token") -> list["Token"]:
        """What the verb calls its object: the words of its "as" phrase ("condemned it as terror")."""
        return [t for p in children(verb, "prep") if p.lower_ == "as" for t in self._subtree(p)]

    def _calls_a_wrong(self, called: list["Token"]) -> bool:
        """Do the words something is called name a wrong ("terror", "hostile"), not a judgment ("hasty")?"""
        return bool(called) and self._names_wrong(self._span(called))

    def _aside_labelled(self, clause: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """The doers and words of the act a relative clause set after a comma labels a wrong:
        "fired missiles at Saudi cities, which Riyadh calls terrorist attacks", "sent a ship to
        Guyana, a move Maduro called a provocation", "revoked Kashmir's status, a decision
        Pakistan described as illegal". The parser hangs "which" on the last noun before it, so
        the act is the clause before the comma, not that noun; a label that names no wrong ("a
        historic step") charges no one."""
        head = clause.head
        framed = [o for p in children(clause, "prep") if p.lower_ == "in" and not children(clause, "dobj")
                  for o in children(p, "pobj") if lemma(o) in SUMMARIES and o.i < clause.i]
        if framed and clause.dep_ == "advcl":  # ", in an incident Berlin called outrageous", parsed as "in an
            head = framed[0]  # incident, Berlin called [it] outrageous"
        elif clause.dep_ != "relcl" or head.i in self.resolver.mention_of or not children(clause, "nsubj"):
            return None
        if head.dep_ == "appos" and head.pos_ == "NOUN" and lemma(head) not in SUMMARIES \
                and self.resolver.refs(head.head):
            return None  # "the PDF, the NUG's armed wing, which it called a terrorist group": said of the name
            # (not "detained the mayor, a move X called a provocation": the move sums up the act)
        if lemma(head) in SUMMARIES and self._owned_by_another(head, clause):
            return None  # "mentioned Russian action in Ukraine, which he called aggression": that act itself
        which = [c for c in clause.children if c.lower_ == "which" and c.dep_ == "dobj"]
        summary = lemma(head) in SUMMARIES and (head.dep_ in ("appos", "npadvmod")  # (", an operation X
                                                # described as ...": the parser's adverbial noun)
                                                or head.dep_ == "pobj" and head.head.lower_ == "in")
        # (", in an incident Washington called outrageous": the incident is the clause before the comma too)
        if head.i != clause.head.i:
            said = [t for c in clause.children if c.dep_ in ("oprd", "xcomp", "ccomp") for t in c.subtree]
            summed = self._summed_up(head) if said and self._calls_a_wrong(said) else []
            return summed[0] if summed else None
        if not which and not summary:
            return None
        said = [t for c in clause.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp") and c.tag_ != "WDT"
                for t in c.subtree] + self._as_phrase(clause)
        if not said or not self._calls_a_wrong(said) or any(lemma(t) in GROUP_NOUNS for t in said):
            return None  # (", which the EU lists as a terrorist organisation": a group, not an act, so labelled)
        if summary:
            summed = self._summed_up(head)
        else:
            comma = which[0].i - 1
            summed = self._clause_before(comma) if comma > 0 and clause.doc[comma].text == "," else []
        return summed[0] if summed else None

    def _owned_by_another(self, act: "Token", clause: "Token") -> bool:
        """Does the act noun name its doer ("Russian action", "Israel's move"), someone other
        than who speaks in the clause?"""
        speakers = {r.actor for r in self.subjects(clause)}
        return any(r.actor not in speakers for c in children(act, "amod", "poss", "compound")
                   if c.i in self.resolver.mention_of for r in self.resolver.refs(c))

    def _summed_up(self, noun: "Token") -> list[tuple[list[Ref], tuple[int, int]]]:
        """The doers and words of the clause that `noun` ("a move", "remarks") sums up after a
        comma: "Kosovo police seized four offices in the north, a move ..." -> Kosovo, "seized
        four offices in the north"."""
        doc, k = noun.doc, noun.i
        if lemma(noun) not in SUMMARIES or k < 2:
            return []
        k -= 1 if doc[k - 1].lower_ in ("a", "an", "the", "these", "those", "this") else 0
        k -= 1 if doc[k - 1].lower_ == "in" and noun.head.i == k - 1 else 0
        return self._clause_before(k - 1) if doc[k - 1].text == "," else []

    def _clause_before(self, at: int) -> list[tuple[list[Ref], tuple[int, int]]]:
        """The doers and words of the one clause of the sentence before the comma at token `at`."""
        doc = self.resolver.doc
        comma = doc[at]
        start = comma.sent.start
        clause = [t for t in doc[start:comma.i] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
                  and (not start <= t.head.i < comma.i or t.head.i == t.i)]
        if len(clause) != 1 or not children(clause[0], "nsubj", "nsubjpass"):
            return []
        doers = self.subjects(clause[0])
        subject_end = max(t.i for s in children(clause[0], "nsubj", "nsubjpass") for t in s.subtree if t.i < comma.i)
        # (the parser may hang the noun after the comma on the subject: "Poland's government took ..., a move")
        words = [t for t in doc[subject_end + 1:comma.i] if t.dep_ != "aux"]
        return [(doers, self._span(words))] if doers and words else []

    def _described_act(self, clause: "Token") -> "Token | None":
        """The act a relative clause ("..., which X condemned") is about, when it is no actor:
        "air strikes, which ..."; the parser may hang the clause on the place after the act
        ("strikes inside Afghanistan, which ...", "Israel's raid on Jenin, which ...")."""
        described = clause.head
        while described.dep_ == "pobj" and described.head.lower_ in PLACE_WORDS \
                and lemma(described) not in self.words["wrong_nouns"]:  # ("involvement in the poisoning, which")
            holder = described.head.head
            if holder.pos_ in ("NOUN", "PROPN"):
                described = holder
            elif children(holder, "dobj"):
                described = children(holder, "dobj")[0]
            else:
                break
        if described.i == clause.head.i and self.resolver.refs(described):
            return None  # "the rebels, whom Ethiopia accused of ...": the relative pronoun names them
        if any(p.lower_ == "of" for p in children(clause, "prep")) and not self._names_act(described):
            return None  # "the suspects that Somalia accused of the attack": people charged, not an act
        return described

    def _partners_in(self, verb: "Token", accused: list[Ref], accusers: list[Ref]) -> list[Ref]:
        """"accused Addis Ababa of planning an offensive together with Eritrea", "... in collusion
        with Y": who did the wrong with the accused is charged with it too."""
        known = {r.actor for r in [*accused, *accusers]}
        found: list[Ref] = []
        charge = [t for c in children(verb, "prep") if c.lower_ in COMPLEMENT_PREPOSITIONS for t in c.subtree]
        charge += [t for o in children(verb, "dobj") for c in children(o, "prep") if c.lower_ in COMPLEMENT_PREPOSITIONS
                   for t in c.subtree]  # ("accused the opposition of ...": the parser hangs "of" on the object)
        for prep in charge:
            if prep.dep_ == "prep" and prep.lower_ in ("through", "via"):  # "accused Moscow of trying to buy
                kinds = ("person", "armed_group", "political_group")  # votes through businessman Ilan Shor"
                found += [r for p in children(prep, "pobj") for r in self.resolver.refs(p)
                          if r.actor not in known and self.resolver.inventory.kind_of(r.actor) in kinds]
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            joined = any(c.lower_ in ("together", "along", "jointly") for c in (*prep.children, *prep.head.children)
                         if c.dep_ == "advmod") or prep.head.lemma_.lower() in PARTNERING
            backing = [o for p in children(prep, "pobj") if lemma(p) in HELPING for c in children(p, "prep")
                       if c.lower_ == "of" for o in children(c, "pobj")]  # "... with the support of Y"
            if not joined and not backing:
                continue
            found += [r for p in backing or children(prep, "pobj") for r in self.resolver.refs(p) if r.actor not in known]
        return found

    @staticmethod
    def _without_naming(verb: "Token") -> bool:
        """"..., without naming any group", "without saying who carried it out"."""
        withouts = [p for p in verb.subtree if p.lower_ == "without" and verb.i in (p.head.i, p.head.head.i)]
        return any(lemma(c) in UNNAMING for p in withouts for c in p.subtree)

    def _renamed(self, verb: "Token", obj: "Token") -> "Token | None":
        """"accused its main rival, the Awami National Party, of ...": the name after the comma
        says who the object is, even where the parser hung it on the verb, not the object."""
        doc = obj.doc
        after = obj.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        for token in (*children(obj, "appos"), *(c for c in verb.children if c.dep_ in ("dep", "appos", "npadvmod")
                                                   and c.left_edge.i == after + 1)):
            if token.pos_ in ("PROPN", "NOUN") and self.resolver.refs(token):
                return token
        return None

    def _protested_to(self, verb: "Token", accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Greece protested to Turkey over violations of its airspace": the state protested to
        (not "complained to the UN", a forum), over what."""
        accused = [r for prep in children(verb, "prep") if prep.lower_ == "to" for p in children(prep, "pobj")
                   for r in self.resolver.refs(p) if self.resolver.inventory.kind_of(r.actor) == "state"]
        allegation = self._object_of(verb, ("over", "about", "at"))
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "accuse"

    def _complained_about(self, verb: "Token", accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Kenya complained to the Security Council about Uganda's shelling of its villages": the
        doer of the wrong complained of, to a forum or to nobody named (the parser may hang
        "about" on the forum)."""
        mine = {a.actor for a in accusers}
        heads = [verb, *(p for prep in children(verb, "prep") if prep.lower_ == "to" for p in children(prep, "pobj"))]
        wrongs = [o for h in heads for prep in children(h, "prep") if prep.lower_ in ("about", "over", "at", "against")
                  for o in children(prep, "pobj") if lemma(o) in self.words["wrong_nouns"]
                  or prep.lower_ == "against" and (children(o, "poss") or any(p.lower_ == "by" for p in children(
                      o, "prep")) or self._by_after(o))]
        # ("protested against China's use of ...", "against the arrest of its leaders by the police")
        if lemma(verb) == "object":  # "objected to Russia's deployment of missiles": what is objected to
            wrongs = [o for prep in children(verb, "prep") if prep.lower_ == "to" for o in children(prep, "pobj")]
        for wrong in wrongs[:1]:
            accused = [r for r in self._doers_of(wrong) if r.actor not in mine]
            if accusers and accused:
                yield accusers, accused, self._span(self._subtree(wrong)), "accuse"

    def _spoke_of(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Mandela spoke of Zimbabwe's failure of leadership", "Japan warned of China's aggression",
        "pointed to Somalia's failure to stop the attacks", "cited the killing of civilians by Y":
        a wrong one speaks of, warns of or points to is a charge against the one who did it."""
        preps = MENTIONING.get(lemma(verb))
        if preps is None or verb.pos_ != "VERB" or self._blocked(verb):
            return
        named = [o for p in children(verb, "prep") if p.lower_ in preps for o in children(p, "pobj")]
        named += children(verb, "dobj") if "" in preps else []
        accusers = self.subjects(verb)
        mine = {a.actor for a in accusers}
        for wrong in [o for o in named if self._names_act(o)][:1]:
            accused = [r for r in self._doers_of(wrong) if r.actor not in mine]
            if accusers and accused:
                yield accusers, accused, self._span(self._subtree(wrong)), "accuse"

    def _taken_to_court(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Kenya took Uganda to the International Court of Justice over the shelling": a case
        brought against Y is a charge, whatever the court's name; so is hauling Y before one. Its
        reason may be what the plaintiff argues (", arguing that the mill breached a treaty")."""
        if lemma(verb) not in ("take", "haul", "drag") or verb.pos_ != "VERB" or self._blocked(verb):
            return
        courts = [p for c in children(verb, "prep") if c.lower_ in ("to", "before") for p in children(c, "pobj")
                  if lemma(p) in COURTS | {"arbitration"} or any(lemma(t) in COURTS for t in children(p, "compound"))]
        held = children(verb, "dobj")
        accused = [r for o in held[:1] for r in self.resolver.refs(o)]
        allegation = self._complement(verb, *courts, preps=("over", "for")) or self._reason_said(verb)
        if courts and accused and allegation:
            yield self.subjects(verb), accused, allegation, "punish"

    def _legal_action(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The Commission launched legal action against Hungary over its sovereignty law", "filed
        a lawsuit against Y for ...": a case brought against Y over a wrong is a charge, and so
        is "the lawsuit was brought by X against Y" (X, the passive's agent, brings it)."""
        if lemma(verb) not in BRINGING or verb.pos_ != "VERB" or self._blocked(verb):
            return
        for case in children(verb, "dobj", "nsubjpass"):
            charged = lemma(case) == "charge" and case.dep_ == "dobj"  # "laid charges of fraud against Y"
            if lemma(case) not in CASES and not charged or case.dep_ == "nsubjpass" and lemma(case) not in LAWSUITS:
                continue
            challenged = self._case_challenges(case)
            if challenged is not None:  # "filed a lawsuit challenging the administration's travel ban"
                yield self.subjects(verb), *challenged, "punish"
                continue
            warrant = lemma(case) == "warrant"  # "issued an arrest warrant for X over (for) the deportation of ..."
            crimes = [p for c in children(case, "prep") if charged and c.lower_ == "of" for p in children(c, "pobj")]
            named = [c for h in (case, verb, *crimes) for c in children(h, "prep") if c.lower_ == "against"
                     or warrant and h is case and c.lower_ == "for"
                     and any(self.resolver.refs(p) for p in children(c, "pobj"))][:1]
            # (the parser may hang "against Y" on the verb: "filed a lawsuit against Y, accusing ...")
            held = [p for c in named for p in children(c, "pobj")]
            arrests = [p for c in children(case, "prep") if warrant and not held and c.lower_ == "for"
                       for p in children(c, "pobj") if lemma(p) in ARRESTS]  # "a warrant for the arrest of Y"
            held += [q for a in arrests for c in children(a, "prep") if c.lower_ == "of" for q in children(c, "pobj")]
            accused = [r for p in held for r in self.resolver.refs(p)]
            charges = [c for h in (case, verb, *arrests) for c in children(h, "prep") if c.lower_ in ("over", "for")
                       and not any(p in arrests for p in children(c, "pobj"))]
            if warrant:  # "... for X on charges of treason", or "over" hung on the one it is for
                charges += [c for h in (case, verb, *held) for c in children(h, "prep")
                            if c.lower_ == "on" and _on_a_charge(c) or c.lower_ == "over" and h in held]
            rest = [c for c in charges if c not in named]
            if crimes:  # "charges of corruption against Y": the crime, without whom it is charged to
                allegation = self._span(self._subtree(crimes[0], tuple(named)))
            elif warrant:  # (or the grounds it cites: "citing reasonable grounds to believe they bore ...")
                allegation = self._span(self._subtree(rest[0])) if rest else self._reason_said(verb)
            else:
                allegation = self._complement(case, verb, preps=("over", "for")) or self._reason_said(verb) \
                    or self._wrong_alleged(verb)
            # (a warrant's own "for" names the accused; "filed a lawsuit against Y, arguing that ...")
            if accused and allegation:
                bringers = self.subjects(verb) if case.dep_ == "dobj" else self.agents(verb)
                yield bringers, accused, allegation, "punish"

    def _case_challenges(self, case: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """Whose act a case is brought to overturn, and the act: "a lawsuit challenging the
        administration's travel ban", "a petition contesting the governor's decree"."""
        for clause in children(case, "acl"):
            if lemma(clause) not in CHALLENGING:
                continue
            for act in children(clause, "dobj"):
                owners = self._act_owners(act)
                if owners:
                    return owners, self._span(self._subtree(act))
        return None

    def _act_owners(self, act: "Token") -> list[Ref]:
        """Whose an act is by the words before it: "the administration's travel ban", "the Trump decree"."""
        return [r for c in children(act, "poss", "compound", "amod") for r in self.resolver.refs(c)]

    def _court_asked_to_undo(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X petitioned the Supreme Court to annul Y's election, alleging irregularities", "went to
        court to block Y's decree": asking a court to undo someone's act is a case against them;
        the charge is what the asker alleges, else the act."""
        if verb.pos_ != "VERB":
            return
        courts = [o for o in children(verb, "dobj") if lemma(o) in COURTS]
        courts += [p for c in children(verb, "prep") if c.lower_ in ("to", "before") for p in children(c, "pobj")
                   if lemma(p) in COURTS]
        if not courts or self._blocked(verb):
            return
        accusers = self.subjects(verb)
        for clause in children(verb, "xcomp", "advcl"):
            if lemma(clause) not in UNDOING or not to_infinitive(clause):
                continue
            alleged = [o for h in (clause, verb) for a in children(h, "advcl") if a.tag_ == "VBG"
                       and lemma(a) in ("allege", "cite", "claim") for o in children(a, "dobj")]  # ", alleging fraud"
            said = self._span(self._subtree(alleged[0])) if alleged else \
                self._reason_said(clause, wrong=False) or self._reason_said(verb, wrong=False)
            for act in children(clause, "dobj"):
                owners = self._act_owners(act)
                if owners and accusers:
                    yield accusers, owners, said or self._span(self._subtree(act)), "punish"

    def _said_beside(self, verb: "Token") -> tuple[int, int] | None:
        """What a saying verb joined to a bare charge reports: "denounced her former boss and told
        the magazine that she saw suitcases full of money leaving his firm"."""
        for said in children(verb, "conj"):
            clauses = children(said, "ccomp") if lemma(said) in self.words["saying"] | {"tell"} else []
            if clauses:
                return self._clause_said(clauses[0])
        return None

    def _made_to_answer(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Prosecutors summoned X to answer allegations of corruption", "X was summoned by
        prosecutors to face questions about corruption": who makes someone answer for a wrong
        charges them with it (questions only about a wrong: not "to answer questions about the budget")."""
        if verb.pos_ != "VERB" or lemma(verb) in ANSWERING or self._blocked(verb):
            return
        passive = bool(children(verb, "nsubjpass"))
        held = children(verb, "nsubjpass" if passive else "dobj")[:1]
        for clause in children(verb, "xcomp", "advcl"):
            paid = [o for o in children(clause, "dobj") if lemma(o) in PAID] if lemma(clause) == "pay" else []
            if paid and to_infinitive(clause) and not passive:  # "ordered Poland to pay a daily fine for failing to ..."
                charges = [p for h in (clause, *paid) for prep in children(h, "prep") if prep.lower_ == "for"
                           for p in children(prep, "pobj", "pcomp")]
                accused = [r for h in held for r in self.resolver.refs(h)]
                accusers = self.subjects(verb)
                if charges and accused and accusers:
                    yield accusers, accused, self._span(self._subtree(charges[0])), "punish"
                continue
            if lemma(clause) not in ANSWERING or not to_infinitive(clause):
                continue
            nouns = [*children(clause, "dobj"),  # ("to answer to allegations of ...")
                     *(p for prep in children(clause, "prep") if prep.lower_ == "to" for p in children(prep, "pobj"))]
            for noun in (n for n in nouns if lemma(n) in ANSWERED):
                charges = [p for prep in children(noun, "prep") if prep.lower_ in ("of", "about", "over", "for")
                           for p in children(prep, "pobj", "pcomp")]
                if lemma(noun) == "question" and not any(lemma(c) in self.words["wrong_nouns"] for c in charges):
                    continue
                accused = [r for h in held for r in self.resolver.refs(h)]
                accusers = self.agents(verb) if passive else self.subjects(verb)
                if lemma(verb) in HANDING_OVER:
                    accusers = self._handed_to(verb)  # "demanded that Brazil hand Zelaya over to face charges"
                if charges and accused and accusers:
                    yield accusers, accused, self._span(self._subtree(charges[0])), "punish"

    def _handed_to(self, verb: "Token") -> list[Ref]:
        """Who wants someone handed over to face charges: the one demanding it ("demanded that
        Brazil hand Zelaya over"), else the one it is to be done to ("extradited X to Peru"), never
        the one who hands over."""
        asking = verb.head if verb.dep_ in ("ccomp", "xcomp") and lemma(verb.head) in self.words["demand"] else None
        if asking is not None:
            return self.subjects(asking)
        return [r for h in (verb, *children(verb, "dobj")) for c in children(h, "prep") if c.lower_ == "to"
                for p in children(c, "pobj") for r in self.resolver.refs(p)]  # ("to Peru" hung on the one handed)

    def _trial_demanded(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Protesters called for Mubarak to stand trial for corruption", "demanded that X be
        prosecuted for the killings": asking that someone be tried for a wrong charges them with it."""
        if lemma(verb) not in self.words["demand"] | {"want"} or verb.pos_ != "VERB" or self._blocked(verb):
            return
        for clause in children(verb, "advcl", "ccomp", "xcomp"):
            tried = lemma(clause) in JUDICIAL and children(clause, "auxpass")
            faced = lemma(clause) in ("stand", "face") and any(lemma(o) == "trial" for o in children(clause, "dobj"))
            held = children(clause, "nsubjpass" if tried else "nsubj")
            if not (tried or faced) or not held or negated(clause):
                continue
            trial = [o for o in children(clause, "dobj") if lemma(o) == "trial"]
            accused, accusers = self.resolver.refs(held[0]), self.subjects(verb)
            if self._complement(clause, *trial, preps=("for", "over")) and accused and accusers:
                left_out = (*held, *children(clause, "mark"), *(a for a in children(clause, "aux") if a.lower_ == "to"))
                yield accusers, accused, self._span(self._subtree(clause, left_out)), "accuse"  # "stand trial for ..."

    def _release_demanded(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X demanded the release of the detained candidates", "called for the jailed activists to
        be freed": asking that people held be let go, with no one addressed, charges whoever holds
        them: the one they are "held by", else the state of the story, which detained them there.
        Not hostages or captives no one is said to hold (a kidnapper is not the state)."""
        if lemma(verb) not in self.words["demand"] or verb.pos_ != "VERB" or self._blocked(verb) \
                or any(c.lower_ in ("on", "upon") for c in children(verb, "prep")):
            return  # ("called on Iran to release them": `_demand`'s)
        asked = [*children(verb, "dobj"), *(p for c in children(verb, "prep") if c.lower_ == "for"
                                            for p in children(c, "pobj"))]
        held = [p for o in asked if lemma(o) == "release" for c in children(o, "prep") if c.lower_ == "of"
                for p in children(c, "pobj")]
        freed = [c for c in children(verb, "ccomp", "xcomp") if lemma(c) in ("release", "free") and any(
            a.tag_ == "VB" for a in children(c, "auxpass")) and lemma(verb) not in ("tell", "warn")]
        # (asked for: "that they be released", "to be freed"; not told: "X had been released a year ago")
        held += [p for c in freed for p in children(c, "nsubjpass")]
        if not held or negated(verb):
            return
        marks = [t for t in (*children(held[0], "amod", "acl"), held[0]) if lemma(t) in DETAINING | HELD_PEOPLE]
        if not marks and not (held[0].pos_ == "PROPN" and held[0].ent_type_ == "PERSON"):
            return  # ("demanded the release of the report": no one held)
        accusers = self.subjects(verb)
        holders = [r for a in children(held[0], "acl") for b in children(a, "agent") for p in children(b, "pobj")
                   for r in self.resolver.refs(p)]  # "the sailors held by Iran"
        if not holders and not any(lemma(t) in CAPTURED for t in (held[0], *held[0].children)):
            home = self.resolver.home(verb, None)
            holders = [home] if home is not None else []
        holders = [h for h in holders if h.actor not in {a.actor for a in accusers}]
        if accusers and holders:
            yield accusers, holders, self._span(self._subtree(held[0].head.head if held[0].dep_ == "pobj"
                                                              else held[0].head)), "demand"

    def _object_of(self, verb: "Token", preps: tuple[str, ...]) -> tuple[int, int] | None:
        """The object of the verb's first preposition among `preps`, without the preposition: a
        noun or a gerund ("came under fire from X for allowing Y")."""
        return next((self._span(self._subtree(p)) for prep in children(verb, "prep")
                     if prep.lower_ in preps for p in children(prep, "pobj", "pcomp")), None)

    def _charge_on_agent(self, verb: "Token") -> tuple[int, int] | None:
        """"criticised by rights groups for abuses", "accused by Amnesty International of
        killings": the parser hangs the charge on the accuser; not the accuser's own name
        ("by the Ministry of Defence")."""
        return next((self._span(self._subtree(o)) for a in children(verb, "agent") for p in children(a, "pobj")
                     for prep in children(p, "prep") if prep.lower_ in ("for", "over", "of")
                     for o in children(prep, "pobj", "pcomp") if prep.lower_ != "of" or o.pos_ not in ("PROPN", "PRON")),
                    None) or next((self._span(self._subtree(o)) for a in children(verb, "agent") for t in a.subtree
                                   if t.dep_ == "prep" and t.lower_ == "of" for o in children(t, "pcomp")
                                   if o.tag_ == "VBG"), None)  # "accused by the ruling UMNO, which expelled
        # him a day after his sacking, of bringing the party into disrepute": hung deeper still

    def _misread_as_adjective(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Indonesia's military accused separatist rebels of burning schools": the small parser
        may read "accused" as an adjective on the accused ("the accused rebels"), with the
        accuser's body and its owner, or the accuser's name, hung on them too; a charge after
        "of" shows the verb."""
        found = self._misread_beside(verb)
        if found is not None:
            yield found
        else:
            yield from self._in_order(verb)

    def _misread_beside(self, verb: "Token") -> tuple[list[Ref], list[Ref], tuple[int, int], str] | None:
        """`_misread_as_adjective` where the accuser's word is hung on the accused right before
        the verb: a body with its owner ("Indonesia's military"), or a titled speaker's name."""
        accused_noun, before = verb.head, verb.doc[verb.i - 1] if verb.i else None
        if before is None or before.head.i != accused_noun.i:
            return None
        if before.lower_ in body_words():
            owners = [c for c in children(accused_noun, "poss") if c.i < before.i]
        elif before.pos_ == "PROPN" and before.dep_ in ("nmod", "compound"):
            owners = [before]  # "Kenyan Foreign Minister Amina Otieno accused Uganda's government of ...":
            # the speaker's name hung on the accused too
        else:
            return None
        charges = [p for c in children(accused_noun, "prep") if c.lower_ in ("of", "for") and c.i > verb.i
                   for p in children(c, "pcomp", "pobj")]
        accusers = [r for o in owners[:1] for r in self.resolver.refs(o)]
        owned = [c for c in children(accused_noun, "poss") if c.i > verb.i]  # "Uganda's government": Uganda's
        accused = [r for r in (self.resolver.refs(owned[0]) if owned else self.resolver.refs(accused_noun))
                   if r.actor not in {a.actor for a in accusers}]
        if accusers and accused and charges:
            return accusers, accused, self._span(self._subtree(charges[0])), "accuse"
        return None

    def _in_order(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """The verb read as an adjective with no accuser's word beside it ("On Monday, Kenyan
        Foreign Minister Amina Otieno accused Uganda's government of ...", parsed as one noun
        phrase): the words in their order, the actor named last before the verb accusing the
        first named after it, of what follows "of" or "for" up to the clause's end."""
        doc, mentions = verb.doc, self.resolver.mention_of
        sentence = verb.sent
        last = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].text == "," else verb.i - 1  # "..., Amina Otieno, accused"
        if lemma(verb) not in ORDERED_CHARGES or last not in mentions:
            return  # (not "the alleged mastermind", "suspected pirates": adjectives indeed)
        charge_at = next((t.i for t in doc[verb.i + 1:sentence.end] if t.lower_ in ("of", "for")), None)
        before = [t for t in doc[sentence.start:verb.i] if t.i in mentions]
        if charge_at is None or not before or any(t.pos_ == "VERB" for t in doc[before[-1].i + 1:verb.i]):
            return
        named = next((t for t in doc[verb.i + 1:charge_at] if t.i in mentions), None)
        end = next((t.i for t in doc[charge_at + 1:sentence.end] if t.is_punct), sentence.end)
        accuser = self.resolver.ref(before[-1])
        accused = self.resolver.ref(named) if named is not None else None
        if accuser is not None and accused is not None and accuser.actor != accused.actor and end > charge_at + 1:
            yield [accuser], [accused], self._span(list(doc[charge_at + 1:end])), "accuse"

    def _finger(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Iranian officials pointed the finger at Israel after an explosion at the site"."""
        fingers = [o for o in children(verb, "dobj") if lemma(o) == "finger"]  # "at" may hang on the finger
        targets = [p for h in (verb, *fingers) for prep in children(h, "prep") if prep.lower_ == "at"
                   for p in children(prep, "pobj")]
        accused = [r for p in targets for r in self.resolver.refs(p, owner=True)]
        reasons = ("over", "for", "after", "following")  # ("points finger at Y over blast": on the finger)
        allegation = next((a for h in (verb, *fingers) if (a := self._object_of(h, reasons))), None) \
            or self._complement(*targets)
        after = _after_clauses(verb)
        if not allegation and after:  # "pointed the finger at New Delhi after a suicide bomber killed 12 people"
            allegation = self._clause_said(after[0])
        if not allegation and targets:
            allegation = self._told_beside(verb, targets[-1])
        accusers = self.subjects(verb)
        if accusers and accused and allegation and not self._blocked(verb):
            yield accusers, accused, allegation, "accuse"

    def _told_beside(self, verb: "Token", last: "Token") -> tuple[int, int]:
        """What a blame that names no act is for: the clause it is joined to ("said the arrest
        tore up the deal, and laid the blame on Y"; "X blamed Y for the massacre, while Y
        pointed the finger at the army"), else the blaming words themselves, as for "X blamed Y"."""
        told = verb.head if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") else None
        return self._span(self._subtree(told, (verb,)) if told is not None else list(verb.doc[verb.i:last.right_edge.i + 1]))

    def _cause(self, verb: "Token") -> tuple[int, int] | None:
        """"Because of its drilling operations, Turkey ... was condemned": the stated cause,
        on the verb or on the clause it is joined to."""
        for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
            for prep in children(head, "prep"):
                if prep.lower_ in ("because", "over", "due"):
                    span = self._span([t for t in self._subtree(prep) if t.lower_ not in ("because", "of", "due", "to")
                                       or t.i > prep.i + 1])
                    if span[1] > span[0]:
                        return span
            for clause in children(head, "advcl"):  # "sanctioned Minsk, citing the forced landing of a flight"
                if lemma(clause) == "cite" and clause.tag_ == "VBG":
                    cited = children(clause, "dobj")
                    if cited and self._states_wrong(self._span(self._subtree(cited[0]))):
                        return self._span(self._subtree(cited[0]))
        return None

    def _as_complement(self, verb: "Token") -> tuple[int, int] | None:
        for prep in children(verb, "prep"):
            if prep.lower_ == "as":
                return self._span(self._subtree(prep))
        for child in children(verb, "oprd", "xcomp", "ccomp", "advcl"):
            if child.dep_ == "advcl" and any(m.lower_ in TIME_MARKS for m in children(child, "mark", "advmod")):
                continue  # "charged them after they crossed the border": when, not what
            if child.dep_ == "advcl" and child.tag_ == "VBG" and lemma(child) in self.words["accuse"]:
                continue  # "took aim at Turkey, accusing Ankara of ...": that charge is read on its own
            said = children(child, "ccomp") if child.tag_ == "VBG" and lemma(child) in self.words["saying"] else []
            return self._span(self._subtree(said[0] if said else child))  # ", saying its judges were ...": what
            # is said, not the saying
        return None

    def _cited_as(self, verb: "Token") -> tuple[int, int] | None:
        """"condemned the act of Y, citing the move as a grave abuse of power": what the act is called."""
        for clause in children(verb, "advcl", "xcomp"):
            if lemma(clause) in self.words["cite"] | self.words["label_verbs"]:
                for prep in [*children(clause, "prep"), *(p for o in children(clause, "dobj") for p in children(o, "prep"))]:
                    if prep.lower_ == "as":
                        span = self._span(self._subtree(prep))
                        if span[1] > span[0]:
                            return span
        return None

    def _shared_charge(self, verb: "Token") -> tuple[int, int] | None:
        """The wrong named by the verb this one is joined to: "denied responsibility for the
        attack and blamed Y" blames Y for the attack."""
        if verb.dep_ != "conj":
            return None
        for obj in children(verb.head, "dobj"):
            for prep in children(obj, "prep"):
                if prep.lower_ in ("for", "over") and any(lemma(p) in self.words["wrong_nouns"]
                                                          for p in children(prep, "pobj")):
                    return self._span([t for t in self._subtree(prep) if t.i != prep.i])
        return None

    def _wrong_before(self, verb: "Token") -> tuple[int, int] | None:
        """"Police said protesters had set fire to buses, but the protesters blamed ruling party
        activists": blaming someone with no "for" blames them for the wrong just told, the last
        act of wrong before it in its sentence, else the sentence before's main act."""
        here = verb.sent
        acts = [t for t in here if t.i < verb.i and t.pos_ == "VERB" and t.i not in {a.i for a in verb.ancestors}
                and self._is_wrong(t)]
        if not acts and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "would not tolerate interference in its
            held = [o for o in children(verb.head, "dobj") if self._names_act(o)  # elections, blaming Russia":
                    or lemma(o) in self.words["labels"]]  # the wrong its clause names
            if held:
                return self._span(self._subtree(held[0]))
        if not acts and here.start:
            root = verb.doc[here.start - 1].sent.root
            acts = [c for c in [root, *children(root, "ccomp")] if c.pos_ == "VERB" and self._is_wrong(c)]
        if not acts:
            return None
        act = acts[-1]
        left_out = {t.i for c in children(act, "nsubj", "nsubjpass", "mark", "cc") for t in c.subtree}
        words = [t for t in self._subtree(act) if t.i < verb.i and t.i not in left_out]
        while words and words[-1].dep_ == "punct":
            words = words[:-1]
        span = self._span(words)
        return span if span[1] > span[0] else None

    def _rest(self, verb: "Token", obj: "Token") -> tuple[int, int]:
        """What follows the accused in the verb's clause: "condemned Turkey after its troops crossed ...";
        or what the accused is called there ('condemned the verdict as "an attack on democracy"', the
        parser hanging "as" on the object). The verb's next act is no part of it ("... and called
        for the release of the prisoners")."""
        own = {t.i for c in children(verb, "conj") if c.pos_ in ("VERB", "AUX") and (
            _speech_act(c) or children(c, "nsubj") or lemma(c) in self.words["accuse"] | self.words["saying"])
            for t in c.subtree}
        own |= {c.i for c in children(verb, "cc") if c.i + 1 in own}  # (its "and" too)
        tail = [t for t in self._subtree(verb) if t.i > obj.right_edge.i and t.i not in own]
        audience = {t.i for p in tail[:1] if p.dep_ == "prep" and p.lower_ == "to" and p.head.i == verb.i
                    and any(self.resolver.refs(o) for o in children(p, "pobj")) for t in p.subtree}
        tail = [t for t in tail if t.i not in audience]  # "denounced Y to the Americans": to whom, no charge
        told = [c for p in tail[:1] if p.dep_ == "prep" and p.head.i == verb.i for o in children(p, "pobj")
                if lemma(o) in ("time", "moment") for c in children(o, "prep") if c.lower_ in ("of", "for")]
        if told:  # "accused Baku at the time of ethnic cleansing": the parser hangs the charge on "time"
            tail = [t for t in self._subtree(told[0]) if t.i != told[0].i]
        if not any(not t.is_punct for t in tail):
            tail = [t for p in children(obj, "prep") if p.lower_ == "as" for t in self._subtree(p) if t.i != p.i]
        return self._span(tail)

    def _bare_blame(self, verb: "Token", obj: "Token") -> tuple[int, int] | None:
        """"Afghan officials blamed the Haqqanis", "authorities suspect the Pakistani Taliban", with
        no charge said and no wrong told before in the sentence: the charge is the blame itself, for
        the act the article told (not
        "failing to condemn X", "unwillingness to denounce X": no blame laid)."""
        if lemma(verb) not in BARE_BLAME or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return None
        return self._span([verb, *self._subtree(obj, tuple(c for c in obj.children if c.dep_ == "appos"))])

    def _blame_on(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X blamed the attack on Y", "X attributed the blast to Y", "X linked the bombing (the
        suspect) to Y": linking needs a wrong or a culprit as its object ("linked its economy to
        China" charges nobody)."""
        base = lemma(verb)
        linking = base in LINKS and verb.pos_ == "VERB"
        preposition = "on" if base in self.words["blame_on"] else "to" if base in self.words["attribute"] or linking \
            else None
        if preposition is None or self._blocked(verb):
            return
        objects = children(verb, "dobj", "nsubjpass")
        if linking and not any(lemma(o) in self.words["wrong_nouns"] | CULPRIT_NOUNS for o in objects):
            return
        preps = [c for head in (verb, *objects, *_of_chain(objects[:1])) for c in children(head, "prep", "dative")
                 if c.lower_ == preposition]
        if objects and preposition == "on" and objects[0].i > verb.i:  # the last "on" naming someone, wherever
            preps = [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "on" and c.i > objects[0].i
                     and any(self.resolver.refs(p) for p in children(c, "pobj"))][-1:] or preps
            # the parser hangs it: "blamed the protests over Amini's death on the United States", "blamed the
            # attack on the embassy on Israel" (the attack's own "on" is its target)
        targets = [p for c in preps for p in children(c, "pobj")]
        act = self._misread_relative(verb)
        if act is not None and targets:
            accusers, accused = self.resolver.refs(verb.head), self.resolver.refs(targets[0])
            if accusers and accused:
                yield accusers, accused, self._span(list(verb.doc[act.left_edge.i:act.i + 1])), "blame-on"
            return
        relative = objects and verb.dep_ == "relcl" and (objects[0].tag_ in ("WDT", "WP") or objects[0].lower_ == "that")
        if not objects and verb.dep_ == "relcl" and children(verb, "nsubj") and verb.head.pos_ == "NOUN" \
                and lemma(verb.head) in self.words["wrong_nouns"] and verb.head.i not in self.resolver.mention_of:
            objects, relative = [verb.head], True  # "an attack Iran blamed on Israel": no relative pronoun
        if not targets or not objects or not relative and self.resolver.refs(objects[0]):
            return
        accusers = self.agents(verb) if children(verb, "auxpass") else self.subjects(verb)
        accused = self.resolver.refs(targets[0]) or self.resolver.refs(targets[0], owner=True)  # "on Pakistani strikes"
        blamed, without = objects[0], tuple(preps)
        if relative:  # "the poisoning, which Britain blames on Y"; "the attack on the embassy, which ..."
            blamed, without = self._described_act(verb) or verb.head, (verb,)
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(blamed, without)), "blame-on"

    @staticmethod
    def _misread_relative(verb: "Token") -> "Token | None":
        """"The attack, which Kenya's foreign minister blamed on Uganda, killed five": the small
        parser may read "blamed" as a participle on its subject ("the minister blamed on Uganda"),
        the relative pronoun left hanging before it. The act that pronoun stands for, if so."""
        head = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or children(verb, "dobj") or head.pos_ not in ("NOUN", "PROPN"):
            return None
        first = head.left_edge  # the pronoun may be read into the subject's phrase, or left before it
        pronoun = first if first.lower_ in ("which", "that") else verb.doc[first.i - 1] if first.i else None
        if pronoun is None or pronoun.lower_ not in ("which", "that") or pronoun.i < 2:
            return None
        act = verb.doc[pronoun.i - 2] if verb.doc[pronoun.i - 1].text == "," else verb.doc[pronoun.i - 1]
        return act if act.pos_ == "NOUN" else None

    def _laid_blame(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X laid (put, placed) the blame for Z on Y": the one the blame is put on is accused
        of Z (the parser may hang "on Y" on Z's phrase)."""
        burden = next((o for o in children(verb, "dobj") if lemma(o) in BURDENS), None)
        at_door = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "at"
                   and any(lemma(o) in DOORS for o in children(p, "pobj"))]
        if burden is None and at_door and lemma(verb) in PUTTING:  # "laying the killing at Israel's door":
            burden = next((o for o in children(verb, "dobj") if o.pos_ == "NOUN"), None)  # the act itself
            if burden is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                burden = verb.head  # "sabotage cases Warsaw has laid at Moscow's door": what is laid there
        if lemma(verb) not in PUTTING | ASSIGNING or verb.pos_ != "VERB" or burden is None or self._blocked(verb) \
                or verb.dep_ == "acl":
            return  # (not "the report's failure to assign responsibility to Y": whose failure, not who blames)
        onto = ("to",) if lemma(verb) in ASSIGNING else ("on", "upon")  # "assigned responsibility to Y for Z"
        on = [p for p in verb.subtree if p.dep_ in ("prep", "dative") and (p.lower_ in onto or p.lower_ == "at" and any(
            lemma(o) in DOORS for o in children(p, "pobj")))]  # "at Y's door"
        blamed = [o for p in on[-1:] for o in children(p, "pobj")]  # "for" may hang on the one blamed
        accused = [r for o in blamed for r in self.resolver.refs(
            next(iter(children(o, "poss") + [p for c in children(o, "prep") if c.lower_ == "of"  # "at the feet of Y"
                                              for p in children(c, "pobj")]), o) if lemma(o) in DOORS else o, owner=True)]
        accusers = self.subjects(verb)  # (owner: "on Russian controllers", the state's own)
        if not accusers and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and lemma(verb.head.head) in self.words["saying"]:
            accusers = self.subjects(verb.head.head)  # "X said the arrest tore up the deal, and laid the blame
            # on Y": the parser joins "laid" to the reported clause, not to "said"
        causes = [p for h in (verb, burden, *blamed) for c in children(h, "prep", "dative") if c.lower_ == "for"
                  for p in children(c, "pobj", "pcomp")]  # "for the attack", "for failing to ..."
        causes = causes or ([burden] if lemma(burden) not in BURDENS else [])  # (the act laid at the door)
        if accused and accusers and causes:  # "the responsibility for the incident, which ..." or "for the attack"
            said = burden if causes[0].head.head == burden else causes[0]
            inside = any(said.i == t.i for p in on[-1:] for t in p.subtree)  # "at Y's door for Z"
            left = (verb,) if said.i == verb.head.i else () if inside else tuple(on[-1:])  # (the relative clause)
            yield accusers, accused, self._span(self._subtree(said, left)), "blame-on"
        elif accused and accusers and burden.lemma_.lower() == "blame" and on:
            yield accusers, accused, self._told_beside(verb, on[-1]), "blame-on"

    @staticmethod
    def _extraposed(clause: "Token") -> "Token | None":
        """The clause "it was clear/likely that ..." is about: "said it was highly likely that
        Russia was responsible" reports that Russia was (the parser hangs it on "was" or on "likely")."""
        if lemma(clause) != "be" or not any(s.lower_ == "it" for s in children(clause, "nsubj")):
            return None
        evident = [a for a in children(clause, "acomp") if a.lower_ in EVIDENT]
        inner = [c for h in (clause, *evident) for c in children(h, "ccomp") if _marked_that(c)]
        return inner[0] if evident and inner else None

    def _responsible(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X held Y responsible for Z" (the verb "hold" with an adjective on its object), "held Y
        to account for Z" (the parser's verb "account")."""
        if lemma(word) != "hold" or self._blocked(word):
            return
        adjective = next((t for t in word.subtree if lemma(t) in self.words["responsible"]), None) or next(
            (x for x in children(word, "xcomp", "ccomp", "advcl") if x.lower_ == "account" and children(x, "aux")),
            None)
        # ("would be held to account for the attack": the parser hangs "to account" on the verb as a purpose)
        if adjective is None:
            return
        held = children(word, "dobj") or children(adjective, "nsubj")
        accusers = self.subjects(word) if not children(word, "auxpass") else self.agents(word)
        if not accusers and children(word, "auxpass") and word.dep_ == "ccomp" \
                and lemma(word.head) in self.words["saying"] and not self._blocked(word.head):
            # "X said Y would be held accountable for Z": X holds Y to it
            accusers = self.subjects(word.head)
        if not held:
            held = children(word, "nsubjpass")
        relative = [c for c in held or children(word, "nsubj") if c.tag_ in ("WDT", "WP")]
        if relative and word.dep_ == "relcl":
            held = [word.head]  # "to isolate Islamabad, which it holds responsible for ...": Islamabad
            accusers = [r for c in children(word, "nsubj") if c.tag_ not in ("WDT", "WP")
                        for r in self.resolver.refs(c)] or accusers
        accused = self.resolver.refs(held[0]) if held else []
        allegation = self._complement(adjective, word)
        if allegation is None and word.tag_ == "VBG" and word.dep_ == "advcl":  # "Holding Russia responsible,
            allegation = self._span(self._subtree(word))  # Britain expelled ...": for what, the main clause says
        if allegation is None and held and adjective.i > held[0].i and adjective.lower_ != "account":  # "said they
            allegation = self._span(list(word.doc[held[0].i:adjective.i + 1]))  # held Moscow responsible": for
            # what the article said before; the words themselves are the charge
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "responsible"

    def _named_among(self, verb: "Token", held: "Token") -> list[Ref]:
        """The actors listed with an unnamed plural the verb acts on: "designated 22 gangs, among
        them G9 and G-Pep, as terrorist", "several groups, including Hamas" (the parser hangs
        "among" on the verb)."""
        if held.tag_ != "NNS" or not any(c.lower_ == "as" for c in children(verb, "prep")) \
                and lemma(verb) not in DESIGNATING:  # (described or not: "six Mexican cartels, among them ...")
            return []
        lists = [m for m in children(held, "prep") if lists_members(m)] + [
            m for m in (*children(held, "prep"), *children(verb, "prep")) if m.lower_ == "among"]
        misread = [c for c in verb.children if c.dep_ in ("conj", "dep", "npadvmod") and c.i > held.i  # "among them
                   and any(m.lower_ == "among" for m in children(c, "prep"))]  # A and B" read as the verb's
        # conjuncts, or as its adverbial noun with "among" hung on it, or as its second object
        misread += [c for m in children(verb, "prep") if m.lower_ == "among" and children(m, "pobj")
                    and children(m, "pobj")[0].lower_ == "them" for c in children(verb, "dobj", "npadvmod", "dep")
                    if c.i > m.i]
        return [r for m in lists for p in children(m, "pobj") if p.lower_ != "them"
                for t in (p, *p.conjuncts) for r in self.resolver.refs(t)] + [
            r for c in misread for t in (c, *c.conjuncts) for r in self.resolver.refs(t)]

    def _label(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X called Y a terrorist organisation", "X designated Y as a terrorist group"."""
        if lemma(verb) not in self.words["label_verbs"] or verb.pos_ != "VERB" or self._blocked(verb):
            return
        if (any(a.lower_ in ("would", "will", "could", "might", "may") for a in children(verb, "aux"))
                or any(d.lower_ == "any" for o in children(verb, "dobj") for d in children(o, "det"))) \
                and lemma(verb) in ("treat", "consider", "regard", "view", "deem"):
            return  # "warned it would treat any Turkish vessel as a hostile target", "pledged to treat any Turkish
            # advance as a cause for war": a threat, not a charge
        if lemma(verb) == "call" and any(c.lower_ in ("for", "on", "off") and c.i == verb.i + 1
                                         for c in children(verb, "prep", "prt")):
            return  # "China called for restraint", "called on Y to ...": a plea, no name given
        passive = bool(children(verb, "auxpass"))
        aside = self._aside_labelled(verb) if not passive and lemma(verb) not in self.words["accuse"] else None
        # (not "..., which Baghdad condemned as a violation": a condemnation, read by `_accuse`)
        if aside is not None:  # "..., a move Venezuela called a provocation": the act before the comma
            labellers = self.subjects(verb)
            doers = [r for r in aside[0] if r.actor not in {a.actor for a in labellers}]
            if labellers and doers:
                yield labellers, doers, aside[1], "label-act"
            return
        held = children(verb, "nsubjpass") if passive else children(verb, "dobj")
        labels = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
        if not passive and children(verb, "dative") and held:  # "branded the PKK a terrorist group", read
            held, labels = children(verb, "dative"), [*labels, *held]  # as two objects
        elif not passive and len(held) >= 2:  # "..., which X has labelled a terror organisation": two objects
            held, labels = held[:1], [*labels, *held[1:]]
        elif not passive and not held:  # "has branded the TPLF a terrorist organisation", the label hung on it
            held = children(verb, "dative")
            named = [c for c in labels if c.dep_ == "oprd"]
            if not held and len(named) >= 2:  # "Trump called President Joe Biden a liar": the parser
                held, labels = named[:1], [c for c in labels if c is not named[0]]  # reads both as predicates
            misread = [c for n in named if n.pos_ == "NOUN" and lemma(n) in self.words["pejoratives"]
                       or n.pos_ == "ADJ" and lemma(n) in self.words["pejoratives"] | self.words["labels"]
                       for c in children(n, "compound") if c.pos_ == "NOUN"]
            if not held and misread:  # "called the Hamas attack barbaric": the parser reads the adjective as
                held = misread[-1:]  # a noun, the act as its modifier ("called Peru's new government
                # illegitimate": or keeps the adjective, the one labelled its compound)
        if not passive and len(held) == 1 and not labels and children(held[0], "nsubj"):
            held, labels = children(held[0], "nsubj"), held  # "declared Greenpeace an undesirable organisation",
            # read as a small clause: the label the object, the one labelled its subject
        labels += [p for c in children(verb, "prep") if c.lower_ == "as" for p in children(c, "pobj", "amod", "acomp")]
        labels += [p for c in children(verb, "prep") if c.lower_ == "as" for p in children(c, "pcomp")
                   if p.lower_ in ("having", "being")]  # "described X as having directed militias that killed"
        described = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ == "appos" \
            and verb.head.pos_ == "NOUN" and self.resolver.refs(verb.head.head) else verb.head
        # ("the PDF, the NUG's armed wing, which it called a terrorist group": the PDF)
        if held and held[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and self.resolver.refs(described):
            if self._act_above(verb):
                return  # "..., which Islamabad condemned as a violation": the act above, read by `_accuse`
            held = [described]  # "the PKK, which Turkey and the EU list as a terrorist organisation": the PKK
        if held and lemma(held[0]) in self.words["accuse_nouns"] - {"sanction"} \
                and not any(self.resolver.refs(t) for label in labels for t in label.subtree):
            return  # "called Lukashenko's accusation 'absurd'", "branded the claims a lie": an answer to a
            # charge charges no one (but "called the sanctions economic warfare" does, and "described the
            # claim as Russian propaganda" names whose it is)
        listed: list["Token"] = []  # "branded the NUG and the PDF 'terrorist' groups": the parser reads the
        tail = next((c for c in held[0].conjuncts if c.pos_ == "NOUN" and c.i > held[0].i and any(  # label as the
            lemma(a) in self.words["labels"] | self.words["pejoratives"] for a in children(c, "amod"))),  # last
            None) if held and not labels and not passive else None  # one listed, the name as its modifier
        if tail is not None:
            labels, listed = [tail], [m for m in children(tail, "nmod", "compound", "poss") if self.resolver.refs(m)]
        if not labels and held:  # the parser often hangs "Y a terrorist" as one phrase, or "the attack by
            # Y a war crime" with the label on Y
            labels = [c for t in held[0].subtree for c in t.children if c.dep_ in ("appos", "attr", "oprd")
                      and (t.i == held[0].i or c.right_edge.i == held[0].right_edge.i)]
            # or "as" under the object's own clause: "described the sanctions imposed by Y as terrorism"
            labels += [p for c in children(held[0], "acl") for a in children(c, "prep") if a.lower_ == "as"
                       for p in children(a, "pobj")]
            labels += [p for a in children(held[0], "prep") if a.lower_ == "as" for p in children(a, "pobj")]
            # ("described the raid as a war crime ...": the parser hangs "as" on the object)
            labels += [c for c in children(held[0], "dobj") if held[0].pos_ == "NOUN"
                       and lemma(c) in self.words["labels"] | self.words["pejoratives"]]
            # ("called China's move a violation of ...": the label read as the object of "move")
            labels += [c for a in children(held[0], "acl") if a.tag_ == "VBN" for c in children(a, "dobj")
                       if {lemma(t) for t in c.subtree} & (self.words["labels"] | self.words["pejoratives"])]
            # ("called the sanctions imposed by Y an act of aggression": the label read as the participle's object)
            labels += [c for p in (*children(verb, "prep"), *children(held[0], "prep")) for g in children(p, "pcomp")
                       if g.tag_ == "VBG" for c in children(g, "dobj") if lemma(c) in self.words["labels"]
                       and any(d.lower_ in ("a", "an") for d in children(c, "det"))]
            # ("called Venezuela's referendum on annexing the region a threat": the label read as the gerund's object)
        edge = held[0].right_edge if held else None
        while edge is not None and edge.is_punct and edge.i > held[0].i:  # ('... in Gaza "genocide"': the word)
            edge = edge.nbor(-1)
        if edge is not None and edge.dep_ == "conj" and edge.head.pos_ == "ADJ" and edge.head.dep_ == "amod":
            edge = edge.head  # 'called the attack "dangerous and reckless"': the first of the pair
        if not labels and edge is not None and edge.pos_ == "ADJ" and edge.i > held[0].i + 1 \
                and edge.dep_ in ("amod", "pobj", "appos") \
                and any(lemma(t) in self.words["labels"] | self.words["pejoratives"] for t in edge.subtree):
            labels = [edge]  # "called the detention of the journalists by Iran unacceptable": the parser
            # hangs the closing adjective inside the object
        if not labels and edge is not None and edge.pos_ == "NOUN" and edge.i > held[0].i + 2 \
                and edge.dep_ == "pobj" and lemma(edge) in self.words["labels"] \
                and any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" for c in edge.children):
            labels = [edge]  # 'called Israel's actions in Gaza "genocide"': the label read as the end of
            # the place's name ("Gaza genocide")
        if not labels and held and lemma(held[0]) in self.words["labels"]:  # "branded the TPLF leaders war
            named = [c for c in children(held[0], "compound") if self.resolver.refs(c)]  # criminals", one phrase
            named = named or [c for c in children(held[0], "poss") if self.resolver.refs(c) and any(
                m.dep_ in ("amod", "compound") and m.i > c.i for m in held[0].children) and any(
                d.lower_ in ("a", "an") and d.i > c.i for d in children(held[0], "det"))]  # (not "labeling the
            # Ottoman Empire's World War I era killings as genocide": no label of its own)
            # ("called the opposition's primary a fraud", read as one phrase: the owner of what is called so)
            named = named or [c for c in children(held[0], "nmod") if c.pos_ == "NOUN" and c.i < held[0].i
                              and lemma(c) in self.words["decisions"] | self.words["conduct"]]
            # ("called the decision political persecution": the parser reads the act as the label's modifier)
            if named:
                labels, held = [held[0]], named[:1]
        for k, label in enumerate(labels):  # "called Japan's move a provocation", misread as a clause
            inner = children(label, "dobj", "attr") if label.dep_ == "ccomp" and label.pos_ == "NOUN" and not held else []
            if inner and lemma(inner[0]) in self.words["labels"]:
                held, labels[k] = [label], inner[0]
        if held and held[0].lower_ == "what" and held[0].tag_ == "WP":
            yield from self._act_called(verb, labels)
            return
        for label in labels:
            pressed = self._pressed_by(label) if held else []  # "called the vote the result of pressure from X"
            labellers = self.subjects(verb) if pressed else []
            if pressed and labellers:
                yield labellers, pressed, self._span(self._subtree(label)), "label"
                continue
            words = {lemma(t) for t in label.subtree if not _negative_prefix(t)} | hyphenated(label.subtree)
            # ("a cover-up", "a witch-hunt"; not "non-state actors")
            unfair = label.lower_ in FAIR_VOTE and bool(held) and lemma(held[0]) in BALLOTS and any(
                c.lower_ in ("neither", "not") for c in label.children)  # "described the vote as neither free nor fair"
            if not words & (self.words["labels"] | self.words["pejoratives"] | CALLED_ONLY) and not (
                    label.pos_ in ("ADJ", "NOUN") and lemma(label) in self.words["responsible"]) and not unfair \
                    and not (label.lower_ in ("having", "being")
                             and self._states_wrong(self._span(list(label.subtree)))):
                continue  # ("called China's actions unsafe and dangerous"; "named the North Korean government as
                # responsible", "named Kataib Hezbollah as the most likely culprit")
            if not held:
                held = children(label, "nsubj")
            if not held:  # "Biden called Trump a clown, a racist": the parser reads the name as the label's
                held = [c for c in children(label, "compound", "nmod") if (c.pos_ == "PROPN" or c.dep_ == "nmod")
                        and self.resolver.refs(c)][:1]  # (or its modifier: "called the opposition anti-state
                # forces", read as one phrase)
            act = self._act_named_last(verb) if held and held[0].lower_ in ("it", "this") and label.pos_ == "ADJ" \
                else None  # "Abe, in Seoul on the day of the test, called it unpardonable": the act, not an actor
            by = [p for h in held[:1] for c in (children(verb, "agent") if not passive else [])
                  if c.lower_ == "by" and c.i == h.right_edge.i + 1 for p in children(c, "pobj")] \
                if held and held[0].pos_ == "NOUN" else []  # "called their use by Thai troops unacceptable": the
            # doer "by" names (the parser may hang it on the verb), not the owner "their" stands for
            condemned = self._object_called(verb) if held and held[0].lower_ in ("it", "this") else None
            bare_act = bool(held) and held[0].pos_ == "NOUN" and not self.resolver.refs(held[0]) and not by
            marks = [*children(label, "prep"), *(g for a in children(label, "acl") for g in children(a, "agent"))]
            doers = [r for c in marks if c.lower_ == "by" for p in children(c, "pobj")
                     for r in self.resolver.refs(p, owner=True)] \
                if held and (held[0].lower_ in ("it", "this") or bare_act) else []
            # ("described the arrest as a kidnapping carried out by the government": the doer the label names)
            if doers and lemma(label) in self.words["wrong_nouns"]:  # "calling it a hybrid attack by the
                accused = doers  # Lukashenko regime": the doer the label names, not what "it" stands for
            elif act is not None:
                accused = self._doers_of(act) or self.resolver.doer_before(act)
            elif condemned is not None:  # "condemned the vote, calling it an attack on ...": the vote's doer
                accused = self._doers_of(condemned) or self._doers_before(condemned, list(label.subtree))
            else:  # (with "by", the act's doer is read below)
                among = self._named_among(verb, held[0]) if held and not by else []
                accused = among or (self.resolver.refs(held[0]) if held and not by else [])
                if accused and not among:  # "declared Los Choneros, Los Lobos and 20 other gangs terrorist groups"
                    accused += [r for c in [*held[0].conjuncts, *children(held[0], "appos"), *listed]
                                if c not in labels and c.pos_ != "NOUN" for r in self.resolver.refs(c)]
            backing = tuple(c for c, _ in self._done_by(label) if lemma(c) in self.words["support"])  # charged below
            agent_of_label = tuple(c for c in label.children if c.lower_ == "by") if passive else ()
            # ("was described as neither free nor fair by the EU": who labels it, hung on the label)
            named = self.words["labels"] | self.words["pejoratives"]
            said = label if lemma(label) in named else next(  # "a clown, a racist": the list's word that charges
                (c for c in label.subtree if c.dep_ in ("appos", "conj") and lemma(c) in named), label)
            allegation = self._span(self._subtree(said, tuple(c for c in said.children if c.lower_ == "by"
                                                         or c.dep_ == "compound" and c in held) + backing))
            if not accused and held:  # "called the attack by Y a war crime": the act's doer
                accused = [r for p in by for r in self.resolver.refs(p, owner=True)] or self._doers_of(held[0]) \
                    or self._vote_held_in(held[0]) or self._state_of_abuses(held[0])
                # ("called the vote in Venezuela a sham": who held it; "the coup in Niger a violation": whose it is)
                allegation = self._span(self._subtree(held[0], (label, label.head) if label.head.lower_ == "as"
                                                      else (label,)) + self._subtree(label, agent_of_label))
                if not accused and not self._without_naming(verb):  # "called the attack a crime": the doer
                    accused = self._doers_before(held[0], [t for t in label.subtree if not  # named before; the act
                                                           held[0].left_edge.i <= t.i <= held[0].right_edge.i])  # and its name
                    allegation = self._span(self._subtree(held[0], (label,)) + self._subtree(label))
                if not accused:  # "described the referendum as a sham organised by Moscow": its organiser;
                    accused = self._done_by_actors(label) or [  # "as an act of aggression by North Korea"
                        r for t in label.subtree if t.dep_ == "prep" and t.lower_ == "by"
                        for p in children(t, "pobj") for r in self.resolver.refs(p)] or [
                        r for c in children(label, "amod", "compound", "poss") if c.i in self.resolver.mention_of
                        and not (label.dep_ == "pobj" and label.head.lower_ in PLACED_IN)
                        for r in self.resolver.refs(c)]  # "called the referendum a Russian provocation" (not
                    # "called the attacks in Syria terrorism", read as "in Syria terrorism": the place)
                    allegation = self._span(self._subtree(held[0], (label, label.head) if label.head.lower_ == "as"
                                                          else (label,)) + self._subtree(label))
                if passive and held[0].i < verb.i < label.i:  # "The claim was described by the US as Russian
                    allegation = self._span(self._subtree(label, agent_of_label))  # propaganda": the label
            accusers = self.agents(verb) if passive else self.subjects(verb)
            if held and held[0].tag_ == "PRP" and verb.dep_ == "advcl" and accused and {r.actor for r in accused} <= {
                    a.actor for a in accusers} and lemma(verb.head) not in self.words["accuse"] | self.words["scold_for"]:
                # "X responded to Y, calling him a liar": not X himself, but Y (after "condemned Y for the
                # strike, calling it a violation", "it" is the strike the charge already names)
                accused = [r for o in [*children(verb.head, "dobj"), *(p for c in children(verb.head, "prep")
                                                                          for p in children(c, "pobj"))]
                           for r in self.resolver.refs(o)]
            by_name = bool(held) and held[0].pos_ == "PROPN"
            accused = [r for r in accused if not any(a.actor == r.actor and not (by_name and _two_people(a, r))
                                                     for a in accusers)]
            # ("Russia and Venezuela condemned what they called a coup": "they" are the accusers, not each
            # other; but two people of one state are rivals in office, `_rivals_in_office`)
            if accusers and accused:
                yield accusers, accused, allegation, "label"
                yield from self._backers_in_label(label, accusers)
            return

    def _object_called(self, verb: "Token") -> "Token | None":
        """What "it" is in "condemned the vote, calling it an attack": the object of the verb the
        calling clause hangs on, when that names a thing, not an actor."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return None
        objects = children(verb.head, "dobj") or [o for p in children(verb.head, "prep") if p.lower_ in ("to", "at")
                                                   for o in children(p, "pobj")]  # "reacted angrily to Y's decision"
        return next((o for o in objects if o.pos_ == "NOUN" and not self.resolver.refs(o)), None)

    def _act_named_last(self, verb: "Token") -> "Token | None":
        """The last act the sentence of `verb`, or the one before, names by its noun ("the test",
        "the attack") before `verb`."""
        first = self.resolver.sentences[max(0, self.resolver.sentence_of(verb) - 1)].start
        return next((t for t in reversed(verb.doc[:verb.i]) if t.idx >= first and t.pos_ == "NOUN"
                     and (lemma(t) in EVENTS or t.lower_ in EVENTS)), None)

    def _act_called(self, verb: "Token",
                    labels: list["Token"]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Iranian missiles hit Erbil, in what Baghdad called a blatant aggression", "Russia
        launched what Kyiv called a terrorist attack": the one who names the act accuses its doer."""
        label = next((l for l in labels if {lemma(t) for t in l.subtree} & self.words["labels"]), None)
        if label is None:
            return
        named_doers = self._done_by_actors(label) or [  # ("the 'massacre' of Peruvians by the government")
            r for p in children(label, "prep") if p.lower_ == "by" for o in children(p, "pobj")
            for r in self.resolver.refs(o, owner=True)]
        if named_doers:  # "protested what it called an economic war waged against it by X": the doer named
            accused, allegation = named_doers, self._span(self._subtree(label))
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.pos_ in ("VERB", "AUX"):
            act = verb.head.head  # "..., in what X called ...": the clause it comments on
            while not children(act, "nsubj") and act.dep_ in ("advcl", "conj") and act.tag_ == "VBG":
                act = act.head  # "missiles hit Erbil, killing a businessman, in what X called ..."
            armed = any(lemma(s) in self.words["wrong_nouns"] for s in children(act, "nsubj"))  # "missiles hit Erbil"
            named = lemma(label) in ("coup", "putsch", "takeover")  # "soldiers arrested the president, in
            # what X called a coup": the name makes the act a wrong that no verb of it states
            if not children(act, "nsubj") or not (armed or named or self._is_wrong(act)):
                return  # "accused Y of launching drones, in what X called ...": the accusation reads it
            accused = self._reported_subject(act)
            allegation = self._span(self._subtree(act, (verb.head, *children(act, "mark"))))
        elif verb.dep_ in ("ccomp", "dobj", "xcomp") and verb.head.pos_ == "VERB":
            act = verb.head  # "Y launched what X called an attack": what Y did
            accused = [r for s in children(act, "nsubj") for r in self.resolver.refs(s, owner=True)]
            allegation = self._span(self._subtree(label))
        elif verb.dep_ == "pcomp" and any(c.dep_ in ("poss", "amod", "compound") for c in label.children):
            # "welcomed the end of what it called Israel's aggression", "responded to what it called
            # Russian provocations": the name given says whose act it is
            accused = [r for c in label.children if c.dep_ in ("poss", "amod", "compound") for r in self.resolver.refs(c)]
            allegation = self._span(self._subtree(label))
        else:
            return
        accusers = [r for r in self.subjects(verb) if r.actor not in {a.actor for a in accused}]
        if accusers and accused:
            yield accusers, accused, allegation, "label"

    def _backers_in_label(self, label: "Token", accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X calls the rebels terrorists backed by Y": X says Y backs them, a charge against Y too."""
        for clause, backers in self._done_by(label):
            if lemma(clause) in self.words["support"] and backers:  # the charge: the label and its backing
                yield accusers, backers, self._span(self._subtree(label)), "label"

    def _done_by(self, noun: "Token") -> list[tuple["Token", list[Ref]]]:
        """The participle clauses on `noun` that name a doer with "by" ("a sham organised by
        Moscow", "terrorists backed by Eritrea"), each with the actors of its "by"."""
        clauses = [d for c in children(noun, "acl") for d in (c, *c.conjuncts)]  # "planned and carried out by"
        return [(c, [r for a in children(c, "agent") for p in children(a, "pobj") for r in self.resolver.refs(p)])
                for c in clauses if children(c, "agent")]

    def _done_by_actors(self, noun: "Token") -> list[Ref]:
        """Every actor named by a "by" of `noun`'s participle clauses (`_done_by`)."""
        return [r for _, doers in self._done_by(noun) for r in doers]

    def _doers_of(self, act: "Token") -> list[Ref]:
        """Who did the act a noun names: its owner ("Syrian shelling", "attacks by the PKK"),
        else the "by" of a participle on it ("violations committed by Y")."""
        victims = [o for p in children(act, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        places = [o for p in children(act, "prep") if p.lower_ in PLACE_WORDS for o in children(p, "pobj")]
        by = [r for h in (act, *victims, *places) for p in children(h, "prep") if p.lower_ == "by"
              for o in children(p, "pobj") for r in self.resolver.refs(o, owner=True)]
        # "the poisoning of X by Russian agents", "his murder inside the consulate by Saudi agents": "by" hung on X
        return by or self.resolver.refs(act, owner=True) or self._gerund_subject(act) or self._done_by_actors(act) \
            or self._by_after(act) or [
            r for h in (act, *victims) for p in children(h, "prep") if p.lower_ == "in"  # ("the killing of its
            for o in children(p, "pobj") if lemma(o) in EVENTS for r in self.resolver.refs(o, owner=True)]  # general
        # in a U.S. drone strike": the strike's doer, asked only when nothing before names one)

    def _gerund_subject(self, act: "Token") -> list[Ref]:
        """The people the small parser made the subject of an act named after a preposition
        ("retaliating for Pakistani shelling"): its doers."""
        return [r for s in children(act, "nsubj") if act.dep_ == "pobj" for r in self.resolver.refs(s, owner=True)]

    def _noun(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X's accusations against Y", "accusations by X that Y had ...", "Y rejected accusations by X"."""
        if noun.dep_ == "dobj" and lemma(noun.head) in TRADED and lemma(noun) in TRADED_CHARGES:
            yield from self._traded(noun)
            return
        under_fire = lemma(noun) == "fire" and noun.dep_ == "pobj" and noun.head.lower_ == "under"  # "came under fire"
        if lemma(noun) not in self.words["accuse_nouns"] and not under_fire or noun.pos_ != "NOUN":
            return
        if lemma(noun) in ("charge", "claim") and not children(noun, "prep", "acl", "ccomp", "poss"):
            return
        if any(d.lower_ == "no" for d in children(noun, "det", "neg")):
            return  # "said it had made no accusation against Bolivia"
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
            yield from self._singled_out(noun, noun.head.head)
            return
        accusers: list[Ref] = []
        for child in children(noun, "poss", "compound", "amod"):
            accusers += self.resolver.refs(child)
        for prep in children(noun, "prep"):
            if prep.lower_ in ("by", "from"):
                accusers += [r for p in children(prep, "pobj") for r in self.resolver.refs(p)]
        own = bool(accusers)  # the charge names its maker: whatever another does with it, it was made
        voiced = [q for prep in children(noun, "prep") if prep.lower_ == "of" for p in children(prep, "pobj")
                  for q in children(p, "prep") if q.lower_ in ("by", "from")]
        if not accusers and voiced:  # "allegations of corruption from X": the parser hangs "from X" on the charge
            accusers = [r for q in voiced for p in children(q, "pobj") for r in self.resolver.refs(p)]
        drawn = noun.head if noun.dep_ == "dobj" and lemma(noun.head) in REACTIONS | FACING else \
            noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else None
        if not accusers and drawn is not None:  # "drew criticism from X", "came under fire from X": "from" on the verb
            accusers = [r for prep in children(drawn, "prep") if prep.lower_ in ("by", "from")
                        for p in children(prep, "pobj") for r in self.resolver.refs(p)]
        if not accusers and noun.dep_ == "dobj" and not self._blocked(noun.head) and (
                lemma(noun) in ("charge", "accusation", "allegation") or lemma(noun.head) in self.words["utter"]) \
                and lemma(noun.head) not in FACING | self.words["deny"]:  # (who faces or denies them is accused)
            accusers = self.subjects(noun.head)  # "the Department of Justice unsealed charges against him"
        linked = self._linking(noun)
        if linked is not None:  # "X said there were credible allegations linking Y to the killing"
            speaker = noun.head.head if noun.dep_ == "attr" and noun.head.dep_ == "ccomp" else None
            if not accusers and speaker is not None and lemma(speaker) in self.words["saying"] \
                    and not self._blocked(speaker):
                accusers = self.subjects(speaker)
            if accusers and linked[0]:
                yield accusers, linked[0], linked[1], "noun"
            return
        if not accusers:
            return
        if noun.dep_ == "dobj" and lemma(noun.head) in REACTIONS:
            yield from self._drew(noun, accusers)
            return
        accused: list[Ref] = []
        allegation: tuple[int, int] | None = None
        preps = children(noun, "prep")
        preps += [q for p in preps if p.lower_ in ("by", "from") for q in children(p, "prep")
                  if q.lower_ in ("of", "over", "for")]  # "accusations from the UN of bombing": "of" hung on "from"
        if noun.dep_ == "dobj" and lemma(noun.head) in self.words["utter"]:  # the parser may hang the
            preps += [p for p in children(noun.head, "prep") if p.i > noun.i and p.lower_ in ("over", "about")
                      and not any(a.lower_ == "against" for a in children(noun.head, "prep"))]  # complement on the verb
        for prep in preps:
            if prep.lower_ in ("against", "of", "that", "over", "about"):
                for pobj in children(prep, "pobj"):
                    accused += [] if voiced and prep.lower_ == "of" else self.resolver.refs(pobj, owner=True)
                if prep.lower_ == "against" and lemma(noun) == "sanction":
                    continue  # "US sanctions against Cuba" charge nothing by themselves; "over Z" does
                if prep.lower_ == "against":  # "further charges against him": the charges
                    allegation = allegation or self._span(self._subtree(noun, (prep, *children(noun, "det"))))
                else:
                    allegation = allegation or self._span(self._subtree(prep, tuple(voiced)))
        head = noun.head
        while head.dep_ in ("prep", "pobj", "conj") and head.head.i != head.i:
            head = head.head
        clauses = children(noun, "acl", "ccomp") + [  # "accusations that it shelters Z", read as a relative clause
            c for c in children(noun, "relcl") if children(c, "nsubj", "nsubjpass") and (_marked_that(c) or any(
                t.lower_ == "that" and t.dep_ == "dobj" and t.i < c.i for t in c.children) and self._is_wrong(c))]
        # (or "allegations from X that he had lied": "that" read as the object of a wrong that takes none)
        clauses = clauses or ([  # "added to criticism from X that Y ...": the parser
            c for c in children(head, "ccomp") if c.i > noun.i  # may hang the noun's "that" clause on the verb
            and _marked_that(c)] if not accused else [])
        facing = noun.dep_ == "dobj" and lemma(noun.head) in FACING
        for clause in clauses:
            if not accused and facing and any(s.pos_ == "PRON" for s in children(clause, "nsubj", "nsubjpass")):
                accused = self.subjects(noun.head)  # "Y faces accusations from X that it shelters Z": "it" is Y
            if not accused:
                accused = self._reported_subject(clause)
            allegation = self._span(self._subtree(clause))
        if not accused and noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "Y is under X sanctions"
            accused = [r for s in children(head, "nsubj", "nsubjpass") for r in self.resolver.refs(s)]
            allegation = allegation or self._cause(head) or self._object_of(head, ("for",)) \
                or self._object_of(noun, ("for", "over"))  # "came under criticism from X for its blockade"
            # (the parser may hang "for" on the criticism)
        if not accused and noun.dep_ == "dobj" and lemma(noun.head) in FACING:  # "Y faced condemnation from X over Z"
            accused = self.subjects(noun.head)
            allegation = allegation or self._object_of(noun.head, ("over", "for"))
        if not accused and noun.dep_ == "pobj" and noun.head.lower_ in ("despite", "amid", "after", "following") \
                and head.pos_ in ("VERB", "AUX"):  # "Y pledged Z, despite criticism by X (who ...)"
            accused = self.subjects(head)
            allegation = allegation or self._critics_say(noun) or self._span(
                [t for t in self._subtree(head, (noun.head, *children(head, "nsubj", "nsubjpass")))
                 if t.i >= head.i])
        if lemma(head) in self.words["deny"]:  # "Y rejected accusations by X that ..."
            if not accused:
                accused = self.subjects(head)
            if allegation is None or not accused:
                return  # "dismissed the claim from Berlin": the claim is stated where it is made
        elif negated(head) and not own:  # (not "Moscow did not respond to Kyiv's charge that ...": Kyiv's)
            return
        if accused and allegation:
            yield accusers, accused, allegation, "noun"

    def _singled_out(self, noun: "Token", verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X singled out Y for criticism over Z", "X targeted Y for condemnation": the one
        picked out for the charge is accused of what it is over."""
        if self._blocked(verb) or not children(verb, "dobj"):
            return
        accused = self.resolver.refs(children(verb, "dobj")[0], owner=True)
        allegation = self._complement(noun, verb, preps=("over", "about", "of", "on")) or self._saying_after(verb)
        accusers = self.subjects(verb)
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "noun"

    def _pejorative(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"NATO described this as a response to Russia's aggressive behaviour", "the US said Iran's
        destabilising activities must stop": conduct named with a word that condemns it, by the
        one who says, warns of or describes it, charges its owner. Not where the verb is denied
        or the words are the owner's own, and not a label ("calling it a terrorist act by Y"):
        that names an act charged already, the label rule's."""
        if noun.pos_ != "NOUN" or noun.dep_ == "oprd" or lemma(noun) not in self.words["conduct"] or not any(
                lemma(a) in self.words["pejoratives"] or a.lower_ in self.words["pejoratives"]
                for a in children(noun, "amod")):
            return
        owners = [r for c in children(noun, "poss") for r in self.resolver.refs(c)] or [
            r for p in children(noun, "prep") if p.lower_ == "by"
            for o in children(p, "pobj") for r in self.resolver.refs(o)]
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while verb is not None and not self._speaks(verb) and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
            verb = verb.head  # "the US said Iran's destabilising activities must stop": the one who says
        if not owners or verb is None or not self._speaks(verb) or self._blocked(verb):
            return
        mine = {r.actor for r in owners}
        accusers = [r for r in self.subjects(verb) if r.actor not in mine]
        if accusers:
            yield accusers, owners, self._span(self._subtree(noun)), "pejorative"

    def _each_blaming_the_other(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The two armies exchanged fire, each side blaming the other", "clashed, with each
        accusing the other of ...": the sides of the act the clause hangs on accuse each other,
        of the charge named, else of that act."""
        each = [s for s in children(verb, "nsubj") if s.lower_ == "each" or lemma(s) in BOTH_SIDES and any(
            c.lower_ in ("each", "either", "both", "two") for c in children(s, "det", "nummod", "predet"))]
        if verb.dep_ == "ROOT" and each:  # "Thailand and Cambodia clashed ... Each side blamed the other for X"
            # ("Both sides have accused each other of breaching the truce")
            sides = self.resolver.sides_before(each[0])
            allegation = self._complement(verb)
            if len(sides) == 2 and allegation:
                yield from _both_ways(sides, allegation)
            return
        listed = self._named_before(verb) if each and verb.dep_ in ("ccomp", "advcl") else []
        if len({r.actor for r in listed}) == 2:  # "talks broke up, with Israel and Hamas each blaming the
            allegation = self._complement(verb)  # other for the impasse, mediators said" (the parser makes
            if allegation:  # the blaming what the mediators said)
                yield from _both_ways(listed, allegation)
            return
        act = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else verb.head
        if verb.dep_ not in ("advcl", "conj", "pcomp") or act.pos_ not in ("VERB", "AUX") or not any(
                s.lower_ == "each" or lemma(s) in ("side", "party") for s in children(verb, "nsubj")):
            return
        sides = self.subjects(act)
        other = children(verb, "dobj")
        skip = (verb if verb.head.i == act.i else verb.head, *children(act, "nsubj", "punct"))
        allegation = self._complement(verb) or self._complement(other[0], preps=("of", "for")) or self._span(
            [t for t in self._subtree(act, skip) if t.i >= act.i])
        if len(sides) >= 2 and allegation[1] > allegation[0]:
            yield from _both_ways(sides, allegation)

    def _drew(self, noun: "Token", accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Pyongyang fired a missile, prompting condemnation from Seoul": the act the
        condemnation answers, and its doer; "the strike drew criticism from X": the act's owner."""
        verb = noun.head
        if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
            act = verb.head
            accused = self.subjects(act)
            words = [t for t in self._subtree(act, (verb, *children(act, "nsubj", "nsubjpass"), *children(act, "punct")))
                     if t.i >= act.i or t.dep_ in ("aux", "neg")]
        else:
            subject = children(verb, "nsubj")
            accused = [r for s in subject for r in self.resolver.refs(s, owner=True)]
            words = [t for s in subject for t in self._subtree(s)]
            if any(self.resolver.refs(s) for s in subject):  # "Venezuela drew criticism from X over the closure"
                cause = self._object_of(verb, ("over", "for")) or self._object_of(noun, ("over", "for"))
                words = [t for t in verb.doc if cause and cause[0] <= t.idx < cause[1]]
        if accused and words and not negated(verb):
            yield accusers, accused, self._span(words), "noun"

    def _traded(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"India and Pakistan traded accusations over the shelling": each side accuses the other,
        like "accused each other of"; the charge is what they trade them over."""
        verb = noun.head
        sides = self.subjects(verb)
        allegation = self._complement(verb, noun, preps=("over", "of", "for", "about"))
        if len(sides) < 2 or allegation is None or self._blocked(verb):
            return
        yield from _both_ways(sides, allegation)

    def _critics_say(self, noun: "Token") -> tuple[int, int] | None:
        """What the critics of "criticism by X, who questioned his authority" say: their relative clause."""
        critics = [p for prep in children(noun, "prep") for c in children(prep, "pobj") for p in (c, *c.conjuncts)]
        for holder in (*critics, noun):  # the parser hangs "who ..." on the critic or on "criticism"
            for clause in children(holder, "relcl"):
                return self._span([t for t in self._subtree(clause) if t.dep_ != "nsubj" or t.head != clause])
        return None

    def _demand(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X called on Y to halt Z", "X urged Y to withdraw its troops"."""
        if lemma(verb) not in self.words["demand"] or verb.pos_ != "VERB" or self._blocked(verb):
            return
        warned = self._warned_against(verb)
        if warned is not None:
            yield warned
            return
        addressed = [p for c in children(verb, "prep") if c.lower_ in ("on", "upon") for p in children(c, "pobj")]
        addressed += children(verb, "dobj")
        acts = [c for c in verb.subtree if c.i != verb.i and c.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl")
                and (lemma(c) in self.words["stop"] or _owning_up(c))
                and c.head.i in {verb.i, *(a.i for a in addressed)}
                and not (lemma(verb) == "tell" and c.dep_ == "ccomp") and not children(c, "auxpass")]
        # ('"The nation has been freed from an incompetent government," he told the assembly': a
        # reported statement to an audience, not an order to it)
        if not addressed:  # "X demanded that Y withdraw its troops": the clause's subject is addressed
            acts = [c for c in children(verb, "ccomp") if lemma(c) in self.words["stop"] or any(
                a.lower_ in ("stop", "cease", "halt") for a in children(c, "aux"))]  # ("that Y stop attacking
            # ships": the small tagger may make "stop" an auxiliary of the gerund)
            addressed = [t for c in acts[:1] for t in children(c, "nsubj")]
        if not addressed or not acts:
            return
        accusers = self.subjects(verb)
        charge = self._charge_demanded(addressed, acts, accusers)
        if charge is not None:
            yield accusers, charge[0], self._saying_after(verb) or charge[1], "demand"

    def _demand_noun(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X renewed its demand that Y free the hostages", "X repeated its call for Y to withdraw its
        troops": a demand written as a noun, its maker the owner or the one who makes it."""
        if lemma(noun) not in DEMAND_NOUNS or noun.pos_ != "NOUN" or self._blocked(noun.head):
            return
        acts = [c for c in noun.children if c.dep_ in ("acl", "advcl", "ccomp", "relcl")
                and lemma(c) in self.words["stop"] and not children(c, "auxpass")]
        addressed = [s for c in acts[:1] for s in children(c, "nsubj")]
        if not addressed:
            return
        owners = [r for o in children(noun, "poss") for r in self.resolver.refs(o)]
        accusers = owners or (self.subjects(noun.head) if noun.dep_ == "dobj" else [])
        charge = self._charge_demanded(addressed, acts, accusers) if accusers else None
        if charge is not None:
            yield accusers, charge[0], charge[1], "demand"

    def _charge_demanded(self, addressed: list["Token"], acts: list["Token"],
                         accusers: list[Ref]) -> tuple[list[Ref], tuple[int, int]] | None:
        """Whom a demand to stop or undo an act charges, and the act's words; None for an
        even-handed call or one that charges no one."""
        if addressed[0].tag_ == "NNS" and (lemma(addressed[0]) in ("side", "party") or any(
                c.lower_ in ("both", "two", "all") for c in children(addressed[0], "det", "predet", "nummod"))):
            return  # "will keep pressing both sides to respect it", "called on both countries to end
            # hostilities": an even-handed call charges no one
        if lemma(addressed[0]) in DIPLOMATS and lemma(acts[0]) == "leave":
            return  # "ordered Rwanda's ambassador to leave the country": an expulsion, no charge stated
        if lemma(acts[0]) == "release" and not any(o.pos_ in ("PROPN", "PRON") or lemma(o) in HELD_PEOPLE
                                                   for o in children(acts[0], "dobj")):
            return  # "pressing the council to release the full results": releasing no one held, no charge
        addressed_refs = self.resolver.refs(addressed[0])
        if addressed[0].lower_ in ("them", "both") and len({r.actor for r in addressed_refs}) >= 2:
            return  # "said both sides had agreed to negotiate and urged them to respect a ceasefire": even-handed
        if len({r.actor for r in addressed_refs}) >= 2 and any(
                lemma(o) in MUTUAL_ACTS for o in children(acts[0], "dobj")):
            return  # "called on Armenia and Azerbaijan to halt the fighting": the two sides of one fight, even-handed
        if not addressed_refs:
            subject = children(acts[0], "nsubj")
            addressed_refs = self.resolver.refs(subject[0]) if subject else []
        if not (accusers and addressed_refs):
            return None
        # (the caller may give the reason said: "ordered French troops to leave, saying they were a threat")
        return addressed_refs, self._span(self._subtree(acts[0], tuple(children(acts[0], "nsubj", "mark"))))

    def _pressure(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X put pressure on Y to stop Z", "X increased pressure on Y to end Z": pressing someone
        to stop says they do wrong, as "X called on Y to halt Z" does."""
        if lemma(noun) != "pressure" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or self._blocked(noun.head):
            return
        pressed = [p for c in children(noun, "prep") if c.lower_ == "on" for p in children(c, "pobj")]
        acts = [c for c in (*noun.children, *noun.head.children) if c.dep_ in ("acl", "xcomp", "advcl")
                and lemma(c) in self.words["stop"]]
        accused = self.resolver.refs(pressed[0]) if pressed and acts else []
        accusers = self.subjects(noun.head) if accused else []
        if accusers:
            yield accusers, accused, self._span(self._subtree(acts[0], tuple(children(acts[0], "mark")))), "demand"

    def _inquiry(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Iran called for an investigation into Israel's attack on its consulate", "Ukraine opened
        an investigation into the killing of civilians by Russian troops": demanding or opening an
        inquiry into someone's act charges them with it; so does demanding redress for it ("demanded
        accountability for Israel's attacks")."""
        redress = lemma(noun) in REDRESS
        if lemma(noun) not in INQUIRIES and not redress or noun.pos_ != "NOUN":
            return
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
        if lemma(verb) not in self.words["demand"] | INQUIRING or verb.pos_ != "VERB" or self._blocked(verb):
            return
        accusers = self.subjects(verb)
        mine = {a.actor for a in accusers}
        # "into" may hang on the verb
        preps = children(noun, "prep") + (children(verb, "prep") if noun.dep_ == "dobj" else [])
        into = ("for", "over") if redress else ("into",)
        for act in (o for p in preps if p.lower_ in into for o in children(p, "pobj")):
            doers = [r for r in self._doers_of(act) if r.actor not in mine] if self._names_act(act) else []
            if not doers and redress and self._names_act(act) and any(d.lower_ == "the" for d in children(act, "det")):
                doers = [r for r in self._doers_before(act, [act]) if r.actor not in mine]  # "demanded
                # accountability for the attacks": the attacks told before, and their doer
            if accusers and doers:
                yield accusers, doers, self._span(self._subtree(act)), "inquiry"
            elif accusers and not self._names_act(act) and not redress:
                yield from self._inquiry_into_someone(noun, verb, act, accusers)

    def _inquiry_into_someone(self, noun: "Token", verb: "Token", target: "Token",
                              accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"opened an investigation into President X for allegedly interfering with the police",
        "a probe into Y over his role in the scheme": what the one investigated is investigated
        for, a wrong or their own conduct, is the charge."""
        mine = {a.actor for a in accusers}
        accused = [r for r in self.resolver.refs(target) if r.actor not in mine]
        reason = self._complement(target, noun, verb, preps=("for", "over"))
        if not accused or reason is None:
            return
        words = self.resolver.doc.char_span(*reason, alignment_mode="expand") or ()
        if self._names_wrong(reason) or any(t.lower_ in ("alleged", "allegedly") for t in words) \
                or self._owned_by(reason, accused):
            yield accusers, accused, reason, "inquiry"

    def _called_terrorists(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Colombia accused Venezuela of harbouring FARC terrorists": naming a group terrorists
        inside one's own charge labels it so (tests/gold/README.md: labelling someone a terrorist
        is an accusation). Not as the subject of a reported clause ("Turkey said PKK terrorists
        had attacked ..."), which that clause's charge reads already."""
        if lemma(noun) != "terrorist" or noun.pos_ != "NOUN" or noun.dep_ in SUBJECTS:
            return
        groups = [r for c in children(noun, "compound", "amod", "nmod") for r in self.resolver.refs(c)
                  if self.resolver.inventory.kind_of(r.actor) != "state"]
        speaker = next((a for a in noun.ancestors if a.pos_ == "VERB"
                        and lemma(a) in self.words["accuse"] | self.words["saying"]), None)
        if not groups or speaker is None or self._blocked(speaker):
            return
        accusers = [r for r in self.subjects(speaker) if r.actor not in {g.actor for g in groups}]
        if accusers:
            yield accusers, groups, self._span(self._subtree(noun)), "terrorist-label"

    def _revenge(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Islamic Jihad vowed revenge for the killings", "promised retaliation for the attack
        on its base": vowing to avenge an act charges its doer, named with it or just before."""
        if lemma(noun) not in REVENGE or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
                or lemma(noun.head) not in VOWING or self._blocked(noun.head):
            return
        heads = (noun, noun.head)  # the parser may hang "for the killing" on the verb
        acts = [o for h in heads for p in children(h, "prep") if p.lower_ in ("for", "over") for o in children(p, "pobj")]
        targets = [o for h in heads for p in children(h, "prep") if p.lower_ == "against" for o in children(p, "pobj")]
        avengers = self.subjects(noun.head)
        mine = {a.actor for a in avengers}
        for act in acts[:1]:  # "vowed revenge against Israel for the killing of its scientist": Israel
            named = [r for t in targets[:1] for r in self.resolver.refs(t)]
            doers = [r for r in (named or self._doers_of(act) or self.resolver.doer_before(act)) if r.actor not in mine]
            if avengers and doers:
                yield avengers, doers, self._span(self._subtree(act)), "punish"

    def _protested_after(self, verb: "Token",
                         accusers: list[Ref]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Tokyo protested after Chinese ships entered its waters", "Kenya complained when Somali
        troops crossed the border": a protest with no object answers the wrong just done; its doer
        is charged with it. Whom it protests to is only its audience: "Manila protested to Beijing after
        a Chinese vessel fired water cannon at a supply boat"."""
        if any(p.lower_ not in ("to", "with") and not any(o.ent_type_ in ("DATE", "TIME") for o in children(p, "pobj"))
               for p in children(verb, "prep")):
            return  # (a time is no object: "lodged a protest on Sunday after ...")
        mine = {a.actor for a in accusers}
        for clause in children(verb, "advcl"):
            if not any(m.lower_ in ("after", "when") for m in children(clause, "mark", "advmod")) \
                    or not self._is_wrong(clause):
                continue
            doers = [r for x in children(clause, "nsubj") for r in self.resolver.refs(x, owner=True) if r.actor not in mine]
            if accusers and doers:
                yield accusers, doers, self._span(self._subtree(clause, tuple(children(clause, "mark", "advmod")))), \
                    "protested"

    def _attacked_in_words(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Miliband attacked Cameron over cuts to police numbers": a politician's attack on
        another over a matter is words, a charge; not a raid ("gunmen attacked a convoy"), so both
        sides are people, parties or offices, or someone speaks for the attacker."""
        if lemma(verb) not in ("attack", "savage", "hammer") or verb.pos_ != "VERB" or self._blocked(verb) \
                or children(verb, "auxpass"):
            return
        allegation = self._complement(verb, preps=("over", "for"))
        if allegation and self._only_a_thing(allegation):  # "attacked Trump for the tweet, claiming he
            allegation = self._reason_said(verb, wrong=False) or allegation  # used it to ...": what is claimed
        accusers = self.subjects(verb)
        accused = [r for o in children(verb, "dobj") for r in self.resolver.refs(o, owner=True)]

        def voiced(ref: Ref) -> bool:
            return ref.speaker is not None or self.resolver.inventory.kind_of(ref.actor) in DOMESTIC_SIDES
        if allegation and accusers and accused and all(voiced(r) for r in accusers) \
                and all(self.resolver.inventory.kind_of(r.actor) in DOMESTIC_SIDES | {"state"} for r in accused):
            yield accusers, accused, allegation, "accuse"

    def _critical_of(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Zambia's delegate was critical of South Africa", "the general has been highly critical of
        NATO forces, saying they are poorly configured": being critical of someone criticises them,
        for what follows ("for ...", "saying ..."), else for what the "of" names."""
        if word.lower_ != "critical" or word.dep_ != "acomp" or lemma(word.head) not in ("be", "remain", "become") \
                or self._blocked(word.head):
            return
        named = [o for p in children(word, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        accusers = self.subjects(word.head)
        mine = {a.actor for a in accusers}
        accused = [r for o in named for r in self.resolver.refs(o, owner=True) if r.actor not in mine]
        if not (accusers and accused):
            return
        hung = [p for p in named[0].subtree if p.dep_ == "prep" and p.lower_ in ("for", "over") and p.i > named[0].i]
        described = children(named[0], "appos") or [  # "critical of South Africa, the lone voice against the ban",
            a for s in children(word.head, "nsubj") for a in children(s, "appos") if a.i > named[0].i]
        # which the parser may hang on the subject
        allegation = self._complement(word, word.head, preps=("for", "over")) or (
            self._span(self._subtree(hung[0])) if hung else None) or self._saying_after(word.head) or (
            self._span(self._subtree(described[0])) if described else self._span(self._subtree(named[0])))
        yield accusers, accused, allegation, "accuse"

    def _saying_after(self, verb: "Token") -> tuple[int, int] | None:
        """"was critical of NATO forces, saying that they are poorly configured", "singled out Y
        for criticism, claiming she had misled voters": the clause said alongside is the charge."""
        said = [k for c in children(verb, "advcl", "xcomp") if c.tag_ == "VBG" and lemma(c) in self.words["saying"]
                for k in children(c, "ccomp")]
        return self._clause_said(said[0]) if said else None

    def _retaliation(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Russia expelled 10 Polish diplomats in retaliation for Warsaw's expulsion of Russian
        diplomats", "struck Gaza in response to the rocket attacks", "vowed to retaliate after
        Hezbollah fired rockets": whoever answers an act names its doer as the wrongdoer."""
        answered = [a for o in children(verb, "attr") if lemma(verb) == "be"
                    and lemma(o) in REVENGE | {"response", "reprisal"}
                    for q in children(o, "prep") if q.lower_ in ("for", "to") for a in children(q, "pobj")
                    if self._names_act(a)] if verb.dep_ == "ccomp" and lemma(verb.head) in self.words["saying"] else []
        if answered and not self._blocked(verb.head):  # "X said the expulsion was a response to Kigali's support
            accusers = self.subjects(verb.head)  # for the M23 rebels": the sayer answers Kigali's act
            doers = [r for r in self._doers_of(answered[0]) if r.actor not in {a.actor for a in accusers}]
            if accusers and doers:
                yield accusers, doers, self._span(self._subtree(answered[0])), "punish"
            return
        if verb.pos_ != "VERB":
            return
        acts = [a for p in children(verb, "prep") if p.lower_ in ("in", "as") for o in children(p, "pobj")
                if lemma(o) in REVENGE | {"response", "reprisal"} for q in children(o, "prep")
                if q.lower_ in ("for", "to", "against") for a in children(q, "pobj")
                if lemma(o) != "response" or self._names_act(a)]  # (not "in response to a question")
        acts += [a for p in children(verb, "prep") if p.lower_ == "for" and lemma(verb) in ("retaliate", "avenge")
                 for a in children(p, "pobj") if self._names_act(a)]  # "was retaliating for Pakistani shelling"
        clauses = [c for c in _after_clauses(verb) if lemma(verb) in ("retaliate", "avenge", "hit", "strike")
                   and self._is_wrong(c)]
        if not (acts or clauses) or self._blocked(verb) or any(lemma(a) in self.words["accuse"] for a in verb.ancestors):
            return  # ("accused Minsk of orchestrating the influx in revenge for EU sanctions": Minsk's answer, charged)
        accusers = self.agents(verb) if children(verb, "auxpass") else self.subjects(verb)
        mine = {a.actor for a in accusers}
        for act in acts[:1]:
            doers = next((found for found in ([r for r in find(act) if r.actor not in mine] for find in (
                self._doers_of, self._state_of_abuses, self.resolver.doer_before)) if found), [])
            # ("in retaliation for harsh treatment of its diplomats in Russia": not its own diplomats)
            if accusers and doers:
                yield accusers, doers, self._span(self._subtree(act)), "punish"
        for clause in clauses[:1]:
            doers = [r for r in self._reported_subject(clause) if r.actor not in mine]
            if accusers and doers:
                yield accusers, doers, self._clause_said(clause), "punish"

    def _linked_to(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Canada linked Indian agents to the killing", "..., linking them to the killing of X",
        "said it had evidence linking Y to the attack": who ties a named one to a wrong charges
        them with it (not "Y was linked to the attack": nobody named says so)."""
        if lemma(verb) not in LINKING or verb.pos_ != "VERB" or children(verb, "auxpass") or self._blocked(verb):
            return
        linked = self._linking(verb.head) if verb.dep_ == "acl" and lemma(verb.head) in EVIDENCE else None
        if linked is not None:
            holder = verb.head.head  # "had credible evidence linking Y to the attack"
            accusers = self.subjects(holder) if verb.head.dep_ == "dobj" and lemma(holder) in HOLDING | FINDING \
                and not self._blocked(holder) else []
        else:
            accusers = self.subjects(verb)
            wrong = self._object_of(verb, ("to", "with", "in"))
            linked = ([r for o in children(verb, "dobj") for r in self.resolver.refs(o, owner=True)], wrong) \
                if wrong is not None else None
        if not accusers or linked is None:
            return
        mine = {a.actor for a in accusers}
        accused = [r for r in linked[0] if r.actor not in mine]
        words = [t for t in verb.doc if linked[1][0] <= t.idx < linked[1][1]]
        if accused and any(self._names_act(t) for t in words if t.dep_ in ("pobj", "pcomp") or t.head.dep_ == "prep"):
            yield accusers, accused, linked[1], "linked"

    def _evidence(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The report said there were credible allegations that the army had committed war
        crimes", "the panel found evidence that soldiers had burned villages": the one who says
        or finds it charges the subject of the wrong. Not "found no evidence that ..."."""
        if lemma(noun) not in EVIDENCE or noun.pos_ != "NOUN" or any(c.lower_ in ("no", "little") for c in noun.children):
            return
        clause = next((c for c in children(noun, "acl", "ccomp", "relcl") if _marked_that(c)), None)
        # (a relative clause only as the parser's misreading: "citing 'credible reports' that they had looted")
        if clause is None:  # "there was evidence to suggest the assassination was carried out by Y"
            clause = next((c for a in children(noun, "acl") if lemma(a) in SHOWING and not negated(a)
                           for c in children(a, "ccomp")), None)
        if clause is None:
            yield from self._evidence_of_a_wrong(noun)
            return
        verb = noun.head
        if clause is None or not self._is_wrong(clause) or negated(verb):
            return
        if noun.dep_ == "attr" and lemma(verb) == "be" and children(verb, "expl"):  # "there were allegations"
            speaker = verb.head if verb.dep_ == "ccomp" else None
            if speaker is None or lemma(speaker) not in self.words["saying"] or self._blocked(speaker):
                return  # "There is evidence that ...": nobody named says so
            accusers = self.subjects(speaker)
        elif noun.dep_ == "dobj" and lemma(verb) in FINDING and not self._blocked(verb):
            accusers = self.subjects(verb)
        else:
            return
        mine = {a.actor for a in accusers}
        accused = [r for r in self._reported_subject(clause) if r.actor not in mine]
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(clause, tuple(children(clause, "mark")))), "evidence"

    def _wrong_found(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"An audit by the OAS found clear manipulation of the voting systems by the electoral
        authorities", "the inquiry documented torture by soldiers": a wrong found, with its doer
        named by "by", charges that doer (only so: "police found weapons" names no one's)."""
        verb = noun.head
        if noun.dep_ != "dobj" or lemma(noun) not in self.words["wrong_nouns"] or lemma(verb) not in FINDING \
                or negated(verb) or self._blocked(verb) or any(c.lower_ in ("no", "little") for c in noun.children) \
                or not children(verb, "nsubj"):
            return  # (a finder the parser hung elsewhere is not guessed: "X quit after an audit by Y found ...")
        doers = [p for c in children(noun, "prep") if c.lower_ == "by" for p in children(c, "pobj")]
        accused = [r for p in doers for r in self.resolver.refs(p)] or self._by_after(noun)
        audits = [s for s in children(verb, "nsubj") if lemma(s) in AUDITS]  # "an audit by the OAS found ...":
        accusers = [r for s in audits for r in self.resolver.refs(s, owner=True)] if audits \
            else self.subjects(verb)  # the one whose audit it is, not who acted after it ("X quit after an audit ...")
        mine = {a.actor for a in accusers}
        accused = [r for r in accused if r.actor not in mine]
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(noun)), "evidence"

    def _evidence_of_a_wrong(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The panel found evidence of torture by soldiers", "the report said evidence supported
        his murder by Saudi agents": the one who finds or says it charges the wrong's doer."""
        verb = noun.head
        shown = [o for o in (*children(verb, "dobj"), *(p for c in children(verb, "prep") if c.lower_ == "to"
                                                         for p in children(c, "pobj")))] \
            if noun.dep_ == "nsubj" and lemma(verb) in SHOWING | {"support", "point"} and not negated(verb) else []
        wrong = next((w for w in [*(p for c in children(noun, "prep") if c.lower_ == "of" for p in children(c, "pobj")),
                                  *shown] if lemma(w) in self.words["wrong_nouns"]), None)
        if wrong is None:
            return
        if noun.dep_ == "dobj" and lemma(verb) in FINDING and not negated(verb) and not self._blocked(verb):
            accusers = self.subjects(verb)  # "found evidence of torture by soldiers"
        elif shown and verb.dep_ == "ccomp" and lemma(verb.head) in self.words["saying"] | BELIEVING \
                and not self._blocked(verb.head):
            accusers = self.subjects(verb.head)  # "concluded evidence supported his murder by Saudi agents"
        else:
            return
        mine = {a.actor for a in accusers}
        accused = [r for r in self._doers_of(wrong) if r.actor not in mine]
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(wrong)), "evidence"

    def _pointed_to_blame(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The findings of the UN commission pointed to the Syrian government's responsibility for
        the sarin attack": the one whose findings point charges the one whose responsibility it is."""
        if lemma(verb) not in ("point", "indicate") or verb.pos_ != "VERB" or self._blocked(verb):
            return
        blamed = [p for c in children(verb, "prep") if c.lower_ == "to" for p in children(c, "pobj")
                  if lemma(p) in CULPABILITY]
        accusers = [r for s in children(verb, "nsubj") for r in self.resolver.refs(s, owner=True)]
        accused = [r for b in blamed[:1] for c in children(b, "poss", "amod", "compound")
                   for r in self.resolver.refs(c, owner=True) if r.actor not in {a.actor for a in accusers}]
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(blamed[0])), "evidence"

    def _shown_in_footage(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Manila released footage showing Chinese vessels firing water cannon at a supply boat":
        who releases pictures of a wrong charges its doers."""
        media = verb.head
        if lemma(verb) != "show" or verb.dep_ not in ("acl", "relcl") or lemma(media) not in FOOTAGE \
                or media.dep_ != "dobj" or lemma(media.head) not in RELEASING or self._blocked(media.head):
            return
        shown = next((o for o in children(verb, "dobj") for a in children(o, "acl")
                      if a.tag_ == "VBG" and self._is_wrong(a)), None)  # "Chinese vessels firing water cannon"
        accusers = self.subjects(media.head) if shown is not None else []
        mine = {a.actor for a in accusers}
        accused = [r for r in self.resolver.refs(shown, owner=True) if r.actor not in mine] if accusers else []
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(shown)), "evidence"

    def _warned_against(self, verb: "Token") -> tuple[list[Ref], list[Ref], tuple[int, int], str] | None:
        """"X warned Y against interfering in its affairs": Y is said to do that wrong."""
        addressed = children(verb, "dobj")
        wrongs = self.words["wrong_verbs"] | self.words["wrong_nouns"]
        acts = [a for c in children(verb, "prep") if c.lower_ == "against" for a in children(c, "pcomp", "pobj")
                if (lemma(a) in wrongs or any(lemma(m) in wrongs for m in children(a, "amod")))
                and not any(d.lower_ in PROSPECTIVE for d in a.children if d.dep_ in ("det", "predet", "amod"))]
        if not addressed or not acts:
            return None
        accusers, accused = self.subjects(verb), self.resolver.refs(addressed[0])
        if not accusers or not accused:
            return None
        return accusers, accused, self._span(self._subtree(acts[0])), "demand"

    def _target(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X lashed out at Y over Z", "X railed against Y for Z": a verb of attack in words
        whose target is a preposition's object."""
        base = lemma(verb)
        if base not in self.words["target_verbs"] or verb.pos_ != "VERB" or self._blocked(verb):
            return
        needed = {phrase.split()[1] for phrase in self.words["target_need_word"] if phrase.split()[0] == base}
        held = children(verb, "prt", "dobj", "advmod")  # ("hit back at": "back" read as an adverb)
        if needed and not needed & {lemma(c) for c in held}:
            return  # "hit the target", not "hit out at"
        heads = [verb, *(c for c in held if lemma(c) in needed)]  # "took aim at Y": "at" may hang on "aim"
        aims = ("into",) if base in self.words["target_into"] else ("at", "against", "on", "upon")
        targets = [p for h in heads for c in children(h, "prep") if c.lower_ in aims
                   and not _when(c) for p in children(c, "pobj")]
        accused = [r for t in targets[:1] for r in self.resolver.refs(t, owner=True)]
        allegation = self._complement(*heads) or self._cause(verb) or self._as_complement(verb)  # ", saying ..."
        accusers = self.subjects(verb)  # ("took aim at Y over Z": "over" may hang on "aim" too)
        act = targets[0] if targets and targets[0].pos_ == "NOUN" and targets[0].i not in self.resolver.mention_of \
            else None  # "railed against NATO expansion", "spoke out against the attack": the act aimed at
        if act is not None and not allegation:
            allegation = self._span(self._subtree(act))
        if act is not None and not accused:  # (the attack told before: its doer)
            mine = frozenset(a.actor for a in accusers)
            accused = [r for r in self._doers_before(act, [], mine) if r.actor not in mine]
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "target"

    def _action(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X imposed sanctions on Y over Z", "X lodged a protest with Y over Z", "X filed a
        complaint against Y for Z": a measure or a protest named by a noun, aimed at its target."""
        if verb.pos_ != "VERB" or self._blocked(verb):
            return
        objects = children(verb, "dobj")
        objects += [p for o in objects if lemma(o) in BUNDLES for c in children(o, "prep") if c.lower_ == "of"
                    for p in children(c, "pobj")]  # "approved a package of measures against Y"
        nouns = [o for o in objects if lemma(o) in self.words["action_nouns"]]
        if not nouns:
            return
        bundle = nouns[0].head.head if nouns[0].dep_ == "pobj" and lemma(nouns[0].head.head) in BUNDLES else None
        heads = (verb, nouns[0], *([bundle] if bundle is not None else []))  # "over" may hang on the package
        # "against" names the target before "on"; "with" only a protest's ("filed a complaint with
        # the UN against Y": the UN receives it, Y is accused).
        lodged = lemma(nouns[0]) in ("protest", "objection", "complaint", "grievance", "representation", "demarche",
                                     "démarche")  # ("lodged stern representations with Y over ...")
        if lodged:  # "a complaint with the Security Council against Y": the parser hangs "against" on the forum
            heads += tuple(p for c in [*children(nouns[0], "prep"), *children(verb, "prep")] if c.lower_ == "with"
                           for p in children(c, "pobj") if any(a.lower_ in ("against", "over", "about")
                                                              for a in children(p, "prep")))
            # (or "over": "a complaint with the Security Council over Israel's violations")
        order = ("against", "on", "upon") + (("with",) if lodged else ())
        preps = sorted((c for h in heads for c in children(h, "prep") if c.lower_ in order and not _when(c)),
                       key=lambda c: order.index(c.lower_))  # (not "on Tuesday")
        targets = [(c, p) for c in preps for p in children(c, "pobj")]
        accused = [r for c, t in targets[:1] for r in self.resolver.refs(t, owner=True)
                   if c.lower_ != "with" or lemma(nouns[0]) in ("protest", "objection", "representation")
                   or self.resolver.inventory.kind_of(r.actor) == "state"]  # not "a complaint with the UN"
        allegation = self._complement(*heads, preps=("over", "for", "about")) or self._cause(verb) \
            or self._reason_said(verb)
        if allegation is None and lodged:  # "lodged a protest with Beijing after its missiles landed in ...",
            # "..., calling the launch an outrageous act": the reason given, or the name given to the act
            allegation = next((self._span(self._subtree(c, tuple(children(c, "mark"))))
                               for c in children(verb, "advcl") if any(m.lower_ == "after" for m in children(c, "mark"))
                               or c.tag_ == "VBG" and lemma(c) in self.words["label_verbs"] and children(c, "oprd")),
                              None)
        if not accused and lodged:  # "lodged a protest over the killing of its soldiers by Y": the doer
            accused = [r for h in heads for c in children(h, "prep") if c.lower_ in ("over", "about")
                       for p in children(c, "pobj") for r in (self._doers_of(p) or self.resolver.refs(p, owner=True))]
        accusers = [r for r in self.subjects(verb) if r.actor not in {a.actor for a in accused}]
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "action"

    def _oppose(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X attacked Y's decision", "X questioned his authority to make the change", "X opposed
        the proclamation by Y": opposing in words someone's act or say-so accuses its owner."""
        if verb.pos_ != "VERB" or self._blocked(verb):
            return
        task = [o for p in children(verb, "prep") if p.lower_ == "to" and lemma(verb) == "take"
                for o in children(p, "pobj") if o.lower_ == "task"]  # "took Y to task over Z"
        if lemma(verb) in self.words["scold_for"] or task:  # "X attacked Y for the deaths": the reason is the charge
            scolded = [r for o in children(verb, "dobj")[:1] for r in self.resolver.refs(o)]
            reason = self._complement(verb, *task, preps=("for", "over") if task else ("for",))
            if reason and self._only_a_thing(reason):  # "attacked Y for the tweet, claiming he used it to ..."
                reason = self._reason_said(verb, wrong=False) or reason
            accusers = self.subjects(verb) if scolded and reason else []
            if accusers:
                yield accusers, scolded, reason, "oppose"  # type: ignore[misc]
                return
        if lemma(verb) not in self.words["oppose"]:
            return
        objects = [o for d in children(verb, "dobj")[:1] for o in (d, *d.conjuncts)  # "questioned both A and B"
                   if lemma(o) in self.words["decisions"]
                   or lemma(verb) != "attack" and self._plan_of_wrong(o)]  # "opposed Y's efforts to undermine ..."
        if not objects or self.resolver.refs(objects[0]):
            return
        obj = objects[0]
        owners = [  # "the proclamation of Z as W by Y": the one named by "by" made it, not Z or W
            r for t in verb.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and t.i > obj.i
            and next(a for a in t.ancestors if a.pos_ in ("VERB", "AUX")).i == verb.i
            for p in children(t, "pobj") for r in self.resolver.refs(p)] or self.resolver.refs(obj, owner=True)
        if obj.conjuncts:  # "questioned the identity of the dead man and the reliability of Y's inquiry": Y's own
            own = {t.i for t in obj.subtree} - {t.i for c in children(obj, "conj") for t in c.subtree}
            owners = [r for r in owners if r.token in own]
        accusers = self.subjects(verb)
        if accusers and owners:
            yield accusers, owners, self._span([verb, *self._subtree(obj)]), "oppose"

    def _penalty_handed(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Y had been given a life sentence by X for the murder of ...", "X handed Y a ten-year
        term for ...": the one who hands the penalty charges the one given it with what it is for
        (the parser may hang "by" and "for" on the penalty, or read "for" as a dative)."""
        penalty = next(o for o in children(verb, "dobj") if lemma(o) in HANDED_PENALTIES)
        hung = [*verb.children, *penalty.children]
        if children(verb, "auxpass"):
            held = children(verb, "nsubjpass")
            accusers = [r for c in hung if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                        for p in children(c, "pobj") for r in self.resolver.refs(p)]
        else:
            held = [c for c in children(verb, "dative") if c.lower_ != "for"]
            accusers = self.subjects(verb)
        reasons = [c for c in hung if c.dep_ in ("prep", "dative") and c.lower_ == "for"]
        accused = [r for h in held[:1] for r in self.resolver.refs(h)]
        if accusers and accused and reasons:
            yield accusers, accused, self._span([t for t in reasons[0].subtree if t.i != reasons[0].i]), "punish"

    def _punish(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X sanctioned Y over Z", "Y was expelled by X for Z": the penalty states the wrong."""
        severed = self._severed(verb)
        handed = lemma(verb) in ("give", "hand") and any(lemma(o) in HANDED_PENALTIES for o in children(verb, "dobj"))
        # ("had been given a life sentence by Hungarian authorities for the murder of ...")
        custody = _into_custody(verb)  # "was taken into custody", an arrest in other words
        if lemma(verb) not in self.words["punish"] and not self._ordered_out(verb) and not severed and not handed \
                and not custody or verb.pos_ != "VERB" or self._blocked(verb):
            return
        if handed:
            yield from self._penalty_handed(verb)
            return
        if lemma(verb) == "avenge":  # "vowed to avenge the killing of its general by Y": the act avenged
            acts = [o for o in children(verb, "dobj") if self._names_act(o)]
            avengers = self.subjects(verb)
            doers = [r for o in acts for r in self._doers_of(o) if r.actor not in {a.actor for a in avengers}]
            if avengers and doers:
                yield avengers, doers, self._span(self._subtree(acts[0])), "punish"
            return
        described = verb.dep_ == "acl" and verb.tag_ == "VBN" and any(  # "two Swedish journalists being tried
            r.actor in self.resolver.inventory.described for r in self.resolver.refs(verb.head))  # for terrorism"
        passive = bool(children(verb, "auxpass")) or described
        held = (children(verb, "nsubjpass") or ([verb.head] if described else [])) if passive \
            else severed or children(verb, "dobj")
        if not held:  # "vowed to retaliate against Y for Z"
            held = [o for p in children(verb, "prep") if p.lower_ == "against" for o in children(p, "pobj")]
        if lemma(verb) == "freeze":  # "froze Dodik's assets over ...": the owner, not talks frozen
            held = [p for o in held if lemma(o) in FROZEN for p in [*children(o, "poss"), *(
                q for c in children(o, "prep") if c.lower_ == "of" for q in children(c, "pobj"))]]
            if not held:
                return
        if held and not passive and names_a_sum(held[0]):  # "fined Google 2.4 billion euros for ...":
            held = [c for c in (*children(verb, "dative"), *children(held[0], "nmod", "compound"))  # the one fined,
                    if c.pos_ == "PROPN"][:1] or held  # which the parser hangs on the sum
        ties = children(verb, "dobj") if severed else []  # "broke off relations with Y over ...": "over" on the ties
        if self._ordered_out(verb):  # "ordered the ambassador to leave within 72 hours over ...": "over" on "leave"
            ties = [x for x in children(verb, "xcomp") if lemma(x) == "leave"]
        preps = ("over", "for", "after") if severed else PENALTY_PREPOSITIONS  # ("with" Y is who)
        ties += [p for c in children(verb, "prep") if c.lower_ == "to" for p in children(c, "pobj")
                 if lemma(p) in ("trial", "court", "justice")]  # "referred X to trial on charges of ..."
        allegation = self._complement(verb, *ties, preps=preps) or self._cause(verb) \
            or self._reason_said(verb) or self._wrong_after(verb, None if severed else held[:1])
        if allegation is None and verb.dep_ == "xcomp":  # "voted to impeach Y on charges of ...": the parser
            allegation = self._complement(verb.head, preps=("on",))  # hangs "on charges" on "voted"
        if allegation is None and held and not lemma(verb) in JUDICIAL:  # "summoned the ambassador over Z"
            allegation = self._complement(held[0], *held[0].conjuncts, preps=PENALTY_PREPOSITIONS)
            # ("sanctioned Carrie Lam and ten other officials for ...": "for" hung on the last one)
        judicial = lemma(verb) in JUDICIAL or custody
        if allegation is None and judicial and held:
            allegation = self._charge_below(verb, held[0]) or self._inquiry_into(verb)
        if allegation is None and held:  # "arrested two nationals suspected of ...", "convicted two men of piracy"
            suspected = self._suspected(held[0])
            found = suspected or (self._complement(held[0], preps=("of",)) if judicial else None)
            allegation = found if found and self._states_wrong(found) else None
            if allegation is not None and suspected:  # who is suspected is part of the charge:
                allegation = self._span(self._subtree(held[0]))  # "35 Russian diplomats accused of espionage"
        protested = self._summoned_over(verb, held[0]) if held and lemma(held[0]) in ENVOYS else None
        allegation = protested or allegation
        if not held or allegation is None or not (judicial or protested or self._states_wrong(allegation)
                                                  or severed and self._owned_by(allegation, self.resolver.refs(held[0]))):
            return  # "expelled the ambassador over this issue": no wrong stated
        accusers = self.agents(verb) if passive else self.subjects(verb)
        if passive and not accusers and judicial:  # "convicted of abetting war crimes by the Special Court",
            accusers, allegation = self._court_hung_in(verb, allegation)  # else "sentenced in federal court",
            accusers = accusers or self._court_in(verb) or self._state_in(verb) or [  # else "X was charged
                ref for ref in [self.resolver.home(verb, None)] if ref is not None]  # with murder": the state's justice
        accused = self.resolver.refs(held[0], owner=True)
        agents_of = [] if accused and held[0].pos_ == "PROPN" else self._suspected_of_being(held[0])
        # (the one named is charged; "two men suspected of spying for Britain": Britain)
        if agents_of:  # who is suspected says of what: "diplomats suspected of being Russian spies"
            accused, allegation = agents_of, self._span(self._subtree(held[0]))
        if protested:  # a summons protests to the envoy's state
            accused = [r for r in accused if self.resolver.inventory.kind_of(r.actor) == "state"]
        if accusers and accused:
            yield accusers, accused, allegation, "punish"

    def _echoed(self, span: "Span", found: list[Accusation]) -> list[Accusation]:
        """"X accused Ankara of sending mercenaries, a charge also made by France and Russia": those
        who made the same charge make it too, against the same accused."""
        echoers = [r for noun in span if lemma(noun) in ECHOED_CHARGES and noun.pos_ == "NOUN"
                   for made in children(noun, "acl") if made.tag_ == "VBN" and lemma(made) in MAKING
                   for agent in children(made, "agent") for p in children(agent, "pobj") for r in self.resolver.refs(p)]
        return [replace(item, accuser=echo.actor, speaker=echo.speaker, rule="echoed") for item in found[:1]
                for echo in echoers if echo.actor not in (item.accuser, item.accused)]

    def _apology(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"China demanded an apology from Japan for the collision", "sought compensation from Y
        over Z": who is asked to make amends is said to have done the wrong."""
        if lemma(verb) not in self.words["demand"] | ASKING or verb.pos_ != "VERB" or self._blocked(verb):
            return
        amends = [o for o in children(verb, "dobj") if lemma(o) in AMENDS]
        accused = [r for o in amends[:1] for h in (o, verb) for c in children(h, "prep") if c.lower_ == "from"
                   for p in children(c, "pobj") for r in self.resolver.refs(p)]
        asked = [c for c in children(verb, "ccomp", "xcomp") if lemma(c) in APOLOGISING]
        if asked and not amends:  # "demanded that Japan apologise for ...", "urged Japan to apologise for ..."
            amends = asked[:1]
            accused = [r for s in (children(asked[0], "nsubj") or children(verb, "dobj")) for r in self.resolver.refs(s)]
        allegation = self._complement(verb, *amends[:1], preps=("for", "over"))
        said = self.resolver.doc.char_span(*allegation, alignment_mode="expand") if allegation else None
        if said is not None and lemma(said.root) in self.words["decisions"] and any(
                lemma(c) in self.words["accuse"] for c in said.root.subtree if c.pos_ == "VERB"):
            return  # "an apology for their statements accusing ...": the statements charge, not the demand
        accusers = [r for r in self.subjects(verb) if r.actor not in {a.actor for a in accused}]
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "demand"

    def _owned_by(self, span: tuple[int, int], held: list[Ref]) -> bool:
        """"cut ties with Iran over its support for the Polisario Front", "called for the
        resignation of Y over his false testimony": a penalty sought over what the other side
        itself did, its own conduct, charges it with that conduct (not "over this issue")."""
        words = self.resolver.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None or not len(words):
            return False
        mine = {r.actor for r in held}
        owners = children(words.root, "poss")
        if any(r.actor in mine for c in owners for r in self.resolver.refs(c)):
            return True
        # ("his false testimony": a pronoun the resolver leaves open is the one held's, if one is)
        return len(mine) == 1 and any(c.lower_ in ("his", "her", "its") and not self.resolver.refs(c) for c in owners)

    @staticmethod
    def _severed(verb: "Token") -> list["Token"]:
        """"cut diplomatic ties with Iran over ...", "broke off relations with Y": who the ties
        were cut with is penalised like one expelled."""
        if lemma(verb) not in SEVERING or not any(lemma(o) in RELATIONS for o in children(verb, "dobj")):
            return []
        return [o for c in [*children(verb, "prep"), *(p for d in children(verb, "dobj") for p in children(d, "prep"))]
                if c.lower_ == "with" for o in children(c, "pobj")]

    @staticmethod
    def _ordered_out(verb: "Token") -> bool:
        """"ordered the French ambassador to leave within 72 hours": an expulsion in other words."""
        return lemma(verb) in ("order", "tell", "ask", "give") \
            and any(lemma(x) == "leave" for x in children(verb, "xcomp")) \
            and any(lemma(o) in ENVOYS for o in children(verb, "dobj"))

    def _ousting_sought(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X called for the resignation of Y over the scandal", "X demanded that Y resign over his
        handling of the crisis", "X tabled a motion of no confidence in Y over ...": seeking someone's
        removal over a wrong charges them with it."""
        seeking = self.words["demand"] | {"seek"}
        motion = None
        if lemma(word) in OUSTING and word.pos_ == "NOUN":  # "the resignation of Y", "Y's impeachment"
            verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "for" else word.head \
                if word.dep_ == "dobj" else None
            ousted = [r for c in children(word, "poss") for r in self.resolver.refs(c)] or [
                r for p in children(word, "prep") if p.lower_ == "of" for o in children(p, "pobj")
                for r in self.resolver.refs(o)]
        elif lemma(word) in ("resign", "quit") and word.dep_ in ("ccomp", "xcomp"):  # "demanded that Y resign"
            verb = word.head
            addressed = [*children(verb, "dobj"), *(p for c in children(verb, "prep") if c.lower_ in ("on", "upon")
                                                    for p in children(c, "pobj"))]  # ("called on Y to resign")
            ousted = [r for c in children(word, "nsubj") for r in self.resolver.refs(c)] or (
                [r for c in addressed for r in self.resolver.refs(c)] if word.dep_ == "xcomp" else [])
        elif lemma(word) == "confidence" and any(c.lower_ == "no" for c in children(word, "det")):
            motion = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
            verb = motion.head if motion is not None and motion.dep_ == "dobj" else None
            seeking = {lemma(verb)} if verb is not None else set()  # "tabled a motion of no confidence in Y"
            ousted = [r for p in children(word, "prep") if p.lower_ == "in" for o in children(p, "pobj")
                      for r in self.resolver.refs(o)]
        else:
            return
        if verb is None or lemma(verb) not in seeking or self._blocked(verb):
            return
        reason = self._complement(*[h for h in (word, motion, verb) if h is not None], preps=("over", "for"))
        said = None if reason is not None else self._reason_said(verb)  # "called on Y to resign, saying he
        reason = reason or said  # had compromised the process"
        accusers = self.subjects(verb)
        if not accusers or not ousted or reason is None:
            return
        words = self.resolver.doc.char_span(*reason, alignment_mode="expand") or ()
        if said is not None or self._names_wrong(reason) or any(lemma(t) in SCANDALS for t in words) \
                or self._owned_by(reason, ousted):  # (what is said is a wrong: `_reason_said` checks)
            yield accusers, ousted, reason, "demand"

    def _contempt(self, noun: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The House voted to hold Y in contempt of Congress (for refusing ...)", "Y was held in
        contempt by the court": a finding of contempt charges the one held in it."""
        if lemma(noun) != "contempt" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return
        verb = noun.head.head
        if lemma(verb) not in ("hold", "find") or self._blocked(verb):
            return
        passive = bool(children(verb, "auxpass"))
        held = children(verb, "nsubjpass") if passive else children(verb, "dobj")
        accusers = self.agents(verb) if passive else self.subjects(verb)
        accused = [r for h in held[:1] for r in self.resolver.refs(h, owner=True)]
        reason = self._complement(verb, preps=("for", "over"))
        court = next((b.i for b in noun.subtree if passive and b.lower_ == "by" and b.dep_ in ("prep", "agent")),
                     len(noun.doc))  # "in contempt by the court": the finding, not who found it
        words = [t for t in noun.subtree if t.i < court]
        if reason is not None:
            words += list(self.resolver.doc.char_span(*reason, alignment_mode="expand") or ())
        if accusers and accused:
            yield accusers, accused, self._span(words), "punish"

    def _recalled(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X recalled its ambassador from Y in protest at Z", "withdrew its envoy to Y over Z":
        recalling an envoy protests to the state it leaves, over what is named (not "for consultations")."""
        if lemma(verb) not in ("recall", "withdraw") or verb.pos_ != "VERB" or self._blocked(verb):
            return
        envoys = [o for o in children(verb, "dobj") if lemma(o) in ENVOYS]
        if not envoys:
            return
        accused = self._state_dealt_with(verb)
        protests = [o for prep in children(verb, "prep") if prep.lower_ == "in" for o in children(prep, "pobj")
                    if lemma(o) == "protest"]
        allegation = self._complement(*protests, verb, preps=("at", "over", "against")) if protests else None
        allegation = allegation or self._complement(verb, preps=("over",))  # a recall protests, as a summons does
        mine = self.subjects(verb)
        accused = [r for r in accused if r.actor not in {a.actor for a in mine}]
        if mine and accused and allegation:
            yield mine, accused, allegation, "punish"

    def _in_protest(self, token: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Botswana said it would send no one to the inauguration, in protest at the government's
        attacks on opposition supporters": a deed done in protest at another's wrong charges the
        one whose wrong it is (a recall in protest is `_recalled`'s)."""
        if lemma(token) != "protest" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "in":
            return
        verb = token.head.head.head if token.head.head.dep_ == "dobj" else token.head.head  # ("expelled Iran's
        # ambassador in protest ...": the parser may hang the protest on the object)
        if verb.pos_ not in ("VERB", "AUX") or self._blocked(verb) or lemma(verb) in ("recall", "withdraw"):
            return
        preps = [*children(token, "prep"), *(p for p in children(verb, "prep") if p.i == token.i + 1)]
        grounds = [o for p in preps if p.lower_ in ("at", "against", "over") for o in children(p, "pobj")]
        wrongs = [o for o in grounds if lemma(o) in self.words["wrong_nouns"]]
        owners = [c for o in wrongs[:1] for c in children(o, "poss")]
        accusers = self.subjects(verb)
        accused = [r for c in owners for r in self.resolver.refs(c, owner=True)
                   if r.actor not in {a.actor for a in accusers}]
        home = self.resolver.home(owners[0], None) if owners and not accused else None
        if home is not None and any(lemma(c) in GOVERNMENTS for c in owners):
            accused = [home]  # "in protest at the government's attacks": the one the story is about, not the
            # protester's own
        if not accused and not owners and grounds:
            accused, wrongs = self._state_dealt_with(verb), grounds  # "suspended defence cooperation with France
            # in protest at the test": the state the deed is done to, whatever the ground is called
        accusers = [r for r in accusers if r.actor not in {a.actor for a in accused}]
        if accusers and accused:
            yield accusers, accused, self._span(list(wrongs[0].subtree)), "punish"

    def _state_dealt_with(self, verb: "Token") -> list[Ref]:
        """The state a deed done in protest is done to: "suspended cooperation with France",
        "expelled Iran's ambassador", "cancelled a visit to Beijing"; states only, since a
        march "to parliament" or a strike "at the plant" protests at no one named."""
        objects = children(verb, "dobj")
        found = [p for h in (verb, *objects) for prep in children(h, "prep") if prep.lower_ in ("with", "from", "to")
                 for p in children(prep, "pobj")] + [c for o in objects for c in children(o, "poss")]
        return [r for p in found[:1] for r in self.resolver.refs(p)
                if self.resolver.inventory.kind_of(r.actor) == "state"]

    def _witnessed(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Residents said they saw soldiers looting shops", "witnesses watched militiamen
        burning homes": who saw someone doing a wrong says they did it (the parser hangs the
        doing on the one seen, not on the seeing, so the reported-speech rule misses it)."""
        if lemma(verb) not in PERCEIVING or verb.pos_ != "VERB" or self._blocked(verb):
            return
        pairs = [(seen, a) for seen in children(verb, "dobj") for a in children(seen, "acl")]
        pairs += [(seen, c) for c in children(verb, "ccomp") if c.tag_ in ("VBG", "VB")
                  for seen in children(c, "nsubj")]  # "saw soldiers shoot at ...": a bare clause
        horror = any(lemma(o) in HORROR for p in children(verb, "prep") if p.lower_ == "in" for o in children(p, "pobj"))
        watched = [(seen, c) for c in children(verb, "advcl") if any(m.lower_ == "as" for m in children(c, "mark"))
                   for seen in children(c, "nsubj")] if horror else []  # "we have watched in horror as al-Qaeda
        # beheaded captives" (not "watched in admiration as Iraqis defied the terrorists")
        for seen, act in pairs + watched:
            if act.tag_ not in ("VBG", "VB") and (seen, act) not in watched or not self._is_wrong(act):
                continue
            accused = self.resolver.refs(seen, owner=True)
            accusers = [r for r in self.subjects(verb) if r.actor not in {a.actor for a in accused}]
            if accusers and accused:
                yield accusers, accused, self._span(self._subtree(act, (seen,) if act.head != seen else ())), "reported"
                return

    def _penalty_ordered(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"A judge ordered the arrest of Y on treason charges", "sought the extradition of Y for
        fraud": a penalty asked for by a noun, its charge stated (a penalty with no charge states
        no wrong; a warrant issued for Y is a case brought, `_legal_action`)."""
        if lemma(verb) not in PENALTY_ORDERS or verb.pos_ != "VERB" or self._blocked(verb):
            return
        for order in children(verb, "dobj"):
            if lemma(order) not in PENALTY_NOUNS:
                continue
            held = [p for c in children(order, "prep") if c.lower_ == "of" for p in children(c, "pobj")]
            allegation = self._complement(order, verb, held[0], preps=("on", "for", "over")) if held else None
            accusers = self.subjects(verb)
            accused = [r for p in held[:1] for r in self.resolver.refs(p, owner=True)]
            if accusers and accused and allegation:
                yield accusers, accused, allegation, "punish"
            return

    def _guilty(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """A verdict: "Y was found guilty of war crimes by the court", "the court found Y guilty
        of recruiting child soldiers"."""
        held_by_verb = word.dep_ == "amod" and word.head.dep_ == "dobj"  # "found Salim Ayyash guilty of", parsed
        verb = word.head.head if held_by_verb else word.head                 # as an adjective of the one held
        if word.lower_ not in FOUND_WORDS or lemma(verb) not in VERDICTS or negated(verb) or negated(word):
            return  # ("the Senate found X constitutionally responsible for abuses by police": X, not the police)
        allegation = self._complement(word, preps=("of", "for", "in"))
        if word.dep_ == "oprd" and children(verb, "auxpass"):
            accused = [r for s in children(verb, "nsubjpass") for r in self.resolver.refs(s, owner=True)]
            accusers = self.agents(verb)  # no court named, no accuser: "Y was found guilty of Z"
            if not accusers and allegation is not None:  # "found guilty of aiding war crimes by the Special Court"
                accusers, allegation = self._court_hung_in(word, allegation)
        else:
            held = children(word, "nsubj") + children(verb, "dobj")  # "found Y guilty", parsed either way
            held = held or children(word, "npadvmod", "compound")  # "found businessman X guilty": "businessman"
            # read as an adverb; "found Avenatti guilty": the name read as part of "guilty"
            accused = [r for s in held for r in self.resolver.refs(s, owner=True)
                       or [q for a in children(s, "appos") for q in self.resolver.refs(a, owner=True)]]
            accusers = self.subjects(verb)
            if {r.actor for r in accused} <= {a.actor for a in accusers} and any(
                    s.lower_ in ("him", "her") for s in held):  # "the jury found him guilty": not the jury, the
                accused = [r for r in [self.resolver.last_person(held[0])] if r is not None]  # person before
        if accusers and accused and allegation:
            yield accusers, accused, allegation, "guilty"

    def _found_to_have(self, act: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """A finding of a wrong as an infinitive: "Poland was found by the European Court of Human
        Rights to have violated the right to a fair trial", "the panel found Y to have breached ..."."""
        verb = act.head
        if act.dep_ != "xcomp" or lemma(verb) not in VERDICTS or negated(verb) or not self._is_wrong(act):
            return
        if children(verb, "auxpass"):
            accused = [r for s in children(verb, "nsubjpass") for r in self.resolver.refs(s, owner=True)]
            accusers = self.agents(verb)  # (no finder named: none to cite)
        else:
            accused = [r for s in children(verb, "dobj") for r in self.resolver.refs(s, owner=True)]
            accusers = self.subjects(verb)
        if accusers and accused:
            yield accusers, accused, self._span(self._subtree(act, tuple(children(act, "aux")))), "guilty"

    def _suspected(self, held: "Token") -> tuple[int, int] | None:
        """What those held are suspected of: "two nationals suspected of plotting attacks"."""
        for clause in children(held, "acl"):
            if lemma(clause) in SUSPECTED:
                span = self._complement(clause, preps=("of", "in", "over"))
                if span:
                    return span
        return None

    def _suspected_of_being(self, held: "Token") -> list[Ref]:
        """Whose agents those held are said to be: "expelled 35 diplomats suspected of being
        Russian spies" charges Russia; not "suspected of attacking Russian troops"."""
        named: list["Token"] = []
        for clause in (c for c in children(held, "acl") if lemma(c) in SUSPECTED):
            for being in (b for p in children(clause, "prep") if p.lower_ == "of" for b in children(p, "pcomp")):
                if lemma(being) == "be":
                    named += children(being, "attr")
                elif lemma(being) == "spy":  # whom they spied for: "a man convicted of spying for Israel"
                    named += [o for p in children(being, "prep") if p.lower_ == "for" for o in children(p, "pobj")]
        return [r for n in named for r in self.resolver.refs(n, owner=True)]

    def _court_hung_in(self, verb: "Token", allegation: tuple[int, int]) -> tuple[list[Ref], tuple[int, int]]:
        """The court of a verdict the parser hung inside its charge (`_court_below`) and the
        charge without it; no court, no accuser and the charge as it was."""
        court = self._court_below(verb)
        if court is None:
            return [], allegation
        accusers = [r for p in children(court, "pobj") for r in self.resolver.refs(p)]
        return accusers, self._span([t for t in verb.doc if allegation[0] <= t.idx < min(allegation[1], court.idx)])

    def _court_in(self, verb: "Token") -> list[Ref]:
        """The court a passive verdict names with "in": "was sentenced in federal court",
        "was convicted in a Paris court" (not "in Paris": a place judges nobody)."""
        return [r for prep in children(verb, "prep") if prep.lower_ == "in" for p in children(prep, "pobj")
                if lemma(p) in COURTS for r in self.resolver.refs(p)
                if self.resolver.inventory.kind_of(r.actor) not in ("state", "person")]

    def _state_in(self, verb: "Token") -> list[Ref]:
        """The state a passive penalty happens in ("were arrested in Eritrea for espionage",
        "being tried in Iran": its police and courts act on its soil), or a vote is held in."""
        return [r for prep in children(verb, "prep") if prep.lower_ == "in" for p in children(prep, "pobj")
                for r in self.resolver.refs(p) if self.resolver.inventory.kind_of(r.actor) == "state"]

    def _court_below(self, verb: "Token") -> "Token | None":
        """The "by" of a passive verdict's court that the parser hung lower: "was convicted of
        aiding and abetting war crimes by the Special Court for Sierra Leone", or on the charge
        itself: "was arrested on charges of treason by Belarusian authorities" (not "charged with
        the killing of a protester by police": there "by" names the killer)."""
        return next((t for t in verb.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and t.head.i != verb.i
                     and (lemma(t.head) in CHARGE_NOUNS or any(lemma(c) in COURTS for p in children(t, "pobj")
                                                              for c in p.subtree))), None)

    def _summoned_over(self, verb: "Token", envoy: "Token") -> tuple[int, int] | None:
        """What summoning another state's envoy protests, a wrong or not: "summoned India's envoy
        to protest the killing of civilians", "summoned the Dutch ambassador over the remarks"."""
        if lemma(verb) != "summon":
            return None
        for protest in children(verb, "xcomp", "advcl"):
            if lemma(protest) in self.words["accuse"] | {"complain"}:
                objects = children(protest, "dobj")
                if protest.tag_ == "VBG" and any(self.resolver.refs(o) for o in objects):
                    continue  # "summoned the envoy, accusing London of ...": the charge is read as one (`_accuse`)
                span = self._object_of(protest, ("over", "about", "at", "for", "against")) or (
                    self._span(self._subtree(objects[0])) if objects else None)
                if span:
                    return span
            if lemma(protest) in self.words["utter"]:  # "to lodge a strong protest over the violations"
                for noun in children(protest, "dobj"):
                    span = self._object_of(noun, ("over", "about", "at", "against")) \
                        if lemma(noun) in self.words["accuse_nouns"] | {"protest"} else None
                    if span:
                        return span
        regarding = ("over", "about", "regarding", "concerning")  # "summoned the envoy regarding the breach of ..."
        found = self._object_of(verb, regarding) or self._object_of(envoy, regarding)
        for clause in [] if found else children(verb, "advcl"):  # "summoned China's envoy after Chinese
            if any(m.lower_ in ("after", "following") for m in children(clause, "mark")) and self._is_wrong(clause):
                return self._clause_said(clause)
        return found  # vessels fired water cannon at a supply boat": the wrong it answers

    def _inquiry_into(self, verb: "Token") -> tuple[int, int] | None:
        """The wrong an inquiry an arrest is part of is about: "taken into custody as part of the
        corruption investigation", an inquiry "into" a wrong too (not "as part of a wider inquiry")."""
        parts = [n for p in children(verb, "prep") if p.lower_ == "as" for n in children(p, "pobj") if lemma(n) == "part"]
        nouns = [n for p in children(verb, "prep") if p.lower_ == "in" for n in children(p, "pobj")]
        nouns += [q for n in parts for o in children(n, "prep") if o.lower_ == "of" for q in children(o, "pobj")]
        for noun in (n for n in nouns if lemma(n) in INQUIRIES):
            wrongs = [c for c in children(noun, "compound", "amod") if lemma(c) in self.words["wrong_nouns"]]
            wrongs += [q for o in children(noun, "prep") if o.lower_ == "into" for q in children(o, "pobj")
                       if lemma(q) in self.words["wrong_nouns"]]
            if wrongs:
                return self._span(self._subtree(wrongs[0]))
        return None

    def _charge_below(self, verb: "Token", held: "Token") -> tuple[int, int] | None:
        """A sentence's "for ..." the parser hung lower than the verb: "sentenced X to life
        in prison without the possibility of parole for driving into a crowd"."""
        inside = {t.i for t in held.subtree}  # nor in a clause of its own: ", accusing the company of a monopoly over"
        inside |= {t.i for c in children(verb, "advcl", "ccomp", "conj", "parataxis") for t in c.subtree}
        for token in verb.subtree:  # after the verb: "the Special Court for Sierra Leone convicted ..." is the court's
            if token.dep_ == "prep" and token.lower_ in ("for", "over") and token.i not in inside and not _when(token) \
                    and token.i > verb.i \
                    and token.head.i != verb.i and any(c.dep_ in ("pcomp", "pobj") for c in token.children):
                return self._span(self._subtree(token))
        return None

    def _wrongdoer_acted_on(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"The army said it had killed a Hamas commander who had planned the attack": a report
        of one's own act on someone says what they did, and charges whom they belong to; the
        relative clause must state a wrong ("who had attacked a checkpoint", "who was
        responsible for rocket attacks")."""
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                           for c in verb.children):
            return
        held = verb.head
        clause = next((a for a in held.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or held.dep_ not in ("dobj", "nsubjpass") or clause.dep_ != "ccomp" \
                or lemma(clause.head) not in self.words["saying"] or self._blocked(clause.head):
            return
        responsible = any(lemma(a) == "responsible" for a in children(verb, "acomp"))
        if not (self._is_wrong(verb) or responsible and self._complement(*children(verb, "acomp"), preps=("for",))):
            return
        accusers = self.subjects(clause.head)
        mine = {a.actor for a in accusers}
        accused = [r for r in self.resolver.refs(held) if r.actor not in mine]
        words = [t for t in self._subtree(verb) if not (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i)]
        if accusers and accused:
            yield accusers, accused, self._span(words), "reported"

    def _wrong_after(self, verb: "Token", held: "list[Token] | None" = None) -> tuple[int, int] | None:
        """"severed relations with Ecuador after police raided its embassy": a break in relations
        answers the wrong just done (a penalty "after" something says only when: `TIME_MARKS`).
        A penalty on someone (`held`) answers a wrong the clause does not pin on another: "suspended
        Guinea after soldiers detained the president" (not "sanctioned X after Y attacked Z")."""
        if held is not None and not held:
            return None
        mine = {r.actor for h in held or () for r in self.resolver.refs(h, owner=True)}
        for clause in children(verb, "advcl"):
            doers = {r.actor for s in children(clause, "nsubj", "nsubjpass") for r in self.resolver.refs(s, owner=True)}
            if held is not None and doers and not doers & mine:
                continue
            if any(m.lower_ == "after" for m in children(clause, "mark")) and self._is_wrong(clause):
                return self._span(self._subtree(clause, tuple(children(clause, "mark", "npadvmod"))))
                # (not "two days after": when)
        return None

    def _wrong_alleged(self, verb: "Token") -> tuple[int, int] | None:
        """"filed a case against Y, alleging genocide": the wrong a case's participle names. Only
        here, where a case is brought: elsewhere "alleging" may report another's charge."""
        return next((span for said in children(verb, "advcl") if said.tag_ == "VBG" and lemma(said) == "allege"
                     for thing in children(said, "dobj") for span in [self._span(self._subtree(thing))]
                     if self._names_wrong(span)), None)

    def _reason_said(self, verb: "Token", wrong: bool = True) -> tuple[int, int] | None:
        """"X sued Y, arguing that the ban was unconstitutional", "filed a complaint against Y,
        saying it had violated the truce": the wrong its maker says the measure is for. With
        `wrong=False`, whatever is claimed ("attacked Y for the tweet, claiming he used it to
        distract from the funeral": a scolding says its reason)."""
        for said in children(verb, "advcl"):
            citing = lemma(said) in self.words["cite"]  # "citing reasonable grounds to believe he bore ..."
            if said.tag_ != "VBG" or lemma(said) not in self.words["saying"] and not citing:
                continue
            for clause in (c for c in said.subtree if c.dep_ == "ccomp") if citing else children(said, "ccomp"):
                span = self._clause_said(clause)
                if not wrong or self._names_wrong(span) or self._is_wrong(clause):  # ("had compromised the process")
                    return span
        return None

    def _doers_before(self, act: "Token", called: list["Token"], besides: frozenset[str] = frozenset()) -> list[Ref]:
        """Who did the act named before (`Resolver.doer_before`). A decision ("the move", "the
        suspension") only when it is `called` a wrong ("criticized the commutation as an abuse of
        power"): "condemned the decision", "said the measures were unjustified" judge a decision,
        which charges no one (tests/gold/README.md)."""
        deed = self.resolver.verb_of_noun(act)
        if names_decision(act) or deed is not None:  # ("the pardon" of "pardoned")
            words = self.words["wrong_nouns"] | self.words["wrong_verbs"] | UNLAWFUL | (HOSTILE_ACTS if deed else set())
            # (a deed told before may be called provocative; "the accusations" called belligerent are denied)
            if not any(lemma(t) in words or t.lower_ in words for t in called):
                return []  # ("unjustified", "a mistake": a judgment)
        if lemma(act) in REMARKS:  # "condemned the remarks, which it called hostile": who made them,
            # when they are called a wrong or a pejorative (not "welcomed the remarks")
            return self.resolver.speaker_before(act) if self._calls_a_wrong(called) else []
        return self.resolver.doer_before(act, lead=True, besides=besides)

    def _only_a_thing(self, span: tuple[int, int]) -> bool:
        """Is the charge only a thing said or decided ("the tweet", "the decision", "his remarks"),
        with no wrong named in it?"""
        words = self.resolver.doc.char_span(*span, alignment_mode="expand") if span[1] > span[0] else None
        return bool(words) and (lemma(words.root) in self.words["decisions"] | REMARKS | POSTS) \
            and not self._names_wrong(span)

    def _names_wrong(self, span: tuple[int, int]) -> bool:
        """A wrong, a label that charges or a word that condemns, in `span`."""
        words = self.resolver.doc.char_span(*span, alignment_mode="expand") or ()
        charges = self.words["labels"] | self.words["pejoratives"]
        return self._states_wrong(span) or any(lemma(t) in charges for t in words)

    def _states_wrong(self, span: tuple[int, int]) -> bool:
        doc = self.resolver.doc
        words = doc.char_span(span[0], span[1], alignment_mode="expand") or ()
        wrongs = self.words["wrong_nouns"] | self.words["wrong_verbs"] | {"allege", "alleged"}
        # an act called hostile is called a wrong: "citing hostile remarks by French officials"
        return any(lemma(t) in wrongs or t.lower_ in wrongs or t.lower_ in self.words["pejoratives"]
                   or t.lower_ in UNLAWFULLY for t in words)  # "that it illegally maintained a monopoly"

    def _wrong_in_relative(self, act: "Token", accusers: list[Ref]) -> tuple[list[Ref], tuple[int, int]] | None:
        """What a reported clause says of an actor it names in passing: "says the police handed them
        over to the Guerreros Unidos gang, which killed them" charges the gang with what "which"
        says it did. Only an object of the clause's own verb, and a wrong its relative clause states."""
        mine = {r.actor for r in accusers}
        objects = [o for c in act.children if c.dep_ in ("dobj", "prep", "dative")
                   for o in ([c] if c.dep_ == "dobj" else children(c, "pobj"))]
        objects += [o for n in objects for p in children(n, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        for noun in objects:  # (and its owner: "struck positions of the ADF, which had killed ...")
            for clause in children(noun, "relcl"):
                which = [w for w in children(clause, "nsubj") if w.lower_ in ("which", "who", "that")]
                if not which or negated(clause) or not self._is_wrong(clause):
                    continue
                accused = [r for r in self.resolver.refs(noun) if r.actor not in mine]
                if accused:
                    return accused, self._span(self._subtree(clause, tuple(which)))
        return None

    @staticmethod
    def _dishonest(verb: "Token") -> bool:
        """A denied honesty is a charge: "has not been straight with voters", "was not honest about the
        cost", "is not telling the truth"."""
        if not negated(verb) or children(verb, "nsubj") and children(verb, "nsubj")[0].lower_ in ("i", "we"):
            return False
        if lemma(verb) == "be":
            return any(lemma(a) in HONEST for a in children(verb, "acomp"))
        if lemma(verb) == "trust" and children(verb, "auxpass"):
            return True  # "could not be trusted with public money"
        return lemma(verb) == "tell" and any(lemma(o) == "truth" for o in children(verb, "dobj"))

    @staticmethod
    def _bought(verb: "Token") -> bool:
        """Does the payment `verb` buy a favour: "to secure quotas", "in return for their votes"; or is it
        one no honest payer makes: "paying consultants inflated fees", "paid secret commissions"?"""
        if any(m.lower_ in ILLICIT for o in children(verb, "dobj") for m in children(o, "amod")):
            return True
        purposes = [*children(verb, "advcl", "xcomp"), *(x for p in children(verb, "prep") for o in children(p, "pobj")
                                                         for x in children(o, "acl"))]  # ("for years to secure")
        if any(lemma(x) in BOUGHT and to_infinitive(x) for x in purposes):
            return True
        return any(lemma(o) in ("return", "exchange") and any(
            lemma(w) in BOUGHT_NOUNS for f in children(o, "prep") if f.lower_ == "for" for w in children(f, "pobj"))
            for p in children(verb, "prep") if p.lower_ == "in" for o in children(p, "pobj"))

    def _reported(self, verb: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"X said (that) Y had shelled Z", "Y shelled Z, X said", "X said Y was behind the attack"."""
        convinced = verb.lower_ in CONVINCED and children(verb, "ccomp") and (
            verb.dep_ == "acomp" or children(verb, "nsubjpass", "auxpass"))  # ("officials are convinced": "are" on it)
        if (lemma(verb) not in self.words["saying"] or verb.pos_ not in ("VERB",)) and not convinced \
                or self._blocked(verb):
            return
        if lemma(verb) in VIEW_VERBS and verb.dep_ == "ccomp" and lemma(verb.head) in self.words["saying"] \
                and any(self.resolver.refs(s) for s in children(verb.head, "nsubj")):
            return  # "Zuma claimed Britain believed Africa is barbaric": Zuma's claim, no charge of Britain's
        reports = children(verb, "ccomp")
        if lemma(verb) in self.words["accuse"] and any(not reports or o.i < reports[0].i for o in children(verb, "dobj")):
            return  # "accused Y of": the accuse construction reads it (not "alleged that Y ..., a claim Z rejected")
        if convinced:  # "The government is convinced that Russia is responsible": the one convinced says so
            accusers = [r for c in children(verb, "nsubjpass") for r in self.resolver.refs(c)] or (
                [] if self._blocked(verb.head) else self.subjects(verb.head))
        else:
            accusers = self.subjects(verb) if not children(verb, "auxpass") else self.agents(verb)
            accusers = self._sayer_of_clause_before(verb, accusers) or accusers or self._case_sides(verb)[0]
        if not accusers:
            return
        behind = [p for p in children(verb, "prep") if p.lower_ == "behind" and lemma(verb) in CLAUSE_ONLY]
        said_of = [r for o in children(verb, "dobj") for r in self.resolver.refs(o)] if behind else []
        if said_of and any(self._names_act(o) for p in behind for o in children(p, "pobj")):
            yield accusers, said_of, self._span(list(behind[0].subtree)), "reported"  # a headline's "Poland
            return  # says Russia behind sabotage of rail line": the verb "be" left out
        borne = self._borne_misread(verb) if lemma(verb) in CLAUSE_ONLY else None
        if borne is not None:
            yield accusers, *borne, "reported"
            return
        in_statement = [c for prep in children(verb, "prep") if prep.lower_ in ("in", "through")
                        for pobj in children(prep, "pobj") for c in children(pobj, "acl", "relcl")
                        if _marked_that(c) or _that_read_as_object(c)]
        clauses = [*children(verb, "ccomp", "parataxis"), *in_statement]  # "said in a statement that ..."
        clauses = [answered_report(c) or c for c in clauses]  # ("..., a charge Z rejected": the report)
        clauses += [c for c in children(verb, "conj") if c.pos_ == "VERB" and not children(c, "nsubj", "nsubjpass")
                    and any(k.i < c.i for k in children(verb, "ccomp")) and self._is_wrong(c)]
        # ("concluded that Israel used force, deliberately targeted civilians, ...", the second act read as
        # the report's own conjunct)
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and (
                verb.head.i < verb.i or _parenthetical(verb)):
            clauses.append(_clause_of(verb.head))  # "Y fired a missile, X said, calling it ...": the parser's root is the report;
            # "Y's actions, X said, amounted to genocide": the report set in commas inside it
        clauses += [c for o in children(verb, "dobj") if lemma(o) in AUDIENCES for c in children(o, "relcl")
                    if any(w.lower_ == "that" for w in c.children)]  # "told a press briefing that Y had ..."
        clauses += [c for o in children(verb, "dobj") if lemma(verb) in CLAUSE_ONLY for c in children(o, "acl")
                    if c.tag_ in ("VBD", "VBN") and children(c, "dobj")]  # "say M23 rebels executed 20 civilians"
        clauses += [c for c in children(verb, "advcl") if lemma(verb) in CLAUSE_ONLY and children(verb, "dobj")
                    and not children(c, "nsubj", "nsubjpass") and children(c, "aux")
                    and not any(m.lower_ in SUBORDINATING for m in children(c, "mark"))]
        # ("argue Morsi since taking power has failed to ...": the subject read as the object, its clause as an aside)
        clauses += [c for clause in clauses if lemma(clause) in HOLDING for o in children(clause, "dobj")
                    if lemma(o) in EVIDENCE for c in children(o, "acl", "ccomp", "relcl")
                    if _marked_that(c)]  # "said X had proof that Y ..."
        clauses += [c for clause in clauses for shown in (clause, *clause.conjuncts) if lemma(shown) in SHOWING
                    or lemma(shown) in CONCLUDING and not any(self.resolver.refs(s) for s in children(shown, "nsubj"))
                    for c in children(shown, "ccomp")]  # ("said the report confirmed it and showed that Y ...";
        # "said investigators had concluded that Y ...": an unnamed inquiry's finding, which the speaker reports)
        # "said documents seized at the camp showed that Y had ...": what the evidence shows is said too
        clauses += [c for clause in clauses for o in (
                        children(clause, "dobj") if lemma(clause) in HOLDING
                        else children(clause, "attr") if lemma(clause) == "be" and children(clause, "expl") else [])
                    if lemma(o) in GROUNDS for b in [*children(o, "acl", "relcl"), *children(clause, "xcomp")]
                    if lemma(b) in BELIEVING for c in children(b, "ccomp")]  # "said it had grounds to believe Y was
        # ...", "said there were reasonable grounds to believe Y had ..."
        clauses += [c for p in children(verb, "prep") if p.lower_ == "without" for o in children(p, "pobj")
                    if lemma(o) in ("evidence", "proof") for c in children(o, "acl", "ccomp") if _marked_that(c)]
        # ("claimed without evidence that Y had ...": the parser hangs the claim on "evidence")
        clauses += [c for clause in clauses for o in clause.subtree if lemma(o) == "fact"
                    for c in children(o, "acl", "ccomp") if _marked_that(c)]  # "said nothing could change the
        # fact that Y had suppressed protests": a fact is asserted, whatever is said of it
        clauses += [c for clause in clauses for c in clause.subtree if c.dep_ == "conj" and c.i > clause.i
                    and c.head.i != clause.i and _marked_that(c) and children(c, "nsubj", "nsubjpass")
                    and c not in clauses]  # "said the attacks were a violation of an agreement to reduce violence
        # and that the BRN had failed to ...": the second "that" hung on the first report's last verb
        clauses = [self._extraposed(c) or c for c in clauses]  # "said it was highly likely that Y had ..."
        for clause in clauses:
            reasons = [c for c in clause.children if c.dep_ == "advcl" and any(  # "said X cut ties because Y had ..."
                m.lower_ == "because" for m in children(c, "mark"))]
            for act in (clause, *[c for c in clause.conjuncts if c.i > clause.i and c.pos_ in ("VERB", "AUX")
                                  and not self._hung_in_report(c, clause)], *reasons):  # every act of a list ("used force, targeted civilians, used them as shields
                # and destroyed infrastructure"), the parser chaining each to the one before
                told = lemma(act) in UNANSWERED and any(self._names_act(s) for s in children(act, "nsubj", "nsubjpass"))
                # "warned that the American-British aggression would not go unanswered": the wrong is told,
                # what is negated is the answer (not "said the Ukrainian attack did not happen")
                unfair = self._unfair_vote(act)  # "said the vote was not free and fair": the negation is the charge
                unmet = act is clause and self._duty_unmet(act)  # (one of a list is in its first act's words)
                charged = told or unfair or unmet or self._dishonest(act)  # ("has not been straight with ...")
                blocked = self._blocked(act) and not (charged and negated(act) and not any(
                    c.dep_ == "mark" and c.lower_ in self.words["conditional"] for c in act.children))
                if self._done_beside(act, accusers):
                    continue  # "flew the strikes alongside US warplanes, the Pentagon said": a partner's report
                if blocked or lemma(act) in EXPECTING and not children(act, "auxpass") and not any(
                        self._is_wrong(x) for x in children(act, "xcomp")) and not (lemma(act) == "plan" and any(
                        lemma(o) in self.words["wrong_nouns"] for o in children(act, "dobj"))):  # ("had been
                    # planned by Y", "Y had planned the attacks": done)
                    continue  # "said they anticipate being provided with bombs": nothing done yet (but
                    # "said Rwanda was planning to attack": a hostile plan is charged)
                said = self._span(self._subtree(act, (*children(act, "mark"), *self._speakers_next_acts(act))))
                linked = self._culprits_linked(act)  # "said the attackers were linked to al-Shabaab"
                if linked:
                    yield accusers, linked, said, "reported"
                    continue
                if act.lower_ in FOUND_WORDS and lemma(verb) in VERDICTS:
                    continue  # "found X responsible for abuses by police": X is charged (`_guilty`), not the police
                held = self._ill_motivated(act) or ([  # "said the arrest was politically motivated"
                    r for v in children(act, "nsubj", "nsubjpass") for r in self.resolver.refs(v, owner=True)
                    or self._vote_held_in(v)] if unfair else [])  # "said the vote in Y was marred by fraud"
                if held:
                    yield accusers, held, said, "reported"
                    continue
                held = self._responsibility_with(act)  # "said the responsibility lies with Tbilisi"
                if held:
                    yield accusers, held, said, "reported"
                    continue
                held = self._obliged_to_stop(act)  # "said Israel must halt its operations"
                if held:
                    yield accusers, held, self._span(self._subtree(act, tuple(children(act, "nsubj", "mark")))), "demand"
                    continue
                needed = self._needed_to_stop(act)  # "said it was essential that Israel halt its attacks"
                if needed is not None:
                    yield accusers, needed[0], self._span(needed[1]), "demand"
                    continue
                cleft = self._cleft(act) or self._aim_of(act)  # "said it was Eritrean troops who had pounded
                if cleft is not None:  # Shire", "said it was the NSM's objective to incite violence"
                    yield accusers, *cleft, "reported"
                    continue
                case = self._cause_to_try(act)  # "said there was probable cause to try X for pocketing kickbacks"
                if case is not None:
                    yield accusers, *case, "reported"
                    continue
                described = self._wrong_in_relative(act, accusers)
                if described is not None:  # "says the police handed them to the gang, which killed them"
                    yield accusers, *described, "reported"
                marked = self._hallmarks(act)  # "said the attack bore the hallmarks of the Pakistani Taliban"
                if marked or not (self._is_wrong(act) or unmet or lemma(verb) in ALLEGING and not negated(act)):
                    owners = marked or self._owned_wrongs(act) or self._act_called_wrong(act) \
                        or self._wrong_done_for(act, accusers)
                    if owners and (not negated(act) or told):
                        words = [t for t in self._subtree(act) if t.dep_ != "mark" or t.head != act]
                        if {r.actor for s in children(act, "nsubj") if s.pos_ == "PRON" or any(
                                p.pos_ == "PRON" for p in children(s, "poss")) for r in self.resolver.refs(s)} \
                                & {a.actor for a in accusers}:  # "said it was treating the poisoning by
                            joined = {t.i for c in children(act, "conj", "cc") for t in c.subtree}
                            words = [t for t in words if t.i > act.i and t.i not in joined]  # Y as attempted
                            # murder": what Y did (not a clause joined after it)
                        yield accusers, owners, self._span(words), "reported" if marked else "reported-act"
                    continue
                accused = self._said_of(verb, act) or self._attacked_from(act) or self._reported_subject(act) \
                    or self._rigged_by_government(act) \
                    or self._case_sides(verb)[1] or self._ordered_by(self._span(list(act.subtree)), accusers, []) \
                    or self._this_was(act, accusers)
                doers = {r.actor for r in accused}
                listed = any(s.conjuncts or s.pos_ == "NOUN" and len(self.resolver.refs(s)) > 1
                             for s in children(act, "nsubj"))  # (or counted: "the two mediators had handed ...")
                modifiers = [w for s in children(act, "nsubj") for m in children(s, "amod", "compound", "poss", "nmod")
                             if m.conjuncts for w in (m, *m.conjuncts)]  # "Thai and Cambodian soldiers traded fire"
                doers |= {r.actor for w in modifiers for r in self.resolver.refs(w)}
                listed = listed or bool(modifiers)
                if not accused or listed and len(doers) > 1 and doers & {r.actor for r in accusers} \
                        or doers <= {r.actor for r in accusers} and len(accusers) > 1:
                    continue  # "the Pentagon said the US and Britain launched strikes": its own act, told
                    # (and "the ministers of the US, Britain and France said the findings showed ...": theirs)
                    # (not "they", which may take in the sayer; one actor on both sides is a domestic
                    # quarrel, read below: the PM against the president)
                # the subject leaves the allegation when it is the accused's own name ("Y had
                # shelled Z"), not when it is something of theirs ("Y's decision will undermine peace")
                named = {r.token for r in accused}
                named |= {c.i for c in children(act, "nsubj") if self.resolver.mention_of.get(c.i) is not None
                          and any(self.resolver.mention_of.get(i) is self.resolver.mention_of[c.i] for i in named)}
                # (every word of the accused's name the parser made a subject: "ZANU" and "PF")
                subjects = tuple(c for c in act.children if c.dep_ == "mark" or
                                 c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") or
                                 c.dep_ in ("nsubj", "nsubjpass") and c.i in named
                                 and (c.i in self.resolver.mention_of or not any(p.dep_ == "poss" for p in c.children)))
                kept = [c for c in act.children if c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass")
                        and c not in subjects]
                first = min([act.i, *(c.left_edge.i for c in kept)])
                inside = act.i == verb.head.i and verb.i < act.i  # "Y's acts, X said, amounted to ..."
                # "Y did Z, X said, ...": the act before the report
                before_report = verb.left_edge.i if act.i == verb.head.i and not inside else len(act.doc)
                after_report = verb.right_edge.i if inside else -1
                hung = self._speakers_next_acts(act)
                words = [t for t in self._subtree(act, subjects + hung) if first <= t.i < before_report and t.i > after_report]
                if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i not in named \
                        and verb.head.i not in self.resolver.mention_of and any(
                        c.tag_ in ("WDT", "WP") for c in children(act, "nsubj", "nsubjpass")):
                    words = list(act.doc[verb.head.left_edge.i:verb.head.i + 1]) + words  # "an election that the
                    # opposition says was rigged": what was rigged is the election
                shared = [s for s in passive_subjects(act) if s.head.i != act.i]
                if shared:  # "the attack was staged and carried out by Y": the act and what was done
                    words = [t for t in self._subtree(act.head) if shared[0].left_edge.i <= t.i <= act.right_edge.i]
                yield accusers, accused, self._span(words), "reported"

    def _sayer_of_clause_before(self, verb: "Token", accusers: list[Ref]) -> list[Ref]:
        """"X accused Y of blackmail after the Commission froze the funds, saying Budapest had
        failed to ...": a participle of saying the parser hangs on the main verb, whose report
        names the main subject as the doer, is said by the subject of the clause just before it."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl":
            return []
        named = {r.actor for c in children(verb, "ccomp") for s in children(c, "nsubj") for r in self.resolver.refs(s)}
        if not named & {a.actor for a in accusers}:
            return []
        before = [c for c in children(verb.head, "advcl") if c.i < verb.i and children(c, "nsubj")
                  and any(m.lower_ in ("after", "when", "as", "since", "because") for m in children(c, "mark"))]
        sayers = self.subjects(before[-1]) if before else []
        return sayers if sayers and not named & {a.actor for a in sayers} else []

    def _act_called_wrong(self, clause: "Token") -> list[Ref]:
        """"said the arrest was part of a pattern of harassment": an act named before, with no
        owner of its own, called a wrong, is charged to the one who did it."""
        called = children(clause, "attr", "acomp")
        called += _of_chain(called)  # ("part of a pattern of harassment"; not "a response to Y's support")
        charges = self.words["wrong_nouns"] | self.words["labels"] | self.words["pejoratives"]
        if lemma(clause) != "be" or not any(lemma(c) in charges for c in called):
            return []
        acts = [s for s in children(clause, "nsubj") if s.pos_ == "NOUN" and s.i not in self.resolver.mention_of
                and not self.resolver.refs(s, owner=True)]
        return self.resolver.doer_before(acts[0]) if acts else []

    def _cleft(self, act: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """"it was Eritrean troops who had pounded Shire": the one named, and the wrong the
        relative clause says they did (the parser may hang that clause on a later noun)."""
        if lemma(act) != "be" or not any(s.lower_ == "it" for s in children(act, "nsubj")):
            return None
        named = children(act, "attr")
        wrong = next((t for t in act.subtree if t.dep_ in ("relcl", "ccomp") and t.i > act.i and self._is_wrong(t)
                      and any(s.lower_ in ("who", "that", "which") for s in children(t, "nsubj"))), None)
        accused = [r for n in named for r in self.resolver.refs(n, owner=True)]
        if wrong is None or not accused:
            return None
        return accused, self._span([t for t in self._subtree(wrong) if not (t.dep_ == "nsubj" and t.head == wrong)])

    def _aim_of(self, act: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """"it was the NSM's objective to incite violence", "the party's aim was to silence the
        press": a wrong someone is said to aim at is charged to them (the aim's owner)."""
        if lemma(act) != "be":
            return None
        aims = [a for a in children(act, "attr") if lemma(a) in AIMS and any(s.lower_ == "it" for s in children(act, "nsubj"))]
        aims += [s for s in children(act, "nsubj") if lemma(s) in AIMS]
        for aim in aims:
            owners = [r for c in children(aim, "poss") for r in self.resolver.refs(c)]
            wrongs = [w for h in (aim, act) for w in children(h, "acl", "xcomp", "relcl")
                      if to_infinitive(w) and self._is_wrong(w)]
            if owners and wrongs:
                return owners, self._span(self._subtree(wrongs[0], tuple(children(wrongs[0], "aux"))))
        return None

    def _cause_to_try(self, act: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """"there was probable cause to try X for pocketing kickbacks", "it had enough evidence
        to charge X with fraud": the one a case is made against, and the wrong they would be
        tried for (the parser may hang "for" on the court: "to try X before the court for ...")."""
        if not (lemma(act) == "be" and children(act, "expl") or lemma(act) in HOLDING):
            return None
        for noun in children(act, "attr", "dobj"):
            if lemma(noun) not in EVIDENCE | GROUNDS | {"cause", "basis"}:
                continue
            for trial in children(noun, "acl"):
                if lemma(trial) not in self.words["punish"] or negated(trial):
                    continue
                accused = [r for o in children(trial, "dobj") for r in self.resolver.refs(o)]
                courts = [p for c in children(trial, "prep") for p in children(c, "pobj")]
                reason = self._complement(trial, *courts, preps=("for", "with", "over"))
                if accused and reason:
                    return accused, reason
        return None

    @staticmethod
    def _against_the_law(prep: "Token") -> bool:
        """Is the phrase one that says an act broke a law: "against the law (constitution)",
        "in breach (violation, contravention, defiance) of ..."?"""
        objects = children(prep, "pobj")
        if prep.lower_ in ("against", "above"):  # ("wanted to place itself above the law")
            return any(lemma(o) in LAWS for o in objects)
        return prep.lower_ == "in" and any(lemma(o) in BREACHES and any(
            c.lower_ == "of" for c in children(o, "prep")) for o in objects)

    def _ill_motivated(self, act: "Token") -> list[Ref]:
        """Who did the act a reported clause calls politically motivated or made up ("said the
        charges were politically motivated", "... were fabricated as part of a plot by X"): the one
        it is done by (or whose plot it was), else, for what only a state does to
        people (an arrest, charges, a trial, a raid), the one that did it in the sentences
        before ("Police arrested X. ... said the arrest was ..."), else the state the article is about."""
        if lemma(act) in STATE_ACTS.values() and children(act, "auxpass") and not negated(act) and any(
                self._trumped_up(o) for p in children(act, "prep") if p.lower_ == "on" for o in children(p, "pobj")):
            doers = [r for t in children(act, "agent") for o in children(t, "pobj") for r in self.resolver.refs(o)]
            home = self.resolver.home(act, None) if not doers else None  # "said its leader had been arrested on
            return doers or ([home] if home is not None else [])  # trumped-up charges": whoever arrested him
        motive = act if lemma(act) == "motivate" else next(
            (c for c in children(act, "acomp") if lemma(c) in ("motivate", "motivated")), None)  # ("was ... motivated")
        made_up = lemma(act) in MADE_UP and act.tag_ == "VBN" and bool(children(act, "nsubjpass"))
        plotted = lemma(act) == "be" and any(lemma(s) in STATE_ACTS for s in children(act, "nsubj")) and any(
            t.lower_ == "by" and lemma(t.head) in PLOTS | {"plan"} for t in act.subtree)  # "the charges were
        # part of a plan by X's government to keep him out of the election"
        if negated(act) or not made_up and not plotted and (motive is None or not _politically_motivated(motive)):
            return []  # ("said the charges were fabricated as part of a conspiracy by X": X made them up)
        acts = children(act, "nsubj", "nsubjpass")
        if made_up and (not acts or lemma(acts[0]) not in STATE_ACTS):
            return []
        doers = [r for a in acts for r in self._doers_of(a)] or [
            r for t in act.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by" and (t.head == act or lemma(
                t.head) in PLOTS or plotted) for o in children(t, "pobj") for r in self.resolver.refs(o)]
        if doers or not acts or lemma(acts[0]) not in STATE_ACTS:
            return doers
        earlier = self._earlier_doer(acts[0])
        if earlier:
            return earlier
        home = self.resolver.home(acts[0], None)
        return [home] if home is not None else []

    @staticmethod
    def _trumped_up(charges: "Token") -> bool:
        """Are the charges called made up or ill-motivated ("trumped-up", "fabricated", "politically
        motivated charges")?"""
        return lemma(charges) == "charge" and any(
            lemma(c) in MADE_UP | {"false", "bogus", "spurious", "baseless", "trumped-up"} or c.lower_ == "trumped"
            or _politically_motivated(c) for c in charges.children if c.dep_ in ("amod", "compound"))

    def _earlier_doer(self, noun: "Token") -> list[Ref]:
        """The subject of the verb that did, in the three sentences before, what `noun` names
        ("Police arrested Kem Sokha ... the arrest")."""
        verb = STATE_ACTS[lemma(noun)]
        here = self.resolver.sentence_of(noun)
        for index in range(here, max(-1, here - 4), -1):
            for token in reversed(list(self.resolver.span(self.resolver.sentences[index]) or ())):
                if token.i < noun.i and lemma(token) == verb and token.pos_ == "VERB":
                    found = [r for s in children(token, "nsubj") for r in self.resolver.refs(s)]
                    if found:
                        return found
        return []

    def _borne_misread(self, verb: "Token") -> tuple[list[Ref], tuple[int, int]] | None:
        """"said the United States bore responsibility for the attack", which the small parser
        reads as one object, "bore" an adjective on "responsibility": the names before "bore"."""
        for burden in children(verb, "dobj"):
            words = children(burden, "compound", "amod")
            bore = next((w for w in words if w.lower_ in ("bore", "bears", "carried", "carries")), None)
            if lemma(burden) not in BURDENS or bore is None:
                continue
            named = [r for w in words if w.i < bore.i for r in self.resolver.refs(w)]
            if named:
                return named, self._span([t for t in burden.subtree if t.i >= bore.i])
        return None

    def _responsibility_with(self, act: "Token") -> list[Ref]:
        """Who "the responsibility lies with" ("the blame rests on Moscow"): the one held
        responsible, named after the verb, not its subject."""
        if lemma(act) not in ("lie", "rest", "fall") or negated(act) or not any(
                lemma(s) in BURDENS for s in children(act, "nsubj")):
            return []
        return [r for p in children(act, "prep") if p.lower_ in ("with", "on", "upon")
                for o in children(p, "pobj") for r in self.resolver.refs(o)]

    def _obliged_to_stop(self, act: "Token") -> list[Ref]:
        """Who a reported clause says must stop what they do ("said Israel needs to stop
        building settlements", "said Russia must withdraw its troops"): telling someone to stop
        says they do wrong, as "X urged Y to stop" does."""
        stop = next((x for x in children(act, "xcomp") if lemma(act) in ("need", "have")), act)
        obliged = stop is not act or any(c.lower_ in ("must", "should", "ought") for c in children(act, "aux"))
        if not obliged or lemma(stop) not in self.words["stop"] or negated(act) or negated(stop):
            return []
        return [r for s in children(act, "nsubj")[:1] for r in self.resolver.refs(s)]

    def _needed_to_stop(self, act: "Token") -> tuple[list[Ref], list["Token"]] | None:
        """Who a reported clause says it is essential should stop what they do ("said it was
        essential that ZANU-PF stops the violence", "it is vital that Russia withdraw its
        troops"), and the words of what they must stop: a demand put as a necessity."""
        if lemma(act) != "be" or negated(act) or not any(lemma(a) in NECESSARY for a in children(act, "acomp")):
            return None
        for stop in children(act, "ccomp"):
            if lemma(stop) in self.words["stop"] and not negated(stop) and any(
                    m.lower_ == "that" for m in children(stop, "mark")):
                held = [r for s in children(stop, "nsubj")[:1] for r in self.resolver.refs(s)]
                # "stops the violence, halts the persecution of ...": the parser hangs the second on "is"
                more = [t for c in act.conjuncts if c.i > stop.i and lemma(c) in self.words["stop"]
                        for t in self._subtree(c)]
                if held:
                    return held, self._subtree(stop, tuple(children(stop, "nsubj", "mark"))) + more
        return None

    def _culprits_linked(self, act: "Token") -> list[Ref]:
        """"the attackers were linked to al-Shabaab", "the suspects had ties to X": the group the
        doers of a wrong are tied to."""
        subjects = children(act, "nsubj", "nsubjpass")
        if not subjects or (lemma(subjects[0]) not in CULPRITS and not self._names_act(subjects[0])):
            return []
        heads = [act] if lemma(act) in LINKS else [o for o in children(act, "dobj") if lemma(o) in LINKS]
        paid = [r for a in (children(act, "attr") if lemma(act) == "be" else []) for p in children(a, "prep")
                if p.lower_ == "in" for pay in children(p, "pobj") if lemma(pay) == "pay" for q in children(pay, "prep")
                if q.lower_ == "of" for o in children(q, "pobj") for r in self.resolver.refs(o)]
        # ("the attackers were mercenaries in the pay of France")
        return paid or [r for h in heads for p in children(h, "prep") if p.lower_ in ("to", "with")
                        for o in children(p, "pobj") for r in self.resolver.refs(o)]

    def _rigged_by_government(self, act: "Token") -> list[Ref]:
        """"the opposition said the election was rigged", "a vote that the opposition says was
        stolen": a vote rigged by no one named is charged to the ruling party the article names,
        else to the government that held it (the state the article is about)."""
        if lemma(act) not in RIGGING or children(act, "agent") or not children(act, "auxpass"):
            return []
        voted = [act.head.head if s.tag_ in ("WDT", "WP") and act.head.dep_ == "relcl" else s
                 for s in children(act, "nsubjpass", "nsubj")]
        marks = [m for m in children(act.head, "mark") if m.lower_ == "that" and m.i > 0] if not voted else []
        for mark in marks:  # "an election in Kenya that the opposition says was rigged", the relative pronoun
            noun = act.doc[mark.i - 1]  # read by the small parser as the mark of "says"
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # ("an election in Kenya that ...")
                noun = noun.head.head
            voted.append(noun)
        if not any(lemma(s) in BALLOTS for s in voted):
            return []
        ruling = self.resolver.inventory.forms.get(("ruling", "party"))  # the ruling party the article names
        if ruling is not None:
            return [Ref(ruling.actor, None, self.resolver.first_sentence(ruling.actor, act), act.i)]
        held = [r for s in voted for r in self._vote_held_in(s)]
        if held:  # "said the election in Belarus was rigged": the state that held it
            return held
        home = self.resolver.home(act, None)
        return [home] if home is not None else []

    def _duty_unmet(self, verb: "Token") -> bool:
        """"Y had not respected the ceasefire", "has not complied with the resolution": a duty not
        done is a wrong, where other negated acts deny one."""
        return negated(verb) and lemma(verb) in DUTIES and any(
            lemma(o) in BINDING for o in (*children(verb, "dobj"), *(p for c in children(verb, "prep")
                                                                       if c.lower_ in ("with", "by")
                                                                       for p in children(c, "pobj"))))

    def _unfair_vote(self, verb: "Token") -> bool:
        """"the election was neither free nor fair", "was not credible", "was marred by fraud":
        what observers say of a vote, a charge against whoever ran it."""
        if not any(lemma(s) in BALLOTS for s in children(verb, "nsubj", "nsubjpass")):
            return False
        if lemma(verb) in MARRING:
            return any(lemma(o) in VOTE_WRONGS for a in children(verb, "agent")
                       for p in children(a, "pobj") for o in (p, *p.conjuncts))
        if lemma(verb) == "fall" and any(c.lower_ == "short" for c in children(verb, "advmod", "acomp", "prt")):
            return True  # "the election had fallen short of international standards"
        fair = [a for a in children(verb, "acomp") if a.lower_ in FAIR_VOTE]
        return bool(fair) and (negated(verb) or any(c.lower_ == "neither" for a in fair for c in a.children))

    def _vote_held_in(self, noun: "Token") -> list[Ref]:
        """"the election in Belarus", "the vote in Venezuela": the state a vote is held in answers
        for how it is run, as it does for abuses on its soil; "the vote" with no place, the state the
        article is about."""
        if lemma(noun) not in BALLOTS:
            return []
        placed = self._state_in(noun)[:1]
        modifiers = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "compound", "nmod")]
        if placed or modifiers != ["the"]:
            return placed
        home = self.resolver.home(noun, None)
        return [home] if home is not None else []

    def _said_of(self, verb: "Token", act: "Token") -> list[Ref]:
        """"X said of the PKK that they are an enemy of Turkey": the pronoun subject of the
        reported clause stands for whom the saying is about; or for an act, and then its doer:
        '"This is a violation of our sovereignty," X said of the Turkish strike'."""
        if not any(s.pos_ == "PRON" for s in children(act, "nsubj", "nsubjpass")):
            return []
        return [r for prep in children(verb, "prep") if prep.lower_ in ("of", "about")
                for p in children(prep, "pobj")
                for r in self.resolver.refs(p) or (self._doers_of(p) if self._names_act(p) else [])]

    def _concern(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Turkey is concerned about attacks by the PKK", "Japan expressed alarm over China's
        incursions": concern about a wrong someone does charges its doer with it."""
        if lemma(word) not in self.words["concern"] and word.lower_ not in self.words["concern"]:
            return
        if word.pos_ in ("ADJ", "VERB") and word.tag_ in ("JJ", "VBN", "VBD") and (
                word.dep_ in ("acomp", "ROOT", "conj") or word.dep_ == "ccomp" and children(word, "nsubjpass")):
            head = word.head if word.dep_ == "acomp" else word
            felt = children(word, "nsubjpass")  # "it was frustrated with Y": a feeling, not a passive act
            accusers = [r for s in felt for r in self.resolver.refs(s)] if felt else self.subjects(head)
        elif (word.pos_ == "NOUN" and word.dep_ == "dobj" or word.dep_ == "ccomp") \
                and lemma(word.head) in self.words["utter"]:  # "expressed dismay that ...", read as a clause
            accusers, head = self.subjects(word.head), word.head
        else:
            return
        if not accusers or self._blocked(head):
            return
        mine = {a.actor for a in accusers}
        hung = [p for p in children(head, "prep") if p.lower_ in ("about", "over", "at")] if head is not word else []
        for prep in children(word, "prep", "agent") + hung:  # "complained of Turkish incursions": "of" on a verb only;
            # "voiced anger at the Ugandan government's support for ...": the parser may hang "at" on the verb
            if prep.lower_ not in ("about", "over", "at", "by", "with") \
                    and not (prep.lower_ == "of" and word.pos_ == "VERB"):
                continue
            for act in children(prep, "pobj"):
                if not self._names_act(act):
                    if prep.dep_ != "agent" or any(self._is_wrong(c) for c in children(act, "acl")
                                                   if to_infinitive(c)):
                        yield from self._felt_about(act, accusers, mine)  # ("disappointed by the Parliament's
                    continue  # decision": a judgment, no charge; but "concerned by its decision to strip 94
                    # critics of their nationality": a wrong decided)
                if prep.lower_ == "with":
                    continue  # "frustration with the attacks": read below, with whom and what for
                doers = [r for r in self._doers_of(act) if r.actor not in mine]
                if doers:
                    yield accusers, doers, self._span(self._subtree(act)), "concern"
        yield from self._felt_that(word, head, accusers, mine)
        yield from self._felt_at_doer(word, head, accusers, mine)
        # "expressed frustration with the army and the rebels for not allowing ...": anger at
        # someone, and what for; the parser may hang "at Y" on the verb ("voiced anger at Iran
        # over the detention of ...") and "for" on the last of the targets
        for prep in children(word, "prep") + (children(head, "prep") if head is not word else []):
            if prep.lower_ not in ("with", "against", "at", "toward", "towards"):
                continue
            for target in children(prep, "pobj"):
                targets = [target, *children(target, "conj")]
                accused = [r for t in targets for r in self.resolver.refs(t) if r.actor not in mine]
                allegation = self._complement(word, head, *targets, preps=("for", "over"))
                if accused and allegation and not self._names_act(target):
                    yield accusers, accused, allegation, "concern"

    def _felt_about(self, act: "Token", accusers: list[Ref],
                    mine: set[str]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"alarm over Somalia detaining its diplomats", "dismay at Israel's decision": felt
        about what another did, named by a gerund with its doer or a decision with its owner."""
        if act.tag_ == "VBG":
            doers = [r for s in children(act, "nsubj", "poss") for r in self.resolver.refs(s)]
        elif lemma(act) in self.words["decisions"]:  # "Israel's decision", "the US decision to sell arms"
            doers = [r for s in children(act, "poss", "compound", "amod") for r in self.resolver.refs(s)]
        else:
            return
        doers = [r for r in doers if r.actor not in mine]
        if doers:
            yield accusers, doers, self._span(self._subtree(act)), "concern"

    def _felt_at_doer(self, word: "Token", head: "Token", accusers: list[Ref],
                      mine: set[str]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"voiced alarm over Somalia detaining its diplomats", "was angered by Belarus forcing
        down the jet": the doer after the preposition, the act a gerund the parser hangs on
        the doer or on the verb."""
        heads = (word,) if head is word else (word, head)
        for prep in (p for h in heads for p in children(h, "prep", "agent")):
            if prep.lower_ not in ("about", "over", "at", "by"):
                continue
            for doer in children(prep, "pobj"):
                accused = [r for r in self.resolver.refs(doer) if r.actor not in mine]
                acts = [a for a in (*children(doer, "acl"), *(c for h in heads for c in children(h, "advcl")))
                        if a.tag_ == "VBG" and a.i > doer.i]
                if accused and acts:
                    yield accusers, accused, self._span(self._subtree(acts[0])), "concern"

    def _felt_that(self, word: "Token", head: "Token", accusers: list[Ref],
                   mine: set[str]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"Japan was outraged that China had sent warships", "Australia was disappointed when
        India developed nuclear weapons": the clause says what the other did. Not a fear of
        what it might do ("concerned that Iran could build a bomb"): a worry charges no one."""
        reported = [c for h in dict.fromkeys((word, head)) for p in children(h, "prep", "agent") if p.lower_ in ("by", "about", "over", "at")
                    for n in children(p, "pobj") if lemma(n) in REPORTS for c in children(n, "acl", "ccomp")
                    if self._is_wrong(c)]  # "alarmed by reports that Sudanese troops had executed prisoners"
        for clause in (*children(word, "ccomp", "advcl"), *(children(head, "ccomp", "advcl") if head is not word else ()),
                       *reported):
            marks = {m.lower_ for m in children(clause, "mark", "advmod")}
            if clause.dep_ == "advcl" and "when" not in marks or clause.pos_ not in ("VERB", "AUX"):
                continue
            if any(a.tag_ == "MD" for a in children(clause, "aux")):
                continue
            doers = [r for s in children(clause, "nsubj", "nsubjpass") for r in self.resolver.refs(s)
                     if r.actor not in mine]
            if doers:
                words = [t for t in self._subtree(clause) if t.head.i != clause.i or t.lower_ not in ("that", "when")]
                yield accusers, doers, self._span(words), "concern"

    def _names_act(self, word: "Token") -> bool:
        """A noun or gerund naming an act of wrong ("attacks", "Syrian shelling"), not its doers."""
        if word.pos_ == "VERB":
            return word.tag_ == "VBG" and (lemma(word) in self.words["wrong_verbs"]
                                           or word.lower_ in self.words["wrong_nouns"])
        if lemma(word) in BACKING and any(self._armed(o) for p in children(word, "prep") if p.lower_ in ("for", "to")
                                          for o in children(p, "pobj")):
            return True  # "Uganda's support for the rebels": backing fighters is the wrong
        if lemma(word) == "use" and any(p.lower_ == "against" for t in word.subtree for p in children(t, "prep")):
            return True  # "China's repeated use of water cannon against Philippine ships"
        if lemma(word) in PARTAKING and any(
                self._names_act(o) for p in children(word, "prep") if p.lower_ == "in" for o in children(p, "pobj", "pcomp")):
            return True  # "Russia's role in the downing of MH17": a part in a wrong is the wrong
        if word.pos_ == "NOUN" and self._at_the_hands_of(word):
            return True  # "deaths at the hands of the army": whatever befell them, the idiom makes it a wrong
        return lemma(word) in self.words["wrong_nouns"] and lemma(word) not in NOT_ACTS

    def _what_called(self, verb: "Token") -> list[tuple[list[Ref], tuple[int, int]]]:
        """"Russia condemned what it called a provocation by Ukraine": the act the free relative
        names, with its doer."""
        found = []
        for clause in self._clauses_of_what(verb):
            if lemma(clause) not in self.words["label_verbs"] or not any(w.lower_ == "what" for w in clause.children):
                continue
            labels = children(clause, "dobj", "oprd", "attr") + [  # "what it described as US aggression"
                x for x in children(clause, "xcomp") if x.tag_ == "VBG"] + [  # "what it called shelling by Y"
                p for a in children(clause, "prep") if a.lower_ == "as" for p in children(a, "pobj")]
            for label in labels:
                if label.lower_ == "what":
                    continue
                doers = self._doers_of(label) or [  # "what they called dishonest behaviour by X": "by" on the verb
                    r for a in children(clause, "prep", "agent") if a.lower_ == "by"
                    for p in children(a, "pobj") for r in self.resolver.refs(p)]
                if doers:
                    found.append((doers, self._span(self._subtree(label))))
        return found

    @staticmethod
    def _clauses_of_what(verb: "Token") -> list["Token"]:
        """Where a free relative hangs on a verb: its object ("condemned what it called ..."),
        or after a preposition ("protested against what it called ...", "angry over what ...")."""
        return [*children(verb, "ccomp", "dobj"),
                *(c for p in children(verb, "prep") if p.lower_ in ("against", "over", "at", "about")
                  for c in children(p, "pcomp"))]

    def _according_to(self, word: "Token") -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
        """"According to X, Y shelled Z"."""
        if word.lower_ != "according":
            return
        sources = [p for c in word.children if c.lower_ == "to" for p in children(c, "pobj")]
        act = word.head
        if not sources or self._blocked(act):
            return
        marked = self._hallmarks(act)  # "the blast bore the hallmarks of X, according to Y"
        if not marked and not self._is_wrong(act):
            return
        accusers = [r for s in (sources[0], *sources[0].conjuncts) for r in self.resolver.refs(s)]
        accused = marked or self._reported_subject(act)
        if {r.actor for r in accusers} & {r.actor for r in accused}:
            return  # "Turkey has sold drones to Ethiopia, according to Turkish officials and an Ethiopian
            # diplomat": the doer's own side among the sources tells a fact, charges no one
        skip = tuple(t for t in act.children if t.dep_ in SUBJECTS or t.i == word.i)
        if accusers and accused:
            words = [t for t in self._subtree(act, (*skip, word)) if t.i >= act.i or t.dep_ in ("aux", "neg")]
            yield accusers, accused, self._span(words), "according-to"


def _out_of_name(prep: "Token") -> list["Token"]:
    """`prep`, or, when it is a word of a name the parser hung on the verb ("accused the
    Movement for Democratic Change of violence": "for" is the name's), the prepositions after
    the name that its last word carries ("of violence")."""
    if prep.ent_iob_ != "I" or not prep.ent_type_:
        return [prep]
    return [p for p in prep.subtree if p.dep_ == "prep" and p.i > prep.i and not p.ent_type_]


def _held_back(verb: "Token") -> bool:
    """"stopped short of accusing", "refrained from blaming", "declined to accuse", "did not go as
    far as accusing", "resisted pressure to criticise": the accusation the sentence names is the
    one not made."""
    pressed = verb.head if verb.dep_ == "acl" else None
    if pressed is not None and lemma(pressed) in PRESSING and pressed.dep_ == "dobj" and lemma(pressed.head) in RESISTING:
        return True
    child = verb
    for token in verb.ancestors:
        if child.dep_ == "relcl":
            break  # "refused to recognise X, whom it called a usurper": the relative clause says it
        if lemma(token) in HOLDING_BACK and child.dep_ in ("xcomp", "pcomp", "prep"):
            return True  # (not "refused to accept the charges and accused Ukraine of ...": an act of its own)
        child = token
        if lemma(token) == "stop" and any(c.lower_ == "short" for c in token.children):
            return True
        if token.lower_ == "far" and (negated(token.head) or negated(token)):
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "pcomp", "prep", "advmod"):
            break
    return False


def _participle_after_comma(verb: "Token", head: "Token") -> bool:
    """Is `verb` a participle hung on `head` after a comma ("would not recognise the result,
    accusing Minsk of ...")? It says what its subject does, whatever the clause before denies."""
    return verb.head.i == head.i and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i \
        and any(t.text == "," for t in verb.doc[head.i:verb.i])


def _on_a_charge(prep: "Token") -> bool:
    """Does "on" name a charge ("on suspicion of murder", "on two counts of fraud"; not "on Friday";
    "on corruption and terrorism charges", which the parser reads as "corruption" and "charges")?"""
    return any(lemma(q) in CHARGE_NOUNS | {"count"} for p in children(prep, "pobj") for q in (p, *p.conjuncts))


def _unlisted_participle(head: "Token", act: "Token") -> bool:
    """Is `act` a participle after a comma with no "and" or "or" in the charge ("accused Y
    of protecting corrupt officials, escalating his feud with ..."): what the accuser's act did,
    which the small parser joins to the charge, not a second charge?"""
    return act.tag_ == "VBG" and act.i > 0 and act.doc[act.i - 1].text == "," \
        and not any(t.dep_ == "cc" for t in head.subtree)  # ("bombing sites and sabotaging ...": a list)


def _negative_prefix(word: "Token") -> bool:
    """Is `word` the second half of a "non-" word ("non-state"), which is not the word itself?"""
    return word.i >= 2 and word.doc[word.i - 1].text == "-" and word.doc[word.i - 2].lower_ == "non"


def _that_read_as_object(clause: "Token") -> bool:
    """"said in a statement that Lugo had governed against the law": the small parser may read
    "that" as the object of a relative clause; it is the conjunction when the clause has a
    subject of its own and a verb that makes no statement ("the statement that he issued")."""
    that = [c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i == clause.left_edge.i]
    return bool(that) and bool(children(clause, "nsubj", "nsubjpass")) and lemma(clause) not in ISSUING


def _of_chain(objects: list["Token"]) -> list["Token"]:
    """The nouns an object's "of" phrases go on to: the small parser hangs "on Y" of "blamed
    the downing of the airliner on Y" on "airliner"."""
    chain: list["Token"] = []
    for word in objects:
        while (word := next((p for c in children(word, "prep") if c.lower_ == "of" for p in children(c, "pobj")),
                            None)) is not None:
            chain.append(word)
    return chain


def _after_clauses(verb: "Token") -> list["Token"]:
    """The clauses "after" or "following" hangs on `verb`: the act it answers ("retaliated after
    Hezbollah fired rockets", "pointed the finger at Y after a bomber killed 12 people")."""
    return [c for c in children(verb, "advcl") if any(m.lower_ in ("after", "following") for m in children(c, "mark"))]


def _marked_that(clause: "Token") -> bool:
    """Does the clause open with the conjunction "that" ("evidence that ...", "said in a statement that ...")?"""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


# What a penalty freezes of its target's: "froze Y's assets over ...".
FROZEN = frozenset({"asset", "fund", "account", "property", "holding"})


def _both_ways(sides: list[Ref], allegation: tuple[int, int]) -> Iterator[tuple[list[Ref], list[Ref], tuple[int, int], str]]:
    """The last two sides of a reciprocal charge, each accusing the other of the same thing."""
    a, b = sides[-2:]
    yield [a], [b], allegation, "reciprocal"
    yield [b], [a], allegation, "reciprocal"


def _parenthetical(verb: "Token") -> bool:
    """Is the saying verb set in commas inside the clause it reports, after that clause's
    subject ("Israel's actions, the president said, amounted to ...")?"""
    commas = [c.i for c in children(verb, "punct") if c.text == ","]
    subjects = [s for s in _clause_of(verb.head).children if s.dep_ in SUBJECTS and s.i < verb.i]
    return bool(subjects) and any(i < verb.i for i in commas) and any(i > verb.i for i in commas)


def _clause_of(token: "Token") -> "Token":
    """The verb a word heads or helps: the parser may hang a report set in commas on the
    auxiliary ("Y, X said, was \"promoting terrorism\"": on "was", not "promoting")."""
    return token.head if token.dep_ in ("aux", "auxpass") else token


OPENING, CLOSING = "“", "”"


def _speech_act(verb: "Token") -> bool:
    """Is `verb` a speaker's own next act, told after a report: a finite verb of warning, vowing,
    urging ... with no object ("... and warned of retaliation"; `SPEECH_ACTS`)?"""
    return lemma(verb) in SPEECH_ACTS and verb.tag_ in ("VBD", "VBZ", "VBP") and not children(verb, "dobj")


def _infinitive_of_gerund(head: "Token", words: list["Token"]) -> list["Token"]:
    """"accused Labour of planning to raise taxes": the small parser reads "planning" as a noun and
    hangs "to raise taxes" on the accusing verb (or its object); the infinitive right after the
    gerund is the gerund's own."""
    if not words or not words[-1].lower_.endswith("ing"):
        return []
    return _infinitive_after(words[-1], (head, head.head), ("advcl", "xcomp"))


def _report_in_writing(clause: "Token", saying: frozenset[str]) -> bool:
    """"X said in a report that the killings were unjustified": the parser hangs the reported
    clause on the report, not on the verb of saying it is written in."""
    paper = clause.head
    return clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and paper.dep_ == "pobj" and paper.head.lower_ == "in" and lemma(paper.head.head) in saying


def _infinitive_after(word: "Token", heads: tuple["Token", ...], deps: tuple[str, ...]) -> list["Token"]:
    """The words of an infinitive ("to ...") the parser hangs on one of `heads` that starts right after
    `word`: it belongs to `word`, whatever the parser hung it on."""
    return next((list(c.subtree) for h in heads for c in children(h, *deps) if c.left_edge.i == word.i + 1
                 and to_infinitive(c)), [])


def _first_complement(prep: "Token") -> list["Token"]:
    """"accused the Workers' Party of corruption and of wrecking the economy": the parser hangs
    the first "of" on the object's name and the second on the verb; the first is the charge's
    start, with "and", for `_each_charge` to split."""
    doc = prep.doc
    if prep.i < 3 or doc[prep.i - 1].lower_ != "and":
        return []
    earlier = next((t for t in reversed(doc[:prep.i - 1]) if t.lower_ == prep.lower_ and t.dep_ == "prep"
                    and t.right_edge.i == prep.i - 2 and t.head.dep_ == "dobj" and t.head.head.i == prep.head.i), None)
    return [] if earlier is None else [*earlier.subtree, doc[prep.i - 1]]


def _second_complement(head: "Token", prep: "Token", words: list["Token"]) -> list["Token"]:
    """"accused Israel of killing civilians and of blocking aid": the parser hangs the second
    "of" on the verb beside the first; "and" and that phrase belong to the charge, which
    `_each_charge` then splits in two."""
    if not words:
        return []
    doc = head.doc
    joint = words[-1].i if words[-1].lower_ == "and" else words[-1].i + 1  # the parser may hang "and" on the first
    if joint + 1 >= len(doc) or doc[joint].lower_ != "and":
        return []
    second = doc[joint + 1]
    if second.lower_ != prep.lower_ or second.dep_ != "prep" or second.head.i != head.i:
        return []
    return [*([] if words[-1].i == joint else [doc[joint]]), *_before_own_verb(list(second.subtree))]


def _before_own_verb(words: list["Token"]) -> list["Token"]:
    """A charge less a finite verb the parser joined to it: in "accused Paris of wanting to
    intervene militarily and revoked defence agreements with France" the revoking is the
    accuser's own act, which no gerund's charge goes on into."""
    verb = next((t for t in words if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ")
                 and any(w.tag_ == "VBG" and w.i < t.i for w in words)), None)
    if verb is None:
        return words
    end = verb.left_edge.i
    while end > words[0].i and verb.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return [t for t in words if t.i < end]


def _when(prep: "Token") -> bool:
    """"detained him for two days", "over the weekend": when something happened, not what for;
    nor "for their part", "for its part": a turn in the telling."""
    return any(p.ent_type_ in ("DATE", "TIME") or lemma(p) in DURATIONS
               or lemma(p) == "part" and children(p, "poss") and not children(p, "prep")  # (not "responsible
               for p in children(prep, "pobj"))  # for its part in the downing")


def quoted_from(text: str, sentences: list[Sentence]) -> dict[int, int]:
    """Sentences that begin inside a quotation, each with the sentence that opened it. A
    paragraph break ends a quotation whose closing mark never came (news reopens it).

    A straight mark with a space before it and a word after it opens, whatever the count of
    marks so far: where paragraphs were run together, the reopening of one speaker's quotation
    in the next paragraph ('... no food. "Suddenly we heard a bomb') goes on with it instead of
    closing it, and every later sentence of narration is not read as speech."""
    inside: dict[int, int] = {}
    open_in: int | None = None
    for sentence in sentences:
        if open_in is not None and "\n\n" in text[sentences[sentence.index - 1].end:sentence.start]:
            open_in = None
        if open_in is not None:
            inside[sentence.index] = open_in
        body = sentence.text
        for at, char in enumerate(body):
            side = _side(body, at) if char == '"' else None
            if char == OPENING or side == "open" or side is None and char == '"' and open_in is None:
                open_in = sentence.index if open_in is None else open_in
            elif char == CLOSING or char == '"':
                open_in = None
    return inside


def _side(text: str, at: int) -> str | None:
    """Which side of a quotation the straight mark at `at` stands on, by what flanks it
    ("open": a space before, a word after; "close": a word or a stop before, a space after),
    or None when both sides look alike."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = (before.isspace() or before in "([—") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)—")
    return "open" if opens and not closes else "close" if closes and not opens else None


def closed_by(sentences: list[Sentence]) -> dict[int, int]:
    """Sentences of a quotation that opens a sentence and closes in a later one, each with
    that later sentence, whose attribution names the speaker: '"The army chose to shell the
    town. This must stop," said Amnesty International.'"""
    out: dict[int, int] = {}
    for sentence in sentences:
        text = sentence.text.lstrip()
        if not text.startswith((OPENING, '"')) or CLOSING in text[1:] or '"' in text[1:]:
            continue  # no quotation opens the sentence, or it closes inside it
        for later in sentences[sentence.index + 1:sentence.index + 6]:
            if "\n\n" in later.text or later.text.lstrip().startswith((OPENING, '"')):
                break
            if any(mark in later.text for mark in (CLOSING, '"')):
                body = later.text.replace(CLOSING, '"')
                if body.count('"') == 1 and body.rstrip().endswith("."):  # the quote ends, then "said X."
                    out.update({k: later.index for k in range(sentence.index, later.index)})
                break
    return out


def continued(sentences: list[Sentence]) -> dict[int, int]:
    """Sentences wholly inside quotation marks, with no attribution, that go on with the
    quotation of the sentence before, each with the sentence that attributed it: '"Chad has sent
    weapons to the rebels," the minister said. "Its troops have also shelled our villages."'
    A quotation that opens the sentence and runs on past it goes on the same way ('... said the
    minister. "Its troops shelled our villages. They burned the crops."'): `quoted_from` gives
    its later sentences to this one, `all` to the one that attributed it."""
    out: dict[int, int] = {}
    for sentence in sentences[1:]:
        text = sentence.text.strip().replace(OPENING, '"').replace(CLOSING, '"')
        if not (text.startswith('"') and (text.endswith('"') and text.count('"') == 2 or text.count('"') == 1)):
            continue
        before = sentences[sentence.index - 1]
        said = before.text.replace(OPENING, '"').replace(CLOSING, '"')
        if before.index in out:
            out[sentence.index] = out[before.index]  # the quotation goes on
        elif said.count('"') == 2 and not said.rstrip().endswith('"'):  # '"...," X said.'
            out[sentence.index] = before.index
    return out


def _politically_motivated(word: "Token") -> bool:
    """Is `word` "motivated" with a motive that makes it a charge ("politically motivated")?"""
    return lemma(word) in ("motivate", "motivated") and any(c.lower_ in MOTIVES for c in children(word, "advmod"))


def _same_claim(a: Accusation, b: Accusation) -> bool:
    """Two readings of one claim: same sentence, same pair, overlapping allegations."""
    return (a.sentence == b.sentence and a.accuser == b.accuser and a.accused == b.accused
            and a.allegation[0] < b.allegation[1] and b.allegation[0] < a.allegation[1])
