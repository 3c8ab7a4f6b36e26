"""Annotator 4: hand gold for six articles (inter-annotator agreement study)."""
from build_gold import A, M, P, X

# ---------------------------------------------------------------------------
# 2019-02-21 Sixteen states sue Trump over the emergency declaration
# ---------------------------------------------------------------------------
S1_FIRST = ("On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of emergency "
            "United States President Donald Trump declared last Friday so he could fund a wall on the U.S.-Mexican border.")
S1_MOTION = ("The motion claims Trump's declaration is unconstitutional, and that the states filing suit have standing to do "
             "so because building the wall would divert funding away from programs that would otherwise be performed to "
             "the benefit of these states.")
S1_SEP = ("Because only Congress may allocate funds in this way, reads the motion, the declaration of state of emergency "
          "violates the United States Constitution's separation of powers clause.")
S1_BECERRA = '"President Trump treats the rule of law with utter contempt," said California Attorney General Xavier Becerra.'
S1_KNOWS = ('"He knows there is no border crisis, he knows his emergency declaration is unwarranted, and he admits that '
            'he will likely lose this case in court."')
S1_JOINED = ("Becerra is joined in this legal action by attorneys general from Maine, New York, New Jersey, Connecticut, "
             "Delaware, Maryland, Virginia, Michigan, Illinois, Minnesota, Colorado, New Mexico, Nevada, Oregon, and Hawaii.")
S1_CONGRESS = ("Congress has repeatedly denied funding for such a wall, and the conflict between congressional leaders and "
               "the president caused a delay in budgetary decisions that led to a government shutdown lasting several "
               "weeks this past December and January.")
S1_DECLARED = ("On Friday, President Trump declared a state of emergency so he could begin the construction of additional "
               "wall along the U.S.-Mexican border, claiming this would stem illegal immigration.")
S1_TEXAS = ("On Friday, an environmental group and private property owners from the border state of Texas filed a motion "
            "claiming the state of emergency is unconstitutional and violated their property rights.")

SIXTEEN = ["California", "Maine", "New York", "New Jersey", "Connecticut", "Delaware", "Maryland", "Virginia",
           "Michigan", "Illinois", "Minnesota", "Colorado", "New Mexico", "Nevada", "Oregon", "Hawaii"]

_s1 = [
    # Domestic dispute: Trump taken as a person actor (the accusations target him and his declaration),
    # not "United States" -- doubt: a strict reading of "a state, not the person speaking for it" would give United States.
    P("Donald Trump", "person", S1_FIRST, aliases=["Trump", "President Trump", "the president"]),
    # US states: kind "state" since the article calls them states (doubt: could be government_body).
    P("California", "state", S1_BECERRA, S1_JOINED),
]
_s1 += [P(s, "state", S1_JOINED) for s in SIXTEEN[1:]]
_s1 += [
    # doubt: Congress is in the background wall-funding conflict with the president, not a litigant.
    P("Congress", "government_body", S1_CONGRESS, aliases=["congressional leaders"]),
    # doubt: the second, separate lawsuit; unnamed plaintiffs kept by the names the article gives them.
    P("environmental group", "other", S1_TEXAS),
    P("private property owners", "other", S1_TEXAS, aliases=["private property owners from the border state of Texas"]),
    # the combined lawsuit of the sixteen states: a bloc acting together (kind doubt: other vs political_support)
    A(SIXTEEN, "other", S1_JOINED, S1_BECERRA),
    A(["environmental group", "private property owners"], "other", S1_TEXAS),
    # California's own accusations, voiced by its attorney general
    X("California", "Donald Trump", "treats the rule of law with utter contempt", S1_BECERRA, speaker="Xavier Becerra"),
    # doubt: "no border crisis" and "declaration is unwarranted" taken as one allegation
    X("California", "Donald Trump", "knows there is no border crisis, he knows his emergency declaration is unwarranted",
      S1_KNOWS, S1_BECERRA, speaker="Xavier Becerra"),
]
# the joint motion: one accusation per state (unconstitutional = violates the separation of powers clause, same allegation)
for s in SIXTEEN:
    extra = (S1_BECERRA,) if s == "California" else ()
    _s1.append(X(s, "Donald Trump",
                 "Trump's declaration is unconstitutional; the declaration of state of emergency violates the United "
                 "States Constitution's separation of powers clause",
                 S1_MOTION, S1_SEP, S1_JOINED, *extra, speaker=None))
