"""Hand gold for part c of the test5 split (tests/corpus/test5/, index_c.json): four Wikinews articles, 2008-2017.

Written by an independent annotator (part c) by reading each article under tests/gold/README.md, before any rule
was scored on them and without running the tool or reading its rules; quotes are copied by hand and
build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the AMALGUM corpus (gucorpling/amalgum,
amalgum/news/dep/AMALGUM_news_{libya,palestinian,putin,raid}.conllu). The body was rebuilt from the `# text = `
lines in order: headline and dateline dropped, image captions (the Schengen map legend, the Poland photo) and the
bold pull-quote of the Cheney article (a repeat of a body sentence with "—U.S. Vice President Dick Cheney") left
out; the sentences of a paragraph joined by one space, except the lone `"` sentence of the Libya article
(SpaceAfter=No), joined to the next sentence without a space; paragraphs as the corpus marks them (`# newpar` in the
stored libya and putin files; the stored palestinian and raid files have no newpar marks, so their paragraphs follow
the <p> elements of amalgum/news/xml), one newline between paragraphs, a final newline. Characters are otherwise as
stored, typos kept ("Primer Minister", "continuing violence against ill damage", "billlion", "cut of oil exports",
"Kalingrad", "accordingly to various reports", "a reevaluation the role"). The date is the article's dateline
(for the Libya article 2010-02-18, two days after the corpus's dateCreated).

Regions and years: the Israeli-Palestinian conflict (2008), the Libya-Switzerland visa row (Europe / North Africa,
2010), Russia and the US troop deployment in Poland (Eastern Europe, 2017), a US raid in Yemen (Arabian Peninsula,
2017).

Considered and left out (slice l-r of AMALGUM news):
- mugabe ("Kenyan Prime Minister calls for suspension of Mugabe from African Union", 2008): the Zimbabwe 2008
  election crisis is already in test4 (AMALGUM_news_zimbabwe).
- opposition ("Lebanon forms unity government with Hezbollah-led opposition", 2008): a domestic power-sharing deal
  with no accusation; the four kept are richer.
- russian ("Thousands protest over alleged Russian election fraud", 2011): a domestic protest, no dispute between
  states or armed groups.
- pakistan ("Pakistan government must investigate killings and abductions of journalists, says UN", 2011): a UN call
  that names no perpetrator.
- pakistani ("Khyber Pakhtunkhwa Provincial Assembly votes to merge with ... Tribal Areas", 2018): domestic law.
- qaeda ("Wikinews Shorts: April 14, 2012"): a digest of unrelated briefs.
- mali ("Obama, Romney battle over foreign policy in final U.S. presidential debate", 2012): an election debate.
- nuclear ("Wikinews interviews Amir Abbas Fakhravar about Iranian nuclear intentions", 2013): a long interview on
  the Iranian nuclear programme, a topic already in test4 (AMALGUM_news_sanctions).
- refugees ("UN report says 80 per cent of world's refugees live in poor countries", 2011): statistics.
- protest ("Women's March becomes largest protest in U.S. history", 2017): a domestic protest.
"""

from build_gold import A, M, P, X

