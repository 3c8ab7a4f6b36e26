"""Second annotation, part c, for the agreement study (dev/agreement.py): four dev articles re-annotated by an
annotator who had not seen their gold, the tool's rules or its output, reading each article under
tests/gold/README.md's guidelines alone (annotator c, 2026-12-05). Built like the gold by build_gold.py;
never used to develop or fit anything.
"""

from build_gold import A, M, P, X

# ---------------------------------------------------------------------------
# 2007-12-31-grandfather-held-in-guantanamo-dies-of-cancer
# ---------------------------------------------------------------------------
G1 = "Joint Task Force Guantanamo (JTF-GTMO) reported a fifth Guantanamo captive, named Abdul Razzak, died in captivity, on December 30, 2007."
G_PRESS = "According to the JTF-GTMO press release that announced his death: Abdul Razzak was assessed to be an experienced jihadist with command responsibilities and was assessed to have had multiple links to anti-coalition forces."
G_COMBATANT = "He was detained in Guantanamo as an enemy combatant, consistent with the international law of Armed Conflict."
G_DISPUTED = "Abdul Razzak had disputed all but one of the allegations against him, at each opportunity, and had provided his JTF-GTMO interrogators and the officers who sat on his CSR Tribunal and ARB hearing with easily verifiable corroborated details."
G_PLOT = "One of the main allegations against Abdul Razzak was that he had plotted to help free Taliban leaders."
G_HIG = "Abdul Razzak was also accused of being a leader of anti-coalition forces, and of being a member of the Hezb-e-Islami Gulbuddin"
G_40 = "Abdul Razzak was also accused of being the Abdul Razak who had been the second in command of the Taliban's 40-man unit"
G_JAN = "Abdul Razzak testified that he then returned to Afghanistan, where he was falsely denounced by a distant cousin named Mohammed Jan."
G_PIT1 = "Abdul Razzak testified that his only contact with the Hezb-e-Islami Gulbuddin militia was early in the war against the Soviets."
G_PIT2 = "He testified he was imprisoned for four and a half months in an underground pit."
G_PIT3 = "They had captured him because he had served as a driver for a member of the communist regime."
G_BINLADEN = "American intelligence analysts assert that, when Osama bin Laden was leaving Sudan, Gulbuddin Hekmatyar offered him sanctuary in the areas of Afghanistan under his control."
G_USNA = "When the USA allied with the Northern Alliance and other resistance forces to oust the Taliban the Hezb-e-Islami Gulbuddin militia fought against the USA."
G_HIGTAL = "In 2003 the Hezb-e-Islami Gulbuddin formed an alliance with the rump of the Taliban."
G_AMERICANS = "Americans held five other men in Guantanamo named Abdul Razak."

# ---------------------------------------------------------------------------
# 2009-11-06-un-endorses-israel-palestinian-war-crimes-report
# ---------------------------------------------------------------------------
W1 = "After two days of debate, the United Nations General Assembly has overwhelmingly endorsed a report from the Human Rights Council calling for domestic investigations into alleged war crimes committed by both Israel's military and Palestinian armed forces during the Gaza conflict that began last December."
W_CONCL = "The controversial report concluded that Israel used disproportionate force in the war, deliberately targeted Gaza civilians, used them as human shields, and destroyed civilian infrastructure."
W_HAMAS = "One of the 31 chapters of the report discussed crimes by Hamas for firing rockets into Israeli towns."
W_BOTH = "The Goldstone Commission criticized both sides for violations of international humanitarian law."
W_CAMERON = "Israel's deputy ambassador to the UN, Daniel Cameron said that the resolution, \"endorses and legitimizes a deeply flawed, one-sided and prejudiced report of the discredited Human Rights Council and its politicised work that bends both fact and law\"."
W_WOLFF1 = "Deputy Ambassador Alejandro Wolff said that although it opposed the resolution, the US strongly supported accountability for human rights and humanitarian law violations relating to the Gaza conflict."
W_WOLFF2 = "\"We believe that the Goldstone report is deeply flawed-including its unbalanced focus on Israel, its sweeping conclusions of law, the excessively negative inferences it draws about Israel's intentions and actions, its failure to deal adequately with the asymmetrical nature of the Gaza conflict, its failure to assign appropriate responsibility to Hamas for its decision to base itself and its operations in heavily civilian-populated urban areas, and its many overreaching recommendations,\" said Alejandro Wolff."
W_CASUALTIES = "During the three-week-long Israeli military incursion into the Gaza Strip, at least 1,400 Palestinians died according to Palestinians and human rights groups, although Israel says 1,166, and 13 Israelis also died."

