"""Annotator 1: hand gold for six articles (inter-annotator agreement study).

General reading used for these domestic / legal articles (the guidelines are written for
inter-state conflicts):
- In a domestic dispute between branches of one state (President vs Congress, Prime
  Minister vs Parliament) the state is not a side against itself, so the office-holders
  and bodies are the actors (person / government_body), not "United States" / "United
  Kingdom".  Where the defendant is the government as a whole (the draft lawsuit) the
  state is the party.
- Individual legislators with no group named by the article are persons (like the
  guidelines' "Lindsey Graham"); a party leader or an MP introduced "of the Labour Party"
  speaks for that party (accuser = party, speaker = person).
- Courts that decide a case are adjudicators: neither a side nor a mediator; their
  rulings are not accusations.
"""
from build_gold import A, M, P, X

# ---------------------------------------------------------------- Trump / emergency
T_ID = "2019-01-07-president-trump-says-he-can-and-may-put-us-into-state-of-eme"
T1 = ("United States President Donald Trump said on Friday he can and may declare a national state of "
      "emergency, which he said would allow him to act without approval from Congress and allocate funding "
      "for the construction of a wall along the country's border with Mexico.")
T2 = ("The US government is currently partially shut down because the president and Congress could not "
      "agree on a national budget.")
T3 = ("The Senate Minority Leader, Chuck Schumer, said on Friday \"We made a plea to the president once again: "
      "don't hold hundreds of thousands of federal workers hostage\"")
T4 = ("Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative "
      "Adam Schiff both yesterday questioned the President's power to do as he proposed.")
T5 = ("Durbin said \"I can just tell you, I don't know what he's basing this on, but he's faced so many "
      "lawsuits when he ignores the law and ignores tradition and precedent and just goes forward without "
      "any concern\".")

# ---------------------------------------------------------------- male-only draft
S_ID = "2019-02-25-texas-federal-judge-says-drafting-only-men-violates-united-s"
S1 = ("On Friday, a federal judge in Texas ruled the United States federal government's practice of "
      "registering men but not women for the draft, or military conscription, is unconstitutional.")
S2 = ("In response to a lawsuit by the men's rights group National Coalition for Men, U.S. District Judge "
      "Gray Miller ruled the male-only draft violated the Due Process Clause of the United States Constitution.")

# ---------------------------------------------------------------- prorogation
B_ID = "2019-08-29-queen-elizabeth-agrees-to-suspend-uk-parliament-ahead-of-bre"
B1 = ("Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of "
      "Prime Minister Boris Johnson to suspend Parliament for parts of September and October.")
B2 = ("Critics from across Britain's political spectrum have claimed this is a move by Johnson to foil "
      "opposition to his plans for a no-deal Brexit by October 31.")
B3 = "Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\"."
B4 = ("House of Commons Speaker John Bercow commented on the matter \u2014 which the BBC noted as an unusual "
      "move by a Speaker \u2014 \"However it is dressed up, it is blindingly obvious that the purpose of "
      "[suspending Parliament] now would be to stop [Parliament] debating Brexit and performing its duty in "
      "shaping a course for the country.\"")
B5 = ("Prime Minister Johnson told the public via Twitter, \"Jeremy Corbyn wants to cancel the referendum and "
      "argue about Brexit for years [...] I am committed to leading our country forward and getting Britain "
      "out of the EU by October 31st.\"")
B6 = ("Member of Parliament (MP) Yvette Cooper of the Labour Party added, \"Boris Johnson is trying to use the "
      "Queen to concentrate power in his own hands \u2014 this is a deeply dangerous and irresponsible way to "
      "govern.\"")

# ---------------------------------------------------------------- ECJ / Facebook
F_ID = "2019-10-06-european-court-of-justice-says-facebook-must-remove-illegal"
F1 = ("On Thursday, the European Court of Justice (ECJ) \u2014 the supreme court on matters of European Union "
      "(EU) law \u2014 ruled in regard to the case \"Eva Glawischnig-Piesczek vs. Facebook Ireland Limited\".")
F2 = ("The Luxembourg-based court issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a "
      "politician in Austria, allowing an Austrian court to require social media site Facebook to remove a "
      "post from its site made by a user in Ireland.")
F3 = ("In 2016, a Facebook user registered from Ireland shared publicly a news article from the Austrian news "
      "site oe24.at along with some comments of their own.")
F4 = ("The post, which was about Eva Glawischnig-Piesczek, the then chair and spokesperson for The Greens, "
      "could potentially be seen by anyone with access to Facebook.")
F5 = "The comments called her political party facsist and termed her a \"corrupt oaf\" and a \"lousy traitor\"."
F6 = "Glawischnig-Piesczek sued in Austria for defamation and won."

# ---------------------------------------------------------------- Sultan Qaboos
O_ID = "2020-01-12-sultan-qaboos-of-oman-dies"
O1 = "On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79."
O2 = ("He was known for pursuing a neutral foreign policy and mediating in several Middle Eastern disputes as "
      "a \"friend to all and enemy to none\".")
O3 = "Most notably, he helped negotiate the Iran nuclear deal that was signed in 2015."

# ---------------------------------------------------------------- Washington DC protest
D_ID = "2020-11-17-violence-breaks-out-in-washington-dc-at-pro-trump-protest"
D1 = ("Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in the US capital "
      "city of Washington, DC in support of US President Donald Trump to protest the results of the 2020 US "
      "Presidential Election, where former US Vice-President Joe Biden has been projected to have defeated "
      "the incumbent in both the popular vote and the electoral college.")
D2 = ("The demonstrations were initially peaceful, but clashes with counter-protesters broke out by the "
      "evening hours.")
D4 = ("President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing "
      "her of \"not doing her job\".")
