"""Second annotation, held-out part 3, for the agreement study (dev/agreement.py): six articles of the held-out
splits test and test3 re-annotated by an annotator who had not seen their gold, the tool's rules or its output,
reading each article under tests/gold/README.md's guidelines alone (2026-12-05). Built like the gold by build_gold.py;
only ever scored against the gold in aggregate, never used to develop or fit anything, and never read by the rules'
authors.
"""

from build_gold import A, M, P, X

# ---------------------------------------------------------------- Thailand: princess's candidacy
THAI = "2019-02-11-thai-political-party-withdraws-nomination-of-princess-for-pr"
T1 = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their "
      "candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn.")
T2 = ("Shortly after she formally filed for candidacy, the palace issued a statement to the effect the king "
      "considered it inappropriate for Thai royals to run for elected office.")
T3 = "The constitutionality of the Princess's candidacy had also been challenged by the opposing military political party."
T5 = "The Thai Raksa Chart party was founded by supporters of the Shinawatra family."

# ---------------------------------------------------------------- US House: contempt of Congress
CENSUS = "2019-07-20-us-house-of-representatives-holds-two-cabinet-officers-in-cr"
C1 = ("The United States House of Representatives voted to hold two current Cabinet officers, Commerce Secretary "
      "Wilbur Ross and Attorney General William Barr, in contempt of Congress, citing their refusal to disclose to "
      "Congress documents related to President Donald Trump's attempt to add a citizenship question to the 2020 census.")
C3 = ("On June 12, minutes before the Oversight Committee voted to refer them to the full House to be held in "
      "contempt, Trump formally claimed the documents were subject to executive privilege.")
C4 = ("For weeks, the Trump administration has been trying to add the question, \"Is this person a citizen of the "
      "United States?\", to the upcoming 2020 census, with the stated rationale of improving enforcement of the 1965 "
      "Voting Rights Act.")

# ---------------------------------------------------------------- UK: prorogation
UK = "2019-09-24-uk-supreme-court-rules-prorogation-of-parliament-unlawful"
U1 = ("Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a ruling on the prorogation — "
      "a procedural suspension — of the Parliament of the United Kingdom until October 14.")
U2 = ("Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current prime minister, "
      "on September 10.")
U3 = "The Supreme Court ruled on the appeal of that decision by Johnson's government."
U4 = ("Former prime minister John Major has accused Johnson of misleading the Queen, and argued that the true intent "
      "of seeking prorogation was to shut down debate in parliament, as the Court of Session found.")

# ---------------------------------------------------------------- Hong Kong: Lam's policy address
HK = "2019-10-16-hong-kong-s-carrie-lam-delivers-speech-on-video-after-protes"
H1 = "Today, Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech."
H3 = ("Lawmakers from the pro-democracy camp shouted at Lam and projected slogans onto the walls of the council "
      "chambers.")
H4 = ("Legislator Tanya Chan spoke to the press after the speech: \"I really urge [Lam], if she can’t govern Hong "
      "Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong "
      "Kong, to please step down.")
H5 = ("Regina Ip from the pro-Beijing camp said in a press conference: \"The behavior of my colleagues in disrupting "
      "the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of "
      "the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy "
      "address\".")

# ---------------------------------------------------------------- Montana: ballot collection law
MT = "2020-03-15-native-american-groups-sue-us-state-of-montana-over-ballot-l"
M1 = ("On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit "
      "against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying it would prevent "
      "many Native Americans from voting.")
M2 = ("The Native American Rights Fund's Jacqueline De León said, \"BIPA ignores the everyday realities that face "
      "Native American communities.")
M3 = ("Criminalizing this behavior is unfair to Native American voters and does nothing to solve the real problem "
      "of mail not being picked up and delivered to Native homes.")
M4 = ("The plaintiffs were listed as Western Native Voice, Montana Native Vote, Assiniboine and Sioux Tribes of Fort "
      "Peck, Blackfeet Nation, Confederated Salish and Kootenai Tribes, Crow Tribe, and the Fort Belknap Indian "
      "Community.")

# ---------------------------------------------------------------- Washington rally: "stolen election"
RALLY = "2020-12-15-conservative-groups-hold-rally-in-washington-d-c-claiming-u"
R1 = ("Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent President "
      "Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally organized by Women for "
      "America First.")
R2 = "Trump and his supporters claimed Joe Biden only won the elections due to voter fraud and sought to overturn the results."

PLAINTIFFS = ["Western Native Voice", "Montana Native Vote", "Assiniboine and Sioux Tribes of Fort Peck",
              "Blackfeet Nation", "Confederated Salish and Kootenai Tribes", "Crow Tribe",
              "Fort Belknap Indian Community"]