# ---------------------------------------------------------------------------
# 2008-11-21-un-reports-condemn-west-bank-settlement
# ---------------------------------------------------------------------------
S1 = "Speaking before the United Nations General Assembly, Secretary-General Ban Ki-Moon summarized two reports conducted by the UN concluding that the Israeli occupation of the West Bank and other territories is illegal and \"a breach of the fourth Geneva Convention.\""
S_SETTLE = "\"The advisory opinion and a number of United Nations resolutions have all affirmed that Israel's practice of constructing settlements—in effect, the transfer by an occupying Power of parts of its own civilian population into the territory it occupies —constitutes a breach of the Fourth Geneva Convention,\" reads the first report: Israeli Settlements in the Occupied Palestinian Territory, including Jerusalem, and the occupied Syrian Golan."
S_ALSO = "\"In addition to the construction of the settlements, other activities related to settlements are also illegal."
S_LIST = "\"These include the requisition of land, the destruction of houses and orchards, the construction of roads meant for the use of settlers only, the exploitation of natural resources within the occupied territory and the alteration of the character and status of the Occupied Palestinian Territory."
S_SEALED = "Israel has sealed off access to the Gaza Strip for aid workers and journalists since early November because of Palestinian rocket fire eminating from the area."
S_TRUCE = "750,000 Gazans are without food or power at the moment, and some Palestinians see this as a violation of the shaky truce brokered in July of this year."
S_AID = "On November 17th, Israel allowed some UN food aid to pass through its barricades."
S_LETTER = "According to Democracy Now, on Tuesday, November 20th, executives from the Associated Press, Reuters, New York Times, BBC, CNN, and other news sources sent a letter to the government of Israel condemning the government's choice to bar foreign journalists from the Gaza Strip saying, \"We are gravely concerned about the prolonged and unprecedented denial of access to the Gaza Strip for the international media.”"
S_MEDIA = "Israel defended themselves by criticizing the media and accusing them of not properly pointing out the reasoning behind the blockade of the Gaza Strip."

# ---------------------------------------------------------------------------
# 2010-11-30-wikileaks-cable-disclosure-shows-arab-fears-of-iranian-ambit
# ---------------------------------------------------------------------------
K_SANCT = "The small sample shows, over several months, the United Arab Emirates (UAE), Kuwait and Bahrain asserting that further sanctions against Iran will likely have no effect."
K_HAMAD = "Early November last year, General David Petraeus discussed the situation with King Hamad of Bahrain, who argued for the use of force to thwart Iran's nuclear ambitions; stating: \"The danger of letting it go on is greater than the danger of stopping it.\""
K_MBZ = "A mid-December meeting between Crown Prince Mohammed bin Zayed Al Nahyan of the UAE and US Deputy Secretary of Energy Daniel Poneman saw the subject brought up again."
K_PERSIAN = "In a discussion that touched on the two countries renewable energy plans, and reliable movement of oil through the Strait of Hormuz, the Prince asserted Iran saw itself as spearheading a campaign for a \"Persian Empire in the 21st Century.\""
K_EMIRATES = "Alleging Iran has established \"emirates\" in Kuwait, Bahrain, Eastern Saudi Arabia, Southern Iraq, Yemen, and South Lebanon, his picture of Iranian nuclear ambitions is \"Al-Qaeda is not going to get a nuclear bomb; Iran is a matter of time.\""
K_EMBASSY = "The Prince was keen to stress that those in power are the same people who, in 1979, seized the US embassy in Tehran."
K_CHINA = "Whilst keen to weaken Iranian ties with China, Sheikh Abdullah stressed the US$50 billion in trade between the two; this being considered an obstacle to China backing, and enforcing, a stronger sanctions regime."
K_ABDULLAH = "The sub-committee, consisting of Nita Lowey, Tom Cole, Barbara Lee, and Donna Edwards, heard from Sheikh Abdullah bin Zayed Al Nahyan that if Iran became a nuclear state the rest of the region would likely follow suit."
K_UAEFM = "Subsequent talks between a congressional appropriations sub-committee and UAE's Foreign Minister were the scene of equally serious predictions."
K_KUWAIT = "A meeting in February this year with Kuwaiti Interior Minister Jaber Al-Khaled Al Sabah was the scene of comparable warnings."
K_HEART = "Alongside discussions on travel restrictions to be enforced against former Guantanamo Bay detainees, he described Iran as the \"beating heart\" of Islamic Extremism."
K_EXPORT = "Concerns over Iran's involvement in Yemen were discussed, with the minister saying Iran is intent on exporting its revolution; that its nuclear ambitions can only be thwarted by force."
K_EGYPT = "Updating the US on perceived Iranian actions, he claimed they were attempting to infiltrate Egypt by recruiting the poor."
K_DRUGS = "And, they were becoming involved in the drugs trade, shipping narcotics into Yemen to fund militants."
K_TONDAR = "Tehran insists Tondar is a terrorist organisation, accusing it of being responsible for a 2008 bombing that killed 14."
K_SHARMAHD = "The target at that time was reported to be Iranian-American broadcaster Jamshid Sharmahd, one of the main figures behind Tondar — a loose collection of in-exile Iranians opposed to the current regime."
K_GUILTY = "Found guilty by Los Angeles Superior Court of attempting to hire someone to murder Sharmahd, he had been expected to spend around a year in jail."
K_SADEQ = "Sadeqinia was previously arrested in California, and prosecuted for attempting to hire a hit man."


