"""Hand gold for held-out test split, part a: four 2019 Wikinews articles (tests/corpus/test/, index_a.json).

Written by reading each article under tests/gold/README.md, before any rule was scored on them and
without running the tool; quotes are copied verbatim from the articles.

Source range: data/wikinews_2019.csv offsets 0-224000 (vanatteveldt/wikinews). That range holds few
conflict or diplomacy articles that are not already in the project (the Maidan Wardak car bomb,
Mahan Air, Mokha, Mindanao, Aleppo and Hagia Sophia articles are all taken), and none with a
mediator. The four picked are political / constitutional disputes (three in the United States, one
in Hong Kong) with named accusers and accused.

Domestic disputes: the federal executive and Congress or the states are both "United States", so the
actors are named as the article names the sides (Donald Trump / Trump administration, Congress, the
House, the states, the opposition); cabinet officers and spokespeople stand for the administration,
police for the Hong Kong government (README: the state, not its minister).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)


# --- shared quotes ------------------------------------------------------------------------
EMERG_OPENING = (
    "United States President Donald Trump said on Friday he can and may declare a national state of emergency, "
    "which he said would allow him to act without approval from Congress and allocate funding for the construction "
    "of a wall along the country's border with Mexico."
)
EMERG_SHUTDOWN = (
    "The US government is currently partially shut down because the president and Congress could not agree on a "
    "national budget."
)
EMERG_SCHUMER = (
    "The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president once again: don't "
    "hold hundreds of thousands of federal workers hostage\" and \"So we told the president we needed the government "
    "open. He resisted.\""
)
EMERG_QUESTIONED = (
    "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam "
    "Schiff both yesterday questioned the President's power to do as he proposed."
)
EMERG_DURBIN = (
    "Durbin said \"I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when "
    "he ignores the law and ignores tradition and precedent and just goes forward without any concern\"."
)
STATES_FILED = (
    "On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of emergency United "
    "States President Donald Trump declared last Friday so he could fund a wall on the U.S.-Mexican border."
)
STATES_MOTION = (
    "The motion claims Trump's declaration is unconstitutional, and that the states filing suit have standing to do "
    "so because building the wall would divert funding away from programs that would otherwise be performed to the "
    "benefit of these states."
)
STATES_SEPARATION = (
    "Because only Congress may allocate funds in this way, reads the motion, the declaration of state of emergency "
    "violates the United States Constitution's separation of powers clause."
)
STATES_BECERRA = (
    "\"President Trump treats the rule of law with utter contempt,\" said California Attorney General Xavier Becerra."
)
STATES_KNOWS = (
    "\"He knows there is no border crisis, he knows his emergency declaration is unwarranted, and he admits that he "
    "will likely lose this case in court.\""
)
STATES_JOINED = (
    "Becerra is joined in this legal action by attorneys general from Maine, New York, New Jersey, Connecticut, "
    "Delaware, Maryland, Virginia, Michigan, Illinois, Minnesota, Colorado, New Mexico, Nevada, Oregon, and Hawaii."
)
STATES_DECLARED = (
    "On Friday, President Trump declared a state of emergency so he could begin the construction of additional wall "
    "along the U.S.-Mexican border, claiming this would stem illegal immigration."
)
STATES_TEXAS = (
    "On Friday, an environmental group and private property owners from the border state of Texas filed a motion "
    "claiming the state of emergency is unconstitutional and violated their property rights."
)
HK_OPENING = (
    "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and helmets gathered around Hong "
    "Kong's principal police complex, blocking the exits as they chanted slogans and threw eggs."
)
HK_BILL = (
    "This comes after weeks of protests against a proposed change to Hong Kong's extradition law that would allow the "
    "Chinese government to remove people who had been accused of crimes from Hong Kong to the mainland."
)
HK_DEMANDS = (
    "Protesters' demands include investigation of alleged police violence against protesters on June 12, the release "
    "and dropping of charges against protesters who were arrested, that the government cease referring to the "
    "protests as \"riots,\" and complete dismissal of the extradition bill."
)
HK_LAM = (
    "They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to "
    "resign from her position, but this has been dropped from the list of demands."
)
HOUSE_VOTED = (
    "The United States House of Representatives voted to hold two current Cabinet officers, Commerce Secretary Wilbur "
    "Ross and Attorney General William Barr, in contempt of Congress, citing their refusal to disclose to Congress "
    "documents related to President Donald Trump's attempt to add a citizenship question to the 2020 census."
)
HOUSE_REFUSED = "Barr and Ross, however, refused to hand over the documents."
HOUSE_ADMIN = (
    "For weeks, the Trump administration has been trying to add the question, \"Is this person a citizen of the "
    "United States?\", to the upcoming 2020 census, with the stated rationale of improving enforcement of the 1965 "
    "Voting Rights Act."
)
HOUSE_COURT = (
    "In late June, the United States Supreme Court ruled against its initial attempt, saying the justification "
    "presented for the question was \"contrived.\""
)
HOUSE_KUPEC = (
    "Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply criticized the House's "
    "decision, which Ross has referred to as \"gamesmanship\" and a \"stunt\"."
)

STATES_16 = ["California", "Maine", "New York", "New Jersey", "Connecticut", "Delaware", "Maryland", "Virginia",
             "Michigan", "Illinois", "Minnesota", "Colorado", "New Mexico", "Nevada", "Oregon", "Hawaii"]

GOLD = {
    # Americas (US): Trump threatens a national emergency over the border wall during the shutdown; the
    # Democratic leaders in Congress (the article calls them "the opposition") accuse him.
    "2019-01-07-president-trump-says-he-can-and-may-put-us-into-state-of-eme": [
        P("Donald Trump", "person", EMERG_OPENING,
          aliases=["Trump", "President Trump", "the president", "The President", "United States President Donald Trump"]),
        P("Congress", "government_body", EMERG_OPENING, EMERG_SHUTDOWN),
        # Schumer (Senate Minority Leader), Durbin (Minority Whip), Schiff and Pelosi are the congressional
        # opposition Trump says he would rather agree with; the article never says "Democrats".
        P("opposition", "other",
          "Trump also said that he would prefer to agree a solution with the opposition.",
          aliases=["the opposition"]),
        # "don't hold ... hostage" is a plea that says he is holding them hostage: an allegation.
        X("opposition", "Donald Trump", "hold hundreds of thousands of federal workers hostage",
          EMERG_SCHUMER, speaker="Chuck Schumer"),
        X("opposition", "Donald Trump", "he ignores the law and ignores tradition and precedent",
          EMERG_QUESTIONED, EMERG_DURBIN, speaker="Dick Durbin"),
        # Not items: Schiff's "a non-starter" judges a proposal; Pence's "crisis on our southern border" names no
        # one; Trump's "I never threaten anybody" is a denial; questioning the President's power is no allegation.
        # No alliance: Pence, Pelosi and Schumer each speak for their own side.
    ],
    # Americas (US): sixteen states sue over Trump's border-wall emergency; California's attorney general
    # accuses him; a Texas environmental group and landowners sued earlier.
    "2019-02-21-sixteen-states-sue-u-s-president-trump-to-stop-declaration-o": [
        # The suing coalition is one side; California, whose attorney general speaks, is named on its own.
        P("sixteen states", "government_body", STATES_FILED,
          aliases=["attorneys general from sixteen states", "the states filing suit", "these states"]),
        P("California", "government_body", STATES_BECERRA),
        P("Donald Trump", "person", STATES_FILED,
          aliases=["Trump", "President Trump", "the president", "United States President Donald Trump"]),
        P("environmental group and private property owners", "other", STATES_TEXAS,
          aliases=["an environmental group and private property owners from the border state of Texas"]),
        A(STATES_16, "political_support", STATES_BECERRA, STATES_JOINED),
        # The motion is the coalition's (sixteen US states, not sovereign states: one item for the joint
        # motion, not sixteen). "Unconstitutional" and the separation-of-powers breach are one allegation.
        X("sixteen states", "Donald Trump",
          "Trump's declaration is unconstitutional; violates the United States Constitution's separation of powers clause",
          STATES_FILED, STATES_MOTION, STATES_SEPARATION),
        X("California", "Donald Trump", "treats the rule of law with utter contempt",
          STATES_BECERRA, speaker="Xavier Becerra"),
        X("California", "Donald Trump",
          "He knows there is no border crisis, he knows his emergency declaration is unwarranted",
          STATES_BECERRA, STATES_KNOWS, speaker="Xavier Becerra"),
        X("environmental group and private property owners", "Donald Trump",
          "the state of emergency is unconstitutional and violated their property rights",
          STATES_DECLARED, STATES_TEXAS),
        # Not items: Trump "claiming this would stem illegal immigration" names no wrongdoer; Congress denying
        # funding and the "conflict between congressional leaders and the president" are background, so
        # Congress is not a party here.
    ],
    # Asia (Hong Kong / China): protesters besiege police headquarters over the extradition bill.
    "2019-06-23-hong-kong-protesters-surround-downtown-police-complex": [
        P("protesters", "other", HK_OPENING,
          aliases=["Hong Kong protesters", "Protesters", "Hong Kong student groups"]),
        # Police and the Chief Executive act for the Hong Kong government (README: not actors of their own).
        P("Hong Kong government", "government_body", HK_DEMANDS, HK_LAM,
          aliases=["the government", "Hong Kong Police", "police", "Hong Kong Chief Executive Carrie Lam",
                   "Carrie Lam"]),
        P("China", "state", HK_BILL, HK_LAM,
          aliases=["Chinese government", "mainland Chinese government", "mainland China", "the mainland"]),
        A(["China", "Hong Kong government"], "political_support", HK_LAM),
        X("protesters", "Hong Kong government", "alleged police violence against protesters on June 12",
          HK_DEMANDS),
        # Calling the protests "riots" is a label the government puts on the protesters (like "terrorist").
        X("Hong Kong government", "protesters", "referring to the protests as \"riots\"",
          HK_DEMANDS),
        # Not items: the BBC's "marred by allegations of torture, forced confessions and arbitrary detentions" is a
        # news organisation's own description with passive allegations; the unspecified "charges against
        # protesters who were arrested" state no allegation; the legal and religious groups' call to drop the
        # bill is a call, not an alliance; British rule over Hong Kong (until 1997) is a former tie.
    ],
    # Americas (US): the House holds Barr and Ross in contempt over the census citizenship question.
    "2019-07-20-us-house-of-representatives-holds-two-cabinet-officers-in-cr": [
        P("United States House of Representatives", "government_body", HOUSE_VOTED,
          aliases=["House", "the full House", "Congress", "House Oversight and Reform Committee",
                   "Oversight Committee"]),
        # Barr (Attorney General) and Ross (Commerce Secretary) act for the administration.
        P("Trump administration", "government_body", HOUSE_VOTED, HOUSE_ADMIN,
          aliases=["the administration", "Trump", "President Donald Trump", "Department of Justice",
                   "Trump administration's Department of Justice"]),
        X("United States House of Representatives", "Trump administration",
          "refusal to disclose to Congress documents related to President Donald Trump's attempt to add a citizenship question; contempt of Congress",
          HOUSE_VOTED, HOUSE_REFUSED),
        # The court is the judge, not a side (no party item), but its ruling makes the allegation.
        X("United States Supreme Court", "Trump administration",
          "the justification presented for the question was contrived",
          HOUSE_ADMIN, HOUSE_COURT),
        # "gamesmanship" and a "stunt" impute bad faith to the House (kept; borderline with a judgment of a decision).
        X("Trump administration", "United States House of Representatives", "gamesmanship; a stunt",
          HOUSE_KUPEC, speaker="Wilbur Ross"),
        # Not items: Kupec "sharply criticized the House's decision" states no allegation; Trump's executive
        # privilege claim is a claim, not an accusation; "disregarding the Supreme Court's ruling" is the
        # article's own statement; Eric Holder's 2012 contempt is a background precedent. No alliance.
    ],
}
