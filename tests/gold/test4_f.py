"""Hand gold for part F of the test4 split (tests/corpus/test4/, index_f.json): three Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule
was scored on them and without running or reading the tool; quotes are copied by hand from the .txt files
and build_gold.evidence refuses any that is not verbatim. Source: the AMALGUM corpus (gucorpling/amalgum,
amalgum/news/dep/AMALGUM_news_{ossetia,sanctions,zimbabwe}.conllu), English Wikinews articles (CC BY 2.5),
bodies rebuilt from the `# text =` lines with paragraph breaks taken from the corpus's <p> elements
(amalgum/news/xml). Three regions: the Caucasus (Georgia, Russia, South Ossetia, 2008), the Middle East
(the Geneva interim deal on Iran's nuclear programme, 2013) and southern Africa (Zimbabwe's 2008 run-off).
"""

from build_gold import A, M, P, X  # noqa: F401

# --- South Ossetia (2008-08-30) -------------------------------------------------------------
OSS_LEAD = (
    "As the parliament of Georgia voted to approve closing the nation's embassy in Moscow and severing diplomatic "
    "ties with Russia, officials in the breakaway territory of South Ossetia are stating that their ultimate goal "
    "is not independence, but to be absorbed into Russia."
)
OSS_GASSIYEV = (
    "Znaur Gassiyev, the speaker in the parliament of South Ossetia, said today in Tskhinvali, the capital, that "
    "the region will be annexed by Russia \"in several years\" or earlier."
)
OSS_POSITION = (
    "He further went on that this was the position of Russian President Dmitry Medvedev and South Ossetian leader "
    "Eduard Kokoity, who met earlier this week to discuss the future of South Ossetia."
)
OSS_REGIMES = (
    "The regimes of Abkhazia and South Ossetia should think about the fact that if they become part of Russia, "
    "they will be assimilated and in this way they will disappear,\" Tsereteli said."
)
OSS_RECOGNIZE = (
    "On August 26, Russia voted to diplomatically recognize South Ossetia, as well as other another "
    "semi-autonomous region of Georgia, Abkhazia."
)
OSS_INVADING = (
    "We found ourselves in an awkward situation when a country militarily invading and occupying our country, then "
    "recognizing part of its territories, is trying to create a sense of normalcy,\" Georgian Foreign Minister "
    "Ekaterine Tkeshelashvili said while in Sweden."
)
OSS_TBILISI = (
    "Breaking off diplomatic relations with Tbilisi is not Moscow's choice, and the responsibility lies with "
    "Tbilisi,\" Andrei Nesterenko, a spokesperson for the Russian Foreign Ministry, said."
)
OSS_CHAVEZ = (
    "Hugo Chávez, the president of Venezuela, said that he supports the recognition of South Ossetia and Abkhazia, "
    "but did not say if Venezuela formally recognises the republics."
)
OSS_BASES = (
    "Russia and South Ossetia continue to work on an agreement to install permanent Russian military bases in the "
    "breakaway territory."
)
OSS_CEASEFIRE = (
    "Russian military forces continue to occupy nominal Georgian territory in defiance of the European "
    "Union-brokered ceasefire agreement."
)

# --- Iran nuclear deal (2013-11-25) ---------------------------------------------------------
IRAN_GENEVA = (
    "Yesterday in Geneva, Iran and the P5+1 nations — the five permanent members of the UN Security Council; "
    "United States, United Kingdom, China, France, and Russia; plus Germany — reached a six-month deal over Iran's "
    "nuclear enrichment programme."
)
IRAN_RELIEF = (
    "In return, the P5+1 is to provide \"limited, temporary, targeted, and reversible\" relief from economic "
    "sanctions including removal of specific trade sanctions on precious metals, including gold; the automotive "
    "sector; and oil."
)
IRAN_NETANYAHU = (
    "Benjamin Netanyahu, prime minister of Israel, said the deal was a \"historic mistake\" and said the Iranians "
    "had agreed only to \"cosmetic concessions\" that \"can be undone by the Iranians within weeks\"."
)
IRAN_DESTRUCTION = (
    "\"Israel\", he said, \"is not bound to this agreement while Iran is committed to the destruction of Israel."
)
IRAN_NOT_ALLOW = (
    "I wish to reiterate that as the prime minister of Israel — Israel will not allow Iran to develop nuclear "
    "military capabilities.\""
)
IRAN_VIOLATE = "Iran is receiving written approval to violate UN Security Council resolutions\"."
IRAN_COMMITMENT = (
    "A spokesman for President Obama stated: \"the United States will remain firm in our commitment to Israel, "
    "which has good reason to be skeptical about Iran's intentions\"."
)
IRAN_PHONED = "Obama phoned Netanyahu on Sunday to try and reassure him."
IRAN_CAMERON = (
    "British prime minister David Cameron said the deal was an \"important first step\" and Iran was \"further "
    "away from getting a nuclear weapon\"."
)