GOLD = {
    "2007-12-31-grandfather-held-in-guantanamo-dies-of-cancer": [
        # JTF-GTMO is the US military task force (an organ of the state); the article never says so (known gap).
        P("United States", "state", G_USNA, G_AMERICANS,
          aliases=["USA", "Americans", "American", "Joint Task Force Guantanamo", "JTF-GTMO"]),
        P("Abdul Razzak", "person", G1, aliases=["Razzak"]),
        P("Taliban", "armed_group", G_USNA),
        P("Northern Alliance", "armed_group", G_USNA),
        P("Hezb-e-Islami Gulbuddin", "armed_group", G_USNA,
          aliases=["Hezb-e-Islami Gulbuddin militia", "Gulbuddin Hekmatyar's militia", "Gulbuddin Hekmatyar"]),
        # (Mohammed Jan, the cousin who denounced him, is an accuser only, not a side of the dispute.)

        A(["United States", "Northern Alliance"], "military_support", G_USNA),
        A(["Hezb-e-Islami Gulbuddin", "Taliban"], "military_support", G_HIGTAL),  # "formed an alliance" (2003); kind in doubt (military_support vs other)

        # JTF-GTMO press release
        X("United States", "Abdul Razzak", "an experienced jihadist with command responsibilities",
          G_PRESS, speaker="JTF-GTMO"),
        X("United States", "Abdul Razzak", "multiple links to anti-coalition forces",
          G_PRESS, speaker="JTF-GTMO"),
        # doubt: "detained ... as an enemy combatant" read as a label (like "terrorist")
        X("United States", "Abdul Razzak", "detained in Guantanamo as an enemy combatant",
          G_PRESS, G_COMBATANT, speaker="JTF-GTMO"),
        # Tribunal allegations: worded passively, but the article ties them to his JTF-GTMO interrogators /
        # CSR Tribunal / ARB hearings, so the accuser is the US (doubt: could be read as a passive claim).
        X("United States", "Abdul Razzak", "plotted to help free Taliban leaders",
          G_PLOT, G_DISPUTED),
        X("United States", "Abdul Razzak", "being a leader of anti-coalition forces",
          G_HIG, G_DISPUTED),
        X("United States", "Abdul Razzak", "being a member of the Hezb-e-Islami Gulbuddin",
          G_HIG, G_DISPUTED),
        X("United States", "Abdul Razzak", "the second in command of the Taliban's 40-man unit",
          G_40, G_DISPUTED),
        # the content of the denunciation is not given
        X("Mohammed Jan", "Abdul Razzak", "falsely denounced", G_JAN, speaker=None),
        X("Abdul Razzak", "Hezb-e-Islami Gulbuddin",
          "imprisoned for four and a half months in an underground pit; They had captured him",
          G_PIT1, G_PIT2, G_PIT3, speaker=None),
        X("United States", "Hezb-e-Islami Gulbuddin",
          "Gulbuddin Hekmatyar offered him sanctuary", G_BINLADEN,
          speaker="American intelligence analysts"),
    ],

    "2009-11-06-un-endorses-israel-palestinian-war-crimes-report": [
        P("Israel", "state", W_CONCL, aliases=["Israeli", "Israelis"]),
        P("Palestine", "state", W_CASUALTIES, aliases=["Palestinian", "Palestinians"]),
        # "Palestinian armed forces" read as Hamas (doubt)
        P("Hamas", "armed_group", W_HAMAS, aliases=["Palestinian armed forces"]),
        # doubt: the report's author is the accuser of both sides and the target of Israel's charges
        P("Human Rights Council", "international_organisation", W1,
          aliases=["Goldstone Commission", "Goldstone commission"]),

        # doubt: US defence of Israel against the report read as declared political support
        A(["United States", "Israel"], "political_support", W_WOLFF1, W_WOLFF2),

        X("Human Rights Council", "Israel", "alleged war crimes; violations of international humanitarian law",
          W1, W_BOTH),
        X("Human Rights Council", "Israel", "used disproportionate force in the war", W1, W_CONCL),
        X("Human Rights Council", "Israel", "deliberately targeted Gaza civilians", W1, W_CONCL),
        X("Human Rights Council", "Israel", "used them as human shields", W1, W_CONCL),
        X("Human Rights Council", "Israel", "destroyed civilian infrastructure", W1, W_CONCL),
        X("Human Rights Council", "Hamas", "alleged war crimes; violations of international humanitarian law",
          W1, W_BOTH),
        X("Human Rights Council", "Hamas", "crimes by Hamas for firing rockets into Israeli towns", W1, W_HAMAS),
        # doubt: criticism of a report; kept because it charges the Council itself with bias
        X("Israel", "Human Rights Council",
          "prejudiced report of the discredited Human Rights Council and its politicised work that bends both fact and law",
          W_CAMERON, speaker="Daniel Cameron"),
        X("United States", "Hamas",
          "its decision to base itself and its operations in heavily civilian-populated urban areas",
          W_WOLFF2, W_WOLFF1, speaker="Alejandro Wolff"),
        # Not kept: US "unbalanced focus on Israel" (judgment of the report); Israel "completely detached from
        # realities on the ground" (judgment of the resolution).
    ],

    "2008-11-21-un-reports-condemn-west-bank-settlement": [
        P("Israel", "state", S1, aliases=["Israeli"]),
        P("Palestine", "state", S_TRUCE, aliases=["Palestinian", "Palestinians", "Gazans"]),
        # doubt: the UN is the accuser and its food aid is blocked
        P("United Nations", "international_organisation", S1, S_AID, aliases=["UN"]),

        # joint letter of the news organisations (bloc acting together)
        A(["Associated Press", "Reuters", "New York Times", "BBC", "CNN"], "other", S_LETTER),

        X("United Nations", "Israel",
          "occupation of the West Bank and other territories is illegal and a breach of the fourth Geneva Convention",
          S1, speaker="Ban Ki-Moon"),
        X("United Nations", "Israel",
          "practice of constructing settlements constitutes a breach of the Fourth Geneva Convention",
          S_SETTLE),
        # "other activities related to settlements are also illegal": one item per activity
        X("United Nations", "Israel", "the requisition of land", S_ALSO, S_LIST, S_SETTLE),
        X("United Nations", "Israel", "the destruction of houses and orchards", S_ALSO, S_LIST, S_SETTLE),
        X("United Nations", "Israel", "the construction of roads meant for the use of settlers only",
          S_ALSO, S_LIST, S_SETTLE),
        X("United Nations", "Israel", "the exploitation of natural resources within the occupied territory",
          S_ALSO, S_LIST, S_SETTLE),
        X("United Nations", "Israel",
          "the alteration of the character and status of the Occupied Palestinian Territory",
          S_ALSO, S_LIST, S_SETTLE),
        X("Palestine", "Israel", "a violation of the shaky truce", S_TRUCE, S_SEALED),
        # joint letter: one item per signatory
        X("Associated Press", "Israel",
          "bar foreign journalists from the Gaza Strip; denial of access to the Gaza Strip for the international media",
          S_LETTER),
        X("Reuters", "Israel",
          "bar foreign journalists from the Gaza Strip; denial of access to the Gaza Strip for the international media",
          S_LETTER),
        X("New York Times", "Israel",
          "bar foreign journalists from the Gaza Strip; denial of access to the Gaza Strip for the international media",
          S_LETTER),
        X("BBC", "Israel",
          "bar foreign journalists from the Gaza Strip; denial of access to the Gaza Strip for the international media",
          S_LETTER),
        X("CNN", "Israel",
          "bar foreign journalists from the Gaza Strip; denial of access to the Gaza Strip for the international media",
          S_LETTER),
        # doubt: "the media" is collective, not only the five signatories
        X("Israel", "International media",
          "not properly pointing out the reasoning behind the blockade of the Gaza Strip", S_MEDIA),
        # Not kept: Al Jazeera / Democracy Now reports on the blockade (news agencies' own reports); Israel's
        # "because of Palestinian rocket fire" is the reporter's account; Jon Ging names no accused.
    ],

    "2010-11-30-wikileaks-cable-disclosure-shows-arab-fears-of-iranian-ambit": [
        P("Iran", "state", K_SANCT, aliases=["Iranian", "Tehran", "Iranian government"]),
        P("United Arab Emirates", "state", K_SANCT, aliases=["UAE", "Emirates"]),
        P("Kuwait", "state", K_SANCT, aliases=["Kuwaiti"]),
        P("Bahrain", "state", K_SANCT),
        P("United States", "state", K_MBZ, aliases=["US", "U.S."]),
        P("Tondar", "other", K_TONDAR),

        # doubt: trade ties read as a standing tie obstructing sanctions
        A(["Iran", "China"], "other", K_CHINA),

        X("Bahrain", "Iran", "Iran's nuclear ambitions", K_HAMAD, speaker="King Hamad"),
        X("United Arab Emirates", "Iran",
          "Iran saw itself as spearheading a campaign for a \"Persian Empire in the 21st Century.\"",
          K_PERSIAN, K_MBZ, speaker="Mohammed bin Zayed Al Nahyan"),
        X("United Arab Emirates", "Iran", "Iran has established \"emirates\" in Kuwait, Bahrain, Eastern Saudi Arabia, Southern Iraq, Yemen, and South Lebanon",
          K_EMIRATES, K_MBZ, speaker="Mohammed bin Zayed Al Nahyan"),
        X("United Arab Emirates", "Iran", "Iranian nuclear ambitions; Iran is a matter of time",
          K_EMIRATES, K_MBZ, speaker="Mohammed bin Zayed Al Nahyan"),
        X("United Arab Emirates", "Iran",
          "those in power are the same people who, in 1979, seized the US embassy in Tehran",
          K_EMBASSY, K_MBZ, speaker="Mohammed bin Zayed Al Nahyan"),
        X("Kuwait", "Iran", "the \"beating heart\" of Islamic Extremism",
          K_HEART, K_KUWAIT, speaker="Jaber Al-Khaled Al Sabah"),
        X("Kuwait", "Iran", "Iran is intent on exporting its revolution",
          K_EXPORT, K_KUWAIT, speaker="Jaber Al-Khaled Al Sabah"),
        X("Kuwait", "Iran", "its nuclear ambitions can only be thwarted by force",
          K_EXPORT, K_KUWAIT, speaker="Jaber Al-Khaled Al Sabah"),
        X("Kuwait", "Iran", "attempting to infiltrate Egypt by recruiting the poor",
          K_EGYPT, K_KUWAIT, speaker="Jaber Al-Khaled Al Sabah"),
        X("Kuwait", "Iran", "involved in the drugs trade, shipping narcotics into Yemen to fund militants",
          K_DRUGS, K_EGYPT, K_KUWAIT, speaker="Jaber Al-Khaled Al Sabah"),
        X("Iran", "Tondar", "Tondar is a terrorist organisation", K_TONDAR, speaker=None),
        X("Iran", "Tondar", "responsible for a 2008 bombing that killed 14", K_TONDAR, speaker=None),
        # doubt: a US (California) court's conviction read as an accusation by the United States
        X("United States", "Mohammed Reza Sadeqinia",
          "attempting to hire someone to murder Sharmahd", K_GUILTY, K_SADEQ,
          speaker="Los Angeles Superior Court"),
        # Not kept: "concern was expressed" / "Concerns over Iran's involvement in Yemen were discussed" (passive);
        # Abdullah's "the rest of the region would likely follow suit" (prediction); the cable "hinting" at
        # cold-war tactics (reporter's framing, hedged); Nourizadeh "was advised" (no accuser); FBI
        # investigation of "possible" ties (no claim).
    ],
}