# --- Libya and Switzerland ---------------------------------------------------------------------
LY_AGREED = (
    "Libya and Switzerland have reportedly agreed to meet in an effort to resolve a diplomatic row about travel visas."
)
LY_PRESENCE = (
    "Micheline Calmy-Rey of Switzerland and Moussa Koussa of Libya will meet in the presence of Miguel Ángel "
    "Moratinos of Spain."
)
LY_URGING = "The meeting comes at the urging of Malta and Italy."
LY_SUSPENDED = (
    "Libya announced on Tuesday that it has suspended and/or revoked visas given to citizens of the Schengen Area of "
    "Europe."
)
LY_ITALIANS = (
    "Four Italian citizens have been detained at the Tripoli International Airport pending deportation, as their "
    "visas have been revoked."
)
LY_MALTA = "Malta has had eight citizens turned back."
LY_DEPLORES = (
    "The European Commission released a statement saying it \"deplores the unilateral and disproportionate\" action "
    "by Libya and that affected nations will consider an \"appropriate reaction.\""
)
LY_REGRETS = (
    "\"The Commission also regrets that travellers who legally obtained visas before the suspension measure were "
    "refused entry when arriving in Libya,\" said EU commissioner for Home Affairs, Cecilia Malmström."
)
LY_ROW = "Libya and Switzerland have been in a diplomatic row for many months."
LY_SCHENGEN_ASKED = "In November, 2009, Switzerland asked Schengen nations to restrict Libyan visas."
LY_DENIED = (
    "Subsequently, Libyan Prime Minister Baghdadi Mahmudi and other officials have been denied Schengen visas."
)
LY_ITALY_CAME_DOWN = (
    "Italy came down on Switzerland, saying the Swiss must \"resolve this bi-lateral issue ... but not at the expense "
    "of everyone else.\""
)

# --- Putin, US troops in Poland ----------------------------------------------------------------
PU_LEAD = (
    "Reports yesterday indicated Russian President Vladimir Putin views the arrival of US troops in Poland as "
    "\"a threat\"."
)
PU_ZAGAN = (
    "Many are set to be based in Żagań, where Polish Prime Minister Beata Szydło and Defence Minister Antoni "
    "Macierewicz are scheduled to ceremonially welcome them tomorrow."
)
PU_LARGEST = "It is the largest deployment of US troops to Europe since the Cold War ended."
PU_THREATENS = "The presence of US assets \"threatens our interests and our security,\" according to Putin."
PU_OBAMA = (
    "Outgoing US President Barack Obama authorised the move in response to Russian intervention in Ukraine in 2014, "
    "in which Crimea was annexed."
)
PU_SUMMIT = "It was agreed at a NATO summit in Warsaw last year."
PU_SZATKOWSKI = (
    "Tomasz Szatkowski, Polish Undersecretary of State for Defence, noted \"large exercises\" by Russia near the "
    "Polish border as another reason the troops were needed."
)
PU_AGGRESSIVE = (
    "Szatkowski also mentioned Russian action in Ukraine, which he called \"aggressive actions in our vicinity\"."
)
PU_MECHKOV = (
    "Russian Deputy Foreign Minister Alexei Mechkov, however, said the incoming troops and vehicles were a \"factor "
    "destabilising European security\"."
)
PU_PESKOV = "Russian Presidential spokesperson Dmitry Peskov echoed Putin, saying the troops are \"a threat."
PU_EXPELLED = (
    "Last month the US expelled 35 Russian diplomats accused of espionage, and sanctioned Russian intelligence "
    "agencies."
)
PU_CIA = (
    "This was in response to a CIA report issued two weeks earlier that concluded the Russian government hacked "
    "servers belonging to the U.S. Republican and Democratic parties."
)
PU_CIA_ELECTION = (
    "The CIA report said this was to turn the 2016 presidential election toward president-elect Donald Trump."
)
PU_PROBE = (
    "A Polish probe concluded the Polish pilots put safety second in their determination to get their passengers "
    "through dense fog."
)
PU_BLAME_CONTROLLERS = "It also placed blame on Russian controllers for failing to divert the aircraft."
PU_BLAMED_PILOTS = "Russian investigators blamed the pilots alone."
PU_NATO_RESPONSE = "NATO considered these deployments a response to its own."
PU_ROTATE = "The US troops are set to rotate around the Balkans every nine months."
PU_HOSTS = "Other planned host nations are Estonia, Latvia, Lithuania, Romania, Bulgaria, and Hungary."
PU_TILLERSON = (
    "Rex Tillerson, proposed Secretary of State for the Trump administration, implied the troops would be staying "
    "put."
)
PU_CRIMEA = (
    "He said Russia had claimed Crimea \"as an act of force\" requiring the US to offer \"a proportional show of "
    "force\"."
)
PU_MATTIS = "Trump's proposed Secretary of Defense, James Mattis, backed NATO before the US Senate yesterday."
PU_WEAKEN = "He said Putin aimed to weaken the NATO alliance."

