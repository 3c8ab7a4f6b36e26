"""Hand gold for part c of the test3 split (tests/corpus/test3/, index_c.json): four 2020 Wikinews articles.

Written by reading each article under tests/gold/README.md, before any rule was scored on them and
without running the tool; quotes are copied by hand and build_gold.evidence refuses any that is not
verbatim. The 2020 file of the source data set holds almost no armed-conflict or diplomacy news that
is not already in use (its conflict articles are in the seeds, tuned, dev and test splits), so these
are domestic political and legal disputes: a lawsuit against a US state, a federal prosecution, a
quarrel between presidential campaigns, and a prime minister attacking his own minister (Slovakia).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
MONTANA_SUIT = (
    "On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit "
    "against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying it would prevent "
    "many Native Americans from voting."
)
MONTANA_DE_LEON = (
    "The Native American Rights Fund's Jacqueline De León said, \"BIPA ignores the everyday realities that face "
    "Native American communities."
)
MONTANA_UNFAIR = (
    "Criminalizing this behavior is unfair to Native American voters and does nothing to solve the real problem of "
    "mail not being picked up and delivered to Native homes."
)
AVENATTI_JURY = (
    "Yesterday, a United States federal jury convicted Michael Avenatti, the California, US lawyer who represented "
    "porn star Stormy Daniels in her lawsuit against US President Donald Trump, of trying to extort Nike, an athletic "
    "equipment company."
)
AVENATTI_GOV = (
    "The United States government accused Avenatti of trying of pressure Nike for about 15–25 million dollars, "
    "threatening to give a news conference that would damage the company's stock price, as well as its reputation."
)
DEBATE_CPD = (
    "The United States Commission on Presidential Debates announced on Friday the second presidential debate between "
    "US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been "
    "cancelled, citing COVID-19 safety concerns."
)
DEBATE_BIDEN = (
    "The Biden campaign criticized Trump's refusal to debate virtually, accusing the president of \"not want[ing] to "
    "face questions from the voters about his failures on COVID and the economy.\""
)
SLOVAKIA_PM = (
    "Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday announcing he had "
    "tested positive for COVID-19, and intended to isolate for ten days."
)
SLOVAKIA_IDIOT = (
    "After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure sufficient "
    "numbers of rapid testing kits, the Prime Minister apologised to the people of his country for \"having an idiot "
    "as economy minister.\""
)

GOLD = {
    # Americas (US): civil-rights groups sue the state of Montana over a ballot-collection law.
    "2020-03-15-native-american-groups-sue-us-state-of-montana-over-ballot-l": [
        P("Montana", "government_body", MONTANA_SUIT, aliases=["state of Montana"]),
        P("American Civil Liberties Union of Montana", "other", MONTANA_SUIT),
        P("Native American Rights Fund", "other", MONTANA_SUIT, MONTANA_DE_LEON),
        # The two organisations file the suit together (the complaint's tribes and groups are the plaintiffs).
        A(["American Civil Liberties Union of Montana", "Native American Rights Fund"], "other", MONTANA_SUIT),
        # The joint suit is made by each filer: one item per filer and allegation.
        X("American Civil Liberties Union of Montana", "Montana", "it would prevent many Native Americans from voting",
          MONTANA_SUIT),
        X("Native American Rights Fund", "Montana", "it would prevent many Native Americans from voting",
          MONTANA_SUIT),
        X("Native American Rights Fund", "Montana",
          "BIPA ignores the everyday realities that face Native American communities; criminalizing this behavior is "
          "unfair to Native American voters",
          MONTANA_SUIT, MONTANA_DE_LEON, MONTANA_UNFAIR,
          speaker="Jacqueline De León"),
        # Stapleton's "It's always dicey when plaintiffs try to overturn the will of the people" is a judgment of
        # the suit, and the legislators' "to prevent voter fraud" names no accused: neither is an item.
        # "The complaint notes ..." / "An issue raised by the complaint" restate the suit's grounds (facts about
        # transport and the definition of family) and add no separate allegation of wrongdoing.
    ],
    # Americas (US): a federal jury convicts the lawyer Michael Avenatti of trying to extort Nike.
    "2020-02-15-california-lawyer-michael-avenatti-convicted-of-attempted-ex": [
        P("Michael Avenatti", "person", AVENATTI_JURY, AVENATTI_GOV, aliases=["Avenatti"]),
        P("United States", "state", AVENATTI_GOV,
          aliases=["United States government", "the government", "prosecutors", "US"]),
        P("Nike", "other", AVENATTI_JURY, AVENATTI_GOV, aliases=["the company"]),
        X("United States", "Michael Avenatti",
          "trying of pressure Nike for about 15–25 million dollars, threatening to give a news conference; attempted "
          "extortion",
          AVENATTI_GOV,
          "Avenatti was charged with three distinct crimes: transmission of interstate communications with intent to "
          "extort, attempted extortion, and honest services wire fraud."),
        # The jury's conviction is the verdict on the same allegation, not a new accuser's claim.
        # "He was also accused of defrauding clients ... and of keeping for himself money" names no accuser.
        # "The government suggested Avenatti's debt was a factor" is the motive the prosecution gives for the
        # same extortion, not a separate wrong. Stormy Daniels' lawsuit against Trump is background: the article
        # states no allegation of it.
    ],
    # Americas (US): the second presidential debate is cancelled; the Biden campaign attacks Trump.
    "2020-10-12-second-us-biden-trump-debate-cancelled-amid-safety-controver": [
        # Trump acts here as a candidate in the campaign, not as the executive of the state.
        P("Donald Trump", "person", DEBATE_CPD, DEBATE_BIDEN,
          aliases=["Trump", "President Trump", "the president", "US President Donald Trump"]),
        P("Joe Biden", "person", DEBATE_CPD, DEBATE_BIDEN,
          aliases=["Biden", "The Biden campaign", "former US Vice President Joe Biden"]),
        P("Commission on Presidential Debates", "other", DEBATE_CPD,
          aliases=["United States Commission on Presidential Debates", "the commission", "CPD"]),
        X("Joe Biden", "Donald Trump",
          "refusal to debate virtually; not want[ing] to face questions from the voters",
          DEBATE_BIDEN, speaker="The Biden campaign"),
        X("Joe Biden", "Donald Trump", "his failures on COVID and the economy",
          DEBATE_BIDEN, speaker="The Biden campaign"),
        # Trump calling a virtual debate a "waste of time" is a judgment of a proposal; the commission's
        # statement blames no one.
    ],
    # Europe (Slovakia): the prime minister, in isolation with COVID-19, calls his economy minister an idiot.
    "2020-12-21-prime-minister-of-slovakia-igor-matovi-tests-positive-for-co": [
        # A head of government attacking a member of his own cabinet: both are persons, not the state.
        P("Igor Matovič", "person", SLOVAKIA_PM, SLOVAKIA_IDIOT,
          aliases=["Matovič", "the Prime Minister", "Prime Minister Igor Matovič"]),
        P("Richard Sulík", "person", SLOVAKIA_IDIOT,
          aliases=["Deputy Prime Minister for Finance and Minister of Economy Richard Sulík", "economy minister"]),
        X("Igor Matovič", "Richard Sulík",
          "failed to procure sufficient numbers of rapid testing kits; having an idiot as economy minister",
          SLOVAKIA_PM, SLOVAKIA_IDIOT),
        # The Macron summit, the leaders' self-isolation and the Council spokesperson's statement are no dispute.
    ],
}
