"""Hand gold for the dev split (tests/corpus/dev/): further Wikinews 2020 articles the reading
rules may be developed on.

Written by reading each article under tests/gold/README.md (no tool output was consulted);
quotes are copied by hand and build_gold.py refuses any that is not verbatim. The 2020 data set
holds few conflict articles beyond the fifteen already in tests/corpus/, so this split also
carries two terror attacks by lone attackers, a government's shutdown of a broadcaster, and two
cases of unrest in Europe; each is kept for its accusations and the non-items next to them.

Eight Wikinews 2019 articles were added later (2019-* ids), read the same way; the 2019 data set is as thin
on conflict outside the tuned and held-out articles, so they are two attacks with a named attacker, a
hate-crime sentence, three Hong Kong protest reports, two US impeachment reports with a foreign dimension
(military aid to Ukraine) and an international police task force (the split's first alliance items).
"""

from build_gold import A, M, P, X  # noqa: F401  (M unused: no mediator found)

LONDON_POLICE = (
    "The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what "
    "the police declared a \"terrorist-related\" attack."
)
LONDON_FIRST = (
    "On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide "
    "vest entered a store, grabbed a large knife, ran outside with it and began to stab people."
)
LONDON_AMMAN = (
    "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from "
    "prison a week ago."
)
READING_ARREST = "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder."
READING_NAMED = "Reports named him on Sunday as Reading resident and Libyan national Khairi Saadallah."
READING_UK_POLICE = (
    "The head of the UK's counter terror police, Neil Basu, on Sunday said the police found nothing inconsistent "
    "with the attacker acting alone."
)
READING_DETAINED = "Thames Valley Police soon arrived and detained the man, later identified as Khairi Saadallah."
IRAN_FARS = (
    "On Monday, state-owned Iranian news agency Fars reported Iran issued arrest warrants on 36 people believed to "
    "have been involved in the assassination of the general Qasem Soleimani in January and demanded from Interpol "
    "to publish a red notice for US president Donald Trump."
)
SERBIA_GOVERNMENT = (
    "Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade after the "
    "government announced new lockdown measures, which the government dropped after the protests began."
)
SERBIA_CLASH = "The protesters clashed in front of parliament with the police and threw rocks, bottles and flares."
BELARUS_KGB = (
    "Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, claiming them to be "
    "mercenaries, who allegedly were preparing to organize \"terrorism\" in association with the election."
)
ABSCBN_LEAD = (
    "Following the expiry of broadcast corporation ABS-CBN's legislative franchise, the Philippine government issued "
    "a cease and desist order dated yesterday, forcing the shut-down of broadcasting operations by the company."
)