# --- Cheney, Israelis and Palestinians ---------------------------------------------------------
CH_LEAD = "United States Vice President Dick Cheney met with Israeli and Palestinian leaders on Sunday."
CH_MET = (
    "Cheney met with Israeli President Shimon Peres and Primer Minister Ehud Olmert and their Palestinian "
    "counterparts, the moderate President Mahmoud Abbas and Prime Minister Salam Fayyad as part of a tour of the "
    "Middle East."
)
CH_ABBAS_CONDEMNED = (
    "Abbas condemned rocket attacks against Israel from the Hamas-controlled Gaza Strip, but also told Israel to ease "
    "their restrictions on Palestinians."
)
CH_SETTLEMENTS = "He also noted that Israel needs to stop building settlements within the West Bank."
CH_ABBAS_QUOTE = (
    "Abbas noted that, \"Peace and stability will not be achieved through a settlement expansion, or the setting up "
    "of checkpoints around towns and villages, and the military escalation against Gaza, nor the incursions, "
    "continuous incursions into West Bank villages and towns.\""
)
CH_PERES = (
    "Both men spoke of Iran, with Peres noting upfront that Iran and their leader Mahmoud Ahmadinejad wants to "
    "\"build their two satellites -- the Hezbollah in Lebanon, and the Hamas in Gaza ..."
)
CH_PERES_SERIOUS = (
    "Nobody can console us and say that the declarations of Ahmadinejad are less serious than they are; we have to "
    "take it seriously, out of experience.\""
)
CH_PEACE_PROCESS = (
    "Cheney noted that the Bush administration is pledged to the peace process and also referenced Iran but not "
    "directly, \"We're obviously dedicated to doing all we can as an administration to try to move the peace process "
    "forward, and also obviously actively involved in dealing with the threats that we see emerging in the region -- "
    "not only threats to Israel, but threats to the United States, as well.\""
)
CH_NEVER_PRESSURE = (
    "Cheney met with Prime Minister Olmert on Saturday and told Olmert that, \"The United States will never pressure "
    "Israel to take steps that threaten its security.\""
)
CH_BACKS = (
    "He also told Olmert that the United States backs Israel's right to defend itself from Hamas rocket attacks but "
    "that America was also working for a peace deal between Israel and the moderate Fatah-controlled Palestinian "
    "government in the West Bank."
)
CH_LOST_GAZA = "Abbas lost control of the Gaza Strip to the rival Hamas party last year."

# --- Yemen, US raid ----------------------------------------------------------------------------
YE_LEAD = (
    "The official government of Yemen issued a statement on Wednesday requesting a reevaluation the role of the "
    "United States in antiterrorism ground operations on its soil, in response to a January 29 raid by United States "
    "SEAL Team Six that killed several Yemeni citizens."
)
YE_PERMISSION = (
    "\"We have not withdrawn our permission for the United States to carry out special operations ground missions."
)
YE_RESERVATIONS = (
    "However, we made clear our reservations about the last operation,\" one Yemeni official told Reuters of a meeting "
    "between the U.S. ambassador and Yemeni President Abd Rabbu Mansour Hadi."
)
YE_CBS = (
    "According to CBS, the SEAL team approached an Al-Qaeda compound in Bayda province but became pinned down and "
    "called in an air strike for assistance."
)
YE_PENTAGON = (
    "According to the Pentagon, the raid killed more than a dozen members of Al-Qaeda, and, according to medics on "
    "the scene, several civilians."
)
YE_DHAHAB = (
    "In another political complication, the raid killed an Al-Qaeda commander Abdulraoof al-Dhahab, a Yemeni "
    "government ally against the Houthi."
)

