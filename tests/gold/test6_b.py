"""Hand gold for part b of the test6 split (tests/corpus/test6/, index_b.json): AMALGUM Wikinews, slice d-k.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules or any tool output; quotes
are copied by hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{israeli,guantanamo,ethiopian,isil}.conllu). Stored versions
read: israeli at commit 53af3099, ethiopian and isil at commit 16231153 (`# meta` versions with `# newpar` marks);
guantanamo at commit 2dcbcbef (no `# meta` lines and no `# newpar` marks, so its body is one paragraph). The
body was rebuilt from the `# text` lines: sentences joined by one space, none where the sentence's last token has
SpaceAfter=No (ethiopian: the lone opening-quote sentence `"` before "The operation involved ...", and the
sentences ending `... military hardware. "` and `... military capability. "` whose closing `"` opens the next
quotation; guantanamo: the fragment "When the USA allied ... to oust the Taliban" joined by a space to the
lower-case sentence that completes it); paragraphs as `# newpar` marks them, one paragraph where there are
none. Dropped: the headline and the dateline of each article (guantanamo: "Grandfather held in Guantanamo dies
of cancer", "Monday, December 31, 2007"); ethiopian: the image caption "ONLF rebelsImage: Jonathan
Alpeyrie."; isil: the figure caption "Location of Nangarhar within Afghanistan" / "Image: TUBS.". Kept: israeli's
"The dead" section heading and its four list
items (one paragraph each, as the newpar marks give them); israeli's two fragment sentences "When called up into
the Israel Defense Forces (IDF) for basic training" / "in May 2005" joined by spaces as stored. Typos kept
("rebel's announcements", "Kfar Tapuah"/"Kfar Tapuach", "taken place northern Afghanistan", "had lead",
"Administrative review", "annual Annual Review Board"). Dates are the datelines; titles the headlines.

Regions and years: Middle East (Israel, 2005), Guantanamo and Afghanistan (United States, 2007), Horn of Africa
(Ethiopia's Ogaden, 2009), Central Asia (Afghanistan, 2018).

Finding files was slow: the repository listing stops after 100 names (all before "c"), so slice d-k names had to
be tried one by one by exact path.

Considered and left out (slice d-k of AMALGUM_news_*):
- egyptian (Egyptian ferry fire defendants acquitted, 2008): a manslaughter trial, no dispute between states or
  groups.
- diplomatic (Brazil drops English from its diplomats' entrance exam, 2005): civil-service news, off topic.
- israeli was kept although thin (a lone gunman; no accuser, no alliance): it is the slice's one terrorism article
  with a named perpetrator found in time.
- Already used or excluded by the brief: darfur, gaza, georgian, guinea, hamas, hostages, india, iran, ivory,
  karzai, kashmir, kenya, korea.
- Names tried and not in the corpus: hezbollah, israel, iraq, iraqi, kosovo, insurgents, ethiopia, embassy,
  fatah, diplomats, gunmen, eta, gaddafi, islamist, hariri, jerusalem, islamic, kabul, golan, haiti, houthi,
  junta, dalai, eritrea, insurgency, kidnapped, fighting, islamists, kurds, expelled, honduras, kandahar,
  falklands.

Doubts are marked "Doubt:" beside the item.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- Israel: army deserter kills four Israeli Arabs on a bus (2005) ------------------------------------------
IS_PRIVATE = (
    "A uniformed AWOL Israeli private suddenly opened fire in a crowded bus, killing 4 Israeli Arabs and "
    "wounding 12."
)
IS_ATTACKER = (
    "The attacker, Eden Natan-Zada, 19, boarded Egged bus 165 en route from Haifa and sat mid-section."
)
IS_CONDEMNED = (
    "The Israeli government condemned the random shooting and mobilized troops in anticipation of rioting in "
    "northern Israel."
)

# --- Guantanamo: death of captive Abdul Razzak (2007) ----------------------------------------------------
GT_JTF = (
    "Joint Task Force Guantanamo (JTF-GTMO) reported a fifth Guantanamo captive, named Abdul Razzak, died in "
    "captivity, on December 30, 2007."
)
GT_PRESS = "According to the JTF-GTMO press release that announced his death:"
GT_JIHADIST = (
    "Abdul Razzak was assessed to be an experienced jihadist with command responsibilities and was assessed to have "
    "had multiple links to anti-coalition forces."
)
GT_DENOUNCED = (
    "Abdul Razzak testified that he then returned to Afghanistan, where he was falsely denounced by a distant cousin "
    "named Mohammed Jan."
)
GT_SPLIT = "In 1979 this militia split, and has been lead, since then, by Gulbuddin Hekmatyar."
GT_SANCTUARY = (
    "American intelligence analysts assert that, when Osama bin Laden was leaving Sudan, Gulbuddin Hekmatyar offered "
    "him sanctuary in the areas of Afghanistan under his control."
)
GT_FOUGHT_WITH = (
    "Although not part of the Northern Alliance the Hezb-e-Islami Gulbuddin militia fought with the Taliban, prior "
    "to their ouster."
)
GT_USA_ALLIED = (
    "When the USA allied with the Northern Alliance and other resistance forces to oust the Taliban the "
    "Hezb-e-Islami Gulbuddin militia fought against the USA."
)
GT_2003 = "In 2003 the Hezb-e-Islami Gulbuddin formed an alliance with the rump of the Taliban."
GT_HELD = "Americans held five other men in Guantanamo named Abdul Razak."

# --- Ethiopia and the Ogaden National Liberation Front (2009) ------------------------------------------------
ET_REBEL_GROUP = (
    "A rebel group in Ethiopia's Ogaden region said today that it has killed 626 government troops after heavy "
    "fighting near the border with neighboring Somalia."
)
ET_OFFENSIVE = (
    "A communiqué sent to news agencies by e-mail announced that a multi-front offensive launched by the Ogaden "
    "National Liberation Front (ONLF) on November 10 is still in progress."
)
ET_626 = (
    "The communiqué, believed to be sent from ONLF offices in Europe, says 626 Ethiopian troops have died, and "
    "the statement says the battlefields are littered with bodies of soldiers."
)
ET_OCCUPATION = (
    "ONLF forces were warmly welcomed by the population in these areas and are administering medical care to "
    "those civilians killed by retreating Ethiopian occupation forces,\" the statement continued."
)
ET_SHIMELIS = (
    "Ethiopian government spokesman Shimelis Kemal, however, called the ONLF claims completely false."
)
ET_SAID_SHIMELIS = "\"This group used to make exaggerated claims,\" said Shimelis Kemal."
ET_TERRORIST_LIE = "\"This is the usual lie, deliberately fabricated by this terrorist group.\""
ET_DISBANDED = "This terrorist group is currently disbanded from government campaigns.\""
ET_MILITIA_GROUPS = (
    "Shimelis denied any government troops had been killed, and said the current fighting is between the rebels "
    "and local militia groups."
)
ET_EXPELLED = "\"The rebels were expelled and defeated by the local militia,\" said Shimelis."
ET_CALLS = (
    "Ethiopia calls the rebels \"terrorists\" backed by neighboring rival Eritrea, and with ties to the Somali "
    "group al-Shabab."
)
ET_2007 = (
    "Government troops launched a fierce offensive against the ONLF in early 2007 after the rebels attacked a "
    "Chinese-owned oil exploration field in Ethiopia's Ebole district, killing 74 people."
)
ET_SCORCHED = (
    "The ONLF accused the troops of conducting a \"scorched earth\" campaign, a claim that was strongly denied by "
    "the government."
)
ET_CAPABILITY = (
    "Government spokesman Shimelis said that 2007 offensive effectively ended the ONLF's military capability."
)
ET_BANDIT = "Since the Ebole incident, the ONLF bandit group is on the run,\" he said."
ET_RAID = (
    "\"Recently however, they have tried to raid some administrations in the localities, and that attempt had "
    "been effectively defeated by the local militia.\""
)
ET_AUTONOMY = (
    "The ONLF has been fighting for greater autonomy or independence for the Ogaden since Ethiopia seized the "
    "mostly Somali-speaking region in a war with Somalia more than 30 years ago."
)

# --- Afghanistan: ISIL attack on Save the Children in Jalalabad (2018) ---------------------------------------
SC_SUSPENSION = (
    "Wednesday, UK-based non-governmental charity organisation Save the Children announced in an official "
    "statement on their website the temporary suspension of all their activities in Afghanistan."
)
SC_ISIL_CLAIMED = (
    "The reason for this is an ISIL-claimed attack on a Save the Children office in Jalalabad, Nangarhar, which "
    "cost the lives of three staff members of the charity."
)
SC_MILITANTS = (
    "A group of militants attacked Save the Children's office after a suicide car explosion Wednesday morning "
    "just after 9 AM, local time."
)
SC_AFGHAN_SECURITY = (
    "Afghan security personnel said the attackers killed two soldiers, two guards and two civilians."
)
SC_CLAIM = (
    "Via Amaq news agency, militant group Islamic State of Iraq and the Levant (ISIL) has claimed the "
    "responsibility of the attack, calling British and Swedish foundations, as well as institutes of the Afghan "
    "government, the targets of the attack."
)

GOLD = {
    # Israel, 2005: a Jewish army deserter's shooting attack. Few items: the article names no accuser and no
    # organised side beyond the gunman; the Israeli government's condemnation names nobody it accuses, and
    # "the outlawed terrorist Kach group" / "the militant Kach movement" are the article's own words about the
    # settlement's milieu, not a claim by an actor (no accusation, no alliance).
    "2005-08-05-four-israeli-arabs-killed-by-army-deserter": [
        # A person acting for no state or group: the attacker, introduced by name in IS_ATTACKER.
        P("Eden Natan-Zada", "person", IS_PRIVATE, IS_ATTACKER,
          aliases=["Natan-Zada", "Zada", "Eden", "The attacker", "the gunman", "the shooter",
                   "A uniformed AWOL Israeli private"]),
        # Doubt: Israel read as a party (its soldier is the attacker; its government condemns and mobilises
        # troops); it could also be read as a state only commenting.
        P("Israel", "state", IS_CONDEMNED,
          aliases=["Israeli", "The Israeli government", "Israel Defense Forces", "IDF"]),
    ],
    # United States and Afghanistan, 2007: a Guantanamo captive's death; the US case against him and the Afghan
    # war's sides. Known gap: the article never says JTF-GTMO is American (read as the US, as an army would be);
    # "Americans held five other men in Guantanamo" is the nearest tie.
    "2007-12-31-grandfather-held-in-guantanamo-dies-of-cancer": [
        P("United States", "state", GT_JTF, GT_USA_ALLIED, GT_HELD,
          aliases=["USA", "American", "Americans", "Joint Task Force Guantanamo", "JTF-GTMO",
                   "American intelligence analysts"]),
        # A person acting for no state or group: the captive the US accuses.
        P("Abdul Razzak", "person", GT_JTF, GT_JIHADIST, aliases=["Razzak", "Abdul Razak"]),
        # Doubt: the Afghan war's sides read as parties (the US fought the militia and ousted the Taliban).
        P("Hezb-e-Islami Gulbuddin", "armed_group", GT_FOUGHT_WITH, GT_USA_ALLIED, GT_2003,
          aliases=["Hezb-e-Islami Gulbuddin militia", "this militia", "Gulbuddin Hekmatyar's militia",
                   "Gulbuddin Hekmatyar", "Hekmatyar"]),
        P("Taliban", "armed_group", GT_USA_ALLIED, GT_2003, aliases=["the Taliban", "Taliban's"]),
        P("Northern Alliance", "armed_group", GT_USA_ALLIED),
        A(["United States", "Northern Alliance"], "military_support", GT_USA_ALLIED),
        A(["Hezb-e-Islami Gulbuddin", "Taliban"], "other", GT_FOUGHT_WITH, GT_2003),
        # Involvement the US alleges: sanctuary offered to bin Laden.
        A(["Hezb-e-Islami Gulbuddin", "Osama bin Laden"], "alleged_involvement", GT_SANCTUARY),
        # JTF-GTMO's press release: two allegations.
        X("United States", "Abdul Razzak", "an experienced jihadist with command responsibilities",
          GT_PRESS, GT_JIHADIST, speaker="JTF-GTMO"),
        X("United States", "Abdul Razzak", "multiple links to anti-coalition forces",
          GT_PRESS, GT_JIHADIST, speaker="JTF-GTMO"),
        X("United States", "Hezb-e-Islami Gulbuddin",
          "offered Osama bin Laden sanctuary in the areas of Afghanistan under his control",
          GT_SANCTUARY, GT_SPLIT, speaker="American intelligence analysts"),
        # Doubt: a private allegation (the captive against his cousin), kept because the article states it.
        X("Abdul Razzak", "Mohammed Jan", "falsely denounced him", GT_DENOUNCED),
        # Not annotated: "One of the main allegations against Abdul Razzak was that he had plotted to help free
        # Taliban leaders", "was also accused of being a leader of anti-coalition forces, and of being a member of
        # the Hezb-e-Islami Gulbuddin", "was also accused of being the Abdul Razak who had been the second in
        # command of the Taliban's 40-man unit": passive claims with no accuser named (guidelines). His testimony
        # that the militia imprisoned him and the Taliban conscripted his son is narrative of his own history, read
        # as no accusation. "This militia acquired a reputation for ruthlessness" is the journalist's own.
    ],
    # Horn of Africa, 2009: the ONLF's offensive in the Ogaden and the Ethiopian government's answer.
    "2009-11-17-rebels-say-626-ethiopian-troops-killed-in-clashes": [
        P("Ogaden National Liberation Front", "armed_group", ET_REBEL_GROUP, ET_OFFENSIVE, ET_AUTONOMY,
          aliases=["ONLF", "rebels", "rebel group", "the rebels", "ONLF forces", "This group", "this terrorist group",
                   "This terrorist group", "the ONLF bandit group"]),
        P("Ethiopia", "state", ET_REBEL_GROUP, ET_626, ET_2007,
          aliases=["Ethiopian", "Ethiopian government", "the government", "government troops", "Ethiopian troops",
                   "Ethiopian occupation forces", "The army", "Shimelis Kemal", "Shimelis"]),
        # Doubt: the government says the fighting is between the rebels and "local militia groups"; read as a
        # (government-side) fighting party, named as the article names it.
        P("local militia", "armed_group", ET_MILITIA_GROUPS, ET_EXPELLED, aliases=["local militia groups"]),
        # Involvement Ethiopia alleges (both denied in the next sentence; the allegation is still stated).
        A(["Ogaden National Liberation Front", "Eritrea"], "alleged_involvement", ET_CALLS),
        A(["Ogaden National Liberation Front", "al-Shabab"], "alleged_involvement", ET_CALLS),
        # ONLF statement: civilians killed by "Ethiopian occupation forces".
        X("Ogaden National Liberation Front", "Ethiopia", "civilians killed by retreating Ethiopian occupation forces",
          ET_OCCUPATION),
        X("Ogaden National Liberation Front", "Ethiopia", "conducting a \"scorched earth\" campaign", ET_SCORCHED),
        # Labelling as terrorists: Ethiopia's standing label and its spokesman's words, one allegation.
        X("Ethiopia", "Ogaden National Liberation Front", "terrorists; this terrorist group",
          ET_CALLS, ET_SAID_SHIMELIS, ET_TERRORIST_LIE, ET_DISBANDED, speaker="Shimelis Kemal"),
        X("Ethiopia", "Eritrea", "backed the rebels (\"terrorists\")", ET_CALLS),
        X("Ethiopia", "Ogaden National Liberation Front", "ties to the Somali group al-Shabab", ET_CALLS),
        # Doubt: the spokesman's "bandit group" that "tried to raid some administrations" read as an allegation
        # (ET_CAPABILITY names Shimelis, introduced in ET_SHIMELIS as the Ethiopian government spokesman).
        X("Ethiopia", "Ogaden National Liberation Front",
          "the ONLF bandit group; tried to raid some administrations in the localities",
          ET_CAPABILITY, ET_BANDIT, ET_RAID, speaker="Shimelis"),
        # Not annotated: "a complete fabrication", "completely false", "exaggerated claims", "the usual lie",
        # "baseless claim, blank propaganda", "a desperate measure ... to portray the region as being in
        # turmoil": the government's denial of the ONLF's casualty claim (guidelines: denials are no
        # accusation). The ONLF's "it has killed 626 government troops" is a claim of its own action. The 2007
        # Ebole attack is the journalist's own report.
    ],
    # Central Asia, 2018: ISIL's claimed attack on Save the Children's Jalalabad office. No accusation: ISIL's
    # is a claim of responsibility; the officials' and witnesses' accounts name no perpetrator.
    "2018-01-26-save-the-children-organisation-suspends-all-activities-in-af": [
        P("Islamic State of Iraq and the Levant", "armed_group", SC_ISIL_CLAIMED, SC_CLAIM,
          aliases=["ISIL", "militant group", "militants", "the attackers"]),
        # The targeted organisation (an NGO: kind other).
        P("Save the Children", "other", SC_SUSPENSION, SC_ISIL_CLAIMED, SC_MILITANTS,
          aliases=["the charity", "the organisation"]),
        # Targeted (its soldiers killed; "institutes of the Afghan government" named as targets).
        P("Afghanistan", "state", SC_AFGHAN_SECURITY, SC_CLAIM,
          aliases=["Afghan", "Afghan government", "Afghan security personnel"]),
    ],
}
