"""Hand gold for part f of the test13 split (tests/corpus/test13/, index_f.json): one Wikinews article, 2006.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read besides the article: tests/gold/README.md,
tests/gold/test12_i.py, the docstrings of tests/gold/test12_j.py, test12_k.py and (searched as a word list) of every
tests/gold/test*_?.py and heldout_?.py, the helpers P, M, A, X of tests/gold/build_gold.py, tests/gold/check_part.py,
tests/corpus/test12/README.md and index.json, the titles of every tests/corpus/**/index*.json, and the party and
alliance kinds of schemas/briefing.schema.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_poll.conllu). find_files gives the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b, read to its end (three pages, 44,674 characters, 21 sentences; `# text`
lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). Title = the headline (sentence 1),
date = the dateline (sentence 2, "Monday, March 6, 2006"), url = the Wikinews address of the title (not stored in
the file: built from the title, as test12_j and test12_k did).
The body was rebuilt from the `# text` lines of sentences 3-21, in order, joined by one space (no kept sentence's
last token has SpaceAfter=No, so every join is a space). Dropped: the headline (sentence 1, "BBC global poll finds
majority feel the US led Iraq invasion increased likelihood of terrorist attacks") and the dateline (sentence 2).
The file holds no image caption, pull quote or poll box; nothing else dropped. Characters as stored: the typo
"the likelihood or terrorism", the colon ending sentence 10 followed by "35 percent ...", the quotation split over
two stored sentences (`"It's official.` + `Citizens worldwide think ... by invading Iraq," Doug Miller ...`), the
em dash in Bush's quote, "[political]" in square brackets, straight quotes and apostrophes.

Region and year: the Middle East (the Iraq war) seen from a worldwide opinion poll, March 2006: a BBC World
Service / GlobeScan survey of 35 countries finds that most respondents think the war in Iraq raised the likelihood
of terrorist attacks; a CBS News poll of US opinion on the war; President Bush's answer on his approval ratings.

Domain (doubt): the article is about a war, but it reports opinions on it, not an act of war or a dispute between
named sides: no state or group in it charges another with a wrong, nobody mediates, and no tie between states is
stated. I kept it because it is the only in-domain article my slice yielded within the look-up budget and the war
(the invasion, the foreign troops in Iraq, the removal of Saddam Hussein) is its subject; it is a precision test
(a reading should find two sides and no accusation). Drop it if the split must hold only articles with a dispute
between named sides.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test13/index_*.json (when this part was finished test13 held index_a.json and index_d.json, with
the 2007-12-10 Africa-Europe summit and the 2011-11-26 Gambian election: other events). Same-event check: no article of any split reports this poll;
the nearest are "George Bush discusses Iraq 5 years after invasion" (2008) and "Bush says US troop build-up in Iraq
has brought 'hope'" (2007): the same war, other events.

How the slice (words p, q, r) was searched: 66 search calls in all, within the 70 allowed. The amalgum/news/dep
listing stops at "catholic" and the amalgum_extra/news/dep listing at "sheffield"; every p-r name of the latter is
named in earlier docstrings, so only amalgum/news/dep was searched, by exact path (find_files with path=...), one
guessed word at a time, each word first checked against the AMALGUM names in tests/corpus and against a list of all
words of the docstrings of tests/gold/test*_?.py and heldout_?.py. Four words that earlier docstrings use only in
prose (never as found, used, opened, left out or tried) were tried: report, riot, poll, press.
- One known path (reactor, used by test9) looked up once to check that exact-path look-ups work; not opened.
- Two exact-string searches: "AMALGUM_news_r" (found only the public conllu-rest scratch file earlier parts name;
  read once: its news words are atomic, lords, mercenary, reuters, vodka, canadian, dolores, vessel, whitecaps,
  bicentennial, scottish, debris, arrivederci, spielberg, fourth, ajax, curling, stingray, all named before) and
  "AMALGUM_news_p" (no hit).
- Kept: poll ("BBC global poll finds majority feel the US led Iraq invasion increased likelihood of terrorist
  attacks", 2006-03-06), read in full.
- Opened and left out (first page read): refinery ("Burst pipe probed in Utah refinery blast as questions asked over
  safety", 2009-11-08): an industrial accident.
- Words tried that are not in amalgum/news/dep: rouge, ratko, radovan, reyes, provocations, patrols, pardons,
  retakes, rioters, peres, prosecutor, purge, palace, prabhakaran, ratifies, presidents, remarks, planes, reacts,
  reunification, putsch, policemen, partners, protested, polonium, paracel, papua, reconnaissance, pattani,
  passports, roadmap, recalled, pashinyan, resumed, plotting, report, riot, press, rising, politkovskaya, rugova,
  qom, pilots, rogue, ruto, renamo, qurei, pervez, provoked, rudd, parade, partition, persecuted, razed, restricted,
  pinochet.
Only one article: two of 58 guesses existed and one of the two was in the domain (borderline); the budget was spent.

Reading choices (doubts):
- Parties: the United States (its president is asked about "handling the conflict"; "Western leaders ... invading
  Iraq" names no state) and Iraq (the invaded country: Saddam Hussein removed from power, foreign troops on its
  soil, its government the one that may ask them to stay). Doubt: the body never says in so many words that the
  United States invaded Iraq (only the dropped headline does: "the US led Iraq invasion"); and Iraq's 2006
  government is the host of the foreign troops, not their enemy, so Iraq is read as the war's ground and target.
- Saddam Hussein is kept as an alias of Iraq (the leader removed from power acted for its state). Doubt.
- No alliance: "Western leaders" names no state, and the Iraqi government "asking them to stay" is hypothetical.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- BBC global poll finds majority feel the US led Iraq invasion increased likelihood of terrorist attacks (2006)
PO_SURVEY = (
    "Sixty percent of respondents in an international survey conducted for the BBC World Service felt that the "
    "likelihood of terrorist attacks around the world has been increased by the war in Iraq."
)
PO_SADDAM = (
    "Other questions asked in the poll found that 45 percent of respondents felt removing Saddam Hussein from power "
    "was a mistake, compared to 36 percent who felt the removal was the right decision."
)
PO_TROOPS = (
    "13 percent thought that a pull-out should occur within a few months unless the government of Iraq requested "
    "them to stay."
)
PO_MISTAKE = (
    "Citizens worldwide think Western leaders have made a fundamental mistake in their war on terror by invading "
    "Iraq,\" Doug Miller, president of GlobeScan, said."
)
PO_CBS = (
    "In an unrelated poll conducted in the U.S. by CBS News, only 36 percent of U.S. respondents thought \"the war "
    "is going well,\" and that 30 percent felt \"Bush was doing a good job of handling the conflict.\""
)
PO_RATINGS = (
    "President Bush said, \"If I worried about polls, I wouldn't be doing my job,\" on the topic of his low U.S. "
    "approval ratings."
)
PO_CHAOS = "President Bush also said that Iraqis must choose between \"chaos or unity.\""

GOLD = {
    # The Iraq war through opinion polls: a BBC/GlobeScan survey of 35 countries finds most think the war raised the
    # likelihood of terrorist attacks and split on whether the foreign troops should stay; a CBS News poll of US
    # opinion on Bush's handling of the war; Bush answers on his ratings.
    "2006-03-06-bbc-global-poll-finds-majority-feel-the-us-led-iraq-invasion": [
        # The side waging the war: Bush handles "the conflict" and speaks for the state (his "U.S. approval
        # ratings"). Doubt: the body never says outright that the US invaded (see the docstring).
        P("United States", "state", PO_CBS, PO_RATINGS, PO_CHAOS,
          aliases=["U.S.", "United States", "the United States", "US", "American", "President Bush", "Bush",
                   "Vice-President Dick Cheney", "Dick Cheney"]),
        # The invaded country, where the foreign troops are. Doubt: its 2006 government hosts those troops; Saddam
        # Hussein as an alias (the leader removed from power).
        P("Iraq", "state", PO_SURVEY, PO_SADDAM, PO_TROOPS, PO_MISTAKE,
          aliases=["Iraqi", "Iraqis", "the Iraqi government", "the government of Iraq", "Saddam Hussein"]),
        # Not items: Doug Miller's "Western leaders have made a fundamental mistake in their war on terror by invading
        # Iraq" (PO_MISTAKE: a pollster's judgment of a decision, "a big mistake" in the README's words, and
        # "Western leaders" names no state; doubt: it could be read as GlobeScan accusing the United States); the
        # respondents' opinions (the invasion "increased the likelihood of terrorist attacks", removing Saddam
        # Hussein "was a mistake", the troops "should leave"): poll results, the article's own report of what
        # unnamed people think, with no accuser who is an actor; Bush's "Iraqis must choose between "chaos or
        # unity."" (a call, no accused); "the government of Iraq requested them to stay" (hypothetical, not a tie:
        # no alliance item); Mexico, Nigeria and China (countries whose respondents were polled), the BBC World
        # Service, GlobeScan, CBS News and ABC's World News Tonight (pollsters and media): not parties. No mediator:
        # nobody brokers or hosts talks.
    ],
}
