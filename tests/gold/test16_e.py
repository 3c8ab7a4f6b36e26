"""Hand gold for part e of the test16 split (tests/corpus/test16/, index_e.json): one Wikinews article, 2008.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of tests/gold/test15_e.py and test15_a.py, the opening
of heldout_a.py (how the sides of a domestic dispute are named), tests/corpus/test15/README.md and index.json, and the
titles, urls and sources of every tests/corpus/**/index*.json (test16's index_a, index_c and index_d included).

Source: English Wikinews as stored sentence by sentence in the public AMALGUM corpus (`gucorpling/amalgum`,
amalgum/news/dep/AMALGUM_news_egyptian.conllu). find_files listed the path; read_file served the stored version at
commit 16231153d3fdab7b314c374f43f2a194b5206c58 (49,797 characters, 28 sentences, read to its end in three pages).
That version has `# meta` lines: title "Five of six accused over Egyptian ferry fire that killed over 1,000 are
acquitted", sourceURL https://en.wikinews.org/wiki/Five_of_six_accused_over_Egyptian_ferry_fire_that_killed_over_1%2C000_are_acquitted,
dateCreated 2008-07-28, which is also the dateline's date (sentence 2, "Monday, July 28, 2008"). Licence: CC BY 2.5,
as for every Wikinews article of 2008.
The body was rebuilt from the `# text` lines of sentences 3-10 and 13-28, in order: sentences joined by one space,
paragraphs as the `newpar = p` marks give them (3-4 | 5-7 | 8-10 | 13-15 | 16-18 | 19-20 | 21-25 | 26-28), separated
by one blank line, one final newline. Dropped: the headline (sentence 1), the dateline (sentence 2) and the image
caption "The last reported point where the al Salam Boccaccio 98 was observed by coastal radar." / "Image:
Rune.welsh." (sentences 11-12, `newpar = figure | caption`). The stored file has no Sources list. Kept as stored:
"balmed" (for blamed), "extuinguishers", "validatings", "a victim's compensation fund", the straight quotes and the
dashes around "who was fined E£10,000 (US$1,887)". The companion .xml file of the corpus (amalgum/news/xml/) was read
first to see the title; its token stream was not used for the text.

Region and year: Egypt (Africa), July 2008. A misdemeanour court in Safaga acquits the owner of the ferry al-Salam
Boccaccio 98 (Mamdouh Ismail, a member of parliament appointed by the president), his son and executives of
manslaughter over the 2006 sinking that killed 1,034, and convicts the captain of another ferry for not coming to
its aid; a parliamentary report had blamed the owners, the government and Panama; the public prosecutor will appeal,
alleging corruption and arbitrary conclusions. Domain: a domestic legal dispute between public actors (prosecutor
against court verdict, parliament against government, a court against the defendants).

Same-article check: the title and url are in no tests/corpus/index.json or tests/corpus/*/index*.json (test16's
index_a, index_c and index_d held a Mogadishu, a Korean naval and a Hamas article when this part was written); no
file under tests/corpus holds "Boccaccio", "al-Salam" or "Mamdouh"; "egyptian" is not among the AMALGUM file names of
any index's source.

How the slice was searched (about 90 exact-path find_files look-ups in amalgum/news/dep and amalgum/news/xml, the
first 100 names of the dep listing, 19 read_file pages; one `search` of the pages corpus, which gave no Wikinews
page). Words were chosen from the split's domain and regions and checked against the AMALGUM names already in the
indexes.
- Kept: egyptian ("Five of six accused over Egyptian ferry fire that killed over 1,000 are acquitted", 2008-07-28).
- Opened and left out (first page read): opposition (Lebanon's unity government, 2008: Middle East); mugabe (Kenya's
  prime minister calls for Mugabe's suspension from the AU, 2008: one state's leader against another's, not
  domestic); kenya (cholera outbreak, 2008); pakistan (the UN urges Pakistan to investigate killings of journalists,
  2011: calls, no accused); pakistani (Khyber Pakhtunkhwa assembly votes to merge with FATA, 2018: a vote, no dispute
  on its first page); khan (Mashal Khan lynching sentences, 2018: a criminal trial of private persons); congo (plane
  crash, transport minister fired, 2007: one charge); cuban (Brazilian medicine council against Cuban diplomas, 2005:
  Latin America, but its charges are judgments of a decision, one "against the law" at most); benin (Bush visits,
  2008); coup (Thailand: not in the regions); supreme, electoral, protest (United States); lanka, ghana (sport).
- Names tried that are not in the corpus: protesters, musharraf, morales, odinga, bhutto, zelaya, nepal, bolivia,
  election, elections, police, court, protests, fraud, indian, maoists, ecuador, haiti, uganda, nigeria, honduras,
  lawyers, riots, referendum, impeachment, constitution, corruption, demonstrators, peru, ethiopia, zuma, gbagbo,
  zardari, dhaka, rajapaksa, maduro, mexican, rousseff, guatemala, gandhi, tunisian, harare, sharif, justice,
  kathmandu, nepalese, punjab, delhi, senegal, bolivian, haitian, tanzania, cameroon, lagos, chilean, crackdown,
  dissidents, jailed, treason, presidential, candidate, polls, strike, ousted, riot, demonstration. Not opened for
  want of time: mexico, colombia.
Only one article: about one guess in six existed, few of those were in the domain, and the brief prefers one good
article to two rushed ones.

Reading choices (doubts):
- Sides named as the article names them (heldout_a.py): "the government" is "Egyptian government" (government_body,
  as test15_e names the "Brazilian government"); the "parliamentary report" is the accuser "Egyptian parliament"
  (government_body; the article never says "Egyptian parliament", it says "A parliamentary report" and Ismail is "a
  member of parliament"); "the court" / "The Misdemeanor Court" (government_body) and the "Public prosecutor Abdel
  Meguid Mahmud" (government_body "Public prosecutor", speaker the person) act for offices of the Egyptian state but
  stand against each other, so none is merged into "Egypt". Doubt: a reading with one accuser "Egypt" for the report
  is defensible, but then parliament would accuse its own state.
- The court judges, and its finding makes an allegation (heldout_a.py): "the court found he did not come to the
  stricken al-Salam 98's aid" and "It found he \"did not do his duty ...\"" are one item, court -> Salaheddin Gomaa.
  "he failed to show any compassion" is kept inside that item's evidence, not as a second charge (a moral judgment).
- The parliamentary report "balmed the disaster's scale on the owners, as well as the government and Panama": three
  accused, three items, each with the report's own words where it gives them ("kept operating the ship \"despite
  serious defects\"" for al-Salam, "failed to manage the crisis adequately" for the government). "the owners" is
  read as an alias of the al-Salam company. Panama is accused but not made a party (named once, not at the centre).
- The prosecutor's "violations in documented records, corruption in investigation, shortcomings in validatings and
  arbitrary conclusions" is read as one accusation against the Misdemeanor Court, whose verdict he appeals. Doubt: the
  article names no one as corrupt; a reading that drops it as aimed at nobody named (README) is defensible, and so is
  one aimed at the investigators (unnamed).
- Ismail "put the blame on his ferry's captain" is an accusation; the captain is never named, but he is a definite,
  identifiable person (as test15_a kept "Mubarak's sons"), named here "captain of the al-Salam Boccaccio 98"; not made
  a party (dead, not a side). Doubt: drop the item if an accused must be named.
- Mamdouh Ismail and the al-Salam company are two parties: the report blames the company ("the owners", "al-Salam"),
  the court acquits the man; his ownership is not an alliance (one side, not a tie).
- No mediator and no alliance: "directly appointed by the president" ties Ismail to a president the article never
  names or sets in the dispute.

What was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: the article has no alliance and no mediator)

# --- Five of six accused over Egyptian ferry fire that killed over 1,000 are acquitted (2008) ------------------------
EF_CLEARED = (
    "Five of the six defendants accused of manslaughter over the 2006 fire on board Egyptian ferry al-Salam Boccaccio "
    "98 have been cleared of all charges."
)
EF_ISMAIL = (
    "Mamdouh Ismail, owner of the al-Salam company, his son and three company executives were all cleared of "
    "manslaughter."
)
EF_CONVICTED = "Convicted was Salaheddin Gomaa, captain of nearby ferry Saint Catherine."
EF_JAILED = (
    "He was jailed for six months after the court found he did not come to the stricken al-Salam 98's aid."
)
EF_DUTY = (
    "It found he \"did not do his duty by failing to go to the rescue of victims,\" and that he failed to show any "
    "compassion."
)
EF_REPORT = (
    "A parliamentary report balmed the disaster's scale on the owners, as well as the government and Panama, the state "
    "where the ship was registered."
)
EF_SAID = (
    "The report said al-Salam had kept operating the ship \"despite serious defects\" with her, and that the "
    "government had \"failed to manage the crisis adequately\" in the following days."
)
EF_BLAME = (
    "However, the elder Ismail had put the blame on his ferry's captain, who he claimed wrongly believed the crew could "
    "deal with the fire when it broke out."
)
EF_ACQUITTAL = (
    "The Misdemeanor Court's acquittal of all except Gomaa — who was fined E£10,000 (US$1,887) — met with anger from "
    "relatives, who turned out en masse to hear the verdicts."
)
EF_PROSECUTOR = "Public prosecutor Abdel Meguid Mahmud was also unhappy with the result."
EF_APPEAL = "In a statement he said he intends to appeal the verdict and demand a retrial."
EF_ALLEGES = (
    "He alleges serious \"violations in documented records, corruption in investigation, shortcomings in validatings "
    "and arbitrary conclusions,\" and cites these as his reasons for a retrial."
)

GOLD = {
    # The al-Salam Boccaccio 98 trial: the court acquits the owner and executives and convicts a nearby ferry's captain;
    # a parliamentary report blamed the owners, the government and Panama; the prosecutor appeals the verdict.
    "2008-07-28-five-of-six-accused-over-egyptian-ferry-fire-that-killed-ove": [
        # The ferry's owner, a member of parliament, acquitted of manslaughter in absentia.
        P("Mamdouh Ismail", "person", EF_ISMAIL, EF_BLAME,
          aliases=["Ismail", "the elder Ismail"]),
        # The ferry company the parliamentary report blames ("the owners").
        P("al-Salam company", "other", EF_ISMAIL, EF_REPORT, EF_SAID,
          aliases=["al-Salam", "the owners"]),
        # The captain of the nearby ferry, the one defendant convicted.
        P("Salaheddin Gomaa", "person", EF_CONVICTED, EF_ACQUITTAL,
          aliases=["Gomaa"]),
        # The court that acquitted five and convicted Gomaa; its verdict is what the prosecutor appeals.
        P("Misdemeanor Court", "government_body", EF_JAILED, EF_ACQUITTAL,
          aliases=["The Misdemeanor Court", "the court"]),
        # The public prosecutor, who appeals the verdict. Doubt: one office of the Egyptian state (see docstring).
        P("Public prosecutor", "government_body", EF_PROSECUTOR, EF_ALLEGES,
          aliases=["Abdel Meguid Mahmud", "Public prosecutor Abdel Meguid Mahmud"]),
        # The author of the report that blames the government, among others. Doubt: named from "parliamentary report".
        P("Egyptian parliament", "government_body", EF_REPORT, EF_SAID,
          aliases=["parliamentary report", "The report", "parliament"]),
        # The government the report blames for its handling of the crisis.
        P("Egyptian government", "government_body", EF_REPORT, EF_SAID,
          aliases=["the government"]),
        # The report: al-Salam kept operating the ship despite serious defects (and is blamed for the disaster's scale).
        X("Egyptian parliament", "al-Salam company",
          "kept operating the ship \"despite serious defects\"; balmed the disaster's scale on the owners",
          EF_REPORT, EF_SAID),
        # The report: the government failed to manage the crisis adequately (and is blamed for the disaster's scale).
        X("Egyptian parliament", "Egyptian government",
          "failed to manage the crisis adequately; balmed the disaster's scale on the government",
          EF_REPORT, EF_SAID),
        # The report: Panama, the flag state, shares the blame.
        X("Egyptian parliament", "Panama",
          "balmed the disaster's scale on Panama, the state where the ship was registered",
          EF_REPORT),
        # The court's finding against Gomaa (heldout_a.py: courts' findings make allegations).
        X("Misdemeanor Court", "Salaheddin Gomaa",
          "did not do his duty by failing to go to the rescue of victims; did not come to the stricken al-Salam 98's aid",
          EF_CONVICTED, EF_JAILED, EF_DUTY),
        # The prosecutor against the verdict he appeals. Doubt: the article names no one as corrupt.
        X("Public prosecutor", "Misdemeanor Court",
          "violations in documented records, corruption in investigation, shortcomings in validatings and arbitrary "
          "conclusions",
          EF_ACQUITTAL, EF_PROSECUTOR, EF_APPEAL, EF_ALLEGES, speaker="Abdel Meguid Mahmud"),
        # Ismail blames his own ferry's (unnamed, dead) captain. Doubt: the accused is never named.
        X("Mamdouh Ismail", "captain of the al-Salam Boccaccio 98",
          "wrongly believed the crew could deal with the fire when it broke out",
          EF_CLEARED, EF_BLAME),
        # Not items: "Five of the six defendants accused of manslaughter" and "They had all been charged with
        # manslaughter stemming from safety violations on the ship" (passive, no accuser named); "It was found that
        # the 36-year-old al-Salam 98's safety documents were forged ..." (passive, no finder named; doubt: it may
        # continue the parliamentary report); the acquittals (a court clearing, no charge); the relatives' anger and
        # the man's "everyone responsible is found to be innocent" (no accused named; a judgment of the verdict);
        # "Public prosecutor ... was also unhappy with the result" and "intends to appeal the verdict" (a reaction
        # and an intention, kept only as evidence of the prosecutor's item); the frozen assets and travel ban (passive,
        # no actor named). No mediator, no alliance.
    ],
}
