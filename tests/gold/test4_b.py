"""Hand gold for part B of the test4 split (tests/corpus/test4/, index_b.json): four 2011-2015 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool or opening its reading code; quotes are copied by hand and
build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in two public corpora of Georgetown University that keep each
article's sentences with their original spacing (CoNLL-U `# text` lines and `SpaceAfter=No`):
`amir-zeldes/gum` (GUM, dep/GUM_news_korea.conllu) and `gucorpling/amalgum` (AMALGUM,
amalgum/news/dep/AMALGUM_news_{rebels,syrian,morsi}.conllu). The body was rebuilt from those sentences: headline
and dateline dropped, image captions, pull-quote boxes and the "Have your say" box left out, sentences joined by
one space (none where the last token has SpaceAfter=No), paragraphs as the corpus marks them (`# newpar`); the
Libya file's stored version marks no paragraphs, so it is one paragraph. Characters are otherwise as stored
(typos kept, e.g. "2030Coordinated", "Its worth", "are been suppressed").

Regions: North Africa (Libya 2011, Egypt 2013), the Levant (Syria, Iran and Hamas 2012), East Asia (Korea 2015).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- Libya ---------------------------------------------------------------------------------
LY_EDGED = (
    "Libyan rebels edged closer to the capital city of Tripoli on Sunday to help fellow mutineers inside the city "
    "who declared a final clash with leader Muammar Gaddafi."
)
LY_HOLD = "With the rebels within about 25km of Tripoli, Gaddafi's hold on power looks fragile."
LY_RATS = (
    "He labelled the rebels, who had been fighting for the past six months, as \"rats\" and said that he would not "
    "yield to their demands."
)
LY_FORCES = (
    "Government forces put up a brief fight at the village of Al-Maya, leaving behind a burned-out tank, and some "
    "torched cars."
)
LY_NATO = (
    "Gaddafi — in hiding since the NATO attacks on Libya in June — said in an audio recording broadcast late "
    "yesterday that he had no intention of succumbing to the rebellion."
)
LY_IBRAHIM = (
    "A spokesman for Gaddafi, Moussa Ibrahim, in a briefing for foreign reporters echoed the message of defiance"
)
LY_HOLD_RESPONSIBLE = (
    "\"We hold Mr. Obama, Mr. Cameron and Mr. Sarkozy morally responsible for every single unnecessary death that "
    "takes place in this country,\" he added, referring to the leaders of NATO members, the United States, United "
    "Kingdom, and France."
)
LY_STATE_TV = "State television flashed a message urging citizens not to allow rebels to hide on their rooftops."
LY_AL_QAEDA = "Agents and al Qaeda members are trying to destabilize and sabotage the city."
LY_NTC = (
    "said Abdel Hafiz Ghoga, vice chairman of the rebel National Transition Council."
)

# --- Syria, Iran, Hamas ----------------------------------------------------------------------
SY_LEAD = (
    "Emails allegedly hacked from Syrian government accounts, leaked onto the Internet, indicate Iran and Syria are "
    "supplying weapons made in Ukraine and Belarus to Hamas in Palestine."
)
SY_ANONYMOUS = (
    "The online activist group known as Anonymous takes responsibility for the leak, which comprises over 2,000 "
    "emails and other files totaling around 1 gigabyte."
)
SY_NOT_FIRST = "This is not the first time Anonymous has hacked into Syrian government email accounts."
SY_TEASER = (
    "The first email leaked was called a \"teaser\", from the Syrian embassy in Tehran on November 20, to the "
    "British embassy in Belarus."
)
SY_COMMUNIQUE = (
    "In the communique, the embassy confirms the Iranians are supplying helicopters and Ukrainian made weapons to "
    "Hamas, which operates mostly from the Gaza Strip in Palestine."
)
SY_TRANSIT = "\"Since 2008 Iran is the main transit point for Palestine armament\", says the email."
SY_FSA = (
    "Although evidence could suggest Iran's willingness to supply arms to Hamas, in a report compiled on November 2, "
    "by the Syrian Ministry of Foreign Affairs and Emigrants, Iran is trying to stop weapons from being sent into "
    "Syria for the Free Syrian Army (FSA)."
)

# --- Egypt -----------------------------------------------------------------------------------
EG_ULTIMATUM = (
    "Today the Egyptian military issued an ultimatum to Mohammed Morsi that gives him 48 hours, until Wednesday, to "
    "meet the demands of the hundreds of thousands of people protesting his presidency, by announcing a snap "
    "election, resigning, and allowing a provisional government to take over, or they will force a political "
    "transition."
)
EG_WILL = "The military said the protests were an \"unprecedented\" demonstration of the people's will."
EG_ENFORCE = (
    "The military also said it would \"not be a party in politics or rule,\" and would enforce what the people "
    "wanted."
)
EG_DENOUNCED = "The Muslim Brotherhood has denounced the ultimatum."
EG_HAMZA = (
    "Yasser Hamza, a member of the Freedom and Justice Party, the political party of the Muslim Brotherhood, said, "
    "\"For an institution of state to come and stage a coup against the president, this will not happen."
)
EG_SABOTAGE = "Any force that goes against the constitution is a call for sabotage and anarchy."
EG_LEADING = "Morsi was a leading member of the Brotherhood."
EG_FIRED = "The protesters say the Brotherhood fired on the protesters, killing five."
EG_NSF = (
    "Late Sunday, the National Salvation Front released a statement telling protesters to \"maintain their peaceful "
    "[rallies] in all the squares and streets and villages and hamlets of the country... until the last of this "
    "dictatorial regime falls\" and stated that this has \"confirmed the downfall of the regime of Mohamed Morsi and "
    "the Muslim Brotherhood\"."
)
EG_PETITION = (
    "The National Salvation Front, a secular, liberal organization, has endorsed a petition calling for a snap "
    "election, started by the grassroots movement Rebel."
)
EG_ARGUE = (
    "Protesters argue Morsi since taking power has failed to address political deadlock, economic crises, and "
    "personal safety problems."
)
EG_HIJACKED = (
    "Many are angry at the Muslim Brotherhood, which they claim hijacked the Egyptian revolution, seizing "
    "authoritarian control and imposing Islamic law."
)

# --- Korea -----------------------------------------------------------------------------------
KR_FIRED = (
    "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts "
    "anti-Pyongyang propaganda into the North."
)
KR_MANIACS = (
    "War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central "
    "western sector of the front on Thursday afternoon."
)
KR_SHELLS = (
    "They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext "
    "that the KPA fired one shell at the south side."
)

GOLD = {
    # North Africa: the Libyan civil war, rebels closing on Tripoli; the regime's accusations.
    "2011-08-22-libya-rebels-edge-closer-to-tripoli": [
        P("Libyan rebels", "armed_group", LY_EDGED, LY_NTC,
          aliases=["rebels", "mutineers", "rebel National Transition Council", "National Transition Council",
                   "revolutionaries", "rebel cells"]),
        # Gaddafi, his spokesman, the government forces and state television act for the state.
        P("Libya", "state", LY_EDGED, LY_FORCES,
          aliases=["Muammar Gaddafi", "Gaddafi", "Government forces", "pro-Gaddafi forces", "the regime",
                   "State television"]),
        P("NATO", "international_organisation", LY_NATO),
        # The NATO members the regime holds responsible for the deaths (the NATO attacks on Libya).
        P("United States", "state", LY_HOLD_RESPONSIBLE, aliases=["Mr. Obama", "Obama"]),
        P("United Kingdom", "state", LY_HOLD_RESPONSIBLE, aliases=["Mr. Cameron", "Cameron"]),
        P("France", "state", LY_HOLD_RESPONSIBLE, aliases=["Mr. Sarkozy", "Sarkozy"]),
        A(["NATO", "United States", "United Kingdom", "France"], "military_treaty", LY_HOLD_RESPONSIBLE),
        # State television ties the rebels it warns of to "agents and al Qaeda members" (doubt: implicit).
        A(["Libyan rebels", "al Qaeda"], "alleged_involvement", LY_STATE_TV, LY_AL_QAEDA),
        X("Libya", "Libyan rebels", "labelled the rebels as \"rats\"", LY_HOLD, LY_RATS,
          speaker="Muammar Gaddafi"),
        X("Libya", "United States", "morally responsible for every single unnecessary death",
          LY_IBRAHIM, LY_HOLD_RESPONSIBLE, speaker="Moussa Ibrahim"),
        X("Libya", "United Kingdom", "morally responsible for every single unnecessary death",
          LY_IBRAHIM, LY_HOLD_RESPONSIBLE, speaker="Moussa Ibrahim"),
        X("Libya", "France", "morally responsible for every single unnecessary death",
          LY_IBRAHIM, LY_HOLD_RESPONSIBLE, speaker="Moussa Ibrahim"),
        X("Libya", "al Qaeda", "trying to destabilize and sabotage the city", LY_STATE_TV, LY_AL_QAEDA,
          speaker="State television"),
        # Not items: Oliver Miles's assessment ("may have risen too early") is commentary; the rebel activist's
        # report of snipers around Bab al-Aziziyah and the regime's threat of bloodshed allege no wrongdoing by a
        # named side beyond the fighting itself; Gaddafi's "no intention of succumbing" is defiance.
    ],
    # Levant: leaked Syrian government emails say Iran and Syria arm Hamas; Anonymous claims the hack.
    "2012-12-02-leaked-syrian-government-emails-indicate-weapons-supplied-to": [
        P("Syria", "state", SY_LEAD, SY_NOT_FIRST,
          aliases=["Syrian", "Syrian government", "Syrian Government", "Bashar al-Assad", "Assad"]),
        P("Iran", "state", SY_LEAD, aliases=["Iranians", "Iranian", "Tehran", "Ali Khamenei", "Khamenei"]),
        P("Hamas", "armed_group", SY_LEAD),
        # The hackers target the Syrian government's accounts: a side of the dispute the article is about.
        P("Anonymous", "other", SY_ANONYMOUS, SY_NOT_FIRST, aliases=["online activist group", "Par:AnoIA"]),
        P("Free Syrian Army", "armed_group", SY_FSA, aliases=["FSA"]),
        A(["Iran", "Hamas"], "military_support", SY_LEAD, SY_COMMUNIQUE),
        A(["Syria", "Hamas"], "military_support", SY_LEAD),
        # Iran works to keep weapons from the Syrian government's armed opponents.
        A(["Iran", "Syria"], "political_support", SY_FSA),
        # Doubt: the leaked email is a Syrian government document, not a public charge, and "the embassy" that
        # "confirms" is grammatically ambiguous (Syrian sender or British recipient); read as the Syrian embassy.
        X("Syria", "Iran",
          "supplying helicopters and Ukrainian made weapons to Hamas; Iran is the main transit point for Palestine "
          "armament",
          SY_TEASER, SY_COMMUNIQUE, SY_TRANSIT, speaker="Syrian embassy in Tehran"),
        # Not items: Anonymous "takes responsibility" (a claim of responsibility); "Emails allegedly hacked" names no
        # accuser; Khamenei's "outside entities" arming "opponents" names no one, and his call on the FSA to lay down
        # arms is a call; Ukraine and Belarus appear only as where the weapons were made; Jaafari's remark on police
        # suppressing Occupy Wall Street names no accused actor.
    ],
    # North Africa: the Egyptian army's ultimatum to President Morsi amid mass protests.
    "2013-07-01-egyptian-military-issues-ultimatum-to-morsi": [
        # Doubt: a domestic crisis between two arms of one state; the army and the president are kept as the
        # sides, as the test3 gold keeps courts and senates, rather than folding both into Egypt.
        P("Egyptian military", "government_body", EG_ULTIMATUM, EG_WILL,
          aliases=["the military", "the Armed Forces", "Armed Forces"]),
        P("Mohammed Morsi", "person", EG_ULTIMATUM,
          aliases=["Morsi", "Mohamed Morsi", "the president", "the presidency"]),
        P("Muslim Brotherhood", "other", EG_DENOUNCED, EG_HAMZA,
          aliases=["Brotherhood", "Freedom and Justice Party"]),
        P("protesters", "other", EG_ULTIMATUM, EG_FIRED,
          aliases=["the protesters", "Protesters", "people protesting his presidency"]),
        P("National Salvation Front", "other", EG_NSF, EG_PETITION),
        P("Rebel", "other", EG_PETITION, aliases=["grassroots movement Rebel"]),
        A(["Mohammed Morsi", "Muslim Brotherhood"], "political_support", EG_LEADING),
        A(["National Salvation Front", "Rebel"], "political_support", EG_PETITION),
        A(["National Salvation Front", "protesters"], "political_support", EG_NSF),
        # The army sides with the protests ("the people's will", "enforce what the people wanted").
        A(["Egyptian military", "protesters"], "political_support", EG_WILL, EG_ENFORCE),
        X("Muslim Brotherhood", "Egyptian military",
          "stage a coup against the president; goes against the constitution, a call for sabotage and anarchy",
          EG_ULTIMATUM, EG_DENOUNCED, EG_HAMZA, EG_SABOTAGE, speaker="Yasser Hamza"),
        X("protesters", "Muslim Brotherhood", "the Brotherhood fired on the protesters, killing five", EG_FIRED),
        X("protesters", "Muslim Brotherhood",
          "hijacked the Egyptian revolution, seizing authoritarian control and imposing Islamic law",
          EG_ARGUE, EG_HIJACKED),
        X("protesters", "Mohammed Morsi",
          "failed to address political deadlock, economic crises, and personal safety problems", EG_ARGUE),
        X("National Salvation Front", "Mohammed Morsi", "this dictatorial regime", EG_NSF),
        X("National Salvation Front", "Muslim Brotherhood", "this dictatorial regime", EG_NSF),
        # Not items: the ultimatum itself is a demand; the presidency spokesmen's appeals name no accused; Morsi's
        # denial of instigating the religious clauses answers an unnamed accuser; the stones and petrol bombs thrown
        # at the Brotherhood's headquarters have no named thrower; the BBC's report of anti-American and
        # anti-Israeli sentiment is a news report.
    ],
    # East Asia: artillery exchange across the Korean border over loudspeaker propaganda.
    "2015-08-21-north-korea-puts-military-in-quasi-state-of-war": [
        P("North Korea", "state", KR_FIRED,
          aliases=["DPRK", "the North", "North", "Korean People's Army", "KPA", "Pyongyang"]),
        P("South Korea", "state", KR_FIRED, aliases=["the South", "South", "South Korean"]),
        X("North Korea", "South Korea",
          "made another grave provocation to the DPRK; firing 36 shells at KPA civil police posts",
          KR_MANIACS, KR_SHELLS, speaker="Korean Central News Agency"),
        # Not items: the article's own report that North Korea fired at a loudspeaker; North Korea's threats to
        # attack the loudspeakers and its order for a wartime state; "the absurd pretext that the KPA fired one
        # shell" is South Korea's claim only as North Korea frames it (doubt: could be read as South Korea
        # accusing North Korea); South Korea's retaliation and its broadcasts are reported, not alleged.
    ],
}
