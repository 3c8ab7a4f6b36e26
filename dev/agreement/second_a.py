"""Second annotation, part a, for the agreement study (dev/agreement.py): four dev articles re-annotated by an
annotator who had not seen their gold, the tool's rules or its output, reading each article under
tests/gold/README.md's guidelines alone (annotator a, 2026-12-05). Built like the gold by build_gold.py;
never used to develop or fit anything.
"""

from build_gold import A, M, P, X

# ---------------------------------------------------------------- Kenya
KE = "2008-01-15-kenya-s-parliament-meets-for-first-time-since-disputed-elec"
KE_KIBAKI = "Kenyan opposition politicians argued with followers of re-elected President Mwai Kibaki over how to pick a new parliamentary speaker."
KE_ODM = ("When a discussion into how the speaker should be decided started, lawmakers with Raila Odinaga's opposition "
          "Orange Democratic Movement insisted the election for speaker be held by open ballot; Mr. Kibaki's supporters "
          "demanded the vote be secret.")
KE_GOV = "Mr. Kibaki's government has said it sees no reason to negotiate, because it says the vote was fair."
KE_RUTO = ("We went into election with secret ballot, you stole the vote, we cannot trust you anymore,\" said William Ruto, "
           "a senior adviser for Odigna.")
KE_ANNAN = "Former United Nations secretary-general Kofi Annan is to go to Nairobi in a few days to try to find a solution to the issue."
KE_KAL1 = ("And to the northwest, in an area hit hard by violence, groups of young men allegedly from the Kalenjin tribe "
           "killed at least two people and set their homes ablaze.")
KE_KAL2 = ("Gangs of Kalenjin warriors invaded the village and they burned down a couple of houses. When people went in to "
           "salvage some things, they met them and they killed two of them,\" said Karanja Njoroge, a retired professor in "
           "the village where the attacks occurred.")

# ---------------------------------------------------------------- Zimbabwe
ZW = "2009-10-20-zimbabwe-cabinet-meets-without-mdc-ministers-after-boycott"
ZW_MDC = ("This comes after Tsvangirai and his Movement for Democratic Change (MDC) party pulled out of the unity government "
          "several days ago, protesting what they called \"dishonest and unreliable\" behaviour by Mugabe.")
ZW_GOV = ("Zimbabwe state media reported on Tuesday that President Mugabe will not recognise Tsvangirai's suspension of ties "
          "with the government until he is formally informed.")
ZW_SADC = ("The leader of the MDC party is on a ten-day trip of Southern African Development Community countries, who helped "
           "to negotiate the troubled power sharing agreement in Zimbabwe.")
ZW_HERALD = ("The state-owned daily newspaper, The Herald, quoted Mugabe's spokesman, George Charamba, as saying Tsvangirai "
             "is still prime minister and is expected to attend cabinet meetings.")
ZW_TRAVEL = ("Tsvangirai, who \"disengaged\" from the country's unity government last week, was accused by the newspaper of "
             "traveling without cabinet approval.")
ZW_BOYCOTT = ("Tsvangirai announced last week that his party would not withdraw from the unity government altogether, but "
              "would boycott the executive branch whose ministries it shares with the ZANU-PF party.")
ZW_GPA = ("He cited the reluctance of Mugabe to implement matters that had been agreed to in the so-called Global Political "
          "Agreement, which brought the national unity government to power.")
ZW_HARASS = ("Among the outstanding issues is the appointment of governors and the alleged harassment of his party members "
             "and Members of Parliament.")

# ---------------------------------------------------------------- Ethiopia
ET = "2009-11-17-rebels-say-626-ethiopian-troops-killed-in-clashes"
ET_1 = ("A rebel group in Ethiopia's Ogaden region said today that it has killed 626 government troops after heavy fighting "
        "near the border with neighboring Somalia.")
ET_ONLF = ("A communiqué sent to news agencies by e-mail announced that a multi-front offensive launched by the Ogaden "
           "National Liberation Front (ONLF) on November 10 is still in progress.")
ET_MIL1 = ("Shimelis denied any government troops had been killed, and said the current fighting is between the rebels and "
           "local militia groups.")
ET_MIL2 = "The rebels were expelled and defeated by the local militia,\" said Shimelis."
ET_ERI = ("Ethiopia calls the rebels \"terrorists\" backed by neighboring rival Eritrea, and with ties to the Somali group "
          "al-Shabab.")
ET_TERR = "This is the usual lie, deliberately fabricated by this terrorist group."
ET_CIV = ("\"ONLF forces were warmly welcomed by the population in these areas and are administering medical care to those "
          "civilians killed by retreating Ethiopian occupation forces,\" the statement continued.")
ET_2007 = ("Government troops launched a fierce offensive against the ONLF in early 2007 after the rebels attacked a "
           "Chinese-owned oil exploration field in Ethiopia's Ebole district, killing 74 people.")
ET_SCORCH = ("The ONLF accused the troops of conducting a \"scorched earth\" campaign, a claim that was strongly denied by "
             "the government.")