D5 = ("The president has blamed Democratic leadership for violence and unrest in various US cities "
      "throughout 2020.")


GOLD = {
    T_ID: [
        # Doubt: by the letter of "a state, not the person" Trump could be "United States"; but
        # his opponent (Congress) is part of the same state, so the branches are the actors.
        P("Donald Trump", "person", T1,
          aliases=["Trump", "President Trump", "United States President Donald Trump", "the president",
                   "the President"]),
        P("Congress", "government_body", T2),
        # Schumer's plea implies Trump is holding workers hostage (doubt: phrased as a plea).
        # Schumer/Durbin are individual opposition senators; the article names no party for them.
        X("Chuck Schumer", "Donald Trump", "hold hundreds of thousands of federal workers hostage", T3,
          speaker=None),
        X("Dick Durbin", "Donald Trump", "ignores the law and ignores tradition and precedent", T4, T5,
          speaker=None),
        # Not annotated: Schiff's "a non-starter" (judgment of a decision); "I never threaten anybody"
        # (denial); Pence's "crisis on our southern border" (no accused); Pelosi (no allegation).
    ],
    S_ID: [
        P("National Coalition for Men", "other", S2, aliases=["men's rights group"]),
        P("United States", "state", S1,
          aliases=["United States federal government", "the government", "U.S.", "US"]),
        # The lawsuit is the accusation; its charge is stated only through the ruling's words (doubt).
        # Judge Gray Miller = adjudicator, not a party; his ruling is not annotated as an accusation.
        X("National Coalition for Men", "United States",
          "the male-only draft violated the Due Process Clause; practice of registering men but not women "
          "for the draft ... is unconstitutional", S2, S1, speaker=None),
    ],
    B_ID: [
        P("Boris Johnson", "person", B1,
          aliases=["Johnson", "Prime Minister Johnson", "Prime Minister Boris Johnson"]),
        # Doubt: the monarch complies with the request; she is the one who suspends Parliament.
        P("Queen Elizabeth II", "person", B1, aliases=["the Queen", "Queen Elizabeth"]),
        P("Parliament", "government_body", B1, aliases=["British parliament"]),
        P("Labour Party", "other", B3, aliases=["Labour"]),
        X("Labour Party", "Boris Johnson", "smash and grab on our democracy", B3, B2, speaker="Jeremy Corbyn"),
        # Bercow as Speaker (an "unusual move"): a person, not the House (doubt).
        X("John Bercow", "Boris Johnson",
          "the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit",
          B4, B1, speaker=None),
        # Doubt: Cooper is one MP; introduced "of the Labour Party", so accuser = Labour Party.
        X("Labour Party", "Boris Johnson", "trying to use the Queen to concentrate power in his own hands",
          B6, speaker="Yvette Cooper"),
        X("Boris Johnson", "Labour Party", "wants to cancel the referendum and argue about Brexit for years",
          B5, B3, speaker=None),
        # Not annotated: "Critics ... have claimed this is a move by Johnson to foil opposition" / "According
        # to Johnson's critics, this is a ploy" (no identifiable accuser); Hammond's conditional
        # "It would be a constitutional outrage if ..." (hypothetical judgment, names no one).
    ],
    F_ID: [
        P("Eva Glawischnig-Piesczek", "person", F2, aliases=["Glawischnig-Piesczek", "the plaintiff"]),
        P("Facebook", "other", F1, F2, aliases=["Facebook Ireland Limited", "social media site Facebook"]),
        # Doubt: the (unnamed) author of the defamatory post; a side of the defamation dispute.
        P("Facebook user", "person", F3, aliases=["a user in Ireland", "Facebook user registered from Ireland"]),
        # ECJ and the Austrian courts: adjudicators, not parties (doubt: ECJ is the headline actor and
        # "requires" Facebook to remove posts).
        # The labels in the post: one item per label (doubt: could be read as one insult item).
        X("Facebook user", "Eva Glawischnig-Piesczek", "corrupt oaf", F3, F4, F5, speaker=None),
        X("Facebook user", "Eva Glawischnig-Piesczek", "lousy traitor", F3, F4, F5, speaker=None),
        X("Facebook user", "The Greens", "called her political party facsist", F3, F4, F5, speaker=None),
        # The defamation suit against Facebook (case "Glawischnig-Piesczek vs. Facebook Ireland Limited").
        X("Eva Glawischnig-Piesczek", "Facebook", "sued in Austria for defamation", F6, F1, speaker=None),
        # Not annotated: Facebook's "It undermines the long-standing principle ..." and Daskal's "the court
        # demonstrated a shocking ignorance ..." (judgments of a decision / commentator's view).
    ],
    O_ID: [
        # No dispute at the centre of the article (a death and succession): no parties.
        # Not annotated: the "bloodless British-backed coup" of 1970 (a past one-off backing, not a
        # standing tie; doubt).
        M("Oman", O1, O2, O3, members=[]),
    ],
    D_ID: [
        P("pro-Trump protesters", "other", D1, D2, aliases=["several thousand people"]),
        P("counter-protesters", "other", D2),
        P("Donald Trump", "person", D4,
          aliases=["Trump", "President Trump", "US President Donald Trump", "the president", "the President"]),
        P("Muriel Bowser", "person", D4, aliases=["Bowser", "mayor", "the mayor's office"]),
        A(["pro-Trump protesters", "Donald Trump"], "political_support", D1),
        X("Donald Trump", "Muriel Bowser", "not doing her job", D4, speaker=None),
        X("Donald Trump", "Democratic leadership", "violence and unrest in various US cities", D5, speaker=None),
        # Not annotated: "claimed widespread voter fraud" (aimed at nobody the article names); election
        # officials' "no evidence" (rebuttal); "A report alleged fireworks ..." (a report, no accused).
    ],
}