# the Texas motion: two allegations, two accusers
for acc in ["environmental group", "private property owners"]:
    _s1.append(X(acc, "Donald Trump", "the state of emergency is unconstitutional", S1_TEXAS, S1_DECLARED, speaker=None))
    _s1.append(X(acc, "Donald Trump", "violated their property rights", S1_TEXAS, S1_DECLARED, speaker=None))

# ---------------------------------------------------------------------------
# 2019-08-08 Puerto Rico Supreme Court removes Governor Pierluisi
# ---------------------------------------------------------------------------
S2_FIRST = ("On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit filed by the "
            "Puerto Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship.")
S2_RIVERA = ("Senate President Thomas Rivera Schatz filed the lawsuit against Pierliusi on behalf of the Senate late "
             "Sunday night.")
S2_DALMAU = ('According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its planned hearing because '
             'Pierluisi did "...not recongnize the authority of the Puerto Rico Senate to address the [matter]."')
S2_HOUSE = "While the House of Representatives confirmed Pierluisi's nomination on Friday, the Senate did not."

_s2 = [
    # The Supreme Court is the arbiter, not a side; its ruling is not taken as an accusation (doubt).
    P("Puerto Rico Senate", "government_body", S2_FIRST, S2_RIVERA, aliases=["the Senate", "Senate"]),
    P("Pedro Pierluisi", "person", S2_FIRST,
      aliases=["Pierluisi", "Pedro R. Pierluisi Urrutia", "Pierluisi Urrutia", "Pierliusi"]),
    # doubt: confirming the nomination read as declared political support; House not taken as a party itself
    A(["House of Representatives", "Pedro Pierluisi"], "political_support", S2_HOUSE),
    X("Puerto Rico Senate", "Pedro Pierluisi", "lawsuit against Pedro Pierluisi over his claim to the governorship",
      S2_FIRST, S2_RIVERA, speaker="Thomas Rivera Schatz"),
    # doubt: the Senate's stated reason, from Dalmau's memo, read as a charge against Pierluisi
    X("Puerto Rico Senate", "Pedro Pierluisi", "not recongnize the authority of the Puerto Rico Senate to address the [matter]",
      S2_DALMAU, speaker="Juan Dalmau"),
]

# ---------------------------------------------------------------------------
# 2019-09-25 Pelosi announces Trump impeachment investigation
# ---------------------------------------------------------------------------
S3_FIRST = ("Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be "
            "launching an impeachment inquiry into the conduct of United States President Donald Trump.")
S3_BREACH = 'Pelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC.'
S3_WITCH = ('Trump, responding to Pelosi\'s announcement via Twitter, attacked the impeachment investigation as '
            '"Witch Hunt garbage."')

_s3 = [
    # Pelosi acts for the House as its Speaker -> House is the party, Pelosi the speaker.
    P("House of Representatives", "government_body", S3_FIRST, aliases=["the House", "House"]),
    P("Donald Trump", "person", S3_FIRST, aliases=["Trump"]),
    X("House of Representatives", "Donald Trump", "breach of his Constitutional responsibilities",
      S3_BREACH, S3_FIRST, speaker="Nancy Pelosi"),
    X("Donald Trump", "House of Representatives", "Witch Hunt garbage", S3_WITCH, S3_FIRST, speaker=None),
    # Not annotated: the New York Times report that Trump "might have encouraged" Zelensky (a news outlet's own report);
    # the Collins/Nadler disagreement on procedure (no allegation of wrongdoing).
]

# ---------------------------------------------------------------------------
# 2019-11-01 House formalizes rules for Trump impeachment proceedings
# ---------------------------------------------------------------------------
S4_FIRST = ("Yesterday, the United States House of Representatives passed a resolution to establish procedural rules for "
            "the next, public phase of the ongoing impeachment investigation into President Donald Trump.")
S4_LINES = ("The resolution passed primarily along party lines, with 231 Democrats supporting the resolution, and 194 "
            "Republicans opposing it; two Democrats opposed, and one independent supported.")
S4_ATTACK = ('Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the '
             'investigation into Trump "Soviet-style" and Ross Spano of Florida calling the process "a blatant and '
             'obvious coup to unseat a sitting president of the United States".')
S4_TRUMP = ('Trump repeatedly called the Democrats\' investigation a "witch hunt", and on Twitter referred to the vote as '
            '"The Impeachment Hoax".')

