"""Hand gold for part e of the test11 split (tests/corpus/test11/, index_e.json): two Wikinews articles, both 2008.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{troop,victory}.conllu). Stored versions read: troop at commit
735dbbd74f167b4a95026527271fba0893b76d57, victory at 2dcbcbeffb9192941645e52ba0635469ed8bb91b (both `# text`
lines with full CoNLL-U rows, no `# meta` lines and no `# newpar` marks, so each body is one paragraph; no
sourceURL is stored, so the urls are the Wikinews titles). Both files were read to their end (three pages each). The
body was rebuilt from the `# text` lines: headline (first sentence) and dateline (second sentence: "Saturday, January
12, 2008"; "Sunday, March 30, 2008") dropped; sentences joined by one space, none where the sentence's last token has
SpaceAfter=No (victory: the sentence stored as `... citing mass troop desertions and poor funding. "` runs straight
into "What the military says ...", giving `funding. "What`; troop: the sentence ending `... even greater progress"`
has no final full stop and is followed by a space, as stored). One final newline. Nothing else was dropped: neither
file stores an image caption, pull-quote or source box. Characters are otherwise as stored, typos and quirks kept
("Mr.Bush" twice beside "Mr. Bush", "is at loss as to how", "Zanu-PF", the straight quotes and apostrophes, the
"--" dashes, "d'état").

Regions and years: the Gulf and the Iraq war (Bush in Kuwait on the surge, with charges against Syria and Iran,
January 2008), Southern Africa (Zimbabwe: the MDC claims victory in the March 29, 2008 election before the official
results, March 2008). Both are 2008: no in-domain article of another year turned up in my letters within the budget.

Same-event check (tests/corpus/*/index.json, and tests/corpus/test11/index_{a,b,d,f,g}.json as they stood
when this part was finished; none of them holds troop or victory or an article on the same events):
- troop is a stop (Kuwait, January 12) of the same January 2008 Middle East trip of President Bush as test7's
  "President Bush urges progress on Palestinian state" (2008-01-05, the eve of the trip, about the
  Israeli-Palestinian talks) and of the "allies" article test9_d left out for that reason. Its event is another: the
  Kuwait speech on the Iraq surge and the charges against Syria and Iran. Doubt: drop it if the split must not repeat
  a trip. test7's "George Bush discusses Iraq 5 years after invasion" (2008-03-19) is the same war, another event.
- victory is the same 2008 Zimbabwe election crisis as test4's "Mugabe is 'prepared to fight' if Zimbabwe elects
  opposition" (2008-06-14), test7's "Zimbabwean opposition leader rejects calls for power sharing talks"
  (2008-07-02) and test10's "Mugabe says he's open to talks with Zimbabwe opposition" (2008-06-26), but an earlier
  and other event (the MDC's own early tally the day after the March 29 vote, before the run-off). Doubt: drop it if
  the split must not repeat a crisis.

How the slice (t-z) was searched (about 95 look-ups: guesses by exact path, a few listings and searches, the pages of
the files opened). The amalgum/news/dep listing stops at "catholic" and the amalgum_extra/news/dep listing at
"sheffield"; find_files' ext filter matches only extensions, and neither the code search nor find_string lists t-z
news files (find_string "AMALGUM_news_w" finds only the scratch file earlier parts cite, "AMALGUM_news_t" nothing).
So names were guessed one at a time, each first checked against the words of all earlier docstrings (a few were
looked up before I saw an earlier part had tried them: withdraws, yushchenko, warns, vows; none is stored).
- Kept: troop and victory (amalgum/news/dep; read in full).
- Opened and left out (amalgum/news/dep unless marked): tunnel ("Wikinews Shorts: April 19, 2007": a digest, New
  Zealand internet outage); togo ("Korea Republic win 2-1 against Togo in Group G", 2006: football); uzbekistan
  ("AFC Asian Cup: Lights fail as Korea draw with Saudi Arabia, Iran defeat Uzbekistan", 2007: football); taipei
  ("Taipei plane crash toll reaches 40", 2015: an air crash); wen ("Chinese premier Wen Jiabao visits Shakespeare's
  birthplace", 2011: a visit, no dispute); zimbabwean ("Zimbabwean police arrest two opposition figures",
  2008-06-01: the same 2008 Zimbabwe crisis, within two weeks of test4's article; left for victory, which is further
  from the events already used); usa ("Amended USA Freedom Act draws questions from civil liberties groups", 2014:
  US legislation); ties ("No un-Islamic hairdo, makeup, or ties for Iranian men", 2007: a domestic dress code);
  veterans ("United States: Coroner says former patient killed self and three hostages at California veterans
  center", 2018: a crime); threaten ("Ryanair threaten legal action after documentary on fuel policy, safety", 2013:
  a business dispute). First pages only, save the two kept.
- Stored but not opened: tsunami (a disaster by its word).
- Not stored in amalgum/news/dep: tbilisi, yerevan, xinjiang, uighurs, tigray, zarqawi, toppled, withdraw, withdraws,
  vetoes, tibetans, tutsis, unilateral, yudhoyono, wolfowitz, turmoil, wmd, tajik, tests, test, urumqi, targets,
  terrorists, threats, trial, uae, warship, takeover, tamils, tanzania, zambia, yugoslavia, tokyo, vatican, tyre,
  warsaw, washington, yongbyon, whaling, uruzgan, verdict, watchdog, tribes, transitional, vote, warrants, wanted,
  yingluck, zapatistas, xinhua, tourists, volunteers, zuma, tymoshenko, yanukovych, tsipras, tusk, wade, zapatero,
  tantawi, uhuru, yushchenko, vietnamese, tunisian, taiwanese, tanzanian, zambian, uyghur, venezuelans, turks,
  ukrainians, yemenis, tibet, terrorism, us, uk, warring, weapon, violations, torched, unarmed, violent, warfare,
  warned, warning, welcomes, urged, vetoed, threatened, trade, takes, worries, testify, warnings, talabani,
  tajikistan, unhcr, youths, wardak, zawiya, vigil, westerners, wreckage, unicef, ulster, tribesmen, urging, warlord,
  tiger, unity, warns, visit, truck, withdrew, upholds, vows.
- Not stored in amalgum_extra/news/dep: talks, truce, terrorist, threat, un, warns, tehran, withdrawal, venezuelan,
  uprising.
- The words the brief excludes and every other word earlier parts' docstrings name as used, considered or tried were
  not opened.

Doubts are marked "Doubt:" beside the items; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Bush says US troop build-up in Iraq has brought 'hope' (2008) ----------------------------------------------
TR_SURGE = "US President George W. Bush says the so-called \"surge\" strategy in Iraq is working."
TR_KUWAIT = (
    "The President was speaking in Kuwait during one of several stops on a tour of the Middle East to build support "
    "for his administration's efforts to stabilize Iraq and to contain Iran's growing influence in the region."
)
TR_WITHDRAW = (
    "President Bush said the United States' change of strategy in Iraq has sharply reduced violence there and should "
    "allow the military to withdraw 20,000 troops on schedule by July this year."
)
TR_SYRIA = "Mr. Bush also called on Syria to cut what he called \"the flow of terrorists\" into Iraq."
TR_IRAN = "He accused Iran of supporting militias and extremist groups in Iraq, and urged it to stop."
TR_BASE = (
    "Later, the president addressed a crowd of some 1,500 American troops at a U.S. military base in Kuwait."
)
TR_ENEMY = (
    "\"The history will say, it was when you were called upon, you served, and the service you rendered was "
    "absolutely necessary to defeat an enemy overseas so we do not have to face them here at home,\" he said."
)
TR_MURDERERS = (
    "Mr.Bush said the troops were part of what he called \"an ideological struggle\" against \"cold-blooded "
    "murderers\" with a \"hateful vision of a future.\""
)
TR_PRO_US = (
    "Kuwait is the most pro-U.S. country in the Arab world, but even so there is deep anxiety there about some U.S. "
    "policies in the Middle East."
)
TR_STRIKE = (
    "With a large Shi'ite population and a large U.S. troop presence, Kuwait is worried about the possibility of a "
    "U.S. military strike on Iran."
)
TR_BAHRAIN = "After Kuwait, the president continues on to Bahrain, headquarters of the U.S. Navy's Fifth Fleet."

# --- Zimbabwe opposition claims early victory in election (2008) ----------------------------------------------
ZV_RESULTS = (
    "Zimbabwe's main opposition party, the Movement for Democratic Change (MDC), released premature election results "
    "on Sunday, which claim a large victory for their presidential candidate Morgan Tsvangirai against incumbent "
    "Robert Mugabe."
)
ZV_BITI = "MDC Secretary General Tendai Biti said, \"Barring a miracle, Mugabe can't win.\""
ZV_RIG = (
    "The official results are expected to be released Monday, but MDC officials called for them to be released "
    "sooner, fearing the government would use the delay to rig the voting."
)
ZV_PRESSURING = (
    "There were unconfirmed reports that military authorities were pressuring the Zimbabwe Electoral Commission to "
    "declare Mugabe the winner."
)
ZV_THREAT = "Biti called the delay a \"constitutional threat\" to the election's outcome."
ZV_REGIME = (
    "\"We are very much concerned by the lack of results from [the Electoral Commission] and we suspect that the "
    "regime is at loss as to how to respond to the results which are showing that MDC is winning in most parts of "
    "the country,\" said Biti."
)
ZV_CHIWESHE = (
    "George Chiweshe, chairman of the Zimbabwe Electoral Commission, said the commission would not be pressured into "
    "releasing the official count early."
)
ZV_AGENTS = "Biti accused the ruling Zanu-PF party of chasing away his party's agents from polling stations."
ZV_AMNESTY = (
    "In addition, Amnesty International and other human-rights groups have accused the government of harassing the "
    "opposition and threatening to cut off food supplies to those who didn't vote for Mugabe's party."
)
ZV_COUP = (
    "Earlier, Mugabe spokesman George Charamba warned the MDC that declaring a premature victory for Tsvangirai would "
    "be tantamount to a coup d'état, \"and we all know how coups are handled,\" he said."
)
ZV_SALUTE = "He and military commander Constantine Chiwenga have vowed not to salute Tsvangirai if he wins."

GOLD = {
    # Iraq war / Gulf: Bush, in Kuwait on his January 2008 Middle East tour, says the surge is working, charges Syria
    # with the flow of terrorists into Iraq and Iran with supporting militias there; Kuwait hosts US troops.
    "2008-01-12-bush-says-us-troop-build-up-in-iraq-has-brought-hope": [
        P("United States", "state", TR_SURGE, TR_WITHDRAW,
          aliases=["US", "U.S.", "United States of America", "American", "Americans", "US President George W. Bush",
                   "George W. Bush", "President Bush", "Bush", "Mr. Bush", "Mr.Bush", "the president",
                   "The President", "his administration", "the military", "U.S. troops", "American troops",
                   "General David Petraeus", "General Petraeus", "Petraeus", "U.S. Ambassador to Iraq Ryan Crocker",
                   "Ryan Crocker", "U.S. Navy's Fifth Fleet"]),
        # The US charges Iran with backing militias in Iraq; the tour aims "to contain Iran's growing influence";
        # Kuwait fears a US strike on Iran.
        P("Iran", "state", TR_KUWAIT, TR_IRAN, TR_STRIKE),
        # Doubt: Syria appears only through Bush's call to cut "the flow of terrorists" into Iraq; read as a side of
        # the Iraq war at the centre (test7's gold of the same trip left Syria out, but its charge there was about
        # Lebanon, not the article's conflict).
        P("Syria", "state", TR_SYRIA),
        # Doubt: the unnamed armed opponents of the US in Iraq, named only as the "militias and extremist groups"
        # Iran is said to support; "terrorists", "an enemy overseas" and "cold-blooded murderers" read as the same
        # foe in Bush's words.
        P("militias and extremist groups in Iraq", "armed_group", TR_IRAN, TR_SYRIA,
          aliases=["militias", "extremist groups", "militias and extremist groups", "terrorists",
                   "the flow of terrorists", "an enemy overseas", "cold-blooded murderers"]),
        # Alleged backing: Bush's charge.
        A(["Iran", "militias and extremist groups in Iraq"], "alleged_involvement", TR_SYRIA, TR_IRAN),
        # A US military base and "a large U.S. troop presence" in "the most pro-U.S. country in the Arab world".
        A(["United States", "Kuwait"], "military_support", TR_BASE, TR_PRO_US, TR_STRIKE),
        # Doubt: Bahrain hosting the headquarters of the US Fifth Fleet read as a standing military tie (stated only
        # as the next stop of the tour).
        A(["United States", "Bahrain"], "military_support", TR_BAHRAIN),
        X("United States", "Syria", "the flow of terrorists into Iraq", TR_SURGE, TR_SYRIA,
          speaker="George W. Bush"),
        # TR_SYRIA names "Mr. Bush", the "He" of TR_IRAN.
        X("United States", "Iran", "supporting militias and extremist groups in Iraq", TR_SYRIA, TR_IRAN,
          speaker="George W. Bush"),
        # Not items: "cold-blooded murderers" with a "hateful vision" and "an enemy overseas" (TR_MURDERERS,
        # TR_ENEMY: Bush's labels aimed at a foe the article never names; doubt: a labelling accusation against the
        # militias if they are read as that foe); "to contain Iran's growing influence" (the article's own account
        # of the tour's aim); Kuwait's worry about a US strike on Iran and its refusal to let its territory be used
        # (a stance, no allegation; Kuwait is a host, not a party). Iraq is the place of the war; its government is
        # not named as an actor. The stops in the United Arab Emirates, Saudi Arabia and Egypt are visits, no tie
        # stated. No mediator.
    ],
    # Zimbabwe: the MDC releases its own early tally of the March 29, 2008 vote, claiming victory for Tsvangirai
    # over Mugabe; it fears rigging, charges the ruling party; Amnesty International charges the government.
    "2008-03-30-zimbabwe-opposition-claims-early-victory-in-election": [
        # Mugabe is introduced as the "incumbent" the MDC runs against; his spokesman, the police commissioner, the
        # military commander and the electoral commission act for the state (doubt for the commission, read as a
        # state office rather than a side of its own).
        P("Zimbabwe", "state", ZV_RESULTS, ZV_RIG,
          aliases=["the government", "the regime", "incumbent Robert Mugabe", "Robert Mugabe", "Mugabe",
                   "The old man", "Mugabe spokesman George Charamba", "George Charamba", "Charamba",
                   "Police commissioner Augustine Chihuri", "Augustine Chihuri", "Chihuri", "heavily armed police",
                   "military commander Constantine Chiwenga", "Constantine Chiwenga", "the military",
                   "military authorities", "Zimbabwe Electoral Commission", "the Electoral Commission",
                   "the commission", "George Chiweshe", "Chiweshe"]),
        # No party kind fits a political party better than "other" (as in the earlier Zimbabwe golds).
        P("Movement for Democratic Change", "other", ZV_RESULTS, ZV_AGENTS,
          aliases=["MDC", "Zimbabwe's main opposition party", "the opposition", "opposition", "MDC leaders",
                   "MDC officials", "MDC Secretary General Tendai Biti", "Tendai Biti", "Biti", "Morgan Tsvangirai",
                   "Tsvangirai", "his party", "opposition supporters"]),
        P("Zanu-PF", "other", ZV_AGENTS, ZV_AMNESTY,
          aliases=["ZANU-PF", "the ruling Zanu-PF party", "Mugabe's party"]),
        # Doubt: the ruling party of the head of state read as a standing political tie (as in test10's Zimbabwe
        # gold).
        A(["Zimbabwe", "Zanu-PF"], "political_support", ZV_AGENTS, ZV_AMNESTY),
        # Doubt: a fear of rigging voiced as the MDC's reason for demanding early results, read as a charge.
        X("Movement for Democratic Change", "Zimbabwe", "the government would use the delay to rig the voting",
          ZV_RIG, speaker="MDC officials"),
        X("Movement for Democratic Change", "Zanu-PF", "chasing away his party's agents from polling stations",
          ZV_BITI, ZV_AGENTS, speaker="Tendai Biti"),
        # Two allegations in one sentence; the unnamed "other human-rights groups" make them too.
        X("Amnesty International", "Zimbabwe", "harassing the opposition", ZV_AMNESTY),
        X("Amnesty International", "Zimbabwe",
          "threatening to cut off food supplies to those who didn't vote for Mugabe's party", ZV_AMNESTY),
        # Not items: Charamba's warning that declaring a premature victory "would be tantamount to a coup d'état"
        # (ZV_COUP: a warning about what may come, as test10's gold reads Mugabe's warnings; doubt: the MDC did
        # release its tally, so a charge against the MDC is defensible); Biti's "constitutional threat" (ZV_THREAT:
        # a judgment of the delay; doubt) and "the regime is at loss as to how to respond" (ZV_REGIME: no wrong
        # alleged); the "unconfirmed reports that military authorities were pressuring the Zimbabwe Electoral
        # Commission" (ZV_PRESSURING: no accuser); "Critics of the government" predicting fraud (unnamed); Chihuri's
        # "full force" and the vow not to salute Tsvangirai (ZV_SALUTE: threats, no allegation); the US embassy's
        # warning to its citizens (a travel warning, no accused; the United States is no party); Chiweshe's
        # answer (ZV_CHIWESHE: a refusal, no allegation); Boshoff's analysis. Amnesty International is an accuser,
        # not a side. No mediator.
    ],
}
