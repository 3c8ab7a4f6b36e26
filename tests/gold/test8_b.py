"""Hand gold for part b of the test8 split (tests/corpus/test8/, index_b.json): three 2010-2016 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{karachi,intervention,hijackers}.conllu). Stored versions
read: karachi and intervention at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b (no `# meta` lines, no
`# newpar` marks: one paragraph each), hijackers at 16231153d3fdab7b314c374f43f2a194b5206c58 (with `# meta` lines
and `# newpar` marks: paragraphs as marked). The body was rebuilt from the `# text` lines: sentences joined by one
space (no sentence of the three ends in a token marked SpaceAfter=No), a final newline added. Dropped:
- all three: the headline and the dateline ("Saturday, August 7, 2010"; "Friday, August 30, 2013"; "Friday,
  December 23, 2016").
- hijackers: the image box "The aircraft involved, from file." / "Image: Pedro Aragão(CC BY-SA 3.0).", the image box
  "Malta International Airport, from file." / "Image: William Shewring(CC0 1.0).", the image box "Thousands at an
  anti-Gaddafi rally in 2011." / "Image: ليبي صح(CC0 1.0).", and the closing "Sister link" / "Afriqiyah Airways
  Flight 209" list (navigation, not body).
- karachi, intervention: nothing else. In intervention the quotes stored as several sentences ("... chemical
  weapons." / "Nothing more, nothing less." / "Not invasion." / "Not regime change..." / "President Obama's ...
  ours.\"", and "... beyond a doubt [...]" / "chemical weapons were used, ...") are joined by one space as stored.
Characters are otherwise as stored, typos kept ("Citizen's Police Liason Committee", "legislator’s" with a curly
apostrophe, "272–285" with an en dash). Dates are the datelines; titles the
headlines; urls the stored sourceURL (hijackers) or the Wikinews title.

Regions and years: Pakistan (political and sectarian killings in Karachi after the assassination of an MQM
politician, 2010), Syria and the UK and US (the Commons vote against strikes over a chemical attack, 2013),
Libya and Malta (the hijacking of an Afriqiyah Airways jet by two pro-Gaddafi hijackers, 2016).

Considered and left out (slice g-l of AMALGUM_news_*; the folder listing shows only a-c, so names were guessed):
- khadr ("Eldest son of Khadr family denied bail; purchased weapons for Afghan militants", 2008): a Canadian bail
  hearing told from the family's side; the charges are passive ("faces federal conspiracy charges", "worshippers
  who were later accused of militant action") and the judge dismisses the one claim about the mosque.
- german ("German judge orders life sentence for nation's 'first Islamic-motivated terror attack'", 2012): a
  criminal trial of a lone gunman; a court's verdict against a person.
- grenade ("Live grenade thrown at George Bush in Georgia", 2005): read in part; an attack with no suspect or
  accuser in what I read.
- kony ("Kony 2012 campaign faces ridicule, praise", 2012): a debate about an advocacy video; read in part.
- lanka and icc (2007 ICC World Twenty20 cricket reports), helicopter (a helicopter crash in British Columbia,
  2008): off topic.
- Names tried that are not in the folder: gunman, hezbollah, indian, killed, leaders, gulf, kyrgyzstan, killings,
  hague, lankan, kiev, homs, kirkuk, gbagbo, janjaweed, humanitarian, kills, launches, imposes, holds, incursion,
  iaea, gadhafi, leaked, jihadist, gazprom, gas, goldstone, helmand, lahore, ira, hostilities, grozny, leader,
  killing, hamid, kampala, kathmandu, jalalabad. The words the brief excludes or earlier parts tried (gaza,
  georgian, guantanamo, guinea, hamas, hostages, india, iran, invasion, isil, israeli, ivory, karzai, kashmir,
  kenya, kenyan, kim, korea, kurdish, laden, libya, lockerbie, lords, iranian, genocide, georgia, israelis, and
  the names test6_b and test7_b list as absent) were not opened.
- hijackers was kept although it holds no accusation as the guidelines define one (the hijacking is the
  article's own report; the Libyan minister's account of the hijackers' aims and the asylum reports charge no
  wrongdoing; "One publication in Germany claimed ..." is a news outlet's report): it was the third in-domain
  article (terrorism, negotiators, a pro-Gaddafi tie) found within the look-up budget. Drop it if every article of
  the split must carry an accusation. No fourth article.

Doubts are marked "Doubt:" beside the item.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- Karachi: revenge killings after the assassination of MQM politician Raza Haider (2010) ------------------
KA_MOURN = (
    "Businesses remained closed for a second day on Wednesday in the Pakistani financial capital of Karachi, to "
    "mourn Raza Haider, a leading politician of the Muttahida Quami Movement (MQM), assassinated on Monday."
)
KA_ACCUSED = (
    "Following the first night of revenge attacks and arson the MQM accused its main political rival, the Awami "
    "National Party (ANP), of supporting the Islamist militants suspected of the assassination."
)
KA_COALITION = (
    "The MQM is a coalition partner with the ANP in the national government and is known as a party that holds "
    "great potential for mass mobilization in the province of Sindh."
)
KA_MEMON = (
    "The AP also said that Sharfuddin Memon, the head of the Citizen's Police Liason Committee had speculated that "
    "Haider's killing may be related to a government operation against \"land mafias\", who illegally occupy "
    "commercially valuable land."
)
KA_MALIK = (
    "Rehman Malik, Pakistan's Interior Minister was quoted by media as saying Islamist militants were likely "
    "suspects."
)
KA_HITLIST = "He said that Haider had been on the extremist hit list."
KA_LEJ = (
    "The BBC reported that they had been told by security officials in Karachi that there is evidence to suggest "
    "the assassination was carried out by the Lashkar-e-Jhangvi, Pakistan's deadliest militant group."
)
KA_GHAURI = (
    "The BBC News website also reported that senior MQM leader Babar Ghauri had said: \"Every MQM activist will now "
    "be looking to pay back the people involved in this heinous act\"."
)

# --- UK / Syria: the House of Commons votes down military action over chemical weapons (2013) ---------------
SY_VOTED = (
    "The United Kingdom House of Commons voted 272–285 last night against proposed possible military action against "
    "Syria following claims the Assad regime used chemical weapons against civilians."
)
SY_CAMERON = (
    "David Cameron argued the recent events in Syria were a \"humanitarian catastrophe, and if there are no "
    "consequences for it, there is nothing to stop Assad and other dictators from using these weapons again and "
    "again\"."
)
SY_MOTION = (
    "The motion rejected by the Commons said the House \"agrees that a strong humanitarian response is required from "
    "the international community and that this may, if necessary, require military action\", and such action would "
    "be \"legal, proportionate and focused on saving lives by preventing and deterring further use of Syria's "
    "chemical weapons\"."
)
SY_RIFKIND = (
    "The former foreign secretary and Conservative MP Sir Malcolm Rifkind said during the debate: \"The Assad regime "
    "in Damascus are watching very carefully as to whether they will get away with what they have done.\""
)
SY_HAMMOND = (
    "Philip Hammond, the Defence Secretary, confirmed that following the vote, the country would not participate in "
    "any action in Syria, but he noted he expected the United States to carry on without the UK, anticipating \"the "
    "US and other countries will continue to look at responses to the chemical attack."
)
SY_SPECIAL = (
    "Hammond noted the rejection of military intervention would strain the \"special relationship\" between Britain "
    "and the United States."
)
SY_US_SEEK = "The United States has said they will still seek military action against the Syrian regime."
SY_HAYDEN = (
    "Caitlin Hayden, spokeswoman for the White House, reacted to the British vote by saying: \"The US will continue "
    "to consult with the UK Government — one of our closest allies and friends.\""
)
SY_ENGEL = (
    "Representative Eliot Engel, a Democrat on the House Foreign Affairs Committee, said the White House had told "
    "them \"beyond a doubt [...]"
)
SY_INTENTIONALLY = (
    "chemical weapons were used, and used intentionally by the Assad regime\", and that there is evidence from "
    "intercepted communications of involvement by \"high-level Syrian officials\"."
)

# --- Libya / Malta: two pro-Gaddafi hijackers divert an Afriqiyah Airways jet to Malta (2016) -------------
HJ_SEIZED = (
    "Two hijackers seized an Afriqiyah Airways jet this morning, diverting it away from its domestic Libyan route to "
    "Malta."
)
HJ_SURRENDERED = "The men surrendered to Maltese custody."
HJ_MEN = (
    "Men identified as Suhaha Mussa and Ahmed Alid, armed with what appeared to be a grenade and two pistols, took "
    "control of the aircraft."
)
HJ_AIRLINE = (
    "The airline said a proposal to land in Libya was rejected by the hijackers, who took the plane to nearby Malta "
    "owing to fuel limits."
)
HJ_FAVOUR = (
    "The hijacking appears to be in favour of Libya's deceased, deposed former leader Muammar al-Gaddafi."
)
HJ_SIALA = (
    "Libyan foreign minister Taher Siala, allied to the Government of National Accord, said the two hijackers "
    "intended to form a political party allied to Gaddafi, who died during a 2011 uprising."
)
HJ_NEGOTIATORS = (
    "Negotiators reportedly included Libya's transport minister, with Maltese efforts led by commander Jeffrey Curmi "
    "of the Armed Forces."
)

GOLD = {
    # Pakistan: the MQM blames its rival the ANP; the state and the BBC's sources name Islamist militants and LeJ.
    "2010-08-07-revenge-killings-follow-shooting-of-karachi-politician": [
        # Political parties take kind "other" (the schema has no party kind), as earlier splits do for the MDC.
        P("Muttahida Quami Movement", "other", KA_MOURN, KA_ACCUSED,
          aliases=["MQM", "senior MQM leader Babar Ghauri", "Babar Ghauri"]),
        P("Awami National Party", "other", KA_ACCUSED, KA_COALITION, aliases=["ANP"]),
        # Doubt: the suspected killers are never named by the MQM or the minister; kept apart from Lashkar-e-Jhangvi,
        # whom only the BBC's sources name, because the article does not tie the two (merging them would make the
        # MQM's charge against the ANP one about LeJ, which the MQM never said).
        P("Islamist militants", "armed_group", KA_ACCUSED, KA_MALIK),
        P("Lashkar-e-Jhangvi", "armed_group", KA_LEJ, aliases=["Pakistan's deadliest militant group"]),
        A(["Awami National Party", "Islamist militants"], "alleged_involvement", KA_ACCUSED),
        # Doubt on the kind: partners in the national government (a standing political tie), rivals in Karachi.
        A(["Muttahida Quami Movement", "Awami National Party"], "political_support", KA_COALITION),
        X("Muttahida Quami Movement", "Awami National Party",
          "supporting the Islamist militants suspected of the assassination", KA_ACCUSED),
        # The interior minister speaks for Pakistan; the hit-list sentence gives the ground of the same charge.
        X("Pakistan", "Islamist militants",
          "Islamist militants were likely suspects; Haider had been on the extremist hit list",
          KA_MALIK, KA_HITLIST, speaker="Rehman Malik"),
        # Doubt: the BBC reports what "security officials in Karachi" told it; read as the Pakistani state's charge
        # (the BBC only relays it).
        X("Pakistan", "Lashkar-e-Jhangvi", "the assassination was carried out by the Lashkar-e-Jhangvi",
          KA_LEJ, speaker="security officials in Karachi"),
        # Doubt: hedged speculation ("may be related"), relayed by the AP; the accused "land mafias" are no party.
        X("Citizen's Police Liason Committee", "land mafias",
          "Haider's killing may be related to a government operation against land mafias",
          KA_MEMON, speaker="Sharfuddin Memon"),
        # Not items: Ghauri's "Every MQM activist will now be looking to pay back the people involved in this heinous
        # act" (a threat aimed at no one named); the police officer's account that the attackers "were probably
        # backed by armed men in a car" (no one named); "it is alleged that some of these mafias have the backing of
        # political parties" (passive, no accuser, no party named: no alliance); the AP's comments on the "fault
        # lines" and the "muddied" reasons (a news agency's own view). Pakistan is no party: its minister and
        # officials name suspects but the state fights no one in the article (doubt).
    ],
    # UK / US / Syria: Cameron's motion for strikes over the chemical attack fails; the US still seeks action.
    "2013-08-30-uk-house-of-commons-vote-against-syria-intervention": [
        P("Syria", "state", SY_VOTED, SY_US_SEEK,
          aliases=["Syrian", "Assad regime", "the Assad regime", "Assad", "Syrian regime", "the Syrian regime",
                   "Syrian government", "Damascus", "Assad regime in Damascus", "high-level Syrian officials"]),
        P("United Kingdom", "state", SY_VOTED, SY_HAMMOND,
          aliases=["UK", "Britain", "British", "United Kingdom House of Commons", "House of Commons", "the Commons",
                   "the House", "the government", "UK Government", "David Cameron", "Cameron", "Philip Hammond",
                   "Hammond", "the Defence Secretary", "Deputy Prime Minister and Liberal Democratic leader Nick Clegg",
                   "Nick Clegg"]),
        P("United States", "state", SY_US_SEEK, SY_HAMMOND,
          aliases=["US", "the US", "White House", "the White House", "President Obama", "Obama",
                   "US defense secretary Chuck Hagel", "Chuck Hagel", "Caitlin Hayden"]),
        A(["United States", "United Kingdom"], "political_support", SY_HAYDEN, SY_SPECIAL),
        # One allegation (Syria's use of chemical weapons) in the government's voice: Cameron's argument, the
        # government motion's "further use of Syria's chemical weapons", and Rifkind's "what they have done" in the
        # same debate. Doubt: the article never says Cameron is the Prime Minister (a known gap, as with al-Eryani);
        # Rifkind is a government-side MP, not a minister, read as the same UK charge rather than a person's own.
        X("United Kingdom", "Syria",
          "using these weapons again and again; further use of Syria's chemical weapons; they will get away with "
          "what they have done",
          SY_CAMERON, SY_MOTION, SY_RIFKIND, speaker="David Cameron and Sir Malcolm Rifkind"),
        # Doubt: relayed by Representative Engel from what the White House told lawmakers; read as the US charge.
        X("United States", "Syria",
          "chemical weapons were used, and used intentionally by the Assad regime; evidence from intercepted "
          "communications of involvement by high-level Syrian officials",
          SY_ENGEL, SY_INTENTIONALLY, speaker="White House"),
        # Not items: "following claims the Assad regime used chemical weapons" (passive, no accuser); Clegg's
        # "deterring and disrupting the further use of chemical weapons" (names no one); Hayden's "countries who
        # violate international norms regarding chemical weapons need to be held accountable" (names no country);
        # Miliband's "ill-thought through action" and "cavalier and reckless" manner, Lucas's "cannot be justified"
        # and "flouting international law" (judgments of a proposed decision, within the UK), Dannatt's "victory for
        # common sense" and The Times's "humiliated" (judgments, a newspaper); Galloway's "no compelling evidence"
        # (a doubt, rejecting the charge). The US "international coalition" is only sought (no members: no item).
        # Labour and the rebel MPs defeat the motion but are a domestic opposition, not a side of the UK-US vs Syria
        # dispute (doubt).
    ],
    # Libya / Malta: two pro-Gaddafi hijackers divert a domestic Libyan flight to Malta and surrender.
    "2016-12-23-hijackers-divert-libyan-passenger-jet-to-malta": [
        # Doubt on the name: the article's first form; the group one of them says he formed is al-Fateh al-Jadid.
        P("hijackers", "armed_group", HJ_SEIZED, HJ_MEN,
          aliases=["Two hijackers", "the hijackers", "The men", "Suhaha Mussa", "Ahmed Alid", "One hijacker",
                   "one hijacker", "the two hijackers", "al-Fateh al-Jadid", "The New al-Fateh"]),
        # Doubt: the airline is the target (its jet seized), not a disputant; kept as "the airline at the centre".
        P("Afriqiyah Airways", "other", HJ_SEIZED, HJ_AIRLINE, aliases=["The airline", "Flight 209"]),
        P("Malta", "state", HJ_SURRENDERED, HJ_NEGOTIATORS,
          aliases=["Maltese", "Maltese Prime Minister Joseph Muscat", "Joseph Muscat", "Muscat", "Jeffrey Curmi",
                   "Armed Forces"]),
        # Doubt: Libya is the state whose domestic flight was seized and whose transport minister negotiated; read as
        # a side facing the hijackers, not a mediator (a side is never a mediator).
        P("Libya", "state", HJ_SEIZED, HJ_NEGOTIATORS,
          aliases=["Libyan", "Libya's transport minister", "Libyan foreign minister Taher Siala", "Taher Siala",
                   "Libyan Prime Minister Faez al-Serraj", "Faez al-Serraj", "Government of National Accord"]),
        # Doubt: a tie to a dead leader's cause (the hijackers' flag and aims, per the article and Libya's foreign
        # minister), read as declared political support rather than a former tie.
        A(["hijackers", "Muammar al-Gaddafi"], "political_support", HJ_FAVOUR, HJ_SIALA),
        # No accusations: the hijacking itself is the article's own report; Siala's account that the hijackers
        # "intended to form a political party allied to Gaddafi" and the reports that they "sought political
        # asylum in Malta" (denied by Muscat) charge no wrongdoing; the airline's account that the hijackers
        # rejected a proposal to land in Libya reports an act, not a charge; "One publication in Germany claimed the
        # release of Saif al-Gaddafi was demanded" and the BBC correspondent's "Every airport in Libya is poorly
        # secured" are news outlets' reports. No mediator: the negotiators were Libyan and Maltese (sides). The UN
        # negotiations that produced the Government of National Accord are background, not this dispute.
    ],
}
