"""Hand gold for part b of the test3 split (tests/corpus/test3/, index_b.json): four 2019 Wikinews articles.

Held-out test articles: written by reading each article under tests/gold/README.md, before any
rule was scored on them and without running the tool on them; the quotes are copied by hand
and build_gold.py refuses any that is not verbatim. All four are constitutional, legal or
political disputes (no mediator in any of them): the Scottish prorogation ruling, the
impeachment inquiry announcement, the ECJ ruling on a Facebook defamation case (Austria) and
the ruling on President Trump's tax records.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
SCOT_OPENING = (
    "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — prorogation — of the "
    "Parliament of the United Kingdom which went into effect on Tuesday, finding it to be unlawful."
)
SCOT_PETITION = (
    "The court had been petitioned by Joanna Cherry of the Scottish National Party and 78 co-petitioners for a "
    "ruling on the prorogation of the UK parliament by Queen Elizabeth II at the request of Prime Minister Boris "
    "Johnson."
)
SCOT_FOUND = (
    "The three-judge court found Johnson's advice to the Queen \"was motivated by the improper purpose of stymying "
    "Parliament and that it, and what has followed from it, is unlawful.\""
)
SCOT_ORDER = (
    "The court's summary concluded with the statement: \"The Court will accordingly make an Order declaring that the "
    "Prime Minister’s advice to HM the Queen and the prorogation which followed thereon was unlawful and is thus "
    "null and of no effect.\""
)
SCOT_CHERRY = (
    "Cherry, who led the petition, said, \"Now, for every moment Parliament remains prorogued, the British government "
    "are breaking the law.\""
)
PELOSI_OPENING = (
    "Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be "
    "launching an impeachment inquiry into the conduct of United States President Donald Trump."
)
PELOSI_BREACH = (
    "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" according to NBC."
)
PELOSI_MOVING = (
    "\"[T]he House of Representatives is moving forward with an official impeachment inquiry,\" she announced."
)
PELOSI_WITCH = (
    "Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation as \"Witch Hunt "
    "garbage.\""
)
ECJ_CASE = (
    "On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of European Union (EU) law — "
    "ruled in regard to the case \"Eva Glawischnig-Piesczek vs. Facebook Ireland Limited\"."
)
ECJ_AUSTRIAN_COURT = (
    "The Luxembourg-based court issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician "
    "in Austria, allowing an Austrian court to require social media site Facebook to remove a post from its site "
    "made by a user in Ireland."
)
ECJ_USER = (
    "In 2016, a Facebook user registered from Ireland shared publicly a news article from the Austrian news site "
    "oe24.at along with some comments of their own."
)
ECJ_POST = (
    "The post, which was about Eva Glawischnig-Piesczek, the then chair and spokesperson for The Greens, could "
    "potentially be seen by anyone with access to Facebook."
)
ECJ_COMMENTS = (
    "The comments called her political party facsist and termed her a \"corrupt oaf\" and a \"lousy traitor\"."
)
ECJ_SUED = "Glawischnig-Piesczek sued in Austria for defamation and won."
ECJ_DASKAL = (
    "Jennifer Daskal of American University and contributor to Slate wrote, \"a single EU country (in this case "
    "Austria) could demand an online provider (in this case Facebook) to take down an objectionable post, monitor its "
    "site for equivalent content, and take down those postings as well."
)
ECJ_IGNORANCE = (
    "In so ruling, the court demonstrated a shocking ignorance of the technology involved and set the stage for the "
    "most censor-prone country to set global speech rules."
)
TAX_RULING = (
    "On Monday, United States District Court Judge Victor Marrero issued a ruling against President Donald Trump "
    "finding that New York City prosecutors could view his tax records after a subpoena issued by a grand jury."
)
TAX_HUSH = (
    "The Manhattan district attorney's office is investigating Trump over alleged hush money paid to two women with "
    "whom he has been alleged to have had affairs."
)
TAX_SUED = (
    "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer Mazars USA to block "
    "the release of eight years of tax returns to the grand jury, but Judge Marrero dismissed the president's lawsuit."
)
TAX_INTERVENE = (
    "He sought such intervention to prevent Mazars from releasing his tax returns, arguing that, as president, he "
    "should be immune from prosecution, and that, by extension, his tax preparer, Mazars USA, could likewise be "
    "exempt from investigation."
)
TAX_TWEET = (
    "Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: \"The Radical Left "
    "Democrats have failed on all fronts, so now they are pushing local New York City and State Democrat prosecutors "
    "to go get President Trump.\""
)

GOLD = {
    # Europe (Scotland / UK): the Court of Session finds the prorogation of Parliament unlawful.
    "2019-09-13-scottish-court-finds-suspension-of-uk-parliament-unlawful": [
        # Johnson's government (the executive) is the state.
        P("United Kingdom", "state", SCOT_PETITION, SCOT_FOUND,
          aliases=["UK", "British government", "UK government", "British"]),
        P("Court of Session", "government_body", SCOT_OPENING, SCOT_FOUND,
          aliases=["the court", "three-judge court", "the Court"]),
        # Cherry leads a petition of 79, almost all MPs: she acts for the petitioners, not for the SNP or a state.
        P("Joanna Cherry", "person", SCOT_PETITION, aliases=["Cherry"]),
        P("Parliament of the United Kingdom", "government_body", SCOT_OPENING,
          aliases=["Parliament", "UK parliament"]),
        # The Queen prorogued at the Prime Minister's request: a constitutional act, not a side or an alliance.
        # Cherry's 78 co-petitioners are unnamed: no alliance item. Nicola Sturgeon (First Minister of Scotland)
        # restates the court's finding and calls for Parliament to be recalled: a call, not her own allegation.
        # 10 Downing Street's "Proroguing Parliament is the legal and necessary way" is a denial.
        X("Court of Session", "United Kingdom",
          "motivated by the improper purpose of stymying Parliament; unlawful and null and of no effect",
          SCOT_OPENING, SCOT_FOUND, SCOT_ORDER, SCOT_PETITION),
        X("Joanna Cherry", "United Kingdom", "the British government are breaking the law",
          SCOT_CHERRY, SCOT_PETITION),
    ],
    # Americas (US): the Speaker opens an impeachment inquiry; the President calls it a witch hunt.
    "2019-09-25-us-speaker-pelosi-announces-trump-impeachment-investigation": [
        # The President (the executive) is the state; the Speaker speaks for the House.
        P("United States", "state", PELOSI_OPENING),
        P("United States House of Representatives", "government_body", PELOSI_OPENING, PELOSI_MOVING,
          aliases=["House of Representatives", "the House", "House"]),
        # Ukraine (Zelensky) and the Bidens are the subject of the reported phone call, not sides of the dispute.
        X("United States House of Representatives", "United States", "breach of his Constitutional responsibilities",
          PELOSI_OPENING, PELOSI_BREACH, speaker="Nancy Pelosi"),
        X("United States", "United States House of Representatives", "Witch Hunt garbage",
          PELOSI_OPENING, PELOSI_WITCH, speaker="Donald Trump"),
        # "The New York Times reported that ... Trump might have encouraged ... Zelensky to investigate Hunter Biden"
        # is a news outlet's own report; "perfectly fine and routine" is a denial; Doug Collins's "nobody is
        # conducting a formal inquiry" is a procedural disagreement, no allegation of wrongdoing.
    ],
    # Europe (Austria / EU): an Austrian politician's defamation case against Facebook reaches the ECJ.
    "2019-10-06-european-court-of-justice-says-facebook-must-remove-illegal": [
        P("Eva Glawischnig-Piesczek", "person", ECJ_CASE, ECJ_POST,
          aliases=["Glawischnig-Piesczek", "the plaintiff"]),
        P("Facebook", "other", ECJ_CASE, ECJ_AUSTRIAN_COURT, aliases=["Facebook Ireland Limited"]),
        P("European Court of Justice", "government_body", ECJ_CASE,
          aliases=["ECJ", "Court of Justice", "the court", "Luxembourg-based court"]),
        # Its courts ordered Facebook to remove the post; Daskal: "a single EU country (in this case Austria)".
        P("Austria", "state", ECJ_AUSTRIAN_COURT, ECJ_DASKAL, aliases=["Austrian"]),
        P("Facebook user", "person", ECJ_USER,
          aliases=["a Facebook user registered from Ireland", "a user in Ireland"]),
        P("The Greens", "other", ECJ_POST, ECJ_COMMENTS, aliases=["her political party"]),
        # Glawischnig-Piesczek chaired The Greens: membership, not an alliance between two actors.
        X("Facebook user", "Eva Glawischnig-Piesczek", "corrupt oaf; lousy traitor",
          ECJ_USER, ECJ_POST, ECJ_COMMENTS),
        X("Facebook user", "The Greens", "called her political party facsist",
          ECJ_USER, ECJ_POST, ECJ_COMMENTS),
        X("Eva Glawischnig-Piesczek", "Facebook", "defamation",
          ECJ_CASE, ECJ_SUED),
        X("Jennifer Daskal", "European Court of Justice",
          "demonstrated a shocking ignorance of the technology involved",
          ECJ_CASE, ECJ_DASKAL, ECJ_IGNORANCE),
        # Facebook's "raises critical questions" / "undermines the long-standing principle" judges the
        # judgment (a decision), it alleges nothing of an actor. The Austrian order to remove the post is a
        # ruling, not an allegation; Steve Peers only explains the ruling.
    ],
    # Americas (US): a federal judge rejects the President's bid to keep his tax records from New York prosecutors.
    "2019-10-10-u-s-judge-orders-release-of-president-trump-s-tax-records-ap": [
        # Trump acts here for himself (his own tax records, his own suit over private payments), not for the
        # state: he is a person.
        P("Donald Trump", "person", TAX_RULING, TAX_SUED,
          aliases=["Trump", "President Trump", "the president", "the President"]),
        P("Manhattan district attorney's office", "government_body", TAX_HUSH, TAX_SUED,
          aliases=["New York City prosecutors", "Manhattan District Attorney Cyrus R. Vance, Jr.",
                   "District Attorney Vance's office", "Vance"]),
        P("United States District Court for the Southern District of New York", "government_body", TAX_RULING,
          aliases=["United States District Court Judge Victor Marrero", "Judge Marrero", "Marrero",
                   "the district court", "this Court"]),
        P("Mazars USA", "other", TAX_SUED, TAX_INTERVENE, aliases=["Mazars", "his tax preparer"]),
        P("Democrats", "other", TAX_TWEET, aliases=["Radical Left Democrats"]),
        # The Second Circuit's administrative stay is procedure, not a side. Michael Cohen's conviction and the
        # suit against the New York State law (House Ways and Means) are background.
        A(["Democrats", "Manhattan district attorney's office"], "alleged_involvement", TAX_TWEET, TAX_RULING),
        X("Manhattan district attorney's office", "Donald Trump",
          "alleged hush money paid to two women with whom he has been alleged to have had affairs",
          TAX_HUSH),
        X("Donald Trump", "Manhattan district attorney's office",
          "sued to block the release of eight years of tax returns to the grand jury",
          TAX_SUED),
        X("Donald Trump", "Mazars USA",
          "sued to block the release of eight years of tax returns to the grand jury",
          TAX_SUED, TAX_INTERVENE),
        X("United States District Court for the Southern District of New York", "Donald Trump",
          "the President's claim would tread upon principles of federalism and comity; in fact above the law",
          TAX_RULING,
          "Of equal fundamental concern, the President's claim would tread upon principles of federalism and comity "
          "that form essential components of our constitutional structure and the federal/state balance of "
          "government powers and functions.",
          "Bared to its core, the proposition the President advances reduces to the very notion that the Founders "
          "rejected at the inception of the Republic, and that the Supreme Court has since unequivocally repudiated: "
          "that a constitutional domain exists in this country in which not only the President, but, derivatively, "
          "relatives and persons and business entities associated with him in potentially unlawful private "
          "activities, are in fact above the law.",
          speaker="Victor Marrero"),
        X("Donald Trump", "Democrats",
          "pushing local New York City and State Democrat prosecutors to go get President Trump",
          TAX_TWEET),
        X("Donald Trump", "Manhattan district attorney's office",
          "attacking the subpoena as a political strategy; Democrat prosecutors to go get President Trump",
          TAX_TWEET, TAX_RULING),
        # "Trump has admitted to ordering the payments, according to prosecutors" is reported as an admission.
    ],
}
