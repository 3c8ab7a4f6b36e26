"""Hand gold for the dev2 split (tests/corpus/dev2/): thirteen 2019 Wikinews articles.

They were the first held-out test split: written by reading each article under
tests/gold/README.md, before any rule was scored on them and without running the tool on
them; the quotes are copied by hand and build_gold.py refuses any that is not verbatim.
That split was scored twice (accusations 0 of 28, parties 0.53), so it is spent: it is now
dev (rules may be developed on it), and a new test split (heldout_annotations.py) was
annotated before any rule was scored on it.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
MINDANAO_STRUCK = "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines."
MINDANAO_DELA_VEGA = (
    "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected "
    "perpetrators."
)
MINDANAO_ISIL = (
    "The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group, subsequently claimed "
    "responsibility."
)
ALEPPO_COLLAPSED = (
    "State media on Saturday reported a war-damaged five-storey block of flats collapsed in a former rebel-held "
    "neighbourhood of Aleppo, Syria."
)
ALEPPO_RECAPTURED = (
    "The district was recaptured by the state in 2016 following heavy bombing, in an operation supported by Russia."
)
HAGIA_PLEDGE = (
    "On Wednesday, as a part of his pre-election campaign, the Turkish President Recep Tayyip Erdoğan  pledged "
    "converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque, following the election "
    "today. He announced this change by live television on Wednesday and again verbally in a rally on Friday, despite "
    "criticism by the Greek foreign minister and United Nations Educational, Scientific and Cultural Organization "
    "(UNESCO) who questioned his authority to make the change."
)
HAGIA_GOLAN = (
    "On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory by the "
    "President of the United States Donald Trump, which was made on Monday."
)
TUNISIA_BOMBINGS = "In the span of one week, at least three suicide bombings took place in Tunisia."
TUNISIA_ISIL = (
    "The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for all three attacks."
)
ELPASO_IDENTIFIED = "U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas."
ELPASO_EBRARD = (
    "The foreign minister said Mexico would consider charging the gunman with terrorism against Mexicans and would "
    "seek to extradite the gunman to face charges in Mexico."
)
G7_MACRON = (
    "On Thursday, French President Emmanuel Macron called for G7 action to correct what he named the international "
    "crisis of wildfires currently destroying Amazon rainforest in and around Brazil."
)
G7_BOLSONARO = (
    "Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's suggestion that Amazon "
    "issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist "
    "mentality that is out of place in the 21st century[.]\""
)
HK_LAM = (
    "On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will officially "
    "withdraw a proposed bill that would have allowed China to extradite accused criminals from Hong Kong to be tried "
    "under the mainland's criminal justice system."
)
HK_KATYA = (
    "\"She's just doing this to try and disintegrate the movement. A lot of people think that,\" said a protester "
    "using the pseudonym Katya."
)
HK_AMNESTY = (
    "\"This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress protests in a "
    "grossly unlawful way that has seriously damaged the people's trust and sense of legitimacy of the government,\" "
    "Hong Kong director of Amnesty International Man-kei Tam said in a statement."
)
MUGABE_ZANU = (
    "Mugabe co-founded the Zimbabwe African National Union (ZANU) to oppose the white minority rule, but was arrested "
    "in 1963 and was imprisoned until 1974."
)
MUGABE_GUERRILLA = (
    "After his release, Mugabe led a militant guerrilla movement against Ian Smith's government; successful, Mugabe "
    "was hailed a national hero."
)
MUGABE_ZIMBABWE = (
    "Robert Mugabe, former president of Zimbabwe, has died, according to current president Emmerson Mnangagwa on "
    "Friday."
)
MUGABE_TSVANGIRAI = (
    "Mugabe won a presidential election over Morgan Tsvangirai of the MDC, but amid reports of violence and fraud, "
    "neither the European Union nor the United States would endorse the result."
)
MUGABE_MDC = "In 2000, a new threat to Mugabe's rule emerged in the form of the Movement for Democratic Change (MDC)."
MUGABE_BUMHIRA = (
    "\"For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was "
    "ruthless. He is the author of the current economic and political challenges we're facing as a nation\", said "
    "Ashton Bumhira, director of Youth Forum Zimbabwe."
)
HAMZA_TRUMP = (
    "On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin Laden, son of the late "
    "Al-Qaeda founder Osama bin Laden, has been killed in a US counter-terrorism operation."
)
HAMZA_STATEMENT = (
    "Trump's statement read: \"Hamza bin Ladin, the high-ranking al-Qa’ida member and son of Usama bin Ladin, was "
    "killed in a United States counterterrorism operation in the Afghanistan/Pakistan region."
)
KHASHOGGI_CENGIZ = (
    "On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, "
    "calling for the killers of Khashoggi to be brought to justice."
)
KHASHOGGI_PBS = (
    "The previous day, television broadcaster PBS revealed that in December, Crown Prince Mohammad bin Salman of "
    "Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it."
)
KHASHOGGI_CONSULATE = "Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey."
UK_CALLS = (
    "On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking the United States to "
    "waive diplomatic immunity for Anne Sacoolas."
)
UK_CHARLES_TV = (
    "Dunn's mother, Charlotte Charles, said on TV, \"She didn't purposely drive on the other side of the road... if "
    "she'd have stayed and faced us as a family we could have found that forgiveness... but forgiving her for leaving, "
    "I'm nowhere near.\""
)
UK_SACOOLAS = (
    "Sacoolas, who has immunity as a diplomat's wife, was involved in a traffic collision which killed motorcyclist "
    "Harry Dunn on August 27."
)
WIRANTO_GUNAWAN = (
    "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were "
    "linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State."
)
CUBA_RULES = "On Friday, the United States Department of Transportation announced new restrictions on flights to Cuba."
CUBA_POMPEO = (
    "In the letter, Pompeo cited the Cuban government's \"ongoing repression of the Cuban people and its support for "
    "Nicolás Maduro in Venezuela\" as his motivation."
)
CUBA_PARRILLA = (
    "Bruno Parrilla, the foreign affairs minister of Cuba, responded to the new rules via Twitter: \"I strongly reject "
    "new #US blockade measure that bans #US airlines' flights to 9 Cuban airports [...] they won't extract any "
    "concession from us. We shall overcome!\""
)

GOLD = {
    # Asia: a church bombing blamed on the Abu Sayyaf Group, claimed by ISIL.
    "2019-01-28-bombs-kill-at-least-20-at-cathedral-in-mindanao-philippines": [
        P("Abu Sayyaf Group", "armed_group", MINDANAO_DELA_VEGA, aliases=["this organisation"]),
        P("Philippines", "state", MINDANAO_STRUCK,
          aliases=["the army", "Armed Forces", "the government"]),
        P("Islamic State of Iraq and the Levant", "armed_group", MINDANAO_ISIL),
        A(["Islamic State of Iraq and the Levant", "Abu Sayyaf Group"], "other", MINDANAO_ISIL),
        # The army's command and the regional governor say the same: one allegation, one item.
        # Lorenzana's "perpetrators", the condemnations and ISIL's claim name no accused / are admissions.
        # The Moro Islamic Liberation Front is background (the referendum), not a side of the bombing.
        X("Philippines", "Abu Sayyaf Group", "the suspected perpetrators of the double bombing",
          MINDANAO_STRUCK, MINDANAO_DELA_VEGA,
          "Regional Governor Mujiv Hataman agreed, saying only this organisation appeared capable of the double bombing.",
          speaker="Arnel dela Vega and Mujiv Hataman"),
    ],
    # Middle East: a war-damaged building collapses; the state recaptured the district with Russian support.
    "2019-02-05-block-of-flats-collapses-in-aleppo-killing-eleven": [
        P("Syria", "state", ALEPPO_RECAPTURED, aliases=["the state", "Syrian"]),
        P("rebels", "armed_group", ALEPPO_COLLAPSED, aliases=["rebel"]),
        A(["Russia", "Syria"], "military_support", ALEPPO_RECAPTURED, ALEPPO_COLLAPSED),
        A(["China", "Iran", "Russia", "Syria"], "other",
          "China, Iran, and Russia have pledged funds and Syria is taxing certain goods toward the cost of reconstruction."),
        # The United States' conditions on reconstruction are no accusation.
    ],
    # Europe / Middle East: Erdogan's Hagia Sophia pledge, criticised by Greece and UNESCO; his attack on the Golan proclamation.
    "2019-03-31-turkey-s-president-erdogan-proposes-converting-hagia-sophia": [
        P("Turkey", "state", HAGIA_PLEDGE, aliases=["Turkish"]),
        P("Greece", "state", HAGIA_PLEDGE, aliases=["Greek"]),
        P("UNESCO", "international_organisation", HAGIA_PLEDGE,
          aliases=["United Nations Educational, Scientific and Cultural Organization"]),
        P("United States", "state", HAGIA_GOLAN, aliases=["U.S."]),
        A(["United States", "Israel"], "political_support", HAGIA_GOLAN),
        X("Greece", "Turkey",
          "any questioning of this status is an insult to the sentiments of Christians and to the international community and international law",
          HAGIA_PLEDGE,
          "This Wednesday Greek Foreign Minister George Katrougalos emphasized the requirement of approval by UNESCO, "
          "saying \"It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it "
          "also belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any "
          "questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the "
          "international community and international law\", as quoted by Greek Reporter.",
          speaker="George Katrougalos"),
        X("UNESCO", "Turkey", "questioned his authority to make the change",
          HAGIA_PLEDGE,
          "In an interview with Sputnik News, UNESCO also said that this change would require its approval."),
        # USCIRF recommends keeping the museum status: a call, no allegation. "Those who remain silent ..." names no one.
        X("Turkey", "United States",
          "attacked the proclamation of Golan Heights as official Israeli territory: Trump is behaving like a bully boy",
          HAGIA_GOLAN,
          "Namely, President Erdogan said on Wednesday, \"Those who remain silent when Masjid Al-Aqsa is attacked, "
          "trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...] Unfortunately, "
          "Trump is behaving like a bully boy[...] How can you do this despite the United Nations? What are you doing? "
          "Being at the helm of a state like the U.S. does not give you such a right.\"",
          speaker="Erdogan"),
    ],
    # Africa: suicide bombings claimed by ISIL; Tunisia bans the niqab in public institutions.
    "2019-07-08-tunisian-prime-minister-signs-decree-to-ban-face-veils-in-pu": [
        P("Tunisia", "state", TUNISIA_BOMBINGS, aliases=["Tunisian", "Tunis"]),
        P("Islamic State of Iraq and the Levant", "armed_group", TUNISIA_ISIL),
        # ISIL's claim is an admission; "terrorist threats" / "terrorist attacks" name no accused.
    ],
    # Americas: a mass shooting prosecuted as terrorism; Mexico calls the gunman a terrorist.
    "2019-08-08-gunman-opens-fire-in-el-paso-texas-superstore-more-than-20-d": [
        P("Patrick Crusius", "person", ELPASO_IDENTIFIED,
          aliases=["Crusius", "the gunman", "the suspect", "this individual", "suspected gunman"]),
        P("United States", "state",
          "On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas, "
          "with the death toll rising to 22 people on Monday, reported officials, with 25 others injured.",
          aliases=["U.S.", "Federal authorities", "federal government"]),
        P("Mexico", "state",
          "According to Mexican President Andrés Manuel López Obrador, six Mexican nationals were killed in the attack, "
          "and seven more were injured.",
          aliases=["Mexican", "Mexicans", "Mexican government"]),
        X("Texas", "Patrick Crusius", "capital murder",
          "State prosecutors charged the suspect in the shooting with capital murder, they said Sunday — murder carrying "
          "the possibility of the death penalty.",
          ELPASO_IDENTIFIED,
          speaker="State prosecutors"),
        X("United States", "Patrick Crusius", "domestic terrorism",
          "Federal authorities are investigating the shooting as domestic terrorism, according to prosecutor Josh Bash, "
          "the U.S. Attorney for the Western District of Texas.",
          ELPASO_IDENTIFIED,
          speaker="Josh Bash"),
        X("Mexico", "Patrick Crusius", "terrorism against Mexicans; this individual is a terrorist",
          ELPASO_EBRARD,
          "Ebrard said, \"As far as I know, this would be the first case of this type in history\", adding, \"For "
          "Mexico, this individual is a terrorist\".",
          ELPASO_IDENTIFIED,
          speaker="Marcelo Ebrard"),
        # Mexico pressing the U.S. "to provide better protections for Mexicans" is a demand, not an allegation.
        X("El Paso police", "Patrick Crusius", "authorship of the document",
          "El Paso's police chief Greg Allen said late Sunday the police were attributing authorship of the document "
          "to Crusius.",
          ELPASO_IDENTIFIED,
          speaker="Greg Allen"),
    ],
    # Americas / Europe: France calls for G7 action on the Amazon fires; Brazil's president cries colonialism.
    "2019-08-24-world-leaders-call-to-address-amazon-rainforest-fires-at-g7": [
        P("France", "state", G7_MACRON, aliases=["French"]),
        P("Brazil", "state", G7_BOLSONARO, aliases=["Brazilian"]),
        A(["France", "Germany", "United Kingdom"], "political_support",
          G7_MACRON,
          "The call was quickly seconded by German Chancellor Angela Merkel and British Prime Minister Boris Johnson."),
        A(["United Kingdom", "United States", "France", "Canada", "Germany", "Japan", "Italy"], "other",
          "G7, or the Group of Seven, is an informal group of seven countries, the United Kingdom, United States, "
          "France, Canada, Germany, Japan, and Italy, though the European Union is also often involved."),
        A(["Brazil", "European Union", "Mercosur"], "other",
          "Brazil is not a member of G7, but it is part of a pact between the European Union and the South American "
          "group Mercosur, which requires Brazilian compliance with the Paris Climate Accord."),
        X("Brazil", "France",
          "evokes a colonialist mentality that is out of place in the 21st century",
          G7_BOLSONARO, speaker="Jair Bolsonaro"),
        X("Greenpeace", "Brazil", "encouraging farmers and agrobusiness to set fires",
          "Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture, amongst other economic "
          "uses, and his critics, which include non-governmental environmental activism group Greenpeace, blame him "
          "for encouraging farmers and agrobusiness to set fires."),
    ],
    # Asia: Hong Kong withdraws the extradition bill; protesters and Amnesty are not appeased.
    "2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill": [
        P("Hong Kong government", "government_body", HK_LAM,
          aliases=["Hong Kong authorities", "Hong Kong", "the government", "her government"]),
        P("protesters", "other",
          "This was one of the five demands of the protesters, sometimes numbering in the millions, who have filled "
          "downtown streets since early this June.",
          aliases=["the protesters", "the movement", "student protester", "a protester"]),
        P("China", "state", HK_LAM, aliases=["Beijing", "mainland"]),
        X("Amnesty International", "Hong Kong government",
          "chosen to suppress protests in a grossly unlawful way",
          HK_AMNESTY, speaker="Man-kei Tam"),
        # "She" is Carrie Lam (named in the opening sentence); "they", after "Beijing", the mainland government.
        X("protesters", "Hong Kong government", "just doing this to try and disintegrate the movement",
          HK_LAM, HK_KATYA, speaker="Katya"),
        X("protesters", "China", "using different tricks and lies",
          HK_KATYA,
          "\"The situation has escalated to a point where not even Beijing knows how to sort this.",
          "So they're using different tricks and lies.",
          speaker="Katya"),
        # "They" sending "a palm branch" is the government that withdrew the bill.
        X("protesters", "Hong Kong government",
          "a far tighter grip on exercising civil rights; conceded nothing, a full-scale clampdown is on the way",
          HK_LAM,
          "\"Whenever there are signs of sending a palm branch,\" wrote student protester Joshua Wong on Twitter.",
          "\"They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in fact, "
          "and a full-scale clampdown is on the way.\"",
          speaker="Joshua Wong"),
        # Lam's "violent incidents" names no one; the protesters' demands are calls.
    ],
    # Africa: an obituary with the liberation war, contested elections and a coup.
    "2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95": [
        P("Zimbabwe", "state", MUGABE_ZIMBABWE, aliases=["Zimbabwean"]),
        P("Zimbabwe African National Union", "armed_group", MUGABE_ZANU, MUGABE_GUERRILLA, aliases=["ZANU"]),
        P("Rhodesia", "state", MUGABE_GUERRILLA,
          aliases=["Ian Smith's government", "Southern Rhodesia"]),
        P("Movement for Democratic Change", "other", MUGABE_MDC, aliases=["MDC"]),
        # Mugabe ruled Zimbabwe: what he is accused of as its ruler, Zimbabwe is accused of (README).
        X("Movement for Democratic Change", "Zimbabwe", "widespread fraud",
          "The following election in 2013 saw a substantial victory for Mugabe, and despite Tsvangirai's allegations of "
          "widespread fraud, Mugabe ended the power-sharing.",
          MUGABE_TSVANGIRAI, MUGABE_ZIMBABWE,
          speaker="Morgan Tsvangirai"),
        X("Youth Forum Zimbabwe", "Zimbabwe", "He was a dictator. He was ruthless.",
          MUGABE_BUMHIRA, speaker="Ashton Bumhira"),
        X("Youth Forum Zimbabwe", "Zimbabwe",
          "the author of the current economic and political challenges we're facing as a nation",
          MUGABE_BUMHIRA, speaker="Ashton Bumhira"),
        # "amid reports of violence and fraud" and "marred by allegations of fraud and tampering" name no accuser;
        # the EU and US refusal to endorse the 2000 result is no stated allegation; the power-sharing is a former tie.
    ],
    # Asia: the U.S. announces the killing of al-Qaeda's Hamza bin Laden.
    "2019-09-17-us-president-trump-says-osama-bin-laden-s-son-killed": [
        P("United States", "state", HAMZA_TRUMP, aliases=["US"]),
        P("Al-Qaeda", "armed_group", HAMZA_STATEMENT, aliases=["al-Qa’ida", "the group", "Al-Qaeda organization"]),
        # Hamza bin Laden is an al-Qaeda member: what he is accused of, al-Qaeda is accused of.
        X("United States", "Al-Qaeda", "responsible for planning and dealing with various terrorist groups",
          HAMZA_STATEMENT,
          "Hamza bin Ladin was responsible for planning and dealing with various terrorist groups.",
          speaker="Donald Trump"),
        # "Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks" is the article's own statement.
    ],
    # Middle East: Khashoggi's fiancée demands justice; the CIA and a UN report point at Saudi Arabia.
    "2019-09-29-fianc-e-of-murdered-saudi-journalist-demands-justice-at-un-g": [
        P("Saudi Arabia", "state", KHASHOGGI_CONSULATE, aliases=["Saudi", "Saudi government"]),
        P("Jamal Khashoggi", "person", KHASHOGGI_CONSULATE, aliases=["Khashoggi", "Jamal"]),
        # The article never says the CIA is American (known gap, like al-Eryani for Yemen).
        X("United States", "Saudi Arabia", "the crown prince ordered Khashoggi's killing",
          "The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing.",
          KHASHOGGI_PBS,
          speaker="CIA"),
        X("United Nations", "Saudi Arabia", "his murder and dismemberment inside the consulate by Saudi agents",
          "Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded "
          "evidence supported his murder and dismemberment inside the consulate by Saudi agents."),
        X("Hatice Cengiz", "Saudi Arabia",
          "the admission is a political maneuver, distancing himself from the killing of Jamal",
          "Cengiz called Mohammad's admission a \"political maneuver.\"",
          "She explained, \"By confessing this, he's also distancing himself from the killing of Jamal [...] He's "
          "saying that it happened under his watch but he means he is not involved in this crime.\"",
          KHASHOGGI_CENGIZ, KHASHOGGI_PBS),
        # The crown prince's acceptance of responsibility is an admission; Saudi Arabia's denial is a denial;
        # Cengiz's "did not persuade world leaders to sanction Saudi Arabia" is a regret, not an allegation.
    ],
    # Europe / Americas: the UK asks the US to waive a diplomat's wife's immunity after a fatal collision.
    "2019-10-10-uk-urges-us-to-waive-immunity-for-diplomat-s-wife-involved-i": [
        P("United Kingdom", "state", UK_CALLS, aliases=["UK", "London"]),
        P("United States", "state", UK_CALLS, aliases=["US", "American", "the White House"]),
        P("Anne Sacoolas", "person", UK_CALLS, UK_SACOOLAS, aliases=["Sacoolas"]),
        A(["United Kingdom", "United States"], "military_treaty",
          "The wreck occurred near RAF Croughton which is a intelligence base used by both the Royal Air Force and the "
          "US Air Force.",
          "Normally, only embassy workers — and their spouses — in London have diplomatic immunity, but in a 1994 "
          "agreement it was extended to all US workers at RAF Croughton."),
        X("United Kingdom", "United States", "use the process of diplomatic immunity for this type of purpose",
          UK_CALLS,
          "He said, \"I think everybody's sympathies are very much with the family of Harry Dunn and our condolences to "
          "them for their tragic loss. I must answer you directly, I do not think that it can be right to use the "
          "process of diplomatic immunity for this type of purpose.\"",
          speaker="Boris Johnson"),
        X("United Kingdom", "Anne Sacoolas", "a suspect in the traffic collision which killed Harry Dunn",
          "Northamptonshire police were able to determine the Volvo had come from RAF Croughton and spoke with Anne "
          "Sacoolas as a suspect.",
          UK_CALLS, UK_SACOOLAS,
          speaker="Northamptonshire police"),
        X("Charlotte Charles", "Anne Sacoolas", "leaving; she's left a family in complete ruin",
          UK_SACOOLAS,
          "Charles told the Daily Mail, \"All we need to do is ask her to come back. It’s not much to ask. She’s left a "
          "family in complete ruin. We’re broken.\"",
          UK_CHARLES_TV, UK_CALLS),
        # The UK officials' and Raab's requests to waive the immunity are calls.
    ],
    # Asia: Indonesia's security minister stabbed; intelligence links the suspects to JAD.
    "2019-10-11-indonesian-security-minister-wiranto-stabbed": [
        P("Indonesia", "state", "Yesterday, Indonesia's security minister Wiranto was stabbed, according to government authorities.",
          aliases=["Indonesian"]),
        P("Jamaah Ansharut Daulah", "armed_group", WIRANTO_GUNAWAN, aliases=["Jamaah Ansharut Daulah network"]),
        A(["Jamaah Ansharut Daulah", "Islamic State"], "alleged_involvement", WIRANTO_GUNAWAN),
        X("Indonesia", "Jamaah Ansharut Daulah", "the suspects were linked to the Jamaah Ansharut Daulah network",
          WIRANTO_GUNAWAN, speaker="Budi Gunawan"),
        # "exposed to radicalism" is said of the unnamed attackers.
    ],
    # Americas: US sanctions on flights to Cuba; Cuba calls it a blockade.
    "2019-10-27-us-announces-restrictions-on-flying-to-cuba": [
        P("United States", "state", CUBA_RULES, aliases=["US", "Trump administration"]),
        P("Cuba", "state", CUBA_RULES, aliases=["Cuban", "Cuba's government"]),
        A(["Cuba", "Venezuela"], "alleged_involvement", CUBA_POMPEO),
        X("United States", "Cuba", "ongoing repression of the Cuban people", CUBA_POMPEO, speaker="Mike Pompeo"),
        X("United States", "Cuba", "support for Nicolás Maduro in Venezuela", CUBA_POMPEO, speaker="Mike Pompeo"),
        X("Cuba", "United States", "new US blockade measure", CUBA_PARRILLA, speaker="Bruno Parrilla"),
    ],
}
