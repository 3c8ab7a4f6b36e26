"""Hand gold for part i of the test13 split (tests/corpus/test13/, index_i.json): one Wikinews article, 2007.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, tests/gold/test12_i.py,
the docstrings of tests/gold/test12_j.py, test12_k.py and test13_h.py (and, for the words they tried, the words of
the docstrings of every tests/gold/test*_?.py and heldout_?.py and /tmp/annot/wave1_tried.txt), the helpers P, M, A,
X of tests/gold/build_gold.py, tests/gold/check_part.py, the enum lists of schemas/briefing.schema.json,
tests/corpus/test12/index.json and README.md, and every tests/corpus/*/index*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_defense.conllu). find_files listed the path at commit
c62d76acdf9e997362424821efb3e92094668a1d; read_file served the stored version at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b, read to its end (six pages, 92,696 characters, 48 sentences; untokenised
`# text` lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). Title = the headline
(sentence 1), date = the dateline (sentence 2, "Sunday, June 3, 2007"), url = the Wikinews address of the title
(apostrophe as %27, as in the earlier indexes).
The body was rebuilt from the `# text` lines of sentences 3-48, joined by one space, except where the last token of
a sentence has SpaceAfter=No:
- sentence 12 ends on a stray opening quote (`... support of its troops. "`) that runs straight into sentence 13
  (`Given the multiple security threats, ...`), giving `its troops. "Given`;
- sentence 19 ends on "U.S." and runs into sentence 20, a lone closing quote, giving `the U.S."`;
- sentence 26 ends on a stray quote, giving `the most attractive option. "Probably everybody`;
- sentence 32 is a lone opening quote that runs into sentence 33, giving `Tajikistan. "Integrating`.
One final newline. DROPPED: the headline (sentence 1, "World's defense chiefs meet in Singapore") and the dateline
(sentence 2). The file has no image captions or pull quotes; nothing else was dropped. Characters as stored:
straight quotes and apostrophes, "environment,the" (no space), "military build up", "Gates said an address on
Saturday", "incidences of piracy", "ought not to be hostage with the problems with Myanmar".

Region and year: East and South-East Asia (with Iran, Central Asia and Afghanistan), June 2007: the sixth Shangri-La
Dialogue in Singapore. The United States doubts China's published military budget (actual spending "up to three
times higher") and asks for transparency; China's delegate defends the figures and announces a planned military
hotline with the US; Singapore's prime minister ties China's build-up to Taiwan; Gates calls for stronger penalties
against Iran over its nuclear programme without ruling out military action; background on the US Manas Air Base in
Kyrgyzstan and the US exit from Uzbekistan in 2005; piracy in the Malacca Strait; ASEAN and Myanmar's junta.

Domain (doubt): no fighting in the article; it is security diplomacy at a defence conference, held for the
US-China dispute over China's military build-up and budget, and the sanctions pressure on Iran. Drop it if the
split must hold only armed conflict, terrorism or expulsions. The US is fighting in Iraq and Afghanistan only in
Gates's words.

Same-article and same-event check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test13/index_*.json (index_a, b, d, f, g and h were there when this part was written, and index_n too
when it was finished: a 2017 Turkey-US visa article); no corpus article is about a Shangri-La Dialogue. The nearest is "US Defense Secretary Gates to seek extra
aid for Afghanistan" (the same US minister, another event).

How the slice was searched (57 look-ups of the 65 allowed: 47 exact-path find_files guesses, 1 find_string, 9
read_file pages). My letters: c after "catholic", and d. Every guess was checked first against the words of the
docstrings of tests/gold/test*_?.py and heldout_?.py, /tmp/annot/wave1_tried.txt and the AMALGUM names in
tests/corpus; words that earlier docstrings use only in prose (never in a list of tried, found or used words) were
tried too (chaos, civil, council, dead, charged, crimes, court, criticism, defeat, destroyed, demonstrations, cease,
claim, decision, continues, conference, chief, dies, charges, convicted, defense, confirm). All look-ups were in
amalgum/news/dep.
- Kept: defense ("World's defense chiefs meet in Singapore", 2007-06-03), read in full.
- Opened and left out (first page read): crimes ("Charles Taylor gets 50 years for war crimes", 2012-05-30): in the
  domain, but the same trial as test10's "Liberian ex-President Charles Taylor convicted in war crimes trial"
  (2012-04-26, AMALGUM_news_taylor; test10 is spent and developed on as dev8), with the same background, so left out
  as the same affair; defeat ("Chelsea come from behind to defeat Porto", 2007): football; conference ("22nd annual
  ILGA-Europe conference meets in Brussels: in pictures", 2018): an LGBTI activists' conference, off the domain.
- A find_string for the `meta::shortTitle` line (to list stored titles) found nothing: the conllu files are not in
  that index.
- Words tried that are not in amalgum/news/dep: chinook, drills, decree, demonstration, crashed, dmz, combatants,
  deportation, chaos, civil, council, dead, charged, divided, counterattack, court, criticism, destroyed,
  demonstrations, cease, claim, decision, continues, chief, dies, denounce, demanding, dispatched, democrats,
  dadullah, diyarbakir, dahab, dujail, communique, daesh, charges, convicted, delayed, confirm, dictator, chiefs,
  demolition, cyber.
Only one article: about one guess in twelve existed, two of the four hits were off the domain and one repeats a
spent article's trial, and the look-ups left (eight) could not pay for a new hit (one guess in twelve, then four to six pages to read it).

Reading choices (doubts):
- Gates, "U.S. defense officials", Admiral Keating and the U.S. Pacific Command act for the United States; Zhang
  Qisheng and "China's delegation" (the People's Liberation Army) for China; Lee Hsien Loong for Singapore.
- Parties: the United States and China (the build-up dispute at the centre), Iran (doubt: the target of the
  "stronger penalties" Gates calls for and of possible military action; a side only in two sentences).
- Accusations: the US charge that China's actual military spending is up to three times its published budget (the
  one explicit allegation of the dispute); the US criticism of Uzbekistan's human rights record (doubt: 2005
  background, one clause).
- Alliances: the security cooperation of Indonesia, Malaysia and Singapore against piracy (doubt: "the need to
  develop better ... cooperation" says the tie is still being built); the US Manas Air Base in Kyrgyzstan supporting
  US operations in Afghanistan (doubt: a hosting tie named in the same sentence as the "pressure in Kyrgyzstan" over
  it).
- No mediator: the International Institute for Strategic Studies organises and Singapore hosts a multilateral
  conference; neither brokers between the US and China.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- World's defense chiefs meet in Singapore (2007) -------------------------------------------------------------
SD_DIALOGUE = (
    "The sixth Asia Security Conference, better known as the Shangri-La Dialogue, came to an end on Sunday in "
    "Singapore, highlighted by a visit by U.S. Defense Secretary Robert Gates and a senior Chinese defense official, "
    "Lt. Gen. Zhang Qisheng."
)
SD_ISSUE = "The big issue at the Shangri-La gathering focused on China and its military buildup."
SD_SPENDING = (
    "But U.S. defense officials have said they believe actual spending is up to three times higher, and they have "
    "called on China to be more transparent."
)
SD_PENALTIES = (
    "Concern about Iran's nuclear program came up in comments by Gates on Saturday, saying stronger penalties are "
    "needed against Iran \"not next year or the year after, but right now.\""
)
SD_MILITARY_ACTION = (
    "Gates did not rule out military action to stop Iran's nuclear research, even if it wasn't the most attractive "
    "option."
)
SD_MANAS = (
    "His remarks come as the U.S. is facing pressure in Kyrgyzstan over its Manas Air Base, which supports U.S. "
    "military operations in Afghanistan."
)
SD_UZBEKISTAN = (
    "The base has taken on strategic importance to the U.S. after it left Uzbekistan in 2005 after the U.S. "
    "criticized that country's human rights record."
)
SD_MALACCA = (
    "Closer to home for the Singaporeans, there was talk about piracy in the Malacca Strait, and the need to develop "
    "better communication and cooperation between the security forces of the concerned countries: Indonesia, "
    "Malaysia and Singapore."
)

GOLD = {
    # The Shangri-La Dialogue of June 2007: the US doubts China's published military budget; China defends it; calls
    # for stronger penalties against Iran; the Manas base, Uzbekistan, Malacca Strait piracy, ASEAN and Myanmar.
    "2007-06-03-world-s-defense-chiefs-meet-in-singapore": [
        # The accusing side of the build-up dispute; Gates and the "U.S. defense officials" act for the state.
        P("United States", "state", SD_DIALOGUE, SD_SPENDING,
          aliases=["U.S.", "the U.S.", "United States'", "U.S. Defense Secretary Robert Gates", "Robert Gates",
                   "Gates", "U.S. defense officials", "Timothy Keating", "Keating", "U.S. Navy",
                   "U.S. Pacific Command"]),
        # The side whose military build-up and budget are in dispute; Zhang and the PLA delegation act for it.
        P("China", "state", SD_ISSUE, SD_SPENDING,
          aliases=["Chinese", "the Chinese", "China's delegation", "Zhang Qisheng", "Zhang",
                   "People's Liberation Army"]),
        # Doubt: the target of the "stronger penalties" and of possible military action; two sentences only.
        P("Iran", "state", SD_PENALTIES, SD_MILITARY_ACTION, aliases=["Iran's"]),
        # Security cooperation of the three states against piracy in the Malacca Strait. Doubt: "the need to develop
        # better ... cooperation" may be read as a wish, not a standing tie; kind read as naval cooperation.
        A(["Indonesia", "Malaysia", "Singapore"], "military_support", SD_MALACCA),
        # The US base in Kyrgyzstan supporting US operations in Afghanistan. Doubt: the same sentence says the US faces
        # pressure in Kyrgyzstan over it (a strained tie); "its Manas Air Base" is the US's.
        A(["United States", "Kyrgyzstan"], "military_support", SD_MANAS),
        # The one explicit allegation of the dispute: China's published budget understates its spending.
        X("United States", "China", "actual spending is up to three times higher", SD_SPENDING,
          speaker="U.S. defense officials"),
        # Doubt: 2005 background in one clause; "criticized ... human rights record" read as an allegation of abuses.
        X("United States", "Uzbekistan", "criticized that country's human rights record", SD_UZBEKISTAN),
        # Not items: Gates's "There's no question that the Chinese are building significant capacity" and "Our
        # concern is over their intent." (a worry about intent, no wrong alleged; doubt: it could be read as a second
        # US charge against China); "they have called on China to be more transparent" (a call, kept inside the
        # spending item); Gates's "stronger penalties are needed against Iran" and not ruling out military action (a
        # call for sanctions over a "concern", no allegation in the article's words; doubt: it could be read as a US
        # charge against Iran over its nuclear programme); Zhang defending the budget as "true and authentic" (a
        # denial); Lee's "China's military build up is mainly a response to Taiwan" and his warning of "unintended
        # and dangerous escalation of tensions between China and the U.S." (an analysis and a hypothetical; Taiwan is
        # not read as a party); the planned US-China emergency hotline and "military-to-military conversations"
        # (confidence-building between the two sides, no alliance, no mediator); ASEAN "under pressure for its
        # admission of Myanmar, which is ruled by a junta" (the article's own report, passive, no accuser) and
        # Myanmar's ASEAN membership (membership of a regional organisation, not read as an alliance); the former US
        # base in Uzbekistan (a former tie); the US "fighting in Iraq and Afghanistan" (Gates's aside; Iraq and
        # Afghanistan not parties); Gates urging help for Afghanistan and the Central Asian states (a call); Keating on
        # piracy (no accused); the other delegations (Australia, Canada, France, Germany, Japan, South Korea, United
        # Kingdom), India's talk, Singapore as host and the International Institute for Strategic Studies as organiser
        # (no mediation: a multilateral conference, nobody brokers between the sides).
    ],
}
