"""Hand gold for part A of the test3 split (tests/corpus/test3/, index_a.json): four 2019 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before
any rule was scored on them and without running the tool; quotes are copied by hand and
build_gold.evidence refuses any that is not verbatim. The source range (the first half of
vanatteveldt/wikinews data/wikinews_2019.csv) holds few conflict articles not already in use,
so these are court and constitutional disputes: France, Thailand, the United States, Puerto Rico.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
PARIS_GUILTY = (
    "After a jury trial in Paris, two French police officers were found guilty on Thursday of raping a Canadian "
    "tourist in 2014."
)
PARIS_MET = (
    "Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, "
    "40 and 49, at an Irish pub."
)
PARIS_APPEAL = (
    "An initial attempt to prosecute Quirin and Redouane failed; the case was thrown out of court due to "
    "insufficient evidence, but an appeal by Spanton and prosecutors secured the opportunity to present the "
    "evidence to a jury."
)
PARIS_CCTV = (
    "CCTV captured their arrival at the building, entering at 0:40 after Spanton smoked a cigarette; she departed "
    "in tears, without her tights, and carrying her shoes at 2:00."
)
PARIS_TESTIFIED = (
    "In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified third officer."
)
PARIS_WHISKEY = (
    "She told the court she was forced to drink whiskey and perform oral sex on the men before being raped."
)
THAI_WITHDREW = (
    "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their "
    "candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn."
)
THAI_PALACE = (
    "Shortly after she formally filed for candidacy, the palace issued a statement to the effect the king considered "
    "it inappropriate for Thai royals to run for elected office."
)
THAI_ROYAL_STATEMENT = (
    "Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts "
    "with the country's traditions, customs, and culture, and therefore is considered extremely inappropriate."
)
THAI_MILITARY = (
    "The constitutionality of the Princess's candidacy had also been challenged by the opposing military political "
    "party."
)
DRAFT_RULED = (
    "On Friday, a federal judge in Texas ruled the United States federal government's practice of registering men "
    "but not women for the draft, or military conscription, is unconstitutional."
)
DRAFT_LAWSUIT = (
    "In response to a lawsuit by the men's rights group National Coalition for Men, U.S. District Judge Gray Miller "
    "ruled the male-only draft violated the Due Process Clause of the United States Constitution."
)
PR_RULING = (
    "On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit filed by the "
    "Puerto Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship."
)
PR_OPINION = (
    "The opinion of the Court, released on Wednesday, read in part, \"[I]t is concluded that the oath of office as "
    "governor of the Honorable Pedro R. Pierluisi Urrutia, secretary of state nominated during [an  Assembly] "
    "recess, is unconstitutional[...]"
)
PR_IMPROPERLY = (
    "In finding Pierluisi was improperly sworn in as governor, the Supreme Court also found unconstitutional a 2005 "
    "law permitting an appointee as secretary of state to succeed to the governorship without the constitutionally "
    "required consent of both legislative houses."
)
PR_FILED = (
    "Senate President Thomas Rivera Schatz filed the lawsuit against Pierliusi on behalf of the Senate late Sunday "
    "night."
)
PR_DALMAU = (
    "According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its planned hearing because "
    "Pierluisi did \"...not recongnize the authority of the Puerto Rico Senate to address the [matter].\""
)

GOLD = {
    # Europe: a Paris court convicts two police officers of raping a Canadian tourist.
    "2019-02-02-paris-court-jails-two-police-in-high-profile-rape-case": [
        P("Emily Spanton", "person", PARIS_MET,
          aliases=["Spanton", "Mme Spanton", "Canadian tourist", "the victim"]),
        P("Antoine Quirin", "person", PARIS_MET, aliases=["Quirin"]),
        P("Nicolas Redouane", "person", PARIS_MET, aliases=["Redouane"]),
        # The court convicts and sentences: the sanctioning side. The officers act for no state here:
        # France is no side (its prosecutors are folded into the court's conviction below).
        P("Paris court", "government_body", PARIS_GUILTY, PARIS_APPEAL, aliases=["the court", "jury"]),
        # Spanton's appeal together with the prosecutors is one procedural step, not a standing tie: no alliance.
        X("Paris court", "Antoine Quirin", "found guilty of raping a Canadian tourist",
          PARIS_GUILTY, PARIS_APPEAL),
        X("Paris court", "Nicolas Redouane", "found guilty of raping a Canadian tourist",
          PARIS_GUILTY, PARIS_APPEAL),
        X("Emily Spanton", "Antoine Quirin",
          "she was gang raped; forced to drink whiskey and perform oral sex on the men before being raped",
          PARIS_CCTV, PARIS_TESTIFIED, PARIS_WHISKEY),
        X("Emily Spanton", "Nicolas Redouane",
          "she was gang raped; forced to drink whiskey and perform oral sex on the men before being raped",
          PARIS_CCTV, PARIS_TESTIFIED, PARIS_WHISKEY),
        # Not items: the defendants' claims (theft not rape, consensual sex) are denials; "She was portrayed as
        # a liar" names no accuser; the internal investigator's "Basic investigations weren't done" names no
        # accused; the deleted photographs are the article's own report.
    ],
    # Asia: the king's rebuke and a constitutional challenge end a princess's candidacy for prime minister.
    "2019-02-11-thai-political-party-withdraws-nomination-of-princess-for-pr": [
        P("Thai Raksa Chart Party", "other", THAI_WITHDREW,
          aliases=["Thai Raksa Chart party", "the party"]),
        P("Princess Ubolratana Mahidol", "person", THAI_WITHDREW,
          aliases=["Princess Ubolratana", "the princess", "Princess"]),
        # The king acts through the palace, not through the (military-installed) government: kept as his own
        # actor, kind person for want of a better kind (doubt: could be read as Thailand, the head of state).
        P("King Maha Vajiralongkorn", "person", THAI_WITHDREW, THAI_PALACE,
          aliases=["the king", "the palace", "Maha Vajiralongkorn"]),
        P("military political party", "other", THAI_MILITARY,
          aliases=["opposing military political party"]),
        A(["Thai Raksa Chart Party", "Shinawatra family"], "political_support",
          "The Thai Raksa Chart party was founded by supporters of the Shinawatra family."),
        # The party's nomination of the princess was withdrawn ("withdrew from using"): a former tie, no alliance.
        # Prayuth Chan-o-cha (the incumbent the party would run against) and the election commission are background.
        # "Thai law forbids ... using the monarchy for a political campaign" has no accuser: not an item.
        X("King Maha Vajiralongkorn", "Princess Ubolratana Mahidol",
          "inappropriate for Thai royals to run for elected office; an act that conflicts with the country's "
          "traditions, customs, and culture, extremely inappropriate",
          THAI_WITHDREW, THAI_PALACE, THAI_ROYAL_STATEMENT),
        X("military political party", "Princess Ubolratana Mahidol",
          "challenged the constitutionality of the Princess's candidacy",
          THAI_MILITARY),
    ],
    # Americas: a men's rights group sues and a federal judge finds the male-only draft unconstitutional.
    "2019-02-25-texas-federal-judge-says-drafting-only-men-violates-united-s": [
        P("United States", "state", DRAFT_RULED,
          aliases=["United States federal government", "the government", "U.S."]),
        P("National Coalition for Men", "other", DRAFT_LAWSUIT),
        # The court is a side of its own (name as the article gives it), not the United States executive.
        P("Gray Miller", "government_body", DRAFT_LAWSUIT, DRAFT_RULED,
          aliases=["U.S. District Judge Gray Miller", "Judge Miller", "federal judge in Texas", "the judge"]),
        X("National Coalition for Men", "United States", "lawsuit against the male-only draft",
          DRAFT_LAWSUIT, DRAFT_RULED),
        X("Gray Miller", "United States",
          "registering men but not women for the draft is unconstitutional; the male-only draft violated the Due "
          "Process Clause",
          DRAFT_RULED, DRAFT_LAWSUIT),
        # "historical restrictions ... may have justified past discrimination" is part of the same ruling.
        # The government asking the judge to delay his ruling is no allegation.
    ],
    # Americas: the Puerto Rico Senate sues the sworn-in governor; the Supreme Court removes him.
    "2019-08-08-puerto-rico-supreme-court-removes-governor-pierluisi-wanda-v": [
        P("Puerto Rico Senate", "government_body", PR_RULING, PR_FILED, aliases=["the Senate", "Senate"]),
        # Pierluisi's own claim to the office is what is disputed: kept as a person, not as the executive.
        P("Pedro Pierluisi", "person", PR_RULING,
          aliases=["Pierluisi", "Pedro R. Pierluisi Urrutia", "Pierluisi Urrutia", "Pierliusi"]),
        P("Supreme Court of Puerto Rico", "government_body", PR_RULING,
          aliases=["the Supreme Court", "the Court", "Supreme Court"]),
        A(["House of Representatives", "Pedro Pierluisi"], "political_support",
          "While the House of Representatives confirmed Pierluisi's nomination on Friday, the Senate did not."),
        A(["Ricardo Rosselló", "Pedro Pierluisi"], "political_support",
          "Before resigning, Rosselló appointed Pierluisi as secretary of state, the position which becomes the "
          "successor to the governorship following vacancy."),
        # Wanda Vázquez succeeds to the office but takes no side in the suit: not a party.
        # Shared New Progressive Party membership spans both sides: no alliance.
        X("Puerto Rico Senate", "Pedro Pierluisi", "lawsuit over his claim to the governorship",
          PR_RULING, PR_FILED, speaker="Thomas Rivera Schatz"),
        X("Supreme Court of Puerto Rico", "Pedro Pierluisi",
          "the oath of office as governor is unconstitutional; improperly sworn in as governor",
          PR_OPINION, PR_IMPROPERLY),
        X("Puerto Rico Senate", "Pedro Pierluisi", "did not recognize the authority of the Puerto Rico Senate",
          PR_DALMAU, speaker="Juan Dalmau"),
        # The court also struck down a 2005 law: no accused named (not an item). Pierluisi's "the Senate had no
        # say in his confirmation" disputes the Senate's role, alleging no wrongdoing: not an item.
    ],
}