# --- Wikinews 2019 additions: quotes used more than once -------------------------------------------------------
GDANSK_LEAD = (
    "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last "
    "night whilst on stage at a fundraising event."
)
GDANSK_CLAIM = (
    "The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he "
    "was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government."
)
GDANSK_SUSPECT = "The detained suspect's identity is restricted to 'Stefan W' owing to Polish privacy legislation."
NZ_LEAD = (
    "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand yesterday, charged "
    "with one count of murder pertaining to a mass shooting in Christchurch on Friday, which caused the death of at "
    "least 50 people."
)
NZ_POLICE = "Police alleged the accused performed two attacks."
CVILLE_LEAD = (
    "On Friday, United States Federal District Judge Michael Urbanski sentenced Ohio man James Alex Fields, now 22, "
    "to life in prison without the possibility of parole for driving his car into a crowd of people who were "
    "counter-protesting against white supremacists attending the August 2017 Unite the Right rally in "
    "Charlottesville, Virginia."
)
CVILLE_FEDERAL = (
    "This sentence applies to the federal charges against Fields, those issued by the United States' central "
    "government."
)
HK0819_LEAD = (
    "Yesterday, what organizers estimated at 1.7 million Hongkongers, about a quarter of the city's population, "
    "marched from downtown Victoria Park toward the Central district, despite both pouring rain and police "
    "disapproval in the eleventh week of pro-Democracy protests against Chinese government encroachment on Hong "
    "Kong's rights and freedoms."
)
HK0819_PLAN = (
    "The Civil Human Rights Front had sent the police a plan for yesterday's march, which they rejected, approving "
    "only a gathering in Victoria Park."
)
HK0819_MARCH = (
    "Protesters started at the park, Causeway Bay, and Tin Hau early yesterday afternoon and walked until early "
    "evening, when police vans arrived, and the crowds dispersed."
)
HK0819_BILL = (
    "Hongkongers have been protesting since early June, when their government proposed a bill that would have "
    "allowed the central Chinese government to extradite people who had been accused of crimes from Hong Kong and "
    "try them in the mainland's judicial system."
)
UKR_LEAD = (
    "Friday, the United States House of Representatives issued a subpoena for documents from Secretary of State Mike "
    "Pompeo as part of its impeachment investigation into alleged misconduct by sitting President Donald Trump."
)
UKR_CALL = "In it, Trump asks Zelensky to investigate Joe Biden and his son, Hunter Biden."
UKR_AID = (
    "Shortly before the conversation, Trump had ordered his staff to delay around US$400 million in military aid "
    "that had been slated for Ukraine, which is currently in a military conflict with Russia."
)
HK1002_LEAD = (
    "For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed a live round on a "
    "protester yesterday."
)
WTV_LEAD = (
    "Yesterday, authorities in the United Kingdom and the United States announced that 337 suspected users in 38 "
    "countries were arrested following an investigation of a dark web child pornography site."
)
WTV_TASK_FORCE = (
    "Law enforcement agencies from Germany, South Korea, the United Kingdom and the United States were part of the "
    "international task force."
)
WTV_NAMED = (
    "At the center of the case was a website known as \"Welcome To Video\" and its alleged operator Jong Woo Son from "
    "South Korea."
)
WTV_HOSTED = (
    "According to authorities, the site hosted a quarter million video clips containing sexual abuse of children, "
    "including toddlers and infants."
)
JONG_CHARGES = (
    "Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice "
    "unsealed further charges against him."
)
IMPEACH_LEAD = (
    "On Wednesday, the United States House of Representatives impeached President Donald Trump over complaints "
    "arising from an alleged abuse of power."
)
IMPEACH_ARTICLES = "The first charged Trump with abuse of power, and the second accused him of obstruction of Congress."
IMPEACH_PRESSURE = (
    "The abuse of power charge stemmed from allegations Trump tried to pressure the Ukrainian government to launch an "
    "investigation of Joe Biden's son, in order to help Trump's chances in the 2020 United States presidential "
    "election in which Biden is also running."
)