_s4 = [
    P("House of Representatives", "government_body", S4_FIRST, aliases=["the House", "House"]),
    P("Donald Trump", "person", S4_FIRST, aliases=["Trump", "President Trump", "President Donald Trump"]),
    P("Democratic Party", "other", S4_LINES, S4_TRUMP, aliases=["Democrats", "Democratic"]),
    P("Republican Party", "other", S4_LINES, S4_ATTACK, aliases=["Republicans", "Republican", "Republican Representatives"]),
    # doubt: attacking the inquiry into Trump read as declared political support for him
    A(["Republican Party", "Donald Trump"], "political_support", S4_ATTACK),
    # doubt on the accused: the inquiry is the House's, but the article calls it "the Democrats' investigation"
    X("Republican Party", "Democratic Party", "calling the investigation into Trump \"Soviet-style\"",
      S4_ATTACK, S4_LINES, speaker="Steve Scalise"),
    X("Republican Party", "Democratic Party", "a blatant and obvious coup to unseat a sitting president of the United States",
      S4_ATTACK, S4_LINES, speaker="Ross Spano"),
    # "witch hunt" and "Impeachment Hoax" taken as one allegation (delegitimising the same investigation)
    X("Donald Trump", "Democratic Party", "witch hunt; The Impeachment Hoax", S4_TRUMP, speaker=None),
]

# ---------------------------------------------------------------------------
# 2020-10-12 Second Biden-Trump debate cancelled
# ---------------------------------------------------------------------------
S5_FIRST = ("The United States Commission on Presidential Debates announced on Friday the second presidential debate "
            "between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, "
            "has been cancelled, citing COVID-19 safety concerns.")
S5_CPD = ('In an official statement, the commission said, "On October 8, CPD announced that for the health and safety of '
          'all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually '
          '[...] Subsequently, the campaigns of the two candidates who qualified for participation in the debate made a '
          'series of statements concerning their respective positions regarding their willingness to participate in a '
          'virtual debate on October 15, and each now has announced alternate plans for that date.')
S5_CRIT = ('The Biden campaign criticized Trump\'s refusal to debate virtually, accusing the president of "not want[ing] '
           'to face questions from the voters about his failures on COVID and the economy."')

_s5 = [
    # doubt: the commission as a side (its virtual-debate decision is what Trump refused); kind other (not international)
    P("Commission on Presidential Debates", "other", S5_FIRST, S5_CPD, aliases=["CPD", "the commission", "commission"]),
    P("Donald Trump", "person", S5_FIRST, aliases=["Trump", "President Trump", "the president"]),
    P("Joe Biden", "person", S5_FIRST, aliases=["Biden", "Biden campaign"]),
    X("Joe Biden", "Donald Trump",
      "not want[ing] to face questions from the voters about his failures on COVID and the economy",
      S5_CRIT, speaker="Biden campaign"),
    # Not annotated: Trump calling the virtual debate a "waste of time" (a judgment of a decision).
]

# ---------------------------------------------------------------------------
# 2020-12-21 Slovak PM Igor Matovic tests positive
# ---------------------------------------------------------------------------
S6_FIRST = ("Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday announcing he had "
            "tested positive for COVID-19, and intended to isolate for ten days.")
S6_IDIOT = ("After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure sufficient "
            "numbers of rapid testing kits, the Prime Minister apologised to the people of his country for \"having an "
            "idiot as economy minister.\"")

_s6 = [
    # doubt: no real dispute in the article; the only one is the PM insulting his own minister (intra-government,
    # so both taken as persons, not Slovakia).
    P("Igor Matovič", "person", S6_FIRST, S6_IDIOT, aliases=["Matovič", "the Prime Minister"]),
    P("Richard Sulík", "person", S6_IDIOT, aliases=["Sulík"]),
    X("Igor Matovič", "Richard Sulík", "having an idiot as economy minister", S6_IDIOT, S6_FIRST, speaker=None),
]

GOLD = {
    "2019-02-21-sixteen-states-sue-u-s-president-trump-to-stop-declaration-o": _s1,
    "2019-08-08-puerto-rico-supreme-court-removes-governor-pierluisi-wanda-v": _s2,
    "2019-09-25-us-speaker-pelosi-announces-trump-impeachment-investigation": _s3,
    "2019-11-01-u-s-house-formalizes-rules-for-trump-impeachment-proceedings": _s4,
    "2020-10-12-second-us-biden-trump-debate-cancelled-amid-safety-controver": _s5,
    "2020-12-21-prime-minister-of-slovakia-igor-matovi-tests-positive-for-co": _s6,
}
