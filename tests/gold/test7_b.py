"""Hand gold for part b of the test7 split (tests/corpus/test7/, index_b.json): four 2008-2017 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code, its prompts or its rules, or reading any briefing
it wrote; quotes are copied by hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{kenyan,invasion,laden,kim}.conllu). Stored versions read:
kenyan, laden and kim at commit 735dbbd74f167b4a95026527271fba0893b76d57 (no `# meta` lines, no `# newpar` marks:
one paragraph each), invasion at 53af30995a77b7e386e2c13da4dfa34710f911ed (with `# meta` lines and `# newpar`
marks: six paragraphs). The body was rebuilt from the `# text` lines: headline and dateline dropped in all four;
sentences joined by one space, none where the sentence's last token has SpaceAfter=No (laden: "...violent
retaliatory attacks. \"" runs straight into "Though bin Laden is dead, ...", and "...Pakistani and American
targets. \"" into "Now Pakistani rulers, ..."). Also dropped:
- kenyan: the pull-quote box "Support this agreement, for it is the key to the unity of Kenya. / It is the
  foundation for national reconciliation and it is the springboard for national recovery. / — / Former UN
  secretary general, Kofi Annan" (the body repeats it, in quotation marks).
- invasion: the image caption "Bush with Iraqi Prime Minister Nouri al-Maliki in 2006." (marked figure/caption).
- laden: the pull-quote box "Though bin Laden is dead, al-Qaeda is not. / The terrorists almost certainly will
  attempt to avenge him, and we must—and will—remain vigilant and resolute. / —Leon Panetta, director, CIA" (the
  body repeats it).
- kim: the pull-quote box "We know who [the perpetrators] are. / No need to tell you. / — / Police Chief Khalid
  Abu Bakar, of a break-in at the mortuary holding the remains of Kim Jong Nam." (the body repeats it) and the
  closing update box "This story has updates / See Siti Aisyah and Doan Thi Huong to be charged with murder of Kim
  Jong Nam with VX nerve agent, February 28, 2017" (a link to a later article, not body).
Characters are otherwise as stored, typos kept ("a \"a triumph", "56-year old", "from North Korean on Monday",
"-- and so is"). Dates are the datelines (invasion's also its `# meta` dateCreated); titles the headlines; urls
the stored sourceURL (invasion) or the Wikinews title.

Regions and years: East Africa (Kenya's post-election power-sharing talks, 2008), the Iraq war (Bush's fifth
anniversary speech, 2008), South Asia (the Pakistani Taliban's threats after bin Laden's death, 2011) and
South-East / East Asia (the Malaysia-North Korea row over Kim Jong Nam's killing, 2017).

Considered and left out (slice g-l of AMALGUM_news_*; the folder listing shows only a-c, so names were guessed):
- israelis ("Israelis re-elect Netanyahu, centre-left rises", 2013): a domestic election and coalition talks, no
  dispute between states or armed groups.
- laden was kept although it shares its day and event with test6's bin article ("World leaders react to death of
  Osama bin Laden"): a different article (the Pakistani Taliban's threats and the CIA's warning), and the slice's
  only South Asian conflict article found in time. Doubt on overlap of topic, not of text.
- kenyan is not the excluded kenya (a cholera article, test5) nor test5's annan article (a 2009 warning); it is
  the one article found with a mediation.
- Names tried that are not in the folder: jihad, insurgent, kremlin, khartoum, intifada, kurdistan, hostage,
  liberia, guerrillas, jordan, libyan, japanese, kidnapping, indonesia, japan, hezbollah, government, islamabad,
  kabila, gunfire, haniyeh, hutu, jerusalem, ltte, iraqis, hijacked, guerrilla, islamic. The words the brief
  excludes (georgian, guantanamo, guinea, hamas, hostages, india, iran, isil, israeli, ivory, karzai, kashmir,
  kenya, korea, kurdish, libya, lockerbie, lords, and iranian, genocide, georgia named by test5_b) were not opened.

Doubts are marked "Doubt:" at the item.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Kenya: power-sharing agreement after the disputed election (2008) -----------------------------------
KE_SIGNED = (
    "The heads of the government and opposition in Kenya have signed a power sharing agreement aimed at ending "
    "the crisis over December's disputed elections."
)
KE_MEDIATED = (
    "The agreement was reached after a day of talks mediated by former United Nations Secretary-General Kofi Annan "
    "and the Chairman of the African Union Jakaya Kikwete."
)
KE_LEADERS = (
    "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed the agreement before international "
    "diplomats and representatives of the Kenyan government and opposition."
)
KE_CHIEF = (
    "Chief mediator Kofi Annan said that the two leaders had agreed on a government structure after five hours of "
    "intensive talks."
)
KE_RESUME = (
    "Mr. Annan said the negotiations would resume Friday on long-term issues such as constitutional reform and ways "
    "to end inequalities in land and wealth distribution."
)
KE_BROWN = (
    "British Prime Minister Gordon Brown released a statement calling the signing of the power-sharing agreement a "
    "\"a triumph for peace and diplomacy.\""
)
KE_BROWN_SUPPORT = (
    "Brown also thanked Kofi Annan for his work and urged the international community to play their part and "
    "support Kenya's new government."
)
KE_RIGGED = (
    "One thousand people were killed and several hundred thousand were displaced in the violence that erupted "
    "after Mr. Kibaki was declared the winner of a presidential election that the opposition says was rigged."
)

# --- Iraq: Bush's speech five years after the invasion (2008) ---------------------------------------------
IQ_SPEECH = (
    "George W. Bush, the President of the United States delivered today a speech regarding Iraq and the \"global "
    "war on terror.\""
)
IQ_REMOVING = (
    "He said that \"removing Saddam Hussein from power was the right decision — and this is a fight America can "
    "and must win.\""
)
IQ_PRAISED = "Bush also praised the troops who worked in Iraq."
IQ_ALLIES = "Forces from the UK, Australia, Poland and other allies joined our troops in the initial operations."
IQ_FEDAYEEN = (
    "Our troops engaged in pitched battles with the Fedayeen Saddam — death squads acting on the orders of Saddam "
    "Hussein that obeyed neither the conventions of war nor the dictates of conscience."
)
IQ_HID = (
    "These death squads hid in schools and they hid in hospitals, hoping to draw fire against Iraqi civilians."
)
IQ_SHIELDS = "They used women and children as human shields."
IQ_SAID_TRIUMPH = (
    "Bush said that \"over the past five years, we have seen moments of triumph and moments of tragedy."
)
IQ_BEHEADED = (
    "We have watched in horror as al-Qaeda beheaded innocent captives, and sent suicide bombers to blow up mosques "
    "and markets."
)
IQ_BRUTAL = "These actions show the brutal nature of the enemy in Iraq."
IQ_STREETS = (
    "And they serve as a grim reminder: The terrorists who murder the innocent in the streets of Baghdad want to "
    "murder the innocent in the streets of America."
)

# --- Pakistan: the Pakistani Taliban's threats after bin Laden's death (2011) -----------------------------
PK_THREATENED = (
    "The Pakistani Taliban has threatened a revenge attack on the U.S. and senior Pakistani politicians after the "
    "killing of Osama bin Laden as Leon Panetta, the director of the CIA, warns al-Qaeda will \"almost certainly\" "
    "attempt an attack on the U.S. to avenge their leader."
)
PK_PANETTA = "Though bin Laden is dead, al-Qaeda is not,\" Panetta said."
PK_TERRORISTS = (
    "\"The terrorists almost certainly will attempt to avenge him, and we must—and will—remain vigilant and "
    "resolute.\""
)
PK_SCHEUER = (
    "Michael Scheuer, a former CIA intelligence agent, has warned it is likely al-Qaeda has the resources to mount "
    "an attack as deadly as 9/11 again because U.S. officials have done \"very little\" to prevent terrorist groups "
    "carrying weapons across its borders."
)
PK_WARNING = (
    "The warning from Scheuer and the CIA came shortly after the Pakistani Taliban said they would attack Pakistani "
    "and American targets."
)
PK_TARGETS = "Now Pakistani rulers, President Zardari and the army will be our first targets."
PK_SPOKESMAN = "America will be our second target,\" a spokesman for Tehrik-i-Taliban Pakistan said."
PK_RAID = "Bin Laden was killed during a raid on a compound in Abbottabad, Pakistan near the capital Islamabad."
PK_OBAMA = (
    "U.S. President Barack Obama announced bin Laden had been killed in a television address last night; shortly "
    "afterwards, crowds began celebrating outside the White House and Ground Zero, where the twin towers of World "
    "Trade Center collapsed after the attacks of September 11, 2001 which have been attributed to bin Laden."
)

# --- Malaysia and North Korea: the killing of Kim Jong Nam (2017) -----------------------------------------
KM_REPORTED = (
    "Malaysian police yesterday reported an attempted break-in at the morgue where the body of Kim Jong Nam was "
    "being held."
)
KM_HALF_BROTHER = (
    "Kim, the half-brother of North Korean leader Kim Jong Un, was killed on February 13 in Kuala Lumpur "
    "International Airport in what authorities are treating as a murder case."
)
KM_DETAINED = (
    "Ri Jong Chol, a North Korean; Siti Aishah, an Indonesian; Muhammad Farid Bin Jalaluddin, a Malaysian; and Doan "
    "Thi Huong, who was carrying a Vietnamese passport."
)
KM_CCTV = (
    "According to CCTV footage, two women, ostensibly Aishah and Doan, approached Kim Jong Nam in Kuala Lumpur "
    "International Airport."
)
KM_TRAINED = (
    "Aishah told police she thought she had been hired to play a prank for a television show, but Chief Khalid "
    "disputed this, saying the two had been trained for their mission and told to wash their hands after handling "
    "the liquid."
)
KM_AMBASSADOR = (
    "The North Korean ambassador to Malaysia has questioned both the identity of the dead man and the reliability "
    "of the Malaysian investigation."
)
KM_RECALLED = (
    "Malaysia recalled its ambassador from North Korean on Monday amid increasing tensions between the two "
    "countries."
)
KM_BODY = (
    "Malaysian authorities have refused to release Kim's body to North Korea without a DNA sample from a family "
    "member."
)

GOLD = {
    # East Africa: Kibaki's government and Odinga's opposition sign a power-sharing deal brokered by Annan and the AU.
    "2008-02-28-kenyan-government-and-opposition-agree-on-power-sharing": [
        P("Kenya", "state", KE_SIGNED, KE_LEADERS,
          aliases=["Kenyan government", "the government", "Kenyan President Mwai Kibaki", "Mwai Kibaki", "Kibaki",
                   "Mr. Kibaki"]),
        # The opposition is never given a party name; named as the article names it (with its leader).
        P("Kenyan opposition", "other", KE_SIGNED, KE_LEADERS,
          aliases=["opposition", "the opposition", "opposition leader Raila Odinga", "Raila Odinga", "Odinga",
                   "Mr. Odinga", "Raila"]),
        # Annan acts for no state here ("former United Nations Secretary-General"): a person mediator.
        M("Kofi Annan", KE_MEDIATED, KE_CHIEF, KE_RESUME),
        # Kikwete mediates as Chairman of the African Union (the article does not call him Tanzania's president).
        M("African Union", KE_MEDIATED),
        # Doubt: Brown's welcome of the deal and his call to "support Kenya's new government" read as declared
        # political support (as test6 read welcoming statements); the UK is no party.
        A(["United Kingdom", "Kenya"], "political_support", KE_BROWN, KE_BROWN_SUPPORT),
        # Doubt: the accused of "was rigged" is implicit: the side declared the winner, Kibaki (the government).
        X("Kenyan opposition", "Kenya", "the presidential election was rigged", KE_RIGGED),
        # Not items: the power-sharing deal itself (an agreement between the two opponents, not a standing tie;
        # "in the same government" is the coalition to come); Annan's and Brown's calls for unity and support
        # name no accused; Diana Murugi's "people who killed my sons" are unnamed; the refugee's doubts are a
        # private judgment.
    ],
    # Iraq: Bush defends the war on its fifth anniversary; charges against Saddam's Fedayeen and al-Qaeda.
    "2008-03-19-george-bush-discusses-iraq-5-years-after-invasion": [
        P("United States", "state", IQ_SPEECH, IQ_FEDAYEEN,
          aliases=["America", "American", "George W. Bush", "Bush", "our troops", "US troops",
                   "the Commander in Chief"]),
        P("Fedayeen Saddam", "armed_group", IQ_FEDAYEEN, aliases=["death squads", "These death squads"]),
        P("al-Qaeda", "armed_group", IQ_BEHEADED, IQ_BRUTAL,
          aliases=["the terrorists", "The terrorists", "the enemy in Iraq", "this enemy", "our enemies in Iraq"]),
        # The coalition of the 2003 invasion: one bloc. IQ_PRAISED names Bush, whose "our troops" these are.
        A(["United States", "United Kingdom", "Australia", "Poland"], "military_support", IQ_PRAISED, IQ_ALLIES),
        # Bush's charges (quoted speech); IQ_PRAISED / IQ_SAID_TRIUMPH name the speaker of each passage.
        X("United States", "Fedayeen Saddam",
          "death squads acting on the orders of Saddam Hussein that obeyed neither the conventions of war nor the "
          "dictates of conscience",
          IQ_PRAISED, IQ_FEDAYEEN, speaker="George W. Bush"),
        # Hiding among civilians to draw fire and using them as shields: one allegation said twice.
        X("United States", "Fedayeen Saddam",
          "hid in schools and hospitals, hoping to draw fire against Iraqi civilians; used women and children as "
          "human shields",
          IQ_PRAISED, IQ_FEDAYEEN, IQ_HID, IQ_SHIELDS, speaker="George W. Bush"),
        X("United States", "al-Qaeda",
          "al-Qaeda beheaded innocent captives, and sent suicide bombers to blow up mosques and markets",
          IQ_SAID_TRIUMPH, IQ_BEHEADED, speaker="George W. Bush"),
        # Doubt: the terrorist label and the intent to kill in America read as a second allegation ("These
        # actions" ties "the terrorists" to al-Qaeda).
        X("United States", "al-Qaeda",
          "the terrorists who murder the innocent in the streets of Baghdad want to murder the innocent in the "
          "streets of America",
          IQ_SAID_TRIUMPH, IQ_BEHEADED, IQ_BRUTAL, IQ_STREETS, speaker="George W. Bush"),
        # Not items: Saddam Hussein's removed regime (doubt: by the guidelines his side would be Iraq, but the Iraq
        # of the speech is the country the US says it liberated, so no state party is given for the old regime;
        # IQ_REMOVING is his removal, not a charge beyond "a tyrant"); "some in Washington" and "War critics" with
        # their "exaggerated estimates" are unnamed domestic critics; "other allies" are unnamed.
    ],
    # South Asia: the Pakistani Taliban threaten revenge for bin Laden; the CIA warns al-Qaeda will strike back.
    "2011-05-03-pakistani-taliban-threaten-revenge-attack-after-bin-laden-de": [
        P("Tehrik-i-Taliban Pakistan", "armed_group", PK_THREATENED, PK_SPOKESMAN,
          aliases=["Pakistani Taliban", "The Pakistani Taliban", "the Pakistani Taliban"]),
        P("United States", "state", PK_THREATENED, PK_SPOKESMAN,
          aliases=["U.S.", "America", "American", "CIA", "Leon Panetta", "Panetta", "U.S. officials",
                   "U.S. State Department", "White House", "Department of Homeland Security",
                   "U.S. President Barack Obama", "Barack Obama", "U.S. forces"]),
        # Targeted by the threat ("our first targets").
        P("Pakistan", "state", PK_WARNING, PK_TARGETS,
          aliases=["Pakistani", "senior Pakistani politicians", "Pakistani rulers", "President Zardari", "the army"]),
        P("al-Qaeda", "armed_group", PK_THREATENED, PK_PANETTA,
          aliases=["Osama bin Laden", "bin Laden", "Bin Laden", "The terrorists", "the remnants of al-Qaeda"]),
        # Labelling al-Qaeda terrorists (PK_THREATENED introduces Panetta as director of the CIA).
        X("United States", "al-Qaeda", "the terrorists almost certainly will attempt to avenge him",
          PK_THREATENED, PK_PANETTA, PK_TERRORISTS, speaker="Leon Panetta"),
        # Doubt: a former CIA agent, now acting for no state, charges US officials with failing to stop terrorist
        # groups (a person accuser, as test6 kept the Herat doctor).
        X("Michael Scheuer", "United States",
          "U.S. officials have done very little to prevent terrorist groups carrying weapons across its borders",
          PK_SCHEUER),
        # Not items: the Taliban's threats ("will be our first targets") and the warnings of Panetta, the analysts
        # and Gearson are predictions, not charges; "the attacks of September 11, 2001 which have been attributed
        # to bin Laden" is passive (PK_OBAMA); no tie between the Pakistani Taliban and al-Qaeda is stated (revenge
        # for bin Laden is the article's framing); PK_RAID names Pakistan only as the place of the raid.
    ],
    # South-East Asia: Malaysia investigates the poisoning of Kim Jong Nam; North Korea disputes the investigation.
    "2017-02-23-break-in-attempted-at-mortuary-housing-remains-of-kim-jong-n": [
        P("Malaysia", "state", KM_REPORTED, KM_RECALLED,
          aliases=["Malaysian", "Malaysian police", "Malaysian authorities", "police", "the police",
                   "Inspector-General of Police Khalid Abu Bakar", "Khalid Abu Bakar", "Khalid", "Chief Khalid",
                   "Malaysian police official Noor Rashid Ibrahim", "Noor Rashid Ibrahim", "Ibrahim"]),
        P("North Korea", "state", KM_AMBASSADOR, KM_RECALLED,
          aliases=["North Korean", "North Korean government", "The North Korean government",
                   "The North Korean ambassador to Malaysia", "North Korean leader Kim Jong Un", "Kim Jong Un"]),
        # The two women the Malaysian police accuse (persons acting for no state in the article).
        P("Siti Aishah", "person", KM_DETAINED, KM_TRAINED, aliases=["Aishah"]),
        P("Doan Thi Huong", "person", KM_DETAINED, KM_CCTV, aliases=["Doan"]),
        # Doubt: "questioned ... the reliability of the Malaysian investigation" read as a charge against Malaysia.
        X("North Korea", "Malaysia", "questioned the reliability of the Malaysian investigation", KM_AMBASSADOR,
          speaker="North Korean ambassador to Malaysia"),
        # Khalid's claim about "the two" women; KM_CCTV names them, KM_REPORTED the Malaysian police he heads (the
        # body never says "Malaysian" beside Khalid: a known gap). One item per accused.
        X("Malaysia", "Siti Aishah",
          "the two had been trained for their mission and told to wash their hands after handling the liquid",
          KM_REPORTED, KM_CCTV, KM_TRAINED, speaker="Khalid Abu Bakar"),
        X("Malaysia", "Doan Thi Huong",
          "the two had been trained for their mission and told to wash their hands after handling the liquid",
          KM_REPORTED, KM_CCTV, KM_TRAINED, speaker="Khalid Abu Bakar"),
        # Not items: Ibrahim expressly declines to blame North Korea's government ("the four hold North Korean
        # nationality, that is all"), so Malaysia makes no charge against North Korea; the "four other North Korean
        # nationals suspected" are unnamed and the suspicion is passive; North Korea's "innocent" is a defence, and
        # its call for release a demand; Malaysia's recall of its ambassador and refusal to release the body
        # (KM_BODY) are acts, not charges; "We know who they are" names nobody; CCTV footage is evidence, not an
        # accuser; the Indonesian consulate's refused access names no charge; Kim Jong Nam is the victim, not a
        # side (KM_HALF_BROTHER).
    ],
}