GOLD = {
    "2020-02-05-police-shoot-man-dead-after-terrorist-related-knife-attack-i": [
        P("Sudesh Amman", "person", LONDON_AMMAN, aliases=["Amman", "the attacker"]),
        # The police who shot him act for the state; the article never names the United Kingdom, only its
        # capital and England (LONDON_FIRST, added to the accusations so their quotes name the accuser).
        P("United Kingdom", "state", LONDON_POLICE, aliases=["England", "police", "Metropolitan Police"]),
        X("United Kingdom", "Sudesh Amman", "a terrorist-related attack", LONDON_POLICE, LONDON_AMMAN, LONDON_FIRST,
          speaker="the police"),
        X("United Kingdom", "Sudesh Amman", "his fascination with dying in the name of terrorism; radicalised",
          "Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command, said about Amman: \"His "
          "fascination with dying in the name of terrorism was clear in a notepad we recovered from his home.",
          "It's not clear how Amman became radicalised but it is apparent from his messages that it had been at "
          "least a year in development.",
          LONDON_AMMAN, LONDON_FIRST,
          speaker="Alexis Boon"),
        # Not items: "described as knife-obsessed" (no wrong alleged), his past terror convictions (the
        # journalist's report), Khan's "Terrorists seek to divide us" (no accused named), Johnson relaying the police.
    ],
    "2020-05-06-philippines-largest-television-network-shut-down-by-governme": [
        P("ABS-CBN", "other", ABSCBN_LEAD, aliases=["ABS-CBN Corporation", "the network", "the company"]),
        P("Philippines", "state", ABSCBN_LEAD,
          aliases=["Philippine government", "Philippine", "National Telecommunications Commission", "NTC",
                   "the commission"]),
        # Senators speak for themselves, not for the state (as Lindsey Graham in the tuned gold).
        X("Senators", "Philippines", "a grave abuse of governmental power and contrary to law",
          "A number of Senators condemned the act of the NTC, citing the move as a \"grave abuse of governmental "
          "power\" and \"contrary to law\".",
          ABSCBN_LEAD),
        X("Philippines", "ABS-CBN", "swindling",
          "Philippine President Rodrigo Duterte threatened the network's franchise renewal before, after the network "
          "didn't carry some of his campaign commercials, which they've said was due to a lack of airtime, and he "
          "accused the network of \"swindling\".",
          ABSCBN_LEAD,
          speaker="Rodrigo Duterte"),
        # Known gap: the article never says that the Solicitor General speaks for the Philippines.
        X("Philippines", "ABS-CBN", "violating its franchise",
          "Solicitor General Jose Calida filed a quo warranto petition on February 10, accusing the network of "
          "violating its franchise.",
          ABSCBN_LEAD,
          speaker="Jose Calida"),
        # Not items: the threat to the franchise renewal, the Senate finding no breach, the network's own claim.
    ],
    "2020-06-23-three-killed-three-others-injured-in-stabbing-attack-in-read": [
        P("Khairi Saadallah", "person", READING_DETAINED, aliases=["Saadallah", "the attacker"]),
        P("United Kingdom", "state", READING_DETAINED,
          aliases=["UK", "Thames Valley Police", "police", "counter terror police"]),
        X("United Kingdom", "Khairi Saadallah", "suspicion of murder", READING_ARREST, READING_NAMED,
          READING_UK_POLICE, speaker="Thames Valley Police"),
        X("United Kingdom", "Khairi Saadallah", "a terrorist incident",
          "Police also announced on Sunday morning they were treating it as a terrorist incident.", READING_NAMED,
          READING_UK_POLICE, speaker="the police"),
        # Not items: Basu's "acting alone" and "not connected" (no wrong alleged), the security source on mental health.
    ],
    "2020-07-02-iran-issues-arrest-warrants-for-36-people-including-us-presi": [
        P("Iran", "state", IRAN_FARS, aliases=["Iranian"]),
        P("United States", "state", IRAN_FARS, aliases=["US"]),
        # Trump is charged for a strike ordered as president: the state is the accused (README).
        X("Iran", "United States",
          "involved in the assassination of the general Qasem Soleimani; murder and terrorism charges",
          IRAN_FARS,
          "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the "
          "36 must face \"murder and terrorism charges\", adding Iran will pursue the prosecution of Trump even after "
          "he ends serving as president of the US.",
          speaker="Ali Alghasi Mehr"),
        # A bad-faith charge ("propaganda stunt"), not only a judgment of a decision.
        X("United States", "Iran", "a propaganda stunt of a political nature",
          "On a press conference held in Saudi Arabia, US Special Representative for Iran Brian Hook said, \"This is "
          "a political nature. This has nothing to do with national security, international peace or promoting "
          "stability\".",
          "He added, \"It is a propaganda stunt that no-one takes seriously.\"",
          speaker="Brian Hook"),
        # Interpol only declines the request: no party, no mediator.
    ],
    "2020-07-12-serbian-protesters-try-to-storm-parliament-fourth-day-of-pro": [
        P("Serbia", "state", SERBIA_CLASH, SERBIA_GOVERNMENT,
          aliases=["Serbian", "government", "police"]),
        P("protesters", "other", SERBIA_CLASH, aliases=["Serbians"]),
        X("opposition parties", "Serbia", "violent protesters were sent by the government",
          "Some members of opposition parties have claimed violent protesters were sent by the government.",
          SERBIA_GOVERNMENT),
        X("criticism within Serbia", "Serbia", "eased lockdown measures to win elections",
          "According to reports, criticism within Serbia has said COVID-19 cases rose because President Aleksandar "
          "Vučić eased lockdown measures to win elections which were held on June 21."),
        # Not an item: Vučić's "unspecified foreign security forces" names nobody.
    ],
    "2020-08-03-belarussian-opposition-presidential-candidate-sviatlana-tsik": [
        P("Belarus", "state", BELARUS_KGB, aliases=["Belarusian", "government", "KGB"]),
        P("33 Russian individuals", "other", BELARUS_KGB, aliases=["mercenaries"]),
        P("Sviatlana Tsikhanouskaya", "person",
          "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to "
          "be held on August 9, held a rally in Minsk, Belarus.",
          aliases=["Tsikhanouskaya"]),
        X("Belarus", "33 Russian individuals",
          "mercenaries preparing to organize terrorism in association with the election",
          BELARUS_KGB, speaker="Belarusian KGB"),
        # Not items: "political prisoners" is the report's framing, with no accuser; Russia (the state) is not named.
    ],
    # --- Wikinews 2019 additions (read from the article text only; no tool output consulted) ---------------
    "2019-01-14-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on-stage": [
        P("Stefan W", "person", GDANSK_SUSPECT,
          aliases=["the attacker", "the assailant", "the detained suspect", "An individual"]),
        P("Paweł Adamowicz", "person", GDANSK_LEAD, aliases=["Adamowicz", "Mayor Adamowicz", "Paweł"]),
        P("Poland", "state", GDANSK_LEAD, aliases=["Polish"]),
        P("Civic Platform", "other", GDANSK_CLAIM),
        X("Stefan W", "Civic Platform", "he was wrongfully imprisoned under Civic Platform's time in government",
          GDANSK_CLAIM, GDANSK_SUSPECT),
        # A condemnation of an act whose doer is known accuses the doer (as "The operation was condemned" in the
        # tuned gold). Known gap: the article never says whose Interior Minister Brudziński is.
        X("Poland", "Stefan W", "the stabbing: an act of inexplicable barbarity",
          "Interior Minister Joachim Brudziński called the stabbing \"an act of inexplicable barbarity.\"",
          GDANSK_LEAD, GDANSK_SUSPECT, speaker="Joachim Brudziński"),
        # Not items: the press badge used to gain entry (how he got in, no wrong alleged); his past convictions
        # (The Guardian's and Associated Press's own reports); "A potential charge of murder" (no one charges);
        # Tusk's, Morawiecki's and Duda's messages (sympathy, not support in a dispute).
    ],
    "2019-03-17-new-zealand-mosque-murder-suspect-appears-in-court-at-christ": [
        P("Brenton Tarrant", "person", NZ_LEAD,
          aliases=["Brenton", "the accused", "the attacker", "the alleged gunman"]),
        P("New Zealand", "state", NZ_LEAD, NZ_POLICE, aliases=["police", "Police", "The authorities"]),
        # The murder charge is the same allegation as the attacks; the police make it.
        X("New Zealand", "Brenton Tarrant", "performed two attacks; charged with one count of murder",
          NZ_POLICE, NZ_LEAD, speaker="police"),
        # Not items: "allegedly released an anti-Muslim document" (no accuser); Ardern's "allegedly used" (the
        # licence is her point); Barton describing the guns. Not an alliance: Ardern only asks for a report on
        # "enhanced information-sharing with Australia" (a review, no standing tie stated); Australia is only
        # the suspect's nationality.
    ],
    "2019-07-01-charlottesville-virginia-killer-sentenced-to-life-in-prison": [
        P("James Alex Fields", "person", CVILLE_LEAD, aliases=["Fields"]),
        P("counter-protesters", "other", CVILLE_LEAD, aliases=["the crowd", "a crowd of people"]),
        P("United States", "state", CVILLE_LEAD, CVILLE_FEDERAL,
          aliases=["United States' central government", "prosecutors"]),
        # The federal charges and the sentence concern the same act: one allegation by one state.
        X("United States", "James Alex Fields",
          "driving his car into a crowd of counter-protesters; federal hate crime charges",
          CVILLE_LEAD,
          "Last March, Fields made an arrangement with prosecutors to plead guilty to 29 out of 30 federal hate "
          "crime charges on condition they would not seek the death penalty.",
          CVILLE_FEDERAL),
        X("State of Virginia", "James Alex Fields", "criminal charges under the laws of the State of Virginia",
          "He has already been found guilty of criminal charges under the laws of the State of Virginia, with a "
          "jury-recommended sentence of life plus 419 years and fines of nearly half a million US dollars.",
          CVILLE_FEDERAL),
        # Not items: Trump's "fine people on both sides" (no wrong alleged) and the criticism of it (no critic
        # named); "a self-described Neo-Nazi" (his own description); the lawyers' mental-illness plea.
    ],
    "2019-08-19-hong-kong-protests-continue-through-police-opposition-rainst": [
        P("protesters", "other", HK0819_MARCH,
          aliases=["Protesters", "Hongkongers", "Hong Kong people", "the crowds"]),
        P("Civil Human Rights Front", "other", HK0819_PLAN),
        # The police act for the Hong Kong government (as an army or police for a state); the article names no
        # other form of it. Hong Kong is not a sovereign state here: the government is the actor.
        P("Hong Kong government", "government_body", HK0819_PLAN, HK0819_BILL,
          aliases=["their government", "the government", "police"]),
        P("China", "state", HK0819_LEAD,
          aliases=["Chinese government", "central Chinese government", "Chinese", "People's Liberation Army",
                   "mainland"]),
        X("protesters", "Hong Kong government", "police misconduct during the protests",
          "Although the bill was suspended, protesters' demands have expanded to complete dismissal of the bill, "
          "an investigation of police misconduct during the protests, and greater democratic reform, including a "
          "more representative process of electing Hong Kong's leaders."),
        X("protesters", "China", "threats of the People's Liberation Army",
          "A university student named Wong said, \"Even though the weather was so bad, even in the face of threats "
          "of the People's Liberation Army and water cannons, Hong Kong people never back down.",
          HK0819_MARCH, speaker="Wong"),
        # Not items: "protests against Chinese government encroachment" (the report's description of the
        # protests, not a claim someone makes); the eye "said to have been severely injured by police" (no
        # accuser); the police rejecting the march plan (no wrong alleged). "one country, two systems" is
        # sovereignty, not an alliance; "The British" handed Hong Kong over in 1997 (history).
    ],
    "2019-09-30-u-s-house-issues-subpoena-to-secretary-of-state-as-special-e": [
        # Trump is accused of misusing his office for his own ends, not of acting for the state: a person actor
        # (as Lindsey Graham in the tuned gold); the aid, though, is the United States' (the alliance item).
        P("Donald Trump", "person", UKR_LEAD, aliases=["Trump", "President Trump", "President Donald Trump"]),
        P("House of Representatives", "government_body", UKR_LEAD,
          aliases=["United States House of Representatives", "the House", "House"]),
        P("Ukraine", "state", UKR_CALL, UKR_AID, aliases=["Ukrainian", "the Ukrainians"]),
        A(["United States", "Ukraine"], "military_support", UKR_AID,
          "It also called for records relating to the Trump administration's temporary withholding of security "
          "aid to Ukraine, as well as files relating to attempts by Rudy Giuliani to encourage investigations into "
          "Democratic challenger former Vice President Joe Biden.",
          UKR_LEAD),
        X("whistle-blower", "Donald Trump", "Trump may have misused his office",
          "According to a whistle-blower complaint, Trump may have misused his office."),
        X("Elie Honig", "Donald Trump", "the Trump-Ukraine call reads like a criminal case for bribery or extortion",
          "Regarding Trump's phone call, former federal prosecutor Elie Honig said via Twitter: \"If I got a "
          "transcript like the Trump-Ukraine call in a regular criminal case for bribery or extortion, I'd think, "
          "'Wow, I’m surprised they're discussing this so openly and clearly.' \""),
        # No mediator: Volker, "special envoy for Ukraine negotiations", arranges meetings for the US side
        # (Giuliani with Zelensky's aide, Zelensky with Trump); a side is never a mediator, and the article
        # shows him in no talks between Ukraine and Russia. Russia is only named as Ukraine's adversary.
        # Not items: the House's "investigation into alleged misconduct" (investigating, no claim of its own);
        # "The accusation against Biden" (no accuser named); Trump's and Zelensky's denials; Gude's reading of
        # the staff's motives; Amodei's conditional ("if it's proven").
    ],
    "2019-10-02-police-shoot-teenage-protester-as-hong-kong-demonstrations-c": [
        # The article names only the police (no government): they are the actor here.
        P("Hong Kong Police", "government_body", HK1002_LEAD, aliases=["police", "Police"]),
        # The shot teenager is unnamed; the police call him "the attacker". Kept with the protesters.
        P("protesters", "other", HK1002_LEAD, aliases=["a protester", "protester", "the attacker", "The victim"]),
        X("Hong Kong Police", "protesters", "the police officers' lives were seriously threatened by the attacker",
          "Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: \"The police officers' "
          "lives were seriously threatened. To save his own and his colleagues' lives, he fired a live shot at the "
          "attacker.\"",
          HK1002_LEAD, speaker="Yolanda Yu Hoi-kwan"),
        # Not items: Amnesty International's call for an investigation (a call, no wrong alleged); "the police
        # have used force" and "Some protesters responded by throwing things, including Molotov cocktails" (the
        # report's own account); "Chinese encroachment" (the report's description of the protests).
    ],
    "2019-10-17-hundreds-arrested-for-dark-web-child-porn-by-international-t": [
        P("Jong Woo Son", "person", WTV_NAMED, JONG_CHARGES, aliases=["Jong", "Mr. A"]),
        P("Welcome To Video", "other", WTV_NAMED,
          aliases=["the site", "the website", "the South Korean website", "dark web child pornography site"]),
        P("337 suspected users", "other", WTV_LEAD, aliases=["suspected users", "the site's users"]),
        P("United States", "state", WTV_LEAD,
          aliases=["US", "U.S.", "United States Department of Justice", "US authorities"]),
        P("United Kingdom", "state", WTV_LEAD, aliases=["UK", "British", "National Crime Agency", "NCA"]),
        P("South Korea", "state", WTV_TASK_FORCE, aliases=["South Korean", "South Korea's National Police Agency"]),
        P("Germany", "state", WTV_TASK_FORCE),
        A(["Germany", "South Korea", "United Kingdom", "United States"], "other", WTV_TASK_FORCE),
        # A joint announcement: one item per state (README).
        X("United Kingdom", "337 suspected users", "suspected users of a dark web child pornography site", WTV_LEAD),
        X("United States", "337 suspected users", "suspected users of a dark web child pornography site", WTV_LEAD),
        X("United States", "Jong Woo Son", "further charges", JONG_CHARGES, speaker="United States Department of Justice"),
        # "According to authorities" refers back to the authorities of the lead, the United Kingdom's and the
        # United States'; the United States says the same allegation again ("the largest child pornography site").
        X("United States", "Welcome To Video",
          "hosted a quarter million video clips containing sexual abuse of children; the largest child "
          "pornography site in the world",
          WTV_HOSTED,
          "US authorities claimed the site was the largest child pornography site in the world and that more than "
          "twenty active victims were rescued.",
          WTV_LEAD, WTV_NAMED),
        X("United Kingdom", "Welcome To Video",
          "hosted a quarter million video clips containing sexual abuse of children",
          WTV_HOSTED, WTV_LEAD, WTV_NAMED),
        # Not items: "alleged operator" and "Allegedly, Jong processed ₿7300" (no accuser); Jong's arrest in South
        # Korea (no allegation stated); Liu's and Holland's remarks on "such criminals" and "Dark web child sex
        # offenders" (no one named).
    ],
    "2019-12-21-us-house-of-representatives-impeaches-president-trump": [
        P("Donald Trump", "person", IMPEACH_LEAD, aliases=["Trump", "President Donald Trump"]),
        P("House of Representatives", "government_body", IMPEACH_LEAD,
          aliases=["United States House of Representatives", "the House", "House"]),
        P("Ukraine", "state", IMPEACH_PRESSURE, aliases=["Ukrainian government", "Ukrainian"]),
        X("House of Representatives", "Donald Trump",
          "abuse of power: tried to pressure the Ukrainian government to launch an investigation of Joe Biden's son",
          IMPEACH_LEAD, IMPEACH_ARTICLES, IMPEACH_PRESSURE),
        X("House of Representatives", "Donald Trump", "obstruction of Congress",
          "The House passed two different articles of impeachment.", IMPEACH_ARTICLES, IMPEACH_LEAD),
        # Not items: McConnell's "a largely partisan outcome" (about the Senate's own trial, no wrong alleged);
        # Van Drew's expected party change.
    ],
}