GOLD = {
    # Europe / North Africa: Libya bars Schengen citizens in its visa row with Switzerland; Spain hosts the talks.
    "2010-02-18-libya-and-switzerland-to-meet-about-visa-bans": [
        P("Libya", "state", LY_AGREED, LY_SUSPENDED,
          aliases=["Libyan", "Muammar al-Gaddafi", "Gaddafi", "Moussa Koussa", "Baghdadi Mahmudi"]),
        P("Switzerland", "state", LY_AGREED, LY_ROW, aliases=["Swiss", "the Swiss", "Micheline Calmy-Rey"]),
        # The bloc whose citizens Libya bars and which, at Switzerland's request, bars Libyan officials.
        P("Schengen Area", "international_organisation", LY_SUSPENDED, LY_SCHENGEN_ASKED, LY_DENIED,
          aliases=["Schengen nations", "Schengen"]),
        # Doubt: Italy and Malta "urged" the meeting, but their citizens are the ones detained and turned back and
        # Italy takes Switzerland to task, so they are read as affected sides, not mediators.
        P("Italy", "state", LY_ITALIANS, LY_ITALY_CAME_DOWN, aliases=["Italian", "the Italians"]),
        P("Malta", "state", LY_MALTA, LY_URGING),
        # The Commission speaks for the affected member states ("affected nations will consider an appropriate
        # reaction"): a side, not a bystander.
        P("European Union", "international_organisation", LY_DEPLORES, LY_REGRETS,
          aliases=["EU", "European Commission", "the Commission"]),
        # Spain's foreign minister chairs the Libya-Switzerland meeting.
        M("Spain", LY_PRESENCE),
        A(["Switzerland", "Schengen Area"], "political_support", LY_SCHENGEN_ASKED, LY_DENIED),
        X("European Union", "Libya", "deplores the unilateral and disproportionate action by Libya",
          LY_DEPLORES, speaker="European Commission"),
        # Doubt: a "regret" is listed among non-accusations in the README, but this one is a complaint aimed at
        # Libya (refusing entry to holders of valid visas), distinct from the ban itself.
        X("European Union", "Libya",
          "travellers who legally obtained visas before the suspension measure were refused entry when arriving in "
          "Libya",
          LY_REGRETS, speaker="Cecilia Malmström"),
        X("Italy", "Switzerland",
          "must resolve this bi-lateral issue but not at the expense of everyone else",
          LY_ITALY_CAME_DOWN),
        # Not items: the Maltese traveller's "They treated us like hostages" names no one and speaks for no state;
        # the Geneva hotel staff's complaint of assault and Libya's visa charges against two unnamed Swiss
        # businessmen are background about individuals; Sawsan Chebli (DGAP) on the EU's leverage, Italy's business
        # interests and Gaddafi dividing the EU is an analyst's commentary (as is the "close relations" of Italy
        # and Libya she describes: no alliance item); "No visas for Europeans, except Britain" is a decision.
    ],
    # Eastern Europe: Russia calls the US deployment in Poland a threat; US-Russia accusations over hacking, Crimea.
    "2017-01-13-putin-calls-us-troops-in-poland-a-threat": [
        P("Russia", "state", PU_LEAD, PU_MECHKOV,
          aliases=["Russian", "Russian government", "Vladimir Putin", "Putin"]),
        P("United States", "state", PU_LEAD, PU_OBAMA,
          aliases=["US", "U.S.", "Barack Obama", "Obama", "CIA", "Donald Trump", "Trump", "Trump administration"]),
        P("Poland", "state", PU_LEAD, PU_ZAGAN, aliases=["Polish", "Beata Szydło", "Szydło"]),
        P("NATO", "international_organisation", PU_SUMMIT, PU_NATO_RESPONSE, aliases=["NATO alliance"]),
        A(["United States", "Poland"], "military_support", PU_LEAD, PU_ZAGAN),
        A(["United States", "NATO"], "military_treaty", PU_OBAMA, PU_SUMMIT, PU_MATTIS),
        # The planned hosts of the rotating US troops.
        A(["United States", "Estonia", "Latvia", "Lithuania", "Romania", "Bulgaria", "Hungary"], "military_support",
          PU_ROTATE, PU_HOSTS),
        # Putin's "a threat" and Peskov's echo ("a threat. These actions threaten our interests") are one allegation.
        X("Russia", "United States",
          "US troops in Poland are a threat; threatens our interests and our security",
          PU_LEAD, PU_THREATENS, PU_PESKOV, speaker="Vladimir Putin and Dmitry Peskov"),
        X("Russia", "United States", "the incoming troops and vehicles were a factor destabilising European security",
          PU_MECHKOV, PU_LARGEST, speaker="Alexei Mechkov"),
        X("Poland", "Russia", "aggressive actions in our vicinity", PU_SZATKOWSKI, PU_AGGRESSIVE,
          speaker="Tomasz Szatkowski"),
        # Doubt: "accused of espionage" is passive, but the accuser is the US that expels the diplomats for it.
        X("United States", "Russia", "35 Russian diplomats accused of espionage", PU_EXPELLED),
        X("United States", "Russia",
          "the Russian government hacked servers belonging to the U.S. Republican and Democratic parties; to turn the "
          "2016 presidential election toward president-elect Donald Trump",
          PU_CIA, PU_CIA_ELECTION, speaker="CIA"),
        X("Poland", "Russia", "placed blame on Russian controllers for failing to divert the aircraft",
          PU_PROBE, PU_BLAME_CONTROLLERS),
        X("Russia", "Poland", "blamed the Polish pilots alone for the crash", PU_BLAMED_PILOTS, PU_PROBE),
        # Doubt: Tillerson and Mattis are nominees of the incoming administration, read as speaking for the US.
        X("United States", "Russia", "Russia had claimed Crimea as an act of force", PU_TILLERSON, PU_CRIMEA,
          speaker="Rex Tillerson"),
        X("United States", "Russia", "Putin aimed to weaken the NATO alliance", PU_MATTIS, PU_WEAKEN,
          speaker="James Mattis"),
        # Not items: Szatkowski's "large exercises" by Russia near the border (doubt) is cited as a reason, not
        # charged as wrongdoing; "Russian intervention in Ukraine ... Crimea was annexed", "Russia has refused to
        # return wreckage" and the missiles in Kalingrad are the article's own voice; the Polish probe's finding on
        # the Polish pilots is an admission; "NATO considered these deployments a response to its own" is an
        # assessment; Waszczykowski's "should avoid harming Polish interests" is a call; the Katyn killings by the
        # Soviets are history told by the article. Ukraine is where the 2014 events took place, not a side of this
        # dispute; Trump's wish for a "closer relationship with Russia" is an intention, not a tie; the treaty with
        # Russia limiting permanent deployment is a constraint, not an alliance.
    ],
    # Middle East: Cheney's tour; Abbas's charges against Israel, Peres's against Iran; the US works for a deal.
    "2008-03-23-cheney-meets-with-israeli-and-palestinian-leaders": [
        P("Israel", "state", CH_LEAD, CH_MET,
          aliases=["Israeli", "Shimon Peres", "Peres", "Ehud Olmert", "Olmert"]),
        # Doubt: Fatah, Abbas's party that "runs the Palestinian government", is kept as a form of the Palestinian
        # side rather than as a separate actor.
        P("Palestine", "state", CH_LEAD, CH_MET,
          aliases=["Palestinian", "Palestinians", "Palestinian government", "Mahmoud Abbas", "Abbas", "Salam Fayyad",
                   "Fatah", "Fatah party", "Fatah-controlled Palestinian government"]),
        P("Hamas", "armed_group", CH_ABBAS_CONDEMNED, CH_BACKS, CH_LOST_GAZA, aliases=["Hamas party"]),
        # Doubt: the US both works for the peace deal and backs Israel; it is not a side of the fighting, so it is
        # kept as mediator and as Israel's political ally.
        M("United States", CH_BACKS, CH_PEACE_PROCESS),
        A(["United States", "Israel"], "political_support", CH_NEVER_PRESSURE, CH_BACKS),
        A(["Iran", "Hezbollah"], "alleged_involvement", CH_PERES),
        A(["Iran", "Hamas"], "alleged_involvement", CH_PERES),
        X("Palestine", "Hamas", "rocket attacks against Israel from the Hamas-controlled Gaza Strip",
          CH_ABBAS_CONDEMNED, speaker="Mahmoud Abbas"),
        X("Palestine", "Israel",
          "ease their restrictions on Palestinians; the setting up of checkpoints around towns and villages",
          CH_ABBAS_CONDEMNED, CH_ABBAS_QUOTE, speaker="Mahmoud Abbas"),
        X("Palestine", "Israel", "stop building settlements within the West Bank; settlement expansion",
          CH_SETTLEMENTS, CH_ABBAS_QUOTE, speaker="Mahmoud Abbas"),
        X("Palestine", "Israel", "the military escalation against Gaza", CH_ABBAS_QUOTE, speaker="Mahmoud Abbas"),
        X("Palestine", "Israel", "continuous incursions into West Bank villages and towns", CH_ABBAS_QUOTE,
          speaker="Mahmoud Abbas"),
        X("Israel", "Iran",
          "Iran and their leader Mahmoud Ahmadinejad wants to build their two satellites, the Hezbollah in Lebanon "
          "and the Hamas in Gaza",
          CH_PERES, CH_PERES_SERIOUS, speaker="Shimon Peres"),
        # Doubt: read like "Israel claims ... rockets that Hamas was firing" in test4: the US names Hamas as the
        # source of the rocket attacks Israel may defend itself from.
        X("United States", "Hamas", "Hamas rocket attacks", CH_BACKS, speaker="Dick Cheney"),
        # Not items: Cheney's warning to Palestinians that "continuing violence" and "Terror and rockets" damage
        # their hopes names no perpetrator; his "threats that we see emerging in the region" refers to Iran only
        # by the journalist's reading ("not directly"); his commitment to a Palestinian state and Bush's "long
        # overdue" are the mediator's position, not a tie. Iran and Hezbollah appear only through Peres's charge:
        # no sides of the conflict at the centre.
    ],
    # Arabian Peninsula: Yemen asks the US to reassess ground operations after a raid on Al-Qaeda killed civilians.
    "2017-02-11-yemen-requests-reevaluation-of-u-s-ground-operations-on-its": [
        P("Yemen", "state", YE_LEAD, YE_RESERVATIONS,
          aliases=["Yemeni", "government of Yemen", "Yemeni government", "Yemeni Authorities",
                   "Abd Rabbu Mansour Hadi"]),
        P("United States", "state", YE_LEAD, YE_CBS,
          aliases=["U.S.", "US", "United States SEAL Team Six", "SEAL team", "U.S. Central Command", "Pentagon",
                   "White House", "Donald Trump", "President Trump"]),
        P("Al-Qaeda", "armed_group", YE_CBS, YE_PENTAGON),
        A(["United States", "Yemen"], "military_support", YE_PERMISSION, YE_RESERVATIONS),
        # Doubt: a tie of the Yemeni government with one Al-Qaeda commander, the article's "political complication".
        A(["Yemen", "Abdulraoof al-Dhahab"], "military_support", YE_DHAHAB),
        # Not items: Yemen's "reservations about the last operation" and its call for consultation and precautions
        # against civilian casualties judge the raid and state a position without charging the US with a wrong;
        # the unnamed al-Bayda tribal leader's "It was wrong to kill him" and "it was a mistake" are a private
        # person's judgment; the girl's father killed "after allegedly organizing attacks against the U.S." is a
        # passive claim with no accuser; the Pentagon's and medics' casualty counts are reports. The Houthi rebels
        # are the other side of Yemen's civil war, background to the raid, not a side of this dispute.
    ],
}