# --- Zimbabwe (2008-06-14) ------------------------------------------------------------------
ZIM_LEAD = (
    "Zimbabwean President Robert Mugabe, who is slated to face opposition leader Morgan Tsvangirai in a run-off "
    "election on June 27, said today that the opposition would never govern Zimbabwe as long as he is alive, vowing "
    "to \"go to war\" if the Movement for Democratic Change (MDC) wins the election."
)
ZIM_SMELLS = "We shall never, never accept anything that smells of ... the MDC."
ZIM_PUPPETS = "These pathetic puppets taking over this country?"
ZIM_TRAITORS = (
    "He described Tsvangirai and the opposition as \"traitors\" and characterized them as puppets of Great Britain "
    "and the \"white man\", who ruled Zimbabwe until the country gained independence in 1980."
)
ZIM_ACCUSED_BROWN = (
    "Mugabe accused British Prime Minister Gordon Brown of interfering in Zimbabwe's affairs, after Brown called "
    "for \"free and fair elections\" and \"an end to violence\" on Friday."
)
ZIM_US_MDC = (
    "The U.S. has provided $70 million to the MDC for regime change ... and British Prime Minister Gordon Brown is "
    "interfering in our internal affairs,\" Mugabe said."
)
ZIM_OPP_ACCUSES = (
    "The opposition accuses Mugabe's ZANU-PF party of using violence and intimidation in an attempt to win the "
    "run-off election."
)
ZIM_66 = (
    "According to the MDC, 66 of its followers have been killed in attacks since the contested March election, in "
    "which Morgan Tsvangirai won the most votes but failed to secure a majority."
)
ZIM_BITI = (
    "The Secretary-General of the MDC, Tendai Biti, appeared in court today after being arrested on Thursday."
)
ZIM_TREASON = (
    "Prosecutors said they planned to charge him with treason, for proclaiming victory in the March election before "
    "official results were announced and for \"publishing a document that was explaining a transitional strategy "
    "around March 26\"."
)
ZIM_AFRICAN = (
    "On Friday, forty prominent African leaders, including former UN Secretaries-General Kofi Annan and Boutros "
    "Boutros-Ghali, criticized the government of Zimbabwe in an open letter, demanding an end to acts of "
    "\"intimidation, harassment and violence\"."
)
ZIM_VETERANS = (
    "Meanwhile, Mugabe said that veterans of Zimbabwe's liberation war would be willing to take up arms in order to "
    "prevent the opposition from coming into power."
)