GOLD = {
    THAI: [
        P("Thai Raksa Chart Party", "other", T1, aliases=["Thai Raksa Chart party", "the party"]),
        P("Princess Ubolratana Mahidol", "person", T1,
          aliases=["Princess Ubolratana", "the princess", "the Princess"]),
        # doubt: the king acts as monarch (head of state) but in an internal dispute; kept as a person, not "Thailand"
        P("King Maha Vajiralongkorn", "person", T1, T2, aliases=["the king", "the palace"]),
        # doubt: the article never names this party; named by its description
        P("Military political party", "other", T3, aliases=["opposing military political party"]),
        # doubt: the Shinawatra family is background, not a side; kept as a standing political tie
        A(["Thai Raksa Chart Party", "Shinawatra family"], "political_support", T5),
        # doubt: a constitutional challenge read as an allegation (candidacy unconstitutional)
        X("Military political party", "Princess Ubolratana Mahidol",
          "constitutionality of the Princess's candidacy had also been challenged", T3, speaker=None),
        # Not annotated: the king's "extremely inappropriate" = a judgment of a decision (the candidacy);
        # the party-princess nomination tie was withdrawn (former tie).
    ],
    CENSUS: [
        P("United States House of Representatives", "government_body", C1,
          aliases=["House", "the House", "Congress"]),   # doubt: "Congress" used for the House here
        # doubt: Cabinet officers act for the administration, but the contempt is personal, so kept as persons
        P("Wilbur Ross", "person", C1, aliases=["Ross", "Commerce Secretary Wilbur Ross"]),
        P("William Barr", "person", C1, aliases=["Barr", "Attorney General William Barr"]),
        P("Trump administration", "government_body", C4, C3, aliases=["the administration"]),
        X("United States House of Representatives", "William Barr",
          "contempt of Congress; refusal to disclose to Congress documents", C1, speaker=None),
        X("United States House of Representatives", "Wilbur Ross",
          "contempt of Congress; refusal to disclose to Congress documents", C1, speaker=None),
        # Not annotated: Ross's "gamesmanship"/"stunt" and Kupec's criticism = judgments of a decision;
        # the Supreme Court's "contrived" = a court ruling (adjudication, not a side's accusation).
    ],
    UK: [
        # doubt: domestic dispute; the government (not the state "United Kingdom") taken as the side Johnson acts for
        P("Johnson's government", "government_body", U2, U3, aliases=["the government"]),
        P("John Major", "person", U4),
        P("Parliament of the United Kingdom", "government_body", U1, U2, aliases=["Parliament", "parliament"]),
        X("John Major", "Johnson's government", "misleading the Queen", U4, speaker=None),
        X("John Major", "Johnson's government",
          "the true intent of seeking prorogation was to shut down debate in parliament", U4, speaker=None),
        # Not annotated: the courts (adjudicators, neither side nor mediator) and their rulings;
        # "He is widely suspected of ..." = passive claim with no accuser.
    ],
    HK: [
        # doubt: Lam acts for the Hong Kong government (not a state); the government taken as the party
        P("Hong Kong government", "government_body", H1, aliases=["the government"]),
        P("Pro-democracy camp", "other", H3,
          aliases=["pro-democracy camp", "protesting legislators", "Lawmakers from the pro-democracy camp"]),
        P("Pro-Beijing camp", "other", H5, aliases=["pro-Beijing camp"]),
        # doubt: the article does not say which camp Tanya Chan belongs to, so she is kept as a person
        P("Tanya Chan", "person", H4),
        X("Pro-Beijing camp", "Pro-democracy camp",
          "disrupting the delivery of the policy address ... is anti-democratic and oppressive", H5, H3,
          speaker="Regina Ip"),
        # doubt: a call to step down premised on incapacity, read as an accusation
        X("Tanya Chan", "Hong Kong government",
          "can't govern Hong Kong ... no ability or even capability of administrating Hong Kong", H4, speaker=None),
        # doubt: "pro-Beijing" read as a declared political tie to China; Ip defends the chief executive
        A(["Pro-Beijing camp", "China"], "political_support", H5),
        A(["Pro-Beijing camp", "Hong Kong government"], "political_support", H5),
        # Not annotated: Lam's warnings ("will not be tolerated", "stop attacking each other") name no accused.
    ],
    MT: [
        P("American Civil Liberties Union of Montana", "other", M1),
        P("Native American Rights Fund", "other", M1),
        # a US state, not a sovereign state: kind government_body
        P("Montana", "government_body", M1, aliases=["state of Montana"]),
        *[P(name, "other", M4) for name in PLAINTIFFS],
        # doubt: joint lawsuit read as a bloc acting together
        A(["American Civil Liberties Union of Montana", "Native American Rights Fund"] + PLAINTIFFS, "other", M1, M4),
        X("American Civil Liberties Union of Montana", "Montana",
          "would prevent many Native Americans from voting", M1, speaker=None),
        X("Native American Rights Fund", "Montana",
          "would prevent many Native Americans from voting", M1, speaker=None),
        X("Native American Rights Fund", "Montana",
          "BIPA ignores the everyday realities that face Native American communities; "
          "Criminalizing this behavior is unfair to Native American voters", M2, M3, M1,
          speaker="Jacqueline De León"),
        # Not annotated: Stapleton's "dicey when plaintiffs try to overturn the will of the people" (general remark,
        # no named accused); the complaint's point on the definition of "family" (a mismatch, not a wrong);
        # legislators' voter-fraud rationale (no accused named).
    ],
    RALLY: [
        P("Donald Trump", "person", R1, aliases=["Trump", "President Donald Trump"]),
        P("Conservative groups", "other", R1,
          aliases=["conservative groups", "Several conservative groups", "his supporters", "supporters"]),
        P("Women for America First", "other", R1, aliases=["Organizers of the rally"]),
        P("Joe Biden", "person", R2, aliases=["Biden"]),
        A(["Donald Trump", "Conservative groups", "Women for America First"], "political_support", R1),
        X("Donald Trump", "Joe Biden", "Joe Biden only won the elections due to voter fraud", R2, speaker=None),
        # doubt: "his supporters" tied to the conservative groups at the rally
        X("Conservative groups", "Joe Biden",
          "the 2020 U.S. presidential election was stolen; Joe Biden only won the elections due to voter fraud",
          R1, R2, speaker=None),
        # Not annotated: Flynn's "what the counters are hiding" (no named accused); organizers' "fighting corruption
        # and dishonesty" and Lisa Parry's "it's fake" (no accused); Texas lawsuit (background, no allegation words).
    ],
}
