from build_gold import A, M, P, X  # noqa: F401

# Hand gold for held-out test articles, annotator B (wikinews_2019.csv offsets 224000 to the end).
#
# Written by reading each article under tests/gold/README.md, before any rule was scored on them and
# without running the tool. Quotes are copied from the article files by hand.
#
# Note on the source range: from offset 224000 on (mid-August to December 2019) the CSV holds no
# armed-conflict, ceasefire or sanctions article that is not already in the project (the Saudi oil
# attack, Rouhani, the Syria withdrawal, the Kurdish deal, the Iraqi air base strike, Hamza bin Laden,
# Khashoggi, the UK diplomat's wife, Wiranto, Cuba flights, the Ukraine envoy are all taken), and no
# article with a mediator. The four kept are the political disputes with the most accusations; none
# has a mediator, so no M item appears below.

# --- shared quotes ------------------------------------------------------------------------
QUEEN_REQUEST = (
    "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of Prime "
    "Minister Boris Johnson to suspend Parliament for parts of September and October."
)
QUEEN_CORBYN = "Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\"."
QUEEN_BERCOW = (
    "House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an unusual move by a "
    "Speaker — \"However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now "
    "would be to stop [Parliament] debating Brexit and performing its duty in shaping a course for the country.\""
)
QUEEN_JOHNSON_TWEET = (
    "Prime Minister Johnson told the public via Twitter, \"Jeremy Corbyn wants to cancel the referendum and argue "
    "about Brexit for years [...] I am committed to leading our country forward and getting Britain out of the EU "
    "by October 31st.\""
)
QUEEN_COOPER = (
    "Member of Parliament (MP) Yvette Cooper of the Labour Party added, \"Boris Johnson is trying to use the Queen "
    "to concentrate power in his own hands — this is a deeply dangerous and irresponsible way to govern.\""
)

SC_RULING = (
    "Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a ruling on the prorogation — a "
    "procedural suspension — of the Parliament of the United Kingdom until October 14."
)
SC_FOUND = "The court found that it could rule on the prorogation, and found the prorogation to be unlawful."
SC_SUMMARY = (
    "The summary of the decision read in part: \"This Court has already concluded that the Prime Minister's advice "
    "to Her Majesty was unlawful, void and of no effect."
)
SC_JOHNSON = (
    "Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current prime minister, on "
    "September 10."
)
SC_SESSION = "Following that reasoning, the Court of Session in Scotland ruled on September 11 the prorogation was unlawful."
SC_APPEAL = "The Supreme Court ruled on the appeal of that decision by Johnson's government."
SC_MAJOR = (
    "Former prime minister John Major has accused Johnson of misleading the Queen, and argued that the true intent "
    "of seeking prorogation was to shut down debate in parliament, as the Court of Session found."
)
SC_GOVT = (
    "The government's counter-argument was that prorogation is a political tool given by the legislature to the "
    "executive branch."
)

HK_LAM = "Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech."
HK_PRODEM = (
    "Lawmakers from the pro-democracy camp shouted at Lam and projected slogans onto the walls of the council "
    "chambers."
)
HK_IP = (
    "Regina Ip from the pro-Beijing camp said in a press conference: \"The behavior of my colleagues in disrupting "
    "the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of "
    "the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy "
    "address\"."
)
HK_CHAN = (
    "Legislator Tanya Chan spoke to the press after the speech: \"I really urge [Lam], if she can’t govern Hong "
    "Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong "
    "Kong, to please step down."
)
HK_CHAN_SUFFER = "Please, please Carrie Lam, please don’t let us suffer anymore."

US_RESOLUTION = (
    "Yesterday, the United States House of Representatives passed a resolution to establish procedural rules for "
    "the next, public phase of the ongoing impeachment investigation into President Donald Trump."
)
US_LINES = (
    "The resolution passed primarily along party lines, with 231 Democrats supporting the resolution, and 194 "
    "Republicans opposing it; two Democrats opposed, and one independent supported."
)
US_ATTACK = (
    "Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the "
    "investigation into Trump \"Soviet-style\" and Ross Spano of Florida calling the process \"a blatant and obvious "
    "coup to unseat a sitting president of the United States\"."
)
US_TRUMP = (
    "Trump repeatedly called the Democrats' investigation a \"witch hunt\", and on Twitter referred to the vote as "
    "\"The Impeachment Hoax\"."
)