GOLD = {
    # Caucasus: after the August 2008 war, Georgia cuts ties with Russia; South Ossetia seeks to join Russia.
    "2008-08-30-south-ossetia-says-it-will-join-north-ossetia-alania-as-a-fe": [
        P("Georgia", "state", OSS_LEAD, OSS_INVADING, aliases=["Georgian", "Tbilisi"]),
        P("Russia", "state", OSS_LEAD, OSS_RECOGNIZE, aliases=["Russian", "Moscow"]),
        P("South Ossetia", "separatist_authority", OSS_LEAD, OSS_GASSIYEV,
          aliases=["South Ossetian", "breakaway territory", "the region"]),
        # Recognised by Russia alongside South Ossetia and warned by Georgia's vice speaker: a side of the dispute.
        P("Abkhazia", "separatist_authority", OSS_RECOGNIZE, OSS_REGIMES),
        # The ceasefire Russia is said to defy was brokered by the EU.
        M("European Union", OSS_CEASEFIRE),
        A(["Russia", "South Ossetia"], "military_support", OSS_BASES, OSS_RECOGNIZE, OSS_POSITION),
        A(["Russia", "Abkhazia"], "political_support", OSS_RECOGNIZE),
        A(["Venezuela", "Russia"], "political_support", OSS_CHAVEZ, "We support Russia."),
        # China and the Shanghai Cooperation Organisation balked at recognition: no tie, and no side.
        X("Georgia", "Russia", "militarily invading and occupying our country",
          OSS_INVADING, OSS_RECOGNIZE, speaker="Ekaterine Tkeshelashvili"),
        X("Russia", "Georgia",
          "Breaking off diplomatic relations with Tbilisi is not Moscow's choice; the responsibility lies with Tbilisi",
          OSS_TBILISI, speaker="Andrei Nesterenko"),
        # Not items: Tsereteli's warning to "the regimes" is a prediction, not an allegation; the closing
        # "Russian military forces continue to occupy ... in defiance of the ... ceasefire" is the report's own voice.
    ],
    # Middle East: Iran and the P5+1 reach the Geneva interim deal; Israel denounces it.
    "2013-11-25-iran-to-reduce-nuclear-enrichment-in-exchange-for-sanctions": [
        P("Iran", "state", IRAN_GENEVA, aliases=["Iranian", "Iranians", "Tehran"]),
        # The six P5+1 states are the sanctioning side of the deal.
        P("United States", "state", IRAN_GENEVA, aliases=["US"]),
        P("United Kingdom", "state", IRAN_GENEVA, IRAN_CAMERON, aliases=["British"]),
        P("China", "state", IRAN_GENEVA),
        P("France", "state", IRAN_GENEVA),
        P("Russia", "state", IRAN_GENEVA),
        P("Germany", "state", IRAN_GENEVA),
        # Israel rejects the deal, says it is not bound by it and threatens to stop Iran: a side, not a bystander.
        P("Israel", "state", IRAN_NETANYAHU, IRAN_NOT_ALLOW, aliases=["Israeli"]),
        A(["United States", "United Kingdom", "China", "France", "Russia", "Germany"], "political_support",
          IRAN_GENEVA, IRAN_RELIEF),
        A(["United States", "Israel"], "political_support", IRAN_COMMITMENT, IRAN_PHONED),
        X("Israel", "Iran", "Iran is committed to the destruction of Israel",
          IRAN_NETANYAHU, IRAN_DESTRUCTION, speaker="Benjamin Netanyahu"),
        X("Israel", "Iran", "Iran is receiving written approval to violate UN Security Council resolutions",
          IRAN_NETANYAHU, IRAN_VIOLATE, speaker="Benjamin Netanyahu"),
        # Not items: "historic mistake", "cosmetic concessions", relief "without paying any sort of price" and
        # Bennett's nuclear-suitcase warning judge the deal; "The United States contests this" disputes Rouhani's
        # reading of the deal, alleging no wrongdoing; "good reason to be skeptical about Iran's intentions" is a
        # hedge, not an allegation. The IAEA only inspects: no side.
    ],
    # Southern Africa: Mugabe threatens war before the June 2008 run-off and accuses Britain and the US.
    "2008-06-14-mugabe-is-prepared-to-fight-if-zimbabwe-elects-opposition": [
        # Mugabe is introduced as Zimbabwe's president: his statements are Zimbabwe's (speaker Robert Mugabe).
        P("Zimbabwe", "state", ZIM_LEAD, ZIM_AFRICAN, aliases=["Zimbabwean", "government of Zimbabwe"]),
        P("Movement for Democratic Change", "other", ZIM_LEAD, aliases=["MDC", "the opposition"]),
        P("ZANU-PF", "other", ZIM_OPP_ACCUSES, aliases=["ZANU-PF party"]),
        P("United Kingdom", "state", ZIM_ACCUSED_BROWN, ZIM_TRAITORS,
          aliases=["British", "Great Britain", "the British"]),
        P("United States", "state", ZIM_US_MDC, aliases=["U.S.", "Americans", "the Americans"]),
        A(["United States", "Movement for Democratic Change"], "alleged_involvement", ZIM_US_MDC),
        A(["United Kingdom", "Movement for Democratic Change"], "alleged_involvement", ZIM_TRAITORS),
        A(["Zimbabwe", "ZANU-PF"], "political_support", ZIM_OPP_ACCUSES, ZIM_LEAD),
        A(["Zimbabwe", "veterans of Zimbabwe's liberation war"], "military_support", ZIM_VETERANS),
        X("Zimbabwe", "United Kingdom", "interfering in Zimbabwe's affairs; interfering in our internal affairs",
          ZIM_ACCUSED_BROWN, ZIM_US_MDC, speaker="Robert Mugabe"),
        X("Zimbabwe", "United States", "provided $70 million to the MDC for regime change",
          ZIM_US_MDC, speaker="Robert Mugabe"),
        X("Zimbabwe", "Movement for Democratic Change", "traitors",
          ZIM_LEAD, ZIM_TRAITORS, speaker="Robert Mugabe"),
        X("Zimbabwe", "Movement for Democratic Change",
          "puppets of Great Britain and the white man; These pathetic puppets taking over this country",
          ZIM_LEAD, ZIM_TRAITORS, ZIM_SMELLS, ZIM_PUPPETS, speaker="Robert Mugabe"),
        X("Movement for Democratic Change", "ZANU-PF",
          "using violence and intimidation in an attempt to win the run-off election",
          ZIM_OPP_ACCUSES, ZIM_66),
        # Biti is charged for acts done as the MDC's Secretary-General: the MDC is the accused (doubt: the
        # charge is personal, so "Tendai Biti" is a defensible reading). The prosecutors are Zimbabwe's,
        # though the article never says so (a known gap of the same kind as the README's).
        X("Zimbabwe", "Movement for Democratic Change",
          "treason, for proclaiming victory in the March election before official results were announced and for "
          "publishing a document that was explaining a transitional strategy",
          ZIM_BITI, ZIM_TREASON, speaker="Prosecutors"),
        X("African leaders", "Zimbabwe", "acts of intimidation, harassment and violence",
          ZIM_AFRICAN),
        # Not items: Brown's call for "free and fair elections" and "an end to violence" is a bare call; the MDC's
        # "grave harassment, intimidation and violence that the people of Zimbabwe have had to endure" names no
        # accused; the police arrest of Tsvangirai states no allegation; Mugabe's vow to "go to war" and the
        # veterans' readiness to take up arms are threats, not allegations.
    ],
}
