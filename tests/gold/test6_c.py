"""Hand gold for part c of the test6 split (tests/corpus/test6/, index_c.json): four Wikinews articles, 2005-2009.

Written by an independent annotator (part c) by reading each article under tests/gold/README.md, before any rule
was scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{nigerian,resolution,muslim,lockerbie}.conllu). Stored versions
read: nigerian and muslim at commit 16231153 (with `# meta` lines and `# newpar` marks), lockerbie at 53af3099 (with
`# meta` and `# newpar`), resolution at 2dcbcbef (no `# meta`, no `# newpar`: one paragraph). The body was rebuilt
from the `# text` lines: headline and dateline dropped; image captions left out (nigerian: "A Northwest Airbus A330
with Delta Air Lines livery (Delta and Northwest have merged), similar to the one involved in the incident aboard
Flight 253." / "Image: Gietje."; muslim: "Image from the Al-Andulas 12th century Quran manuscript"; lockerbie: "The
Lockerbie memorial"); no pull-quote boxes in these four. Sentences of a paragraph joined by one space, none where the
sentence's last token has SpaceAfter=No (nigerian: `...over the phone. "` + `Expectedly, ...`; muslim: `...held no
weight. "` + `There have been ...`, and the lone `"` sentence opening the Hooper paragraph; lockerbie: the three lone
`"` sentences opening paragraphs of Duggan's statement); paragraphs as `# newpar` marks them, a blank line between
paragraphs, a final newline. Characters are otherwise as stored, typos kept ("Adbulmutallab", "Mr.Ahmad said,\"",
"Megrahahi's", "victim’s families", curly quotes and apostrophes in lockerbie). Dates are the datelines (nigerian
2009-12-27, resolution 2007-10-12, muslim 2005-05-17, lockerbie 2009-08-18); titles the headlines.

Regions and years: West Africa / US / Yemen (the 2009 Christmas Day airliner bomb plot), Turkey and the US (the
2007 Armenian genocide resolution), Pakistan / Afghanistan / US (the 2005 Newsweek Koran report), Libya and Scotland
(the Lockerbie bomber's appeal, 2009).

How the slice was searched: find_files lists only the first 100 files of amalgum/news/dep (a-c), so files of the
l-r slice were looked up by exact path, one guessed word at a time. Considered and left out (slice l-r):
- mercenary ("'Bang bang': UK mercenary charged with murdering colleagues gives evidence in Iraq", 2011): a criminal
  trial between private persons, no dispute between states or groups.
- pentagon ("US lawmakers to question Pentagon officials about war costs", 2008): a domestic budget dispute.
- lords ("House of Lords approve same-sex marriage bill at third reading", 2013): domestic law.
- reuters ("Wikinews Shorts: April 3, 2007"): a digest of unrelated briefs.
- obama ("Obama to Muslims: 'Americans are not your enemy'", 2009): an interview with calls and no accusation.
- morocco, mexico, poland (FIFA World Cup 2018 match reports): off topic.
- Names tried that are not in the folder: lebanon, lebanese, militants, militia, nato, peace, military, missile(s),
  pirates, police, russia, philippine(s), nigeria, myanmar, mumbai, musharraf, netanyahu, olmert, nepal, maoist,
  and others; the used or rejected words of the brief (libya, mali, morsi, mugabe, nuclear, opposition, ossetia,
  pakistan(i), palestinian, protest, putin, qaeda, raid, rebels, refugees, russian) were not opened.

Doubts are marked "Doubt:" at the item.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- Nigerian man charged with trying to blow up airliner (2009) ----------------------------------------------
NG_CHARGED = (
    "U.S. authorities have charged Nigerian Umar Farouk Abdulmutallab with trying to blow up a plane on its descent "
    "into the city of Detroit, Michigan on Friday."
)
NG_ACCUSES = (
    "The U.S. government accuses the Nigerian national of bringing an explosive device onto Friday's Northwest "
    "Airlines Flight 253 plane from Amsterdam in the Netherlands."
)
NG_SYRINGE = (
    "A preliminary analysis by federal authorities indicates he used a syringe to detonate a highly explosive "
    "substance, identified as PETN."
)
NG_BOMB_MAKER = (
    "Abdulmutallab said he got the explosives in Yemen from an Al Qaeda bomb maker who sewed the device into his "
    "underwear."
)
NG_TERRORISM = "Friday, the White House said it believed it was an attempted act of terrorism."
NG_AFFILIATIONS = "U.S. media reports say the suspect told interrogators he had affiliations with Al Qaeda."

# --- Turkey outraged over U.S. Armenian genocide resolution (2007) --------------------------------------------
TR_OUTRAGE = (
    "Turkish officials have expressed outrage over a United States congressional resolution labeling the Ottoman "
    "Empire's World War I era killings of up to 1.5 million Armenians as \"genocide\"."
)
TR_PARTNERSHIP = (
    "The Turkish government has warned that the resolution threatens its strategic partnership with the U.S."
)
TR_STATES = (
    "The resolution, passed 27-21 by the U.S. House Committee on Foreign Affairs on Wednesday, states that \"[t]he "
    "Armenian Genocide was conceived and carried out by the Ottoman Empire from 1915 to 1923, resulting in the "
    "deportation of nearly 2,000,000 Armenians, of whom 1,500,000 men, women, and children were killed\"."
)
TR_RECOGNIZED = (
    "The World War I era killings, commonly referred to as the Armenian Genocide, have been recognized as genocide "
    "by 22 countries, including France, Russia, Venezuela, Argentina, and Canada."
)
TR_ALLIED = (
    "A statement on the Turkish Foreign Ministry web site said that the resolution \"will not only endanger "
    "relations with a friendly and allied nation but will also jeopardize a strategic partnership that has been "
    "cultivated for generations.\""
)
TR_RECALLED = "On Thursday, Turkey recalled its U.S. ambassador Nabi Sensoy, and warned of further repercussions."
TR_WAR_ON_TERROR = (
    "While acknowledging that \"[w]e understand the feelings that people have about the tragic suffering of the "
    "Armenian people,\" Stanzel warned that \"Turkey is playing a critical role in the war on terror and this action "
    "is problematic for everything we're trying to do in the Middle East and would cause great harm to our efforts.\""
)
TR_BUSH = (
    "U.S. President George W. Bush had lobbied against the resolution, saying that it would damage relations "
    "between the U.S. and Turkey."
)

# --- Muslim leaders don't accept "pressured" apology (2005) ---------------------------------------------------
MU_APOLOGIZED = (
    "Newsweek magazine apologized to the victims of last week's deadly protests in Afghanistan, which were sparked "
    "when a Newsweek report stated that U.S. officials defiled the Koran."
)
MU_TRANSPARENT = (
    "But Islamic parties in Pakistan say the Newsweek apology is a transparent attempt to defuse Muslim anger."
)
MU_AHMAD = (
    "Qazi Hussain Ahmad, the head of an Islamic party alliance told the BBC on Monday that Newsweek's clarification "
    "held no weight."
)
MU_PRESSURE = (
    "On Tuesday Mr.Ahmad said,\"Whatever (Newsweek) magazine has done now is under pressure (from the U.S. "
    "government),\" he said."
)
MU_RETRACTED = (
    "Later in the day, Newsweek retracted the story which the White House said was a \"good first step\"."
)
MU_RELIGIOUS_WAR = (
    "While many officials supporting the protests vowed for non-violence, some in the streets threatened to start "
    "a religious war against the United States."
)
MU_BRITISH = (
    "News stories came out in August and October 2004, reporting that British citizens who had been released from "
    "Guantanamo claimed U.S. guards threw their Qurans into the toilet."
)

# --- Lockerbie bombing appeal dropped (2009) -----------------------------------------------------------------
LK_ACCEPTED = (
    "The High Court in Edinburgh has today accepted Abdelbaset Ali Mohmed Al Megrahi's request to drop his second "
    "appeal against his conviction for the Lockerbie bombing."
)
LK_GUILTY_OF = (
    "Al-Megrahi was found guilty of planting a bomb on Pan Am Flight 103, which detonated as the aircraft flew over "
    "Lockerbie, Scotland in 1988 killing all 259 people on board and eleven more on the ground."
)
LK_SWIRE = (
    "Doctor Jim Swire, a member of UK Families Flight 103, has threatened to sue the Crown Office and Procurator "
    "Fiscal Service over what he feels is a deliberate blocking of justice."
)
LK_WEIPZ = (
    "Meanwhile, in an earlier interview with Wikinews on the twentieth anniversary of the bombing last year, the "
    "then-head of the US group Victims of Pan Am Flight 103, Kara Weipz, told Wikinews that \"There is no difference "
    "between the truth as we see it and the official version of events."
)
LK_FACTS = "The facts are the facts, Mr. Megrahi is guilty.\""
LK_DUGGAN = "Wikinews has obtained a statement from Mrs. Weipz's replacement Frank Duggan."
LK_MAINTAINS = (
    "In it Duggan maintains that Megrahi should die behind bars in Scotland, casts doubt on the likelihood of a "
    "transfer to Libya and attacks the Scottish media's coverage of the case."
)
LK_GADHAFI = (
    "In addition, Justice Minister Kenny MacAskill must still rule on the request for transfer, a request made by "
    "[Libyan President] Muammar Gadhafi, who has admitted his nation’s guilt in the most egregious case of "
    "state-sponsored terrorism in UK history."
)
LK_PLANTED = (
    "News media, not so many in Scotland I regret to say, wonder just how much compassion was shown by Megrahi and "
    "Libya when they planted a bomb designed to murder hundreds of innocent, unsuspecting lives.\""
)

GOLD = {
    # US / Nigeria / Yemen: the Christmas Day 2009 attempt on Northwest Airlines Flight 253.
    "2009-12-27-nigerian-man-charged-with-trying-to-blow-up-airliner": [
        P("United States", "state", NG_CHARGED, NG_ACCUSES,
          aliases=["U.S.", "U.S. authorities", "U.S. government", "United States", "federal authorities",
                   "White House", "FBI"]),
        # The bomber acts for no state: a person actor.
        P("Umar Farouk Abdulmutallab", "person", NG_CHARGED, NG_ACCUSES,
          aliases=["Abdulmutallab", "Adbulmutallab", "Nigerian", "the Nigerian", "the Nigerian national", "the man",
                   "the suspect"]),
        # Doubt: Al Qaeda is a side only through the bomber's own account (the bomb maker) and a media report.
        P("Al Qaeda", "armed_group", NG_BOMB_MAKER),
        A(["Umar Farouk Abdulmutallab", "Al Qaeda"], "alleged_involvement", NG_BOMB_MAKER, NG_AFFILIATIONS),
        # The charge, the accusation and the authorities' analysis describe one act: one allegation.
        X("United States", "Umar Farouk Abdulmutallab",
          "trying to blow up a plane; bringing an explosive device onto Northwest Airlines Flight 253",
          NG_CHARGED, NG_ACCUSES, NG_SYRINGE),
        # Labelling the attempt terrorism; NG_CHARGED names the man "it" refers to.
        X("United States", "Umar Farouk Abdulmutallab", "an attempted act of terrorism",
          NG_TERRORISM, NG_CHARGED, speaker="White House"),
        # Not items: his own account of the Al Qaeda bomb maker (an admission that implicates, read as the
        # alliance above); "U.S. media reports" (a news report); his father's concerns ("apparently"); Thompson's
        # "very close call" (no allegation); Nigeria's embassy cooperating with the inquiry (no tie, no claim).
    ],
    # Turkey and the US: the House Foreign Affairs Committee's Armenian genocide resolution.
    "2007-10-12-turkey-outraged-over-u-s-armenian-genocide-resolution": [
        P("Turkey", "state", TR_OUTRAGE, TR_RECALLED,
          aliases=["Turkish", "Turkish officials", "Turkish government", "Turkish Foreign Ministry",
                   "Turkish nation", "Egemen Bagis"]),
        P("United States", "state", TR_OUTRAGE, TR_STATES,
          aliases=["U.S.", "United States", "U.S. House Committee on Foreign Affairs", "Congress",
                   "House of Representatives", "White House", "Scott Stanzel", "Stanzel", "George W. Bush",
                   "Nancy Pelosi", "Pelosi"]),
        # Doubt on the kind: the "strategic partnership" with "a friendly and allied nation" and Turkey's role in
        # the war on terror, read as one standing tie.
        A(["Turkey", "United States"], "other", TR_PARTNERSHIP, TR_ALLIED, TR_WAR_ON_TERROR),
        # Doubt: the resolution's charge is aimed at the Ottoman Empire (Turkey reads it as aimed at "the Turkish
        # nation" and denies it; the denial is no item).
        X("United States", "Ottoman Empire",
          "the Armenian Genocide was conceived and carried out by the Ottoman Empire; killings of up to 1.5 million "
          "Armenians labeled as genocide",
          TR_OUTRAGE, TR_STATES, speaker="U.S. House Committee on Foreign Affairs"),
        # Doubt: background recognitions, one item per named state as a joint position is split; TR_OUTRAGE names
        # the Ottoman Empire whose "World War I era killings" TR_RECOGNIZED refers to.
        X("France", "Ottoman Empire", "the World War I era killings recognized as genocide",
          TR_RECOGNIZED, TR_OUTRAGE),
        X("Russia", "Ottoman Empire", "the World War I era killings recognized as genocide",
          TR_RECOGNIZED, TR_OUTRAGE),
        X("Venezuela", "Ottoman Empire", "the World War I era killings recognized as genocide",
          TR_RECOGNIZED, TR_OUTRAGE),
        X("Argentina", "Ottoman Empire", "the World War I era killings recognized as genocide",
          TR_RECOGNIZED, TR_OUTRAGE),
        X("Canada", "Ottoman Empire", "the World War I era killings recognized as genocide",
          TR_RECOGNIZED, TR_OUTRAGE),
        # Not items: Turkey's "unacceptable that the Turkish nation should be accused" (a denial); its warnings
        # that the resolution endangers relations and Bush's and Stanzel's that it damages them (judgments of a
        # decision); Bagis's "some in Congress wanted to play hardball" (no allegation); Pelosi's "As long as there
        # is genocide" (names nobody); "40 of the 50 U.S. states" (parts of the accuser already counted).
    ],
    # Pakistan / Afghanistan / US: the retracted Newsweek report of Koran desecration at Guantanamo.
    "2005-05-17-muslim-leaders-don-t-accept-pressured-apology": [
        P("United States", "state", MU_APOLOGIZED, MU_PRESSURE,
          aliases=["U.S.", "U.S. officials", "U.S. government", "Washington", "White House", "United States",
                   "U.S. personnel", "U.S. guards", "anti-American", "Scott McClellan"]),
        # A magazine at the centre of the dispute.
        P("Newsweek", "other", MU_APOLOGIZED, MU_RETRACTED, aliases=["Newsweek magazine", "the magazine"]),
        # Doubt on the name: the article calls them "Islamic parties in Pakistan" and "an Islamic party alliance"
        # headed by Qazi Hussain Ahmad; no party kind fits a political group better than "other".
        P("Islamic parties in Pakistan", "other", MU_TRANSPARENT, MU_AHMAD,
          aliases=["Islamic parties", "Islamic party alliance", "Qazi Hussain Ahmad", "Mr.Ahmad"]),
        X("Islamic parties in Pakistan", "United States",
          "Newsweek's retraction was made under pressure from the U.S. government",
          MU_AHMAD, MU_PRESSURE, speaker="Qazi Hussain Ahmad"),
        # Doubt: imputing a motive to the apology, read as an accusation rather than a judgment.
        X("Islamic parties in Pakistan", "Newsweek", "the apology is a transparent attempt to defuse Muslim anger",
          MU_TRANSPARENT),
        # Doubt: the accusers are private persons (released British detainees), named by the article only as a
        # group; their claim is carried by news stories but is theirs.
        X("British citizens released from Guantanamo", "United States", "U.S. guards threw their Qurans into the toilet",
          MU_BRITISH),
        # Not items: the Newsweek report itself (a news outlet's report, since retracted); Ahmad's "reports by the
        # prisoners ... of desecration" and Saeed's "the Koran was routinely desecrated" (no accused named);
        # "Muslims said they suspected that pressure from Washington" (Reuters' unnamed Muslims); Huskey's "a
        # guard tossing a Quran" (no state named); McClellan's "puzzling" (a judgment); Hooper's prediction;
        # threats of "a religious war against the United States" (a threat, no allegation).
    ],
    # Libya and Scotland: the Lockerbie bomber drops his second appeal; the victims' groups disagree.
    "2009-08-18-lockerbie-bombing-appeal-dropped": [
        P("Abdelbaset Ali Mohmed Al Megrahi", "person", LK_ACCEPTED, LK_GUILTY_OF,
          aliases=["Al-Megrahi", "Megrahi", "Mr. Megrahi", "Megrahahi", "the bomber", "the convicted bomber",
                   "the murderer"]),
        P("Libya", "state", LK_GADHAFI, LK_PLANTED,
          aliases=["Libyan", "Muammar Gadhafi", "[Libyan President] Muammar Gadhafi"]),
        # Doubt: the two victims' groups read as the opposed sides of the dispute over Megrahi's guilt and release.
        P("Victims of Pan Am Flight 103", "other", LK_WEIPZ, LK_DUGGAN,
          aliases=["US group Victims of Pan Am Flight 103", "Kara Weipz", "Mrs. Weipz", "Frank Duggan", "Duggan"]),
        P("UK Families Flight 103", "other", LK_SWIRE, aliases=["Jim Swire", "Dr. Swire", "Dr. James Swire"]),
        A(["Libya", "Abdelbaset Ali Mohmed Al Megrahi"], "alleged_involvement", LK_PLANTED, LK_GADHAFI),
        # Weipz (then head) and Duggan (her replacement) say the same of Megrahi for the same group: one item.
        X("Victims of Pan Am Flight 103", "Abdelbaset Ali Mohmed Al Megrahi",
          "Mr. Megrahi is guilty; planted a bomb designed to murder hundreds of innocent, unsuspecting lives",
          LK_WEIPZ, LK_FACTS, LK_DUGGAN, LK_PLANTED, speaker="Frank Duggan"),
        # LK_WEIPZ names the group Duggan's statement (LK_DUGGAN) speaks for.
        X("Victims of Pan Am Flight 103", "Libya",
          "planted a bomb designed to murder hundreds of innocent, unsuspecting lives; state-sponsored terrorism",
          LK_WEIPZ, LK_DUGGAN, LK_PLANTED, LK_GADHAFI, speaker="Frank Duggan"),
        # Doubt on the accused: Scotland's prosecution service, kept under its own name (the article never ties
        # it to the United Kingdom).
        X("UK Families Flight 103", "Crown Office and Procurator Fiscal Service", "a deliberate blocking of justice",
          LK_SWIRE, speaker="Jim Swire"),
        # Not items: the conviction itself (a court's finding reported by the article); Megrahi's protest of
        # innocence (a denial); the Daily Telegraph's account of what UK and US families believe (a newspaper's
        # report); Duggan's attacks on the Scottish media, on "grandstanding" attorneys and on Prof. Black ("wrong
        # about every step": judgments); Gadhafi's admission (an admission, used as evidence above).
    ],
}
