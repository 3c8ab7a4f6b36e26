from build_gold import A, M, P, X  # noqa: F401
"""Held-out test gold, annotator C: four 2020 Wikinews articles (vanatteveldt/wikinews, wikinews_2020.csv).

Written by reading each article under tests/gold/README.md, before any rule was scored on them.
The 2020 file holds very few conflict articles that the project does not already use; these four
were the closest fit left (see the annotator's report).
"""

QABOOS_DIED = "On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79."
QABOOS_COUP = "Qaboos's 1970 overthrew of his father was a bloodless British-backed coup."
DC_RALLY = (
    "Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in the US capital city of "
    "Washington, DC in support of US President Donald Trump to protest the results of the 2020 US Presidential "
    "Election, where former US Vice-President Joe Biden has been projected to have defeated the incumbent in both the "
    "popular vote and the electoral college."
)
DC_BOWSER = (
    "President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing her of "
    "\"not doing her job\"."
)
GSA_LETTER = (
    "On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to "
    "President-elect Joe Biden and his team, giving them permission to access what she described as post-election "
    "resources for a presidential transition process following the 2020 US Presidential Election on November 3, which "
    "multiple national news outlets have projected former US Vice President Joe Biden won against incumbent US "
    "President Donald Trump."
)
RALLY_GROUPS = (
    "Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent President "
    "Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally organized by Women for America "
    "First."
)
RALLY_FRAUD = (
    "Trump and his supporters claimed Joe Biden only won the elections due to voter fraud and sought to overturn the "
    "results."
)
RALLY_FLYNN = (
    "Flynn said there was a lack of transparency in the elections and urged the crowd to consider what the counters "
    "are hiding from them and why don't they let them look at the signatures and at the machines."
)

GOLD = {
    # Middle East: obituary of Oman's Sultan Qaboos; a British-backed coup in 1970; Oman as a mediator.
    "2020-01-12-sultan-qaboos-of-oman-dies": [
        # The 1970 coup is the only fight in the article: Qaboos (acting for no state yet) against the ruler.
        P("Qaboos bin Said", "person", QABOOS_DIED, QABOOS_COUP, aliases=["Qaboos", "Sultan Qaboos"]),
        P("Said bin Taimur", "person",
          "Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur.",
          aliases=["Sultan Said bin Taimur", "his father"]),
        A(["United Kingdom", "Qaboos bin Said"], "military_support", QABOOS_COUP),
        # The Sultan mediates for his state: Oman is the mediator (Iran nuclear deal, Middle Eastern disputes).
        M("Oman", QABOOS_DIED,
          "He was known for pursuing a neutral foreign policy and mediating in several Middle Eastern disputes as a "
          "\"friend to all and enemy to none\".",
          "Most notably, he helped negotiate the Iran nuclear deal that was signed in 2015."),
        # No accusation: the tributes (Zarif, Johnson) and the succession are not allegations; Iran is only the
        # subject of the deal Oman helped negotiate, not a side of any dispute the article describes.
    ],
    # North America: clashes at a pro-Trump rally in Washington; the president blames the mayor and the Democrats.
    "2020-11-17-violence-breaks-out-in-washington-dc-at-pro-trump-protest": [
        P("Trump supporters", "other", DC_RALLY, aliases=["The demonstrations"]),
        P("counter-protesters", "other",
          "The demonstrations were initially peaceful, but clashes with counter-protesters broke out by the evening "
          "hours."),
        # The mayor acts for the city: the city is the actor (README: the office, not the person).
        P("Washington, DC", "government_body", DC_BOWSER, aliases=["capital city", "the mayor's office"]),
        # Trump speaks here as a candidate contesting the election, not for the US against another state:
        # kept as a person (doubtful; "United States" would be the strict README reading).
        P("Donald Trump", "person", DC_RALLY, DC_BOWSER, aliases=["President Trump", "The president", "Trump"]),
        X("Donald Trump", "Washington, DC", "not doing her job", DC_BOWSER),
        X("Donald Trump", "Democratic Party", "violence and unrest in various US cities throughout 2020",
          DC_BOWSER,
          "The president has blamed Democratic leadership for violence and unrest in various US cities throughout 2020."),
        # "has claimed widespread voter fraud with mail-in ballots" names no one who committed it;
        # "A report alleged fireworks and flash bangs were used" names neither accuser nor accused;
        # the election officials' "no evidence" statement rejects a claim.
    ],
    # North America: the GSA opens the presidential transition; Republicans denounce the Trump team's fraud claims.
    "2020-11-26-us-federal-agency-announces-plans-to-begin-presidential-tran": [
        P("Donald Trump", "person", GSA_LETTER, aliases=["President Trump", "Trump", "The president", "the president"]),
        P("Joe Biden", "person", GSA_LETTER, aliases=["President-elect Joe Biden", "Biden"]),
        P("General Services Administration", "government_body", GSA_LETTER),
        # Christie acts for no state (a former governor); the legal team acts for Trump.
        X("Chris Christie", "Donald Trump", "claims as a \"national embarrassment\"",
          "Other Republicans have broken with Trump and have urged him to move forward with the presidential "
          "transition, such as former New Jersey governor Chris Christie, who denounced the Trump legal team's claims "
          "as a \"national embarrassment\"."),
        # Not items: Murphy's "never ... pressured" is a denial; the "violent threats" name no sender; the
        # president's "claims of widespread voter fraud" name no perpetrator; "come under scrutiny from both sides"
        # names no accuser; the Democrats' warning that "the delayed transition process could potentially be a
        # threat to national security" names nobody responsible for the delay; Schwarzman's and the 100 experts'
        # requests are calls.
    ],
    # North America: "Stop the Steal" rally; Trump and his supporters claim Biden won by voter fraud.
    "2020-12-15-conservative-groups-hold-rally-in-washington-d-c-claiming-u": [
        P("conservative groups", "other", RALLY_GROUPS, RALLY_FRAUD,
          aliases=["supporters", "his supporters", "Organizers of the rally"]),
        P("Women for America First", "other", RALLY_GROUPS),
        P("Donald Trump", "person", RALLY_GROUPS, RALLY_FRAUD, aliases=["President Donald Trump", "Trump"]),
        P("Joe Biden", "person", RALLY_FRAUD),
        A(["Donald Trump", "conservative groups"], "political_support", RALLY_FRAUD,
          "Trump tweeted he wasn't aware of the event but would go to see it anyway: \"Wow!  Thousands of people "
          "forming in Washington (D.C.) for Stop the Steal.  Didn't know about this, but I'll be seeing them! #MAGA\""),
        A(["Women for America First", "conservative groups"], "other", RALLY_GROUPS),
        # One claim made jointly by Trump and his supporters: one item per accuser.
        X("Donald Trump", "Joe Biden", "only won the elections due to voter fraud", RALLY_FRAUD),
        X("conservative groups", "Joe Biden",
          "only won the elections due to voter fraud; the 2020 U.S. presidential election was stolen",
          RALLY_GROUPS, RALLY_FRAUD),
        # Flynn (a former adviser, acting for no state) accuses the vote counters; doubtful whether "the counters"
        # is a named enough actor, kept because the allegation is explicit.
        X("Michael Flynn", "the counters", "what the counters are hiding from them; a lack of transparency in the elections",
          "Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over.",
          RALLY_FLYNN),
        # Not items: "fighting corruption and dishonesty" names no one; Lisa Parry's "it's fake" names no one;
        # the Supreme Court's rejection of the Texas lawsuit is a ruling, not an allegation; Flynn's pardon and
        # "Former Trump adviser" are former ties, not an alliance.
    ],
}
