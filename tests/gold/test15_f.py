"""Hand gold for part f of the test15 split (tests/corpus/test15/, index_f.json): one Wikinews article, 2008.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of tests/gold/test14_e.py and test14_a.py, the opening
and first items of heldout_a.py (how the sides of a domestic dispute are named), tests/corpus/test14/README.md and
index.json, and the titles, urls and sources of every tests/corpus/index.json and tests/corpus/*/index*.json
(test15/index_a to _e, and _g to _j just before this part was written). One grep over tests/gold/test*_?.py for
AMALGUM file paths (to avoid opening files other parts had already used) showed fragments of their docstrings.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_tsvangirai.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
735dbbd74f167b4a95026527271fba0893b76d57 (64,175 characters, 41 sentences, read to its end in five pages). That
version has no `# meta` lines and no `# newpar` marks, so: title = the headline (sentence 1, "Tsvangirai campaign
rallies banned in Zimbabwe"); date = the dateline (sentence 2, "Friday, June 6, 2008"); url = the Wikinews address of
the title (not stored in the version read); the body is one paragraph.
The body was rebuilt from the `# text` lines of sentences 3 to 41: sentences joined by one space, except that
sentences 5 and 38 (each a lone opening quote mark whose token has SpaceAfter=No) run straight into sentences 6 and
39 (`"Tsvangirai and other MDC leaders`, `"Basically, the police told them`); no other kept sentence ends with a token
marked SpaceAfter=No. One final newline. Dropped: the headline and the dateline. The version read holds no image
caption. Characters are as stored: straight quotes and apostrophes, the unclosed quotation of sentence 24 ("completely
unacceptable and hugely concerning.", closed after sentence 26), "PVOs/NGOs", "Mr Tsvangirai" without a stop, and
"deprive people with food" (sic).

The assigned sources hold no article text: lukasmoldon/wikinews stores code, README tables and PNG plots of a study
of New York Times and Guardian keywords (its data is off GitHub), and PrimerAI/WikiNews-multilingual is stored as its
README only (whose example rows name the Bloody Sunday article, which another part of test15 has taken). Other
"wikinews" repositories looked at (boudinfl/wikinews-2013-pre, markusschimper/wikinews, fordred/wikinews,
Christopher22/WikinewsProtagonists, thomas-lucke/wikinews-nlp, aschumilin/Wikinews) hold no article text either, so
this part fell back on the AMALGUM corpus, as parts e and f of test14 and parts a to e of test15 did.

Region and year: Southern Africa, June 2008, between the first round of Zimbabwe's presidential election and the
run-off: police stop the opposition leader Morgan Tsvangirai (MDC), the government bans his rallies and all foreign
aid groups; the MDC, the United States and UN agencies protest, and Zimbabwe's UN ambassador answers that the relief
agencies and the U.S. government use food as a political weapon. Domain: a domestic dispute (a government against its
opposition during a disputed election), with a diplomatic row on its side.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index*.json or
tests/corpus/test15/index_*.json (a to e and g to j when this part was written); no file under tests/corpus holds
"Tsvangirai campaign", "Esigodini" or "Chidyauskiku". The nearest earlier articles are the same Zimbabwe crisis at
other moments: test4's "Mugabe is 'prepared to fight' if Zimbabwe elects opposition" (2008-06-14), test7's
"Zimbabwean opposition leader rejects calls for power sharing talks", test10's "Mugabe says he's open to talks with
Zimbabwe opposition" and "Zimbabwe cabinet meets without MDC ministers after boycott", test11's "Zimbabwe opposition
claims early victory in election" (other events; their texts were not opened).

How the article was found (38 exact-path look-ups and 14 read_file pages of AMALGUM files). Exact-path find_files
guesses in amalgum/news/dep, each first checked against the AMALGUM names in tests/corpus/*/index*.json:
- Kept: tsvangirai (read in full).
- Opened and left out: opposition ("Lebanon forms unity government with Hezbollah-led opposition", 2008-07-11, read to
  sentence 19: a cabinet formed by agreement, no accusation so far); coup ("'Hunger Games' salute used to protest coup
  d'état in Thailand", 2014-06-05, read to sentence 14: the junta's warnings and bans, no accusation so far); boycott
  (a Dublin mayor and a Eurovision boycott of Israel: not domestic); thai (a UK judge and a Thai murder trial: a
  criminal case); supreme ("Supreme Court of the United States contemplates same-sex marriage", 2013: a preview of
  hearings); protest ("Women's March becomes largest protest in U.S. history", 2017, first page only: a march
  report); lords ("House of Lords approve same-sex marriage bill at third reading", 2013: a vote, no dispute with
  charges). The names lords, and the not-opened atomic, mercenary, reuters, scottish, canadian, came from a file
  listing AMALGUM paths that find_string returned (a conllu-rest scratch file).
- Not in amalgum/news/dep: protesters, senate, corruption, prosecutors, indicted, zelaya, tymoshenko, berlusconi,
  thaksin, musharraf, protests, ousted, referendum, governor, fraud, venezuelan, maoists, scandal, election,
  constitutional, charged, jailed, mps, democrats, blagojevich, wisconsin, sarkozy, bhutto, attorney, subpoena,
  abhisit.

Reading choices (doubts):
- The government side is the state, `Zimbabwe` (README: police, ministers and the ambassador act for the state; the
  article's "the government", "the regime", "Police in Zimbabwe", "Mugabe" are its aliases). Doubt: heldout_a.py names
  the sides of a domestic dispute as the article names them; "the government" or "Zimbabwean government"
  (government_body) is a defensible name for the same side.
- The opposition side is `MDC`, the only name the article gives the party (never spelt out); Morgan Tsvangirai leads
  it and is an alias, not an actor of his own (README: a person is an actor only when acting for no group). Doubt: a
  reading with a separate `Morgan Tsvangirai` (person) is defensible.
- ZANU-PF is a party only through the MDC chairman's charge that its activists blocked the mine's entrance; the
  article never says it is the ruling party, so no alliance with the government.
- The foreign aid groups are a party (banned, and charged by the ambassador); the article's "aid groups", "relief
  agencies", "PVOs/NGOs", "international organizations" and "the organizations which are providing services to the
  people" are read as one actor. The United States is a party (its diplomats were stopped, it accuses, and is
  accused); the United Kingdom, whose diplomats were stopped too but who says nothing, is left out (doubt).
- The ambassador's "the relief agencies, followed by the U.S. government" makes two items, one per accused; his next
  sentence ("They have gone out into the countryside ...") is read as aimed at the relief agencies (doubt: "They" may
  take in the U.S. government too).
- The US claim that its diplomats "were threatened with being burned alive" names no one in its sentence; the
  accused is read from the deputy information minister's own account of the same stop ("the police told them"): a
  doubt, drop it if the accused must be named in the claim.
- Not accusations (judgments of a decision or claims aimed at nobody named, README): UNICEF's "completely unacceptable
  and hugely concerning"; the UN High Commissioner's spokesperson's "halting food aid is unconscionable" and "To
  deprive people of food because of an election is a complete perversion of democracy" (doubt: it implies the
  government withholds food for the vote, which the ambassador then denies; a reading with an item
  `United Nations' High Commissioner for Human Rights` -> `Zimbabwe` is defensible); Frazer's "It's unbelievable that
  the government will actually kick out the organizations" (a judgment of the announced ban; doubt); the US calling
  the incident "outrageous"; Sibotshiwe's "its justification was 'nonsense'" (a judgment of the officials' reason).
  The police stops, detentions and the road block are the article's own report or the MDC's account of acts nobody
  disputes (the police spokesman explains the roadblocks), not allegations. Denials: the ambassador's "the government
  was not using food as a tool in the election" and "There is no use of food as a political weapon".
- No mediator: the US calls on President Thabo Mbeki of South Africa "to pressure Mugabe", a call, not mediation (the
  article never says Mbeki mediates). No alliance: nothing in the article is a standing tie between two actors.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: the article has no alliance or mediator)

# --- Tsvangirai campaign rallies banned in Zimbabwe (2008) --------------------------------------------------------
ZW_STOPPED = (
    "Police in Zimbabwe have stopped opposition leader Morgan Tsvangirai (MDC) en route to a campaign rally."
)
ZW_DETAINED = "Tsvangirai and other MDC leaders were detained again in Umzingwane."
ZW_BANNED = (
    "Afterwards, the government banned political rallies in support of Tsvangirai, effectively ending his campaigning."
)
ZW_REGIME = (
    "George Sibotshiwe, a spokesperson for Tsvangirai, called the ban \"a clear indication that the regime will do "
    "everything necessary to remain in power,\" and said its justification was \"nonsense.\""
)
ZW_MOYO = (
    "We tried to get an explanation from the police and they said we should have told them in advance that Mr "
    "Tsvangirai was going to visit,\" said Lovemore Moyo, MDC chairman, to AFP."
)
ZW_ZANU = (
    "\"We were unable to speak at the mine as we heard at the gate, there were ZANU-PF activists blocking the entrance."
)
ZW_MOYO_SAID = "We only managed to speak to our local councillors,\" Moyo said."
ZW_AID_BAN = "Also today, the government announced a ban on all foreign aid groups operating in the country."
ZW_FRAZER = (
    "US Assistant Secretary of State for African Affairs Jendayi Frazer called on President Thabo Mbeki of South Africa "
    "to pressure Mugabe \"not to starve the population and to allow international organizations to function.\""
)
ZW_AMBASSADOR = (
    "Speaking at the United Nations Headquarters, the Zimbabwean ambassador Boniface Chidyauskiku said that the "
    "government was not using food as a tool in the election."
)
ZW_WEAPON = (
    "It is the relief agencies, followed by the U.S. government, that have been using food as a political weapon,\" "
    "Chidyauskiku said to the Associated Press."
)
ZW_COUNTRYSIDE = (
    "\"They have gone out into the countryside and they have been telling Zimbabweans that if you don't vote for the "
    "opposition, if you don't change your vote, there's no food for you.\""
)
ZW_DIPLOMATS = (
    "Yesterday, United States and United Kingdom diplomats were stopped in their vehicles in an incident the US called "
    "\"outrageous\" and said that they were threatened with being burned alive in their cars."
)
ZW_MATONGA = (
    "Basically, the police told them they were not going anywhere unless they got out of the car,\" said deputy "
    "information minister Bright Matonga."
)

GOLD = {
    # Southern Africa (Zimbabwe), June 2008, before the presidential run-off: police stop and detain the opposition
    # leader Morgan Tsvangirai (MDC), the government bans his rallies and all foreign aid groups; the MDC and the
    # United States accuse the government, and its UN ambassador accuses the relief agencies and the U.S. government.
    "2008-06-06-tsvangirai-campaign-rallies-banned-in-zimbabwe": [
        # The government side: police, officials, ministers and the ambassador act for the state (README). Doubt:
        # "the government" (government_body) is a defensible name for this side (heldout_a.py's domestic naming).
        P("Zimbabwe", "state", ZW_STOPPED, ZW_BANNED,
          aliases=["the government", "the regime", "Police in Zimbabwe", "police", "the police", "Mugabe",
                   "Zimbabwean"]),
        # The opposition party, by the only name the article gives it; its leader Tsvangirai is an alias (README:
        # a person acting for a group is not an actor of his own). Doubt: a separate `Morgan Tsvangirai` (person).
        P("MDC", "other", ZW_STOPPED, ZW_DETAINED,
          aliases=["Morgan Tsvangirai", "Tsvangirai", "Mr Tsvangirai", "opposition leader Morgan Tsvangirai",
                   "MDC leaders", "the opposition"]),
        # A party only through the MDC chairman's charge (its activists blocked the rally). Doubt: thin.
        P("ZANU-PF", "other", ZW_ZANU, aliases=["ZANU-PF activists"]),
        # Banned by the government and charged by its ambassador.
        P("foreign aid groups", "other", ZW_AID_BAN, ZW_WEAPON,
          aliases=["aid groups", "relief agencies", "the relief agencies", "PVOs/NGOs", "international organizations",
                   "the organizations which are providing services to the people"]),
        # Its diplomats were stopped, it accuses the government, and the ambassador accuses it. The United Kingdom,
        # whose diplomats were stopped too but who says nothing, is not a party (doubt).
        P("United States", "state", ZW_WEAPON, ZW_DIPLOMATS, aliases=["US", "U.S.", "U.S. government"]),
        # Tsvangirai's spokesperson on the rally ban.
        X("MDC", "Zimbabwe", "the regime will do everything necessary to remain in power",
          ZW_REGIME, speaker="George Sibotshiwe"),
        # The MDC chairman's account of the blocked rally at the mine. Doubt: a report of what the MDC heard at the
        # gate, read as a charge against ZANU-PF.
        X("MDC", "ZANU-PF", "ZANU-PF activists blocking the entrance",
          ZW_MOYO, ZW_ZANU, ZW_MOYO_SAID, speaker="Lovemore Moyo"),
        # A call that says what Mugabe is doing (as heldout_a.py's "don't hold ... hostage").
        X("United States", "Zimbabwe", "not to starve the population and to allow international organizations to function",
          ZW_FRAZER, speaker="Jendayi Frazer"),
        # Doubt: the US claim names nobody; the accused is read from the deputy information minister's account of
        # the same stop ("the police told them").
        X("United States", "Zimbabwe", "threatened with being burned alive in their cars",
          ZW_DIPLOMATS, ZW_MATONGA),
        # The ambassador's counter-charge: one item per accused (the relief agencies; the U.S. government).
        X("Zimbabwe", "foreign aid groups", "using food as a political weapon",
          ZW_AMBASSADOR, ZW_WEAPON, speaker="Boniface Chidyauskiku"),
        X("Zimbabwe", "United States", "using food as a political weapon",
          ZW_AMBASSADOR, ZW_WEAPON, speaker="Boniface Chidyauskiku"),
        # Doubt: "They" is read as the relief agencies of the sentence before; it may take in the U.S. government.
        X("Zimbabwe", "foreign aid groups",
          "telling Zimbabweans that if you don't vote for the opposition, if you don't change your vote, there's no food for you",
          ZW_AMBASSADOR, ZW_WEAPON, ZW_COUNTRYSIDE, speaker="Boniface Chidyauskiku"),
        # Not items: UNICEF's "completely unacceptable and hugely concerning" and the UN High Commissioner's "halting
        # food aid is unconscionable" / "To deprive people of food because of an election is a complete perversion of
        # democracy" judge the ban and name no accused (doubt: the second implies the government withholds food for
        # the vote; an item `United Nations' High Commissioner for Human Rights` -> `Zimbabwe` is defensible);
        # Frazer's "It's unbelievable that the government will actually kick out the organizations" judges the
        # announced ban (doubt); "outrageous" judges the incident; Sibotshiwe's "its justification was 'nonsense'"
        # judges the officials' reason; the police stops, detentions and road block are the article's own report
        # and the MDC's account of acts nobody denies (the police spokesman explains the roadblocks); the
        # ambassador's "not using food as a tool" and "no use of food as a political weapon" are denials; the
        # police's "unless they have something to hide" is conditional. No mediator: the US calling on Mbeki "to
        # pressure Mugabe" is a call, not mediation. No alliance: "followed by the U.S. government" joins two
        # accused in one charge, not a stated tie (doubt: an alleged_involvement item is defensible); ZANU-PF is
        # never said to be the ruling party.
    ],
}
