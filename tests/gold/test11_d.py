"""Hand gold for part d of the test11 split (tests/corpus/test11/, index_d.json): two Wikinews articles, 2010 and 2011.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{pulls,swedish}.conllu). Stored versions read: both at commit
16231153d3fdab7b314c374f43f2a194b5206c58 (with `# meta` lines and `# newpar` marks, so paragraphs follow the
`newpar = p` marks; both files were read to their end: pulls in four pages, swedish in three pages and a last read
from offset 47900 that shows the closing token lines of "The trial is scheduled to resume tomorrow."). The body was
rebuilt from the `# text` lines: headline and dateline dropped in both; sentences joined by one space, none where the
sentence's last token has SpaceAfter=No (pulls: "... that is particularly dire." runs into the closing quote mark
stored as a sentence of its own, giving `dire."`; swedish: `... to enter illegally. "` runs into "The second time
he was seized ...", giving `illegally. "The second`). Also dropped:
- pulls: the two image captions after the dateline (`newpar = figure | caption`): "Somali children waiting to
  receive food aid." and "Two Somali girls with United States food aid.".
- swedish: the bold pull quote "If that is journalism, I don't know what terrorism is —Meles Zenawi" (between
  Zenawi's "criminal relationship" sentence and "\"They are, at the very least, ..."; the body repeats the words in
  its next paragraph) and the image caption "Swedish Foreign Minister Bildt is embroiled in allegations related to
  the case" (`newpar = figure | caption`).
Characters are otherwise as stored, typos and oddities kept (pulls: "effect" for affect, "relay on" for rely on,
"Islamic extremists groups", "say David Gilmour director", "indirect[ly]", "[Those]", "[UN]", "[al-Shabaab]",
"[Somalia]", the unspaced em dashes; swedish: "we do not need to Swedish journalists to prove", "Bildt Lundin board
member but left previous to the firm", "It is clean cut a lie\", she says", "Swedish Pen"). Dates are the datelines
(Friday, January 8, 2010; Wednesday, October 19, 2011; the meta dateCreated of pulls is 2010-01-07 and of swedish
2011-10-12); titles the headlines; urls the stored sourceURL.

Regions and years: the Horn of Africa twice, which I note rather than hide: Somalia (January 2010: the UN World Food
Programme suspends its operations in southern Somalia after al-Shabaab's demands, with charges both ways) and
Ethiopia / Sweden (October 2011: the terrorism trial of two Swedish journalists caught with the Ogaden National
Liberation Front, Ethiopia's prime minister's charges). No third article from another region turned up within the
look-up budget.

Same-event check (tests/corpus/*/index.json, and tests/corpus/test11/index_{a,e,f,g}.json as they stood when this part
was checked at the end; no file or event of mine is in them):
- swedish is the same crisis as test6's "Rebels say 626 Ethiopian troops killed in clashes" (2009-11-17; test6_b
  names it "Ethiopia's Ogaden, 2009"), but another event two years later (the trial of the journalists). Doubt:
  drop it if the split must not repeat a crisis.
- pulls is Somalia's civil war, as test5's "Shelling in Somalia's capital kills twenty" (2009-10-22) and test8's
  "Somali parliament rejects president's dismissal of prime minister" (2008-12-15), and test10's Somali pirates
  (2009-11-08); no split has the WFP's withdrawal or al-Shabaab's demands on aid agencies. Doubt: same crisis.

How the slice was searched (about 140 look-ups, past the ~70 budget: listings, searches, guesses by exact path and
the pages read). The amalgum/news/dep listing stops at "catholic" and the amalgum_extra/news/dep listing (123
files, also the tsv folder) at "sheffield"; its p-s names up to there (palestinians, parasite, passengers, pride,
rape, ravens, rehearsed, revenue, robben, rocket, romanian, ron, sadc, salman, sarkozy, satellites, selek, senegal,
sentamu, sheffield) are all named by earlier docstrings, so no p-s name of that listing was opened. Two code
searches and find_string ("AMALGUM_news_s", "AMALGUM_news_r") found no list of news names beyond the conllu-rest
scratch file earlier parts name (its news words: atomic, lords, mercenary, reuters, vodka, canadian, dolores,
vessel, whitecaps, bicentennial, scottish, debris, arrivederci, spielberg, fourth, ajax, curling, stingray; and a
README naming "strip"). So names were guessed one word at a time, after checking each against the words the brief
excludes and a list of all words of the docstrings of tests/gold/test*_?.py and heldout_?.py (words there only in
prose were tried when no earlier list names them as tried).
- Kept: pulls (amalgum/news/dep) and swedish (amalgum/news/dep).
- Opened and left out (first page read): ship ("Panama-flagged ship hijacked off Somali coast by pirates",
  2009-10-22): Somali piracy again (test6, test7, test9 and test10 have it), with no accuser or other side in the
  page read, kept in reserve and not used; prison ("Glasgow inmate John Clark accused of murder in Barlinnie
  prison", 2014): a murder charge, no dispute; rescue ("Rescue workers search wreckage of Brazilian air crash",
  2006): an air crash. pakistani, russian and sri exist in amalgum/news/dep but earlier docstrings name them (test5_c,
  test9_c; test5_c; test5_d); not opened.
- Words tried that are not in amalgum/news/dep: peace, police, separatists, pakistanis, provocation, quartet,
  retaliate, sahara, secessionist, stalemate, suspended, sanaa, recall, puntland, propaganda, secession, sabotage,
  patrol, soviet, swiss, ramadi, sentenced, submarine, shootout, stronghold, rivals, repression, sheikh, royal,
  students, plea, polls, sovereign, surrendered, scandal, presidential, ships, seized, secret, regime, rights, shia,
  sharif, spain, saakashvili, sign, plan, power, party, people, state, support, second, protests, political,
  russians, sudanese, quake, sderot, samarra, sarajevo, pristina, punjab, pashtun, senkaku, rakhine, sahrawi,
  redshirts, prachanda, qadhafi, quits, pounds, says, seizes, presses, rebuffs, recognises, scores, sought, somalis,
  sanctioned, panama, paraguay, singapore, portuguese, saudis, sikh, slovak, qataris, serbians. (peace, police,
  sanaa-like names, saakashvili, shia, protests, sudanese and russians were also named by earlier parts; I tried
  some before checking.)
- Words tried that are not in amalgum_extra/news/dep: siege, spy, soldier, ship, standoff, shot, sri, strike, sweden,
  suspect.
- Words that exist and were used: pulls, swedish (neither named by an earlier docstring or another test11 part).

Reading choices: the two jailed journalists are not named in the article; they are one party of kind person,
"Swedish journalists", with the article's forms as aliases. Sweden is not read as a party (its foreign minister is
only "criticised for inaction"; the Swedish state takes no step against Ethiopia in the article; doubt). The UN
World Food Programme is called "the UN" throughout; it is the party, with "UN" among its aliases (the "UN
peacekeepers" of the Mogadishu sentence are another body; doubt).

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- U.N. pulls out of southern Somalia (2010) -------------------------------------------------------------------
UN_ANNOUNCED = (
    "With violence against foreigners escalating daily, and after being deluged with various threats and demands "
    "from al-Shabaab, a radical Islamic militant group with ties to al-Qaeda, the United Nations World Food Programme "
    "announced on Tuesday that, as of the end of this week, they are going to suspend all of their operations within "
    "southern Somalia—including the distribution of desperately needed food aid to Somali civilians."
)
UN_ALQAEDA = "al-Shabaab, a radical Islamic militant group with ties to al-Qaeda"
UN_SMERDON = (
    "When asked by the New York Times to further explain the UN's decision, Peter Smerdon, a spokesperson for the "
    "program, said via telephone from Nairobi, Kenya, \"In the past few weeks there has been a harder line of "
    "unacceptable demands and conditions set by armed groups (such as al-Shabaab) in these areas."
)
UN_PULL_STAFF = "We sadly had to make the decision to pull our staff out.\""
UN_KILLED = (
    "Smerdon also cited the fact that over forty aid workers have been killed between January 2008 and September "
    "2009, and that four volunteers still remain in the hands of their captors."
)
UN_ACCORDING = (
    "According to the UN, al-Shabaab—which has direct influence over the area that is going to be effected—presented "
    "their offices with numerous lists of demands."
)
UN_AMONG = (
    "Among their demands was that the UN pay Shabaab a $20,000 protection fee every six months, seek Shabaab approval "
    "for all their projects, fire their entire female staff, and run their operations according to the militant "
    "group's schedule."
)
UN_AWNUR = (
    "When asked by The Associated Press about the UN's decision to leave southern Somalia—including his own town of "
    "Jilib—Somali civilian and father of eight children, Abdullahi Awnur, said that al-Shabaab is responsible for "
    "driving the UN food program away, and that what they are doing is \"indirect[ly] killing\" innocent people."
)
UN_AWNUR_LIVE = (
    "Awnur went on to say, \"We have been forced to flee from our houses and depend on [UN] food aid, and now that it "
    "is finished, that means [al-Shabaab] here does not want us to live.\""
)
UN_RAGE = (
    "Despite all that has been said, al-Shabaab spokesperson, Sheik Ali Mohamud Rage, told New York Times reporters "
    "that he found these claims to be \"baseless\" in their origins."
)
UN_ORDERED = (
    "He continued by stating that, \"All we (al-Shabaab) ordered them (the UN) was to buy food from Somali farmers "
    "and distribute it."
)
UN_JUSTIFICATION = (
    "They (the UN) do not want to do that, and because of that, they have made this very ridiculous justification.\""
)

# --- Jailed Swedish journalists tried as terrorists (2011) --------------------------------------------------------
SW_TRIAL = "The trial for two Swedish journalists being tried for terrorism in Ethiopia began yesterday."
SW_ALLEGEDLY = (
    "They allegedly aided a terrorist group and were wounded in a gunfight, in which 15 rebels were killed."
)
SW_ZENAWI = (
    "Ethiopian Prime Minister Meles Zenawi says the two imprisoned Swedish journalists \"made their way into Ethiopia "
    "with a terrorist organization that had killed 70 people who worked for a mining company in an attack.\""
)
SW_CRIMINAL = "He says \"I think it would be a criminal relationship in any country\"."
SW_MESSENGER = "\"They are, at the very least, messenger boys of a terrorist organization."
SW_NOT_JOURNALISTS = "They are not journalists,\" the prime minister said."
SW_WHY = (
    "\"Why would a journalist be involved with a terrorist organization and enter a country with that terrorist "
    "organization, escorted by armed terrorists, and participate in a fighting in which this terrorist organization "
    "was involved?"
)
SW_TERRORISM = "If that is journalism, I don't know what terrorism is,\" says Zenawi."
SW_JAILED = (
    "The journalists were jailed after entering into Ethiopia's troubled Ogaden region to cover rebel activity in "
    "the area."
)
SW_PREVIOUS = "Zenawi claims one of the journalists was arrested on a previous attempt to enter illegally."
SW_SECOND = "\"The second time he was seized with a terrorist organization in combat.\""
SW_ONLF = (
    "The Swedes were found travelling with the Ogaden National Liberation Front (ONLF), and were investigating "
    "actions by a company with ties to Sweden's Lundin Petroleum, oil group, and claims of human rights violations in "
    "the Ogaden region."
)
SW_BILDT = "Swedish Foreign Minister Carl Bildt has been criticised for inaction post-arrests."
SW_LUNDELL = (
    "Kerstin Lundell, who wrote a book on Lundin in Africa, says \"the fact that Carl Bildt has reason to hide what is "
    "going on in Ogaden could explain why these journalists are still in prison.\""
)
SW_FACE = (
    "The two journalists face fifteen years in prison if convicted of engaging in terrorist activity."
)

GOLD = {
    # Somalia: the UN World Food Programme suspends its operations in southern Somalia after demands and threats from
    # al-Shabaab; a Somali civilian blames al-Shabaab, whose spokesman calls the UN's reasons a ridiculous
    # justification.
    "2010-01-08-u-n-pulls-out-of-southern-somalia": [
        P("al-Shabaab", "armed_group", UN_ANNOUNCED, UN_ACCORDING,
          aliases=["Shabaab", "radical Islamic militant group", "the militant group", "armed groups",
                   "Islamic extremists groups", "al-Shabaab spokesperson", "Sheik Ali Mohamud Rage"]),
        # Doubt: the aid agency the demands are aimed at, which withdraws, read as the targeted side.
        P("United Nations World Food Programme", "international_organisation", UN_ANNOUNCED, UN_SMERDON,
          aliases=["World Food Programme", "United Nations", "UN", "the UN", "UN food program", "the program",
                   "Peter Smerdon", "Smerdon", "Emilia Casella"]),
        # The article's own description of the group (a standing tie), not a charge by anyone.
        A(["al-Shabaab", "al-Qaeda"], "other", UN_ALQAEDA),
        # One allegation voiced twice: Smerdon's "unacceptable demands and conditions" and the UN's "numerous lists
        # of demands" (the protection fee and the rest are their content).
        X("United Nations World Food Programme", "al-Shabaab",
          "unacceptable demands and conditions set by armed groups (such as al-Shabaab); presented their offices with "
          "numerous lists of demands",
          UN_SMERDON, UN_ACCORDING, UN_AMONG, speaker="Peter Smerdon"),
        X("Abdullahi Awnur", "al-Shabaab", "responsible for driving the UN food program away", UN_AWNUR),
        X("Abdullahi Awnur", "al-Shabaab",
          "what they are doing is \"indirect[ly] killing\" innocent people; [al-Shabaab] here does not want us to live",
          UN_AWNUR, UN_AWNUR_LIVE),
        # Doubt: the spokesman's rejection of the claims ("baseless") is a denial, but he adds a counter-charge (the
        # UN does not want to buy food from Somali farmers and made up "this very ridiculous justification"); read as
        # an accusation against the WFP.
        X("al-Shabaab", "United Nations World Food Programme",
          "do not want to do that, and because of that, they have made this very ridiculous justification",
          UN_RAGE, UN_ORDERED, UN_JUSTIFICATION, speaker="Sheik Ali Mohamud Rage"),
        # Not items: "after being deluged with various threats and demands from al-Shabaab" and "violence against
        # foreigners escalating daily" (the article's own report; the threats are not put in the UN's mouth; doubt);
        # Smerdon's "over forty aid workers have been killed" and "four volunteers still remain in the hands of their
        # captors" (no perpetrator named; doubt); Rage's "these claims to be \"baseless\"" (a denial); the UN's
        # note on Somali harvests and Casella's and Gilmour's words (no accused). Not parties: CARE International and
        # Doctors Without Borders (they left earlier; no step in this dispute), the Somali civilians (victims),
        # Somalia (no functioning government, the article says), al-Qaeda (only the group's tie). "Mogadishu, which is
        # protected by African Union and NATO troops in addition to UN peacekeepers" is not read as an alliance or a
        # party (background, no side it protects against named; doubt). No mediator.
    ],
    # Ethiopia tries two Swedish journalists caught with the Ogaden National Liberation Front; Prime Minister Meles
    # Zenawi calls them messengers of a terrorist organization; a Swedish author blames Foreign Minister Carl Bildt.
    "2011-10-19-jailed-swedish-journalists-tried-as-terrorists": [
        P("Ethiopia", "state", SW_TRIAL, SW_ZENAWI,
          aliases=["Ethiopian", "Ethiopian Prime Minister Meles Zenawi", "Meles Zenawi", "Zenawi", "the prime minister",
                   "Ethiopia's"]),
        # The journalists are not named in the article; they are the accused side of the trial.
        P("Swedish journalists", "person", SW_TRIAL, SW_ZENAWI,
          aliases=["two Swedish journalists", "the two imprisoned Swedish journalists", "The freelance journalists",
                   "The journalists", "the journalists", "The Swedes", "the Swedish journalists", "The two journalists",
                   "these journalists"]),
        # The rebels the journalists were caught with, fighting Ethiopia in the Ogaden ("15 rebels were killed").
        P("Ogaden National Liberation Front", "armed_group", SW_ONLF, SW_ALLEGEDLY,
          aliases=["ONLF", "a terrorist group", "a terrorist organization", "terrorist organization", "rebels",
                   "armed terrorists"]),
        # Involvement someone alleges: the journalists "allegedly aided a terrorist group" and were found travelling
        # with the ONLF.
        A(["Swedish journalists", "Ogaden National Liberation Front"], "alleged_involvement", SW_ONLF, SW_ALLEGEDLY),
        X("Ethiopia", "Swedish journalists",
          "made their way into Ethiopia with a terrorist organization; I think it would be a criminal relationship in "
          "any country",
          SW_ZENAWI, SW_CRIMINAL, speaker="Meles Zenawi"),
        X("Ethiopia", "Swedish journalists",
          "at the very least, messenger boys of a terrorist organization; They are not journalists; If that is "
          "journalism, I don't know what terrorism is",
          SW_ZENAWI, SW_MESSENGER, SW_NOT_JOURNALISTS, SW_TERRORISM, speaker="Meles Zenawi"),
        X("Ethiopia", "Swedish journalists",
          "one of the journalists was arrested on a previous attempt to enter illegally",
          SW_PREVIOUS, speaker="Meles Zenawi"),
        # Zenawi's rhetorical question and his "second time" sentence give the same charge: taking part in the
        # fighting alongside the organisation.
        X("Ethiopia", "Swedish journalists",
          "seized with a terrorist organization in combat; participate in a fighting in which this terrorist "
          "organization was involved",
          SW_PREVIOUS, SW_SECOND, SW_WHY, speaker="Meles Zenawi"),
        # Doubt: the charge the trial is about (terrorism, "engaging in terrorist activity") read as the Ethiopian
        # state's accusation (its court tries them), though the sentences are passive.
        X("Ethiopia", "Swedish journalists",
          "being tried for terrorism in Ethiopia; aided a terrorist group; engaging in terrorist activity",
          SW_TRIAL, SW_ALLEGEDLY, SW_FACE),
        # Doubt: Zenawi does not name the organisation; the article ties it to the ONLF only through the journalists
        # ("The Swedes were found travelling with the Ogaden National Liberation Front").
        X("Ethiopia", "Ogaden National Liberation Front",
          "a terrorist organization that had killed 70 people who worked for a mining company in an attack",
          SW_ZENAWI, SW_ONLF, speaker="Meles Zenawi"),
        # Doubt: a Swedish author (a person acting for no state) charges the foreign minister with a motive to hide
        # what happens in Ogaden (his past Lundin board seat); read as aimed at Sweden, whose minister he is.
        X("Kerstin Lundell", "Sweden",
          "Carl Bildt has reason to hide what is going on in Ogaden could explain why these journalists are still in "
          "prison",
          SW_BILDT, SW_LUNDELL),
        # Not items: "Swedish Foreign Minister Carl Bildt has been criticised for inaction post-arrests" (passive, no
        # accuser); Anna Roxvall's "the claim ... is wrong" and "It is clean cut a lie" (a denial of Ethiopia's claim,
        # which is an item; doubt); Larsmo's warning that access to information will be restricted and the visa
        # refusals (no accused named; passive); "claims of human rights violations in the Ogaden region" (no accuser,
        # no accused); the lawyers' and the unnamed attorney's views. Not parties: Sweden (see the docstring; doubt),
        # Lundin Petroleum (a company the journalists investigated; no step in the dispute), the United States (its
        # ambassador only attended the trial). No mediator ("a negotiated settlement is still possible" names no
        # go-between). Bildt's former Lundin board seat is a past tie, not an alliance.
    ],
}