GOLD = {
    # Europe: the prime minister has Parliament suspended ahead of the Brexit deadline; the opposition and the
    # Speaker say it is meant to stop Parliament; Johnson accuses Corbyn in turn.
    "2019-08-29-queen-elizabeth-agrees-to-suspend-uk-parliament-ahead-of-bre": [
        # Johnson acts as prime minister (README: the state, not its minister).
        P("United Kingdom", "state", QUEEN_REQUEST, aliases=["UK", "Britain", "British"]),
        P("Labour Party", "other", QUEEN_CORBYN),
        P("Parliament", "government_body", QUEEN_REQUEST,
          aliases=["British parliament", "House of Commons"]),
        # The Queen only complies with the request: not a side. The EU is background: not a party.
        X("Labour Party", "United Kingdom", "smash and grab on our democracy",
          QUEEN_CORBYN, QUEEN_REQUEST, speaker="Jeremy Corbyn"),
        X("Parliament", "United Kingdom",
          "the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit",
          QUEEN_BERCOW, QUEEN_REQUEST, speaker="John Bercow"),
        X("Labour Party", "United Kingdom", "trying to use the Queen to concentrate power in his own hands",
          QUEEN_COOPER, QUEEN_REQUEST, speaker="Yvette Cooper"),
        X("United Kingdom", "Labour Party", "Jeremy Corbyn wants to cancel the referendum and argue about Brexit for years",
          QUEEN_JOHNSON_TWEET, QUEEN_CORBYN, speaker="Boris Johnson"),
        # "Critics from across Britain's political spectrum have claimed this is a move by Johnson to foil
        # opposition" and "According to Johnson's critics, this is a ploy": no named accuser, not items.
        # Hammond's "It would be a constitutional outrage if Parliament were prevented ..." is conditional and
        # names no one: not an item.
    ],
    # Europe: the UK Supreme Court rules the prorogation unlawful, as the Court of Session did; John Major
    # accused Johnson of misleading the Queen.
    "2019-09-24-uk-supreme-court-rules-prorogation-of-parliament-unlawful": [
        P("United Kingdom", "state", SC_APPEAL, SC_GOVT,
          aliases=["Johnson's government", "the government", "Britain"]),
        P("John Major", "person", SC_MAJOR, aliases=["Major"]),
        # The two sides of the case are the government and the claimants (Major is the one named); the
        # courts judge the case and are accusers here, not sides. Parliament is only acted upon.
        X("Supreme Court of the United Kingdom", "United Kingdom",
          "the Prime Minister's advice to Her Majesty was unlawful, void and of no effect; found the prorogation to be unlawful",
          SC_RULING, SC_FOUND, SC_SUMMARY, SC_JOHNSON),
        X("Court of Session", "United Kingdom", "the prorogation was unlawful",
          SC_SESSION, SC_APPEAL),
        X("John Major", "United Kingdom", "misleading the Queen", SC_MAJOR, SC_JOHNSON),
        X("John Major", "United Kingdom",
          "the true intent of seeking prorogation was to shut down debate in parliament",
          SC_MAJOR, SC_JOHNSON),
        # "He is widely suspected of asking for prorogation to prevent legislative interference": passive, no
        # accuser. The High Court's "not justiciable" finding accuses no one. The government's counter-argument
        # is a rebuttal, not an accusation.
    ],
    # Asia: Carrie Lam's policy speech is disrupted by pro-democracy legislators; a pro-Beijing legislator
    # calls the disruption anti-democratic; legislator Tanya Chan tells Lam to step down.
    "2019-10-16-hong-kong-s-carrie-lam-delivers-speech-on-video-after-protes": [
        P("Hong Kong government", "government_body", HK_LAM,
          aliases=["the government", "chief executive", "Chief Executive of Hong Kong"]),
        P("pro-democracy camp", "other", HK_PRODEM,
          aliases=["protesting legislators", "Lawmakers from the pro-democracy camp"]),
        P("pro-Beijing camp", "other", HK_IP),
        A(["pro-Beijing camp", "China"], "political_support", HK_IP),
        # "my colleagues in disrupting the delivery of the policy address" are the pro-democracy lawmakers
        # who shouted at Lam.
        X("pro-Beijing camp", "pro-democracy camp",
          "disrupting the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of the chief executive",
          HK_IP, HK_PRODEM, speaker="Regina Ip"),
        # The article never says which camp Tanya Chan belongs to, so she is her own accuser. Her words are
        # a call to step down, but they carry an allegation against Lam (cannot govern, makes people suffer).
        X("Tanya Chan", "Hong Kong government",
          "can’t govern Hong Kong, no ability or even capability of administrating Hong Kong; don’t let us suffer anymore",
          HK_CHAN, HK_CHAN_SUFFER, HK_LAM),
        # Lam's "any acts that advocate Hong Kong's independence ... will not be tolerated" and "ongoing
        # violence ... stop attacking each other" name no accused: not items. Council President Andrew Leung
        # adjourning the session is chairing a sitting, not mediation.
    ],
    # Americas: the House sets rules for the impeachment inquiry into Trump; Republicans and Trump attack it.
    "2019-11-01-u-s-house-formalizes-rules-for-trump-impeachment-proceedings": [
        P("United States House of Representatives", "government_body", US_RESOLUTION,
          aliases=["House of Representatives", "the House", "House"]),
        P("Democratic Party", "other", US_LINES, aliases=["Democrats", "Democratic"]),
        P("Republican Party", "other", US_LINES,
          aliases=["Republicans", "Republican Representatives", "Republican"]),
        # The inquiry targets Trump himself, and his attacks defend himself against the House, not the
        # state against another: he is kept as a person here.
        P("Donald Trump", "person", US_RESOLUTION, aliases=["Trump", "President Trump", "President Donald Trump"]),
        A(["Republican Party", "Donald Trump"], "political_support", US_ATTACK, US_LINES),
        X("Republican Party", "Democratic Party", "Soviet-style", US_ATTACK, US_LINES, speaker="Steve Scalise"),
        X("Republican Party", "Democratic Party", "a blatant and obvious coup to unseat a sitting president of the United States",
          US_ATTACK, US_LINES, speaker="Ross Spano"),
        # "witch hunt" (the investigation) and "The Impeachment Hoax" (the vote): the same allegation twice.
        X("Donald Trump", "Democratic Party", "witch hunt; The Impeachment Hoax", US_TRUMP),
        # McConnell committing to a Senate trial is no allegation.
    ],
}
