"""Hand gold for the dev split (tests/corpus/dev/): further Wikinews 2020 articles the reading
rules may be developed on.

Written by reading each article under tests/gold/README.md (no tool output was consulted);
quotes are copied by hand and build_gold.py refuses any that is not verbatim. The 2020 data set
holds few conflict articles beyond the fifteen already in tests/corpus/, so this split also
carries two terror attacks by lone attackers, a government's shutdown of a broadcaster, and two
cases of unrest in Europe; each is kept for its accusations and the non-items next to them.
"""

from build_gold import A, M, P, X  # noqa: F401  (A and M unused: no alliance or mediator found)

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
}
