"""The actor inventory: who an article names, under every form it uses.

News names one actor many ways: "Azerbaijan", "Azeri", "Baku"; "the Syrian Democratic
Forces (SDF)" and later "the SDF"; "Turkish President Recep Tayyip Erdogan" and later
"Erdogan"; "the self-proclaimed Nagorno-Karabakh Republic" and later "the separatists".
The inventory gives each actor one canonical name, a stable id (ISO 3166 alpha-3 for
states, a slug otherwise) and every mention with its offsets. Both the extractor (who is
in this sentence?) and the validator (is this actor named in this quote?) ask it, so the
two can never disagree about a name.

Sources, in order: states from `countryinfo` (names, other spellings, demonyms,
capitals); known organisations and groups from `data/actors.toml`; then what the article
itself introduces — acronyms, named groups ("Quds Force"), separatist authorities
("self-proclaimed X"), leaders introduced as speaking for a state ("Iran's Foreign
Minister Mohammad Javad Zarif") and collective nouns tied to one actor ("the separatists").
"""

from __future__ import annotations

import bisect
import re
from collections import ChainMap, Counter
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from ..names import country_forms, EXTRA_FORMS
from ..quotes import fold
from .lexicon import lexicon, word_set, words_of
from .pipeline import DATELINE as PARSED_DATELINE, LINKED_NAME
from .sentences import Sentence, sentences_of
from .tokens import POSSESSIVE, PhraseSet, Token, from_doc, key_of, keys, singular, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
    from spacy.tokens import Token as SpacyToken

MAX_FORM = 8
# A dateline before the first sentence: "NIAMEY — ", "BANGKOK (Reuters) - ", "GUATEMALA CITY, Jan 5 — ".
DATELINE = re.compile(r"[A-Z][A-Z .,'’/-]*(?:,[^—–\n]{0,20})?(?:\([^)\n]{1,30}\))?\s*(?:—|–|--?)\s*")
DATELINE_LONGEST = 80
# Words for an insurgency's fighters: "the rebels" are the rebel group the article is about (`_dominant`),
# not "militants", which news also says of fighters no named group stands for.
INSURGENTS = frozenset({"rebels", "insurgents", "guerrillas"})
# Words of a party's name, not an army's: a "Democratic Movement" is a party, a "Liberation Movement" may fight.
CIVIC_NAME_WORDS = frozenset({"democratic", "democracy", "democrats", "civic", "unity", "progressive", "socialist",
                              "socialism", "social", "communist", "republican", "citizens", "citizen", "reform",
                              "renewal", "solidarity", "green", "labour", "labor", "united", "national", "liberal",
                              "conservative"})
ARMED_NAME_WORDS = frozenset({"liberation", "armed", "revolutionary", "resistance", "islamic", "jihad", "mujahideen",
                              "defence", "defense", "salvation", "patriotic"})
# Possessives that belong to a name ("the People's Defence Forces", "the Workers' Party"), not its owner's.
NAMING_POSSESSORS = frozenset({"people", "peoples", "women", "workers", "children", "nation", "nations", "citizens",
                               "farmers", "youth", "martyrs", "mothers", "veterans", "students", "god", "prophet"})
# Words that describe a party before its name: "the Marxist-Leninist Free Peru party".
IDEOLOGIES = frozenset({"marxist", "leninist", "maoist", "islamist", "nationalist", "populist", "hardline",
                        "far", "right", "left", "wing", "centre", "center", "ruling", "opposition"})
ELECTORAL = frozenset({"election", "elections", "electoral"})
ELECTION_WATCHERS = frozenset({"international", "observation", "observer", "observers", "monitoring", "monitor",
                               "watch", "network", "mission", "civil", "society", "coalition", "alliance", "party"})
LEAD_SENTENCES = 3  # the lead names the story's main actors
# Words that make "American" a region's: "Latin American", "South American", "Central American".
CONTINENT_PARTS = frozenset({"latin", "south", "central", "north"})
REGION_PLURALS = frozenset({"americas", "koreas", "guineas", "sudans", "congos"})  # no state each
# What a company the article named is called after: "the company", "the platform".
COMPANY_WORDS = frozenset({"company", "firm", "platform", "website", "carrier", "airline", "broadcaster"})
REGIONAL_TITLES = frozenset({"premier", "governor"})  # the head of a province or a federal state
REGIONAL_TITLE_PHRASES = frozenset({("first", "minister"), ("chief", "minister")})  # ... or of a devolved one
GOVERNING_HEADS = frozenset({"government", "executive", "administration", "cabinet"})
DESCRIBED_STATES = frozenset({"state", "country", "nation", "kingdom", "emirate", "republic", "monarchy"})
PORTFOLIO_HEADS = frozenset({"ministry", "minister", "department", "secretary", "office", "bureau"})
OWNING_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})
# Words of a body's name that no company's is: "the company" never names the General Department of Taxation.
NOT_COMPANY_HEADS = frozenset({"department", "ministry", "office", "commission", "agency", "bureau", "council",
                               "committee", "court", "union", "association", "institute", "authority", "directorate",
                               "tribunal", "parliament", "assembly", "congress", "senate", "party", "movement",
                               "conference", "church", "federation", "forum", "alliance", "coalition", "front"})
# Company words that also name a place or a line ("the police station", "the ferry operator").
PLACES_OF_WORK = frozenset({"station", "channel", "network", "carrier", "operator"})
# The last words of the descriptions that stand for the one company the article names ("the
# drugmaker", "the tech giant", "the railroad"; roles.toml's collectives).
COMPANY_DESCRIPTIONS = COMPANY_WORDS - {"platform", "website"} | frozenset(
    "drugmaker automaker carmaker network station channel bank lender insurer retailer railroad operator chipmaker "
    "giant conglomerate maker planemaker steelmaker shipbuilder miner publisher contractor utility manufacturer "
    "major".split())
# Of those, words that also name a rank: only the fixed descriptions of roles.toml ("the oil major") use them.
RANKS_TOO = frozenset({"major"})
COMPANY_HEADS = frozenset("air airlines airways company corporation media tv television pharma pharmaceuticals inc "
                          "corp ltd llc plc holdings motors petroleum industries technologies".split())
# Nouns for fighters: a name the actor data lacks, right before one, names an armed group
# ("the M23 rebels", "ISWAP militants").
FIGHTER_NOUNS = frozenset("rebels rebel militants militant jihadists jihadist insurgents insurgent guerrillas "
                          "guerrilla fighters militia militias separatists paramilitaries terrorists terrorist "
                          "gunmen militiamen".split())
# Words for fighters set before another noun ("a rebel attack"), with the plural that names them.
MODIFYING_FIGHTERS = {"rebel": "rebels", "militant": "militants", "insurgent": "insurgents", "jihadist": "jihadists",
                      "guerrilla": "guerrillas"}
# Lowercase nouns for a group a capitalised name may come right before ("the Gran Grif gang",
# "the Jaish al-Adl group") or be set beside ("an Islamist group, National Thowheed Jamath").
GROUP_NOUNS = frozenset("group gang faction cartel outfit network organisation organization movement".split())
# Words for what kind of group stand between its name and "group": "the Bakassi Boys vigilante group".
# Plural kinds of group whose listed members are groups of that kind (`_introduce_listed_members`).
MEMBER_KINDS = {"gangs": "armed_group", "cartels": "armed_group", "militias": "armed_group",
                "parties": "political_group"}
LIST_OPENINGS = (("among", "them"), ("including",), ("such", "as"), ("notably",))
GROUP_KINDS_WORDS = frozenset("vigilante militant rebel armed criminal separatist jihadist islamist paramilitary "
                              "insurgent terrorist extremist guerrilla militia drug crime mercenary trafficking "
                              "smuggling".split())
# Last words of a group's name that may go on with "of" and a place: "the Patriotic Union of Kordofan".
NAMES_GOING_ON_WITH_OF = frozenset("union party front movement alliance league federation congress coalition".split())
# What a place does when it acts as a side (besides saying and accusing): "Abkhazia declared
# independence", "South Ossetia will join North Ossetia", "Crimea voted to leave".
ACTING_VERBS = frozenset("declare vote join demand reject refuse recognise recognize threaten sign agree "
                         "secede request ask seek sue appeal".split())
# A place's own authorities, named with it ("Catalonia's regional government", "the governor of
# Minnesota", "the state of Texas"): when they speak or act, the place is a side of its own.
PLACE_AUTHORITIES = frozenset("government governor state authorities administration legislature premier mayor "
                              "council executive general parliament assembly cabinet leadership ruler deputy "
                              "lawmaker legislator".split())
# ("the attorney general of Ohio", "Crimea's parliament voted", "Gaza's rulers")
# The people who govern a place, written with it as "officials in Gaza" or "Donetsk officials"
# (not "of": "the people of Gaza" are its inhabitants, not its authorities).
PLACE_RULERS = PLACE_AUTHORITIES | frozenset("official leader ruler authority".split())
# The last word of a region's office written before its holder's name ("First Minister X").
TITLED_OFFICES = frozenset("minister governor premier mayor president leader secretary".split())
# A region's own government, beside which a name the tagger missed is a region's ("the governor of Oromia").
REGION_GOVERNMENTS = frozenset("government governor premier legislature authorities".split())  # (not "administration":
# "the Obama administration")
# Words of a name that make it a body's or a company's, not a region's ("Bank of England Governor X").
NOT_PLACE_WORDS = frozenset("bank fed reserve fund company corporation group party league union".split())
# A state's local parts: their officials serve the state ("officials in Ghazni province").
LOCAL_UNITS = frozenset("province district county city town village municipality governorate".split())
# A local part that is a body of its own where its name follows "of": "the city of Chicago sued ...".
MUNICIPAL_UNITS = frozenset("city town municipality borough".split())
# What a region is called beside its name: "the Tigray region", "the southern Indian state of Kerala".
REGION_NOUNS = frozenset("state province region territory county enclave republic".split())
# Groups of places whose members an article may list: "sixteen states including California".
PLACE_GROUPS = REGION_NOUNS | MUNICIPAL_UNITS
# Parts of the world the parser tags as places, which no one governs as a side.
WORLD_REGIONS = frozenset("europe asia africa america americas west east north south middle gulf balkans caucasus "
                          "sahel levant arctic pacific atlantic mediterranean world".split())
# What else a person is said to be beside an office, which names no one they speak for.
SUPPORTER_NOUNS = frozenset({"supporter", "critic", "opponent", "ally", "friend", "advocate", "champion", "admirer"})
# A region's head and the region: "the premier of Malaita province", "governor of Plateau State".
GOVERNED_REGION = re.compile(r"\b(?:[Pp]remier|[Gg]overnor|[Cc]hief [Mm]inister) of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) "
                             r"(?:[Pp]rovince|[Ss]tate|[Rr]egion)\b")
# A region's own offices, written after its adjective: "the Catalan government", "Scottish First Minister X".
REGION_OFFICES = frozenset({"government", "leader", "president", "premier", "parliament", "authorities", "officials",
                            "administration", "executive", "regional", "first"})
# Verbs of going before "for" a destination: "nurses were leaving for Australia" (a place there).
LEAVING = frozenset({"leave", "leaving", "left", "leaves", "head", "headed", "heading", "depart", "departed", "bound",
                     "flee", "fled", "fleeing", "sail", "sailed", "emigrate", "emigrated"})
# A body or group the article describes, then names: "the anti-corruption commission known as CICIG".
KNOWN_AS = re.compile(r"\b(commission|committee|council|agency|group|movement|militia|organi[sz]ation|network|"
                      r"coalition|alliance|faction|administration|authority|front|force|body) "
                      r"(?:known as|called) (?:the )?"
                      r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})")
# A name and the other name it goes by: "Robert Kyagulanyi, known as Bobi Wine", "..., better known as X".
NAME_KNOWN_AS = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,4}), (?:(?:better|popularly|widely|also) )?"
                           r"known as ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
# Titles news abbreviates, with a full stop before the name: "Gov. Greg Abbott".
TITLE_ABBREVIATIONS = frozenset({"gov"})
# A city's, a province's or a federated state's own office, written before its holder's name
# ("Minneapolis Mayor Jacob Frey", "New York Attorney General Letitia James").
# First words of a state's organ's name ("Department of State"), which another state's organ may begin with.
ORGAN_OPENINGS = frozenset({"department", "ministry", "office", "bureau"})
LOCAL_OFFICES = frozenset({("mayor",), ("governor",), ("premier",), ("attorney", "general"), ("lieutenant", "governor"),
                           ("chief", "minister"),  # ("Balochistan Chief Minister Sarfraz Bugti")
                           ("gov.",), ("lt.", "gov."), ("atty.", "gen.")})  # ("Texas Gov. Greg Abbott")
LOCAL_TITLE_WORDS = frozenset(office[0].rstrip(".") for office in LOCAL_OFFICES)  # their first words, as keys
# Prepositions only places follow ("near Kiryat Shmona"), unlike "from" or "to" (a call from a person).
PLACED_IN = frozenset("near outside inside in into towards toward across".split())
INQUIRIES = frozenset({"investigation", "probe", "inquiry", "enquiry"})  # "an inquiry into X": X is no place
PLACE_PREPOSITIONS = frozenset("to towards toward in into from at near across through via".split())
# "the island of Mayotte", "the municipality of Buenos Aires": the name after "of" is a place there.
PLACES_OF = frozenset("island islands city town village region province capital municipality department district "
                      "county commune governorate prefecture suburb neighbourhood neighborhood".split())
RECOGNISED = frozenset("recognise recognize recognition independence secession sovereignty".split())
# Capitals that are no actor: units, times and common abbreviations news writes in capitals.
NOT_ACTOR_ACRONYMS = frozenset("utc gmt est pst cet am pm ceo cfo tv gdp covid hiv aids id pr ok usd eur gbp "
                               "km mph rpg ied ieds cctv dna sms pdf faq ngo ngos vip mp mps".split())
# Words before a titled name that make its holder someone's counterpart, not their own leader.
COUNTERPART_WORDS = frozenset({"with", "against", "met", "meet", "meets", "meeting", "between", "visited",
                               "called", "phoned", "hosted", "received"})
# Words between a separatist marker and the name: "the de facto government in Nagorno-Karabakh".
AUTHORITY_GLUE = frozenset("government authorities authority leadership administration in of the region republic".split())
FUNCTION_WORDS = frozenset("the a an no this that these those its their his her our every each both all any some".split())
COURT_WORDS = frozenset({"court", "tribunal", "chambers"})
# Words before "court" that tell one court from another without naming it: "a separate court found".
NOT_COURT_NAMES = frozenset({"separate", "other", "same", "different", "new", "second", "single", "another"})
# A case brought against someone: "filed a lawsuit against McKesson", "launched legal action against Hungary".
CASES = frozenset({"action", "lawsuit", "suit", "case", "proceeding", "proceedings", "complaint", "petition",
                   "warrant", "indictment"})
# Cases that are always against someone, whoever the sentence names first.
LAWSUITS = frozenset({"lawsuit", "suit", "action", "case", "complaint"})
SUING = frozenset({"file", "bring", "launch", "challenge", "join"})  # "filed a lawsuit", "challenged the order in court"
GROUP_MEMBERS = frozenset({"member", "supporter", "follower", "fighter", "militant", "loyalist", "gunman", "activist"})
# How far before a judge's name (in characters, about two sentences) the court named last is the judge's
COURT_REACH = 300
# The words of a judge's title that say which court they sit on ("District Judge", "Supreme Court Justice")
COURT_LEVELS = frozenset({"district", "circuit", "appeals", "appellate", "supreme", "constitutional", "magistrates",
                          "county", "superior", "crown", "sessions"})
JUDGES = frozenset({"judge", "justice", "magistrate"})  # a judge's title: "Judge X", "Justice X", "Chief Justice X"
# Words after "justice" that make it a government's portfolio, not a judge: "Justice Minister Yariv Levin".
NOT_A_BENCH = frozenset({"minister", "ministry", "secretary", "department", "committee", "spokesman", "spokeswoman"})
# Bodies named "of" their members or field: "the Association of Mineworkers and Construction Union".
OF_HEADS = frozenset("association congress federation confederation union council league alliance assembly "
                     "society committee conference chamber organisation organization".split())
PARTICLES = frozenset("al el bin ibn de du da di le la van von der abu ben jr sr ii iii iv vi".split())  # "Jr.", "II": no surname
CONNECTORS = frozenset("of for and the in de du on to".split())
SPACED_PARTICLES = frozenset("de du da di le la van von der".split())  # written apart: "Leila de Lima"
# Words before a city's name that make no person's name of it: "Greater Manchester", "northern Aleppo".
PLACE_MODIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                             "greater", "old", "downtown", "upper", "lower", "new", "saint", "st", "port", "fort"})
# A party's name before "party" and its short name in brackets: "the Liberty and Refoundation party (Libre)".
SHORT_PARTY_NAME = re.compile(r"\b((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,5}[A-Z][\w’'-]*)\s+party\s*"
                              r"\(([A-Z][a-z]{2,14})\)")
# A name and its acronym in brackets before "party": "Zuma's uMkhonto weSizwe (MK) party".
BRACKETED_PARTY = re.compile(r"(?:['’]s|\b[Tt]he)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s*\(([A-Z]{2,6})\)\s+(?:party|movement)\b")
# An acronym with one small letter inside: "AfD", "PiS" (not "PhD" before its noun: a compound).
MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")
# "the far-right", "the nationalist": a politics named right before a party's name.
IDEOLOGY_BEFORE = re.compile(r"\b[Tt]he (?:far|hard|centre|center|extreme)-(?:right|left) |\b[Tt]he (?:right|left)-wing "
                             r"|\b[Tt]he (?:nationalist|ultranationalist|populist|conservative|liberal|socialist|"
                             r"communist|leftist|rightist|Islamist) ")
# What is done to a person, never to a body: its object is a person, whatever the tagger says.
DONE_TO_PEOPLE = frozenset({"jail", "imprison", "arrest", "sentence", "assassinate", "poison", "pardon", "execute",
                            "kidnap", "abduct", "torture", "interrogate", "deport", "extradite", "behead", "murder",
                            "acquit", "impeach"})  # (not "indicted the company", "detained the tanker X")
# Last words of an organisation's name besides the group heads of `roles.toml`.
# What an organisation's name is called when the article says what it is (`_acts_or_is_a_body`).
BODY_NOUNS = frozenset("group organisation organization company firm movement party coalition network association "
                       "union body council committee board campaign charity alliance front operator owner".split())
# What a company is called beside its name: "Nippon Steel, Japan's largest steelmaker".
COMPANY_NOUNS = frozenset("steelmaker carmaker automaker manufacturer producer maker miner insurer conglomerate "
                          "giant retailer supplier contractor developer exporter importer".split())
# Words of a court above states, which no state's own court is named with ("the European Court of Human Rights").
# Words that describe a state's court without naming it: "the German top court", "an Argentine federal court".
COURT_DESCRIPTIONS = frozenset({"top", "highest", "federal", "apex", "national"})
COURTS_ABOVE_STATES = frozenset({"international", "european", "inter-american", "african", "arab", "rights",
                                 "community", "ecowas"})
# What a party is called as one side of a coalition: "Jewish Power, a far-right partner in Likud's coalition".
SIDES_IN_A_COALITION = frozenset({"partner", "faction"})
# Words that make a group's noun someone's allies: "allied militias", "pro-government militias".
ALLIED_ONES = frozenset({"allied", "pro-government", "loyalist", "affiliated", "proxy"})
# What a body does as a side besides saying and accusing: "released a statement", "launched a campaign".
ORGANISATION_ACTS = frozenset("release launch issue file organise organize endorse claim sue call urge warn "
                              "announce oppose support back".split())
ORGANISATION_HEADS = frozenset("international foundation watch institute commission panel court tribunal chambers fund "
                               "programme program mission network association society federation confederation centre center".split())
# Head words of a group's name that "the ..." uses for it alone (`Inventory.named_by_head`).
NAME_HEADS = frozenset({"front", "movement", "coalition", "party", "brotherhood", "league", "union", "council",
                        "organisation", "organization", "commission", "committee", "platform", "fund", "foundation",
                        "institute", "tribunal", "board", "syndicate", "federation", "association"})
# Heads of a civil body's name that may hold a state's name and is still no organ of that state
# ("the Syrian Observatory for Human Rights", "the Nigerian Bar Association", "Kenya Red Cross").
CIVIL_HEADS = frozenset("association observatory institute foundation society federation watch centre center forum "
                        "cross crescent university church chamber syndicate network charity union bar confederation".split())
# Words of a workers' body: "the Trades Union Congress" is no state's congress.
LABOUR_WORDS = frozenset({"labour", "labor", "trade", "trades", "workers"})
# Those and the trades a union of one nation's people is of: "the National Union of Mineworkers".
UNION_WORDS = LABOUR_WORDS | {"mineworkers", "teachers", "journalists", "students", "farmers", "employees"}
# A trade's people, whose body "the union" is when its name is no "... Union": "the BC Teachers'
# Federation", "the Aircraft Engineers Association", "United Teachers Los Angeles".
TRADES = UNION_WORDS | frozenset("nurses doctors physicians practitioners dentists pharmacists engineers pilots "
                                 "drivers dockworkers dockers metalworkers miners seafarers clerks lecturers "
                                 "professors academic staff".split())
# Faiths and communities a body's name may be of: "the Muslim Council of Britain" is not Britain's.
# (not "Islamic": a state's organs go by it, "the Islamic Revolutionary Guard Corps of Iran")
FAITHS = frozenset("muslim muslims jewish christian christians catholic hindu sikh buddhist orthodox "
                   "evangelical protestant episcopal bishops".split())
# Nouns that describe the organisation named right after them: "the human rights centre Viasna".
CIVIL_DESCRIBERS = frozenset("centre center charity watchdog foundation institute association ngo organisation "
                             "organization".split())
CIVIL_CAUSES = frozenset("rights research policy legal aid advocacy monitoring relief humanitarian corruption "
                         "anti-corruption transparency democracy freedom".split())
FAITH_BODIES = frozenset("conference council synod assembly board".split())
CLERGY = frozenset("church churches bishops clergy ulema ulama clerics imams rabbis priests mosques".split())
# Forms a state also goes by in news that countryinfo lacks (names.EXTRA_FORMS has more).
STATE_CODES = {"US": "united states", "USA": "united states", "UK": "united kingdom", "UAE": "united arab emirates"}
MORE_STATE_FORMS = {"saudi arabia": ("saudi", "saudis"), "united arab emirates": ("emirati", "emiratis"),
                    "palestine": ("palestinian", "palestinians"), "north korea": ("pyongyang",),
                    "south korea": ("seoul",), "israel": ("israelis",), "ukraine": ("kyiv", "kiev"),
                    "philippines": ("philippine",),
                    # demonyms news writes that countryinfo spells otherwise or lacks
                    "ecuador": ("ecuadorian", "ecuadorians"), "el salvador": ("salvadorean", "salvadoreans"),
                    "argentina": ("argentine", "argentines", "argentinian", "argentinians"),
                    "belarus": ("belarussian", "belarussians"),
                    "maldives": ("maldivian", "maldivians"),  # not "Serbs", "Croats": often an ethnic group abroad
                    "iceland": ("icelandic",), "qatar": ("qataris",)}


# Nouns after a demonym that make it a language: "by its Spanish initials", "the Persian word for".
LANGUAGE_NOUNS = frozenset({"initials", "acronym", "abbreviation", "word", "words", "term", "language", "translation",
                            "speakers", "speaking", "dialect", "phrase", "spelling", "script", "subtitles", "alphabet"})
# Military blocs named without the word "alliance", whose members are allies by joining ("Finland
# joined NATO"); the UN is no alliance.
STANDING_ALLIANCES = frozenset({"nato", "csto"})
HALVES = frozenset({("the", "north"), ("the", "south")})  # "the North": the one North Korea the article names
# States that are gone, whose adjectives also name a time or a place that was theirs, and the words
# that make them do so ("Soviet-era tanks", "the former Yugoslav republics").
GONE_STATES = frozenset({"SUN", "YUG", "CSK"})
PAST_OF_A_STATE = frozenset({"era", "times", "time", "republic", "republics", "space", "successor", "days", "years",
                             "legacy", "collapse", "breakup", "break", "made", "built", "vintage"})
# A gone state named as a side (not as a time: "post-Soviet", "the former Soviet republic", "Soviet-era",
# "since the collapse of the Soviet Union", "the breakup of Yugoslavia").
_NOT_A_TIME_AFTER = r"(?![- ](?:" + "|".join(sorted(PAST_OF_A_STATE)) + r")\b)"
SOVIET_NAMED = re.compile(r"\b(?:Soviet Union|USSR|U\.S\.S\.R\.|Soviets)\b|(?<![Ff]ormer )(?<![Ee]x-)(?<![Pp]ost-)"
                          r"(?<![Pp]re-)\bSoviet\b" + _NOT_A_TIME_AFTER)
YUGOSLAVIA_NAMED = re.compile(r"\b(?:Yugoslavia|FRY)\b|(?<![Ff]ormer )(?<![Ee]x-)\bYugoslav\b" + _NOT_A_TIME_AFTER)
STATE_GONE = re.compile(r"(?:collapse|fall|breakup|break-up|end|dissolution|demise|days|times) of (?:the )?$")
# The gone states whose seats stand for them where the article names no successor by name: the state,
# how the article names it, how it names the successor (the Russian, but only Serbia itself: "Serbian police"
# in 1999 were Yugoslavia's), and the seats.
GONE_STATE_SEATS = (("SUN", SOVIET_NAMED, re.compile(r"\bRussia(?:n|ns|'s)?\b"), ("Moscow", "Kremlin")),
                    ("YUG", YUGOSLAVIA_NAMED, re.compile(r"\bSerbia\b"), ("Belgrade",)))
# Kinds of actor whose office, given in apposition, a known leader speaks for instead of the data's.
SPEAKING_BODIES = frozenset({"state", "international_organisation", "separatist_authority"})
# Parts of speech that end the phrase a title stands in: "supporters after President X".
PHRASE_ENDS = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ"})
FORMER = ("former", "ex", "late", "then", "ousted", "deposed", "toppled", "overthrown", "overthrew")  # "former (ousted)
# Nigerian president X" speaks for Nigeria no more
# Offices a group has as well as a state: after a sentence about a group, they are the group's
GROUP_OFFICES = frozenset({"commander", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "head",
                           "founder", "negotiator", "emir", "deputy"})
# The offices of one who leads or speaks for a group, told after their name: "X, the president of the Y party".
GROUP_HEADS = GROUP_OFFICES | {"president", "chairman", "chairwoman", "chair", "secretary-general"}
# Offices that serve someone named after "to": "adviser to the president" is the president's.
AIDES = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})
# The bodies that govern a state: an untitled office speaks for the one named last.
GOVERNMENTS = frozenset({"government", "junta", "regime", "dictatorship", "administration", "cabinet", "presidency",
                         "authorities", "council", "military", "army", "generals"})


@dataclass(frozen=True)
class Form:
    actor: str
    via: str  # name, person, collective, city
    exact_case: bool  # acronyms: "US" is not "us"
    capital: bool  # the text's first word must be capitalised
    surface: str | None = None  # a mixed-case acronym must be written so: "LeT", not "Let's see"


@dataclass
class ActorInfo:
    id: str
    name: str
    kind: str
    forms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    actor: str
    via: str
    text: str
    first_token: int
    last_token: int


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key_of(text)).strip("-")


# --- the forms every article starts with ---------------------------------------------


NO_LENGTHS: frozenset[int] = frozenset()


def _lengths_by_first_word(forms: Iterable[tuple[str, ...]]) -> dict[str, set[int]]:
    """The lengths of the forms each first word starts: the windows `_scan` looks up there."""
    lengths: dict[str, set[int]] = {}
    for key in forms:
        lengths.setdefault(key[0], set()).add(len(key))
    return lengths


@dataclass
class KnownActors:
    actors: dict[str, ActorInfo]
    forms: dict[tuple[str, ...], Form]
    # Cities and regions (data/cities.toml): forms of their states that an article's own actors go before
    # ("Oaxaca" the Mexican state's government, "the Zanzibar Electoral Commission"), so they are
    # added after every introduction (`Inventory._add_cities`), not with the forms above.
    cities: dict[tuple[str, ...], Form] = field(default_factory=dict)
    # Those of the cities that are a state's provinces or regions (the data's [regions]): a place
    # of the state, but one whose own authorities may act as a side (`_introduce_speaking_places`).
    regions: frozenset[tuple[str, ...]] = frozenset()

    @cached_property
    def first_word_lengths(self) -> dict[str, set[int]]:
        """`_lengths_by_first_word` of these forms, made once, not at each scan of each article
        (a form an article drops from its own copy only makes `_scan` look up one window more)."""
        return _lengths_by_first_word(self.forms)

    @cached_property
    def first_word_lengths_with_cities(self) -> dict[str, set[int]]:
        """The same, with the cities' forms (`Inventory._add_cities`)."""
        return _lengths_by_first_word(self.shared_forms)

    @cached_property
    def shared_forms(self) -> dict[tuple[str, ...], Form]:
        """Every form an article's inventory starts from, cities included, as `_add_cities`
        leaves them (a city's name goes after a form of the data): the one table every
        finished reading looks up behind its own forms (`Inventory.share_known_forms`)."""
        return {**self.cities, **self.forms}


@lru_cache(maxsize=1)
def _state_name_words() -> frozenset[str]:
    """Every word of a known state's name ("korea" of "South Korea")."""
    return frozenset(w for info in known_actors().actors.values() if info.kind == "state" for w in keys(info.name)
                     if w not in CONNECTORS)


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    from countryinfo import CountryInfo

    codes = {}
    for key, data in CountryInfo.all().items():
        code = (data.get("ISO") or {}).get("alpha3")
        if code:
            codes[" ".join(keys(data["name"]))] = code
    return codes


@lru_cache(maxsize=64)
def _forms_of(actor: str) -> tuple[tuple[str, ...], ...]:
    """Every known form of `actor` (data and countryinfo), as word keys."""
    return tuple(key for key, form in known_actors().forms.items() if form.actor == actor)


BASED_IN = re.compile(r"[-‑ ]based\b", re.IGNORECASE)
SHORT_TEXT = 600  # characters: a headline or a sentence or two, where "the government of X" is X's state


@lru_cache(maxsize=1)
def known_actors() -> KnownActors:
    from countryinfo import CountryInfo

    actors: dict[str, ActorInfo] = {}
    forms: dict[tuple[str, ...], Form] = {}
    names = {" ".join(keys(d["name"])): d["name"] for d in CountryInfo.all().values()}
    iso3 = _iso3()
    for form, country in country_forms().items():
        code = iso3.get(country)
        if not code:
            continue
        actors.setdefault(code, ActorInfo(code, CURRENT_NAMES.get(code) or names.get(country, country.title()), "state"))
        forms.setdefault(tuple(form.split()), Form(code, "name", False, True))
    # Everyday forms win over a collision in countryinfo's data ("American" is also given
    # as the demonym of the Northern Mariana Islands).
    for country, extra in [*EXTRA_FORMS.items(), *MORE_STATE_FORMS.items()]:
        code = iso3.get(country)
        for form in extra if code else ():
            forms[keys(form)] = Form(code, "name", False, True)
    forms.pop(("soviet",), None)  # the Soviet Union was more than Russia ("ex-Soviet republic of Azerbaijan")
    for key, form in list(forms.items()):  # countryinfo writes "Peoples"; news "People's", read as "people"
        if "peoples" in key:
            forms.setdefault(tuple("people" if k == "peoples" else k for k in key), form)
    for code_form, country in STATE_CODES.items():
        if iso3.get(country):
            forms[keys(code_form)] = Form(iso3[country], "name", True, True)
    codes = set(iso3.values())
    for code, surfaces in lexicon().get("state_forms", {}).items():
        for surface in surfaces if code in codes else ():
            forms[keys(surface)] = Form(code, "name", surface.replace(".", "").isupper(), surface[:1].isupper())
            if LINKED_NAME.search(surface):  # "Port-au-Prince", one word in the parse
                forms.setdefault(_linked_keys(surface), forms[keys(surface)])
    for entry in lexicon().get("actor", []):
        actors[entry["id"]] = ActorInfo(entry["id"], entry["name"], entry["kind"])
        for surface in entry.get("forms", []):
            exact = surface.replace(".", "").isupper()
            earlier = forms.get(keys(surface))
            if earlier is not None and earlier.actor == entry["id"]:
                exact = exact and earlier.exact_case  # "Hamas" and "HAMAS": any case will do
            mixed = " " not in surface and len(surface) <= 5 and any(c.isupper() for c in surface[1:]) \
                and any(c.islower() for c in surface)  # "LeT"
            forms[keys(surface)] = Form(entry["id"], "name", exact, surface[:1].isupper(), surface if mixed else None)
            if LINKED_NAME.search(surface):  # the parse reads "Lashkar-e-Taiba" as one word (pipeline.py)
                forms.setdefault(_linked_keys(surface), forms[keys(surface)])
    for owner, names in lexicon().get("people", {}).items():
        owner = PEOPLE_OWNERS.get(owner, owner)
        for name in names if owner in codes or owner in actors else ():
            forms.setdefault(_name_keys(name), Form(owner, "person", False, True))  # a place or group keeps its name
    regions = {keys(region): Form(code, "city", False, True) for code, names in lexicon().get("regions", {}).items()
               if code in codes for region in names}  # "security forces in Balochistan"
    cities = {keys(city): Form(code, "city", False, True) for code, names in lexicon().get("cities", {}).items()
              if code in codes for city in names}  # "officials in Karachi"
    places = {k: f for k, f in {**regions, **cities}.items() if k not in forms}  # (a capital stays one)
    return KnownActors(actors, forms, places, frozenset(regions) - set(cities))


def inside_quote(before: str) -> bool:
    """Does a quotation opened in `before` (a sentence up to a word) run on to that word?"""
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _initials(words: Iterable[str], particles: bool = False) -> str:
    """The letters an acronym takes from a name: "Movement for Democratic Change" is MDC, and a
    linked name gives each of its words, with or without the linking particle ("Pakistan
    Tehreek-e-Insaf" is PTI, "Lashkar-e-Taiba" LeT)."""
    parts = [p for w in words if w not in CONNECTORS
             for p in ((w.split("-") if particles else w.split("-")[::2]) if _LINKED_KEY.fullmatch(w) else [w])
             if p and (particles or p not in LINKING_PARTICLES)]  # the tokenizer may split the name at its hyphens
    return "".join(p[0] for p in parts if p[0].isalnum())


LINKING_PARTICLES = frozenset({"e", "i", "ul", "ud", "ur"})  # "Tehreek-e-Insaf", "Jamaat-ud-Dawa"


def _contracts(word: str, acronym: str) -> bool:
    """Is the acronym a contraction of one long word, its letters in order from the first
    ("Kuomintang (KMT)")?"""
    if len(acronym) < 2 or len(word) < 2 * len(acronym) or word[0] != acronym[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in acronym[1:])


_LINKED_KEY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]{1,3}-[^\W\d_]+)+")  # "tehreek-e-insaf", as LINKED_NAME keyed


def _linked_keys(surface: str) -> tuple[str, ...]:
    """The keys of `surface` with each hyphen-linked name one key, as the parse reads it."""
    linked = LINKED_NAME.findall(surface)
    placeholders = LINKED_NAME.sub(lambda m: f"linkedname{linked.index(m.group(0))}", surface)
    return tuple(linked[int(k[10:])].lower() if k.startswith("linkedname") else k for k in keys(placeholders))


_PLAIN_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _name_keys(name: str) -> tuple[str, ...]:
    """The keys of a person's name: a name of letters and single spaces ("Sergei Lavrov") is cut
    at its spaces, as the tokenizer cuts it, without asking the tokenizer (1,500 names would
    add a tenth of a second to every start); any other ("Jean-Yves Le Drian") by the tokenizer."""
    return tuple(key_of(w) for w in name.split()) if _PLAIN_NAME.fullmatch(name) else keys(name)


# people.toml's short ids for the organisations whose actor ids are longer
PEOPLE_OWNERS = {"au": "african-union"}
# The offices after which a known leader's surname alone names the leader ("President Putin").
LEADER_TITLES = frozenset(tuple(t.split()) for t in (
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "crown prince",
    "supreme leader", "foreign minister", "defence minister", "defense minister", "secretary of state",
    "foreign secretary", "ayatollah"))
# What a leader's surname names when it heads a state's government: "the Bush administration"
ADMINISTRATIONS = frozenset({"administration", "government", "cabinet", "regime"})


@lru_cache(maxsize=1)
def leader_surnames() -> dict[str, str]:
    """The surnames of the leaders people.toml knows, each with its state: only those no other
    state's leader shares ("Bush" and "Clinton" are both American; a shared one names no one)."""
    states: dict[str, set[str]] = {}
    for owner, names in lexicon().get("people", {}).items():
        for name in names if owner.isupper() else ():
            words = [w for w in _name_keys(name) if w not in PARTICLES]
            first = owner in FAMILY_FIRST  # ("Yoon Suk Yeol" is "Yoon", "Xi Jinping" "Xi")
            family = name.split()[0 if first else -1]
            if len(words) >= 2 and family.isalpha() and len(family) >= (2 if first else 3):  # (not "in" of
                states.setdefault(words[0 if first else -1], set()).add(owner)  # "Moon Jae-in")
    return {surname: next(iter(owners)) for surname, owners in states.items() if len(owners) == 1}


@lru_cache(maxsize=1)
def _known_names_by_surname() -> dict[str, list[tuple[str, ...]]]:
    """The full names people.toml knows, as keys, by their last word."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for people in lexicon().get("people", {}).values():
        for name in people:
            words = _name_keys(name)
            if len(words) >= 2:
                names.setdefault(words[-1], []).append(words)
    return names


def resolve_known(name: str) -> ActorInfo | None:
    """The known actor (a state, a body or force that stands for one, an organisation or
    group of `data/actors.toml`) that `name` denotes with no article to read: "Azeri
    troops" -> AZE, "the KPA" -> PRK, "NATO" -> nato. None when `name` is no known form.

    With an article at hand, ask its `Inventory.resolve` instead: it also knows the forms
    the article introduces. This is the one place names become actor ids; the validator,
    `eval` and the digest ask it (directly or through the inventory)."""
    known = known_actors()
    actor = resolve_in(name, known.forms)
    return known.actors.get(actor) if actor else None


def resolve_in(name: str, forms: dict[tuple[str, ...], Form]) -> str | None:
    """The actor id `name` denotes through a table of forms: the whole name, else one
    actor's form with role words around it ("Azerbaijani troops", "the Russian Foreign
    Ministry"). An acronym form matches only in capitals ("US", not "us")."""
    tokens = list(tokenize(name))
    while tokens and tokens[0].key in ("the", "a", "an"):
        tokens = tokens[1:]
    key = tuple(t.key for t in tokens)
    if not key:
        return None

    def form_at(i: int, n: int) -> Form | None:
        form = forms.get(key[i:i + n]) or forms.get(key[i:i + n - 1] + (singular(key[i + n - 1]),))
        return form if form and (not form.exact_case or all(t.upper for t in tokens[i:i + n])) else None

    whole = form_at(0, len(key))
    if whole:
        return whole.actor
    found = set()
    i = 0
    while i < len(key):
        for n in range(min(MAX_FORM, len(key) - i), 0, -1):
            form = form_at(i, n)
            if form:
                found.add(form.actor)
                i += n
                break
        else:
            step = match_phrase(tokens, i, _role_words())
            if not step and key[i] not in CONNECTORS:
                return None
            i += max(1, step)
    return found.pop() if len(found) == 1 else None


# --- reading one article -------------------------------------------------------------


def _phrase_set(*names: str) -> PhraseSet:
    return PhraseSet(keys(w) for name in names for w in words_of(name))


@lru_cache(maxsize=1)
def describing_words() -> frozenset[str]:
    """Words English uses only to describe (WordNet's adjectives that are no noun, from the
    pipeline's lemmatizer tables): "Embattled Niger", "Landlocked Chad" open a sentence with one,
    which the small tagger may take for a person's given name. Empty when the pipeline has none."""
    from .pipeline import nlp

    try:
        index = nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(set(index.get("adj", ())) - set(index.get("noun", ())))  # (the table hashes its keys)


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Single words of a state's bodies ("security", "forces"): "Iraqi Security Forces" is Iraq."""
    return frozenset({w for phrase in _roles()["bodies"] for w in phrase} | {"security", "national", "special"})


def _accused_object(word: "Token") -> bool:
    """Is the word what an accusing verb charges, or the owner of it ("Israel accused the BBC
    of bias", "the White House criticised Newsweek's response", "condemned the Newsweek report")?"""
    if word.dep_ in ("poss", "compound") and word.head.dep_ == "dobj":
        word = word.head
    return word.dep_ == "dobj" and word.head.lemma_.lower() in word_set("predicates", "accuse")


@lru_cache(maxsize=1)
def _outlets() -> PhraseSet:
    return _phrase_set("outlets")


@lru_cache(maxsize=1)
def _press_descriptions() -> frozenset[tuple[str, ...]]:
    """The words before a name that make it the press ("the newspaper X"), as keys."""
    return frozenset(keys(phrase) for phrase in words_of("press_descriptions"))


@lru_cache(maxsize=1)
def _press() -> PhraseSet:
    return _phrase_set("media") + _outlets()


@lru_cache(maxsize=1)
def _role_words() -> PhraseSet:
    return _roles()["bodies"] + _roles()["titles"]


@lru_cache(maxsize=1)
def _title_ends() -> frozenset[str]:
    """The last words of titles ("spokesman", "minister", "general"): a name right after one is a person's."""
    return frozenset(w.split()[-1] for w in words_of("titles"))


@lru_cache(maxsize=1)
def _group_heads() -> frozenset[str]:
    """The one-word heads of a group's name ("Front", "Air", "Foundation"): a name ends at one."""
    return frozenset(h[0] for h in _roles()["group_heads"] if len(h) == 1)


@lru_cache(maxsize=1)
def _roles() -> dict[str, PhraseSet]:
    roles = {name: _phrase_set(name) for name in
             ("titles", "bodies", "collective", "civic", "observers", "separatist_markers", "group_heads",
              "legislatures", "party_members", "described")}
    roles["not_for_state"] = _phrase_set("not_for_state", "office_taken")  # an office taken refuses too
    return roles


# Nouns that say a name is a person's: "X, an opposition candidate", "X, who ...".
PERSON_NOUNS = frozenset({"candidate", "leader", "wife", "husband", "widow", "activist", "journalist", "politician",
                          "lawyer", "mother", "father", "son", "daughter", "brother", "sister", "founder", "blogger",
                          "writer", "student", "dissident", "opponent", "critic", "mayor", "senator", "lawmaker",
                          "suspect", "victim", "man", "woman", "reporter", "officer", "businessman", "pastor",
                          "cleric", "commander", "governor", "spokesman", "spokeswoman", "minister", "president"})


# Last words of a place's name, never of a person's: "Pearl Roundabout", "Freedom Square".
PLACE_NOUNS = frozenset({"roundabout", "junction", "square", "street", "road", "avenue", "bridge", "market",
                         "arena", "station", "airport", "stadium", "park", "plaza", "mosque", "church", "cathedral",
                         "temple", "palace", "hotel", "hospital", "camp", "crossing", "valley", "river", "island",
                         "mountains", "hills", "district", "province", "port", "harbour", "harbor", "boulevard"})
# Collectives that are a side of their own: a crowd, and those named by their act.
CROWDS = frozenset({"protesters", "demonstrators", "counter", "rioters", "villagers", "mutineers"})
PROTESTING = frozenset({("protesters",), ("demonstrators",)})  # one crowd, whichever word names it
# Public bodies classed with parties that no crowd belongs to.
NO_CROWD = ELECTORAL | frozenset({"council", "commission", "committee", "court", "tribunal", "assembly",
                                  "parliament", "senate"})
# Those who speak for the crowd: "Protest leaders accused the police of ..." (the crowd's own side).
CROWD_VOICES = frozenset({("protest", "leaders"), ("protest", "organisers"), ("protest", "organizers"),
                          ("protest", "leader"), ("protest", "organiser"), ("protest", "organizer")})
# Last words of a name that is a document, a plan or an event, not an actor.
NAMED_THINGS = frozenset({"agreement", "accord", "accords", "treaty", "act", "law", "resolution", "plan", "convention",
                          "protocol", "charter", "declaration", "initiative", "programme", "program", "deal", "pact",
                          "summit", "conference", "operation", "strategy", "process", "framework", "memorandum"})
SPANNING = frozenset({"inter", "pan", "trans", "intra", "extra"})  # "Inter-American", "Pan-African"
# Peoples a state's word before names as a community ("Bosnian Serb", "Turkish Cypriot"), with
# the plural the community is called by.
PEOPLES = {"serb": "Serbs", "croat": "Croats", "cypriot": "Cypriots", "albanian": "Albanians", "kurdish": "Kurds",
           "kurd": "Kurds", "tamil": "Tamils", "baloch": "Baloch", "baluch": "Baluch", "pashtun": "Pashtuns",
           "uighur": "Uighurs", "uyghur": "Uyghurs", "rohingya": "Rohingya", "tuareg": "Tuareg", "druze": "Druze",
           "hutu": "Hutus", "tutsi": "Tutsis", "shia": "Shias", "shiite": "Shiites", "sunni": "Sunnis",
           "tigrayan": "Tigrayans", "oromo": "Oromo", "amhara": "Amhara", "chechen": "Chechens", "fulani": "Fulani",
           "yazidi": "Yazidis", "hazara": "Hazaras", "kachin": "Kachin", "alawite": "Alawites"}
# A community's armed men, named by its adjective alone: "Kurdish forces", "Tigrayan fighters".
COMMUNITY_FIGHTERS = frozenset({"forces", "fighters", "troops", "units"})
ARMED_BODIES = frozenset({"forces", "troops", "army", "militia", "militias", "units", "police", "paramilitaries"})
# The short names news uses now where countryinfo keeps an older one (its forms still name them).
CURRENT_NAMES = {"MMR": "Myanmar", "MKD": "North Macedonia", "SWZ": "Eswatini"}
# Words that make an office's name, never a place's: "the Supreme Prosecutors Office", "the Federal Police".
OFFICE_ADJECTIVES = frozenset({"supreme", "federal", "national", "international", "central", "special", "high",
                               "public", "general", "royal", "joint", "independent", "interim", "transitional", "presidential",
                               "constitutional", "chief", "state", "metropolitan", "republican", "municipal",
                               "provincial", "regional", "local", "global", "port", "city", "county", "district", "civil",
                               "electoral", "election", "revolutionary", "military", "civilian"})
# A ministry's portfolio, never a place: "Interior Cabinet Secretary X", "the Communications Authority".
PORTFOLIO_WORDS = frozenset({"interior", "defence", "defense", "foreign", "finance", "justice", "home", "information",
                             "health", "education", "trade", "energy", "transport", "labour", "labor", "agriculture",
                             "environment", "communications", "security", "treasury", "immigration", "culture"})
# More words of a portfolio's name after "Minister of": "Foreign Affairs", "Trade and Industry".
PORTFOLIO_MORE = frozenset({"affairs", "external", "international", "cooperation", "industry", "commerce", "planning",
                            "development", "resources", "works", "expatriates", "emigrants", "irrigation", "water"})
RULING = frozenset({"ruling", "governing"})  # "the ruling Patriotic Front": no opposition party
# A bloc's head words and what lists its members right after its name.
BLOC_HEADS = frozenset({("alliance",), ("coalition",), ("front",)})
MADE_UP_OF = re.compile(r",? (?:made up of|comprising|consisting of|composed of|grouping|which (?:includes|groups|"
                        r"brings together|comprises)) ", re.IGNORECASE)
AIR_PLACES = frozenset({"base", "field", "station", "strip", "terminal"})  # "X Air Base" is no airline
# Months, whose days name groups: "the April 6 Youth Movement" (`_day_in_name`).
MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words that may stand before a described people ("the two Swedish journalists", "land mafias").
DESCRIBING = frozenset({"det", "nummod", "amod", "compound", "nmod", "quantmod", "advmod", "punct"})
# Counts dropped from a description's name: "the two Swedish journalists" are "Swedish journalists".
QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                         "some", "many", "few", "other", "more", "both", "all", "dozens", "hundreds", "scores"})
# Bodies an accuser may be known by, unnamed: "a human rights group", "a Syrian monitoring group".
WATCHDOGS = frozenset({"group", "organisation", "organization", "watchdog", "monitor", "charity", "association",
                       "coalition", "network", "committee", "union", "body"})
# Described people who are fighters or criminals, an armed group's kind: "land mafias", "three gunmen".
VIOLENT_DESCRIBED = frozenset({"gangs", "gangsters", "mafias", "cartels", "bandits", "thugs", "criminals", "attackers",
                               "assailants", "bombers", "extremists", "radicals", "militiamen", "raiders",
                               "vigilantes", "mobs", "warriors", "looters", "islamists"})
# What a state's police or courts do to the accused: the penalised, described by their origin, are
# a side of their own ("Iran arrested two American hikers"); people a state sends stay its hands.
PENALTIES = frozenset({"arrest", "detain", "charge", "indict", "try", "convict", "sentence", "jail", "imprison",
                       "prosecute", "deport", "execute", "sanction"})
STATE_HANDS = frozenset({"sailors", "nationals", "citizens"})
CULPRIT_GROUPS = frozenset({"hijackers", "gunmen", "kidnappers", "pirates", "smugglers", "traffickers", "poachers"})
# "The terrorists" with no group named are a side of their own ("police said the terrorists had
# planted bombs"), unlike "the group"; bare "terrorists" is a label ("named them as terrorists").
SIDES_BY_THE = frozenset({("the", "terrorists")})
# Kinds of actor that are groups, not states or people: what "the group" may stand for.
GROUP_KINDS = frozenset({"armed_group", "political_group", "other", "separatist_authority"})
# Heads of an armed group a commander's name owns: "Khalifa Haftar's Libyan National Army".
COMMANDED = frozenset({"army", "forces", "militia", "brigade", "brigades"})
# Words of kin a relative's name is set beside: the family shares a surname, not an identity.
KIN = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "niece", "nephew",
                 "cousin", "uncle", "aunt", "widow", "grandfather", "grandmother", "parent", "sibling"})
# A state's forces in an office's title ("Police spokesman X") and words that make them a rebellion's.
STATE_FORCES = frozenset({"police", "army", "military", "navy", "ministry"})
NOT_STATE_FORCES = frozenset({"rebel", "rebels", "militia", "insurgent", "opposition", "separatist", "liberation"})
# Collectives that say nothing of a rebellion: a place's ministry beside them is the state's, not separatists'.
NOT_REBELS = frozenset({"rioters", "villagers", "mutineers"}) | CULPRIT_GROUPS
# Nouns between a collective and the party's name: "the opposition party MDC".
PARTY_NOUNS = frozenset({"party", "parties", "movement", "alliance", "coalition", "bloc", "front"})
# Appositions that make a person speak for the group named after "of" (`_member_of`).
MEMBERSHIP = frozenset({"member", "founder", "co-founder", "cofounder", "activist", "supporter"})
# Heads of a state's organs: named after the state's possessive, the state speaks through them.
STATE_ORGAN_HEADS = frozenset({"council", "service", "ministry", "commission", "agency", "command", "committee",
                               "department", "office", "directorate", "bureau",
                               # its units: "Colombia's 2nd Division", "Thailand's Fourth Army Region"
                               "division", "brigade", "battalion", "regiment", "corps", "region", "gendarmerie"})
# Ships, often named for cities: "the corvette Cheonan" is no South Korean city speaking.
VESSELS = frozenset({"ship", "warship", "vessel", "corvette", "frigate", "destroyer", "cruiser", "submarine", "carrier",
                     "tanker", "freighter", "ferry", "boat", "trawler", "uss", "hms", "ins", "mv"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "professor", "prof"})
# A person's trade, capitalised where it opens a sentence before the name: "Lawyer Michael Avenatti was ..."
OCCUPATIONS = frozenset("""lawyer attorney activist journalist reporter businessman businesswoman tycoon billionaire
    blogger author writer novelist poet rapper singer actor actress comedian artist filmmaker photographer pastor
    cleric imam rabbi priest economist analyst entrepreneur banker investor scientist researcher
    footballer athlete coach philanthropist dissident campaigner archbishop bishop cardinal patriarch metropolitan
    reverend""".split())
# People by their private trade or station, whose nationality says where they are from, not who
# acts at the scene: "an Italian photographer", "two American tourists", "British nationals".
PRIVATE_PEOPLE = OCCUPATIONS | frozenset("""cameraman camerawoman correspondent photojournalist tourist citizen national
    man woman boy girl child teenager student worker teacher engineer doctor nurse volunteer hostage missionary
    backpacker hiker resident contractor""".split())
# The last words of papers' names: "The Kyiv Independent", "The Moscow Times", "USA Today" (channels'
# are the data's broadcast_words).
PAPER_HEADS = frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "courier", "inquirer",
                         "examiner", "guardian", "telegraph", "independent", "observer", "express", "mirror", "today",
                         "daily"})
# What the press has and makes: "Doha TV cameraman X", "Hürriyet's report" (not "the PTI leadership").
PRESS_THINGS = frozenset({"cameraman", "camerawoman", "reporter", "correspondent", "journalist", "editor",
                          "photographer", "photojournalist", "producer", "presenter", "anchor", "crew", "report",
                          "article", "story", "broadcast", "interview", "footage", "coverage", "website", "channel",
                          "programme", "program", "documentary", "poll", "survey", "editorial", "headline", "columnist"})
# What the press does when it only reports: "NBC says ...", "Hürriyet reported ...", "told VoA".
REPORTING_VERBS = frozenset({"say", "report", "tell", "quote", "publish", "broadcast", "air", "cite", "write",
                             "state", "add", "note", "reveal", "learn", "carry", "run", "show", "describe", "estimate",
                             "interview", "ask", "contact", "obtain", "see", "claim", "confirm", "announce"})
# Demonyms that are nouns of their own, before a name: "Briton Murray Watson" is Murray Watson.
DEMONYM_NOUNS = frozenset({"briton", "frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman",
                           "scotswoman", "irishman", "irishwoman", "welshman", "dutchman", "dutchwoman"})
# What a capital before it names, not the state: "the Vienna Convention", "the Oslo Accords".
PACT_NAMES = frozenset({"convention", "accord", "accords", "agreement", "agreements", "protocol", "statute", "treaty",
                        "declaration", "process", "format", "charter", "memorandum", "communique", "communiqué"})
# Last words of a document's name: what the parser tags an organisation but no one can be a side
# of ("the Non-Proliferation Treaty bans ..."): the pacts' own words and a law's, not a process or
# a format; narrower than NAMED_THINGS (a "Programme" is a UN agency, a "Conference" of bishops a body).
DOCUMENTS = PACT_NAMES - {"process", "format", "communique", "communiqué"} | {"act", "resolution"}
# A party's adjective before a word for its members names the members (`_introduce_party_adjectives`).
# (Not "Communist officials": where one party rules, its officials speak for the state.)
PARTY_ADJECTIVES = {"conservative": "conservatives", "republican": "republicans", "democratic": "democrats",
                    "tory": "tories", "liberal": "liberals", "socialist": "socialists", "green": "greens"}
MEMBER_NOUNS = frozenset({"mps", "mp", "lawmakers", "lawmaker", "senators", "senator", "legislators", "deputies",
                          "congressmen", "congresswomen", "members", "politicians", "leaders", "activists", "voters",
                          "representatives", "peers", "councillors", "officials"})
# The head nouns of a party's name, as a leader owns it ("his PTI party") or "the opposition"
# heads it ("Uganda's main opposition party")
PARTY_HEADS = frozenset({"party", "movement", "coalition", "alliance", "bloc", "platform", "front", "congress",
                         "league"})
# What a party's leader does with it: "Hichilema, who leads the UPND"
LEADING_VERBS = frozenset({"lead", "head", "chair", "found", "co-found"})
# Words that brand a name a side: "Tondar is a terrorist organisation".
# with a label: "called X a coup", "designated X as a terrorist organisation"
LABELLING = frozenset({"call", "brand", "label", "dub", "term", "declare", "designate", "classify", "list",
                       "blacklist"})
BRANDS = frozenset({"terrorist", "extremist", "militant", "criminal", "rebel", "insurgent", "jihadist", "separatist"})
# The word for "party" that opens a party's name in its own language.
FOREIGN_PARTY_WORDS = frozenset({"parti", "partai", "partido", "partito", "partij", "partei", "partia", "partiya",
                                 "partidul", "partidului", "stranka", "strana"})
# Titles written right before a name ("President Thabo Mbeki", "Chairman Jakaya Kikwete").
TITLE_WORDS = frozenset({"president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                         "prince", "secretary", "chairman", "chairwoman", "ambassador", "envoy", "general",
                         "senator", "governor", "ayatollah", "sheikh", "colonel", "admiral", "mayor"})


# Verbs whose subject speaks or charges: an untagged name before one is a speaker's (`_untagged_speakers`).
UTTERING = frozenset({"say", "accuse", "blame", "claim", "allege", "deny", "condemn", "denounce", "criticise",
                      "criticize", "charge", "tell", "warn", "urge", "call", "insist", "argue", "demand"})


def _hyphen_joined(text: str, base: int, before: Token, word: Token) -> bool:
    """Is `word` joined to the capitalised `before` by a hyphen ("Myung-bak", "Geun-hye")? A
    lower-case second half of such a name is capitalised with it. (Offsets from `base`.)"""
    return before.capital and word.start == before.end + 1 and text[base + before.end] == "-"


def _family_name(text: str, base: int, words: list[Token]) -> tuple[str]:
    """The word a person is named by later: the last ("Navalny"), but the first of a name that
    ends in a hyphenated given name ("Lee Myung-bak" is "Lee", "Moon Jae-in" "Moon") or of a
    leader of a state that writes the family name first ("Yoon Suk Yeol" is "Yoon")."""
    if len(words) >= 3 and not words[-1].capital and _hyphen_joined(text, base, words[-2], words[-1]):
        return (words[0].key,)
    if tuple(t.key for t in words) in family_first_leaders():
        return (words[0].key,)
    return (words[-1].key,)


# States whose leaders' names are written family name first in English news ("Yoon Suk Yeol",
# "Xi Jinping", "Kim Jong Un").
FAMILY_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN"})


@lru_cache(maxsize=1)
def family_first_leaders() -> frozenset[tuple[str, ...]]:
    """The names people.toml knows of those states' leaders, as keys."""
    people = lexicon().get("people", {})
    return frozenset(_name_keys(name) for owner in FAMILY_FIRST for name in people.get(owner, ()))


def _starts_a_title(word) -> bool:  # type: ignore[no-untyped-def]
    """Is `word` the first of a title of two words ("Supreme Leader", "Grand Mufti"), no group's name?"""
    return word.i + 1 < len(word.doc) and f"{word.lower_} {word.nbor(1).lower_}" in word_set("titles")


def _party_by_its_word(entity) -> bool:  # type: ignore[no-untyped-def]
    """A name the small parser labels a place or a people that says it is a party: "the Bloc
    Québécois" (a place to it), "Parti Québécois", "the Scottish National Party"."""
    words = [t.lower_ for t in entity if t.lower_ != "the"]
    return len(words) >= 2 and all(t.is_title for t in entity if t.lower_ != "the") and (
        words[0] in FOREIGN_PARTY_WORDS | {"bloc"} or words[-1] == "party")


# A UN body that investigates or reports, by its name: capitalised with its head noun and what
# it is "of", "on" or "in" ("UN Group of Experts on the Congo", "UN Independent International
# Fact-Finding Mission on Iran"), written small ("UN panel of experts", "UN human rights
# office"), or the human rights office by its full name. Not its councils, envoys or
# missions in the field ("UN Mission in South Sudan", "UN African Union Mission in Darfur").
_UN = r"(?:UN|U\.N\.|United Nations)(?:'s|’s)?"
_QUALIFIED = (r"(?:[A-Z][\w-]* ){0,4}(?:Commission|Group|Panel|Office|Committee|Team|Mechanism)"
              r"|(?:[A-Z][\w-]* ){1,4}Mission(?! in\b)")
_WHEN = "|".join(sorted(MONTHS | {f"{d}day" for d in "mon tues wednes thurs fri satur sun".split()}))
# what it is "of", "on" or "in", never when ("UN Monitoring Group on Somalia in November")
_TAIL = rf"(?: (?:of|on|for|in) (?:the )?(?!(?i:{_WHEN})\b)[A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}}){{0,3}}"
_SMALL = r"(?:human rights office|rights office|panel of experts|experts panel|commission of inquiry|group of experts)"
UN_BODY = re.compile(rf"\bOffice of the {_UN} High Commissioner for (?:Human Rights|Refugees)"
                     rf"|\b{_UN} (?:(?:{_QUALIFIED}){_TAIL}|{_SMALL})\b")

# Spanish plural articles, which start gangs' and groups' names ("Los Choneros"), never a person's.
PLURAL_ARTICLES = frozenset({"los", "las"})


def _group_by_context(entity) -> bool:  # type: ignore[no-untyped-def]
    """A name the small parser labels a person's that the sentence shows is a group's: "the
    leaders of Force Ouvrière", "a member of Fianna Fáil" (people have no leaders or members)."""
    root = entity.root
    if entity.label_ == "PERSON" and entity[0].lower_ in PLURAL_ARTICLES and len(entity) > 1:
        return True  # "Los Choneros", "Los Zetas": no one's name starts with a plural article
    if entity.label_ == "PERSON" and entity.start and entity.doc[entity.start - 1].lower_ in GROUP_NOUNS:
        return True  # "the opposition group Jaysh al-Islam": the name the group's noun goes on to give
    return entity.label_ == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in ("of", "from") \
        and root.head.head.lemma_.lower() in GROUP_OFFICES | {"member", "leadership", "founder", "chairman"}


def _entity_words(entity) -> list[Token]:  # type: ignore[no-untyped-def]
    """A named entity's words, less a "the" or "its" the tagger takes in before the name."""
    return [t for t in from_doc(entity, entity.start_char) if not (t.index == 0 and t.key in FUNCTION_WORDS)]


def _next_in_list(entity, entity_at: dict) -> list["SpacyToken"]:  # type: ignore[no-untyped-def]
    """The first word of the name listed right after `entity` ("the Shiv Sena, the NCP and
    ...", however parsed), if one is: a name after a comma that ends where the list goes on.
    `entity_at`: the entity each word of the parse is in."""
    doc = entity.doc
    if entity.end >= len(doc) or doc[entity.end].text != ",":
        return []
    at = entity.end + 1
    starting = [e for e in (entity_at.get(at), entity_at.get(at + 1)) if e is not None and e.start in (at, at + 1)]
    following = next((e for e in starting if e.start == at or doc[at].lower_ == "the"), None)
    # (the name's entity may take in its "the")
    ends_item = following is not None and (following.end == len(doc) or doc[following.end].text in (",", "(", "and", "or"))
    return [following.root] if ends_item else []


def _group_office_owners(name: "Span") -> list["SpacyToken"]:
    """The words before a group's office set before a person's name ("Labour" of "Labour
    leader Jeremy Corbyn"): whose office it is, if a group's."""
    return [t for c in name.root.children if c.dep_ == "compound" and c.i < name.start
            and c.lemma_.lower() in GROUP_OFFICES | {"chairman", "chairwoman", "chair"}  # ("Georgian Dream chairman X")
            for t in c.children if t.dep_ in ("amod", "compound", "nmod")]


def _given_name(word: "Token") -> bool:
    """A capitalised word hung on the next as a name's part: a given name before a family name."""
    return word.tag_ == "NNP" and word.is_title and word.is_alpha and word.dep_ in ("compound", "flat") \
        and word.lower_ not in TITLE_WORDS | HONORIFICS | PERSON_NOUNS \
        and not match_phrase(from_doc([word]), 0, _roles()["titles"])  # (not "President Obama")


def _person_by_context(entity) -> bool:  # type: ignore[no-untyped-def]
    """A name the small parser labels an organisation or a place, that the sentence shows is
    a person's: "Sviatlana Tsikhanouskaya, an opposition candidate", "Valery Tsapkala, who
    fled", "South African President Thabo Mbeki's role" (a title right before the name), a
    name in a list of people's names."""
    root = entity.root
    words = [t for t in entity if t.text not in ("'s", "’s", "'")]
    if entity.label_ not in ("ORG", "GPE", "NORP", "PRODUCT") or not 2 <= len(words) <= 3 \
            or not all(t.is_title and t.is_alpha or 0 < n < len(words) - 1 and t.lower_ in SPACED_PARTICLES
                       for n, t in enumerate(words)):  # ("Leila de Lima")
        return False
    before = entity.doc[entity.start - 1] if entity.start else None
    if before is not None and before.is_title and before.lemma_.lower() in TITLE_WORDS:
        return True
    if entity.label_ != "ORG":
        return False
    if root.lower_ in ORGANISATION_HEADS:
        return False
    if _titled_elsewhere(words[-1]):
        return True  # "Bertie Ahern's evidence" the tagger calls a body's, and "Mr Ahern" later
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if any(t.lemma_.lower() in PERSON_NOUNS for t in beside):
        return True
    listed = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in listed):
        return True  # "Senators Juan Ponce Enrile, Jinggoy Estrada and ...": listed with people, a person
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in DONE_TO_PEOPLE:
        return True  # "a court jailed Alexei Navalny", "X was assassinated": what is done to a person
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in root.children)


def _office_runs_into_name(entity) -> bool:  # type: ignore[no-untyped-def]
    """"US Assistant Secretary of State for African Affairs Jendayi Frazer": the tagger's
    organisation runs from the office's portfolio into its holder's name, a person's."""
    doc, root = entity.doc, entity.root
    if entity.label_ != "ORG" or len(entity) < 4 or entity.start < 2 \
            or doc[entity.start - 1].lower_ not in ("of", "for") or doc[entity.start - 2].lower_ not in TITLE_WORDS:
        return False
    return root.i == entity.end - 1 and root.pos_ == "PROPN" and _given_name(doc[root.i - 1])


def _family_name_of_person(entity) -> bool:  # type: ignore[no-untyped-def]
    """One word the tagger calls an organisation that ends a person's full name elsewhere in the
    article: "Khama is also the patron of the BPF, a new party" after "Ian Khama"."""
    return len(entity) == 1 and entity[0].pos_ == "PROPN" and any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == entity[0].text for e in entity.doc.ents)


def _after_honorific(token) -> bool:  # type: ignore[no-untyped-def]
    """Is `token` written right after "Mr", "Mrs", "Ms" or "Dr"?"""
    return token.i > 0 and token.nbor(-1).lower_.rstrip(".") in HONORIFICS


def _titled_elsewhere(word) -> bool:  # type: ignore[no-untyped-def]
    """Does the article write `word` right after "Mr", "Mrs", "Ms" or "Dr" somewhere: a surname?
    (The places are found once per parse: every organisation the tagger names asks.)"""
    titled = word.doc.user_data.get("titled_words")
    if titled is None:
        titled = word.doc.user_data["titled_words"] = {}
        for t in word.doc:
            if _after_honorific(t):
                titled.setdefault(t.lower_, []).append(t.i)
    return any(i != word.i for i in titled.get(word.lower_, ()))


def _spaced_dash(gap: str) -> bool:
    """Is the gap between two words a dash set apart by spaces? It ends a name: "PRAGUE, April 18 -
    The Czech Republic" is a dateline and a state, not one name (a hyphen joins: "Co-operation")."""
    return "-" in gap and gap != "-"


def _head_word(words: tuple[str, ...]) -> str:
    """A name's head word: the last before "of" if it has one ("Ministry of External Affairs"),
    else its last."""
    return words[:words.index("of", 1)][-1] if "of" in words[1:] else words[-1]


def _names_with(word: Token, entity: "Span") -> bool:
    """Is `word` of `entity` a capitalised word of the name, though a function word elsewhere
    ("the All Progressives Congress"; not "The" or a sentence's first word)?"""
    return word.capital and word.key not in ("the", "a", "an") and word.i > entity.sent.start \
        and entity.doc[word.i - 1].is_alpha


def match_phrase(tokens: Sequence[Token], at: int, phrases: PhraseSet | Iterable[tuple[str, ...]]) -> int:
    """Length of the longest phrase (folded keys) starting at token `at`, or 0."""
    if isinstance(phrases, PhraseSet):
        return phrases.match(tokens, at)  # type: ignore[arg-type]
    for phrase in phrases:
        n = len(phrase)
        if n and at + n <= len(tokens) and all(tokens[at + i].key == phrase[i] or
                                               singular(tokens[at + i].key) == phrase[i] for i in range(n)):
            return n
    return 0


def _head_before_of(key: tuple[str, ...]) -> str:
    """The head word of a name before its "of/on/for" phrase: "commission" of "Inter-American
    Commission on Human Rights"."""
    return key[:next((i for i, w in enumerate(key) if i and w in ("of", "on", "for")), len(key))][-1]


def _acts_or_is_a_body(entity: "Span") -> bool:
    """An organisation's name the small parser tags ORG is trusted when the sentence shows it
    as one: it is called a group, a company or a body ("Independent Jewish Voices, a new
    organisation", "Vela International Marine, the Saudi company that owns ..."), or it says,
    accuses or acts as a side does ("the National Salvation Front released a statement"
    is read by its verb), or it is the one criticised or accused ("criticised the Board of
    Deputies for ..."). A bare ORG tag is too noisy ("Trump", "Crete", "UTC")."""
    root = entity.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    if any(t.lemma_.lower() in BODY_NOUNS | COMPANY_NOUNS | SIDES_IN_A_COALITION for t in described):
        return True  # ("Nippon Steel, Japan's largest steelmaker", "Jewish Power, a partner in the coalition")
    head = root.head.lemma_.lower()
    if root.dep_ == "nsubj":  # it denies a charge, punishes or does a wrong someone reports: a side
        return head in speaking_verbs() or head in ORGANISATION_ACTS or head in _answering_verbs() \
            or reports_a_wrong(root.head)
    if root.dep_ == "nsubjpass":  # ("Tesla was fined", "the group was banned")
        return head in speaking_verbs() or head in ORGANISATION_ACTS or head in word_set("predicates", "punish")
    if root.dep_ == "pobj" and root.head.dep_ in ("agent", "prep") and root.head.lower_ in ("by", "of"):
        # "talks mediated by the Episcopal Conference", "under the mediation of X": a go-between
        # (not "a meeting organised by a think tank": hosting a gathering makes no side)
        return root.head.head.lemma_.lower() in _mediating_words()
    return root.dep_ == "dobj" and head in word_set("predicates", "accuse")


@lru_cache(maxsize=1)
def _answering_verbs() -> frozenset[str]:
    """What a company or body does as a side of a dispute: denies the charge ("Tesla denied it had
    broken the law") or takes a measure against another ("GitHub removed the code", "banned")."""
    return word_set("predicates", "deny") | word_set("predicates", "punish")


def reports_a_wrong(verb: "SpacyToken") -> bool:
    """Is the verb a wrong a saying verb reports ("said (that) Y had shelled ...", "said Rwandan
    soldiers were fighting alongside the rebels")? Its subject is the one charged."""
    base = verb.lemma_.lower()
    beside = base in ("fight", "battle") and any(c.lower_ == "alongside" for c in verb.children)
    return verb.dep_ == "ccomp" and (base in word_set("predicates", "wrong_verbs") or beside) \
        and verb.head.lemma_.lower() in word_set("predicates", "saying")


def names_a_sum(word: "SpacyToken") -> bool:
    """Is the noun a sum of money ("2.4 billion euros", "$5 million")? A fine's object, not the one fined."""
    return word.ent_type_ == "MONEY" or any(c.like_num or c.ent_type_ == "MONEY" for c in word.children)


def _sued(word: "SpacyToken", suing: set[str]) -> bool:
    """Is the name one an accusing or suing verb, or a case brought "against" it, is aimed at
    ("sued Google", "filed a lawsuit against McKesson and Cardinal Health"), the names joined
    to the first by "and" too?"""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    if word.dep_ in ("nmod", "compound", "dative") and word.head.dep_ == "dobj" and names_a_sum(word.head):
        word = word.head  # "fined Google 2.4 billion euros": the parser's "(Google) euros"
    if word.dep_ in ("dobj", "dative"):
        return word.head.lemma_.lower() in suing
    if word.dep_ == "nsubjpass":  # "Boeing was sued by the families ...": named by the one who sues
        return word.head.lemma_.lower() in suing and any(c.dep_ == "agent" for c in word.head.children)
    if word.dep_ != "pobj" or word.head.lower_ != "against":
        return False
    case = word.head.head
    return case.lemma_.lower() in CASES or _brings_a_case(case)  # (the parser may hang "against" on "filed")


def _aimed_at(word: "SpacyToken") -> bool:
    """Is the name the one an attack in words is aimed at ("lashed out at ExxonMobil", "took aim
    at Chevron", predicates.toml's target verbs), a side whatever the entity label guessed?"""
    if word.dep_ != "pobj" or word.head.lower_ not in ("at", "against", "on", "upon"):
        return False
    head = word.head.head
    if word.head.lower_ == "at" and (head.lower_ in ("finger", "fingers") or head.lemma_.lower() == "point" and any(
            c.lower_ in ("finger", "fingers") for c in head.children)):
        return True  # "pointed the finger at Gazprom", a headline's "points finger at"
    verb = head.head if head.dep_ in ("dobj", "prt", "advmod") else head  # "took aim at": "at" on "aim"
    base = verb.lemma_.lower()
    if verb.pos_ != "VERB" or base not in words_of("predicates", "target_verbs"):
        return False
    needed = {p.split()[1] for p in words_of("predicates", "target_need_word") if p.split()[0] == base}
    return not needed or any(c.lemma_.lower() in needed for c in verb.children if c.dep_ in ("prt", "dobj", "advmod"))


def _filed_by(word: "SpacyToken") -> bool:
    """"The lawsuit, filed by the Sierra Club, accuses ...": who brings a case is a side."""
    agent, filed = word.head, word.head.head
    return word.dep_ == "pobj" and agent.dep_ == "agent" and filed.lemma_.lower() in ("file", "bring", "lodge") \
        and filed.dep_ == "acl" and filed.head.lemma_.lower() in CASES


def _authority_of(place: "SpacyToken") -> "SpacyToken | None":
    """The word for a place's own authorities the place's name is written with, if any:
    "Catalonia's government", "the governor of Ohio", "officials in Gaza", "Donetsk
    officials", "the Tigray region" (the region itself, named after its name)."""
    head, lemma = place.head, place.head.lemma_.lower()
    local = place.lower_ in LOCAL_UNITS or place.i + 1 < len(place.doc) and place.doc[place.i + 1].lower_ in LOCAL_UNITS
    if local and place.dep_ != "poss":
        return None  # "officials in Ghazni province" are the state's
    if place.dep_ == "poss":  # ("Scotland's First Minister Nicola Sturgeon": the titled holder)
        titled = head.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.lemma_.lower() in TITLED_OFFICES
                                                     for c in head.children)
        if lemma in TITLED_OFFICES and head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
            return head.head  # (the parser may hang the possessive on the title itself)
        return head if lemma in PLACE_AUTHORITIES | TITLED_OFFICES or titled else None
    if place.dep_ == "pobj" and head.lower_ in ("of", "in"):
        ruler = head.head if head.lower_ == "of" or not head.i else place.doc[head.i - 1]
        # ("blamed the authorities in Gaza": the parser may hang "in Gaza" on the verb)
        return ruler if ruler.lemma_.lower() in (PLACE_AUTHORITIES if head.lower_ == "of" else PLACE_RULERS) else None
    if place.dep_ == "compound" and head.i == place.i + 1:
        return head if lemma in PLACE_RULERS | REGION_NOUNS else None
    if place.dep_ == "compound" and head.i == place.i + 2 and (place.doc[place.i + 1].lower_, head.lower_) in LOCAL_OFFICES:
        return head  # "the Texas attorney general sued ...": a place's own office of two words
    return None


# Features of the land and works on it, written after their name: "the Khor Abdullah waterway".
FEATURES = frozenset("waterway river strait canal gulf bay valley dam airport port harbour harbor field oilfield "
                     "corridor mountains mountain island islands sea lake desert crossing bridge highway pipeline "
                     "peninsula plateau".split())


# Places named like bodies, which the tagger may call organisations: "Al-Aqsa Mosque", "Tahrir Square".
SITES = frozenset("mosque cathedral temple synagogue shrine monastery basilica square palace stadium".split())
# Named exercises and operations: "the Key Resolve and Foal Eagle joint military exercises".
EXERCISE_NOUNS = frozenset("exercise exercises drill drills manoeuvres maneuvers wargames games operation".split())


def _named_feature(name) -> bool:  # type: ignore[no-untyped-def]
    """Is the name one of a feature of the land, written "the X waterway", or of an exercise,
    "the X and Y joint military exercises" (the tagger may call either a person's)?"""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    if after is None or name[0].lower_ != "the" and (name.start == 0 or doc[name.start - 1].lower_ != "the"):
        return False
    if after.lower_ in FEATURES and after.is_lower:
        return True
    rest = takewhile(lambda t: t.lower_ not in EXERCISE_NOUNS and (t.lower_ == "and" or t.text[:1].isupper()
                                                                  or t.is_lower and t.pos_ == "ADJ"),
                     doc[name.end:name.end + 8])
    end = name.end + len(list(rest))
    return end < len(doc) and doc[end].lower_ in EXERCISE_NOUNS and doc[end].is_lower


def _joined_particles(name: str) -> set[str]:
    """The particles a name joins to its next word with a hyphen ("Al-Wefaq", "al-Nusra"): the
    group's own, no sign of a person's name, as "Al" of "Salman bin Hamad Al Khalifa" (or "Le" of
    "Le Pen", written apart) would be."""
    return {m.group(1).lower() for m in re.finditer(r"\b(\w+)-", name) if m.group(1).lower() in PARTICLES}


def _misread_region(word: "SpacyToken") -> bool:
    """A region's one-word name the small tagger calls a person's, read by the region's noun
    beside it: "the Tigray region", "the Kunar province", "the breakaway region of Transnistria"."""
    if word.ent_type_ != "PERSON" or word.ent_iob_ != "B" or not word.i:
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.ent_iob_ == "I":
        return False
    nouns = ("region", "province", "territory")
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in nouns:
        return True
    return after is not None and after.lower_ in nouns and word.head.i == after.i \
        and word.doc[word.i - 1].lower_ == "the"


def _region_authority(place: "SpacyToken") -> "SpacyToken | None":
    """`_authority_of`, and a government the parser hangs a region's name on as a modifier ("the
    Oromia regional government"), as it does with a name it misreads."""
    authority = _authority_of(place)
    if authority is None and place.dep_ in ("amod", "nmod") and place.head.lemma_.lower() in REGION_GOVERNMENTS:
        return place.head
    return authority


def _governs_a_region(place: "SpacyToken") -> bool:
    """Is the name written with a region's own government: "the governor of X", "X's chief
    minister", "the X government", "the X region"? (Not a president, leader or council, which
    companies and parties have too.)"""
    authority = _region_authority(place)
    if authority is None:
        return False
    lemma = authority.lemma_.lower()
    if place.dep_ == "pobj" and lemma in ("government", "authorities"):
        return False  # "the government of Carles Puigdemont", tagged an organisation: his, not a place's
    return lemma in REGION_GOVERNMENTS | REGION_NOUNS or lemma == "minister" and any(
        c.lower_ == "chief" for c in authority.children)


def _named_a_region(name: "Span") -> bool:
    """"Lagos State", "Western Cape Province": a name whose last word says it is a region's."""
    return len(name) >= 2 and name[-1].lower_ in REGION_NOUNS and name[-1].is_title


def lists_members(marker: "SpacyToken") -> bool:
    """Is the word one that lists a group's members: "including", "like", "such as"?"""
    return marker.lower_ in ("including", "like") or marker.lower_ == "as" and any(c.lower_ == "such"
                                                                                   for c in marker.children)


def listed_members(group: "SpacyToken") -> list["SpacyToken"]:
    """The first members listed with a plural group of places ("sixteen states including
    California and New York", "states such as Texas"): they act as the group does."""
    if group.tag_ not in ("NNS", "NNPS") or group.lemma_.lower() not in PLACE_GROUPS:
        return []
    leaders = [p for a in group.children if a.dep_ == "acl" and a.lemma_.lower() in ("lead", "head")
               for b in a.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"]
    return [p for m in group.children if m.dep_ == "prep" and lists_members(m) for p in m.children
            if p.dep_ == "pobj"][:1] or leaders[:1]  # ("sixteen states, led by California, ...")


def _group_listing(place: "SpacyToken") -> "SpacyToken":
    """The group a place is listed in, if any, else the place (`listed_members`)."""
    group = place.head.head.head if place.head.dep_ == "agent" else place.head.head  # ("led by X")
    return group if place.dep_ == "pobj" and place in listed_members(group) else place


def _brings_a_case(verb: "SpacyToken") -> bool:
    """"Texas filed a lawsuit against Google": bringing a case against someone accuses them,
    and so does "the lawsuit, filed by Texas" (the case the filing verb describes)."""
    if verb.lemma_.lower() in SUING and (verb.dep_ == "acl" and verb.head.lemma_.lower() in LAWSUITS or any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in LAWSUITS for c in verb.children)):
        return True  # (and "the suit was filed by Texas")
    cases = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in CASES]
    in_court = verb.lemma_.lower() in ("challenge", "contest") and any(  # "Alberta challenged the tax in court"
        p.lower_ == "in" and any(o.lemma_.lower() == "court" for o in p.children)  # ("in court" hung on the tax too)
        for h in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for p in h.children)
    alleging = any(c.dep_ == "advcl" and c.lemma_.lower() in ("allege", "accuse", "charge") for c in verb.children)
    # ("filed a complaint with the Public Protector, alleging that the president had misled parliament")
    against = any(p.lower_ == "against" for h in (verb, *cases) for p in h.children if p.dep_ == "prep")
    return in_court or verb.lemma_.lower() in SUING and (against or alleging) and bool(cases)


def _called_a_company(entity: "Span") -> bool:
    """Is the name set beside a word for a company ("Nippon Steel, Japan's largest steelmaker",
    "Saudi Aramco, the state oil company")? A state's name in it then makes no organ of the state."""
    described = [c for c in entity.root.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in COMPANY_NOUNS | {"company", "firm"} for t in described)


def _headed_by_another(party: "SpacyToken") -> bool:
    """Is the party's name the object of "of" after a head's title ("the president of
    Bolsonaro's Liberal Party", "the leader of X's party")? Then the title's holder leads it."""
    phrase = party.head if party.dep_ in ("compound", "flat") and party.head.pos_ in ("PROPN", "NOUN") else party
    while phrase.dep_ in ("compound", "flat"):
        phrase = phrase.head
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lemma_.lower() in GROUP_HEADS


def _judges_title(word: str, following: str) -> bool:
    """Is `word` a judge's title ("Justice Elena Kagan"), not a government's portfolio ("Justice
    Minister Yariv Levin")? Both words lower case."""
    return word in JUDGES and following not in NOT_A_BENCH


def _spelt_out(written: str, name: str) -> bool:
    """Is `written` the spelt-out name of the acronym `name`: "the International Conference on
    the Great Lakes Region", not the data's "ICGLR"?"""
    words = written.split()
    return name.isupper() and " " not in name and len(words) > 2 and words[0][0].isupper() \
        and all(w[0].isupper() for w in words if len(w) > 3)


def _known_as(noun: "SpacyToken") -> list["SpacyToken"]:
    """The name a group noun is given by "known as" / "called" / "named" ("the online activist
    group known as Anonymous"): whatever entity label the small parser guessed for it."""
    return [n for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("know", "call", "name")
            for n in (*(o for p in acl.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"),
                      *(c for c in acl.children if c.dep_ == "oprd"))
            if n.pos_ == "PROPN"]


def _named_right_after(noun: "SpacyToken") -> "SpacyToken | None":
    """The last word of a proper name that a group noun stands right before, as its kind
    ("the grassroots movement Rebel"): the name's head, with the noun as its compound."""
    head = noun.head
    if noun.dep_ != "compound" or head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "GPE", "DATE", "NORP") \
            or not all(t.tag_ in ("NNP", "NNPS") for t in noun.doc[noun.i + 1:head.i + 1]) or head.i <= noun.i:
        return None
    return head


def _described_name(noun: "SpacyToken") -> "Span | None":
    """The proper name a group noun describes in apposition after it ("The Emergency Lawyers, a
    rights group that tracks the conflict, said ...", "Liwa Fatemiyoun, an Iranian-backed militia"):
    the article says what the name is, whatever entity label the small parser guessed for it
    (an Arabic name with "al-" is often taken for a person's, and split)."""
    head = noun.head
    if noun.dep_ != "appos" or noun.tag_ != "NN" or head.i >= noun.i or head.tag_ not in ("NNP", "NNPS") \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children):
        return None
    start = head.i
    while start > head.sent.start and (noun.doc[start - 1].tag_ in ("NNP", "NNPS", "HYPH")
                                       or noun.doc[start - 1].lower_ in PARTICLES):
        start -= 1
    while start < head.i and noun.doc[start].tag_ == "HYPH":
        start += 1
    return noun.doc[start:head.i + 1]


def _described_kind(noun: "SpacyToken") -> str:
    """The kind of group a describing noun names: fighters ("an armed group", "a militia"), a party."""
    base = noun.lemma_.lower()
    if base in FIGHTER_NOUNS or any(c.lower_ in GROUP_KINDS_WORDS | {"armed"} for c in noun.children):
        return "armed_group"
    return "political_group" if base == "party" else "other"


def _charged_by_relative(word: "SpacyToken", accusing: set[str]) -> bool:
    """Is `word` the one a relative clause on it charges ("Ilan Shor, whom Chisinau accuses of
    ..."), a name the tagger may take for no person?"""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in accusing and any(
        o.dep_ == "dobj" and o.tag_ in ("WP", "WDT") for o in c.children) for c in word.children)


def _members_of(word: "SpacyToken") -> bool:
    """"Members of the Proud Boys clashed with ...", "fighters of the Wagner Group": the name
    whose members act is a group's, whatever the small parser's entity label guessed."""
    of = word.head
    return word.dep_ == "pobj" and of.lower_ == "of" and of.head.tag_ == "NNS" \
        and {of.head.lemma_.lower(), singular(of.head.lower_)} & GROUP_MEMBERS and any(c.lower_ == "the" for c in word.children)


def _the_press_accused(word: "SpacyToken", accusing: set[str]) -> bool:
    """"Trump accused the media of ...", "alleged the press was lying": the press as a whole
    charged (not "state media said", where it only reports)."""
    if word.lower_ not in ("media", "press") or not any(c.lower_ == "the" for c in word.children):
        return False
    if word.dep_ == "dobj":
        verb = word.head
    elif word.dep_ == "nsubj" and word.head.dep_ == "ccomp":
        verb = word.head.head  # "alleged the media was lying"
    else:
        return False
    return verb.lemma_.lower() in accusing


def _court_name_end(court: "SpacyToken") -> int:
    """Where a court's name ends: "the Special Tribunal for Lebanon", "the Supreme Court of
    Canada" go on through the place a capitalised court is named for; "a court in Paris" and
    "the court of appeal" stop at the court."""
    if not court.text[:1].isupper():
        return court.i
    after = court.doc[court.i + 1] if court.i + 1 < len(court.doc) else None
    for prep in [*court.children, *([after] if after is not None and after.head.i != court.i else [])]:
        # (the parser may hang "for the Western District of Texas" on the judge named before the court)
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of") and prep.i == court.i + 1:
            places = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if places and all(t.text[:1].isupper() or t.pos_ in ("DET", "ADJ", "ADP", "CCONJ") for t in places[0].subtree):
                return places[0].right_edge.i
    return court.i


def central_government(word: "SpacyToken") -> bool:
    """Is the word "the Centre", South Asian English for a federal state's central government
    ("the state accused the Centre of withholding funds"): a government, not a place nor an
    organisation's name ("the Centre for Strategic Studies")?"""
    return word.lower_ in ("centre", "center") and word.text[:1].isupper() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) \
        and not any(c.dep_ in ("compound", "amod", "poss") or c.dep_ == "prep" and c.lower_ != "of"
                    for c in word.children)


def _electoral_body(key: tuple[str, ...]) -> bool:
    """"the Election Commission", "the Independent Electoral and Boundaries Commission", "the
    National Electoral Council": a state's body that runs its elections, which speaks and is
    accused for its state as a ministry is (tests/gold/README.md), not an organisation of its
    own; observers and watchdogs of elections are ("the Election Observation Mission")."""
    return bool(ELECTORAL & set(key)) and not ELECTION_WATCHERS & set(key)


def _accusing_subject(word: "SpacyToken") -> bool:
    """Is `word` in the subject of a clause that accuses ("the AP and Reuters condemned", "the US
    newspaper Washington Post accused", "executives from Reuters sent a letter condemning")?"""
    while word.dep_ in ("conj", "appos", "pobj", "prep", "compound") and word.head.i != word.i:
        word = word.head
    if word.dep_ != "nsubj":
        return False
    verb = word.head
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")]
    clauses += [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"]  # "a letter condemning"
    return any(v.lemma_.lower() in word_set("predicates", "accuse") for v in (verb, *clauses))


@lru_cache(maxsize=1)
def _mediating_words() -> frozenset[str]:
    hosting = frozenset(words_of("predicates_mediate", "need_talks"))
    return frozenset(words_of("predicates_mediate", "verbs")) - hosting | frozenset(words_of("predicates_mediate", "nouns"))


# Last words of a state's armed bodies: "Armed Forces", "Coast Guard", "Border Guards", "Air Force".
# Lower-case nouns that make the one-word name before them a group's: "the CGT union".
NAMING_NOUNS = frozenset({"union", "party", "group", "movement", "militia", "gang", "faction", "organisation",
                          "organization", "coalition", "alliance"})
# Nouns for what a name is, set before it ("trade unions Unite and ASLEF"): the kind of actor it names.
NAMED_KINDS = {"union": "other", "party": "political_group", "group": "other", "movement": "political_group",
               "organisation": "other", "organization": "other", "militia": "armed_group", "coalition": "political_group",
               "alliance": "political_group", "federation": "other", "confederation": "other", "utility": "other",
               "company": "other", "firm": "other", "charity": "other", "watchdog": "other", "cartel": "armed_group"}
# Heads of a body's name that "the commission" etc. names again (`_introduce_bodies_by_head`).
# Heads of a body named for its purpose with "to": "the Committee to Protect Journalists".
PURPOSE_HEADS = frozenset({"commission", "committee", "campaign", "council", "coalition", "centre", "center", "fund",
                           "foundation", "movement", "alliance", "league", "society", "network", "initiative"})
# Words of a body that studies or teaches: its people comment, they speak for no side.
STUDYING = frozenset({"foundation", "institute", "institution", "university", "college", "school", "centre", "center",
                      "endowment", "academy"})
NAMED_BODY_HEADS = frozenset({"commission", "committee", "council", "tribunal", "board", "authority",
                              "parliament", "assembly", "department"})
ARMED_BODY_HEADS = frozenset({"forces", "force", "guard", "guards", "navy", "army", "police"})


BACKED_WORDS = frozenset({"backed", "allied", "aligned", "supported", "sponsored", "funded", "armed", "trained"})
# A state's cabinet by its generic name ("the Council of Ministers said"): the home state's, no body of its own.
CABINETS = frozenset({("council", "of", "ministers"), ("cabinet", "of", "ministers")})


def _unnamed_forces(key: tuple[str, ...]) -> bool:
    """"Armed Forces spokesman", "Security Forces", "China's coast guard": a body with no name
    of its own (the home state's, or its owner's, read through it), not an armed group named so."""
    return len(key) >= 2 and key[-1] in ARMED_BODY_HEADS and all(w in body_words() for w in key)


def _portfolio_tail(entity: "Span") -> bool:
    """Is the entity the words after "and" in an office's portfolio ("the Ministry of Foreign
    Affairs and International Cooperation", "Minister of Trade and Industry")?"""
    doc, start = entity.doc, entity.start
    if start < 3 or doc[start - 1].lower_ != "and":
        return False
    for k in range(start - 2, max(0, start - 7), -1):
        if doc[k].lower_ == "of":
            return k > 0 and doc[k - 1].lower_ in PORTFOLIO_HEADS \
                and all(t.text[:1].isupper() for t in doc[k + 1:start - 1])
    return False


def _unnamed_government(key: tuple[str, ...]) -> bool:
    """"the Federal Government", "the Central Government": a state's government in the
    capitals of official copy (Nigerian, Ethiopian, Chinese), not a body named so."""
    return len(key) == 2 and key[0] in ("federal", "central", "national") and key[1] == "government"


@lru_cache(maxsize=1)
def sued_or_accused() -> frozenset[str]:
    """Verbs whose object is charged: "sued Texas", "accused the Tigray region of ..."."""
    return frozenset({"sue"}) | word_set("predicates", "accuse")


@lru_cache(maxsize=1)
def speaking_verbs() -> frozenset[str]:
    """Verbs that show their subject as a side: saying, accusing, and ACTING_VERBS."""
    return word_set("predicates", "saying") | word_set("predicates", "accuse") | ACTING_VERBS


class Inventory:
    """Every actor one article names, with its mentions. Build it with `Inventory(text)`."""

    def __init__(self, text: str, sentences: list[Sentence] | None = None, doc: "Doc | None" = None) -> None:
        if doc is None:
            from .pipeline import parse

            doc = parse(text)
        self.text = text
        self._doc: "Doc | None" = doc
        self._doc_bytes: bytes | None = None
        self.sentences = sentences if sentences is not None else sentences_of(doc)
        self.tokens = from_doc(doc)
        self._token_at = [t.i for t in self.tokens]  # the parse's index of each token, ascending
        known = known_actors()
        self.actors: dict[str, ActorInfo] = dict(known.actors)  # shared; the named ones are copied below
        self.outlets: set[str] = set()  # the press made a side because it is accused: it still only reports
        self.observers: set[str] = set()  # witnesses, residents: they accuse, they are no side (roles.toml)
        self.described: set[str] = set()  # people known by a description ("Swedish journalists"): no go-between
        self.regions: set[str] = set()  # places that act as sides ("California sued ..."): a domestic side
        self.courts: list[str] = []  # the courts the article names (`_introduce_courts`): a judge speaks for one
        self.part_of: dict[str, str] = {}  # a body named as a side of its own -> its organisation
        self.forms: MutableMapping[tuple[str, ...], Form] = dict(known.forms)
        self._comma_forms: set[tuple[str, ...]] = set()  # long forms written with commas inside
        self._documents: set[str] = set()  # acronyms of documents ("the Comprehensive Peace Agreement (CPA)")
        self._after_the: set[tuple[str, ...]] = set()  # forms that name only after "the" ("the commission")
        self.persons: dict[str, str] = {}  # person mention text (full name) -> actor id
        self._blocs: dict[str, set[str]] = {}  # an armed bloc and its armed members (`_arm_alliances_of_fighters`)
        self._own_people: list[Mention] = []  # known leaders read as people of their own (`_introduce_people`)
        self._with_cities = False  # the data's cities are forms (`_add_cities`) from the last scans on
        self._press_at = self._press_names_at()  # skipped by the scans: "Abu Dhabi TV" names no state
        self._press_parts = {key[i:j] for names in self._press_at.values() for key in names for i in range(len(key))
                             for j in range(i + 1, len(key) + 1) if key[i:j] not in self.forms}  # no actor's form
        self._choose_shared_acronyms()
        self._gone_state_seats()
        self._introduce_un_bodies()
        self._introduce_acronyms()
        self._introduce_separatists()
        self._introduce_communities()
        self._introduce_groups()
        self._introduce_purpose_names()
        self._introduce_entities()
        self._introduce_names_without_their_state()
        self._introduce_speaking_places()
        self._introduce_region_adjectives()
        self._introduce_governed_regions()
        self._introduce_regional_offices()
        self._introduce_community_fighters()
        self._introduce_acronyms()  # "National Telecommunications Commission (NTC)": an entity's acronym
        self._introduce_named_fighters()
        self._introduce_named_by_their_noun()
        self._introduce_known_as()
        self._introduce_parties_by_ideology()
        self._introduce_first_parties()
        self._introduce_mixed_case_acronyms()
        self._introduce_bracketed_parties()
        self._introduce_short_party_names()
        self._introduce_named_runs()
        self._introduce_listed_parties()
        self._introduce_listed_members()
        self._introduce_linked_names()
        self._introduce_titled_of_groups()
        self._introduce_accused_names()
        self._introduce_initials()
        self._introduce_union_seat()
        self._governments_named()
        self.mentions = self._scan()
        self._introduce_halves()
        self._introduce_known_people()
        self._introduce_administrations()
        self._introduce_authorities()
        self._introduce_domestic()  # before the leaders: "Labour leader Jeremy Corbyn" speaks for Labour
        self.mentions = self._scan()
        if self._introduce_chapters():
            self.mentions = self._scan()
        self._introduce_courts()  # before the leaders: a judge speaks for the court (`_leaders_by_context`)
        self._introduce_bodies_by_head()
        self._introduce_leaders()
        self._parties_by_context()
        self._introduce_company_named_before()
        self._arm_alliances_of_fighters()
        self._introduce_collectives()
        self._introduce_modifier_collectives()
        self._introduce_the_alliance()
        self._introduce_people()
        self._introduce_described_culprits()
        self._introduce_family_names()
        self._introduce_other_names()
        self._add_cities()
        self.mentions = self._scan()
        if self._introduce_party_leaders(self.mentions):  # a leader's names now name the party
            self.mentions = self._scan()
        if self._the_opposition_named_later():
            self.mentions = self._scan()
        self._starts = [m.start for m in self.mentions]
        named = {m.actor for m in self.mentions}
        self.actors = {k: ActorInfo(v.id, v.name, v.kind, list(v.forms)) for k, v in self.actors.items() if k in named}
        self.courts = [c for c in self.courts if c in named]  # (not the "Supreme Court" inside "Supreme Court Bar
        # Association": a longer name took its words, so "the judge" is no court's the article names)
        for mention in self.mentions:
            info = self.actors[mention.actor]
            if mention.text not in info.forms and mention.via != "city":  # (a city is where, no name of its state)
                info.forms.append(mention.text)
        self._named_as_written()

    def _named_as_written(self) -> None:
        """A group the data knows is named as the article spells it when the data's spelling is
        not in the article at all ("Popular Mobilisation Forces", not the data's "Popular
        Mobilization Forces"): annotators name a non-state actor by the name the article gives it
        (the data's name stays a form). Only a spelling of the same name, word for word, not
        another of its forms ("European Commission" for the EU, a leader's name). An acronym the
        article never writes gives way to the long form it does write."""
        for mention in self.mentions:
            info = self.actors[mention.actor]
            if info.kind in ("state", "person") or mention.via != "name" or info.name.lower() in self.text.lower():
                continue
            same_words = len(mention.text.split()) == len(info.name.split()) > 1
            number_only = mention.text.lower().rstrip("s") == info.name.lower().rstrip("s")  # "Turkish Cypriot leader"
            if same_words and not number_only \
                    and SequenceMatcher(None, mention.text.lower(), info.name.lower()).ratio() >= 0.85 \
                    or _spelt_out(mention.text, info.name):
                info.name = mention.text

    def share_known_forms(self) -> None:
        """Once the reading is made: keep only the article's own forms, in front of the data's
        shared table (a ChainMap), instead of a copy of all 9,900. `read()` caches readings and a
        batch collects them, and each copy cost about 0.6 MiB (bench/reading.py, holding 1,000
        readings: 653 MiB peak with copies, 385 MiB without). While the inventory and the rules
        are made the plain copy stays, as lookups in it are the fastest. An article that dropped
        a form of the data keeps its copy."""
        shared = known_actors().shared_forms
        if isinstance(self.forms, ChainMap) or shared.keys() - self.forms.keys():
            return
        self.forms = ChainMap({k: v for k, v in self.forms.items() if shared.get(k) is not v}, shared)

    def own_forms(self) -> dict[tuple[str, ...], Form] | None:
        """The forms of this article's own, apart from the shared table, or None when it keeps
        a whole copy of its own (`share_known_forms`)."""
        return self.forms.maps[0] if isinstance(self.forms, ChainMap) else None

    @property
    def doc(self) -> "Doc":
        """The article's parse. A reading sent back by a worker process carries it as bytes,
        one kept on disk not at all (`reading.without_parse`): made again only when asked for
        (the validator's coreference, now and then)."""
        if getattr(self, "_doc", None) is None:
            from .pipeline import doc_from_bytes, parse

            data = getattr(self, "_doc_bytes", None)
            self._doc = doc_from_bytes(data) if data else parse(self.text)
            self._doc_bytes = None
        assert self._doc is not None
        return self._doc

    def without_doc(self, keep_bytes: bool) -> None:
        """Drop the parse (kept as bytes when `keep_bytes`): what crosses a process or goes to disk."""
        if keep_bytes and self._doc is not None:
            self._doc_bytes = self._doc.to_bytes(exclude=["tensor"])
        self._doc = None

    # -- building ---------------------------------------------------------------------

    def _introduce_un_bodies(self) -> None:
        """A UN body that investigates or reports ("the UN Commission of Inquiry on Syria", "a UN
        panel of experts", "the UN human rights office") is a side by the name the article gives
        it, as annotators name it; the UN's envoys, rapporteurs and Secretary-General speak for
        the UN itself, and its councils and missions in the field are the data's (actors.toml)."""
        for found in UN_BODY.finditer(self.text):
            name = found.group(0)
            key = keys(name)[:MAX_FORM]
            if key not in self.forms:
                body = self._new_actor(name, "international_organisation")
                self._add_form(key, body)
                self.part_of[body] = "un"

    def _new_actor(self, name: str, kind: str) -> str:
        if name.endswith(".") and " " in name and name[-3:-1].isalpha():
            name = name[:-1]  # "Hun Sen." at a sentence's end, the parser's "Sen." (senator) taking the stop
        actor_id = slug(name)
        if actor_id not in self.actors:
            self.actors[actor_id] = ActorInfo(actor_id, name, kind)
        return actor_id

    def _choose_shared_acronyms(self) -> None:
        """An acronym two known actors share names the one whose other forms this article
        uses, else the first listed (data/actors.toml, [shared_acronyms])."""
        folded = self.text.casefold()
        entries = {entry["id"]: entry for entry in lexicon().get("actor", [])}
        for acronym, ids in lexicon().get("shared_acronyms", {}).items():
            known = [i for i in ids if i in entries]
            used = [i for i in known if any(form.casefold() in folded
                                            for form in [entries[i]["name"], *entries[i].get("forms", [])])]
            chosen = (used or known or [None])[0]
            if chosen is not None:
                self.forms[keys(acronym)] = Form(chosen, "name", True, True)
        shared = lexicon().get("shared_names", {})
        own = {keys(name) for name in shared}
        for name, ids in shared.items():
            used = [i for i in ids if any(next(self._phrase_starts(key), None) is not None
                                          for key in _forms_of(i) if key not in own)]
            if keys(name) in self.forms:
                self.forms[keys(name)] = replace(self.forms[keys(name)], actor=used[0] if len(used) == 1 else ids[0])

    def _gone_state_seats(self) -> None:
        """News of the Soviet years names the Soviet Union by its seats: "Moscow accused Pakistan of
        training the mujahideen", and news of the 1990s Yugoslavia by Belgrade. An article that names
        the gone state as a side and its successor nowhere means it by them (one that names Russia too
        means Russia by "Moscow")."""
        for state, named_as, successor, seats in GONE_STATE_SEATS:
            named = any(not STATE_GONE.search(self.text, max(0, m.start() - 40), m.start())
                        for m in named_as.finditer(self.text))
            if named and not successor.search(self.text):
                for seat in seats:
                    if keys(seat) in self.forms:
                        self._add_form(seat, state, replace=True)

    def _add_form(self, phrase: str | tuple[str, ...], actor: str, via: str = "name", replace: bool = False,
                  press: bool = False) -> None:
        """`press`: the name may be one the article calls the press (`_add_outlet` only)."""
        key = keys(phrase) if isinstance(phrase, str) else phrase
        if key in self._press_parts and not press:
            return  # "the newspaper Hürriyet", "television network NBC": it reports, it is no side
        if key and (replace or key not in self.forms):
            exact = isinstance(phrase, str) and phrase.replace(".", "").isupper() and len(phrase) <= 6
            self.forms[key] = Form(actor, via, exact, True)

    def _head_kind(self, words: tuple[str, ...]) -> str | None:
        if CLERGY & set(words) and FAITH_BODIES & set(words):
            return "other"  # "the South African Council of Churches", "the Council of Ulema": no party
        for joint in ("of", "for"):  # "Federal Bureau of Investigation", "United Party for National
            if joint in words[1:]:  # Development": the head comes before "of" or "for"
                kind = self._head_kind(words[:words.index(joint, 1)])
                if kind == "armed_group" and words[words.index(joint, 1) - 1] in ("movement", "front") \
                        and CIVIC_NAME_WORDS & set(words) and not ARMED_NAME_WORDS & set(words):
                    return "political_group"  # "the Movement for Democratic Change": a party's name
                if kind is not None:
                    return kind  # else the last word's kind ("the Organisation of Islamic Cooperation")
        head = words[-1] if words else ""
        if words and (words[0] in FOREIGN_PARTY_WORDS or words[0] == "bloc" and len(words) > 1):  # "Parti Keadilan
            # Rakyat", "Bloc Québécois", "Partido Revolucionario
            return "political_group"  # Institucional": the party word leads in the name's own language
        if words and words[0] in ("national", "federal", "state", "central", "supreme") and head in (
                "bureau", "ministry", "department", "directorate", "service", "office", "inspectorate",
                "commission", "prosecutor", "prosecution"):  # "Federal Bureau of Investigation" (a place's
            return "government_body"  # own ministry, "the Karabakh Defence Ministry", is its authority)
        if head in ("movement", "front") and CIVIC_NAME_WORDS & set(words) and not ARMED_NAME_WORDS & set(words):
            return "political_group"  # "the Orange Democratic Movement", "the National Unity Front": a party's name
        if head in ("forces", "force", "army", "front", "brigade", "brigades", "militia", "battalion", "guard",
                    "guards", "corps", "movement", "cartel", "gang"):  # ("the Jalisco New Generation Cartel")
            return "armed_group"
        if head in ("party", "council", "committee", "coalition", "alliance", "rally", "bloc"):
            return "political_group"  # ("National Rally", "Rally for Culture and Democracy")
        if head in ("organization", "organisation") and "national" in words and "international" not in words:
            return "political_group"  # "United Malays National Organisation": a nation's own party
        if head == "league" and len(words) >= 2 and (self._names_a_state(words[:1]) or "muslim" in words
                                                    or CIVIC_NAME_WORDS & set(words)):
            return "political_group"  # "Pakistan Muslim League", "National League for Democracy": a party
        if head == "union" and (self._names_a_state(words[:1]) or UNION_WORDS & set(words)):
            return "other"  # "the Tunisian General Labour Union", "the National Union of Mineworkers": a nation's own
        if head in ("organization", "organisation", "union", "league", "agency", "group"):
            return "international_organisation"
        if head in ("republic", "government", "authority"):
            return "separatist_authority"
        if head in COMPANY_HEADS:
            return "other"
        if len(words) >= 3 and self._head_kind(words[:-1]) == "political_group":
            return "political_group"  # "Pakistan Muslim League-Nawaz": a faction named after its party
        return None

    def _introduce_acronyms(self) -> None:
        """"Syrian Democratic Forces (SDF)": the long form and the acronym name one actor."""
        # "United Nations Educational, Scientific and Cultural Organization (UNESCO)": commas may
        # separate the words whose initials make the acronym.
        pattern = re.compile(r"((?:[A-Z][\w’'-]*,?\s+(?:(?:of|for|and|the|in|on|to|de|du|la|del|des|per|against)\s+)*){0,8}[A-Z][\w’'-]*)"
                             r"\s*\(([A-Z][A-Za-z&.]{1,9}(?:-[A-Z]{1,4})?)\)")  # "(SPLM-IO)"
        for match in pattern.finditer(self.text):
            long_tokens = tokenize(match.group(1))
            if match.start(1) and self.text[match.start(1) - 1] == "-":
                long_tokens = long_tokens[1:]  # "the pro-Kurdish Peoples' Democratic Party (HDP)": no "Kurdish"
            acronym = key_of(match.group(2).replace("-", ""))
            for start in range(len(long_tokens)):
                tail = long_tokens[start:]
                if tail[0].key in CONNECTORS:
                    continue
                spelt = (_initials(t.key for t in tail), _initials((t.key for t in tail), particles=True))
                if re.search(r"-[a-z]{1,3}-", match.group(1)[tail[0].start:]):  # "Movement-in-Opposition (SPLM-IO)":
                    spelt += ("".join(t.key[0] for t in tail),)  # a linking word inside a name counts
                whole = all(t.key in CONNECTORS for t in long_tokens[:start]) \
                    or long_tokens[start - 1].key == "the"  # the name as written, not a tail (a name after "the"
                # is whole: "Karim Wade of the Senegalese Democratic Party (PDS)")
                if acronym not in spelt and not (len(acronym) >= 2 and whole and sorted(acronym) == sorted(spelt[0])
                                                 and keys(match.group(2)) not in self.forms) \
                        and not (len(tail) == 1 and whole and _contracts(tail[0].key, acronym)) \
                        and not (len(tail) >= 2 and whole and len(acronym) >= 4 and acronym in [t.key for t in tail]
                                 and not self._is_state_word(acronym)):
                    continue  # "Pakistan Tehreek-e-Insaf (PTI)", "Lashkar-e-Taiba (LeT)"; a name translated
                    # from the language its acronym keeps the order of: "Congolese Rally for Democracy (RCD)";
                    # a short name, a word of it: "Junts per Catalunya (Junts)", "Parti Pribumi Bersatu Malaysia (Bersatu)"
                long_key = tuple(t.key for t in tail)
                long_text = match.group(1)[tail[0].start:]
                known = self.forms.get(long_key) or self._same_acronym(keys(match.group(2)), long_key)
                state = self._state_before(long_tokens, start, long_key) or self._states_body(long_key)
                body = match_phrase(tail, 0, _roles()["bodies"]) == len(tail)  # "the Joint Chiefs of Staff (JCS)"
                if body and not known and state is None:
                    state = self._state_in(match.end())
                    if state is None:
                        break  # a state's body by name alone: read through the state, as "the army" is
                if known:
                    actor = known.actor
                elif state is not None:  # "the Indian Ministry of External Affairs (MEA)": India's own body
                    actor = state
                else:
                    # initials that spell the acronym in parentheses make a name even when its last
                    # word names no kind of group: "the Movement for Democratic Change (MDC)"
                    kind = self._head_kind(long_key) or ("other" if len(_initials(long_key)) >= 3 or len(
                        _initials(long_key)) == 2 and not TITLE_WORDS & set(long_key)  # "National Rally (RN)"
                        or len(long_key) == 1 and _contracts(long_key[0], acronym)  # "Kuomintang (KMT)"
                        or acronym in long_key else None)
                    if long_key[-1] in DOCUMENTS:  # "the Non-Proliferation Treaty (NPT)": no one's name
                        self._documents.add(acronym)
                        break
                    if kind is None:
                        break
                    actor = self._new_actor(long_text, kind)
                self._add_form(long_key, actor)
                if LINKED_NAME.search(long_text):  # the parse reads "Tehreek-e-Insaf" as one word
                    self._add_form(_linked_keys(long_text), actor, replace=True)
                # the article's own "Rapid Support Forces (RSF)" beats a known "RSF" (Reporters Without Borders)
                self._add_form(match.group(2), actor, replace=True)
                self._add_short_form(long_key, actor)
                if "," in long_text:
                    self._comma_forms.add(long_key)
                break
            else:
                self._translated_acronym(long_tokens, match.group(2), match.group(1))

    def _introduce_initials(self) -> None:
        """"the opposition Orange Democratic Movement ... The ODM said": an acronym the article
        uses without introducing it in parentheses names the actor whose name it abbreviates,
        when exactly one actor's name does. A known actor keeps its own: the other name joins it."""
        written = self._written_before(len(self.text))
        long_names: dict[str, dict[str, tuple[str, ...]]] = {}
        for key, form in self.forms.items():  # the long names the article writes out
            words = [k for k in key if k not in CONNECTORS]
            if len(words) >= 2 and form.actor in self.actors and self.actors[form.actor].kind != "state" \
                    and f" {' '.join(key)} " in written:
                long_names.setdefault(_initials(words), {}).setdefault(form.actor, key)
        seen: set[str] = set()
        for token in self.tokens:
            if not token.upper or token.key in seen or not 2 <= len(token.key) <= 6 or not token.key.isalpha():
                continue
            seen.add(token.key)
            matches = [(key, actor) for actor, key in long_names.get(token.key, {}).items()]
            form = self.forms.get((token.key,))
            if form is not None and form.surface not in (None, self.text[token.start:token.end]):
                form = None  # "the JEM" after "the Justice and Equality Movement" is not the data's "JeM"
            if len(matches) == 1 and form is None:  # "accused ODM leaders of ...": no actor of its own yet
                self._add_form((token.key,), matches[0][1], replace=True)
                continue
            if len(matches) != 1 or form is None or form.actor == matches[0][1] or form.actor not in self.actors \
                    or self.actors[form.actor].kind == "state":
                continue
            long_key, long_actor = matches[0]
            known = known_actors().actors
            if form.actor in known and long_actor in known:
                continue  # two actors the data tells apart
            if form.actor in known:
                self._add_form(long_key, form.actor, replace=True)
            else:
                self._add_form((token.key,), long_actor, replace=True)

    def _translated_acronym(self, long_tokens: Sequence[Token], acronym: str, long_text: str) -> None:
        """"the National Liberation Army (ELN)": an English name before the known acronym of its
        own language's name ("Ejército de Liberación Nacional") names the same actor, though the
        initials differ. Only a group's name (its last word says what kind) and only a known actor."""
        known = self.forms.get(keys(acronym))
        owner = next((i for i, t in enumerate(long_tokens[:3]) if t.possessive and not t.key.endswith("s")
                      or t.key in OWNING_PRONOUNS), None)  # (not "Peoples'" of "Peoples' Democratic Party")
        if owner is not None and self._is_state_word(long_tokens[owner].key):
            return  # "Tajikistan's State Committee for National Security (GKNB)": a state's body, read through it
        if owner is not None and len(long_tokens) - owner > 2:  # "Calderón's National Action Party (PAN)",
            long_tokens = long_tokens[owner + 1:]  # "His Party of the Democratic Revolution (PRD)": not the owner
        listed = [i for i in range(1, len(long_tokens)) if long_tokens[i].key in ("and", "or")
                  and "," in long_text[long_tokens[i - 1].end:long_tokens[i].start]]
        listed += [i for i in range(1, len(long_tokens) - 1) if long_tokens[i].key in ("and", "or")
                   and long_tokens[i + 1].key in ("to", "of", "with", "from", "for", "by", "against", "on", "in")]
        if listed:  # "with the Socialists, and the Basque Nationalist Party (PNV)": the last of a list
            long_tokens = long_tokens[max(listed) + 1:]  # ("support to the YPG and to the Fetullah ... (FETO)")
        while long_tokens and long_tokens[0].key in CONNECTORS:
            long_tokens = long_tokens[1:]
        long_key = tuple(t.key for t in long_tokens)
        named = self.forms.get(long_key)
        if known is None and named is not None and self.actors[named.actor].kind not in ("state", "person") \
                and len(acronym) >= 2 and acronym.isupper() and not match_phrase(tokenize(acronym), 0, _press()):
            self._add_form(acronym, named.actor)  # "the Croatian Democratic Union (HDZ)": a name already read,
            return  # its acronym in its own language right after it
        if known is not None and self.actors.get(known.actor) is not None and self.actors[known.actor].kind == "state" \
                and self._head_kind(long_key) not in (None, "state") and long_key not in self.forms:
            # "the Action Committee for Renewal (CAR)": a group's own acronym, not the state whose code it
            # spells (the Central African Republic); the article's own wins, as "Rapid Support Forces (RSF)" does
            actor = self._new_actor(long_text[long_tokens[0].start:long_tokens[-1].end], self._head_kind(long_key))
            self._add_form(long_key, actor)
            self._add_form(acronym, actor, replace=True)
            return
        if known is None and self._named_with_foreign_acronym(long_tokens, acronym):
            # "the Democratic Unity Roundtable (MUD)", Mesa de la Unidad Democrática: an unknown
            # name and the acronym set right after it name one new actor
            actor = self._new_actor(long_text[long_tokens[0].start:long_tokens[-1].end],
                                    self._head_kind(long_key) or "other")
            self._add_form(long_key, actor)
            self._add_form(acronym, actor)
            return
        if known is None or known.actor not in known_actors().actors or len(long_key) < 2 \
                or self._head_kind(long_key) is None or long_key in self.forms:
            return
        self._add_form(long_key, known.actor)

    def _named_with_foreign_acronym(self, long_tokens: Sequence[Token], acronym: str) -> bool:
        """Is `long_tokens` a name of its own (two or more capitalised words, none a state's,
        not yet an actor) and `acronym` a new one (three or more capitals, no news outlet)?"""
        words = [t for t in long_tokens if t.key not in CONNECTORS and t.key != "against"]  # ("Commission against
        # Impunity": a word of the name written small)
        if any(t.key in TITLE_WORDS for t in words) or words and words[-1].key in NAMED_THINGS:
            return False  # "Sports Secretary Leopoldo Paulino (PSB)": a person and his party; "the Status of
            # Forces Agreement (SOFA)": a document, no actor
        placed = {i for i in range(1, len(long_tokens)) if long_tokens[i - 1].key in ("in", "of", "for")}
        return (len(words) >= 2 and all(t.capital for t in words) and len(acronym) >= 3 and acronym.isupper()
                and tuple(t.key for t in long_tokens) not in self.forms
                and not any(self._is_state_word(t.key) for i, t in enumerate(long_tokens)
                            if t in words and i not in placed)  # ("... against Impunity in Guatemala")
                and not match_phrase(tokenize(acronym), 0, _press()))

    def _introduce_names_without_their_state(self) -> None:
        """"the Democratic Party of Korea ... Yoon accused the Democratic Party of ...": a party
        the article names with "of" and its state is the one its name without them names, over
        an actor the tagger made of those words alone."""
        known = known_actors().actors
        for actor, info in list(self.actors.items()):
            if actor in known:
                continue
            key = keys(info.name)
            cut = next((i for i in range(2, len(key) - 1) if key[i] == "of"), None)
            if cut is None or key[cut - 1] not in PARTY_NOUNS:
                continue
            place = key[cut + 2:] if key[cut + 1] == "the" else key[cut + 1:]
            state = self.forms.get(place)
            if not (state is not None and self.actors[state.actor].kind == "state"
                    or len(place) == 1 and place[0] in _state_name_words()):  # ("of Korea": of both Koreas' names)
                continue
            short = self.forms.get(key[:cut])
            if short is None or short.actor not in known and short.actor != actor \
                    and self.actors[short.actor].kind in ("political_group", "other"):
                self.forms[key[:cut]] = Form(actor, "name", False, False)

    def _add_short_form(self, long_key: tuple[str, ...], actor: str) -> None:
        """"the Liberation Tigers of Tamil Eelam (LTTE) ... the Tigers": a group's own plural noun,
        no word any group's name has ("Forces", "Units"), names it when the article writes
        "the Tigers" with a capital."""
        if self.actors[actor].kind != "armed_group":
            return
        for word in long_key:
            if len(word) > 3 and word.endswith("s") and word not in CONNECTORS and word not in body_words() \
                    and (word,) not in self.forms and (word,) not in _roles()["group_heads"] \
                    and re.search(rf"\b[Tt]he {re.escape(word.capitalize())}\b", self.text):
                self.forms[("the", word)] = Form(actor, "name", False, False)

    def _same_acronym(self, acronym: tuple[str, ...], long_key: tuple[str, ...]) -> Form | None:
        """The known actor an acronym names, when the article's long form is a name of it too
        ("Islamic State of Iraq and the Levant (ISIL)"), not another's ("Ambazonia Defence Forces
        (ADF)" is not the Allied Democratic Forces): half its words at least are the known name's."""
        known = self.forms.get(acronym)
        if known is None or known.actor not in self.actors:
            return None
        if self.actors[known.actor].kind == "state":
            return known  # "Iranian Revolutionary Guard Corps (IRGC)": a state's organ, the state
        words = {k for k in long_key if k not in CONNECTORS}
        name = {k for k in keys(self.actors[known.actor].name) if k not in CONNECTORS}
        return known if words and len(words & name) * 2 >= len(words) else None

    def _state_before(self, words: Sequence[Token], start: int, long_key: tuple[str, ...]) -> str | None:
        """The state whose body the long form names, by the state's word right before it
        ("Indian Ministry of External Affairs", "Pakistani Inter-Services Intelligence")."""
        if start == 0 or _head_word(long_key) not in body_words():
            return None
        form = self.forms.get((words[start - 1].key,))
        return form.actor if form is not None and self.actors[form.actor].kind == "state" else None

    def _capitalised_run(self, at: int, limit: int = 6) -> int:
        """How many tokens from `at` form a capitalised name ("Nagorno-Karabakh Republic")."""
        n = 0
        while at + n < len(self.tokens) and n < limit:
            token = self.tokens[at + n]
            if token.capital or (n and token.key in PARTICLES and at + n + 1 < len(self.tokens)
                                 and self.tokens[at + n + 1].capital):
                gap = self._gap(at + n - 1, at + n) if n else ""
                if n and self.tokens[at + n - 1].possessive:
                    gap = gap.lstrip("'’sS")  # "People's Republic": the name goes on after the "'s"
                if gap.strip(" -") or _spaced_dash(gap):
                    break
                n += 1
                following = self.tokens[at + n] if at + n < len(self.tokens) else None
                if token.possessive and not (n > 1 and token.key.startswith("people") and following is not None
                                             and following.capital):
                    break  # "Russia's", but "the Donetsk People's Republic" is one name
            else:
                break
        while n and self.tokens[at + n - 1].key in PARTICLES:
            n -= 1
        return n

    def _gap(self, left: int, right: int) -> str:
        return self.text[self.tokens[left].end:self.tokens[right].start]

    def _introduce_separatists(self) -> None:
        """"the self-proclaimed Nagorno-Karabakh Republic", "the de facto government in Nagorno-Karabakh"."""
        markers = _roles()["separatist_markers"]
        for i in range(len(self.tokens)):
            n = match_phrase(self.tokens, i, markers)
            if not n:
                continue
            at = i + n
            # up to three lower-case words between: "government in", "authorities of"
            if self.tokens[i].key == "separatists":
                continue  # a collective noun ("the separatists of ..."), not a marker
            skip = 0
            while skip < 3 and at + skip < len(self.tokens) and not self.tokens[at + skip].capital:
                if self.tokens[at + skip].key not in AUTHORITY_GLUE:
                    break
                skip += 1
            run = self._capitalised_run(at + skip)
            # "the self-proclaimed Republic of Artsakh": the name goes on after "of".
            while run and at + skip + run + 1 < len(self.tokens) and self.tokens[at + skip + run].key == "of" \
                    and self.tokens[at + skip + run + 1].capital:
                run += 1 + self._capitalised_run(at + skip + run + 1)
            if not run:
                continue
            phrase_tokens = self.tokens[at + skip: at + skip + run]
            key = tuple(t.key for t in phrase_tokens)
            if key in self.forms and self.forms[key].actor in known_actors().actors:
                continue  # a state or a known group: not a new authority
            word = self._parsed_word_at(phrase_tokens[0].start)
            if word is not None and word.ent_type_ in ("DATE", "TIME"):
                continue  # "entered the breakaway republic in December 1994": when, not who
            name = self.text[phrase_tokens[0].start:phrase_tokens[-1].end]
            heads = ("republic", "government", "authority", "authorities")
            if len(key) > 2 and key[0] in heads and key[1] == "of":
                base = key[2:]  # "Republic of Artsakh" is also "Artsakh"
            else:
                base = key[:-1] if key[-1] in heads and len(key) > 1 else key
            actor = self.forms[base].actor if base in self.forms else self._new_actor(name, "separatist_authority")
            self._add_form(key, actor)
            self._add_form(base, actor)

    def _state_ending_name(self, head: int) -> int | None:
        """The token of a state's one-word name after "of" that ends a civil body's name ("the Law
        Society of Kenya", "the Bar Association of India"), if the name goes on so."""
        at = head + 2
        if at >= len(self.tokens) or self.tokens[head + 1].key != "of" or self._gap(head, head + 1) != " " \
                or self._gap(head + 1, at) != " " or not self._is_state_word(self.tokens[at].key):
            return None
        return at if at + 1 >= len(self.tokens) or not self.tokens[at + 1].capital else None

    def _introduce_groups(self) -> None:
        """Named groups the article introduces without an acronym: "Quds Force", "Mahan Air"."""
        heads = _group_heads()
        company = COMPANY_HEADS
        for i, token in enumerate(self.tokens):
            if not token.capital or token.key not in heads or i == 0:
                continue
            start = i
            owned = False
            while not owned and start > 0 and i - start < 6:
                gap = self._gap(start - 1, start)
                mark = gap.strip(" -")  # an owner's apostrophe, else nothing
                before = self.tokens[start - 1]
                if mark not in ("", "'", "’") or _spaced_dash(gap) or mark and not before.key.endswith("s") \
                        or not (before.capital or before.key in PARTICLES and start > 1 and self.tokens[start - 2].capital
                                or self._and_in_name(start - 1) or self._day_in_name(start - 1)
                                or before.key == "of" and start > 1 and self.tokens[start - 2].key in OF_HEADS
                                and self.tokens[start - 2].capital):  # "the Association of Mineworkers and
                    # Construction Union": a body "of" its members goes on before the "of"
                    break
                owned = bool(mark)  # a plural owner begins the name
                start -= 1  # "Muadh ibn Jabal Brigades", "the Justice and Development Party", "the
                # February 14 Youth Coalition", "the Seafarers' Assistance Program" (not "pro-Kurdish", nor a
                # dateline's "April 18 - The Czech Republic": `_spaced_dash`)
            if start == i or start > 1 and self.tokens[start - 1].key == "of" \
                    and self.tokens[start - 2].key in PORTFOLIO_HEADS:
                continue  # (not "Provincial Government" of "the Ministry of Provincial Government": a portfolio)
            if start > 1 and self.tokens[start - 1].key == "for" and self.tokens[start - 2].capital \
                    and not self._gap(start - 2, start - 1).strip():
                continue  # (not "Peace Foundation" of "the Cinema for Peace Foundation": the longer name's)
            if i + 1 < len(self.tokens) and self.tokens[i + 1].key in NAMED_THINGS and self.tokens[i + 1].capital:
                continue  # "the Stabilisation and Association Agreement": a pact's name, no body
            end = self._through_entity(i)
            if end == i and token.key in NAMES_GOING_ON_WITH_OF and i + 1 < len(self.tokens) \
                    and self.tokens[i + 1].key == "of":
                end = self._name_after_for(i)  # "the Patriotic Union of Kordofan", the parser's entity ending early
            if start > 0 and start < i and self.tokens[start - 1].key in ("pro", "anti") \
                    and self._gap(start - 1, start) == "-":
                start += 1  # "the pro-Western Coalition for Change": the coalition, not a "Western Coalition"
            words = self.tokens[start:end + 1]
            while len(words) > 1 and (words[0].key in FUNCTION_WORDS or words[0].i >= 0 and self.doc[words[0].i].pos_
                                      in ("ADP", "SCONJ", "CCONJ", "ADV")):  # "The Kurdistan Regional Government",
                words = words[1:]  # "As National Unity Platform leader, ...": a sentence's first word, capitalised
            if len(words) > 2 and words[0].key in RULING and words[-1].key in PARTY_HEADS:
                words = words[1:]  # "Ruling Democratic Party floor leader X": the party, described
            if len(words) == 1:
                continue
            key = tuple(t.key for t in words)
            if key in self.forms:
                continue
            inner = [t for t in words[:-1] if t.key not in CONNECTORS]
            stateish = any(self._is_state_word(t.key) for t in inner) and \
                all(self._is_state_word(t.key) or t.key in ("the", "royal") or t.key in body_words() for t in inner)
            # ("the Royal Thai Army": a kingdom's own forces)
            following = self.tokens[i + 1].key if i + 1 < len(self.tokens) else ""
            air_force = token.key == "air" and following in ("force", "forces")
            if token.key == "air" and following in AIR_PLACES:
                continue  # "the Manas Air Base": a place, no airline
            if stateish and (token.key not in company or air_force) and not (token.key == "party" and all(
                    (t.key,) in self.forms and self.forms[(t.key,)].via == "name" for t in inner if t.key != "the")):
                continue  # "Syrian Army", "the Nigerian Air Force" (no airline): the state's own body (not the
                # "PNG Party", a party called by its state's name)
            if token.key in STATE_ORGAN_HEADS and start > 0 and self._states_possessive(start - 1):
                continue  # "Tajikistan's State Committee for National Security": the state speaking
            owner = self._owner_of_body(start, i) if token.key in STATE_ORGAN_HEADS else None
            if owner is not None:
                self._add_form(key, owner)  # "the State Committee for National Security of the Kyrgyz
                continue  # Republic", "Fatah's Central Committee": the owner speaks through its organ
            if _unnamed_forces(key) or _electoral_body(key) or _unnamed_government(key):
                continue
            if start == 0 or self._sentence_initial(start):
                if len(inner) == 1 and inner[0].key in ("the", "a", "an"):
                    continue
            kind = "political_group" if following == "party" else self._head_kind(key) or "other"
            name = self.text[words[0].start:words[-1].end]  # ("the Popular Force party": no army's force)
            if words[0].key in FUNCTION_WORDS:
                continue
            parent = self._organisation_of(key)
            if parent is not None:  # "the UN Human Rights Council": a body of the UN speaks for the UN
                self._add_form(key, parent)
                continue
            described = self._described_by_faith(key)
            if described is not None:
                self._add_form(key, described)
                continue
            state = self._state_ending_name(i) if token.key in CIVIL_HEADS else None
            if state is not None:  # "the Law Society of Kenya": the state ends the body's own name
                name = self.text[words[0].start:self.tokens[state].end]
            actor = self._new_actor(name, kind)
            self._add_form(key, actor)
            if state is not None:
                self._add_form(key + ("of", self.tokens[state].key), actor)
            if kind == "other" and len(inner) == 1 and not stateish:
                self._add_form((inner[0].key,), actor)  # "Mahan Air" is also "Mahan"
            self._party_without_its_noun(key, actor)

    def _day_in_name(self, k: int) -> bool:
        """Is token `k` the day of a date a group is named for ("the April 6 Youth Movement",
        "the 14 February Coalition"), set beside its month?"""
        near = [self.tokens[j].key for j in (k - 1, k + 1) if 0 <= j < len(self.tokens)]
        return self.tokens[k].key.isdigit() and len(self.tokens[k].key) <= 2 and any(w in MONTHS for w in near)

    def _and_in_name(self, k: int) -> bool:
        """Is token `k` an "and" inside a name ("Justice and Development Party", "the Bread and
        Roses Coalition"), not one joining a named side to the next ("Russia and Wagner Group")?"""
        if self.tokens[k].key != "and" or k == 0 or self._gap(k - 1, k).strip():
            return False
        before = self.tokens[k - 1]  # (not "Carman and Air thanked ...": two people's surnames)
        return before.capital and (before.key,) not in self.forms and not self._is_state_word(before.key) \
            and before.key not in self._person_words and before.key not in _group_heads()
        # (not "Mahan Air and Iran Air", "the Syrian Army and Hezbollah": a name ends at its head)

    def _name_after_for(self, head: int) -> int:
        """The last token of a name that goes on with "for" and capitalised words ("National
        Front for the Defence of the Constitution"), or `head` when none follow."""
        end, k = head, head + 2
        while k < len(self.tokens) and self._gap(k - 1, k).strip() in ("", "-") and (
                self.tokens[k].capital or self.tokens[k].key in ("the", "and", "of")
                and any(t.capital for t in self.tokens[k + 1:k + 3])):
            if self.tokens[k].capital:
                end = k
            k += 1
        return end

    def _through_entity(self, head: int) -> int:
        """The last token of a group's name whose head is token `head`: the head itself, or
        the end of the organisation the parser tags when the name goes on with "of" ("the
        Patriotic Movement of Ivory Coast" is one name, not a movement beside a state), unless
        the head is a word of a state's bodies."""
        after = head + 1
        if after < len(self.tokens) and self.tokens[after].key == "for" and self.tokens[head].key not in body_words():
            return self._name_after_for(head)  # "the Civic Alliance for Justice and Democracy"
        if after < len(self.tokens) and self.tokens[after].key == "against" and self.tokens[after].capital:
            return self._name_after_for(head)  # "the Opposition Alliance Against the Dictatorship": written in capitals
        if after >= len(self.tokens) or self.tokens[after].key != "of" or self.tokens[head].i < 0:
            return head
        if self.tokens[head].key in BODY_NOUNS | CIVIL_HEADS and any(  # "the Muslim Council of Britain"
                t.key in FAITHS for t in self.tokens[max(0, head - 3):head]):
            end = after + 1 + (after + 1 < len(self.tokens) and self.tokens[after + 1].key == "the")
            while end < len(self.tokens) and self.tokens[end].capital and not self._gap(end - 1, end).strip():
                end += 1
            return end - 1 if end - 1 > after and self.tokens[end - 1].capital else head
        if self.doc[self.tokens[head].i].ent_type_ != "ORG" or self.tokens[head].key in body_words():
            return head  # "the Armed Forces of the Philippines": a state's own body, read through the state
        end = head
        while end + 1 < len(self.tokens) and self.tokens[end + 1].i >= 0 \
                and self.doc[self.tokens[end + 1].i].ent_iob_ == "I" and self.doc[self.tokens[end + 1].i].ent_type_ == "ORG":
            end += 1
        return end if end > after else head

    def _shown_as_body(self, entity: "Span", key: tuple[str, ...], people: frozenset[str]) -> bool:
        """`_acts_or_is_a_body`, for a name that is neither a state's organ ("Karabakh Defence
        Ministry", "the Foreign Office": read through their state) nor a person's ("Al-Quaety",
        the journalist's surname the parser tagged ORG; `people`: the words of its PERSON names)."""
        if key[-1] in body_words():
            return False
        return not people & set(key) - _joined_particles(entity.text) and _acts_or_is_a_body(entity)

    def _proper_name_again(self, entity: "Span", words: list[Token], people: frozenset[str]) -> bool:
        """A name of two or more capitalised words the parser tags an organisation at two
        places in the article ("the Board of Deputies", "Independent Jewish Voices"): one tag
        may be noise, the same name tagged again is an organisation the article is about."""
        content = [w for w in words if w.key not in FUNCTION_WORDS | CONNECTORS]
        if len(content) < 2 or not all(w.capital for w in content) \
                or people & {w.key for w in content} - _joined_particles(entity.text):
            return False
        if content[-1].key in body_words():
            return False
        name = tuple(w.key for w in content)
        tagged = self._tagged_elsewhere(entity)
        if any(len(other) > len(name) and other[-len(name):] == name for other in tagged):
            return False  # "the United Nations General Assembly", then "the General Assembly": an organ
        return name in tagged

    def _tagged_elsewhere(self, entity: "Span") -> list[tuple[str, ...]]:
        """The names the parser tags an organisation at other places than `entity`."""
        return [other for start, other in self._org_names if start != entity.start]

    def _one_word_name_again(self, entity: "Span", key: tuple[str, ...], people: frozenset[str]) -> bool:
        """A one-word name ("Google", "Huawei") the parser tags an organisation at two places
        or more, never written in lower case and no person's: one tag of one word is noise
        ("Trump", "Crete"), the same word tagged again is a company or body the article is
        about (it is taken only where it also acts as one: `_shown_as_body`). Not an acronym:
        "(SNS)" after a name is that name's (`_introduce_acronyms`)."""
        word = entity.root
        if len(entity) != 1 or people & set(key) or not word.is_alpha or not word.is_title \
                or {key[0], singular(key[0])} & (body_words() | ORGANISATION_HEADS | NAMED_BODY_HEADS | PARTY_HEADS):
            return False  # ("the Army", "the Court", written with a capital: a body's head word, no name)
        return self._proper_only(word) and key in self._tagged_elsewhere(entity)

    def _party_named_for_state(self, key: tuple[str, ...]) -> bool:
        """"the ruling Georgian Dream party", "the Serbian Progressive Party": a party whose name
        holds its state's word is a party of its own, not an organ of the state."""
        inner = [w for w in key[:-1] if w not in CONNECTORS]
        return key[-1] in PARTY_NOUNS and len(inner) >= 2 and any(self._is_state_word(w) for w in inner) \
            and not all(self._is_state_word(w) or w in body_words() - {"national"} or w in ("ruling", "governing")
                        for w in inner)  # (but "the Slovak National Party", "the Scottish National Party": parties)

    def _civil_body(self, key: tuple[str, ...]) -> bool:
        """A civil body named after its state or people ("the Syrian Observatory for Human
        Rights", "Youth Forum Zimbabwe", "the Muslim Council of Britain", a cause's "Kenya Human
        Rights Commission"): the state's name in
        it makes no organ of the state; the head before "for"/"of", or the last word before a
        trailing state's name, says what it is. Only names holding a state's form or a faith
        are asked: every other organisation goes by its head already (`_head_kind`)."""
        if any(w in LABOUR_WORDS for w in key) and {key[0], key[-1]} & (CIVIL_HEADS | {"congress", "unions"}):
            return True  # "the Nigeria Labour Congress", "the Congress of South African Trade Unions": workers'
        cut = next((i for i, w in enumerate(key) if i and w in ("for", "of")), len(key))
        words = [w for w in key[:cut] if w not in FUNCTION_WORDS]
        while len(words) > 1 and self._is_state_word(words[-1]):
            words.pop()  # "Youth Forum Zimbabwe"
        if len(words) < 2 or not any(self._is_state_word(w) or w in FAITHS for w in key):
            return False
        if any(w in CIVIL_CAUSES for w in words[:-1]):
            return True  # "the Kenya Human Rights Commission": a watchdog, which may accuse its own state
        if any(w in CIVIL_CAUSES for w in key[cut + 1:]) and words[-1] not in body_words():
            return True  # "Zimbabwe Lawyers for Human Rights" (not "the Pakistani Ministry for Human Rights")
        return words[-1] in CIVIL_HEADS or (words[-1] in BODY_NOUNS or words[-1] in FAITH_BODIES) and any(
            w in FAITHS for w in key)  # "the Nicaraguan Episcopal Conference", "the Kenya Conference of Catholic
        # Bishops": a church's, not the state's

    def _organisation_of(self, key: tuple[str, ...]) -> str | None:
        """The international organisation whose name a body's name starts with ("UN Human
        Rights Council", "African Union Commission"), if any."""
        for n in range(len(key) - 1, 0, -1):
            form = self.forms.get(key[:n])
            if form is not None and self.actors[form.actor].kind == "international_organisation":
                return form.actor
        return None

    def _introduce_entities(self) -> None:
        """Organisations the parser's named-entity recogniser finds that no form names yet:
        "Amnesty International", "the Arakan Army", "Maidan Wardak provincial council".
        The press is left out: a newspaper or agency reports, it is no side."""
        media = _press()
        people = self._person_words
        for entity in self.doc.ents:
            grouped = _group_by_context(entity)
            if entity.label_ != "ORG" and not _party_by_its_word(entity) and not grouped:
                continue
            if _after_honorific(entity[0]) or _person_by_context(entity) or _office_runs_into_name(entity) \
                    or _family_name_of_person(entity):
                continue  # "Mr Ahern", tagged an organisation: a person (`_introduce_people`)
            words = [t for t in from_doc(entity, entity.start_char) if t.key not in FUNCTION_WORDS or t.index
                     or _names_with(t, entity)]
            while words and words[0].key in FUNCTION_WORDS and not _names_with(words[0], entity):
                words = words[1:]
            described = ""  # "the trade union federation Cosatu": the name is Cosatu, what it is is said before
            while len(words) > 1 and not words[0].capital and words[0].key.isalpha() and any(t.capital for t in words[1:]) \
                    and words[0].key not in PARTICLES | FUNCTION_WORDS | CONNECTORS and words[0].key not in GROUP_KINDS_WORDS:
                described, words = words[0].key, words[1:]
            what = ()  # "Brazil's CUT union federation": the acronym is the name, the rest what it is
            if len(words) > 1 and len(words[0].key) > 1 and entity.text[words[0].start:words[0].end].isupper() \
                    and not any(t.capital for t in words[1:]) and all(t.key.isalpha() for t in words[1:]):
                what, words = tuple(t.key for t in words[1:]), words[:1]
            owner = next((i for i, t in enumerate(words[:3]) if t.possessive), None)
            if owner is not None and len(words) - owner > 2 and not self._is_state_word(words[owner].key) \
                    and words[owner].key not in NAMING_POSSESSORS and (
                    words[owner].key in people or (words[owner].key,) not in self.forms):
                words = words[owner + 1:]  # "Yanukovych's Party of Regions": the party, not its leader's name
            cut = next((i for i in range(1, len(words) - 1) if words[i].key == "of" and not words[i + 1].capital
                        and words[i + 1].key not in FUNCTION_WORDS), len(words))
            words = words[:cut]  # "accusing the Georgian Dream party of fraud": the entity runs on into the charge
            while words and (words[-1].key in FUNCTION_WORDS or words[-1].key in CONNECTORS):
                words = words[:-1]  # "the Armed Forces of torturing ...": the small parser's entity runs on into "of"
            after = entity.doc[entity.end].lower_ if entity.end < len(entity.doc) else ""
            while after == "party" and len(words) > 2 and words[0].key in IDEOLOGIES:
                words = words[1:]  # "the Marxist-Leninist Free Peru party": Free Peru
            key = tuple(t.key for t in words)
            if not key or key in self.forms or len(key) > MAX_FORM or self._cut_before_and(key, after):
                continue
            if _unnamed_forces(key) or _electoral_body(key) or len(key) > 2 and key[0] in _title_ends() \
                    and key[1] == "of" \
                    or key in CABINETS and not any(c.dep_ == "poss" for c in entity.root.children):
                # ("the Council of Ministers said": the home state's cabinet by its generic name, syntax._cabinet)
                continue  # "Nigeria's Minister of Information and Culture": an office, its holder's state's
            if key[-1] in DOCUMENTS:
                continue  # "the Non-Proliferation Treaty", "the Patriot Act": a document, tagged an organisation
            if key[-1] in SITES:
                continue  # "Al-Aqsa Mosque", "Tiananmen Square": a place, tagged an organisation
            if _portfolio_tail(entity):
                continue  # "the Ministry of Foreign Affairs and International Cooperation": a portfolio's words
            if entity.start and entity.doc[entity.start - 1].lower_ in _title_ends() and entity.root.pos_ == "PROPN" \
                    and key[-1] not in ORGANISATION_HEADS | PARTY_HEADS:
                continue  # "army spokesman Sylvain Ekenge", tagged an organisation: a person after a title
            accused_press = _accused_object(entity.root)
            accusing_press = _accusing_subject(entity.root)
            if any(match_phrase(words, i, media) for i in range(len(words))):
                if (accused_press or accusing_press) and not self._states_own_voice(words):  # "Israel accused the BBC
                    # of bias", "the Washington Post accused Venezuela of ...": the outlet is a side here (its own
                    # report is none)
                    self._add_outlet(key, self.text[entity.start_char + words[0].start:entity.end_char], accused_press)
                continue
            civil = self._civil_body(key) or key[0] in COURT_WORDS and len(key) > 2 and key[1] == "of"
            # ("the Court of Justice of the European Union": a court by its name, a side of its own)
            if not civil and self._states_organ(entity, key):
                continue  # "Russia's Investigative Committee": the state speaking
            owner = None if civil else self._owner_of_entity(entity)
            if owner is not None:  # "The National Defence Commission of the DPRK"
                self._add_form(key, owner)
                continue
            partisan = self._party_named_for_state(key + ((after,) if after in ("party", "movement") else ()))
            civil = civil or _called_a_company(entity)  # "Nippon Steel, Japan's largest steelmaker": no organ of Japan
            joined = {i for i in range(1, len(words)) if entity.text[words[i - 1].end:words[i].start] == "-"}
            named_at = [i for i in range(len(key)) for j in range(i + 1, len(key) + 1) if self.forms.get(key[i:j])]
            named_last = len(key) >= 2 and key[-2] not in CONNECTORS and words[-2].key.isalpha() \
                and entity.text[words[-2].end:words[-1].start] == " " and all(i == len(key) - 1 for i in named_at)
            # ("Pheu Thai", "Garuda Indonesia": a name whose last word alone names a state is a name; not
            # "the Ministry of Defence of Ukraine", nor a dateline's "1210 GMT - Lithuania")
            if not civil and not partisan and not named_last and any(i not in joined for i in named_at):
                continue  # "the Russian Foreign Ministry": a state's body, read through the state (not the
                # "Inter-American Commission on Human Rights": a word after a hyphen names no state there)
            partisan = partisan or after in PARTY_NOUNS | {"union"}  # "Fujimori's Popular Force party": no army's
            # force; "the CGT union"; "the Azimio la Umoja coalition"
            partisan = partisan or len(key) >= 3 and key[-1] == "congress" and "people" not in key  # "the All
            # Progressives Congress", "the African National Congress" (not "the National People's Congress")
            word_before = described or (
                entity.doc[entity.start - 1].lower_ if entity.start and entity.doc[entity.start - 1].is_lower else "")
            coalition = entity.root.dep_ == "poss" and any(c.lower_ == "coalition" for c in entity.root.head.children) \
                and entity.root.head.lemma_.lower() in ("partner", "ally", "government")  # "Likud's coalition partners"
            partisan = partisan or word_before in RULING | {"opposition"} | PARTY_NOUNS or coalition
            # ("the ruling Kuomintang", "the opposition party Chadema": a party)
            partisan = partisan or bool(set(what) & PARTY_NOUNS)  # ("the ANC party": a party)
            what_kind = (self._head_kind(key + what) or "other") if what else None  # ("the CUT union federation")
            kind = "political_group" if partisan else "other" if civil or grouped else what_kind \
                or self._head_kind(key) or (
                "other" if key[-1] in ORGANISATION_HEADS or _head_before_of(key) in ORGANISATION_HEADS
                or self._shown_as_body(entity, key, people)
                or self._proper_name_again(entity, words, people) else None)
            peoples_republic = key[-1] == "republic" and "people" in key  # "the Donetsk People's Republic"
            called = after in NAMING_NOUNS and entity.doc[entity.end].is_lower  # "the CGT union", "the Wagner group"
            called = called or word_before in NAMING_NOUNS  # "the opposition party Chadema"
            called = called or partisan and len(key) == 1 or bool(described) or bool(what)  # (a one-word name
            # is trusted so, as one said to be a union or a group)
            alone = len(key) < 2 and not called and not self._one_word_name_again(entity, key, people)
            if kind is None or alone or kind == "separatist_authority" and not peoples_republic:
                continue  # the small parser's ORG label alone is too noisy ("Trump", "Crete", "UTC")
            start = entity.start_char + (words[0].start if words else 0)
            trailing = words[-1].key in PARTY_NOUNS | GROUP_NOUNS | FIGHTER_NOUNS and not words[-1].capital
            named = words[:-1] if trailing and len(words) > 1 else words
            name = self.text[start:entity.start_char + named[-1].end]  # "the ruling Zanu-PF party": Zanu-PF;
            # "the Hawks of Justice militia": Hawks of Justice
            longer = self._goes_on_with_for(entity.start_char + words[-1].start) if named is words else ()
            if longer:  # "the Special Court for Sierra Leone": the parser ends the name before "for"
                name = self.text[start:self.tokens[longer[-1]].end]
            actor = self._described_by_faith(tuple(w.key for w in named)) or self._longer_name_ending(key) \
                or self._new_actor(name, kind)
            self._add_form(key, actor)
            if longer:
                self._add_form(key + tuple(self.tokens[i].key for i in longer), actor)
            if len(named) < len(words):
                self._add_form(key[:-1], actor)
            self._party_without_its_noun(key, actor)

    def _described_by_faith(self, key: tuple[str, ...]) -> str | None:
        """The known group a faith's or a people's word is set before: "the Christian Lebanese
        Forces party" is the Lebanese Forces, described (not "the Christian Democratic Union")."""
        known = self.forms.get(key[1:]) if len(key) >= 3 and (key[0] in PEOPLES or key[0] in FAITHS) else None
        info = known_actors().actors.get(known.actor) if known is not None else None
        return known.actor if known is not None and info is not None and info.kind != "state" else None

    def _longer_name_ending(self, key: tuple[str, ...]) -> str | None:
        """The group the article names in full with this one word last ("the Muslim Brotherhood
        ... the Brotherhood said"): news shortens a group's name to its last word on later mentions.
        Only a word that is no kind of group ("the Front" could be any front) and only one group."""
        if len(key) != 1 or len(key[0]) < 4 or key[0] in _group_heads() | body_words() | CONNECTORS:
            return None
        found = {self.forms[k].actor for p, token in enumerate(self.tokens) if token.key == key[0]
                 for k in (tuple(t.key for t in self.tokens[max(0, p - n):p + 1]) for n in (1, 2, 3))
                 if len(k) > 1 and k in self.forms}
        actor = next(iter(found)) if len(found) == 1 else None
        return actor if actor in self.actors and self.actors[actor].kind in GROUP_KINDS else None

    def _party_without_its_noun(self, key: tuple[str, ...], actor: str) -> None:
        """"the Move Forward Party", then "Move Forward": a party's name of two words or more
        before "Party" is the party without it too (not "the Democratic Party": "Democratic")."""
        if key[-1] in ("party", "parti", "partido") and len([w for w in key[:-1] if w not in CONNECTORS]) >= 2 \
                and key[:-1] not in self.forms:
            self._add_form(key[:-1], actor)

    def _cut_before_and(self, key: tuple[str, ...], after: str) -> bool:
        """"the Alliance of Liberals and Democrats (ALDE)": the parser's entity ends before "and"
        (`after`, the word after it) where the acronym's name goes on; the longer name is known already."""
        return after == "and" and any(len(k) > len(key) + 1 and k[:len(key)] == key and k[len(key)] == "and"
                                      for k in self.forms)

    def _states_organ(self, entity: "Span", key: tuple[str, ...]) -> bool:
        """Is the organisation named after a state's possessive, with an organ's head before any
        "of"/"for" ("Tajikistan's State Committee for National Security")?"""
        head = _head_before_of(key)
        return head in STATE_ORGAN_HEADS and any(
            c.dep_ == "poss" and c.i < entity.start and self._states_word_or_forces(c) for c in entity.root.children)

    def _owner_of_entity(self, entity: "Span") -> str | None:
        """The owner of an organ the tagger named (`_owner_of_body`), if its head is an organ's."""
        start = bisect.bisect_left(self.tokens, entity.start_char, key=lambda t: t.start)
        head = bisect.bisect_left(self.tokens, entity.end_char, key=lambda t: t.end)
        if head >= len(self.tokens) or self.tokens[head].end != entity.end_char \
                or self.tokens[head].key not in STATE_ORGAN_HEADS:
            return None
        return self._owner_of_body(start, head)

    def _states_word_or_forces(self, word: "Token") -> bool:
        """A state's name, or its forces named with it: "the Israeli military's Northern Command",
        "the U.S. military's Central Command" are organs of the state as "Israel's" ones are."""
        return self._is_state_word(key_of(word.text)) or word.lower_ in STATE_FORCES and any(
            c.dep_ in ("amod", "compound", "poss") and self._is_state_word(key_of(c.text)) for c in word.children)

    def _goes_on_with_for(self, offset: int, described: bool = False) -> tuple[int, ...]:
        """The indexes of the tokens that carry a name ending at the word at `offset` on through
        "for" ("Special Court" + "for Sierra Leone"), or none; a state's body ("the Ministry
        for Foreign Affairs") has its own rules, unless a noun says what the name is
        (`described`: "the rights group Defense for Children International")."""
        last = bisect.bisect_left(self.tokens, offset, key=lambda t: t.start)
        if last + 1 >= len(self.tokens) or self.tokens[last].start != offset or self.tokens[last + 1].key != "for" \
                or self.tokens[last].key in body_words() and not described:
            return ()
        end = self._name_after_for(last)
        return tuple(range(last + 1, end + 1)) if end > last else ()

    def _introduce_speaking_places(self) -> None:
        """A place no state owns by name that speaks or acts as a side: "South Ossetia says it
        will join ...", "Abkhazia declared independence", "Tigray accused Eritrea of ...". A
        region's authorities are a side of their own (its name, kind other); a place that only
        hosts events stays a place."""
        acting = speaking_verbs()
        for entity in self._place_names():
            if any(c.dep_ in ("compound", "amod", "poss") and not entity.start <= c.i < entity.end
                   for c in entity.root.children):
                continue  # "South African president Thabo Mbeki", tagged a place by the small model, is a person
            if entity[0].lower_.rstrip(".") in HONORIFICS:
                continue  # ("Mr Okafor", tagged a place: a person, `_introduce_accused_names`)
            if len(entity) == 1 and central_government(entity.root):
                continue  # "the Centre": the central government (`syntax.Resolver`)
            if entity.label_ == "LOC" and WORLD_REGIONS & {t.lower_ for t in entity}:
                continue  # ("Europe's leaders", "the Middle East")
            role = entity.root
            if entity[-1].head.i == role.head.i != role.i and entity[-1].dep_ == role.dep_:
                role = entity[-1]  # "the Khyber Pakhtunkhwa government": each word hangs on it, the last nearest
            while role.dep_ in ("conj", "appos") and role.head.i != role.i:  # "recognised Abkhazia and South Ossetia"
                role = role.head
            role = _group_listing(role)  # "sixteen states including California": California acts as they do
            if entity.label_ not in ("GPE", "LOC") and (entity.root.dep_ == "appos" or not (
                    _governs_a_region(role) or _named_a_region(entity) or _misread_region(entity.root)
                    or self._local_office_speaks(entity, acting))):
                continue  # a name the tagger did not take for a place is one only beside a region's office
                # (not "The premier of Malaita, Daniel Suidani": the premier's name beside the place)
            set_in = role.dep_ == "compound" or role.dep_ == "pobj" and role.head.lower_ == "in"
            for _ in range(2):  # "the attorney general of the US state of Ohio filed ...": Ohio acts
                authority = _region_authority(role)
                if authority is None:
                    break
                role = authority  # "Catalonia's regional government accused ...": Catalonia acts
            unit = role.head.head
            if role.dep_ == "pobj" and role.head.lower_ == "of" and unit.lemma_.lower() in MUNICIPAL_UNITS \
                    and unit.dep_ in ("nsubj", "nsubjpass", "dobj"):
                role = unit  # "the city of San Francisco sued ...": the city is a side of its own
            elif role.dep_ == "pobj" and role.head.lower_ == "of" and unit.lemma_.lower() in REGION_NOUNS \
                    and _region_authority(unit) is not None:
                role = _region_authority(unit)  # "deputies of the breakaway region of Transnistria appealed"
            head = role.head.lemma_.lower()
            speaks = role.dep_ in ("nsubj", "nsubjpass") and (head in acting or _brings_a_case(role.head)) \
                or role.dep_ == "pobj" and role.head.dep_ == "agent" and _brings_a_case(role.head.head) \
                or self._local_office_speaks(entity, acting) or role.dep_ == "nsubj" and reports_a_wrong(role.head)
            # ("Israel said Gaza fired rockets": the doer of a wrong someone reports)
            recognised = role.dep_ == "dobj" and head in RECOGNISED or role.dep_ == "pobj" and role.head.lower_ == "of" \
                and role.head.head.lemma_.lower() in RECOGNISED  # "recognised X", "the independence of X"
            charged = role is not entity.root and role.dep_ == "dobj" \
                and head in sued_or_accused()  # "accused the Tigray region of ...", "blamed
            # the authorities in Gaza" (a place alone is read by `_introduce_accused_names`)
            act = role.head
            charged = charged or role.dep_ == "poss" and act.dep_ in ("dobj", "nsubjpass") \
                and act.head.lemma_.lower() in sued_or_accused()  # "Madrid condemned Catalonia's push for ..."
            if not (speaks or recognised or charged) or len(entity) == 1 and self._surname_of_someone(entity[0]):
                continue  # (not "Saakashvili accused ..." after "President Mikheil Saakashvili", tagged a place)
            words = [t for t in from_doc(entity, entity.start_char) if t.key not in FUNCTION_WORDS]
            key = tuple(t.key for t in words)
            if not key or len(key) > MAX_FORM or any(self.forms.get(key[i:j]) for i in range(len(key))
                                                     for j in range(i + 1, len(key) + 1)):
                continue  # a state, its capital, a known group: already an actor
            if len(key) == 1 and key[0] in DESCRIBED_STATES:
                continue  # "The Kingdom condemns ...": a state described in official copy's capitals
            if (set_in or charged) and key in known_actors().cities and key not in known_actors().regions:
                continue  # "officials in Peshawar", "Istanbul mayor X": a state's city (`_add_cities`)
            start = entity.start_char + words[0].start
            self._add_region(key, self.text[start:entity.start_char + words[-1].end])

    def _place_names(self) -> list["Span"]:
        """The names that may be places: those the tagger calls places, and the proper nouns it
        calls organisations or nothing, as the small tagger does with regions it does not know
        ("the governor of Oromia", "the Amhara region"); those count only beside a region's
        office. (Not a people's name: "Catalan" is a region's adjective, `_introduce_region_adjectives`;
        nor a person's: "the government of Viktor Orban" is his, not a place's.)"""
        ents = [self.doc.char_span(e.start_char, e[-2].idx + len(e[-2].text), label=e.label_)
                if len(e) > 1 and e[-1].tag_ == "POS" else e for e in self.doc.ents]  # ("Rivers State's")
        names = [e for e in ents if e.label_ in ("GPE", "LOC") or e.label_ == "ORG"
                 and all(t.tag_ in ("NNP", "NNPS") and t.lower_ not in NOT_PLACE_WORDS for t in e)]
        covered = -1
        for t in self.doc:
            if t.i <= covered or t.ent_type_ and not _misread_region(t) or t.tag_ not in ("NNP", "NNPS"):
                continue
            run = self._region_words_from(t)  # "West Bengal Chief Minister X": the region's whole name
            if run > 1 or t.dep_ in ("compound", "poss", "pobj", "nmod", "amod"):
                names.append(self.doc[t.i:t.i + (run if run > 1 else 2 if self._region_noun_after(t) else 1)])
                covered = t.i + run - 1  # (NNPS: "Rivers State's governor")
        return sorted(names, key=lambda e: e.start)

    def _region_words_from(self, word: "SpacyToken") -> int:
        """How many untagged proper nouns from `word` on make a region's name the data knows
        ("West Bengal", "North Kivu"), else 1: the small tagger leaves such names untagged and
        the words alone name nothing."""
        doc = self.doc
        for n in (3, 2):
            words = doc[word.i:word.i + n]
            if len(words) == n and all(not w.ent_type_ and w.tag_ in ("NNP", "NNPS") for w in words) \
                    and tuple(key_of(w.text) for w in words) in known_actors().regions:
                return n
        return 1

    def _region_noun_after(self, word: "SpacyToken") -> bool:
        """Is the untagged name followed by a region's noun, with it the region's name ("Rivers State
        Governor Nyesom Wike")?"""
        after = self.doc[word.i + 1] if word.i + 1 < len(self.doc) else None
        return after is not None and not after.ent_type_ and after.lower_ in REGION_NOUNS and after.is_title \
            and word.head.i == after.i

    def _add_region(self, key: tuple[str, ...], name: str) -> str:
        """A place that acts as a side of its own (a domestic side, `regions`), by its name: the
        actor its name already names, else a new one."""
        region = self.forms[key].actor if key in self.forms else self._new_actor(name, "other")
        self._add_form(key, region)
        self.regions.add(region)
        return region

    def _governments_named(self) -> None:
        """"Myanmar's military government, the State Administration Council, ... The council has
        declared ...": the name set beside a state's government is the state's, as its government
        is (not a body of its own)."""
        for word in self.doc:
            owner = next((c for c in word.children if c.dep_ in ("poss", "amod", "compound")
                          and self._is_state_word(key_of(c.text))), None) if word.lemma_.lower() in GOVERNMENTS else None
            if owner is None:
                continue
            state = self.forms[(key_of(owner.text),)].actor
            for name in (c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                words = [t for t in from_doc(self.doc[name.left_edge.i:name.i + 1], name.left_edge.idx)
                         if t.key not in FUNCTION_WORDS]
                key = tuple(t.key for t in words)
                form = self.forms.get(key)
                beside = name.left_edge.i >= 2 and self.doc[name.left_edge.i - 1].text == "," \
                    and self.doc[name.left_edge.i - 2].i == word.i  # "government, the X Council"
                if form is not None and form.actor != state and self.actors[form.actor].kind != "state" \
                        and form.actor not in known_actors().actors and beside and key[-1] in NAMED_BODY_HEADS:
                    for k, f in list(self.forms.items()):
                        if f.actor == form.actor:
                            self.forms[k] = replace(f, actor=state)
                    if (key[-1],) not in self.forms:  # "the council"
                        self.forms[(key[-1],)] = Form(state, "collective", False, False)
                        self._after_the.add((key[-1],))

    def _introduce_governed_regions(self) -> None:
        """"Daniel Suidani, the premier of Malaita province": a province, state or region whose own
        head the article names is a side of its own, by its name (as "Catalonia's government" is)."""
        for match in GOVERNED_REGION.finditer(self.text):
            key = keys(match.group(1))
            if key in self.forms or any((k,) in self.forms for k in key):
                continue
            self._add_region(key, match.group(1))

    def _introduce_regional_offices(self) -> None:
        """"The Tigray regional government", "Oromia's regional president": a name before
        "regional" and a region's own office is a region's, whatever the tagger called it (it
        often takes a region's name for a person's), and the region a side of its own."""
        for i in range(len(self.tokens) - 2):
            name, regional, office = self.tokens[i], self.tokens[i + 1], self.tokens[i + 2]
            if regional.key != "regional" or office.key not in REGION_OFFICES or not name.capital \
                    or self._gap(i, i + 1).strip() not in ("", "'s", "’s") or name.key in FUNCTION_WORDS \
                    or self._is_state_word(name.key) or (name.key,) in self.forms \
                    or self._sentence_initial(i) and getattr(self._parsed_word_at(name.start), "pos_", "") == "ADJ":
                continue  # (not "Former regional parliament speaker X": a word capitalised to open a sentence)
            self._add_region((name.key,), self.text[name.start:name.end])

    def _introduce_region_adjectives(self) -> None:
        """"Catalan leader Carles Puigdemont ... the gravest attack on Catalonia's institutions": a
        region's adjective, written before an office of its own ("the Catalan government"), names
        the region the article names by a place name no state owns, as "Spanish" names Spain. The
        region is a side of its own (`_introduce_speaking_places`), named by its name."""
        places = {}
        for entity in self.doc.ents:
            words = [t for t in from_doc(entity, entity.start_char) if t.key not in FUNCTION_WORDS]
            key = tuple(t.key for t in words)
            if entity.label_ in ("GPE", "ORG") and key and len(key[0]) >= 5 and key not in self.forms \
                    and not any((k,) in self.forms for k in key):
                places.setdefault(key[0][:5], (key, self.text[entity.start_char + words[0].start:
                                                              entity.start_char + words[-1].end]))
        for i, token in enumerate(self.tokens[:-1]):
            place = places.get(token.key[:5]) if token.capital and len(token.key) >= 5 else None
            inside = i and self.tokens[i - 1].capital and not self._gap(i - 1, i).strip() \
                and not self._sentence_initial(i - 1)
            if place is None or token.key == place[0][0] or (token.key,) in self.forms or inside \
                    or self.tokens[i + 1].key not in REGION_OFFICES or i and self._gap(i - 1, i) == "-":
                continue  # (not "pro-European government", nor "United States government" after "State")
            self._add_form((token.key,), self._add_region(*place))

    @staticmethod
    def _local_office_speaks(entity: "Span", acting: frozenset[str]) -> bool:
        """"Minneapolis Mayor Jacob Frey said ...", "Minnesota Governor Tim Walz called ...": a
        place's own office written before its holder's name, who speaks: the place is a side of
        its own (a city's mayor or a province's governor does not speak for the state)."""
        doc = entity.doc
        office = next((o for o in LOCAL_OFFICES if tuple(t.lower_ for t in doc[entity.end:entity.end + len(o)]) == o
                       and all(t.is_title for t in doc[entity.end:entity.end + len(o)])), None)
        after = entity.end + len(office) if office else len(doc)
        def named(word: "SpacyToken") -> bool:  # (a name the small tagger left untagged: "Babajide Sanwo-Olu")
            return word.ent_type_ == "PERSON" or not word.ent_type_ and word.pos_ == "PROPN"

        if after >= len(doc) or not named(doc[after]):
            return False
        holder = doc[after]
        while holder.dep_ in ("compound", "flat") and holder.head.i > holder.i and named(holder.head):
            holder = holder.head
        if holder.dep_ == "dobj" and holder.head.lemma_.lower() in sued_or_accused():
            return True  # "the groups sued Texas Attorney General Ken Paxton": the place is charged
        return holder.dep_ in ("nsubj", "nsubjpass") and any(  # ("praised the ruling and accused ...")
            verb.lemma_.lower() in acting or _brings_a_case(verb)
            for verb in (holder.head, *holder.head.conjuncts))
        # ("California Attorney General Xavier Becerra filed a lawsuit against ...")

    def _introduce_known_as(self) -> None:
        """"the UN-backed anti-corruption commission known as CICIG", "a militia known as the
        Janjaweed": the name the article gives a body or group it describes is an actor of its
        own (not the state whose commission the word alone would be), and "the commission"
        after it is that body."""
        for match in KNOWN_AS.finditer(self.text):
            noun, name = match.group(1).lower(), match.group(2)
            key = keys(name)
            if not key or key in self.forms or len(key) > MAX_FORM:
                continue
            actor = self._new_actor(name, "armed_group" if noun in FIGHTER_NOUNS else "other")
            self._add_form(key, actor)
            if (noun,) not in self.forms:
                self.forms[(noun,)] = Form(actor, "collective", False, False)
                self._after_the.add((noun,))

    def _introduce_other_names(self) -> None:
        """"Robert Kyagulanyi, known as Bobi Wine": the name a named actor goes by is one more
        form of it, not a second actor."""
        for match in NAME_KNOWN_AS.finditer(self.text):
            first, other = keys(match.group(1)), keys(match.group(2))
            named = next((self.forms[first[k:]] for k in range(len(first)) if first[k:] in self.forms), None)
            # (the name's end: "Ugandan opposition politician Robert Kyagulanyi")
            if named is not None and other and len(other) <= MAX_FORM:
                self._add_form(other, named.actor, named.via, replace=True)

    def _introduce_named_fighters(self) -> None:
        """Groups the actor data does not know, named the way news names them without an
        introduction: an acronym or a coded name before a noun for fighters ("the M23 rebels",
        "ISWAP militants": an armed group), or an acronym after "the" that is a sentence's
        subject or object ("Ethiopia accused the TPLF of ...": a group, kind unknown)."""
        media = _press()
        for i, token in enumerate(self.tokens):
            letters = sum(c.isalpha() for c in token.key)
            coded = letters >= 2 or letters == 1 and any(c.isdigit() for c in token.key)  # "M23"
            if not token.upper or not coded or len(token.key) > 8 or token.key in NOT_ACTOR_ACRONYMS | self._documents:
                continue
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            known = self.forms.get((token.key,))
            if known is not None and after is not None and after.key in FIGHTER_NOUNS and not self._is_state_word(token.key):
                self._add_form((token.key, after.key), known.actor)  # "ADF rebels" are the ADF
                continue
            if known is not None or self._is_state_word(token.key) or match_phrase(self.tokens, i, media):
                continue
            before = self.tokens[i - 1] if i > 0 else None
            if after is not None and after.key in FIGHTER_NOUNS and not self._gap(i, i + 1).strip() and not after.upper:
                # (not "RAID ON REBEL CAMP": a headline's capitals, no acronym)
                first = self._hyphen_run_start(i)  # "ZANU-PF militias": acronyms joined by a hyphen are one name
                actor = self._new_actor(self.text[self.tokens[first].start:token.end], "armed_group")
                self._add_form(tuple(t.key for t in self.tokens[first:i + 1]) + (after.key,), actor)
                if first < i:
                    self._add_form(tuple(t.key for t in self.tokens[first:i + 1]), actor)
                    continue
            elif before is not None and before.key == "the" and token.i >= 0 and \
                    self.doc[token.i].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
                actor = self._new_actor(self.text[token.start:token.end], "other")
            else:
                first = self._hyphen_run_start(i)  # "the CNDD-FDD": the whole run after "the"
                joined = first < i and first > 0 and self.tokens[first - 1].key == "the" and token.i >= 0 \
                    and self.doc[token.i].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                    and (after is None or self._gap(i, i + 1) != "-")
                key = tuple(t.key for t in self.tokens[first:i + 1])
                if not joined or key in self.forms:
                    continue
                self._add_form(key, self._new_actor(self.text[self.tokens[first].start:token.end], "other"))
                continue
            self._add_form((token.key,), actor)

    def _introduce_named_by_their_noun(self) -> None:
        """A name set beside the noun for what it is, that no form names yet: "trade unions Unite
        and ASLEF", "the union Unite", "the opposition party Morena", "the rights group Memorial".
        The small parser tags such one-word names as nothing at all."""
        people = self._person_words
        for token in self.doc:
            noun = token
            while noun.dep_ == "conj" and noun.head.pos_ == "PROPN":  # "Unite and ASLEF": ASLEF too
                noun = noun.head
            # or the noun set after the name: "the Frente Guasú, the left-wing coalition" (right after its
            # comma: not "the Admiral, the military and opposition groups", a list)
            described = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.tag_ == "NN"
                         and c.left_edge.i == token.i + 2 and token.nbor().text == ","
                         and any(d.lower_ in ("the", "a", "an") for d in c.children)]
            noun = noun.head if noun.dep_ == "appos" else described[0] if described else None
            if noun is None and token.i and token.doc[token.i - 1].dep_ == "compound" \
                    and token.doc[token.i - 1].head == token and token.doc[token.i - 1].is_lower:
                noun = token.doc[token.i - 1]  # "environmental group Milieudefensie", "the state utility Eskom":
                # the noun for what it is read as the name's compound
            if noun is None or token.pos_ != "PROPN" or not token.text[:1].isupper() or noun.i > token.i and not described \
                    or not noun.is_lower or token.ent_type_ in ("GPE", "NORP", "DATE") \
                    or token.ent_type_ == "PERSON" and not self._one_word_entity(token):
                continue  # (a one-word "person" the noun says is a party is one: "the party, Chadema,")
            kind = NAMED_KINDS.get(noun.lemma_.lower())
            if kind is None and noun.lemma_.lower() == "partner" and any(c.lower_ == "coalition" for c in noun.children):
                kind = "political_group"  # "its coalition partner Komeito"
            if kind is None:
                continue
            if kind == "other" and any(c.lower_ in GROUP_KINDS_WORDS for c in noun.children):
                kind = "armed_group"  # "the rebel group Seleka"
            first = token
            while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head == token \
                    and first.doc[first.i - 1].pos_ == "PROPN" and not first.doc[first.i - 1].is_lower \
                    or first.i > 1 and first.doc[first.i - 1].text == "-" and not first.doc[first.i - 2].whitespace_ \
                    and not first.doc[first.i - 1].whitespace_ and first.doc[first.i - 2].text[:1].isupper():
                first = first.doc[first.i - (2 if first.doc[first.i - 1].text == "-" else 1)]  # (over the hyphen
                # too: "the human rights organisation Al-Haq")
            longer = self._goes_on_with_for(token.idx, True)  # "Defense for Children International-Palestine"
            end = self.tokens[longer[-1]].end if longer else token.idx + len(token.text)
            key, own = keys(self.text[first.idx:end]), keys(self.text[first.idx:token.idx + len(token.text)])
            others = people if first.ent_type_ != "PERSON" else frozenset()  # (a tagged "person" is one by its own words)
            if not key or key in self.forms or any(self._is_state_word(k) or k in others for k in own):
                continue  # (a state's word after "for" is the cause's: "... for Children International-Palestine")
            self._add_form(key, self._new_actor(self.text[first.idx:end], kind))

    def _hyphen_run_start(self, last: int) -> int:
        """The first token of the acronyms joined by hyphens that end at token `last` ("ZANU-PF")."""
        first = last
        while first and self.tokens[first - 1].upper and self._gap(first - 1, first) == "-":
            first -= 1
        return first

    def _introduce_accused_names(self) -> None:
        """A proper name nobody introduced, as the one an accusing verb is aimed at ("India
        blamed the Pakistan-based Lashkar-e-Taiba", "Mexico accused Los Zetas"): the verb says
        it is a side, whatever the small parser's entity label guessed."""
        accusing = set(lexicon()["predicates"]["accuse"]) | {"blame", "attribute", "sanction"}
        suing = accusing | {"sue", "fine", "indict", "prosecute", "charge"}  # "sued Google for ..."
        for word in self.doc:
            if _the_press_accused(word, accusing | {"attack", "slam"}) and (word.lower_,) not in self.forms:
                outlet = self._new_actor(f"the {word.lower_}", "other")  # "accused the media of lying": a side,
                self.forms[(word.lower_,)] = Form(outlet, "collective", False, False)  # written small, though
                self.outlets.add(outlet)  # it still only reports
                continue
            accuser = word.dep_ == "nsubj" and word.head.pos_ == "VERB" and (
                word.head.lemma_.lower() in accusing | {"sue"} or _brings_a_case(word.head)) and (
                self._names_alone(word) or self._definite_name(word))
            company = word.dep_ == "appos" and word.head.dep_ == "dobj" and word.head.lemma_.lower() in COMPANY_WORDS \
                and word.head.head.lemma_.lower() in suing  # "blamed the US oil company ExxonMobil for ..."
            named_person = word.ent_type_ == "PERSON" and not self._platform(word) and not (
                (accuser or _sued(word, suing)) and self._one_word_entity(word) and not self._titled_word(word)
                and not any(len(ent) > 1 and word.text in (t.text for t in ent)  # ("Park" of "Park Geun-hye",
                            for ent in self.doc.ents))  # "Clarín" of "Grupo Clarín": a name given before)
            # ("In a statement, Rappler accused ...", "a lawsuit against McKesson", "sued Purdue Pharma": tagged a PERSON)
            acronym = word.is_upper and word.is_alpha and len(word) >= 2  # ("ZANU-PF": the tagger's noun "PF")
            if word.pos_ != "PROPN" and not acronym or named_person or not (
                    _sued(word, suing) or self._labelled(word) or accuser or _charged_by_relative(word, accusing)
                    or _aimed_at(word)
                    or company or _members_of(word) or self._reported_doer(word) or _filed_by(word)):
                continue  # people are introduced by `_introduce_people`, titles apart ("Twitter" is no one)
            parts = [word]
            while parts[0].i > 0:
                prev = parts[0].nbor(-1)
                joined = not prev.whitespace_ and prev.text not in (",", "(", ")", "'s")  # "Lashkar-e-Taiba"
                if self._name_of_a_people(prev):
                    parts[:0] = [prev.nbor(-1), prev]  # "the Workers' Party", "the People's Party"
                    continue
                if not (joined or prev.pos_ == "PROPN" and prev.dep_ in ("compound", "flat")):
                    break
                if not joined and (prev.lower_,) in _roles()["titles"] and len(parts) > 1:
                    parts.insert(0, prev)  # "Lagos State Governor Babajide Sanwo-Olu": the person after the
                    break  # title, the office before it read with its place (`_introduce_speaking_places`)
                parts.insert(0, prev)
            while parts and parts[0].pos_ == "PUNCT":
                parts = parts[1:]
            titled = len(parts) > 1 and (parts[0].lower_.rstrip(".") in HONORIFICS
                                         or (parts[0].lower_,) in _roles()["titles"])
            parts = parts[1:] if titled else parts  # "accuse Mr Kenyatta of ...": a person, Kenyatta
            if parts and parts[-1].lower_ in DOCUMENTS:
                continue  # "said the Northern Ireland Protocol had betrayed unionists": a document, no side
            if len(parts) == 1 and central_government(word):
                continue  # "accused the Centre of ...": the central government (`syntax.Resolver`)
            if len(parts) == 1 and (word.lower_ in DESCRIBED_STATES or (word.lower_,) in _roles()["titles"]):
                continue  # "The Kingdom condemned ...", "accused the President of ...": official copy's
                # capital, a state or its office described (`syntax.Resolver`)
            if len(parts) == 1 and self._surname_of_someone(word):
                continue  # "accused Kurti" after "Prime Minister Albin Kurti": the person, read later
            if self._starts_a_known_name(word):
                continue  # "The Organization of American States condemned ...": a longer name's first word
            tail = [p.lower_ for p in parts]
            if any(e.label_ == "PERSON" and len(e) > len(parts) and [t.lower_ for t in e[-len(parts):]] == tail
                   for e in self.doc.ents):
                continue  # "accused López Obrador" after "Andrés Manuel López Obrador": likewise
            if all(p.lower_ in body_words() for p in parts):
                continue  # "accused the Israeli Navy", "the Israeli Air Force": a state's body, read as the state
            named = self._named_before_in_full(word) if len(parts) == 1 else None
            if named is not None:  # "the Muslim Brotherhood ... accused the Brotherhood of ...": the one named so
                self._add_form((word.lower_,), named)
                continue
            words = self._tokens_over(parts[0].i, word.i)
            # "Twitter accused ...", "accused Facebook of ...": an outlet or platform as a side
            if words and match_phrase(words, 0, _outlets()) == len(words):
                self._add_outlet(tuple(t.key for t in words), self.text[words[0].start:words[-1].end], not accuser)
                continue
            self._add_named(words, "person" if titled else "other",
                            initial=(accuser or word.dep_ == "nsubjpass" or _charged_by_relative(word, accusing))
                            and self._proper_only(word))  # ("Huawei, which X accuses of ...": a name)

    def _name_of_a_people(self, mark) -> bool:  # type: ignore[no-untyped-def]
        """Is `mark` the possessive ending of a plural or collective word that starts a name
        ("the Workers' Party", "the People's Party"), not of an actor or person owning what
        follows ("Russia's", "Putin's United Russia")?"""
        if mark.dep_ != "case" or mark.text not in ("'", "’", "'s", "’s") or mark.i < 1:
            return False
        owner = mark.nbor(-1)
        return owner.dep_ == "poss" and (owner.tag_ == "NNPS" or owner.lower_ == "people") \
            and owner.ent_type_ not in ("PERSON", "GPE", "NORP") and (owner.lower_,) not in self.forms

    @staticmethod
    def _titled_word(word) -> bool:  # type: ignore[no-untyped-def]
        """Is the one word written after a title ("President Bush", "Mr Ravalomanana"): a person's surname?"""
        before = word.nbor(-1).lower_.rstrip(".") if word.i > 0 else ""
        return before in HONORIFICS or (before,) in _roles()["titles"]

    @staticmethod
    def _reported_doer(word) -> bool:  # type: ignore[no-untyped-def]
        """"Greenpeace argued that Shell Oil had failed to cut its emissions": the one a reported
        wrong is done by is a side, named once or not; a name of two words or more (or acronyms
        joined, "ZANU-PF"), not one capitalised word ("Terror and rockets kill ...", "the
        Brotherhood" of a name given before)."""
        acronyms = word.i >= 2 and word.is_upper and word.nbor(-1).text == "-" and word.nbor(-2).is_upper \
            and word.nbor(-2).is_alpha and not word.nbor(-2).whitespace_  # "ZANU-PF", however tagged
        return word.dep_ == "nsubj" and reports_a_wrong(word.head) \
            and not any(c.dep_ == "neg" for c in word.head.children) \
            and (acronyms or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children))

    @staticmethod
    def _labelled(word) -> bool:  # type: ignore[no-untyped-def]
        """"Tehran insists Tondar is a terrorist organisation": a name a copula brands, or a verb
        of labelling ("declared Meduza an 'undesirable organisation'")."""
        if word.dep_ == "dobj" and word.head.pos_ == "VERB" \
                and word.head.lemma_.lower() in LABELLING and any(c.dep_ == "oprd" for c in word.head.children):
            return True
        if word.dep_ == "nsubj" and word.head.dep_ == "dobj" and word.head.head.lemma_.lower() in LABELLING:
            return True  # "declared Meduza an undesirable organisation", read as a small clause
        if word.dep_ == "dobj" and word.head.lemma_.lower() in LABELLING and any(
                p.dep_ == "prep" and p.lower_ == "as" and any(t.lemma_.lower() in BRANDS for t in p.subtree)
                for p in word.head.children):
            return True  # "designated Los Choneros as a terrorist organisation"
        if word.dep_ != "nsubj" or word.head.lemma_.lower() != "be":
            return False
        return any(t.lemma_.lower() in BRANDS for a in word.head.children if a.dep_ == "attr" for t in a.subtree)

    def _written_before(self, offset: int) -> str:
        """The article's words before character `offset` as keys, space-separated with a space at
        each end, so that `f" {' '.join(key)} " in ...` asks whether a name was written there."""
        return f" {' '.join(t.key for t in self.tokens if t.end <= offset)} "

    def _named_before_in_full(self, word) -> str | None:  # type: ignore[no-untyped-def]
        """The group or body whose longer name, named before in the article, ends in the single
        capitalised `word` ("the Muslim Brotherhood" before "the Brotherhood")."""
        last = keys(word.text)
        if last[-1:] and last[-1] not in NAME_HEADS or last in self.forms or last in known_actors().forms:
            return None  # a name of its own: "Congress" after "the Loktantrik Congress"
        before = self._written_before(word.idx)
        return next((form.actor for key, form in self.forms.items() if len(key) >= 2 and key[-1:] == last
                     and form.via == "name" and form.actor in self.actors
                     and self.actors[form.actor].kind not in ("state", "person")
                     and f" {' '.join(key)} " in before), None)

    def _surname_of_someone(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the single word the last word of a person's full name the article gives (the
        tagger's, or one people.toml knows: "President Amadou Toumani Toure ... Toure")?"""
        if any((ent.label_ == "PERSON" or _person_by_context(ent)) and len(ent) >= 2 and ent.start != word.i
               and word.text in (ent[-1].text, ent[-2].text) for ent in self.doc.ents):
            return True
        before = self._written_before(word.idx)
        return any(f" {' '.join(name)} " in before for name in _known_names_by_surname().get(word.lower_, ()))

    def _introduce_mixed_case_acronyms(self) -> None:
        """An acronym written with a small letter inside ("the AfD", "PiS"), which the small
        tagger reads as a plural noun, is a name when it acts or is acted on (not "a PhD student")."""
        for word in self.doc:
            if MIXED_ACRONYM.fullmatch(word.text) and word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") \
                    and (word.lower_,) not in self.forms and not match_phrase(tokenize(word.text), 0, _press()):
                self._add_form((word.lower_,), self._new_actor(word.text, "other"))

    def _introduce_bracketed_parties(self) -> None:
        """"Jacob Zuma's uMkhonto weSizwe (MK) party": a name and its acronym before "party" or
        "movement" name a party, whatever case its words are written in (the acronym pattern
        asks for capitals, and the acronym need not spell the name)."""
        for match in BRACKETED_PARTY.finditer(self.text):
            words = tokenize(match.group(1))
            if not words or not all(any(c.isupper() for c in self.text[match.start(1) + t.start:match.start(1) + t.end])
                                    or t.key in CONNECTORS | PARTICLES for t in words) or words[0].key in CONNECTORS:
                continue
            key, acronym = tuple(t.key for t in words), keys(match.group(2))
            bare = self.forms.get(acronym)  # an actor read before from the acronym alone ("the IYS party")
            if bare is not None and self.actors[bare.actor].name == match.group(2):
                self.actors[bare.actor] = replace(self.actors[bare.actor], name=match.group(1), kind="political_group")
                self._add_form(key, bare.actor)
                continue
            if key in self.forms or acronym in self.forms or any(self._is_state_word(k) for k in key):
                continue
            actor = self._new_actor(match.group(1), "political_group")
            self._add_form(key, actor)
            self._add_form(acronym, actor)

    def _introduce_short_party_names(self) -> None:
        """"the Liberty and Refoundation party (Libre)": a capitalised name before "party" and a
        short name in brackets after it (no acronym of it) name one party."""
        for match in SHORT_PARTY_NAME.finditer(self.text):
            long_key, short = keys(match.group(1)), keys(match.group(2))
            if any(self._is_state_word(k) for k in long_key) or match_phrase(tokenize(match.group(2)), 0, _press()):
                continue
            known = self.forms.get(long_key)
            actor = known.actor if known is not None else self._new_actor(match.group(1), "political_group")
            self._add_form(long_key, actor)
            self._add_form(short, actor, replace=True)

    def _introduce_first_parties(self) -> None:
        """"New Zealand First", "Fiji First", "Britain First": a state's name and a capitalised
        "First" make a party's name (not "Scotland's First Minister", a title)."""
        for at, word in enumerate(self.tokens):
            if word.key != "first" or not word.capital or not at or at + 1 < len(self.tokens) \
                    and self.tokens[at + 1].capital and self.tokens[at + 1].key in TITLE_WORDS | {"lady", "deputy"}:
                continue
            state = next((self.tokens[k:at] for k in range(max(0, at - 3), at)
                          if (form := self.forms.get(tuple(t.key for t in self.tokens[k:at]))) is not None
                          and self.actors[form.actor].kind == "state" and not self.tokens[at - 1].possessive), None)
            if state is not None:
                key = tuple(t.key for t in (*state, word))
                if key not in self.forms:
                    self._add_form(key, self._new_actor(self.text[state[0].start:word.end], "political_group"))

    def _introduce_parties_by_ideology(self) -> None:
        """A capitalised name right after "the" and a word for a politics ("the far-right
        Alternative for Germany", "the nationalist Brothers of Italy", "the centre-left Social
        Democrats") is a party's, its "for" or "of" and a state's name in it included; the
        tagger often leaves such names untagged or cuts them at the state."""
        for match in IDEOLOGY_BEFORE.finditer(self.text):
            at = bisect.bisect_left(self.tokens, match.end(), key=lambda t: t.start)
            if at >= len(self.tokens) or self.tokens[at].start != match.end() or not self.tokens[at].capital:
                continue
            end = at + 1
            while end < len(self.tokens) and end - at < 5 and self._gap(end - 1, end).strip() in POSSESSIVE | {""} and (
                    self.tokens[end].capital or self.tokens[end].key in ("of", "for") and end + 1 < len(self.tokens)
                    and self.tokens[end + 1].capital):
                end += 1  # ("the conservative People's Party": the name goes on after its possessive)
            words = self.tokens[at:end]
            key = tuple(t.key for t in words)
            if key in self.forms or not any(t.capital and not self._is_state_word(t.key) for t in words) \
                    or all(t.i >= 0 and self.doc[t.i].ent_type_ in ("PERSON", "NORP") for t in words):
                continue  # (known already; "the nationalist Serbs"; "the populist Viktor Orbán")
            self._add_form(key, self._new_actor(self.text[words[0].start:words[-1].end], "political_group"))

    def _introduce_named_runs(self) -> None:
        """A capitalised name the actor data lacks, right before a noun for a group, a party or
        fighters ("the Gran Grif gang", "the Fidesz party", "Jaish al-Adl militants"), or set
        beside one as its name ("a local Islamist group, National Thowheed Jamath,")."""
        nouns = GROUP_NOUNS | FIGHTER_NOUNS
        for i, token in enumerate(self.tokens):  # ("the ruling Fidesz party": a name the parser does not tag)
            if token.capital or token.key not in nouns and token.key != "party" or i == 0:
                continue
            if i > 1 and self.tokens[i - 1].key in GROUP_KINDS_WORDS and not self.tokens[i - 1].capital:
                i -= 1  # "the Bakassi Boys vigilante group": a word for what kind of group between
            start = i
            while start > 0 and i - start < 5 and not self._gap(start - 1, start).strip(" -") and (
                    self.tokens[start - 1].capital or self.tokens[start - 1].key in PARTICLES
                    or self.tokens[start - 1].key.split("-")[0] in PARTICLES
                    or self.tokens[start - 1].key == "of" and start > 1 and self.tokens[start - 2].capital
                    and self.tokens[start].capital  # "the Hawks of Justice militia", "the Army of Islam group"
                    or self._and_in_name(start - 1)):  # "the Liberty and Refoundation party"
                start -= 1
            while start < i and self.tokens[start].key in ("former", "ex", "then", "late"):
                start += 1  # "Former Chongqing party chief X", the sentence's first word capitalised
            if token.key == "party" and self._branch_of_a_party(start, i):
                continue
            self._add_named(self.tokens[start:i], "armed_group" if token.key in FIGHTER_NOUNS
                            else "political_group" if token.key == "party" else "other")
        for word in self.doc:
            civil = word.lemma_.lower() in CIVIL_DESCRIBERS and (word.lemma_.lower() in ("charity", "watchdog", "ngo")
                                                                 or any(t.lower_ in CIVIL_CAUSES for t in word.lefts))
            company = word.lemma_.lower() in COMPANY_WORDS and word.dep_ in ("nsubj", "nsubjpass", "dobj")
            # "code hosting website GitHub blocked ...", not "according to the website TamilNet": a source
            if word.lemma_.lower() == "party":  # "The Economic Freedom Fighters, the second-largest opposition
                name = _described_name(word)  # party, ...": the name a party's noun describes
                if name is not None and name[-1].lower_ not in PARTY_NOUNS \
                        and not any(t.ent_type_ == "PERSON" for t in name) and not _family_name_of_person(name):
                    # (not "the X Party, the party of Y", nor "Khama is the patron of the BPF, a new party",
                    # nor "Yasser Hamza, a member of ..., the political party of ...": the parser's apposition)
                    self._add_named(self._tokens_over(name.start, name.end - 1), "political_group", initial=True)
                continue
            if word.lemma_.lower() not in nouns and not civil and not company:
                continue  # (a civil body's noun only with its cause: not "the detention centre Okrestina")
            after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
            if civil and word.tag_ == "NN" and after is not None and after.tag_ == "NNP" \
                    and after.ent_type_ not in ("PERSON", "GPE"):
                run = list(takewhile(lambda t: t.tag_ == "NNP" or t.text == "-" and not t.whitespace_
                                     and not t.nbor(-1).whitespace_, word.doc[word.i + 1:word.i + 5]))
                while run[-1].text == "-":  # ("Al-Haq": the hyphen inside the name)
                    run.pop()
                # "the human rights centre Viasna said": the name right after what it is
                self._add_named(self._tokens_over(run[0].i, run[-1].i), "other")
            for name in (*(c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"), *_known_as(word)):
                parts = sorted([name, *(c for c in name.children if c.dep_ in ("compound", "flat"))], key=lambda t: t.i)
                if parts[-1].i - parts[0].i + 1 != len(parts):
                    continue
                self._add_named(self._tokens_over(parts[0].i, parts[-1].i),
                                "armed_group" if word.lemma_.lower() in FIGHTER_NOUNS else "other")
            name = _named_right_after(word)  # "the grassroots movement Rebel", "the hacker group LulzSec"
            if name is not None and not civil:
                self._add_named(self._tokens_over(word.i + 1, name.i),
                                "armed_group" if word.lemma_.lower() in FIGHTER_NOUNS else "other")
            name = _described_name(word)  # "Sawt al-Haq, an armed group active in the south, said ..."
            if name is not None:
                self._add_named(self._tokens_over(name.start, name.end - 1), _described_kind(word), initial=True)

    def _branch_of_a_party(self, start: int, end: int) -> bool:
        """"Chongqing party chief X", "the Xinjiang party secretary": a place's branch of a ruling
        party, named by the place and an office after "party", is no party called by the place."""
        span = self.doc.char_span(self.tokens[start].start, self.tokens[end - 1].end, alignment_mode="expand") \
            if start < end else None
        office = self.tokens[end + 1].key if end + 1 < len(self.tokens) else ""
        return span is not None and all(t.ent_type_ in ("GPE", "LOC") for t in span) \
            and office in GROUP_OFFICES | {"secretary", "boss", "committee"}

    def _introduce_listed_parties(self) -> None:
        """A name the small parser tags as a building or a product, listed with parties ("the
        government of the Shiv Sena, the NCP and the Congress"): a party too, as what is listed
        with parties is of their kind."""
        entity_at = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
        for entity in self.doc.ents:
            if entity.label_ not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
                continue
            words = _entity_words(entity)
            key = tuple(t.key for t in words)
            if not key or len(key) > MAX_FORM or not all(t.capital for t in words) \
                    or any(key[i:j] in self.forms for i in range(len(key)) for j in range(i + 1, len(key) + 1)):
                continue  # (nor a known name's longer form: "the Pakistan Muslim League-Nawaz")
            root = entity.root  # (the parser may read a list's second name as the first's apposition)
            listed = [*root.conjuncts, *(t for c in root.children if c.dep_ == "appos" for t in (c, *c.conjuncts))]
            listed += _next_in_list(entity, entity_at)
            forms = [self.forms.get(tuple(t.key for t in _entity_words(entity_at[w.i]))) for w in listed
                     if w.i in entity_at]
            kinds = {self.actors[f.actor].kind for f in forms if f is not None}
            if kinds == {"political_group"}:
                name = self.text[entity.start_char + words[0].start:entity.start_char + words[-1].end]
                self._add_form(key, self._new_actor(name, "political_group"))

    def _introduce_listed_members(self) -> None:
        """Names listed after a plural kind of group ("designated 22 gangs, among them Los
        Choneros and Los Lobos, as terrorist", "three armed groups, including X"): groups of
        that kind, whatever the tagger made of them."""
        for i, token in enumerate(self.tokens[:-2]):
            kind = MEMBER_KINDS.get(token.key)
            if kind is None and token.key == "groups" and i and self.tokens[i - 1].key in GROUP_KINDS_WORDS:
                kind = "armed_group"  # "armed groups", "jihadist groups" (not "rights groups")
            j = i + 1
            words = [t.key for t in self.tokens[j:j + 2]]
            opening = next((len(w) for w in LIST_OPENINGS if tuple(words[:len(w)]) == w), 0)
            if kind is None or not opening or "," not in self._gap(i, j):
                continue
            j += opening
            while j < len(self.tokens):
                j += self.tokens[j].key == "the"
                n = self._capitalised_run(j, 4)
                if not n:
                    break
                key = tuple(t.key for t in self.tokens[j:j + n])
                if key not in self.forms:
                    name = self.text[self.tokens[j].start:self.tokens[j + n - 1].end]
                    self._add_form(key, self._new_actor(name, kind))
                j += n
                if j >= len(self.tokens) or self.tokens[j].key != "and" and "," not in self._gap(j - 1, j):
                    break
                j += self.tokens[j].key == "and"  # "X, Y and Z"

    def _introduce_linked_names(self) -> None:
        """A hyphen-linked name ("Hezb-e-Islami", "Lashkar-e-Taiba", "Tehrik-i-Taliban"; one
        token, pipeline.LINKED_NAME) as a group, unless it is a place ("in Mazar-i-Sharif").
        Where a longer name starts with it ("the Hezb-e-Islami Gulbuddin militia"), it is that
        group's short form."""
        for token in self.tokens:
            if token.i < 0 or "-" not in token.key or not LINKED_NAME.fullmatch(self.doc[token.i].text):
                continue
            word = self.doc[token.i]
            if word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPOSITIONS or word.ent_type_ in ("GPE", "LOC"):
                continue
            last = word
            while last.i + 1 < len(self.doc) and last.head.i == last.i + 1 and last.head.pos_ == "PROPN":
                last = last.head  # "the Tehreek-e-Taliban Pakistan": the name goes on to the word it qualifies
            key = tuple(t.key for t in self._tokens_over(word.i, last.i))
            longer = next((form.actor for k, form in self.forms.items() if len(k) > len(key) and k[0] == token.key), None)
            if longer is not None:
                self._add_form(key, longer)
            elif key not in self.forms:  # a name even where it starts the sentence
                self._add_form(key, self._new_actor(self.text[word.idx:last.idx + len(last)], "other"))
        for key, form in list(self.forms.items()):  # "the Jamaat-e-Islami party ... blamed the BNP and Jamaat":
            first = key[0].split("-")[0] if len(key) == 1 and LINKED_NAME.fullmatch(  # its first word alone
                self.actors[form.actor].name if form.actor in self.actors else "") else ""
            if first and (first,) not in self.forms and re.search(rf"\b{re.escape(first.capitalize())}\b(?!-)", self.text):
                self._add_form((first,), form.actor)

    def _named_for_state(self, words: Sequence[Token]) -> bool:
        """"the Libya Dawn militia", "Fajr Libya": a group whose name holds a state's name (a
        noun, not its demonym: "Malian Tuareg rebels" are described) beside a word of its own."""
        states = [t for t in words if self._is_state_word(t.key)]
        own = [t for t in words if not self._is_state_word(t.key) and t.capital and (t.key,) not in self.forms]
        names = all(t.key in keys(self.actors[self.forms[(t.key,)].actor].name) for t in states if (t.key,) in self.forms)
        body = all(t.key in body_words() or t.key in ARMED_BODY_HEADS for t in own)  # "the Nepal Army", "China
        return bool(states and own) and names and not body and len(states) + len(own) == len(words)  # Coast Guard"

    def _starts_a_known_name(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the parse's `word` the first word of a name of several words a form knows
        ("Organization" of "Organization of American States")? The parser heads the name there."""
        return self._form_at(bisect.bisect_left(self._token_at, word.i), 2)

    def _form_at(self, at: int, least: int) -> bool:
        """Does a form of `least` words or more start at this inventory's token `at`?"""
        return any(tuple(t.key for t in self.tokens[at:at + n]) in self.forms
                   for n in range(least, min(MAX_FORM, len(self.tokens) - at) + 1))

    def _tokens_over(self, first: int, last: int) -> list[Token]:
        """This inventory's tokens from the parse's token `first` to `last`, both included."""
        return self.tokens[bisect.bisect_left(self._token_at, first):bisect.bisect_left(self._token_at, last) + 1]

    def _names_alone(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the subject's name one word, no title ("Secretary-General") and no short form of a longer
        name the article writes elsewhere ("Hotak" after "Sharif Hotak")? Only then does
        accusing make it a side of its own ("Facebook accused ...", "Unite accused ...")."""
        alone = self._tokens_over(word.i, word.i)
        before = word.nbor(-1) if word.i else None  # "Anwar Ibrahim", whatever the tag of "Anwar"
        if before is not None and (before.pos_ == "PROPN" or before.is_title and before.whitespace_ and before.dep_ in (
                "compound", "flat", "amod")) or word.lower_ in body_words() \
                or match_phrase(alone, 0, _role_words()) or match_phrase(alone, 0, _roles()["legislatures"]):
            return False  # (nor "the Senate accused ...": a chamber, read as one by `_introduce_domestic`)
        return not any(t.text == word.text and t.i > 0 and t.nbor(-1).pos_ == "PROPN"
                       and t.nbor(-1).dep_ in ("compound", "flat") for t in self.doc)

    def _definite_name(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the word the end of a capitalised name of several words after "the", which the
        parser tagged no entity ("The Economic Freedom Fighters accused ...")? The article
        names no person so; a title or a state's body is no such name ("the Foreign Ministry")."""
        words = [c for c in word.children if c.dep_ == "compound" and c.i < word.i]
        if not words or not any(c.lower_ == "the" for c in word.children if c.dep_ == "det") \
                or not all(t.pos_ == "PROPN" and t.is_title for t in (*words, word)) or word.ent_type_:
            return False
        alone = self._tokens_over(words[0].i, word.i)
        return not any(match_phrase(alone, i, _role_words()) for i in range(len(alone)))

    @staticmethod
    def _one_word_entity(word) -> bool:  # type: ignore[no-untyped-def]
        """Is the word an entity of one word, with no given name ("Rappler", not "Maria Ressa")?"""
        return word.ent_iob_ == "B" and (word.i + 1 >= len(word.doc) or word.doc[word.i + 1].ent_iob_ != "I")

    def _platform(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the one word a news outlet's or platform's name ("Twitter", which the parser may tag a PERSON)?"""
        return match_phrase(self._tokens_over(word.i, word.i), 0, _outlets()) == 1

    def _proper_only(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the word a name wherever the article writes it: tagged a proper noun and never
        written in lower case ("Facebook accused ...", first in its sentence, is a name; "Rebels
        accused ..." is not when the article also writes "the rebels")?"""
        return word.tag_ == "NNP" and word.text[:1].isupper() and not word.is_upper \
            and word.lower_ not in self._lower_words  # (a capitalised name in mixed case too: "NetChoice sued ...")

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case."""
        return frozenset(t.text for t in self.doc if t.is_lower)

    def _states_own_voice(self, words: list[Token]) -> bool:
        """"The official KCNA news agency accused ...": an outlet named by a state's own voice (a form
        of the state, `actors.toml`) and lower-case words of the press is that voice, no outlet of its own
        (not "Russia Today", whose other word is a name)."""
        spans = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                 if (form := self.forms.get(tuple(t.key for t in words[i:j]))) is not None
                 and self.actors[form.actor].kind == "state"]
        return any(not any(t.capital for t in words[:i] + words[j:]) for i, j in spans)

    def _add_outlet(self, key: tuple[str, ...], name: str, accused: bool) -> None:
        """A news outlet or platform that accuses or is accused: a side here, though its own
        reports make it none; one that is only accused still only reports (`outlets`)."""
        if key in self.forms:
            return
        outlet = self._new_actor(re.sub(r"['’]s?$", "", name), "other")  # "criticised Al Jazeera's coverage"
        self._add_form(key, outlet, press=True)
        if accused:
            self.outlets.add(outlet)

    def _press_names_at(self) -> dict[int, list[tuple[str, ...]]]:
        """Names the article itself calls the press, whatever the parser tags them: "the Turkish
        newspaper Hürriyet" (then "Hürriyet reported ..." is no place speaking), "U.S. television
        network NBC says ...", "Hürriyet, a Turkish daily,", "al-Arabia TV", "Radio Shabelle". They
        report; an outlet becomes a side only when it accuses or is accused (`_add_outlet`). By the
        token each use of one starts at, the longest first."""
        described = _press_descriptions()
        single = {phrase[0] for phrase in described if len(phrase) == 1}
        ends = {phrase[-1] for phrase in described}
        broadcast = word_set("broadcast_words")
        found: set[tuple[str, ...]] = set()
        for entity in self.doc.ents:
            inside = [k for k, t in enumerate(entity) if t.is_lower and t.lower_ in ends]
            name = entity[inside[-1] + 1:] if inside else entity  # "Turkish newspaper Hürriyet", one entity
            if entity.end < len(entity.doc) and entity.doc[entity.end].lower_ in broadcast \
                    and entity.doc[entity.end].text[:1].isupper():
                name = entity.doc[name.start:entity.end + 1]  # "Doha TV", the tagger's place "Doha" and its "TV"
            words = [t for t in name if t.lower_ != "the"]
            if not any(t.text[:1].isupper() for t in words):
                continue
            lead = entity.doc[max(0, entity.start - 3):name.start]
            before = [t.lower_ for t in takewhile(lambda t: t.is_lower, reversed(lead))][::-1]
            told = any(tuple(before[k:]) in described for k in range(len(before))) \
                or any(c.dep_ == "appos" and c.lemma_.lower() in single for c in entity.root.children) \
                or entity.root.dep_ == "appos" and entity.root.head.lemma_.lower() in single
            listed = len(words) > 1 and words[0].lower_ in _outlets().by_first \
                and match_phrase(tokenize(name.text), 0, _outlets()) == len(tokenize(name.text))
            # ("Voice of America": the one-word outlets the data lists are kept out elsewhere)
            if told or listed or words[-1].lower_ in broadcast or words[0].lower_ == "radio" and len(words) > 1:
                found.add(keys(entity.doc[words[0].i:words[-1].i + 1].text))
        found |= self._papers_named()
        at: dict[int, list[tuple[str, ...]]] = {}
        for key in sorted(found, key=len, reverse=True):
            starts = list(self._phrase_starts(key))
            if all(self._reports_here(k, len(key)) for k in starts):
                for k in starts:
                    at.setdefault(k, []).append(key)
        return at

    def _papers_named(self) -> set[tuple[str, ...]]:
        """Outlets named by the words papers and channels are named with, whatever the tagger saw:
        "France 24", "the Kyiv Independent", "The Moscow Times" (a place's name inside is no
        mention of its state)."""
        found = set()
        outlets, heads = _outlets(), PAPER_HEADS | word_set("broadcast_words")
        for i, token in enumerate(self.tokens):
            if not token.capital:
                continue
            n = match_phrase(self.tokens, i, outlets) if token.key in outlets.by_first else 0
            if n >= 2:
                found.add(tuple(t.key for t in self.tokens[i:i + n]))
            elif i and token.capital and token.key in heads and self.tokens[i - 1].capital \
                    and not self._gap(i - 1, i).strip() and not (i + 1 < len(self.tokens) and self.tokens[i + 1].capital
                                                               and not self._gap(i, i + 1).strip()):
                start = i - 1
                while start > 0 and i - start < 3 and self.tokens[start - 1].capital \
                        and self.tokens[start - 1].key not in FUNCTION_WORDS and not self._gap(start - 1, start).strip():
                    start -= 1
                found.add(tuple(t.key for t in self.tokens[start:i + 1]))
        return found

    def _reports_here(self, at: int, n: int) -> bool:
        """Does the name at token `at` (of `n` tokens) only report or carry a report: it says, tells,
        publishes ("NBC says", "reported by Hürriyet", "told VoA", "a cameraman with Doha TV")? Not
        when it accuses, is accused, sues or is shut down: then the outlet is a side (`_add_outlet`)."""
        indexes = [t.i for t in self.tokens[at:at + n] if t.i >= 0]
        if not indexes:
            return True
        inside = set(indexes)
        root = next((self.doc[i] for i in indexes if self.doc[i].head.i not in inside or self.doc[i].head.i == i),
                    self.doc[indexes[-1]])
        head = root.head
        if root.dep_ in ("compound", "poss", "nmod") and head.lemma_.lower() in PRESS_THINGS or root.dep_ == "appos" \
                or root.dep_ == "pobj" and head.lower_ in (
                "to", "with", "in", "on", "from", "for", "at", "according", "by") and head.head.lemma_.lower() not in (
                word_set("predicates", "accuse") | ACTING_VERBS):
            return True  # "Doha TV cameraman", "told VoA", "published in Hürriyet", "according to NBC"
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "conj", "ROOT"):
            verb = head.lemma_.lower()
            return root.dep_ in ("nsubj", "dative") and verb in REPORTING_VERBS or root.dep_ == "dobj" and verb == "tell"
        return True

    def _press_name_at(self, i: int) -> int:
        """The length of the name the article calls the press that starts at token `i`, else 0 (nor
        for one that accuses or is accused: `_add_outlet` made it a side)."""
        return next((len(key) for key in self._press_at.get(i, ()) if key not in self.forms), 0)

    def _surname_of_another(self, key: tuple[str, ...]) -> bool:
        """Is the last word of `key` the surname of a person the article named by another full
        name ("Mahsa Amini" before "Amjad Amini"): a relative, not the same person?"""
        known = self.forms.get(key[-1:])
        return known is not None and self.actors[known.actor].kind == "person" \
            and keys(self.actors[known.actor].name)[-1:] == key[-1:] and keys(self.actors[known.actor].name) != key

    @staticmethod
    def _named_as_kin(entity: "Span") -> bool:
        """Is the name set beside a word of kin ("Her father, Amjad Amini, ...", "his brother X")?"""
        before = entity.doc[max(0, entity.start - 3):entity.start]
        return any(t.lemma_.lower() in KIN for t in before) or entity.root.dep_ == "appos" \
            and entity.root.head.lemma_.lower() in KIN

    def _introduce_purpose_names(self) -> None:
        """A body named for its purpose with "to": "the Commission to Inquire into Child Abuse",
        "the Campaign to Stop Killer Robots". The small parser ends such a name at "to" and may
        take its verb for a place; the capitalised run after "to" is the name's."""
        tokens = self.tokens
        for i in range(1, len(tokens) - 3):
            if not (tokens[i].capital and tokens[i].key in PURPOSE_HEADS and tokens[i + 1].key == "to"
                    and tokens[i + 2].capital):
                continue
            end = i + 2
            while end + 1 < len(tokens) and not self._gap(end, end + 1).strip(" -") and (
                    tokens[end + 1].capital or tokens[end + 1].key in CONNECTORS | {"into", "against"}
                    and end + 2 < len(tokens) and tokens[end + 2].capital):
                end += 1
            start = i
            while start > 0 and tokens[start - 1].capital and tokens[start - 1].key not in FUNCTION_WORDS \
                    and not self._sentence_initial(start - 1):
                start -= 1  # "the International Campaign to Ban Landmines"
            if end > i + 2:  # two capitalised words after "to" at least
                self._add_named(tokens[start:end + 1], "other")

    def _add_named(self, words: Sequence[Token], kind: str, initial: bool = False) -> None:
        """`words` as a new actor, unless they are empty, a known form or a state's word;
        `initial`: a single word that starts its sentence is a name all the same."""
        while words and (words[0].key in FUNCTION_WORDS or not words[0].capital):
            words = words[1:]
        longer = self._goes_on_with_for(words[-1].start, True) if words and not words[-1].upper \
            and tuple(t.key for t in words) not in self.forms else ()
        if longer:  # "Physicians for Human Rights": the parser ends the name before "for"
            words = self.tokens[words[0].index:longer[-1] + 1]
        key = tuple(t.key for t in words)
        whole = next((self.forms[key + (head,)] for head in _group_heads() if key + (head,) in self.forms), None)
        if len(key) >= 2 and whole is not None:  # "the Popular Mobilisation Forces ... Popular Mobilisation fighters"
            self._add_form(key, whole.actor)
            return
        named_for_state = len(key) >= 2 and self._named_for_state(words)
        if not key or len(key) > MAX_FORM or not named_for_state and any(
                key[j:k] in self.forms for j in range(len(key)) for k in range(j + 1, len(key) + 1)):
            return  # "Houthi rebels", "Somali militants", "the Islamic State group": known already
        if not named_for_state and any(self._is_state_word(t.key) for t in words) or match_phrase(words, 0, _press()):
            return
        if len(key) == 1 and not initial and self._sentence_initial(words[0].index):
            return  # "Rebels attacked ...": a capital that only starts the sentence
        if all(w.i >= 0 and (self.doc[w.i].pos_ == "ADJ" or self.doc[w.i].ent_type_ == "NORP") for w in words):
            return  # "Islamist militants", "Kurdish fighters": a description, not a name
        actor = self._new_actor(self.text[words[0].start:words[-1].end], kind)
        self._add_form(key, actor)

    def _introduce_people(self) -> None:
        """People the parser names who speak for no actor the article introduced: a suspect,
        a dissident, a candidate. Their full name and, for a name of two words or more, the
        last word are their forms ("Sviatlana Tsikhanouskaya", later "Tsikhanouskaya"), and so
        are the last words of it the article names them by ("Lopez Obrador")."""
        named = [(k, self.forms[k]) for k in map(keys, self.persons) if k in self.forms]  # full names, in order
        known = [span for m in self._own_people
                 for span in [self.doc.char_span(m.start, m.end, label="PERSON")] if span is not None]
        places = self._names_of_places()
        for entity in [*self.doc.ents, *self._untagged_speakers(), *self._family_names_alone(), *known]:
            if entity.label_ != "PERSON" and not _person_by_context(entity) or _group_by_context(entity):
                continue  # (not "the leaders of Force Ouvrière": a group's name, `_introduce_entities`)
            if entity.text in places and not self._office_before(entity):
                continue  # "the victims from Saraf Jidad" after "the villages of Saraf Jidad, Sirba and Silea"
            if _named_feature(entity):
                continue  # "the Khor Abdullah waterway", tagged a person: a place
            tagged = entity.label_ == "PERSON"
            entity = self._whole_name(entity)
            words = list(from_doc(entity, entity.start_char))
            untitled = len(words)
            while words and (words[0].key in FUNCTION_WORDS | HONORIFICS or match_phrase(words, 0, _roles()["titles"])
                             or len(words) > 2 and words[0].key in OCCUPATIONS  # "Lawyer Michael Avenatti was ..."
                             or len(words) > 2 and (self._is_state_word(words[0].key)
                                                    or words[0].key in DEMONYM_NOUNS)
                             or len(words) > 1 and tuple(t.key for t in words[1:]) in self.forms
                             and self._describes_at_sentence_start(words[0], entity.start_char)):
                words = words[match_phrase(words, 0, _roles()["titles"]) or 1:]  # nor "Liberia" in "President
                # of Liberia Charles Taylor", which the small parser may read as one name
            key = tuple(t.key for t in words)
            given = 1 if tagged and len(key) == 2 and key[:1] in self.forms and key[1:] not in self.forms \
                and self.actors[self.forms[key[:1]].actor].kind == "state" \
                and not match_phrase(words, 1, _roles()["titles"]) else 0  # "Jordan Bardella": a given name
            # (not "Azerbaijani President", a state's word and a title the tagger took for a name)
            family = tagged and len(key) == 2 and key[1:] in self.forms and key[:1] not in self.forms \
                and self.forms[key[1:]].via == "name" and self.actors[self.forms[key[1:]].actor].kind == "state" \
                and entity[0].pos_ == "PROPN"  # (not "Inside Belarus", which the small parser may tag a person)
            # ("Committee chairman Jim Jordan": a family name, not the state)
            # one word is a name after a title ("President Jones", "Senator Warren"), else too often a misread
            titled = len(key) == 1 and key not in self.forms and tagged \
                and (len(words) < untitled or self._titled_word(entity[0])) \
                and not any(e.label_ == "PERSON" and len(e) >= 2 and entity[-1].text in (t.text for t in e)
                            for e in self.doc.ents)  # (not "minister Muhyiddin" of "Muhyiddin Yassin")
            if len(key) < 2 and not titled or any(key[i:j] in self.forms and not (j - i == 1 and self.forms[key[i:j]].via == "person")
                                   and not (i == 0 and j == given) and not (family and i == 1)
                                   and not (j - i == 1 and i > 0 and (key[i - 1] in PARTICLES or tagged and j == len(key) >= 3
                                                                      and key[i - 1:i] not in self.forms))
                                   # "Leila de Lima", "Geddel Vieira Lima": a family name, not the capital
                                   and not (j - i == 1 and j == len(key) and self._surname_of_another(key)
                                            and self._named_as_kin(entity))
                                   for i in range(len(key)) for j in range(i + 1, len(key) + 1)):
                continue  # a single word is too often a misread; a known form is someone's already (not
                # another's surname: "Abu Mahdi al-Muhandis" is not Adel Abdul Mahdi; but "Amjad Amini",
                # the father of Mahsa Amini, is a person of his own)
            if not all(t.capital or k and _hyphen_joined(self.text, entity.start_char, words[k - 1], t)
                       for k, t in enumerate(words) if t.key not in PARTICLES):
                continue
            if key[-1] in PLACE_NOUNS:
                continue  # "Pearl Roundabout", "Freedom Square": the small parser's person is a place
            if entity.root.dep_ == "pobj" and entity.root.head.lower_ in PLACED_IN and not self._office_before(entity) \
                    and entity.root.head.head.lemma_.lower() not in INQUIRIES:
                continue  # "an army base near Kiryat Shmona": a place the small parser tagged a person (not
                # "an investigation into former prime minister Ivo Sanader")
            name = self.text[entity.start_char + words[0].start:entity.start_char + words[-1].end]
            fuller = next((f for k, f in reversed(named) if len(k) > len(key) and k[-len(key):] == key), None)
            if fuller is not None:  # "Lopez Obrador" after "Andres Manuel Lopez Obrador": the one named so before
                self._add_form(key, fuller.actor, fuller.via)
                continue
            owner = self._owner_in_parse(entity) or self._governing(words[-1].key, key) or self._member_of(entity)
            if owner is not None:  # "Italian economic development minister Stefano Patuanelli"
                self.persons[name] = owner
                self._add_form(key, owner, "person")
                if key in self.forms:  # (not a name the article calls the press)
                    named.append((key, self.forms[key]))
                if words[-1].key not in PARTICLES:
                    self._add_form(_family_name(self.text, entity.start_char, words), owner, "person")
                continue
            if name.replace("-", "").replace(" ", "").isupper():  # "ZANU-PF": an acronym names a group
                self._add_form(key, self._new_actor(name, "other"), "name")
                continue
            described = [c.lemma_.lower() for c in entity.root.children if c.dep_ == "appos"]
            if entity.root.dep_ == "compound" and entity.root.head.i >= entity.end:
                described.append(entity.root.head.lemma_.lower())  # "the centrist Yesh Atid party"
            kind = next(("political_group" if noun in PARTY_NOUNS else "other" for noun in described
                         if noun in PARTY_NOUNS | GROUP_NOUNS), "person")  # "Al Wefaq, Bahrain's largest party"
            actor = self._new_actor(name, kind)
            self._add_form(key, actor, "name")
            if key in self.forms:  # (not a name the article calls the press)
                named.append((key, self.forms[key]))
            family = _family_name(self.text, entity.start_char, words)
            if words[-1].key not in PARTICLES and family not in self.forms:
                self._add_form(family, actor, "name")

    def _names_of_places(self) -> set[str]:
        """Names the article uses as places somewhere: where something happens ("In Saraf
        Jidad, 26 civilians were killed") or what "the villages of" lists. The small tagger may
        take such a name for a person's; one use as a place settles it for the article."""
        places: set[str] = set()
        for entity in self.doc.ents:
            root = entity.root
            while root.dep_ == "conj":  # "the villages of Saraf Jidad, Sirba and Silea"
                root = root.head
            preposition = root.head if root.dep_ == "pobj" else None
            if preposition is None:
                continue
            where = preposition.lower_ in ("in", "near", "outside", "inside") and preposition.head.pos_ in ("VERB", "AUX")
            listed = preposition.lower_ == "of" and preposition.head.lemma_.lower() in PLACES_OF
            if where or listed:
                places.add(entity.text)
        return places

    @staticmethod
    def _office_before(entity) -> bool:  # type: ignore[no-untyped-def]
        """Does a title or an office stand right before the name ("former prime minister X")?"""
        before = entity.doc[entity.start - 1] if entity.start else None
        return before is not None and before.is_lower and before.lemma_.lower() in TITLE_WORDS | PERSON_NOUNS

    def _untagged_speakers(self) -> list["Span"]:
        """Two capitalised words the small parser tags as nothing that open a sentence as the
        subject of a verb of saying or accusing ("Alexei Navalny accused ..."): a person's name."""
        from spacy.tokens import Span

        out = []
        for sentence in self.doc.sents:
            first, second = sentence[0], sentence[1] if len(sentence) > 2 else None
            if second is None or first.ent_type_ or second.ent_type_ or first.tag_ != "NNP" or second.tag_ != "NNP" \
                    or not (first.is_title and second.is_title and first.is_alpha and second.is_alpha):
                continue
            if first.dep_ != "compound" or first.head.i != second.i or second.dep_ != "nsubj" \
                    or second.head.lemma_.lower() not in UTTERING:
                continue
            if (first.lower_,) in self.forms or (second.lower_,) in self.forms or second.lower_ in body_words() \
                    or first.lower_ in TITLE_WORDS:
                continue  # (a known actor's word, "Foreign Ministry", "President Putin")
            out.append(Span(self.doc, first.i, second.i + 1, label="PERSON"))
        return out

    def _whole_name(self, entity: "Span") -> "Span":
        """"Marine Le" + "Pen": the small parser's name may stop at a particle that the surname
        follows, joined to it in the parse, or at a middle name ("Amy Berman" + "Jackson")."""
        end = entity.end
        while end < len(self.doc) and self.doc[end - 1].lower_ in PARTICLES and self.doc[end].pos_ == "PROPN" \
                and self.doc[end].text[:1].isupper() and self.doc[end - 1].head.i == end:
            end += 1
        # "Amy Berman" + "Jackson": two names in a row, the first hung on the second, are one
        while end < len(self.doc) and self.doc[end].ent_iob_ == "B" and self.doc[end].ent_type_ == "PERSON" \
                and self.doc[end - 1].dep_ in ("compound", "flat") and self.doc[end - 1].head.i >= end:
            end += 1
            while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
                end += 1
        # "Juan Ponce" + "Enrile": a person's name hung on a capitalised word the tagger left untagged
        while entity.label_ == "PERSON" and end < len(self.doc) and not self.doc[end].ent_type_ \
                and self.doc[end].tag_ == "NNP" and self.doc[end].is_title and self.doc[end].is_alpha \
                and self.doc[end - 1].dep_ in ("compound", "flat") and self.doc[end - 1].head.i == end:
            end += 1
        return self.doc[self._given_name_before(entity, end):end]

    def _given_name_opening(self, word: "Token") -> bool:
        """Can a sentence's first word be a given name: a proper noun, no stop word, trade or form
        ("Andry Rajoelina accused ...", not "Afterwards Trump", "Lawyer X", "Pope Francis")?"""
        return not word.is_stop and word.pos_ == "PROPN" and word.lower_ not in OCCUPATIONS \
            and (word.lower_,) not in self.forms and (word.lower_,) not in known_actors().forms

    def _given_name_before(self, entity: "Span", end: int) -> int:
        """"Micah" + "Brose": the small tagger often tags only the family name of a name it has
        not seen; the capitalised word hung on it just before, untagged, is the given name (a
        title there is dropped later; a sentence's first word only as `_given_name_opening` says)."""
        start = entity.start
        if entity.label_ != "PERSON" or start == 0 or end - start > 1:
            return start
        word = self.doc[start - 1]
        if not word.ent_type_ and (not word.is_sent_start or self._given_name_opening(word)) and _given_name(word) \
                and word.head.i == start \
                and (entity[0].lower_,) not in self.forms:  # (not "Captain" + "Camara", named in full before)
            return start - 1
        return start

    def _family_names_alone(self) -> list["Span"]:
        """"Alassane Ouattara" tagged as nothing (or as a place or a group), and later "Ouattara"
        tagged a person: the small tagger knows the family name only alone, and a name of one
        word is too often a misread to be a person of its own; its first naming in full is."""
        from spacy.tokens import Span

        alone = {e.text for e in self.doc.ents if e.label_ == "PERSON" and len(e) == 1} \
            - {e[-1].text for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1}
        out: dict[str, "Span"] = {}
        for word in self.doc:
            if word.text in alone and word.text not in out and word.i and word.ent_type_ != "PERSON" \
                    and (word.lower_,) not in self.forms:
                given = self.doc[word.i - 1]
                if given.ent_type_ != "PERSON" and _given_name(given) and given.head.i == word.i:
                    out[word.text] = Span(self.doc, word.i - 1, word.i + 1, label="PERSON")
        return list(out.values())

    def _office_of_an_outlet(self, title, entity) -> bool:  # type: ignore[no-untyped-def]
        """Is the office owned by a news outlet the article makes no side ("AFP's global news
        director", "Reuters' editor-in-chief")? Its holder speaks for the outlet, not for the
        state the story is set in or named last."""
        for owner in title.subtree:
            if owner.dep_ != "poss" or owner.i >= entity.start:
                continue
            words = from_doc(sorted(owner.subtree, key=lambda t: t.i)[:-1] or [owner])  # (not the "'s")
            first, last = words[0].start, words[-1].end
            if match_phrase(words, 0, _outlets()) == len(words) \
                    and not any(m.start < last and m.end > first for m in self.mentions):
                return True
        return False

    def _governing(self, surname: str, name: tuple[str, ...] = ()) -> str | None:
        """"the Obama administration", "Sharif's government": whose name the article's
        government bears speaks for its state (the home state; in a sentence or two that names
        no state, the state the people data gives that name: "the government of Nayib Bukele"),
        titled or not."""
        if not self._names_government(surname):
            return None
        short = len(self.text) <= SHORT_TEXT
        home = self.home_state()
        if home is not None or not (name and short):
            return home
        data = known_actors()
        known = data.forms.get(name)
        if known is not None and known.via == "person" and known.actor in data.actors \
                and data.actors[known.actor].kind == "state":
            self.actors.setdefault(known.actor, data.actors[known.actor])
            return known.actor
        return None

    def _names_government(self, surname: str, armed: bool = False) -> bool:
        """Does the article name a government by this surname, a folded key ("Orbán's government",
        "the Gaddafi regime", "the Obama administration"; in a short text also "the government of
        Nayib Bukele", which in an article may be a rival one's: Hadi's)? `armed`: or the forces
        under them ("Assad's forces"), for a leader the actor data knows holds the office."""
        bodies = "(?:administration|government|cabinet|regime|forces|troops|army|military)" if armed \
            else "(?:administration|government|cabinet|regime)"
        pattern = rf"\b{re.escape(surname)}(?:'?s)? {bodies}\b"  # (folded: "orbans government")
        of_them = rf"\b(?i:{bodies}) of (?:[A-Z][\w.-]* ){{0,3}}(?i:{re.escape(surname)})\b"
        return bool(re.search(pattern, self._folded_text)
                    or len(self.text) <= SHORT_TEXT and re.search(of_them, self.text))

    @cached_property
    def _folded_text(self) -> str:
        """The article folded as `keys` folds a name (case, diacritics, quote marks), once."""
        return fold(self.text)

    def _owner_in_parse(self, entity) -> str | None:  # type: ignore[no-untyped-def]
        """The state or group a person speaks for, read from the parse: a title before the
        name with a state's word in it ("Italian economic development minister X"), or an
        office in apposition with an owner ("X, the general manager of Abu Dhabi Media")."""
        titles = _roles()["titles"]
        by_start = {m.start: m for m in self.mentions}
        root = entity.root
        near = [t for t in root.children if t.i < entity.start and t.dep_ in ("compound", "amod", "nmod", "poss")]
        near += [t for t in root.children if t.dep_ == "appos"]
        near += [c for t in root.children if t.dep_ == "appos" for c in t.conjuncts]  # "X, the runner-up and leader of Y"
        near += [t for t in root.children if t.dep_ == "conj" and entity.end < len(entity.doc)
                 and entity.doc[entity.end].text == "," and t.left_edge.i == entity.end + 1
                 and not any(w.ent_type_ == "PERSON" for w in t.subtree)]
        # (the small parser may read that apposition as "and": "X, Polish Undersecretary of State, noted";
        # not a list of people: "minister X, Greek prime minister Y")
        # the office may sit a few words up: "the manager of X Media, Y" (the small parser may read
        # that apposition as "and": "the Prime Minister of Turkey, Recep Tayyip Erdoğan paid ...")
        if root.dep_ == "appos" or root.dep_ == "conj" and entity.start and entity.doc[entity.start - 1].text == "," \
                and root.head.lemma_.lower() in TITLE_WORDS:
            for above in [root.head, *root.head.ancestors][:4]:
                if above.pos_ in ("VERB", "AUX"):
                    break  # a verb's subtree is the sentence: "X, its spokesman, said Eritrean troops ..."
                near.append(above)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TITLE_WORDS:
            for child in root.children:  # "the Chairman of the African Union Jakaya Kikwete": the union
                actor = self._group_at(child.idx) if child.dep_ == "compound" and child.i < entity.start else None
                if actor is not None:
                    return actor
        titled = governmental = for_outlet = False
        refused = _roles()["not_for_state"]
        for token in near:
            office = [token] + [t for t in token.subtree if t.i < entity.start or root.dep_ == "appos" or t.head == token]
            words = from_doc(sorted(office, key=lambda t: t.i))
            if any(match_phrase(words, k, refused) for k in range(len(words))):
                return None  # "Kenya's opposition leader X" does not speak for Kenya
            if not any(match_phrase(words, k, titles) for k in range(len(words))):
                continue
            titled = True
            governmental = governmental or any(t.lower_ in GOVERNMENTS | STATE_FORCES for t in token.subtree) \
                and not any(t.lower_ in NOT_STATE_FORCES for t in token.subtree)
            # ("Police spokesman X", not "rebel army spokesman X")
            whose = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
            before = whose.doc[whose.i - 2] if whose is not None and whose.i >= 2 and whose.nbor(-1).text == "," \
                else None  # (the parser may hang the clause anywhere: the name right before the comma owns it)
            owner = self._group_at(before.idx) if before is not None else None
            if owner is not None:  # "the help of Norway, whose special envoy Erik Solheim has carried ...": Norway
                return owner
            described = [c for c in token.children if c.dep_ == "poss" and (c.lower_ in ("its", "their") or (
                c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.children)))]
            if described:  # "The TPLF rejected it. Its spokesman, X, ...", "X, the group's chief negotiator"
                if described[0].lemma_.lower() in GROUP_NOUNS | PARTY_NOUNS | FIGHTER_NOUNS:
                    group = self.group_before(entity.start_char)
                    parties = {m.actor for m in self.mentions if m.start < entity.start_char
                               and self.actors[m.actor].kind == "political_group"}
                    only_party = parties.pop() if len(parties) == 1 and described[0].lemma_.lower() in PARTY_NOUNS \
                        else None  # "Jordan Bardella, the party's president", the one party named further back
                    return self._group_at(described[0].idx) or (group.actor if group is not None else only_party)
                return self._group_at(described[0].idx) or self._state_named_just_before(described[0], token) \
                    or self._subject_before(entity.start_char)
            owned = self._owner_of(token)
            if owned is not None:  # "X, leader of the Zimbabwean opposition party MDC": the party
                return owned
            if self._described_owner(token):  # "X, a spokeswoman for the group": the one the sentence before is about
                return self._subject_before(entity.start_char)
            scope = token.head.subtree if token.dep_ == "conj" and token.head.dep_ == "appos" else token.subtree
            others = {t.i for c in token.conjuncts if c.i > token.i and c.lemma_.lower() in SUPPORTER_NOUNS
                      for t in c.subtree}  # ("the premier of Malaita and a supporter of Taiwan": not Taiwan's)
            for t in scope:  # (the parser may hang the office's "of Y" on the first of the joined ones)
                if t.i >= entity.start and t.i < entity.end or t.i in others:
                    continue
                mention = by_start.get(t.idx)
                if mention is not None and self.actors[mention.actor].kind != "person":
                    return mention.actor
            for_outlet = for_outlet or self._office_of_an_outlet(token, entity)
        if for_outlet and not governmental:
            return None  # "AFP's news director X": no state's, whatever the story's
        # "the current president, Alexander Lukashenko": a title with no state is the home
        # state's; "X, the government spokesman": the government the article named last before.
        if self._former_before(entity):
            return None  # "Chakwera and former vice-president Saulos Chilima": the parser hangs "former" apart
        seat = self._seat_opening(entity, by_start) if governmental else None
        if seat is not None:  # "In Tehran, a foreign ministry spokesman, X, said ...": the seat's state (not
            # "In New Delhi, party spokesman X": a party's office)
            return seat
        if governmental:  # "Government spokesman X" in an article about one state: its government's
            return self.government_before(entity.start_char) or self.home_state() \
                or self.only_state(entity.start_char)
        court = self._court_near(entity.start_char)
        if court is not None and any(t.i + 1 < len(t.doc) and _judges_title(t.lemma_.lower(), t.nbor(1).lower_)
                                     for t in near for t in t.subtree):
            return court  # "Justice Elena Kagan" in an article about one court speaks for the court
        if not titled or any(self._leads_a_group(t) for t in near):
            return None  # ("rebels led by the field commander X": the rebels' commander, no state's)
        region = self._region_governed(entity, near)
        if region is not None:
            return region
        # a group's office after a sentence about the group: "Iraq's Popular Mobilisation Forces
        # blamed the US ... In a statement, deputy commander X said ..." (not a state's president)
        group = self._subject_before(entity.start_char)
        if group is not None and self.actors[group].kind != "state" and any(
                t.lemma_.lower() in GROUP_OFFICES for t in near for t in t.subtree):
            return group
        # no state the article is about: the state the sentence before is about ("Turkey blamed
        # the PKK ... The interior minister, Süleyman Soylu, said ..."), else the only state it names
        return self._subject_acting_with(entity) or self.home_state() \
            or self._subject_before(entity.start_char, "state") or self.only_state(entity.start_char)

    def _seat_opening(self, entity, by_start: dict[int, Mention]) -> str | None:  # type: ignore[no-untyped-def]
        """The state whose capital opens the sentence ("In Tehran, a foreign ministry spokesman,
        X, called ..."): the office speaks from there, whatever state the dateline names."""
        sent = entity.sent
        if len(sent) < 4 or sent[0].lower_ != "in" or sent[0].i + 2 >= entity.start:
            return None
        mention = by_start.get(sent[1].idx)
        after = sent[1].i + len(mention.text.split()) if mention is not None else -1
        if mention is None or after >= len(entity.doc) or entity.doc[after].text != "," \
                or self.actors[mention.actor].kind != "state":
            return None
        return mention.actor

    def _leads_a_group(self, title) -> bool:  # type: ignore[no-untyped-def]
        """Is the title the one a group is "led by" ("Chechen rebels led by the field commander X"),
        a group that is no state?"""
        led = title.head.head if title.dep_ == "pobj" and title.head.dep_ == "agent" else None
        if led is None or led.lemma_.lower() not in ("lead", "command", "head") or led.dep_ != "acl":
            return False
        if led.head.lower_ in FIGHTER_NOUNS or led.head.lemma_.lower() in GROUP_NOUNS:
            return True  # ("rebels", "a militia", "the group"; the inventory may not hold them yet)
        group = next((m for m in self.mentions if m.start <= led.head.idx < m.end), None)
        return group is not None and self.actors[group.actor].kind not in ("state", "person")

    def _state_named_just_before(self, its, title) -> str | None:  # type: ignore[no-untyped-def]
        """"broke off relations with Panama, accusing its president, X": a state's own office
        after "its" is the state named last before it in the sentence."""
        if its.lower_ != "its" or title.lemma_.lower() not in ("president", "premier", "king", "minister", "government"):
            return None
        states = [m for m in self.mentions if its.sent.start_char <= m.start < its.idx
                  and self.actors[m.actor].kind == "state"]
        return states[-1].actor if states else None

    @staticmethod
    def _former_before(entity) -> bool:  # type: ignore[no-untyped-def]
        """Is the title written right before the name a former one ("former vice-president X"),
        however the parser hangs "former", or one not yet held ("President-elect X")?"""
        for word in reversed(entity.doc[max(0, entity.start - 6):entity.start]):
            if word.lower_ in FORMER or word.lower_ in ("elect", "designate") and word.i and word.nbor(-1).text == "-":
                return True
            if word.is_punct and word.text != "-" or word.pos_ in ("VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"):
                return False
        return False

    def _nationality_of_someone(self, start: int) -> bool:
        """Is the state word at `start` the nationality of someone described ("Brad Will, an
        American cameraman"), which no office there holds?"""
        word = self._parsed_word_at(start)
        if word is None or word.dep_ not in ("amod", "compound"):
            return False
        noun = word.head
        if noun.lemma_.lower() in PRIVATE_PEOPLE and noun.i > word.i and (noun.tag_ == "NNS" or any(
                c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in noun.children)):
            return True  # "15 people were killed, including an Italian photographer": not Italy at the scene
        return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.lemma_.lower() not in TITLE_WORDS \
            and noun.lemma_.lower() not in body_words() and not self._group_at(noun.head.idx)

    def _region_governed(self, entity, near) -> str | None:  # type: ignore[no-untyped-def]
        """"Alberta will challenge the law, Premier Jason Kenney announced": a premier or governor
        with no place named in the title is the one of the region (a state's part acting as a
        side) that his sentence is about, not the state's."""
        if not any(t.lemma_.lower() in REGIONAL_TITLES for t in near for t in t.subtree):
            return None
        here = self._sentence_at(entity.start_char)
        found = [m.actor for m in self.mentions if here is not None and here.start <= m.start < here.end
                 and m.actor in self.regions and self._in_subject(m.start)]
        return found[0] if found else None

    @staticmethod
    def _described_owner(office) -> bool:  # type: ignore[no-untyped-def]
        """Is the office "of" or "for" something described, not named ("for the group", "of
        the movement")?"""
        return any(prep.lower_ in ("of", "for") and pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in GOVERNMENTS
                   and any(d.lower_ == "the" for d in pobj.children if d.dep_ == "det")
                   and not any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in pobj.children)  # (not "of the
                   # Civic Community alliance": named)
                   for prep in office.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj")

    def _subject_before(self, offset: int, kind: str | None = None) -> str | None:
        """The actor, not a person (or of `kind`), that is the subject of the sentence before
        the one at `offset`: what "its" or "their" in "Its spokesman, X" most often stands for."""
        here = self._sentence_at(offset)
        before = next((s for s in self.sentences if here is not None and s.index == here.index - 1), None)
        if before is None:
            return None
        found = [m for m in self.mentions if before.start <= m.start < before.end
                 and self.actors[m.actor].kind != "person" and (kind is None or self.actors[m.actor].kind == kind)
                 and self._in_subject(m.start)]
        # the subject's own head over a word that describes it: "Iraq's Popular Mobilisation Forces" is the PMF
        heads = [m for m in found if self._heads_subject(m)]
        return (heads or found)[0].actor if found else None

    def _subject_acting_with(self, entity) -> str | None:  # type: ignore[no-untyped-def]
        """The state that is the subject of the sentence a titled office acts beside: "Lithuania
        closed its border with Belarus, with Prime Minister X calling it a hybrid attack" (the
        absolute "with" or a participle clause of the sentence's own verb)."""
        root = entity.root.sent.root
        beside = next((a for a in entity.root.ancestors if a.head.i == root.i and a.i != root.i), None)
        if beside is None or beside.i < root.i or beside.dep_ not in ("prep", "advcl") \
                or beside.dep_ == "prep" and beside.lower_ != "with":
            return None
        found = [m for m in self.mentions if entity.root.sent.start_char <= m.start < root.idx
                 and self.actors[m.actor].kind == "state" and self._heads_subject(m)]
        return found[0].actor if found else None

    def _heads_subject(self, mention: Mention) -> bool:
        """Is the mention the head of a clause's subject (not a possessor or modifier inside it)?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")

    def government_before(self, offset: int, military: bool = False) -> str | None:
        """The state whose government, junta, regime or cabinet the article named last before
        `offset` ("Mali's military government", "the Malian junta"): the one an untitled
        office speaks for, when the article has two states (a dispute always does) and the
        count of their mentions would pick the other. `military`: a junta or military
        government only, whose army "the army" is ("Myanmar's military government ... army drones")."""
        named = (m for m in reversed(self.mentions) if m.start < offset and self._governing_named(m, military))
        last = next(named, None)
        if last is None:
            return None
        # the last named, when it was named just before; else the one the article is about, if its
        # government was named too: the home state's, or the one the lead names ("Mali's junta ... the
        # Nigerien junta said ... In January the junta tore up the accord": Mali's)
        if self._sentence_index(offset) - self._sentence_index(last.start) <= 1:
            return last.actor
        earlier = [last, *named]
        lead_end = self.sentences[min(LEAD_SENTENCES, len(self.sentences)) - 1].end
        home = self.home_state() or next((m.actor for m in reversed(earlier) if m.start < lead_end), None)
        return home if any(m.actor == home for m in earlier) else last.actor

    def _governing_named(self, mention: Mention, military: bool) -> bool:
        """Is the state mention the owner of its government, junta or regime ("Mali's military government")?"""
        if self.actors[mention.actor].kind != "state":
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        head = span.root.head if span is not None and len(span) else None
        while head is not None and head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head  # "Mali's military government": past "military"
        return head is not None and head.lemma_.lower() in GOVERNMENTS and head.i != span.root.i and (
            not military or head.lemma_.lower() == "junta"  # "military government", "army-led government"
            or any(t.lower_ in ("military", "army") for t in head.subtree if t.i < head.i))

    def _owner_of(self, office) -> str | None:  # type: ignore[no-untyped-def]
        """The actor an office is "of" ("leader of the ... Movement for Democratic Change"), the
        head of that phrase or its apposition, not a word that describes it ("Zimbabwean")."""
        # "leader of the MDC", "a spokesman for the PMF", "adviser to Prime Minister Abiy Ahmed"
        owning = ("of", "for", "to", "at") if office.lemma_.lower() in AIDES else ("of", "for", "at")  # "director at HRW"
        area = self._organisation_naming(office) is not None  # "the ICRC chief for Israel", "the UN
        # envoy for Syria": the organisation's officer, "for" the place he covers
        heads = [p for prep in office.children if prep.dep_ == "prep" and prep.lower_ in owning
                 for p in prep.children if p.dep_ == "pobj"
                 and not (area and prep.lower_ == "for" and self._state_at(p.idx))]
        heads += [a for p in heads for a in p.children if a.dep_ == "appos"]
        found = next((actor for head in heads if (actor := self._group_at(head.idx)) is not None), None)
        if found is None:  # "adviser to Prime Minister Abiy Ahmed": whom the person named there speaks for
            phrases = [head.doc[head.left_edge.i:head.right_edge.i + 1].text for head in heads]
            found = next((actor for name, actor in self.persons.items() if any(name in p for p in phrases)), None)
        return found

    def _organisation_naming(self, office) -> str | None:  # type: ignore[no-untyped-def]
        """The organisation a word before the office names ("the ICRC chief", "the UN's envoy")."""
        return next((actor for c in office.children if c.dep_ in ("compound", "poss", "nmod") and c.i < office.i
                     for actor in [self._group_at(c.idx)] if actor is not None
                     and self.actors[actor].kind in ("international_organisation", "other")), None)

    def _state_at(self, offset: int) -> bool:
        """Does a state's mention cover the character at `offset`?"""
        actor = self._group_at(offset)
        return actor is not None and self.actors[actor].kind == "state"

    def group_before(self, offset: int) -> Mention | None:
        """The group named last before `offset`, in its sentence or the three before: "the
        group's spokesman" is a group's, never the state that spoke before him."""
        here = self._sentence_at(offset)
        first = self.sentences[max(0, here.index - 3)].start if here is not None else 0
        named = [m for m in self.mentions if first <= m.start and m.end <= offset
                 and self.actors[m.actor].kind in GROUP_KINDS]
        named = [m for m in named if m.via != "collective"] or named  # a group by its name before a crowd
        # ("blamed the ADF for the killing of 20 villagers ... the group's spokesman": the ADF's)
        if not named:
            return None
        # the one the sentence is about before one it names in passing: "MDC leader X laid the blame
        # at the door of ZANU-PF militias. The party's spokesman ...": the MDC's
        last = self._sentence_index(named[-1].start)
        about = [m for m in named if self._sentence_index(m.start) == last and self._in_subject(m.start)]
        return about[-1] if about else named[-1]

    def _member_of(self, entity) -> str | None:  # type: ignore[no-untyped-def]
        """"Jim Swire, a member of UK Families Flight 103": a member or founder of a group the
        article names speaks for it (not of a state's body: "a member of parliament")."""
        for noun in (c for c in entity.root.children if c.dep_ == "appos" and c.lemma_.lower() in MEMBERSHIP):
            for place in (p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"):
                words = [t.lower_ for t in place.subtree]
                found = [self.forms[tuple(words[i:j])].actor for i in range(len(words))
                         for j in range(len(words), i, -1) if tuple(words[i:j]) in self.forms]
                groups = [a for a in found if self.actors[a].kind not in ("state", "person")]  # not "UK" of "UK Families"
                if groups:
                    return groups[0]
        return None

    def _group_at(self, offset: int) -> str | None:
        """The actor, not a person, whose mention covers the character at `offset`."""
        return next((m.actor for m in self.mentions
                     if m.start <= offset < m.end and self.actors[m.actor].kind != "person"), None)

    def home_state(self) -> str | None:
        """The state the article is about: the one named in at least 40% of its state mentions
        (and twice at least), else none; or the state of the dateline the piece opens with ("ISTANBUL,
        Feb 27 — ...": where it is told from), when it is named nearly as often as the state named most.
        Police, courts and untitled presidents are its."""
        counts: dict[str, int] = {}
        for mention in self.mentions:  # (not "Brad Will, an American cameraman": a nationality, no scene)
            if self._state_at_scene(mention) and not self._nationality_of_someone(mention.start):
                counts[mention.actor] = counts.get(mention.actor, 0) + 1
        dateline = self._dateline_state()
        if dateline is not None and counts.get(dateline, 0) >= max(2, 0.75 * max(counts.values(), default=0)):
            return dateline  # (not a venue named less than the sides: "DOHA — Delegations from Congo and M23")
        best = max(counts, key=lambda a: counts[a], default=None)
        return best if best and counts[best] >= 2 and counts[best] >= 0.4 * sum(counts.values()) else None

    def dateline_end(self) -> int | None:
        """Where a wire dateline ends in the text (the lead's first word), if the article opens with one."""
        match = self._dateline()
        return None if match is None else match.end() + len(self.text) - len(self.text.lstrip())

    def dateline_state(self) -> str | None:
        """The state of the dateline's place, in capitals or in title case with a date ("Amman, Jan. 3
        (Petra) --"): where the lead is told from (`syntax.Resolver.home`)."""
        return self._dateline_state(self._dateline())

    def _dateline(self) -> "re.Match[str] | None":
        """The article's wire dateline: its first words in capitals before a dash, or in title case
        with a date ("Amman, Jan. 3 (Petra) --", as the parse splits them, `pipeline.DATELINE`)."""
        opening = self.text.lstrip()
        return DATELINE.match(opening) or PARSED_DATELINE.match(opening)

    def _dateline_state(self, match: "re.Match[str] | None" = None) -> str | None:
        """The state of a wire dateline's place, the article's first words in capitals before a
        comma ("ISTANBUL, Feb 27 —", "KYIV, Ukraine, May 3 -"), a city of the data or a state's name."""
        match = match or DATELINE.match(self.text.lstrip())
        if match is None or len(match.group()) > DATELINE_LONGEST:
            return None
        key = keys(re.split(r"[,(]", match.group())[0])
        form = self.forms.get(key) or known_actors().cities.get(key)
        return form.actor if form is not None and form.actor in self.actors \
            and self.actors[form.actor].kind == "state" else None

    def _introduce_titled_of_groups(self) -> None:
        """A person official copy names after their office in a group ("Commander of the Libyan
        National Army (LNA) Field Marshal Khalifa Haftar", "Leader of the Homeland Party Ali
        Babacan") speaks for the group, by full name and by surname after it."""
        titles, tokens = _roles()["titles"], self.tokens
        for i in range(len(tokens)):
            n = match_phrase(tokens, i, titles) if tokens[i].capital else 0
            if not n or i + n + 1 >= len(tokens) or tokens[i + n].key != "of":
                continue
            at = i + n + 1 + (tokens[i + n + 1].key == "the")
            size = next((k for k in range(min(MAX_FORM, len(tokens) - at), 0, -1)
                         if tuple(t.key for t in tokens[at:at + k]) in self.forms), 0)
            group = self.forms[tuple(t.key for t in tokens[at:at + size])].actor if size else None
            if group is None or group not in self.actors or self.actors[group].kind in ("state", "person"):
                continue
            at += size
            if at < len(tokens) and (acronym := self.forms.get((tokens[at].key,))) is not None \
                    and acronym.actor == group:
                at += 1  # its acronym in brackets
            while at < len(tokens) and (rank := match_phrase(tokens, at, titles) or int(tokens[at].key == "field")):
                at += rank  # "Field Marshal"
            end = at
            while end < len(tokens) and tokens[end].capital and end - at < 4 \
                    and (end == at or not self._gap(end - 1, end).strip()):
                end += 1
            if end - at < 2:
                continue
            self._add_form(tuple(t.key for t in tokens[at:end]), group, "person")
            self._add_form((tokens[end - 1].key,), group, "person")

    def _introduce_party_leaders(self, mentions: list[Mention]) -> bool:
        """A person the article ties to a party or group as its leader speaks for it, as a
        minister speaks for the state: "Wine's NUP party says ...", "Hichilema, who leads the
        United Party for National Development", "His Pakistan Tehreek-e-Insaf (PTI) party"
        (tests/gold/README.md: a person is an actor only when acting for no group). True when
        it gave a leader's names to a party, so that `mentions` must be scanned again."""
        kind = lambda m: self.actors[m.actor].kind  # noqa: E731
        if not any(kind(m) == "person" for m in mentions):
            return False
        spans = [(m, self.doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
        at = {token.i: mention for mention, span in spans for token in span or ()}
        led: dict[str, str] = {}
        for mention, span in spans:
            if kind(mention) != "person" or not span or mention.actor in led:
                continue
            root = span.root
            groups = [at[t.i] for t in self._party_named(root) if root.dep_ == "poss" and t.i in at
                      and not _headed_by_another(t)]  # "Wine's NUP party" (not "the president of Bolsonaro's
            # Liberal Party": the party's head is named, he is one of it)
            groups += [at[t.i] for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in LEADING_VERBS
                       for o in c.children if o.dep_ == "dobj" for t in [o, *self._party_named(o, False)]
                       if t.i in at]  # "X, who leads the UPND", "X, who chairs the mayor's Republican Proposal party"
            groups += [at[t.i] for c in root.children if c.dep_ == "relcl" for w in c.subtree
                       if w.lower_ == "whose" and w.dep_ == "poss" for t in [w.head, *self._party_named(w)] if t.i in at]
            # "Lapid, whose Yesh Atid party has led the protests", "Odinga, whose Orange Democratic Movement won"
            groups += [at[t.i] for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                       for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in PARTY_HEADS
                       for t in self._party_named(o, False) if t.i in at]  # "Lapid, of the Yesh Atid party"
            groups += [at[t.i] for t in _group_office_owners(span) if t.i in at]  # "Labour leader Jeremy Corbyn"
            groups += [g for c in root.children if c.dep_ == "appos"
                       and any(o.lemma_.lower() in GROUP_HEADS for o in (c, *c.conjuncts))
                       for h in (c, *c.conjuncts)  # ("X, the runner-up and leader of the Y alliance")
                       for g in self._groups_named_after(h, ("of",), at)]
            # "Anwar, the president of Parti Keadilan Rakyat (PKR), said"
            groups += self._whose_office(root, at)  # "the MCP, whose candidate Lazarus Chakwera finished second"
            groups += [g for p in (root.head.children if root.dep_ == "nsubj" else ())
                       if p.dep_ == "prep" and p.lower_ == "as" for c in p.children if c.dep_ == "pobj"
                       and c.lemma_.lower() in ("candidate", "nominee")
                       for g in self._groups_named_after(c, ("of",), at)]  # "X won as the candidate of Y"
            groups += [g for c in root.children if c.dep_ == "appos" for r in [c, *c.children]
                       if r.dep_ in ("appos", "relcl") and r.lemma_.lower() in ("run", "stand")
                       or r is c and c.lemma_.lower() in ("candidate", "nominee")
                       for g in self._groups_named_after(r, ("for", "of"), at)]
            # "X, a former television host who ran for the Opposition Alliance", "X, the candidate of the Y party"
            if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "acl" \
                    and root.head.head.lemma_.lower() in ("lead", "head") and root.head.head.head.i in at:
                groups.append(at[root.head.head.head.i])  # "the National Super Alliance (NASA), led by Raila Odinga"
            groups = [g for g in groups if kind(g) in ("political_group", "armed_group", "other")
                      and g.via != "collective" and g.actor != mention.actor]
            if groups:
                led[mention.actor] = groups[0].actor
        for token in self.doc:  # "His Pakistan Tehreek-e-Insaf (PTI) party": the person named last before
            if token.lower_ in ("his", "her") and token.dep_ == "poss":
                group = next((at[t.i] for t in self._party_named(token) if t.i in at and at[t.i].via != "collective"
                              and kind(at[t.i]) in ("political_group", "armed_group", "other")), None)
                person = next((m for m in reversed(mentions) if m.start < token.idx and kind(m) == "person"), None)
                if group is not None and person is not None and person.actor not in led and token.idx - person.start < 600:
                    led[person.actor] = group.actor
        for key, form in list(self.forms.items()):
            if form.actor in led:
                self.forms[key] = replace(form, actor=led[form.actor], via="person")
                self.persons[self.actors[form.actor].name] = led[form.actor]
        return bool(led)

    def _groups_named_after(self, word: "SpacyToken", preps: tuple[str, ...],
                            at: dict[int, Mention]) -> list[Mention]:
        """The mentions of what `word`'s "of" (or other `preps`) names, a party's noun and its name
        included ("leader of the Civic Community alliance", "ran for the Green Front")."""
        return [at[t.i] for p in word.children if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" for t in [o, *self._party_named(o, False)] if t.i in at]

    @staticmethod
    def _whose_office(root: "SpacyToken", at: dict[int, Mention]) -> list[Mention]:
        """"The Malawi Congress Party (MCP), whose candidate Lazarus Chakwera finished second":
        the group named right before "whose" an office or a candidacy of a person's name is on."""
        offices = [c for c in root.children if c.dep_ in ("compound", "appos") and c.i < root.i
                   and c.lemma_.lower() in GROUP_HEADS | {"candidate", "nominee"}]
        for whose in (w for office in offices for w in office.children if w.lower_ == "whose"):
            before = whose.i - 1
            while before >= 0 and (root.doc[before].is_punct or before in at and root.doc[before - 1].text == "("):
                before -= 1  # past ", " and an acronym's brackets
            if before >= 0 and before in at:
                return [at[before]]
        return []

    @staticmethod
    def _party_named(owner: "SpacyToken", owner_first: bool = True) -> list["SpacyToken"]:
        """The words naming a party or an armed force its owner's word heads: "His Pakistan
        Tehreek-e-Insaf (PTI) party", "Wine's NUP party", "Khalifa Haftar's Libyan National Army"
        (a party's or a force's noun, not any group's); with `owner_first` false, the party's
        noun itself ("of the Yesh Atid party")."""
        head = owner.head if owner_first else owner
        owners = {t.i for t in owner.subtree} if owner_first else set()
        if head.lemma_.lower() not in PARTY_HEADS | COMMANDED or any(
                t.lower_ in ("former", "ex") for t in head.subtree if t.i < head.i and t.i not in owners):
            return []  # (not "Adamowicz's former party Civic Platform"; but "former President X's party" is his)
        return [head, *(t for t in head.children if t.dep_ in ("compound", "appos", "nmod"))]

    def only_state(self, before: int | None = None) -> str | None:
        """The one state the article names, if it names one only (once will do: "In Nairobi, ...");
        with `before`, only if it is named before that offset: an office with no state is not of
        one the article first names after it ("Information Minister X accused the PTI ... The
        United States urged all sides to ...": the US comments, it holds no office there)."""
        states = {m.actor for m in self.mentions if self._state_at_scene(m)}
        if len(states) != 1:
            return None
        state = next(iter(states))
        named_before = before is None or any(m.actor == state and m.start < before for m in self.mentions)
        return state if named_before else None

    def only_state_as_place(self) -> tuple[str, Mention] | None:
        """The one state the article names, if it names it as a place ("in Kenya", a city of it:
        "in Maputo"), with that mention."""
        state = self.only_state()
        place = next((m for m in self.mentions if m.actor == state and (m.via == "city" or self._after_in(m.start))),
                     None) if state is not None else None
        return (place.actor, place) if place is not None else None

    def _state_at_scene(self, mention: Mention) -> bool:
        """Does `mention` name a state, and not as the seat of a group ("the Oslo-based group")?"""
        return self.actors[mention.actor].kind == "state" and not BASED_IN.match(self.text, mention.end)

    def _after_in(self, start: int) -> bool:
        """Is the name at `start` the place of "in", "at", "near" or "across" ("in Kenya")?"""
        return bool(re.search(r"\b(?:in|at|near|across)\s+(?:the\s+)?$", self.text[max(0, start - 12):start]))

    def _introduce_administrations(self) -> None:
        """"The Bush administration", "the Putin government": a known leader's surname heading
        a government names the leader's state, even where the article never gives the full name;
        and so does the surname after the office ("President Putin", "Prime Minister Netanyahu")."""
        surnames = leader_surnames()
        full = {keys(m.text)[-1] for m in self.mentions if m.via == "person"}  # their full name decides
        for i, (token, after) in enumerate(zip(self.tokens, [*self.tokens[1:], None])):
            state = surnames.get(token.key) if token.capital else None
            if state is None:
                continue
            if after is not None and state in self.actors and after.key in ADMINISTRATIONS \
                    and (token.key, after.key) not in self.forms and not self._named_in_full(token.key):
                # (not "Morales's government" after "Bolivian President Evo Morales": the article's Morales)
                self._add_form((token.key, after.key), state)
            elif (self._made_of_one_word(token.key) or (token.key,) not in self.forms) and token.key not in full \
                    and (self._after_office(i) or self._surname_alone(i)) \
                    and not (after is not None and after.capital and not self._gap(i, i + 1).strip()):
                self._add_form((token.key,), state, "person", replace=True)  # (not "President Kim Jong Un": a
                # longer name)

    def _made_of_one_word(self, key: str) -> bool:
        """Is the word an actor of this article's own, named by that word alone ("Erdogan", made
        a name of its own before the leaders' surnames are read), which the data does not know?"""
        form = self.forms.get((key,))
        return form is not None and form.actor in self.actors and form.actor not in known_actors().actors \
            and keys(self.actors[form.actor].name) == (key,)

    def _surname_alone(self, i: int) -> bool:
        """Is token `i` a known leader's surname standing for the leader with no office before it
        ("Putin said ...", "Mr. Obama")? Only where the tagger reads it as a person's name ("Power
        was cut" is no Samantha Power) and the article gives no one else that surname in full."""
        word = self._parsed_word_at(self.tokens[i].start)
        honoured = i > 0 and self.tokens[i - 1].key in HONORIFICS
        if i > 0 and self.tokens[i - 1].key == "the":
            return False  # "the Shah ended his support": a title, no leader's surname
        return (honoured or word is not None and word.ent_type_ == "PERSON" and self._one_word_entity(word)) \
            and not self._named_in_full(self.tokens[i].key) and not self._opens_a_name(self.tokens[i].key)

    def _opens_a_name(self, word: str) -> bool:
        """Does the article write the word before another capitalised one ("Jong Woo Son", where
        "Jong" alone is then that man, no leader of the data's)?"""
        return any(t.key == word and k + 1 < len(self.tokens) and self.tokens[k + 1].capital
                   and self.tokens[k + 1].key not in FUNCTION_WORDS and not self._gap(k, k + 1).strip()
                   for k, t in enumerate(self.tokens))

    def _named_in_full(self, surname: str) -> bool:
        """Does the article write the surname after a given name ("Evo Morales")? Then it names its
        own holder of that surname, who may be no leader the data knows by it ("Jimmy Morales")."""
        return any(t.key == surname and k and self.tokens[k - 1].capital
                   and self.tokens[k - 1].key not in FUNCTION_WORDS | HONORIFICS  # (not "Mr. Putin")
                   and not self._gap(k - 1, k).strip() and not self._after_office(k) for k, t in enumerate(self.tokens))

    def _after_office(self, i: int) -> bool:
        """Is token `i` right after the title of a state's office ("President", "Foreign Minister")?"""
        return i > 0 and not self._gap(i - 1, i).strip() and any(  # (not "ran for president. In July, ...")
            self.tokens[k].capital and tuple(t.key for t in self.tokens[k:i]) in LEADER_TITLES
            for k in range(max(0, i - 3), i))

    def _introduce_authorities(self) -> None:
        """"the Karabakh Defence Ministry": a place that has a ministry acts as an authority."""
        bodies = _roles()["bodies"]
        named = {k for m in self.mentions for k in range(m.first_token, m.last_token + 1)}
        either = _roles()["separatist_markers"] + [p for p in _roles()["collective"] if p[0] not in NOT_REBELS]
        separatist = any(match_phrase(self.tokens, i, either) for i in range(len(self.tokens)))
        for i, token in enumerate(self.tokens):
            if not token.capital or i in named or self._sentence_initial(i) or token.key in FUNCTION_WORDS:
                continue
            if i and self.tokens[i - 1].capital and self.tokens[i - 1].key not in FUNCTION_WORDS and not self._gap(i - 1, i).strip():
                continue  # inside a longer name (not after a sentence's "The")
            if i > 1 and self.tokens[i - 1].key in ("and", "of", "&") and self.tokens[i - 2].capital:
                continue  # "the Securities and Exchange Commission": a longer name, joined by "and"
            if i and self._states_possessive(i - 1):
                continue  # "Russia's Investigative Committee": the state's own body
            n = match_phrase(self.tokens, i + 1, bodies)
            if not n or not self.tokens[i + 1].capital or self._gap(i, i + 1).strip():
                continue
            if match_phrase(self.tokens, i, _roles()["titles"]) or (token.key,) in self.forms or token.key in body_words() \
                    or token.key in OFFICE_ADJECTIVES | PORTFOLIO_WORDS:
                continue  # (not "Armed" of "the Armed Forces", "Supreme" of "the Supreme Prosecutors Office",
                # "Interior" of "Interior Cabinet Secretary": no place)
            kind = "separatist_authority" if separatist else "government_body"
            if self._adjective_at(i):  # "the Scottish Parliament": the body, not "Scottish" ("the Scottish city")
                body = self.tokens[i + 1:i + 1 + n]
                self._add_form(tuple(t.key for t in (token, *body)),
                               self._new_actor(self.text[token.start:body[-1].end], kind))
                continue
            longer = re.search(rf"\b([A-Z][\w]+-{re.escape(self.text[token.start:token.end])})\b", self.text)
            name = longer.group(1) if longer else self.text[token.start:token.end]
            actor = self._new_actor(name, kind)
            self._add_form((token.key,), actor)
            self._add_form(name, actor)

    def _regional_government(self, actor: str) -> bool:
        """Is the actor a government named by a region's adjective ("the Scottish Government",
        "the Catalan Executive"), whose First Minister or premier heads it?"""
        words = keys(self.actors[actor].name)
        return self.actors[actor].kind not in ("state", "person") and len(words) == 2 and words[1] in GOVERNING_HEADS \
            and any(t.key == words[0] and self._adjective_at(k) for k, t in enumerate(self.tokens))

    def _adjective_at(self, at: int) -> bool:
        """Is this inventory's token `at` a people's or a place's adjective ("Scottish",
        "Catalan")? The parser tags it so somewhere in the article ("the Scottish city"), or it
        ends as such adjectives do; inside a name ("the Scottish Parliament") it tags a noun."""
        key = self.tokens[at].key
        return key.endswith(("ish", "ian", "ese")) or any(
            w.lower_ == key and (w.pos_ == "ADJ" or w.ent_type_ == "NORP") for w in self.doc)

    def _introduce_communities(self) -> None:
        """"Bosnian Serb forces", "the Turkish Cypriot leader", "Syrian Kurdish fighters": a
        state's word right before a people's word names that community, a side of its own,
        not the state (nor the state the second word may name: "Serb" is also Serbia's)."""
        for i in range(len(self.tokens) - 1):
            first, second = self.tokens[i], self.tokens[i + 1]
            if not (first.capital and second.capital and self._gap(i, i + 1) == " " and self._is_state_word(first.key)
                    and (second.key in PEOPLES or singular(second.key) in PEOPLES)
                    and (first.key, second.key) not in self.forms):
                continue
            after = self.tokens[i + 2].key if i + 2 < len(self.tokens) else ""
            people = PEOPLES.get(second.key) or PEOPLES[singular(second.key)]
            name = f"{self.text[first.start:first.end]} {people}"
            actor = self._new_actor(name, "armed_group" if after in FIGHTER_NOUNS | ARMED_BODIES else "political_group")
            self.forms[(first.key, second.key)] = Form(actor, "name", False, True)

    def _introduce_community_fighters(self) -> None:
        """"Kurdish forces", "Tigrayan fighters": a people's adjective alone (no state's word
        before it) right before a word for armed men names an armed group of that people, a side
        of its own, named as written ("Kurdish fighters" later in the article is the same one).
        Not where the adjective is a region's the article names (`_introduce_region_adjectives`):
        "Kurdish forces" beside "the autonomous region of Kurdistan" are the region's."""
        group: dict[str, str] = {}
        for i in range(len(self.tokens) - 1):
            people, men = self.tokens[i], self.tokens[i + 1]
            if not (people.capital and people.key in PEOPLES and men.key in COMMUNITY_FIGHTERS
                    and self._gap(i, i + 1) == " " and not self._is_state_word(people.key)
                    and not (i and self.tokens[i - 1].capital and self._is_state_word(self.tokens[i - 1].key))
                    and (people.key, men.key) not in self.forms and (people.key,) not in self.forms):
                continue  # ("Syrian Kurdish fighters": a community, `_introduce_communities`)
            if people.key not in group:
                group[people.key] = self._new_actor(self.text[people.start:men.end], "armed_group")
            self.forms[(people.key, men.key)] = Form(group[people.key], "name", False, True)

    def _state_in(self, offset: int) -> str | None:
        """The state named right after `offset` as where a body sits: "(JCS) in Seoul"."""
        found = re.match(r"\s+in\s+((?:[A-Z][\w'-]*\s?){1,3})", self.text[offset:offset + 60])
        if found is None:
            return None
        words = keys(found.group(1))
        for n in range(len(words), 0, -1):
            form = self.forms.get(words[:n])
            if form is not None and self.actors[form.actor].kind == "state":
                return form.actor
        return None

    def _states_body(self, key: tuple[str, ...]) -> str | None:
        """"Philippine Coast Guard (PCG)", "Israel Defense Forces": a state's word and then only
        words of a state's bodies name that state's own body."""
        if len(key) < 2 or not self._is_state_word(key[0]) or not all(w in body_words() for w in key[1:]):
            return None
        return (self.forms.get((key[0],)) or self.forms[(singular(key[0]),)]).actor

    def _owner_of_body(self, start: int, head: int) -> str | None:
        """The actor owning the organ named from token `start` to its `head`: a group named with
        "'s" before it ("Fatah's Central Committee"), or a state named after "of" where the
        name ends ("the State Committee for National Security of the Kyrgyz Republic")."""
        if start > 0 and self.tokens[start - 1].possessive:
            form = self.forms.get((self.tokens[start - 1].key,))
            kind = self.actors[form.actor].kind if form is not None and form.actor in self.actors else None
            return form.actor if kind not in (None, "state", "person") else None
        if next((t.key for t in self.tokens[start:head] if t.key not in FUNCTION_WORDS), "") \
                not in OFFICE_ADJECTIVES | PORTFOLIO_WORDS:
            return None  # (not "the Minerals Council of Australia": a civil body, `_state_ending_name`)
        at = head + 1
        if at < len(self.tokens) and self.tokens[at].key == "for":  # ("... for National Security of X")
            at += 1
            while at < len(self.tokens) and self.tokens[at].capital and at - head < 6:
                at += 1
        if at + 1 >= len(self.tokens) or self.tokens[at].key != "of":
            return None
        at += 2 if self.tokens[at + 1].key == "the" else 1
        for n in (3, 2, 1):
            key = tuple(t.key for t in self.tokens[at:at + n])
            if len(key) == n and self._names_a_state(key) and (at + n >= len(self.tokens)
                                                               or not self.tokens[at + n].capital):
                return self.forms[key].actor
        return None

    def _states_possessive(self, i: int) -> bool:
        """Is token `i` a state's name with "'s" ("Russia's"), owning the body named after it?"""
        return self.tokens[i].possessive and self._is_state_word(self.tokens[i].key)

    def _is_state_word(self, key: str) -> bool:
        return self._names_a_state((key,))

    def _describes_at_sentence_start(self, word: "Token", offset: int) -> bool:
        """A sentence's first word that only describes ("Neighbouring Niger", "Embattled Chad"):
        a participle in -ing or an adjective, no given name of a person (asked only before a
        known actor's name, so "Sandy Hook" or "Rusty Bowers" keep theirs)."""
        return self._starts_sentence(offset + word.start) and (
            word.key in describing_words() or len(word.key) >= 7 and word.key.endswith("ing"))

    def _sentence_initial(self, at: int) -> bool:
        """Does token `at` start a sentence, or the text after a dateline ("NIAMEY — Suspected
        jihadists killed ...", "BANGKOK (Reuters) - Thai ...")?"""
        return at == 0 or self._starts_sentence(self.tokens[at].start)

    def _starts_sentence(self, start: int) -> bool:
        """`_sentence_initial` for the word at character `start`."""
        before = self.text[max(0, start - 3):start]
        line = self.text.rfind("\n", 0, start) + 1  # (a dateline is short: no long line is sliced or matched)
        return start == 0 or bool(re.search(r"[.!?\n]\s*$", before)) \
            or start - line <= DATELINE_LONGEST and bool(DATELINE.fullmatch(self.text, line, start))

    def _gone_state_as_past(self, i: int) -> bool:
        """Does the adjective of a state that is gone at `i` name a time, not the state: "ex-Soviet",
        "the former Yugoslav republic of Macedonia", "post-Soviet", "Soviet-era tanks"?"""
        tokens = self.tokens
        before = tokens[i - 1].key if i else ""
        before = tokens[i - 2].key if before == "-" and i > 1 else before
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        after = tokens[i + 2].key if after == "-" and i + 2 < len(tokens) else after
        return before in ("former", "ex", "post", "pre") or after in PAST_OF_A_STATE

    def _scan(self) -> list[Mention]:
        """Longest form match at every token; an acronym must keep its capitals."""
        mentions, i = [], 0
        tokens = self.tokens
        known = known_actors()
        # the lengths of the forms each first word starts: the data's (cities too, once added), the article's own
        table = known.shared_forms if self._with_cities else known.forms
        shared = known.first_word_lengths_with_cities if self._with_cities else known.first_word_lengths
        own = _lengths_by_first_word(self.forms.keys() - table.keys())
        while i < len(tokens):
            press = self._press_name_at(i)
            if press:
                i += press  # "Abu Dhabi TV", "the newspaper Hürriyet": the press, no actor (nor its city)
                continue
            found = None
            first, one = tokens[i].key, singular(tokens[i].key)
            tried = shared.get(first, NO_LENGTHS) | shared.get(one, NO_LENGTHS) \
                | own.get(first, NO_LENGTHS) | own.get(one, NO_LENGTHS)
            if not tried:
                i += 1
                continue
            for n in sorted((n for n in tried if n <= len(tokens) - i), reverse=True):  # (the data's longest
                # forms too: "Alliance of Democratic Forces for the Liberation of Congo-Zaire", ten words)
                window = tokens[i:i + n]
                key = tuple(t.key for t in window)
                allowed = " -," if key in self._comma_forms else " -"
                if n > 1 and any(self._gap(i + k, i + k + 1).strip(allowed) for k in range(n - 1)
                                 if window[k].possessive is False):
                    continue
                form = self.forms.get(key)
                if form is None:  # a plural of a group's word ("Houthis", "Armenians"), not a region's ("the Americas")
                    form = self.forms.get(key[:-1] + (singular(key[-1]),)) if key[-1] not in REGION_PLURALS else None
                if form is None:
                    continue
                if form.exact_case and not all(t.upper or k and t.capital and len(t.key) == 1
                                               and self._gap(i + k - 1, i + k) == "-" for k, t in enumerate(window)):
                    continue  # (an acronym's one-letter tail keeps its capital: "PML-N")
                if any(self._gap(i + k, i + k + 1) == "-" and (first := self.forms.get(key[:k + 1])) is not None
                       and (other := self.forms.get(key[k + 1:])) is not None
                       and first.actor != other.actor != form.actor for k in range(n - 1)):
                    continue  # "a joint UN-African Union force": two actors joined by a hyphen, not one's body
                if form.capital and not window[0].capital and not window[0].key[:1].isdigit() \
                        and not (n > 1 and window[0].key in ("south", "north") and window[1].capital):
                    continue  # (a number has no capital: "the 33rd Front"; KCNA writes "south Korea")
                if form.surface and self.text[window[0].start:window[0].end] != form.surface:
                    continue
                if key in self._after_the and (not i or tokens[i - 1].key != "the"):
                    continue  # "the commission", not the "Commission" of "Kenya National Commission on ..."
                if key in HALVES and (not window[1].capital or i + n < len(tokens) and tokens[i + n].capital):
                    continue  # "the North" alone, not "the north of the country" or "the North Atlantic"
                found = (n, form)
                break
            if found is None:
                i += 1
                continue
            n, form = found
            if form.via == "collective" and i and tokens[i - 1].key in ALLIED_ONES:
                i += n  # "government forces and allied militias": others, the allies of a side, not the group
                continue
            if form.via == "collective" and self._name_runs_on(i, n):
                i += 1  # "The Organization of American States": a name, not "the organization" said of a group
                continue
            if n == 1 and form.via == "person" and self._inside_longer_name(i):
                i += 1  # "Abu Mahdi al-Muhandis" is not Prime Minister Adel Abdul Mahdi
                continue
            if n == 1 and form.actor in GONE_STATES and self._gone_state_as_past(i):
                i += 1  # "the former Soviet republic of Georgia", "post-Soviet states": a time, no side
                continue
            if n == 1 and self._first_of_a_name(i, self.actors[form.actor].kind):
                i += 1  # "Jordan Bardella", "Chad Smith": a given name, not the state ("Duma Boko": not the Duma)
                continue
            if n == 1 and self.actors[form.actor].kind == "state" and (self._last_of_a_name(i) or self._after_particle(i)):
                i += 1  # "Leila de Lima", "Michael Jordan": a family name, not the state
                continue
            if form.via == "city" and (
                    self._inside_longer_name_of_any_kind(i, n) or i and tokens[i - 1].key in VESSELS
                    or i and tokens[i - 1].key == "the" and not self._modifies_noun(i + n - 1)
                    or n == 1 and self._after_a_given_name(i)):
                i += n  # "the Foro de São Paulo", "Azad Jammu and Kashmir": a name of its own, no city;
                continue  # "the corvette Cheonan": a ship named for a city; "in the Rio Grande": a river
            if n == 1 and self.actors[form.actor].kind == "state" and self._city_of_a_pact(i, form.actor):
                i += 1  # "the Vienna Convention", "the Oslo Accords": where a pact was made, no side
                continue
            if i and tokens[i - 1].key in ("ethnic", "ethnically") and self.actors[form.actor].kind == "state":
                i += n  # "the enclave's ethnic Armenian leader", "ethnic Albanian rebels": a people, not the state
                continue
            if i and tokens[i - 1].key == "new" and tokens[i - 1].capital and not self._gap(i - 1, i).strip() \
                    and self.actors[form.actor].kind == "state":
                i += n  # "New Jersey", "New Mexico": a place named after a state, not the state
                continue
            if i + n < len(tokens) and tokens[i + n].key in LANGUAGE_NOUNS and self.actors[form.actor].kind == "state" \
                    and not self._gap(i + n - 1, i + n).strip(" -"):  # (not "Lula, speaking ...")
                i += n  # "its Spanish initials", "the Arabic name": a language, not the state
                continue
            if i and tokens[i - 1].key in CONTINENT_PARTS and tokens[i - 1].capital \
                    and key in (("american",), ("america",)) and not self._gap(i - 1, i).strip():
                i += n  # "Latin American governments", "South American leaders", "across Latin America":
                continue  # a region's, not the US's
            if i and tokens[i - 1].key in ("national", "supreme") and tokens[i - 1].capital \
                    and not self._gap(i - 1, i).strip() and self.actors[form.actor].kind == "international_organisation":
                i += n  # "the Philippine National Security Council": a state's own body, not the UN's
                continue
            if i and tokens[i - 1].key in SPANNING and self._gap(i - 1, i) == "-" \
                    and self.actors[form.actor].kind == "state":
                i += n  # "the Inter-American Commission", "Pan-African": a region's word, not the state
                continue
            if n >= 3 and key[0] in ORGAN_OPENINGS and self._name_runs_past(i, n):
                i += n  # "the Department of State Services", Nigeria's secret police: not the US "Department of State"
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            mentions.append(Mention(start, end, form.actor, form.via, self.text[start:end], i, i + n - 1))
            i += n
        return mentions

    def _add_cities(self) -> None:
        """The cities of the data as forms of their states, where the article has not made the
        name an actor of its own: "police in Peshawar" are Pakistan's, "Oaxaca" that speaks as
        a side is the Mexican state's government the article introduced."""
        for key, form in known_actors().cities.items():
            self.forms.setdefault(key, form)
        self._with_cities = True

    def _name_runs_past(self, at: int, n: int) -> bool:
        """Does the organisation's name the parser found go on, capitalised, past the `n` words at `at`?"""
        last = self._token_at[at + n - 1]
        return last >= 0 and last + 1 < len(self.doc) and self.doc[last].ent_type_ == "ORG" \
            and self.doc[last + 1].ent_iob_ == "I" and self.doc[last + 1].is_title

    def _inside_longer_name_of_any_kind(self, at: int, n: int) -> bool:
        """Do the `n` words at `at` lie inside a longer name the parser found, of any kind?"""
        first, last = self._token_at[at], self._token_at[at + n - 1]
        if first < 0 or last < 0:
            return False
        return self.doc[first].ent_iob_ == "I" or last + 1 < len(self.doc) and self.doc[last + 1].ent_iob_ == "I"

    def _after_a_given_name(self, at: int) -> bool:
        """Is the word at `at` the second of two capitalised words that name no place or actor
        ("Wa Lone", a journalist, not the Indian town): a person's name the tagger missed?"""
        index = self._token_at[at]
        if index <= 0:
            return False
        before = self.doc[index - 1]
        after = self.doc[index + 1] if index + 1 < len(self.doc) else None
        return before.tag_ in ("NNP", "UH", "FW") and before.is_title and not before.is_sent_start \
            and before.whitespace_ == " " and before.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
            and (key_of(before.text),) not in self.forms \
            and before.lower_ not in PLACE_MODIFIERS | TITLE_WORDS and not (after is not None and after.is_title)

    def _city_of_a_pact(self, at: int, actor: str) -> bool:
        """Is the word at `at` a capital naming a pact or a body, not its state ("the Vienna
        Convention", "the Minsk agreements", "the Rome Statute", "the Lima Group"; but "the
        Egypt–Israel treaty" names its sides)?"""
        index = self._token_at[at]
        if index < 0 or index + 1 >= len(self.doc) or (self.tokens[at].key,) == keys(self.actors[actor].name):
            return False
        word, after = self.doc[index], self.doc[index + 1]
        return word.pos_ == "PROPN" and (after.lemma_.lower() in PACT_NAMES or after.text in ("Group", "Club")) \
            and bool(word.whitespace_)  # (or a body named for where it first met: "the Lima Group")

    def _first_of_a_name(self, at: int, kind: str) -> bool:
        """Is the word at `at`, a form of an actor of `kind`, the first word of a person's name the
        parser found, followed by a capitalised word that names no actor ("Jordan Bardella", not
        "Israel Defense Forces")? A body's or a group's name only before a proper noun ("Duma
        Boko", not "Labour MPs")."""
        index = self._token_at[at]
        word = self.doc[index] if index >= 0 else None
        if kind == "person" or word is None or word.ent_type_ != "PERSON" or word.ent_iob_ != "B" \
                or word.i + 1 >= len(self.doc):
            return False
        after = self.doc[word.i + 1]
        return after.ent_iob_ == "I" and after.text[:1].isupper() and (key_of(after.text),) not in self.forms \
            and (kind == "state" or after.tag_ == "NNP")

    def _last_of_a_name(self, at: int) -> bool:
        """Is the word at `at` inside a person's name the parser found, after a particle or a
        capitalised word that names no actor ("Leila de Lima", "Michael Jordan")? Not a state's
        word beside its leader's name ("Russia's Vladimir Putin": a name of its own)."""
        index = self._token_at[at]
        if index <= 0 or self.doc[index].ent_type_ != "PERSON" or self.doc[index].ent_iob_ != "I":
            return False
        before = self.doc[index - 1]
        if before.ent_type_ != "PERSON" or self.doc[index].i + 1 < len(self.doc) and self.doc[index + 1].ent_iob_ == "I":
            return False
        return before.lower_ in PARTICLES or before.pos_ == "PROPN" and not before.is_sent_start \
            and (key_of(before.text),) not in self.forms

    def _after_particle(self, at: int) -> bool:
        """Is the word at `at` written after a name's particle, itself after a capitalised word
        ("Leila de Lima", "Banco de México"), whatever the tagger made of the name? Or after the
        particle alone ("De Lima said", "against de Lima"), where the article writes the name so
        elsewhere. (The article's "de Lima" is the person's form only once the people are read.)"""
        return self._particle_before(at) and (self._after_name_and_particle(at) or any(
            self._after_name_and_particle(j) for j in self._word_at.get(self.tokens[at].key, ())
            if j != at and self._particle_before(j) and self.tokens[j - 1].key == self.tokens[at - 1].key))

    def _particle_before(self, at: int) -> bool:
        return at >= 1 and self.tokens[at - 1].key in PARTICLES and not self._gap(at - 1, at).strip()

    def _after_name_and_particle(self, at: int) -> bool:
        """"Leila de Lima": a capitalised word, then a particle in lower case, then the word at `at`."""
        tokens = self.tokens
        return at >= 2 and not tokens[at - 1].capital and tokens[at - 2].capital and not self._gap(at - 2, at - 1).strip()

    def _inside_longer_name(self, at: int) -> bool:
        """Is the word at `at` one word of a longer person's name the parser found ("Abu Mahdi
        al-Muhandis"), or followed by a name particle ("Mahdi al-...")?"""
        tokens, doc = self.tokens, self.doc
        word = doc[self._token_at[at]]
        longer = word.ent_type_ == "PERSON" and (  # inside a PERSON entity, not all of it
            word.ent_iob_ == "I" or word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I")
        after = at + 1 < len(tokens) and not self._gap(at, at + 1).strip() and (
            tokens[at + 1].key in PARTICLES or tokens[at + 1].key.split("-")[0] in PARTICLES)
        return longer or after

    def _introduce_union_seat(self) -> None:
        """"Brussels" in an article that names the European Union is the Union ("urged Brussels to
        distinguish right from wrong"), as news writes a capital for its government."""
        union = self.forms.get(("european", "union"))
        named = any(t.key == "eu" and t.upper for t in self.tokens) or any(
            a.key == "european" and b.key in ("union", "commission") for a, b in zip(self.tokens, self.tokens[1:]))
        if union is not None and named:
            self._add_form(("brussels",), union.actor, replace=True)

    def _introduce_halves(self) -> None:
        """"the North" and "the South" of an article that names one North Korea (or South
        Sudan, North Macedonia ...) are that state: "the North's defence commission accused
        the South of staging the incident". The other half is the state the data knows by the
        other word ("Seoul said ... The North fired": North Korea), unless the article names a
        state of that half itself."""
        halves: dict[tuple[str, ...], set[str]] = {}
        others: dict[tuple[str, ...], set[str]] = {}
        known = known_actors()
        for mention in self.mentions:
            words = self.actors[mention.actor].name.split()
            if self.actors[mention.actor].kind == "state" and len(words) == 2 and ("the", words[0].lower()) in HALVES:
                halves.setdefault(("the", words[0].lower()), set()).add(mention.actor)
                other = "south" if words[0].lower() == "north" else "north"
                form = known.forms.get((other, words[1].lower()))
                if form is not None and known.actors[form.actor].kind == "state":
                    others.setdefault(("the", other), set()).add(form.actor)
        for key, states in others.items():
            halves.setdefault(key, states)
        for key, states in halves.items():
            if len(states) == 1:
                self.forms.setdefault(key, Form(states.pop(), "name", False, False))
        if halves:
            self.mentions = self._scan()

    def _introduce_known_people(self) -> None:
        """A leader the actor data knows ("Sergei Lavrov", people.toml) speaks for their state
        or organisation in the whole article, and so does their surname alone after it
        ("Lavrov said ..."), unless the article gives that word to someone else."""
        known = {m for m in self.mentions if m.via == "person" and self.forms.get(keys(m.text)) is not None
                 and self.forms[keys(m.text)].actor == m.actor and keys(m.text) in known_actors().forms}
        refused = {m.text for m in known if self._refused_near(m)}
        states = {m.actor for m in self.mentions if m.via != "person" and self.actors[m.actor].kind == "state"}
        abroad = {self._sentence_index(m.start) for m in self.mentions
                  if self.actors[m.actor].kind == "international_organisation"}
        for mention in sorted(known, key=lambda m: m.start):
            if mention.text in self.persons:
                continue
            # "Democratic presidential nominee Joe Biden"; or domestic news, one state named or none: a
            # politician there is a side of their own ("The Odinga campaign accused William Ruto of ...");
            # not beside a body above states ("The ICC said Vladimir Putin bore responsibility ...") nor with
            # a government or forces of theirs ("Assad's forces")
            domestic = self.actors[mention.actor].kind == "state" and not states - {mention.actor} \
                and not self._titled(mention) and not self._names_government(keys(mention.text)[-1], armed=True) \
                and self._sentence_index(mention.start) not in abroad
            # "President Vladimir Putin", "Nicolás Maduro's government" hold the office even so
            if self._group_office_before(mention):
                refused.add(mention.text)  # "Labour leader Keir Starmer" speaks for Labour (`_introduce_party_leaders`)
            if mention.text in refused or domestic or self._titled_by_another_state(mention):
                self._forget_known_name(keys(mention.text), mention.actor)  # read as if the data did not know them
                if mention.text in refused or domestic:
                    self._own_people.append(mention)  # a person even where the parser tags no name
                continue
            chairing = self._organisation_titled(mention)
            if chairing is not None:  # "the Chairman of the African Union Jakaya Kikwete": the union
                self._add_form(keys(mention.text), chairing, "person", replace=True)
                mention = replace(mention, actor=chairing)
            self.persons[mention.text] = mention.actor
            words = keys(mention.text)
            if len(words) < 2 or words[-1] in PARTICLES:
                continue
            # the surname alone names them ("Lula" of "Luiz Inácio Lula da Silva": the name before a
            # particle), over an actor the article's capitalised "Biden," made of it
            surnames = [words[-1]] + [w for w, after in zip(words[1:], words[2:]) if after in PARTICLES]
            if words in family_first_leaders():  # "Yoon" of "Yoon Suk Yeol" (not "Kim", which names many)
                surnames = [words[0]] if leader_surnames().get(words[0]) == mention.actor else []
            for surname in surnames:
                earlier = self.forms.get((surname,))
                if earlier is None or (earlier.actor not in known_actors().actors
                                       and self.actors[earlier.actor].kind in ("other", "person")):
                    self._add_form((surname,), mention.actor, "person", replace=True)

    def _organisation_titled(self, mention: Mention) -> str | None:
        """The organisation a title right before the name says the person heads or speaks for
        ("the Chairman of the African Union Jakaya Kikwete", "AU Commission chairman X"), if any."""
        before = [m for m in self.mentions if m.last_token < mention.first_token
                  and self.actors[m.actor].kind == "international_organisation"]
        if not before:
            return None
        org = before[-1]
        between = self.tokens[org.last_token + 1:mention.first_token]
        last = mention.first_token - 1 if between else org.last_token + 1
        if len(between) > 3 or self._gap(org.last_token, last).strip(" ,"):
            return None
        ahead = self.tokens[max(0, org.first_token - 4):org.first_token]
        titles = _roles()["titles"]
        titled_before = any(t.key == "of" for t in ahead[-2:]) and any(
            match_phrase(ahead, k, titles) for k in range(len(ahead)))
        titled_after = bool(between) and all(match_phrase(between, k, titles) or between[k].key in ("'s", "commission")
                                             for k in range(len(between)))
        return org.actor if titled_before and not between or titled_after else None

    def _group_office_before(self, mention: Mention) -> bool:
        """Is the name written after a group's office, the group named before it ("Labour leader
        Keir Starmer", "Hamas chief X"), not a state's ("Russian opposition leader")?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        return any(self._names_a_group(t) and not _starts_a_title(t) for t in _group_office_owners(span))

    def _names_a_group(self, word) -> bool:  # type: ignore[no-untyped-def]
        """Is the capitalised `word` a name, no state's ("Labour", "Hamas"; not "Opposition" or
        "Government" opening a sentence, nor "Palestinian")?"""
        opening = word.i == 0 or word.nbor(-1).text in (".", "!", "?", '"', "“") or word.nbor(-1).is_space
        return word.text[:1].isupper() and not self._is_state_word(word.lower_) and word.lower_ not in body_words() and (
            not opening or word.ent_type_ in ("ORG", "NORP") or word.pos_ == "PROPN")

    def _titled(self, mention: Mention) -> bool:
        """Is the name written after a title ("President Vladimir Putin", "Prime Minister X")?"""
        first, titles = mention.first_token, _roles()["titles"]
        return any(k + match_phrase(self.tokens, k, titles) == first for k in range(max(0, first - 3), first))

    def _forget_known_name(self, key: tuple[str, ...], actor: str) -> None:
        """Drop a known leader's name and the shorter known forms inside it: "former president Luiz
        Inácio Lula da Silva" is no longer Brazil, nor is the "Lula da Silva" within it, which the
        data lists too and a later scan would find again."""
        for n in range(len(key), 1, -1):
            for i in range(len(key) - n + 1):
                form = self.forms.get(key[i:i + n])
                if form is not None and form.actor == actor and form.via == "person":
                    del self.forms[key[i:i + n]]

    def _refused_near(self, mention: Mention) -> bool:
        """Is the person introduced as not speaking for a state, by a word before their name
        ("former", "opposition", "presidential nominee") or in the phrase after it (", the
        Republican Party presidential nominee")?"""
        first = mention.first_token
        start = max(0, first - 5)
        cut = max([k + 1 for k in range(start, first) if self.tokens[k].key == "of" or (
            word := self._parsed_word_at(self.tokens[k].start)) is not None and word.pos_ in PHRASE_ENDS
            and word.dep_ not in ("amod", "compound")],  # (not "ousted", a verb's form on the title)
            default=start)
        # only the words of the name's own phrase: "a critic of President X", "hundreds of opposition
        # supporters after President X" are others' words; but "former President of Liberia X" is X's
        return self._refused_at(range(cut, first)) or self._refused_after(mention.last_token) or \
            self.tokens[cut - 1].key == "of" and any(self.tokens[k].key in FORMER for k in range(start, cut)) or \
            cut > 0 and self.tokens[cut - 1].key in FORMER  # "troops overthrew President X": X speaks for it no more

    def _refused_after(self, last: int) -> bool:
        """Is the name ending at token `last` described after its comma as not speaking for a
        state (", a leading critic of President X", ", an opposition senator")?"""
        if last + 1 >= len(self.tokens) or self._gap(last, last + 1).strip() != ",":
            return False
        end = last + 1
        while end < min(len(self.tokens), last + 9) and (
                end == last + 1 or self._gap(end - 1, end).strip() in POSSESSIVE | {""}):
            end += 1  # the phrase up to its next comma ("X, speaking to reporters, accused the opposition")
        return self._refused_at(range(last + 1, end))

    def _refused_at(self, places: range) -> bool:
        refuse = _roles()["not_for_state"]
        for k in places:
            if match_phrase(self.tokens, k, refuse) and (self.tokens[k].key not in word_set("office_taken")
                                                         or self._describes(k)):
                return True
        return False

    def _describes(self, k: int) -> bool:
        """Is token `k` a word describing a noun ("the ousted president"), not a verb ("X
        dismissed the reports. Y, the adviser, said")?"""
        word = self._parsed_word_at(self.tokens[k].start)
        return word is not None and word.dep_ in ("amod", "compound")

    def _introduce_leaders(self) -> None:
        """People the article introduces as speaking for a state: their names become its forms."""
        titles, refuse, bodies = _roles()["titles"], _roles()["not_for_state"], _roles()["bodies"]
        titles_or_refused = titles + refuse
        by_token = {m.first_token: m for m in self.mentions}
        # a state, or a group or organisation, named right before a title: "Houthi spokesman
        # Mohammed Abdulsalam", "LNA commander Khalifa Haftar", "UN envoy Martin Griffiths"
        states = {m.first_token: m for m in self.mentions if self.actors[m.actor].kind != "person"}
        for first, mention in states.items():
            if first > 0 and self.tokens[first - 1].key in FORMER:
                continue  # "Former Nigerian president Olusegun Obasanjo" no longer speaks for Nigeria
            at = mention.last_token + 1
            if at < len(self.tokens) and self._gap(mention.last_token, at).strip() not in ("", "'s", "’s", "'", "’"):
                continue  # "... a U.S.-designated Foreign Terrorist Organization. General Soleimani": no title of its
            title_len = 0
            body = match_phrase(self.tokens, at, bodies) if at < len(self.tokens) else 0
            if body and at + body < len(self.tokens) and match_phrase(self.tokens, at + body, titles) \
                    and not self._gap(at + body - 1, at + body).strip():
                title_len = body  # "Congolese army spokesman Sylvain Ekenge": a body's title is the state's
            while at + title_len < len(self.tokens) and title_len < 7:
                n = match_phrase(self.tokens, at + title_len, titles_or_refused)
                if not n:
                    break
                if match_phrase(self.tokens, at + title_len, refuse):
                    title_len = -99
                    break
                title_len += n
            if title_len <= 0 or at + title_len >= len(self.tokens):
                continue
            nxt = at + title_len
            speaks_for = mention.actor
            if self.tokens[nxt].key in ("to", "of") and nxt + 1 in by_token:
                title_len += 1 + by_token[nxt + 1].last_token - by_token[nxt + 1].first_token + 1
                if at + title_len >= len(self.tokens):
                    continue  # "the visit by the Taiwanese president to Washington.": no name after the title
                body = by_token[nxt + 1].actor  # "Hong Kong director of Amnesty International X": Amnesty's
                if self.tokens[nxt].key == "of" and self.actors[body].kind not in ("state", "person"):
                    speaks_for = body
            gap = self._gap(at + title_len - 1, at + title_len)
            plural = self.tokens[at + title_len - 1].key.endswith("s")
            if gap.strip() and (gap.strip() != "," or plural):
                continue  # "his Greek, Cypriot and French counterparts, Nikos Dendias, ..." is not one person
            self._leader_at(at + title_len, speaks_for, by_token)
        self._leaders_after_comma(titles)
        self._officials_of_groups(titles)
        self._members_of_groups()
        self._leaders_by_context(titles)

    def _object_of_holder(self, start: int, holder: int) -> bool:
        """Is the word at character `start` the object of the verb whose subject holds the word
        at character `holder` ("Minister X accused Britain", "President X met Putin", "X said he had
        asked Brazil to ..."), or of any accusing verb, or the doer of a wrong the holder reports
        (someone's own state is not the one accused)?"""
        word = self._parsed_word_at(start)
        while word is not None and word.dep_ in ("compound", "amod", "poss", "case") and word.head.i != word.i:
            word = word.head  # "La Paz": the name's head; "called the Chinese actions barbaric": the object's
        if word is not None and word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ccomp":
            clause = word.head  # "Minister X has said the United States was behind the plot": the one charged
            behind = clause.lemma_ == "be" and clause.head.lemma_.lower() in word_set("predicates", "saying") \
                and any(c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children)
            return (reports_a_wrong(clause) or behind) and any(
                s.dep_ == "nsubj" and s.left_edge.idx <= holder <= s.right_edge.idx for s in clause.head.children)
        if word is None or word.dep_ not in ("dobj", "dative"):
            return False
        if word.head.lemma_.lower() in word_set("predicates", "accuse"):
            return True  # "Minister X told reporters ... and accused La Paz of ...", however parsed
        verb = word.head
        if verb.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in verb.children):
            verb = verb.head  # "Prime Minister X said he had asked the United States to send troops": his act
        return any(s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.idx <= holder <= s.right_edge.idx
                   for s in verb.children)

    def _parsed_word_at(self, start: int) -> "SpacyToken | None":
        """The parse's word at character `start`."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _in_subject(self, start: int) -> bool:
        """Is the word at character `start` inside a clause's subject?"""
        word = self._parsed_word_at(start)
        return word is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in (word, *word.ancestors)
                                        if t.pos_ not in ("VERB", "AUX"))

    def _introduce_family_names(self) -> None:
        """A person's first name-word (or, in a name of three words or more, any word before the
        last) the article later writes alone is their short form too: "Yoon" after "Yoon Suk Yeol",
        "Xi" after "Xi Jinping" (family name first), "Yusuf" after "Abdullahi Yusuf Ahmed", when it
        is a word of one person's name only and never part of a longer capitalised run there. A
        family name after a particle is theirs with it ("de Lima"), whatever the word alone names."""
        owners: dict[str, set[str]] = {}
        people = [*self.persons.items(), *((info.name, actor) for actor, info in self.actors.items()
                                           if info.kind == "person")]  # ("Anwar" after "Anwar Ibrahim")
        for full, actor in people:
            words = keys(full)
            for word in words[:1] if len(words) == 2 else words[:-1]:  # ("Yusuf" after "Abdullahi Yusuf Ahmed")
                owners.setdefault(word, set()).add(actor)
            if len(words) >= 3 and words[-2] in SPACED_PARTICLES:  # "De Lima said" after "Leila de Lima": hers,
                self.forms.setdefault(words[-2:], Form(actor, "person", False, False))  # not Peru's capital
                if len(words) >= 4:  # "Fernández de Kirchner" after "Cristina Fernández de Kirchner"
                    self.forms.setdefault(words[-3:], Form(actor, "person", False, False))
        for word, actors in owners.items():
            if len(actors) != 1 or (word,) in self.forms or word in PARTICLES or word in FUNCTION_WORDS:
                continue
            if any(self.tokens[i].key == word and self.tokens[i].capital and not self._in_capitalised_run(i)
                   for i in self._word_at.get(word, ())):
                self._add_form((word,), actors.pop(), "person")

    def _in_capitalised_run(self, i: int) -> bool:
        """Is token `i` joined to a capitalised word right before or after it ("Yoon Suk Yeol")?"""
        joined = [j for j in (i - 1, i + 1) if 0 <= j < len(self.tokens) and self.tokens[j].capital]
        return any(not self._gap(min(i, j), max(i, j)).strip() for j in joined)

    def _given_name_end(self, at: int, run: int) -> int:
        """A run that ends inside a hyphenated given name goes on to its end: "Moon Hyung-bae",
        "Lee Jae-myung" (a short lower-case syllable after a hyphen, no "-led" or "-backed")."""
        end = at + run
        if run and end < len(self.tokens) and self._gap(end - 1, end) == "-" and not self.tokens[end].capital \
                and self.tokens[end].key.isalpha() and len(self.tokens[end].key) <= 6 \
                and not self.tokens[end].key.endswith(("ed", "ing")):
            family_after = run == 1 and end + 1 < len(self.tokens) and self.tokens[end + 1].capital \
                and self._gap(end, end + 1) == " " and self.tokens[end + 1].key not in FUNCTION_WORDS
            return run + 2 if family_after else run + 1  # ("Man-kei Tam": the given name first, then the family's)
        return run

    def _family_shared(self, full: str, family: str, start: int) -> bool:
        """Does another person the article names before the leader (at character `start`) share
        the family name ("Usman Khan", the attacker, then "Mayor of London Sadiq Khan")? Then
        "Khan" alone is the one named first, and the leader's state does not take it (the leader
        named first keeps it: "Kim Jong Un ... his sister Kim Yo Jong ... Kim said")."""
        return any(e.label_ == "PERSON" and len(e) >= 2 and keys(e.text)[-1] == family and e.text != full
                   and not full.endswith(e.text) and e.start_char < start for e in self.doc.ents)

    def _titled_by_another_state(self, mention: Mention) -> bool:
        """Is the known person given a title of a state other than the data's ("the Netherlands'
        prime minister Mark Rutte", whom the data knows as NATO's head): the article's word wins."""
        titles, first = _roles()["titles"], mention.first_token
        ends = {m.last_token: m.actor for m in self.mentions
                if m.via != "person" and self.actors[m.actor].kind == "state"}
        return any(k + match_phrase(self.tokens, k, titles) == first and ends.get(k - 1, mention.actor) != mention.actor
                   for k in range(max(1, first - 3), first)) or self._titled_after_by_another(mention)

    def _titled_after_by_another(self, mention: Mention) -> bool:
        """Is the known person given, in apposition, a title of another state or organisation
        ("Carl Bildt, the European Union's special envoy", whom the data knows as Sweden's)?"""
        last = mention.last_token
        if last + 2 >= len(self.tokens) or self._gap(last, last + 1).strip() != ",":
            return False
        at = last + 1 + (self.tokens[last + 1].key in ("the", "a"))
        titles = _roles()["titles"]
        title = match_phrase(self.tokens, at, titles)
        if title and at + title + 1 < len(self.tokens) and self.tokens[at + title].key == "of":
            at += title + 1 + (self.tokens[at + title + 1].key == "the")  # "X, president of the Palestinian Authority"
            title = -1
        owner = next((m for m in self.mentions if m.first_token == at and m.via != "person"), None)
        if owner is None or owner.actor == mention.actor \
                or self.actors[owner.actor].kind not in SPEAKING_BODIES \
                or title >= 0 and not self.tokens[owner.last_token].possessive:
            return False
        return title < 0 or any(match_phrase(self.tokens, k, titles)
                                for k in range(owner.last_token + 1, min(owner.last_token + 4, len(self.tokens))))

    def _leader_at(self, at: int, actor: str, by_token: dict[int, Mention]) -> None:
        capitalised = self._capitalised_run(at, 4)
        run = self._given_name_end(at, capitalised)
        if not run or at in by_token or any(self.tokens[k].key in FORMER for k in range(max(0, at - 5), at)):
            return  # "Former President of Liberia Charles Taylor" no longer speaks for Liberia
        words = self.tokens[at:at + run]
        if any(match_phrase(self.tokens, at + k, _roles()["titles"]) for k in range(run)):
            return
        if tuple(t.key for t in words) not in known_actors().forms and self._refused_after(at + run - 1):
            return  # "Senator Leila de Lima, a leading critic of President X" (a leader the data knows is
            # read so by `_introduce_known_people`)
        full = self.text[words[0].start:words[-1].end]
        self.persons[full] = actor
        self._add_form(tuple(t.key for t in words), actor, "person")
        # the family name: the last word, or the first before a hyphenated given name ("Moon Hyung-bae")
        family = words[0] if run > capitalised else words[-1]
        if run >= 2 and family.key not in PARTICLES and not self._family_shared(full, family.key, words[0].start):
            self._add_form((family.key,), actor, "person")
            self.persons.setdefault(self.text[family.start:family.end], actor)

    def _leaders_by_context(self, titles: PhraseSet) -> None:
        """"President Donald Trump" with no state before the title: the one state the
        sentence (or else the sentence before) names speaks through him."""
        sentences = self.sentences
        # a state named as a place is nobody's state there: "Colonel X ... fled towards Mayotte"
        states = [(m.start, m.actor) for m in self.mentions if self.actors[m.actor].kind == "state"
                  and m.via != "person"  # "Lukashenko is using ...," Minister X said: no state named
                  and not self._named_as_place(m.first_token) and not self._nationality_of_someone(m.start)
                  and not (m.first_token and self.tokens[m.first_token - 1].key in FORMER)]  # "former Nigerian President"
        named_states = {actor for _, actor in states}
        by_token = {m.first_token: m for m in self.mentions}
        told_from = self._dateline_state()
        told_from = told_from if told_from is not None and told_from == self.home_state() else None
        office_end = 0  # (the words of an office read with the title before: "of the General Staff")
        for i, token in enumerate(self.tokens):
            if not token.capital or (i and self.tokens[i - 1].index in by_token and not self._gap(i - 1, i).strip()):
                continue  # "Kenyan President X" is read by _introduce_leaders; not "In Tegucigalpa, President X"
            n = match_phrase(self.tokens, i, titles)
            if not n or (i and match_phrase(self.tokens, i - 1, titles)) or self._refused_title(i) or i < office_end \
                    or match_phrase(self.tokens, i, _roles()["bodies"]) > n:
                continue  # (not "the General Staff": a body's name opening with a title)
            at = i + n
            while at < len(self.tokens) and self.tokens[at].capital \
                    and (more := match_phrase(self.tokens, at, titles)) \
                    and at + more < len(self.tokens) and self.tokens[at + more].key == "of":
                at += more  # "First Deputy Chief of the General Staff X": one office
            if at + 1 < len(self.tokens) and self.tokens[at].key == "of" and self.tokens[at + 1].capital:
                at += 2  # "Minister of Information Moammar al-Eryani"
                while at + 1 < len(self.tokens) and (self.tokens[at].capital and self.tokens[at].key in PORTFOLIO_WORDS
                                                     | PORTFOLIO_MORE or self.tokens[at].key == "and"):
                    at += 1  # "Minister of Foreign Affairs Sameh Shoukry", "of Trade and Industry"
            elif at + 2 < len(self.tokens) and self.tokens[at].key == "of" and self.tokens[at + 1].key == "the" \
                    and self.tokens[at + 2].capital and (body := match_phrase(self.tokens, at + 2, _roles()["bodies"])):
                at += 2 + body  # "Chief of the General Staff Onik Gasparyan", "Commander of the Navy X"
                office_end = at
            if at >= len(self.tokens) or not self.tokens[at].capital \
                    or self._gap(at - 1, at).strip() not in ("", ".") \
                    or self._gap(at - 1, at).strip() and self.tokens[at - 1].key not in TITLE_ABBREVIATIONS:
                continue
            if self._title_in_a_name(i, at):
                continue
            here = self._sentence_at(token.start)
            if here is None:
                continue
            if self._office_follows(at):
                continue  # "Maj. Gen. X, a spokesman for the ruling military council": the office decides
            court = self._court_near(token.start) if any(
                _judges_title(t.key, self.tokens[k + 1].key if k + 1 < len(self.tokens) else "")
                for k, t in enumerate(self.tokens[i:i + n], start=i)) else None
            # ("Judge X", "Chief Justice X")
            if court is not None:  # "Judge Amy Berman Jackson" in an article about one court speaks for it
                self._leader_at(at, court, by_token)
                continue
            owner = self._state_after_name(at, by_token) or self._region_after_name(i, at) \
                or self._region_before_title(i, by_token) or self._government_beside(token.start)
            known = known_actors().forms.get(tuple(t.key for t in self.tokens[at:at + self._capitalised_run(at, 4)])) \
                if owner is None else None
            if known is not None and known.via == "person" and known.actor not in named_states:
                continue  # "Supreme Leader Ali Khamenei blamed the riots on the United States": the data's
                # Iran, not the one state the sentence names
            if owner is not None:  # "President Lula of Brazil", "Prime Minister John Howard of Australia"
                self._leader_at(at, owner, by_token)
                continue
            lead = i - 1 if i and self.tokens[i - 1].key != "the" else i - 2
            if lead >= 0 and self.tokens[lead].key in COUNTERPART_WORDS:
                continue  # "A held talks with President Y", "A met President Y": Y is A's counterpart
            regions = {m.actor for m in self.mentions if m.actor in self.regions or self._regional_government(m.actor)} \
                or self._place_sides() & {m.actor for m in self.mentions}  # ("sued Texas ... Governor X")
            title = tuple(t.key for t in self.tokens[max(0, i - 1):i + n])  # (with "First", no title of its own)
            if (token.key in REGIONAL_TITLES or title in REGIONAL_TITLE_PHRASES) and len(regions) == 1:
                # "Governor Ulises Ruiz" in an article about one state's part (Oaxaca); "First Minister X"
                # beside "the Scottish Government": the region's head, not the state's
                self._leader_at(at, regions.pop(), by_token)
                continue
            opening = self.opening_state(here)
            if opening is not None:  # "In Tegucigalpa, President Xiomara Castro ordered ...": a roundup's new item
                self._leader_at(at, opening, by_token)
                continue
            reported = self._reported_by_holder(token.start) if known is None else set()  # (the data's own
            # "President Petro Poroshenko" speaks for Ukraine, whatever his report names)
            before = [(start, actor) for start, actor in states if here.start <= start < token.start
                      and not inside_quote(self.text[here.start:start])
                      and start not in reported]
            if before:  # "the United States Department of Defense ... approved by President Donald Trump"
                # the subject's state over the last one named: "Canada expelled an Indian diplomat
                # after Prime Minister Justin Trudeau said ..." is Canada's prime minister
                subject = [actor for start, actor in before if self._in_subject(start)]
                self._leader_at(at, (subject or [actor for _, actor in before])[-1], by_token)
                continue
            spoke_in = self._where_spoken(here, token.start)
            if spoke_in is not None:  # "Foreign Minister X told reporters in Panama City that Ecuador's
                self._leader_at(at, spoke_in, by_token)  # authorities ...": where he speaks, not whom he speaks of
                continue
            for sentence in sentences[max(0, here.index - 3):here.index + 1][::-1]:
                # in the title's own sentence, not the state its holder acts on ("Information
                # Minister X accused Britain of ...")
                holder = self.tokens[at].start if sentence is here else -1
                aside = self._aside_of(holder) if sentence is here else range(0)
                found = {actor for start, actor in states if sentence.start <= start < sentence.end
                         and not self._object_of_holder(start, holder) and start not in aside
                         and not (sentence is here and inside_quote(self.text[sentence.start:start]))}
                # (nor the state a quote names: '"Minsk is using migrants as weapons," Minister X said')
                spoken_of = {actor for start, actor in states if sentence is here and start in reported}
                if found and found <= spoken_of:
                    break  # every state the sentence names is one the holder speaks of: none of them
                # a sentence before is about its subject, a state or one who speaks for it
                heads = {m.actor for m in self.mentions if sentence.start <= m.start < sentence.end
                         and self.actors[m.actor].kind == "state" and self._heads_subject(m)
                         and not self._named_as_place(m.first_token)} if sentence is not here else set()
                if sentence is not here and told_from is not None and not (
                        len(heads) == 1 and self._named_itself(sentence, next(iter(heads)))):
                    self._leader_at(at, told_from, by_token)  # "ISTANBUL — ... writes for German newspapers.
                    # Justice Minister X told reporters ...": wire copy names a foreign official's state with
                    # the title; one named with none is of the dateline's state, where the story is told from,
                    # unless the sentence before is about another state by its name ("Panama, which granted
                    # him asylum, said ... Foreign Minister X told reporters"; not "the State Department said")
                    break
                found -= spoken_of  # (the holder's own is the one they do not speak of)
                if len(heads) == 1 or len(found) == 1:  # several: the one the sentence before is about
                    self._leader_at(at, next(iter(heads if len(heads) == 1 else found)), by_token)
                if found or heads:  # the nearest sentence that names a state decides (one state: its;
                    break  # several: its subject's, else none)

    def _where_spoken(self, sentence: Sentence, after: int) -> str | None:
        """The state whose city or name says where a title's holder speaks, after the title in its
        sentence: "told reporters in Panama City", "said in Ankara" (an "in" on a verb of saying)."""
        for m in self.mentions:
            if not (after < m.start < sentence.end) or self.actors[m.actor].kind != "state":
                continue
            index = self._token_at[m.first_token]
            word = self.doc[index] if index >= 0 else None
            while word is not None and word.dep_ == "compound":
                word = word.head  # ("Panama City")
            prep = word.head if word is not None and word.dep_ == "pobj" else None
            if prep is not None and prep.lower_ == "in" and prep.head.lemma_.lower() in UTTERING:
                return m.actor
        return None

    def _named_itself(self, sentence: Sentence, state: str) -> bool:
        """Does the sentence's subject name the state by its own name or capital, not by an organ
        ("Panama, which granted him asylum, said", not "the State Department said")?"""
        return any(m.actor == state and sentence.start <= m.start < sentence.end and self._heads_subject(m)
                   and _head_word(keys(m.text)) not in body_words() for m in self.mentions)

    def _government_beside(self, title: int) -> str | None:
        """The home state, for a title set in apposition to a phrase that names a government and
        no state ("the head of the government delegation, Health Minister X, accused ...")."""
        word = self._parsed_word_at(title)
        while word is not None and word.dep_ == "compound":
            word = word.head
        if word is None or word.dep_ != "appos" or any(self._is_state_word(key_of(t.text)) for t in word.head.subtree
                                                       if t.i < word.i):
            return None
        said = [t for t in word.head.subtree if t.i < word.i and t.lemma_.lower() in GOVERNMENTS]
        return self.home_state() if said else None

    def _reported_by_holder(self, title: int) -> set[int]:
        """Where the states the title's holder charges stand (the characters their words start at):
        one whose report names another's wrong is not of that state ("The attack was the work of
        groups backed by Pakistan's spy agency, Home Minister X told parliament"; "Secretary X went
        further, telling reporters that Kuwait had failed to ..."). The doer of a wrong reported, or
        an owner in the report, is charged; the state a wrong is done to may be the holder's own
        ("told lawmakers it marked a new stage in Moscow's war against Ukraine")."""
        word = self._parsed_word_at(title)
        verb = next((a for a in (word.ancestors if word is not None else ()) if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(a.dep_ == "nsubj" for a in (word, *word.ancestors) if a.i < verb.i):
            return set()
        says = word_set("predicates", "saying")
        saying = [v for v in (verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
                                      and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)))
                  if v.lemma_.lower() in says]  # (the holder's own saying, not "while Mexico complained that ...")
        clauses = [c for v in saying for c in v.children if c.dep_ in ("ccomp", "parataxis")]
        return {t.idx for c in clauses for t in c.subtree if t.dep_ == "poss" or any(
            a.dep_ in ("nsubj", "nsubjpass") and reports_a_wrong(a.head) for a in (t, *t.ancestors))}

    def _refused_title(self, i: int) -> bool:
        """Does the title at token `i` end an office that speaks for no state ("House Minority
        Leader X", "Senate Majority Whip X": his party's, read as the title "Leader" alone)?"""
        refuse = _roles()["not_for_state"]
        return any(match_phrase(self.tokens, k, refuse) > i - k for k in range(max(0, i - 2), i))

    def _aside_of(self, holder: int) -> range:
        """The characters of what a relative clause or an apposition says of the name at
        character `holder` ("Attorney General X, who is under US sanctions, ...": the United
        States is what she is under, not her state)."""
        word = self._parsed_word_at(holder)
        while word is not None and word.dep_ == "compound" and word.head.i > word.i:
            word = word.head
        asides = [c for c in word.children if c.dep_ in ("relcl", "appos") and c.i > word.i] if word is not None else []
        if not asides:
            return range(0)
        return range(min(c.left_edge.idx for c in asides), max(c.right_edge.idx + len(c.right_edge) for c in asides))

    def _title_in_a_name(self, title: int, at: int) -> bool:
        """Is the title word at token `title` the start of a name the parser tags as one, not a
        person's ("the General Confederation of Labour", "the General Assembly")?"""
        first, word = self.tokens[title].i, self.tokens[at].i
        return first >= 0 and word >= 0 and self.doc[word].ent_iob_ == "I" \
            and self.doc[word].ent_type_ not in ("PERSON", "") and self.doc[first].ent_type_ == self.doc[word].ent_type_

    def opening_state(self, sentence: Sentence) -> str | None:
        """The state a sentence opens with ("In Tegucigalpa, ...", "In neighbouring Nigeria, ..."), if any."""
        words = sentence.text.lstrip()
        if not words.startswith("In ") or "," not in words[:60] or len(words[:words.index(",")].split()) > 5:
            return None  # (not "In a statement read out in Havana, the FARC said ...": where it spoke)
        end = sentence.start + (len(sentence.text) - len(words)) + words.index(",")
        return next((m.actor for m in self.mentions if sentence.start <= m.start < end
                     and self.actors[m.actor].kind == "state"), None)

    def _of_after_name(self, at: int) -> int | None:
        """The index of the word right after "of" that follows the titled name at `at`
        ("President Lula of Brazil": Brazil's), if "of" follows it."""
        run = self._capitalised_run(at, 4)
        after = at + run
        if not run or after + 1 >= len(self.tokens) or self.tokens[after].key != "of" \
                or self._gap(after - 1, after).strip():
            return None
        return after + 1

    def _state_after_name(self, at: int, by_token: dict[int, Mention]) -> str | None:
        """The state a titled name is "of", right after it: "President Lula of Brazil"."""
        place = self._of_after_name(at)
        mention = by_token.get(place) if place is not None else None
        return mention.actor if mention is not None and self.actors[mention.actor].kind == "state" else None

    def _region_before_title(self, title: int, by_token: dict[int, Mention]) -> str | None:
        """"Scotland's First Minister Nicola Sturgeon": the region whose possessive comes right
        before the title (a side of its own, `_introduce_speaking_places`) is the holder's."""
        for k in range(title - 1, max(-1, title - 3), -1):  # (over "First" of "First Minister")
            before = by_token.get(k)
            if before is not None:
                return before.actor if before.actor in self.regions and self.tokens[k].possessive else None
        return None

    def _region_after_name(self, title: int, at: int) -> str | None:
        """"Gov. Gavin Newsom of California", "Mayor Karen Bass of Los Angeles": the place a
        local office's holder is "of" is a side of its own, as "California Governor Gavin
        Newsom" makes it (`_local_office_speaks`); a state's is read by `_state_after_name`."""
        after = self._of_after_name(at) if self.tokens[title].key in LOCAL_TITLE_WORDS else None
        if after is None:
            return None
        word = self._parsed_word_at(self.tokens[after].start)
        place = next((e for e in self.doc.ents if word is not None and e.start <= word.i < e.end
                      and e.label_ in ("GPE", "LOC")), None)
        if place is None:
            return None
        words = [t for t in from_doc(place, place.start_char) if t.key not in FUNCTION_WORDS]
        key = tuple(t.key for t in words)
        if not key or key in self.forms and self.actors[self.forms[key].actor].kind == "state":
            return None
        return self._add_region(key, self.text[place.start_char + words[0].start:place.start_char + words[-1].end])

    def _office_follows(self, at: int) -> bool:
        """Is the name at token `at` followed by an office in apposition (", a spokesman for
        ...", ", the government's chief negotiator")? Then the parse reads whom it serves."""
        run = self._capitalised_run(at, 4)
        after = at + run
        if not run or after + 1 >= len(self.tokens) or self._gap(after - 1, after).strip() != ",":
            return False
        start = after + 1 if self.tokens[after].key in ("a", "an", "the") else after
        for k in range(start, min(start + 4, len(self.tokens))):
            if match_phrase(self.tokens, k, _roles()["titles"]):
                return True
            if self.tokens[k].capital or self.tokens[k].key in ("and", "or", "who", "which"):
                return False  # "X, and President Y", "X, Kenya's president": not an office of X's own
        return False

    def _named_as_place(self, first: int) -> bool:
        """"towards Mayotte", "in Kenya", "the island of Mayotte": a place, not a state acting."""
        before = [t.key for t in self.tokens[max(0, first - 2):first]]
        return bool(before) and (before[-1] in PLACE_PREPOSITIONS or before[-1] == "of" and len(before) == 2
                                 and before[0] in PLACES_OF
                                 or before[-1] == "for" and len(before) == 2 and before[0] in LEAVING)  # "leaving for"

    def _officials_of_groups(self, titles: list[tuple[str, ...]]) -> None:
        """"Ramón Guillermo Aveledo, the MUD's executive secretary", "Izzat al-Rishq, Hamas's
        spokesman": the name speaks for the actor whose office it holds, later by surname too."""
        pattern = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), (?:the |a )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})"
                             r"[’']s? ([a-z][a-z -]{2,40}?)(?=[,.;]| said| told| who)")
        for match in pattern.finditer(self.text):
            office = tokenize(match.group(3))
            if not any(match_phrase(office, k, titles) for k in range(len(office))) \
                    or any(match_phrase(office, k, _roles()["not_for_state"]) for k in range(len(office))):
                continue  # (not "Anwar Ibrahim, Malaysia's sacked deputy prime minister")
            form = self.forms.get(keys(match.group(2)))
            if form is None or self.actors.get(form.actor) is None or self.actors[form.actor].kind == "person":
                continue
            self._name_speaks_for(match.group(1), form.actor)

    def _name_speaks_for(self, name: str, actor: str) -> None:
        """The person `name` speaks for `actor`, by the whole name and by surname: a form the
        capitalised runs took for a body's, or for a person of its own, is the speaker's."""
        self.persons.setdefault(name, actor)
        person = keys(name)
        for key in (person, person[-1:]):
            held = self.forms.get(key)
            mistaken = held is not None and held.actor not in known_actors().actors \
                and self.actors.get(held.actor, ActorInfo("", "", "other")).kind in ("person", "other")
            self._add_form(key, actor, "person", replace=mistaken)

    def _members_of_groups(self) -> None:
        """"said John Kelly of the group Survivors of Child Abuse", "Jane Doe of Amnesty
        International", "Margaret Aspinall, chair of the Hillsborough Family Support Group": the
        person named "of" a group, or holding a post of it, speaks for it, later by surname too."""
        pattern = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3})(?:, (?:the |a |an )?(?:[a-z][a-z-]* ){0,3}"
                             r"[a-z][a-z-]*)? of (?:the )?"
                             r"(?:(?:rights |campaign |pressure )?"
                             r"(?:group|organi[sz]ation|movement|campaign|charity|union) )?"
                             r"([A-Z][\w’'-]*(?: (?:of |for |and )?[A-Z][\w’'-]*){0,5})")
        for match in pattern.finditer(self.text):
            form = self.forms.get(keys(match.group(2)))
            person = keys(match.group(1))
            named = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            group = self.doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if form is None or self.actors.get(form.actor) is None or named is None or group is None \
                    or form.via == "city" or any(t.ent_type_ in ("GPE", "LOC") for t in group) \
                    or named[-1].ent_type_ != "PERSON" or person[0] in FUNCTION_WORDS \
                    or STUDYING & set(keys(match.group(2))) \
                    or self.actors[form.actor].kind in ("state", "person", "government_body") \
                    or any((held := self.forms.get(key)) is not None and (
                        held.actor in known_actors().actors or held.actor not in self.actors
                        or self.actors[held.actor].kind != "person") for key in (person, person[-1:])):
                continue  # a person's name no one else owns (a known leader stays his state's; not "The
                # RSF, which grew out of the Janjaweed militias": no person; nor an analyst "of the New America
                # Foundation": a commentator, no side; nor "Archbishop X of Ayacucho": a place)
            self._name_speaks_for(match.group(1), form.actor)

    def _leaders_after_comma(self, titles: list[tuple[str, ...]]) -> None:
        """"Angela Merkel, the Chancellor of Germany"."""
        pattern = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), (?:the |a )?([a-zA-Z -]{3,40}?) of ([A-Z][\w -]+)")
        for match in pattern.finditer(self.text):
            if not match_phrase(tokenize(match.group(2)), 0, titles):
                continue
            place = keys(match.group(3))
            for n in range(len(place), 0, -1):
                form = self.forms.get(place[:n])
                if form and form.via == "person" and self.text[match.end(3):match.end(3) + 1] in ("'", "’"):
                    break  # "secretary general of Kenyatta's Jubilee Party": the party's (`_owner_in_parse`)
                if form and self.actors.get(form.actor) and self.actors[form.actor].kind == "state":
                    self._named_for(match.group(1), form.actor)
                    break
        owned = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), the ((?:[A-Z][\w-]* ?){1,4})['’]s ([a-z -]{3,30})")
        for match in owned.finditer(self.text):  # "Valdis Dombrovskis, the European Commission's executive
            title = tokenize(match.group(3))  # vice-president": the body's, which speaks for its organisation
            form = self.forms.get(keys(match.group(2).strip()))
            if form is None or not any(match_phrase(title, i, titles) for i in range(min(3, len(title)))) \
                    or self.actors[form.actor].kind not in ("state", "international_organisation") \
                    or match.group(1) in self.persons:
                continue
            self._named_for(match.group(1), form.actor)

    def _named_for(self, name: str, actor: str) -> None:
        """A person's full name and surname as forms of the actor they speak for."""
        person = keys(name)
        self.persons[name] = actor
        self._add_form(person, actor, "person")
        self._add_form((person[-1],), actor, "person")

    def _introduce_company_named_before(self) -> None:
        """"Facebook removed a network of accounts ... Museveni accused the company of arrogance":
        a platform or outlet the article names, then calls "the company" as a side, is one (the
        collective "the company" then stands for it, `_introduce_collectives`)."""
        outlets = _outlets()
        for i, token in enumerate(self.tokens):
            if token.key not in COMPANY_WORDS or not i or self.tokens[i - 1].key != "the" or token.i < 0 \
                    or self.doc[token.i].dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                continue
            first = self.sentences[max(0, self._sentence_index(token.start) - 2)].start
            named = [(k, n) for k in range(i - 1, -1, -1) if self.tokens[k].start >= first
                     for n in [match_phrase(self.tokens, k, outlets)] if n and self.tokens[k].capital]
            if named:
                k, n = named[0]
                words = self.tokens[k:k + n]
                self._add_outlet(tuple(t.key for t in words), self.text[words[0].start:words[-1].end], False)
                self.mentions = self._scan()
                return

    def _company_named(self, actor: str) -> bool:
        """Is the actor named as a company or an outlet ("Mahan Air", "Facebook")?"""
        words = keys(self.actors[actor].name)
        return bool(words) and (words[-1] in COMPANY_HEADS or match_phrase(
            tokenize(self.actors[actor].name), 0, _outlets()) == len(words))

    def _sentence_at(self, offset: int) -> Sentence | None:
        """The sentence a character offset falls in (none between two sentences)."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def _sentence_index(self, offset: int) -> int:
        """The index of `_sentence_at(offset)`, the first sentence's between sentences."""
        here = self._sentence_at(offset)
        return here.index if here is not None else 0

    def _introduce_collectives(self) -> None:
        """"the separatists" stands for the one separatist authority the article names."""
        present = dict.fromkeys(m.actor for m in self.mentions)  # in order of first mention, not a set's
        by_kind: dict[str, list[str]] = {}
        for actor in present:  # (a chamber the parser took for a party is no crowd's: "the Legislative Council")
            if not self.is_legislature(actor):
                by_kind.setdefault(self.actors[actor].kind, []).append(actor)
        words = {t.key for t in self.tokens} | {singular(t.key) for t in self.tokens}
        observers = set(_roles()["observers"])
        civic_order = list(dict.fromkeys([*_roles()["civic"], *_roles()["observers"]]))  # as listed, not a set's order
        civic = set(civic_order)
        for phrase in [*_roles()["collective"], *civic_order, *self._company_descriptions()]:
            if not set(phrase) <= words or next((i for i in self._phrase_starts(phrase)
                                                 if not self._name_runs_on(i, len(phrase))), None) is None:
                continue
            if phrase[0] in CROWDS or phrase in civic:
                wanted = "political_group"  # a crowd is its own side, never an armed group's
            elif phrase[-1] in COMPANY_DESCRIPTIONS:
                wanted = "other"
            elif phrase[0].startswith("separatist"):
                wanted = "separatist_authority"
            else:
                wanted = "armed_group"
            # "the opposition" is not the one party; hijackers or gunmen not the one army the article names
            owners = by_kind.get(wanted, []) if phrase not in civic and phrase[0] not in CULPRIT_GROUPS else []
            if phrase[0] in CROWDS:  # "protesters" against "the ruling Georgian Dream party" are not its crowd,
                first_seen = next(self._phrase_starts(phrase))
                owners = [a for a in owners if not self.ruling(a)  # nor "Democratic leaders" its leaders'
                          and keys(self.actors[a].name)[-1:] != ("leaders",)
                          and not NO_CROWD & set(keys(self.actors[a].name))  # nor an electoral council's
                          # ("the National Electoral Council declared Maduro the winner ... the arrest of protesters")
                          and self._first_token_of(a) < first_seen]  # nor a party named only after the crowd
            if wanted == "other":  # "the railroad" Ohio sued: a company, never a region, nor a public body
                owners = [a for a in owners if a not in self.regions  # ("the publisher" is no tax department)
                          and not NOT_COMPANY_HEADS & set(keys(self.actors[a].name))]
            if wanted == "other" and len(owners) > 1:  # "the company": a company's or outlet's name, not a party's
                owners = [a for a in owners if self._company_named(a)]
            named = (self._named_as(phrase) or self._opposition_named_apart(phrase)) if phrase in civic else None
            if named is None and phrase == ("opposition", "leaders"):  # "the opposition Rassemblement ... the
                named = self._named_as(("opposition",))  # opposition leaders": its leaders
            # the party named ("the opposition party MDC", "Mugabe's ZANU-PF")
            named = named or self._calling_themselves(phrase, wanted if wanted != "other" else None)
            # ("the rebels, who call themselves the RCD", or a name the article gives them only there)
            demonym = self._with_demonym(phrase) if wanted in ("armed_group", "separatist_authority") else None
            # ("Iraqi militias", "Chechen separatists"; a people's word only names fighters no group stands for)
            if demonym is not None and owners and (wanted == "separatist_authority"  # "Armenian separatists" are
                                                   or not self._is_state_word(keys(demonym)[0])):  # Nagorno-Karabakh's
                demonym = None
            if named is not None:  # "the opposition party Movement for Democratic Change": that party
                actor = named
            elif len(owners) == 1 and (demonym is None or self._called(owners, phrase[-1]) is not None) \
                    and not self._backed_by_another(phrase):
                actor = owners[0]  # (not "Libyan rebels" for "Qaddafi forces", the one group named before;
                # nor "Turkish-backed militias" for the SDF that accuses them)
            elif len(owners) > 1 and (called := self._called(owners, phrase[-1]) or (
                    self._called(owners, phrase[-2]) if len(phrase) > 2 else None)) is not None:
                actor = called  # "the M23 rebel group ... the FDLR militia ... the rebels": the M23; "ELN
                # rebels ... the rebel group": the ELN
            elif len(owners) > 1 and demonym is None and (bloc := next(
                    (b for b, members in self._blocs.items() if b in owners and set(owners) - {b} <= members), None)):
                actor = bloc  # "the Three Brotherhood Alliance, made up of A, B and C ... the rebels": all of them
            elif len(owners) > 1 and demonym is None and INSURGENTS & {phrase[-1], *(f"{w}s" for w in phrase[:-1])} \
                    and (main := self._dominant(owners)) is not None:
                actor = main  # "the ONLF" named 15 times, "al-Shabab" once as its ally: "the rebels" (or "the
                # rebel group") are the ONLF
            elif wanted == "other" or phrase[0] == "the" and phrase not in SIDES_BY_THE:
                continue  # "the group" with no one group to stand for names nobody
            elif phrase in PROTESTING and (same := self.forms.get(other := next(iter(PROTESTING - {phrase})))) \
                    is not None and same.via == "collective":
                actor = same.actor  # "protesters" and "demonstrators" in one article: the one crowd, named
                if next(self._phrase_starts(phrase)) < next(self._phrase_starts(other)):  # by the word used first
                    self.actors[actor].name = phrase[0]
            elif wanted == "political_group":  # "Israeli veterans", "Palestinian activists" are named so
                demonym = self._with_demonym(phrase) if phrase in civic and phrase[-1].endswith("s") else None
                # (people, not "the Russian opposition": a state's own politics, its leader still the state's)
                first = next(self._phrase_starts(phrase))  # as written: "whistle-blower", not "whistle blower"
                written = self.text[self.tokens[first].start:self.tokens[first + len(phrase) - 1].end]
                written = written if re.fullmatch(r"[A-Z]{2,}s", written) else written.lower()  # "NGOs" kept
                actor = self._new_actor(demonym or written, wanted)
            else:
                noun = "separatists" if wanted == "separatist_authority" else phrase[phrase[0] == "the"]
                actor = self._new_actor(demonym or noun, wanted)
            self.forms.setdefault(phrase, Form(actor, "collective", False, False))
            if phrase in observers:
                self.observers.add(actor)
            if demonym is not None:  # "Iraqi militias" is the group, not Iraq and a group
                self.forms.setdefault(keys(demonym), Form(actor, "collective", False, True))
        crowd = next((self.forms[p] for p in sorted(PROTESTING) if p in self.forms), None)
        if crowd is not None and crowd.via == "collective":
            for voice in CROWD_VOICES:
                self.forms.setdefault(voice, crowd)

    def _named_near(self, actor: str, at: int) -> bool:
        """Is `actor` first named before token `at`, or at most two sentences after it (a lead
        may describe a side before it names it: "rebels seized the town ... The M23 said ...")?"""
        first = self._first_token_of(actor)
        if first >= len(self.tokens):
            return False
        return first < at or self._sentence_index(self.tokens[first].start) <= self._sentence_index(
            self.tokens[at].start) + 2

    def _first_token_of(self, actor: str) -> int:
        """The index of the first token of the article's first mention of `actor`."""
        return min((m.first_token for m in self.mentions if m.actor == actor), default=len(self.tokens))

    def _dominant(self, actors: list[str]) -> str | None:
        """The one of `actors` the article is about: named at least three times, and three
        times as often as any other."""
        counts = sorted(((sum(1 for m in self.mentions if m.actor == a), a) for a in actors), reverse=True)
        return counts[0][1] if counts[0][0] >= 3 and counts[0][0] >= 3 * counts[1][0] else None

    def _company_descriptions(self) -> list[tuple[str, ...]]:
        """The article's own descriptions of a company by what it makes or does: "the iPhone
        maker", "the social media company" (the fixed ones, "the drugmaker", are in roles.toml)."""
        found = []
        for token in self.doc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in COMPANY_DESCRIPTIONS - PLACES_OF_WORK - RANKS_TOO:
                continue  # (not "the Nazimabad police station")
            before = [c for c in token.children if c.i < token.i]
            if before and before[0].lower_ == "the" and len(before) > 1 \
                    and all(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ != "NORP" for c in before[1:]):
                # (not "the Swedish company": a nationality may set another company apart)
                found.append(keys(self.doc[before[0].i:token.i + 1].text))
        return found

    def ruling(self, actor: str) -> bool:
        """Is the party named as the one in power ("the ruling Georgian Dream party")?"""
        return any(m.actor == actor and re.search(r"\b(?:ruling|governing)\s+$", self.text[max(0, m.start - 12):m.start])
                   for m in self.mentions)

    def _introduce_described_culprits(self) -> None:
        """People an accusation is aimed at whom the article only describes: "Ethiopia accused
        the two Swedish journalists of ...", "police blamed land mafias for the killing", "police
        said three men had stabbed ...". Each is a side of its own, called by its description
        without article or count where a word besides the count is left ("Swedish journalists",
        but "three men"). A bare plural ("accused journalists") or an owned one ("its citizens")
        describes nobody in particular; a state's body ("Sudanese troops") is no such noun. An
        unnamed body that accuses is one too ("a local rights group accused ...", `_accuses`)."""
        nouns = {phrase[-1] for phrase in _roles()["described"]}
        accusing = word_set("predicates", "accuse") | {"blame"}
        wrongs = word_set("predicates", "wrong_verbs")
        wrong_nouns = word_set("predicates", "wrong_nouns")
        for word in self.doc:
            if word.tag_ == "NNS" and word.lower_ in nouns:
                if not self._aimed_at(word, accusing, wrongs) or any(
                        c.dep_ == "compound" and (any(ch.isdigit() for ch in c.text) or word.lower_ == "bombers"
                                                  and c.tag_ == "NNP" and (c.lower_,) not in self.forms)
                        for c in word.children):
                    continue  # ("Russian Su-34 bombers", "Sudanese Antonov bombers": aircraft by their model, a
                    # state's arms, not people)
            elif word.tag_ != "NN" or word.lower_ not in WATCHDOGS or not self._accuses(word, accusing, wrong_nouns):
                continue
            first = word.left_edge.i
            if any(t.dep_ not in DESCRIBING for t in self.doc[first:word.i]):
                continue  # "its citizens", "Ethiopia's prisoners": owned by a side already
            last = next((o.i for c in word.rights if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and o.i - word.i <= 4
                         and not any(t.tag_ == "VBG" or t.dep_ in ("det", "poss") for t in word.doc[c.i:o.i])
                         and o.lemma_.lower() not in wrong_nouns), word.i)
            # ("gangs of Kalenjin warriors", not "militiamen of burning villages" nor "accused armed
            # gangs of the killings", where the parser hangs the charge on the accused)
            words = [t for t in self._tokens_over(first, last) if t.key not in FUNCTION_WORDS or t.i > word.i]
            counted = [t for t in words if t.key not in QUANTIFIERS and not t.key.isdigit()]
            words = counted if len(counted) > 1 else words
            key = tuple(t.key for t in words)
            bare = word.lower_ in VIOLENT_DESCRIBED and not any(c.dep_ in ("det", "poss") for c in word.children)
            # ("accused bandits of kidnapping": criminals named by their kind alone; not "the attackers", told before)
            if len(key) < 2 and not bare or len(key) > MAX_FORM or key in self.forms or any(
                    (form := self.forms.get(key[i:j])) is not None and self.actors[form.actor].kind != "state"
                    for i in range(len(key)) for j in range(i + 1, len(key) + 1)):
                continue  # "Hamas gunmen": the group's, named already
            before = next((a for a in self.described if self.actors[a].name.lower().split()[-1] == word.lower_), None)
            if before is not None and any(c.lower_ == "the" for c in word.children):
                self.forms[key] = Form(before, "collective", False, False)  # "the two Swedish journalists ...
                continue  # the freelance journalists": the ones described before
            kind = "armed_group" if word.lower_ in VIOLENT_DESCRIBED else "other"
            actor = self._new_actor(self.text[words[0].start:words[-1].end], kind)
            self.forms[key] = Form(actor, "collective", False, False)  # "land mafias" is written small
            self.described.add(actor)

    @staticmethod
    def _accuses(word, accusing: set[str], wrongs: set[str]) -> bool:  # type: ignore[no-untyped-def]
        """Is the body `word`, unnamed, the one who accuses ("a human rights group blamed the
        army for"), or who tells of a wrong ("a monitoring group said troops shelled the town",
        "a rights group reported a military attack on civilians")?"""
        if word.dep_ != "nsubj" or not any(c.lower_ in ("a", "an") for c in word.children):
            return False  # (not "the Palestinian group said": the group named before)
        verb = word.head.lemma_.lower()  # (`wrongs`: "a rights group reported a military attack on ...")
        return verb in accusing or verb in speaking_verbs() and any(
            c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in wrongs for c in word.head.children)

    @staticmethod
    def _aimed_at(word, accusing: set[str], wrongs: set[str]) -> bool:  # type: ignore[no-untyped-def]
        """Is the plural noun `word` the one accused ("accused the journalists of"), the one
        blamed ("blamed the attack on land mafias"), or the doer of a reported wrong ("police
        said three men had stabbed")?"""
        head = word.head
        if word.lower_ not in STATE_HANDS and (
                word.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in PENALTIES
                or any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PENALTIES | accusing
                       for c in word.children)):
            return True  # "Iran charged three American hikers with espionage", "the trial of two Swedish
            # journalists accused of terrorism": the accused are the hikers, not the state they come from
        if word.dep_ == "dobj":  # (or listed: "designated six Mexican cartels as terrorist organisations")
            return head.lemma_.lower() in accusing | word_set("predicates", "label_verbs")
        if word.dep_ == "pobj":
            return head.lower_ == "on" and head.head.lemma_.lower() == "blame"
        quoted = head.dep_ == "ROOT" and inside_quote(word.doc.text[word.sent.start_char:word.idx])
        # ('"Gangs of Kalenjin warriors invaded the village ...," said X': a quotation tells it)
        return word.dep_ == "nsubj" and head.lemma_.lower() in wrongs and (
            head.dep_ == "ccomp" and head.head.lemma_.lower() in speaking_verbs() or quoted)

    def _introduce_chapters(self) -> bool:
        """"Transparency International Georgia", "Amnesty International UK": an organisation's
        national chapter is the organisation, not the state its name ends with (the small parser
        makes the state the head and the organisation's words its compounds). True when it
        gave a name a form, so that the mentions must be scanned again."""
        added = False
        for before, state in zip(self.mentions, self.mentions[1:]):
            if self.actors[state.actor].kind != "state" or self.actors[before.actor].kind not in (
                    "other", "international_organisation") or self.text[before.end:state.start] != " ":
                continue
            head = self._parsed_word_at(self.tokens[state.last_token].start)
            word = self._parsed_word_at(self.tokens[before.last_token].start)
            if head is None or word is None or word.head.i != head.i or word.dep_ != "compound":
                continue
            key = tuple(t.key for t in self.tokens[before.first_token:state.last_token + 1])
            self.forms.setdefault(key, Form(before.actor, "name", False, False))
            added = True
        return added

    def _introduce_modifier_collectives(self) -> None:
        """"a rebel attack", "a Syrian rebel checkpoint", "militant commanders": fighters named only
        by the word before a noun are the fighters the article names ("the rebels", the one
        armed group), else an armed group of their own called by the plural ("Syrian rebels")."""
        groups = {m.actor for m in self.mentions if self.actors[m.actor].kind == "armed_group"}
        for singular_key, plural in MODIFYING_FIGHTERS.items():
            if (singular_key,) in self.forms:
                continue
            at = [i for i in self._word_at.get(singular_key, ()) if self.tokens[i].key == singular_key
                  and i + 1 < len(self.tokens) and not self._gap(i, i + 1).strip()
                  and self._modifies_noun(i)]
            if not at:
                continue
            known = self.forms.get((plural,))
            if known is not None:
                actor = known.actor
            elif len(groups) == 1 and self._named_near(next(iter(groups)), at[0]):
                actor = next(iter(groups))  # "the M23 ... a rebel checkpoint": the one armed group (not "rebel
                # leaders" five sentences before "Russian mercenaries of the Wagner Group" are first named)
            else:
                demonym = self._with_demonym((singular_key,))
                actor = self._new_actor(demonym[:-len(singular_key)] + plural if demonym else plural, "armed_group")
                if demonym is not None:
                    self.forms.setdefault(keys(demonym), Form(actor, "collective", False, True))
                self.forms.setdefault((plural,), Form(actor, "collective", False, False))
            self.forms.setdefault((singular_key,), Form(actor, "collective", False, False))

    def _modifies_noun(self, index: int) -> bool:
        """Is the token at `index` a word set before a noun ("rebel checkpoint"), not a noun itself?"""
        word = self._parsed_word_at(self.tokens[index].start)
        return word is not None and word.dep_ in ("amod", "compound", "nmod") and word.head.pos_ == "NOUN" \
            and word.head.lower_ not in FIGHTER_NOUNS | GROUP_NOUNS | PARTY_NOUNS

    def _backed_by_another(self, phrase: tuple[str, ...]) -> bool:
        """"Turkish-backed militias", "Iran-aligned groups": where the article first names the
        fighters, a hyphen ties them to a backer, so they are a group of their own."""
        first = next(self._phrase_starts(phrase), None)
        return bool(first) and first >= 3 and self.tokens[first - 1].key in BACKED_WORDS \
            and self._gap(first - 2, first - 1) == "-" and self.tokens[first - 2].capital

    def _with_demonym(self, phrase: tuple[str, ...]) -> str | None:
        """"Iraqi militias", "Somali pirates", "Syrian rebels": a group the article first names
        with a state's adjective is called so (the state is not a side through it)."""
        if phrase[0] == "the":
            return None
        first = next(self._phrase_starts(phrase), None)
        if not first or self._gap(first - 1, first).strip():
            return None
        before = self.tokens[first - 1]
        if first >= 2 and self.tokens[first - 2].key in ("pro", "anti") \
                and not self._gap(first - 2, first - 1).strip(" -"):
            return None  # "pro-Russian separatists" are no Russians
        word = self._parsed_word_at(before.start)
        people = word is not None and word.ent_type_ == "NORP" and (before.key,) not in self.forms
        if not before.capital or not people and (  # "Chechen separatists", "Islamist militants": a people's word
                not self._is_state_word(before.key) or self.forms.get((before.key,)) is None
                or before.key == self.actors[self.forms[(before.key,)].actor].name.lower()):
            return None  # a state's own name ("Iraq militias") is no adjective
        return self.text[before.start:self.tokens[first + len(phrase) - 1].end]

    def _called(self, owners: list[str], noun: str) -> str | None:
        """The one of `owners` the article calls by `noun` right beside its name ("the M23
        rebels", "the M23 rebel group", "rebel M23"), if exactly one is."""
        word = singular(noun)
        called = {m.actor for m in self.mentions if m.actor in owners and any(
            0 <= k < len(self.tokens) and singular(self.tokens[k].key) == word
            for k in range(m.first_token - 1, m.last_token + 2))}
        return called.pop() if len(called) == 1 else None

    def _arm_alliances_of_fighters(self) -> None:
        """"The Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the TNLA": an
        alliance whose named members are armed groups is an armed group too, which "the rebels" may
        stand for (not a party's coalition, whose members are parties)."""
        for mention in self.mentions:
            info = self.actors[mention.actor]
            if info.kind not in ("political_group", "other") or keys(info.name)[-1:] not in BLOC_HEADS:
                continue
            rest = self.text[mention.end:]
            if not MADE_UP_OF.match(rest):
                continue
            end = mention.end + (rest.find(". ") if ". " in rest else len(rest))
            armed = {m.actor for m in self.mentions if mention.end < m.start < end
                     and self.actors[m.actor].kind == "armed_group"}
            if len(armed) >= 2:
                info.kind = "armed_group"
                self._blocs[mention.actor] = armed

    def _introduce_the_alliance(self) -> None:
        """"the alliance" stands for the one alliance the article names: "the Three Brotherhood
        Alliance ... the alliance accused the military of ...", "NATO said the alliance would ..."."""
        if ("the", "alliance") in self.forms or next(self._phrase_starts(("the", "alliance")), None) is None:
            return
        named = {m.actor for m in self.mentions if m.actor in STANDING_ALLIANCES
                 or list(takewhile(lambda w: w not in ("for", "of"), keys(self.actors[m.actor].name)))[-1:] == ["alliance"]}
        # ("the Civic Alliance for Justice and Democracy"; not "the Myanmar National Democratic Alliance Army",
        # an army named for an alliance)
        if len(named) == 1:
            self.forms[("the", "alliance")] = Form(named.pop(), "collective", False, False)

    def _named_as(self, phrase: tuple[str, ...]) -> str | None:
        """The one actor the article names right after `phrase` and a party noun ("the opposition
        party Movement for Democratic Change", "the opposition Orange Democratic Movement")."""
        found = set()
        starts = {m.start: m.actor for m in self.mentions}
        for i in self._phrase_starts(phrase):
            j = i + len(phrase)
            while j < len(self.tokens) and self.tokens[j].key in PARTY_NOUNS and not self.tokens[j].capital:
                j += 1
            if j < len(self.tokens) and self.tokens[j].start in starts:
                actor = starts[self.tokens[j].start]
                gap = self.text[self.tokens[j - 1].end:self.tokens[j].start]
                if self.actors[actor].kind != "state" and gap.strip() == "":  # not "opposition & Turkish"
                    found.add(actor)
        return found.pop() if len(found) == 1 else None

    def _party_words_after(self, mention: Mention) -> set[str]:
        """The words of ", the opposition party" set after a name: what the article calls it."""
        after = [t.key for t in self.tokens[mention.last_token + 1:mention.last_token + 5]]
        return set(after[:3]) if mention.last_token + 1 < len(self.tokens) and "," in self._gap(
            mention.last_token, mention.last_token + 1) and "party" in after else set()

    def _called_opposition_at(self, mention: Mention) -> bool:
        """Is `mention` called the opposition: "the opposition X", "X, the opposition party"?"""
        before = [t.key for t in self.tokens[max(0, mention.first_token - 2):mention.first_token]]
        called = before[-1:] == ["opposition"] or before[:1] == ["opposition"] and before[-1] in PARTY_NOUNS | {"group"}
        # ("the opposition party X"; not "the opposition accused X")
        return called or "opposition" in self._party_words_after(mention)

    def _the_opposition_named_later(self) -> bool:
        """"the opposition" is the one party the article calls so ("the opposition Al Wefaq"),
        also where that party became one only after the crowds were read (a name the parser
        took for a person's). True when "the opposition" changed hands: scan the mentions again."""
        form = self.forms.get(("opposition",))
        if form is None or form.via != "collective" or self.actors[form.actor].name.lower() != "opposition":
            return False
        called = {m.actor for m in self.mentions if m.actor != form.actor and m.via == "name" and (  # (not "the
            self.actors[m.actor].kind in ("political_group", "other") and self._called_opposition_at(m)  # opposition
            or [t.key for t in self.tokens[max(0, m.first_token - 2):m.first_token]] == ["the", "opposition"])}
        # protesters"; a name the parser took for a person's only right after "the opposition", not "opposition
        if not called:
            called = self._opposition_opened_next()
        if len(called) != 1:  # leader X")
            return False
        party = called.pop()
        self.actors[party] = replace(self.actors[party], kind="political_group")
        self.forms[("opposition",)] = Form(party, "collective", False, False)
        return True

    def _opposition_opened_next(self) -> set[str]:
        """"Malawi's main opposition party on Friday accused ... The Malawi Congress Party (MCP),
        whose candidate ..., said": a lede's unnamed opposition party is the party named for the
        first time right at the start of the next sentence (or none)."""
        sentences = list(self.doc.sents)
        for here, following in zip(sentences, sentences[1:]):
            words = [t.lower_ for t in here]
            if not any(a == "opposition" and b == "party" for a, b in zip(words, words[1:])):
                continue
            first = next((m for m in self.mentions if m.start >= following.start_char), None)
            opens = first is not None and first.start < following.end_char \
                and self.text[following.start_char:first.start].strip().lower() in ("", "the")
            if opens and self.actors[first.actor].kind in ("political_group", "other") \
                    and not any(m.actor == first.actor and m.start < first.start for m in self.mentions):
                return {first.actor}
            return set()
        return set()

    def _parties_by_context(self) -> None:
        """A group the article introduces, whose name reads as a front or a company's ("the
        Patriotic Front"), that the article calls ruling, governing or an opposition party
        ("the ruling Patriotic Front", "the opposition Patriotic Front party") is a party."""
        known = known_actors().actors
        self._called_opposition: set[str] = set()
        self._called_ruling: set[str] = set()  # both read by `_opposition_named_apart`
        for mention in self.mentions:
            info = self.actors[mention.actor]
            before = [t.key for t in self.tokens[max(0, mention.first_token - 2):mention.first_token]]
            if set(before) & RULING:
                self._called_ruling.add(mention.actor)
            after = [t.key for t in self.tokens[mention.last_token + 1:mention.last_token + 5]]
            described = self._party_words_after(mention)
            if self._called_opposition_at(mention) and info.kind not in ("state", "person"):
                self._called_opposition.add(mention.actor)  # "the opposition X", "X, the opposition party"
            if mention.actor in known or info.kind not in ("armed_group", "other", "international_organisation"):
                continue  # ("the ruling Awami League": a league the article introduces may be a party)
            if (set(before) | described) & (RULING | {"opposition"}) or after[:1] in (["party"], ["parties"]) \
                    and set(before) & {"the", "its"}:  # "the ruling X", "X, the opposition party", "the X party"
                self.actors[mention.actor] = ActorInfo(info.id, info.name, "political_group", list(info.forms))
        ruling = {a for a in self._called_ruling if self.actors[a].kind == "political_group"}
        if len(ruling) == 1:  # "the ruling party" is the one party the article calls ruling, before or after
            actor = ruling.pop()
            for word in RULING:
                self.forms.setdefault((word, "party"), Form(actor, "collective", False, False))

    def _calling_themselves(self, phrase: tuple[str, ...], kind: str | None = None) -> str | None:
        """The one actor a collective is said to call itself: "The rebels, who call themselves
        the Congolese Rally for Democracy (RCD)", "the militants, calling themselves ...",
        "the group, known as ...", or whose it is said to be ("the separatists of the CMA").
        A name no form has yet becomes an actor of `kind`, if given."""
        starts = {m.first_token: m.actor for m in self.mentions}
        found = set()
        for i in self._phrase_starts(phrase):
            j = i + len(phrase)
            if j < len(self.tokens) and self.tokens[j].key in ("of", "from") and not self._gap(j - 1, j).strip():
                k = j + 1 + (j + 1 < len(self.tokens) and self.tokens[j + 1].key == "the")
                k += 1 if k + 1 < len(self.tokens) and self.tokens[k].possessive else 0  # ("from Castillo's Free
                # Peru party")
                if k in starts and self.actors[starts[k]].kind in (
                        GROUP_KINDS if self.tokens[j].key == "of" else ("political_group", "armed_group")):
                    found.add(starts[k])  # "the separatists of the Coordination of Azawad Movements", "lawmakers
                continue  # from the Free Peru party"
            if j >= len(self.tokens) or "," not in self._gap(j - 1, j):
                continue
            words = [t.key for t in self.tokens[j:j + 4]]
            lead = next((n for n in (3, 2) if words[:n] in (["who", "call", "themselves"], ["which", "calls", "itself"],
                                                             ["who", "called", "themselves"], ["calling", "themselves"],
                                                             ["calling", "itself"], ["known", "as"])), None)
            if lead is None:
                continue
            k = j + lead + (j + lead < len(self.tokens) and self.tokens[j + lead].key == "the")
            if k in starts and self.actors[starts[k]].kind != "state":
                found.add(starts[k])
            elif k not in starts and k < len(self.tokens) and self.tokens[k].capital and kind is not None:
                end = self._name_with_commas(k)  # a name of its own no form has yet: "the Military Junta
                if end - k >= 2:  # for the Consolidation of Democracy, Peace and Justice"
                    name = self.text[self.tokens[k].start:self.tokens[end - 1].end]
                    actor = self._new_actor(name, self._head_kind(keys(name)) or kind)
                    self._add_form(name, actor)
                    found.add(actor)
        return found.pop() if len(found) == 1 else None

    def _name_with_commas(self, at: int, limit: int = 16) -> int:
        """Where a capitalised name from `at` ends, commas of a list inside it kept ("... of
        Democracy, Peace and Justice"): particles and commas only between capitalised words."""
        end, i = at, at
        while i < len(self.tokens) and i - at < limit:
            token = self.tokens[i]
            if i > at and self._gap(i - 1, i).strip() not in ("", ","):
                break
            if token.capital:
                end = i + 1
            elif token.key not in PARTICLES and token.key not in CONNECTORS:
                break
            i += 1
        return end

    def named_by_head(self, word: str, before: int | None = None) -> str | None:
        """The one actor the article names (before offset `before`, if given) whose name ends in
        `word` ("the front" after "the Tigray People's Liberation Front"), if exactly one does."""
        named = [m for m in self.mentions
                 if self.actors[m.actor].kind != "state" and (before is None or m.start < before)]
        found = {m.actor for m in named if keys(self.actors[m.actor].name)[-1:] == (word,)
                 or len(keys(m.text)) >= 2 and keys(m.text)[-1] == word  # "the European Commission": the EU
                 or len(keys(m.text)) >= 3 and _head_before_of(keys(m.text)) == word}  # "the Commission on
        # Human Rights ... the commission"
        if not found:  # "the ruling Georgian Dream party ... the party": the name the word followed
            found = {m.actor for m in named if self.text[m.end:m.end + len(word) + 1].lower() == " " + word}
        if not found and word == "union":  # "the union" after "the BC Teachers' Federation": the trade's body
            return self._union_before(named)  # named most often before
        return found.pop() if len(found) == 1 else None

    def _union_before(self, named: list[Mention]) -> str | None:
        """The body of a trade's people the mentions `named` name most often ("United Teachers Los
        Angeles", "the Jordan Teachers Syndicate"), if one is named more often than any other."""
        counts = Counter(m.actor for m in named if TRADES & set(keys(self.actors[m.actor].name)))
        ranked = counts.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def state_named_before(self, actor: str) -> str | None:
        """The state whose name or adjective the article sets right before a name of `actor`
        ("the Kenyan opposition party Orange Democratic Movement"), if any."""
        for mention in self.mentions:
            if mention.actor != actor:
                continue
            for token in self.tokens[max(0, mention.first_token - 3):mention.first_token]:
                form = self.forms.get((token.key,))
                if form is not None and token.capital and form.actor in self.actors and self.kind_of(form.actor) == "state":
                    return form.actor  # (a form may name an actor the scan never found, and left out)
        return None

    def _opposition_named_apart(self, phrase: tuple[str, ...]) -> str | None:
        """"Zambia's main opposition party accused the government ... The United Party for
        National Development (UPND) said ...": the one party the article names and never calls
        ruling, nor owned by the head of state, when it speaks of "the opposition party" in the singular."""
        if phrase != ("opposition",):
            return None
        if len(self._called_opposition) == 1:  # "the MDC, the opposition party, ... the opposition"
            return next(iter(self._called_opposition))
        if not any(i + 1 < len(self.tokens) and self.tokens[i + 1].key == "party" for i in self._phrase_starts(phrase)):
            return None
        parties = {m.actor for m in self.mentions if self.actors[m.actor].kind == "political_group"}
        left = parties - self._called_ruling - self._led_by_the_state()
        return left.pop() if len(left) == 1 else None

    def _led_by_the_state(self) -> set[str]:
        """The parties the article writes as owned by one who speaks for the state, its head's
        ("Mutharika's Democratic Progressive Party"): governing, no opposition."""
        def owned(first: int) -> bool:  # (by the forms: a leader's surname may not be scanned yet)
            owners = [self.forms.get(tuple(t.key for t in self.tokens[first - n:first])) for n in (1, 2, 3) if first >= n]
            return first > 0 and bool(self.tokens[first - 1].possessive) and any(
                f is not None and f.via == "person" and self.actors[f.actor].kind == "state" for f in owners)
        return {m.actor for m in self.mentions if owned(m.first_token)}

    def _inside_a_name(self, i: int) -> bool:
        """Does token `i` go on a capitalised name begun before it by a word that names no state
        ("the African National Congress", a party; not "the Kenyan National Assembly")?"""
        before = self.tokens[i - 1] if i else None
        if before is not None and before.key == "of" and i > 1 and self.tokens[i - 2].capital \
                and not self._sentence_initial(i - 2):
            return True  # "the General Confederation of Labour", "the Ministry of Labour": no Labour party
        return before is not None and before.capital and before.key not in FUNCTION_WORDS \
            and not self._gap(i - 1, i).strip() and not self._sentence_initial(i - 1) and not any(
                self._names_a_state(tuple(t.key for t in self.tokens[j:i])) for j in range(max(0, i - 4), i))

    def _goes_on_with_of(self, i: int) -> bool:
        """Does a name go on at token `i` with "of" and a name that is no state's ("the Congress
        of South African Trade Unions", not "the Congress of Peru")?"""
        if i + 1 >= len(self.tokens) or self.tokens[i].key != "of" or not self.tokens[i + 1].capital:
            return False
        end = i + 1
        while end < len(self.tokens) and self.tokens[end].capital and not self._gap(end - 1, end).strip():
            end += 1
        return not self._names_a_state(tuple(t.key for t in self.tokens[i + 1:end]))

    def _names_a_state(self, key: tuple[str, ...]) -> bool:
        """Is `key` a state's name or adjective ("Kenyan", "United States")?"""
        form = self.forms.get(key) or self.forms.get(key[:-1] + (singular(key[-1]),))
        return form is not None and self.actors.get(form.actor, ActorInfo("", "", "")).kind == "state"

    def _introduce_domestic(self) -> None:
        """A legislature's chamber and a party's members the article names, capitalised: each
        an actor of its own ("Congress", "the House of Representatives", "Democrats"). A chamber
        named with its state ("the US House of Representatives") is still the chamber."""
        legislatures = _roles()["legislatures"]
        for phrase in [*legislatures, *_roles()["party_members"]]:
            if phrase in self.forms:
                actor = self.forms[phrase].actor  # "the National Assembly", found by the parser as an organisation
                if phrase in legislatures and self.actors[actor].kind in ("other", "political_group") \
                        and actor not in known_actors().actors:
                    self.actors[actor] = replace(self.actors[actor], kind="government_body")
                continue
            for i in self._phrase_starts(phrase):
                if self.tokens[i].capital and not self._inside_a_name(i) and not self._goes_on_with_of(i + len(phrase)):
                    name = self.text[self.tokens[i].start:self.tokens[i + len(phrase) - 1].end]
                    kind = "government_body" if phrase in _roles()["legislatures"] else "political_group"
                    actor = self._members_party(phrase) if kind == "political_group" else None
                    actor = actor or self._new_actor(name, kind)
                    self.forms[phrase] = Form(actor, "name", False, True)
                    if phrase[0] == "house" and len(phrase) > 1:  # "the House" after "the House of Representatives"
                        self.forms.setdefault(("house",), Form(actor, "name", False, True))
                    break
        self._introduce_the_house()
        self._introduce_party_adjectives()
        self._introduce_counted_states()

    def _introduce_counted_states(self) -> None:
        """"Sixteen states sued the administration", "a coalition of 20 states filed suit": the
        federated states of a domestic dispute, counted and not named, act as one side, called
        as the article counts them. Not "Arab states", "member states" or "EU states" (countries
        a word before "states" says), nor states only counted ("in 30 states")."""
        acting = word_set("predicates", "accuse") | word_set("predicates", "punish") | SUING
        for word in self.doc:
            if word.lower_ != "states" or word.tag_ != "NNS" or word.dep_ not in ("nsubj", "pobj"):
                continue
            subject = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" \
                and word.head.head.lemma_.lower() in ("coalition", "group") else word
            counts = [c for c in word.children if c.dep_ == "nummod"]
            if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in acting or len(counts) != 1 \
                    or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in word.children):
                continue
            words = self._tokens_over(counts[0].left_edge.i, word.i)
            key = tuple(t.key for t in words)
            if key not in self.forms:
                actor = self._new_actor(self.text[words[0].start:words[-1].end], "other")  # (no government
                self.forms[key] = Form(actor, "collective", False, False)  # "the administration" may stand for)
                self.forms.setdefault(("states",), Form(actor, "collective", False, False))  # "accused the states"

    def _introduce_the_house(self) -> None:
        """"The House impeached the president", "the House voted": a chamber named only so,
        capitalised, with "the" before it and no "of" after (not "the White House", "the House
        of Saud", nor "House Speaker Nancy Pelosi", where it only qualifies an office)."""
        if ("house",) in self.forms:
            return
        chambers = {self.forms[p].actor for p in _roles()["legislatures"] if p[0] == "house" and len(p) > 1
                    and p in self.forms}
        if len(chambers) == 1:  # "the House" after "the House of Representatives": that chamber
            self.forms[("house",)] = Form(chambers.pop(), "name", False, True)
            return
        for i in self._word_at.get("house", ()):
            word = self._parsed_word_at(self.tokens[i].start)
            if not self.tokens[i].capital or i == 0 or self.tokens[i - 1].key != "the" or word is None \
                    or word.dep_ == "compound" or i + 1 < len(self.tokens) and self.tokens[i + 1].key == "of":
                continue
            name = self.text[self.tokens[i].start:self.tokens[i].end]
            self.forms[("house",)] = Form(self._new_actor(name, "government_body"), "name", False, True)
            return

    def _introduce_party_adjectives(self) -> None:
        """"Conservative MPs", "Republican senators", "Democratic lawmakers": a party's members
        named by its adjective are the party's members ("Conservatives"), as "Labour MPs" are Labour."""
        for adjective, members in PARTY_ADJECTIVES.items():
            for i in self._word_at.get(adjective, ()):
                members_noun = i + 1 < len(self.tokens) and self.tokens[i + 1].key in MEMBER_NOUNS
                leading = i + 1 < len(self.tokens) and self.tokens[i + 1].key == "leader"
                leader = leading and i + 2 < len(self.tokens) and self.tokens[i + 2].capital
                known = self.forms.get((members,))
                if leading and not leader and self.tokens[i].capital:
                    party = known.actor if known is not None else self._members_party((members,))
                    if party is None:
                        continue
                    self.forms.setdefault((adjective, "leader"), Form(party, "name", False, True))
                    continue  # "accused the Socialist leader of ...", unnamed: the Socialists' own
                if not self.tokens[i].capital or not (members_noun or leader):
                    continue  # ("Conservative leader Andrew Scheer" leads the party: `_introduce_leaders`)
                key = (adjective, self.tokens[i + 1].key) if members_noun else (adjective,)
                if key in self.forms:
                    continue
                plural = members_noun and self.tokens[i + 1].key.endswith("s")
                name = self.text[self.tokens[i].start:self.tokens[i + 1].end] if plural else members.title()
                # ("Liberal MP Bridget Archer": one of the Liberals)
                actor = known.actor if known is not None else self._new_actor(name, "political_group")
                self.forms[key] = Form(actor, "name", False, True)
                self.forms.setdefault((members,), Form(actor, "name", False, True))

    def _introduce_courts(self) -> None:
        """A court named with what it is ("a Paris criminal court", "a federal appeals court",
        "the district court"): a side of its own in the case it judges, by that name, as
        annotators name it, not the state whose court it is. "The court" after one such court
        is that court."""
        courts: list[str] = []
        for word in self.doc:
            if word.lemma_.lower() not in COURT_WORDS or word.pos_ not in ("NOUN", "PROPN"):
                continue
            modifiers = [c for c in word.children if c.dep_ in ("compound", "amod", "nmod") and c.i < word.i
                         and c.lower_ not in NOT_COURT_NAMES]
            if not modifiers and word.text[:1].isupper() and word.tag_ not in ("NNS", "NNPS"):
                courts += self._court_named_from(word)  # "the Court of Justice of the European Union"
            if not modifiers or word.tag_ in ("NNS", "NNPS"):
                continue
            first = min(t.i for m in modifiers for t in m.subtree)
            last = _court_name_end(word)
            words = list(from_doc(self.doc[first:last + 1], self.doc[first].idx))
            key = tuple(t.key for t in words)
            if key in self.forms and self.actors[self.forms[key].actor].kind != "state":
                courts.append(self.forms[key].actor)  # "Brazil's Supreme Court", found by the parser: one court
            if key in self.forms or any(c.dep_ == "poss" for c in word.children) and word.text[:1].islower():
                continue  # a court the data or the parser named already; "Kenya's court": the state's
            end = self.doc[last].idx + len(self.doc[last].text)
            actor = self._new_actor(self.text[self.doc[first].idx:end], "other")
            self._add_form(key, actor)
            courts.append(actor)
        courts = self._courts_by_prefix_merged(self._courts_by_demonym_merged(list(dict.fromkeys(courts))))
        self.courts = [c for c in courts if not self._state_court_merged(c)]
        written = {c: self.text.find(self.actors[c].name) for c in self.courts}
        court = self.only_court() or min((c for c in written if written[c] >= 0), key=written.__getitem__, default=None)
        # ("the court" where several are named: the one named first, whose case the story tells)
        if court is not None and ("court",) not in self.forms:
            self.forms[("court",)] = Form(court, "collective", False, False)

    def _introduce_bodies_by_head(self) -> None:
        """"The Independent Electoral and Boundaries Commission ... accused the electoral
        commission of ...": a body the article names is the one "the commission" (or the
        name's own head with one of its words, "the electoral commission") stands for, when
        it names one body with that head only (`named_by_head`)."""
        for head in NAMED_BODY_HEADS:
            actor = self.named_by_head(head)
            if actor is None:
                continue
            added = [(w, head) for w in keys(self.actors[actor].name)[:-1] if w not in FUNCTION_WORDS | CONNECTORS]
            for key in [*added, (head,)]:
                if key not in self.forms:
                    self.forms[key] = Form(actor, "collective", False, False)
                    self._after_the.add(key)

    def _courts_by_demonym_merged(self, courts: list[str]) -> list[str]:
        """"Thai court dissolves party" over "Thailand's Constitutional Court dissolved ...": a
        court named only by its state's demonym or as the state's top court ("German top court",
        "top court") is the first other court the article names, one of the state's own."""
        def generic(court: str) -> bool:
            words = tuple(w for w in keys(self.actors[court].name)[:-1] if w not in COURT_DESCRIPTIONS)
            described = self.actors[court].name[:1].islower() and len(words) < len(keys(self.actors[court].name)) - 1
            return len(words) <= 2 and (described or bool(words) and self._names_a_state(words))
        # (and "South African court"; "top court", as a headline writes it)
        general = [c for c in courts if generic(c)]
        named = [c for c in courts if c not in general and not set(keys(self.actors[c].name)) & COURTS_ABOVE_STATES]
        # ("a Turkish court ... the European Court of Human Rights": two courts)
        if not general or not named:
            return courts
        written = {c: self.text.find(self.actors[c].name) for c in named}
        first = min(named, key=lambda c: written[c] if written[c] >= 0 else len(self.text))
        self._forms_moved(set(general), first)
        return [c for c in courts if c not in general]

    def _court_named_from(self, word: "SpacyToken") -> list[str]:
        """The court a known name starting at the court word names ("the Court of Justice of the European
        Union", "the Court of Arbitration for Sport"), found by the entities before: one of the article's courts."""
        words = list(from_doc(self.doc[word.i:min(len(self.doc), word.i + MAX_FORM)], word.idx))
        if len(words) < 3 or words[1].key != "of":
            return []
        for n in range(len(words), 2, -1):
            form = self.forms.get(tuple(t.key for t in words[:n]))
            if form is not None and self.actors[form.actor].kind != "state":
                return [form.actor]
        return []

    def _state_court_merged(self, court: str) -> bool:
        """"An Egyptian court sentenced ...", "a Moscow court convicted ...": a court told by its
        state's adjective or capital alone, no other court of that state named, is the state's
        organ, as annotators name it (the state); a court that says which court it is stays a
        side of its own ("a Paris criminal court", "a federal court"). True when merged."""
        words = keys(self.actors[court].name)
        if len(words) != 2 or words[-1] not in COURT_WORDS or not self._names_a_state(words[:1]):
            return False
        self._forms_moved({court}, self.forms[words[:1]].actor)
        return True

    def _forms_moved(self, merged: set[str], into: str) -> None:
        """Every form of the `merged` courts names `into` instead: one court, however written."""
        for key, form in list(self.forms.items()):
            if form.actor in merged:
                self.forms[key] = replace(form, actor=into)

    def _place_sides(self) -> set[str]:
        """The places the article makes sides: its regions, and names of places no state is that
        act as sides all the same ("The Justice Department sued Texas")."""
        tagged = {m.actor for m in self.mentions if self.actors[m.actor].kind == "other"
                  and (word := self._parsed_word_at(m.start)) is not None and word.ent_type_ == "GPE"}
        return self.regions | tagged

    def federal_state_before(self, start: int) -> str | None:
        """The one region named before character `start` that is a federal state: one with an
        officeholder ("Governor Greg Abbott", read as the region's) or written as a state ("the
        state of Texas", "Texas state"). "The state" in a story about it is it, not the nation."""
        sides = self._place_sides()
        named = {m.actor for m in self.mentions if m.start < start and m.actor in sides}
        if len(named) != 1:
            return None
        region = next(iter(named))
        name = re.escape(self.actors[region].name)
        held = any(form.actor == region and form.via == "person" for form in self.forms.values())
        written = re.search(rf"\b(?:[Ss]tate of {name}|{name} [Ss]tate)\b", self.text) is not None
        return region if held or written else None

    def _courts_by_prefix_merged(self, courts: list[str]) -> list[str]:
        """"Supreme Court strikes down ..." over "The Supreme Court of India on Thursday ...": a
        court named by the first words of one other court's name is that court, and so is one
        described by words of its name ("Brazil's electoral court", "the Superior Electoral Court")."""
        for short in list(courts):
            words = keys(self.actors[short].name)
            described = self.actors[short].name[:1].islower()  # "Brazil's electoral court": by the words of its name
            longer = [c for c in courts if c != short and (keys(self.actors[c].name)[:len(words)] == words or described
                                                            and set(words) < set(keys(self.actors[c].name)))]
            if len(longer) != 1:
                continue
            self._forms_moved({short}, longer[0])
            courts.remove(short)
        return courts

    def only_court(self) -> str | None:
        """The one court the article names, if it names one only: the one its judges, "the
        judge" and "the court" speak for."""
        return self.courts[0] if len(self.courts) == 1 else None

    def _court_near(self, start: int) -> str | None:
        """The court a judge named at character `start` sits on: the one court the article
        names, else the court named last shortly before ("five judges of the Superior Electoral
        Court voted ... Justice X said"), where the article names others too; never a court
        without the level the judge's title names ("U.S. District Judge X" beside the appeals
        court an appeal will go to)."""
        title = re.split(r"[.,;:!?\n]", self.text[max(0, start - 40):start])[-1].lower()
        levels = set(re.findall(r"[a-z]+", title)) & COURT_LEVELS  # "U.S. District Judge X" sits on a district
        fits = [c for c in self.courts if levels <= set(keys(self.actors[c].name))]  # court
        if len(self.courts) == 1:  # (named before the judge, or in the same breath: not "Judge X ... The
            # Court of Cassation later dismissed the complaints", a higher court the judge does not sit on)
            first = self.text.find(self.actors[fits[0]].name) if fits else -1  # (no mention of it yet, maybe)
            here = self._sentence_at(start)
            return fits[0] if fits and (first < start or here is not None and first < here.end) else None
        named = {c: self.text.rfind(self.actors[c].name, 0, start) for c in fits}  # (a court this scan
        named = {c: at for c, at in named.items() if at >= 0 and start - at <= COURT_REACH}  # made is no mention yet)
        return max(named, key=named.__getitem__) if named else None

    def first_court(self) -> str | None:
        """The court the article names first: where it names several ("Israel's Supreme Court ...
        sitting as the High Court of Justice", "... would complain to the European Court"), the
        one its story is about, whose bench "the justices" are."""
        return next((m.actor for m in self.mentions if m.actor in self.courts), None)

    def _members_party(self, phrase: tuple[str, ...]) -> str | None:
        """"the Democrats" where the article names the Democratic Party of Moldova: its members
        are that party (the one named party whose words share the members' stem)."""
        stems = {word[:6] for word in phrase}
        named = {m.actor for m in self.mentions if self.actors[m.actor].kind == "political_group"
                 and stems <= {word[:6] for word in keys(self.actors[m.actor].name)}}
        return named.pop() if len(named) == 1 else None

    def _name_runs_on(self, at: int, n: int) -> bool:
        """Are the `n` words at `at` ("The Organization") the start of a longer name a form knows
        ("Organization of American States"), not a description of its own?"""
        return n >= 2 and self.tokens[at + n - 1].capital and self._form_at(at + 1, n)

    def _phrase_starts(self, phrase: tuple[str, ...]) -> Iterator[int]:
        """Every token where `phrase` occurs, in order. Only the places its first word is at are
        tried (the article's word index), not every token: the role lists hold hundreds of phrases."""
        for i in self._word_at.get(phrase[0], ()):
            if match_phrase(self.tokens, i, [phrase]):
                yield i

    @cached_property
    def _person_words(self) -> frozenset[str]:
        """The words of the names the parser tags as people's."""
        return frozenset(w for e in self.doc.ents if e.label_ == "PERSON" for w in keys(e.text))

    @cached_property
    def _org_names(self) -> list[tuple[int, tuple[str, ...]]]:
        """Each name the parser tags an organisation: its first token and its words without the small ones."""
        small = FUNCTION_WORDS | CONNECTORS
        return [(e.start, tuple(w.key for w in from_doc(e, e.start_char) if w.key not in small))
                for e in self.doc.ents if e.label_ == "ORG"]

    @cached_property
    def _word_at(self) -> dict[str, list[int]]:
        """Token positions by folded key and by its singular, ascending."""
        at: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            for key in {token.key, singular(token.key)}:
                at.setdefault(key, []).append(i)
        return at

    # -- asking -----------------------------------------------------------------------

    def resolve(self, name: str) -> str | None:
        """The id of the actor `name` denotes here ("Azeri troops" -> AZE), or None."""
        return resolve_in(name, self.forms)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self._starts, start)
        found = []
        for mention in self.mentions[first:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def named_in(self, name: str, spans: Iterable[tuple[int, int]]) -> bool | None:
        """Is the actor `name` denotes named inside one of `spans`? None: not an actor here."""
        actor = self.resolve(name)
        if actor is None:
            return None
        return any(m.actor == actor for a, b in spans for m in self.mentions_in(a, b))

    def person(self, name: str) -> str:
        """A person as an actor of their own, for a leader a domestic side accuses ("the House
        impeached President Trump"). The names keep resolving to the leader's state when the
        text is scanned; only the claim names the person."""
        fuller = {known for known in self.persons if known != name and (name in known.split()
                                                                         or known.endswith(" " + name))}
        if len(fuller) == 1:  # "Trump", introduced as "Donald Trump" ("Yoon" as "Yoon Suk Yeol"): the full name
            # (and "Fernández de Kirchner" as "Cristina Fernández de Kirchner")
            name = fuller.pop()
        actor = slug(name)
        if actor not in self.actors:
            self.actors[actor] = ActorInfo(actor, name, "person", [name])
        return actor

    def name_of(self, actor: str) -> str:
        return self.actors[actor].name

    def is_legislature(self, actor: str) -> bool:
        """Is the actor a chamber by its name ("Senate", "House of Representatives")?"""
        return tuple(self.actors[actor].name.lower().split()) in _roles()["legislatures"]

    def kind_of(self, actor: str) -> str:
        return self.actors[actor].kind