ET_SPOX = "Government spokesman Shimelis said that 2007 offensive effectively ended the ONLF's military capability."
ET_RAID = ("Recently however, they have tried to raid some administrations in the localities, and that attempt had been "
           "effectively defeated by the local militia.")

# ---------------------------------------------------------------- Yemen
YE = "2010-01-04-us-uk-embassies-in-yemen-close-due-to-al-qaeda-threat"
YE_1 = "The United States and the United Kingdom closed their embassies in Yemen Sunday, pointing to ongoing terrorist threats."
YE_2 = "The closures came after the two nations pledged to boost counter-terrorism support to the Yemeni government."
YE_EMB = ("The U.S. Embassy in Sana’a is closed today, January 3, 2010, in response to ongoing threats by Al-Qaeda in the "
          "Arabian Peninsula (AQAP) to attack American interests in Yemen.")
YE_BRENNAN = ("Deputy National Security Advisor for Homeland Security and Counterterrorism John O. Brennan said on CNN's "
              "State of the Union with John King, \"There are indications that al Qaeda is planning to carry out an attack "
              "against a target inside of Sana'a, possibly our embassy.\"")
YE_OBAMA = ("It appears that he joined an affiliate of al-Qaeda, and that this group, al-Qaeda in the Arabian Peninsula, "
            "trained him, equipped him with those explosives and directed him to attack that plane headed for America.")
YE_PARTNER = ("So, as President, I've made it a priority to strengthen our partnership with the Yemeni government-training "
              "and equipping their security forces, sharing intelligence and working with them to strike al-Qaeda terrorists.")
YE_BRIT = ("Britain has also announced plans to join with the United States in funding a counter-terrorism police unit in "
           "Yemen, as well as plans to hold an international conference on Yemeni security later this month.")
YE_SOM = "Militant groups from Somalia said that they would send fighters to help aid al-Qaeda in Yemen."
YE_OBAMA_INTRO = ("Yesterday, in his weekly radio address, President Barack Obama linked the suspect in the attempted bombing "
                  "of Northwest Airlines Flight 253 to al-Qaeda saying,")

GOLD = {
    KE: [
        # Kibaki's side = the Kenyan government (president acting for the state) -> "Kenya" (doubt: could be a
        # government_body or the person Mwai Kibaki; his party is never named in the article).
        P("Kenya", "state", KE_KIBAKI, KE_GOV,
          aliases=["Kenyan", "Mwai Kibaki", "Kibaki", "Mr. Kibaki's government", "Mr. Kibaki's supporters",
                   "The government"]),
        P("Orange Democratic Movement", "other", KE_ODM,
          aliases=["Raila Odinaga", "Odinga", "Odigna", "opposition", "Kenyan opposition"]),
        # doubt: the ethnic attackers are a side of the post-election violence, though peripheral to the speaker row
        P("Kalenjin warriors", "armed_group", KE_KAL1, KE_KAL2,
          aliases=["Gangs of Kalenjin warriors", "Kalenjin", "groups of young men allegedly from the Kalenjin tribe"]),
        M("Kofi Annan", KE_ANNAN, members=[]),
        X("Orange Democratic Movement", "Kenya", "you stole the vote", KE_RUTO, KE_ODM, speaker="William Ruto"),
        # doubt: a villager's (retired professor's) eyewitness account; he acts for no state or group
        X("Karanja Njoroge", "Kalenjin warriors",
          "invaded the village and they burned down a couple of houses; they killed two of them", KE_KAL2,
          speaker=None),
        # not annotated: "international observers have said [the vote] was flawed" (unnamed accuser, no actor accused);
        # the government saying "the vote was fair" (a denial).
    ],
    ZW: [
        # Mugabe (president), his spokesman and state media act for the state -> "Zimbabwe"; ZANU-PF ("Mugabe's
        # ZANU-PF party") is the same side of this intra-government dispute, hence given as an alias (doubt).
        P("Zimbabwe", "state", ZW_GOV,
          aliases=["Zimbabwean", "Robert Mugabe", "President Mugabe", "Mugabe", "ZANU-PF", "Mugabe's ZANU-PF party",
                   "Government"]),
        P("Movement for Democratic Change", "other", ZW_MDC,
          aliases=["MDC", "Morgan Tsvangirai", "Tsvangirai", "Prime Minister Morgan Tsvangirai"]),
        M("Southern African Development Community", ZW_SADC, members=[]),
        # no alliance: the MDC/ZANU-PF unity partnership is the tie being broken; Mutambara's MDC splinter faction
        # "talking to both" is neither a side in the dispute nor clearly a mediator.
        X("Movement for Democratic Change", "Zimbabwe", "\"dishonest and unreliable\" behaviour by Mugabe", ZW_MDC,
          speaker="Morgan Tsvangirai"),
        # doubt: accuser is the state-owned Herald, read like a state news agency (cf. Saba) -> Zimbabwe
        X("Zimbabwe", "Movement for Democratic Change", "traveling without cabinet approval", ZW_TRAVEL, ZW_HERALD,
          speaker="The Herald"),
        X("Movement for Democratic Change", "Zimbabwe",
          "reluctance of Mugabe to implement matters that had been agreed to in the so-called Global Political Agreement",
          ZW_GPA, ZW_BOYCOTT, speaker="Morgan Tsvangirai"),
        # doubt: the harasser is only implied (one of the outstanding issues Mugabe is reluctant to implement)
        X("Movement for Democratic Change", "Zimbabwe", "alleged harassment of his party members and Members of Parliament",
          ZW_HARASS, ZW_GPA, ZW_BOYCOTT, speaker="Morgan Tsvangirai"),
        # not annotated: Bennett "arrested and re-detained on charges of insurgency and terror" (passive, no accuser);
        # Makumbe's "ZANU-PF's reaction is mere posturing" (an analyst's judgment).
    ],
    ET: [
        P("Ethiopia", "state", ET_1, aliases=["Ethiopian", "Ethiopian government", "government", "Government troops"]),
        P("Ogaden National Liberation Front", "armed_group", ET_ONLF,
          aliases=["ONLF", "rebels", "rebel group", "the rebels", "ONLF bandit group"]),
        # doubt: per the government the fighting is rebels vs local militia
        P("local militia", "armed_group", ET_MIL1, ET_MIL2, aliases=["local militia groups"]),
        A(["Ogaden National Liberation Front", "Eritrea"], "alleged_involvement", ET_ERI),
        A(["Ogaden National Liberation Front", "al-Shabab"], "alleged_involvement", ET_ERI),
        X("Ethiopia", "Ogaden National Liberation Front", "\"terrorists\"; this terrorist group", ET_ERI, ET_TERR,
          speaker="Shimelis Kemal"),
        X("Ethiopia", "Eritrea", "backed by neighboring rival Eritrea", ET_ERI, speaker=None),
        X("Ethiopia", "Ogaden National Liberation Front", "with ties to the Somali group al-Shabab", ET_ERI, speaker=None),
        X("Ogaden National Liberation Front", "Ethiopia", "civilians killed by retreating Ethiopian occupation forces",
          ET_CIV, speaker=None),
        X("Ogaden National Liberation Front", "Ethiopia", "conducting a \"scorched earth\" campaign", ET_SCORCH, ET_2007,
          speaker=None),
        # doubt: raiding administrations read as an allegation of wrongdoing
        X("Ethiopia", "Ogaden National Liberation Front", "tried to raid some administrations in the localities",
          ET_RAID, ET_SPOX, speaker="Shimelis Kemal"),
        # not annotated: "usual lie", "complete fabrication", "baseless claim, blank propaganda" (denials of the ONLF's
        # claims); "ONLF bandit group" (a label, doubt); the 2007 oil-field attack (the journalist's own report);
        # the ONLF's claim of killing 626 troops (claim of responsibility).
    ],
    YE: [
        P("al-Qaeda in the Arabian Peninsula", "armed_group", YE_EMB,
          aliases=["AQAP", "Al-Qaeda in the Arabian Peninsula", "al-Qaeda", "al Qaeda", "Al-Qaeda", "al-Qaeda in Yemen",
                   "the local al-Qaeda group", "an affiliate of al-Qaeda"]),
        P("United States", "state", YE_1, YE_EMB, aliases=["U.S.", "US", "American", "America", "Americans"]),
        P("United Kingdom", "state", YE_1, aliases=["Britain", "British"]),
        P("Yemen", "state", YE_2, YE_PARTNER,
          aliases=["Yemeni", "Yemeni government", "Sana'a", "Sana’a", "the government in Sana'a"]),
        A(["United States", "Yemen"], "military_support", YE_1, YE_2),
        A(["United Kingdom", "Yemen"], "military_support", YE_BRIT),
        # doubt: a bloc acting together (joint pledge, joint funding of a police unit)
        A(["United States", "United Kingdom"], "other", YE_BRIT),
        A(["Militant groups from Somalia", "al-Qaeda in the Arabian Peninsula"], "military_support", YE_SOM),
        # the embassy's message and Brennan voice the same allegation (threat to attack US targets in Yemen)
        X("United States", "al-Qaeda in the Arabian Peninsula",
          "ongoing threats ... to attack American interests in Yemen; planning to carry out an attack against a target "
          "inside of Sana'a, possibly our embassy", YE_EMB, YE_BRENNAN, speaker="John O. Brennan"),
        X("United States", "al-Qaeda in the Arabian Peninsula",
          "trained him, equipped him with those explosives and directed him to attack that plane headed for America",
          YE_OBAMA, YE_OBAMA_INTRO, speaker="Barack Obama"),
        # doubt: terrorist label ("strike al-Qaeda terrorists")
        X("United States", "al-Qaeda in the Arabian Peninsula", "al-Qaeda terrorists", YE_PARTNER, YE_OBAMA_INTRO,
          speaker="Barack Obama"),
        # not annotated: Gordon Brown's "a new source which is obviously Yemen" (a source of threat, not a wrong by
        # Yemen); Iran/Saudi "proxy war, at least in rhetoric" (peripheral, no tie stated); the 2008 assault (reported).
    ],
}
