"""Second annotation, held-out part 2, for the agreement study (dev/agreement.py): six articles of the held-out
splits test and test3 re-annotated by an annotator who had not seen their gold, the tool's rules or its output,
reading each article under tests/gold/README.md's guidelines alone (2026-12-05). Built like the gold by build_gold.py;
only ever scored against the gold in aggregate, never used to develop or fit anything, and never read by the rules'
authors.
"""

from build_gold import A, M, P, X

# ---------------------------------------------------------------- Paris rape case
PAR = "2019-02-02-paris-court-jails-two-police-in-high-profile-rape-case"
PAR_INTRO = "Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub."
PAR_RAPE = "In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified third officer."
PAR_WHISKEY = "She told the court she was forced to drink whiskey and perform oral sex on the men before being raped."

# ---------------------------------------------------------------- Hong Kong
HK = "2019-06-23-hong-kong-protesters-surround-downtown-police-complex"
HK_FRIDAY = "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and helmets gathered around Hong Kong's principal police complex, blocking the exits as they chanted slogans and threw eggs."
HK_BILL = "This comes after weeks of protests against a proposed change to Hong Kong's extradition law that would allow the Chinese government to remove people who had been accused of crimes from Hong Kong to the mainland."
HK_STUDENTS = "Hong Kong student groups had given the government until Thursday to throw it out entirely, but this deadline was not met."
HK_DEMANDS = "Protesters' demands include investigation of alleged police violence against protesters on June 12, the release and dropping of charges against protesters who were arrested, that the government cease referring to the protests as \"riots,\" and complete dismissal of the extradition bill."
HK_LAM = "They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to resign from her position, but this has been dropped from the list of demands."

# ---------------------------------------------------------------- Scottish court / prorogation
SCO = "2019-09-13-scottish-court-finds-suspension-of-uk-parliament-unlawful"
SCO_OPINION = "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — prorogation — of the Parliament of the United Kingdom which went into effect on Tuesday, finding it to be unlawful."
SCO_PETITION = "The court had been petitioned by Joanna Cherry of the Scottish National Party and 78 co-petitioners for a ruling on the prorogation of the UK parliament by Queen Elizabeth II at the request of Prime Minister Boris Johnson."
SCO_FOUND = "The three-judge court found Johnson's advice to the Queen \"was motivated by the improper purpose of stymying Parliament and that it, and what has followed from it, is unlawful.\""
SCO_CHERRY = "Cherry, who led the petition, said, \"Now, for every moment Parliament remains prorogued, the British government are breaking the law.\""

# ---------------------------------------------------------------- Trump tax records
TAX = "2019-10-10-u-s-judge-orders-release-of-president-trump-s-tax-records-ap"
TAX_PROBE = "The Manhattan district attorney's office is investigating Trump over alleged hush money paid to two women with whom he has been alleged to have had affairs."
TAX_SUED = "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer Mazars USA to block the release of eight years of tax returns to the grand jury, but Judge Marrero dismissed the president's lawsuit."
TAX_TWEET = "Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: \"The Radical Left Democrats have failed on all fronts, so now they are pushing local New York City and State Democrat prosecutors to go get President Trump.\""

# ---------------------------------------------------------------- Avenatti
AVE = "2020-02-15-california-lawyer-michael-avenatti-convicted-of-attempted-ex"
AVE_JURY = "Yesterday, a United States federal jury convicted Michael Avenatti, the California, US lawyer who represented porn star Stormy Daniels in her lawsuit against US President Donald Trump, of trying to extort Nike, an athletic equipment company."
AVE_GOV = "The United States government accused Avenatti of trying of pressure Nike for about 15–25 million dollars, threatening to give a news conference that would damage the company's stock price, as well as its reputation."
AVE_CHARGED = "Avenatti was charged with three distinct crimes: transmission of interstate communications with intent to extort, attempted extortion, and honest services wire fraud."

# ---------------------------------------------------------------- GSA / transition
GSA = "2020-11-26-us-federal-agency-announces-plans-to-begin-presidential-tran"
GSA_LETTER = "On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to President-elect Joe Biden and his team, giving them permission to access what she described as post-election resources for a presidential transition process following the 2020 US Presidential Election on November 3, which multiple national news outlets have projected former US Vice President Joe Biden won against incumbent US President Donald Trump."
GSA_TWEET = "President Trump, who appointed Murphy to her position himself in 2017, responded to her letter on Twitter, calling for the beginning of a presidential transition process \"in the best interests of the country\"."
GSA_CHRISTIE = "Other Republicans have broken with Trump and have urged him to move forward with the presidential transition, such as former New Jersey governor Chris Christie, who denounced the Trump legal team's claims as a \"national embarrassment\"."


GOLD = {
    PAR: [
        P("Emily Spanton", "person", PAR_INTRO, aliases=["Spanton", "Mme Spanton", "Canadian tourist", "the victim"]),
        P("Antoine Quirin", "person", PAR_INTRO, aliases=["Quirin"]),
        P("Nicolas Redouane", "person", PAR_INTRO, aliases=["Redouane"]),
        # The officers raped as individuals, not acting for France: persons, not the state.
        # Not annotated: the verdict ("were found guilty", "when convicted") is passive with no accuser;
        # "Basic investigations weren't done" names no accused; the defendants' "complained of theft" claim
        # and the consent claims are denials.
        X("Emily Spanton", "Antoine Quirin", "gang raped", PAR_RAPE, PAR_INTRO),
        X("Emily Spanton", "Nicolas Redouane", "gang raped", PAR_RAPE, PAR_INTRO),
        # doubt: forced drinking / oral sex could be folded into the rape allegation; kept apart as a distinct act.
        X("Emily Spanton", "Antoine Quirin", "forced to drink whiskey and perform oral sex on the men", PAR_WHISKEY, PAR_INTRO),
        X("Emily Spanton", "Nicolas Redouane", "forced to drink whiskey and perform oral sex on the men", PAR_WHISKEY, PAR_INTRO),
    ],
    HK: [
        P("Hong Kong protesters", "other", HK_FRIDAY, aliases=["protesters", "Protesters"]),
        # The police acts for the Hong Kong government (guideline: an organ acting for a state is not its own actor).
        P("Hong Kong government", "government_body", HK_DEMANDS, HK_LAM,
          aliases=["the government", "Hong Kong", "police", "Hong Kong Police", "Carrie Lam", "Hong Kong Chief Executive Carrie Lam"]),
        # doubt: China is behind the bill and backs Lam, but does not itself act in the article.
        P("China", "state", HK_BILL, HK_LAM,
          aliases=["Chinese government", "mainland Chinese government", "mainland China", "the mainland"]),
        # doubt: the student groups' ultimatum makes them a side; could be read as part of the protesters.
        P("Hong Kong student groups", "other", HK_STUDENTS, aliases=["student groups"]),
        A(["China", "Hong Kong government"], "political_support", HK_LAM),
        # doubt: "alleged" police violence; the protesters voice it through their demand for an investigation.
        X("Hong Kong protesters", "Hong Kong government", "alleged police violence against protesters on June 12", HK_DEMANDS),
        X("Hong Kong government", "Hong Kong protesters", "referring to the protests as \"riots\"", HK_DEMANDS),
        # Not annotated: the BBC's description of the mainland legal system (a news outlet's own report).
    ],
    SCO: [
        # The UK government is the state's executive: named as the state, its other forms as aliases.
        P("United Kingdom", "state", SCO_PETITION, SCO_CHERRY,
          aliases=["UK government", "British government", "UK", "10 Downing Street", "prime minister's office",
                   "Prime Minister Boris Johnson", "Boris Johnson", "Johnson", "the Prime Minister", "the prime minister"]),
        P("Joanna Cherry", "person", SCO_PETITION, aliases=["Cherry"]),
        # doubt: Parliament is the target of the prorogation but does not act itself.
        P("Parliament of the United Kingdom", "government_body", SCO_OPINION, SCO_FOUND,
          aliases=["Parliament", "UK parliament"]),
        # doubt: a court ruling of unlawfulness treated as an accusation (the court is the adjudicator, not a party).
        X("Court of Session", "United Kingdom", "was motivated by the improper purpose of stymying Parliament; unlawful",
          SCO_OPINION, SCO_FOUND),
        X("Joanna Cherry", "United Kingdom", "the British government are breaking the law", SCO_CHERRY),
        # Not annotated: Sturgeon relays the court's finding and calls for recall (no allegation of her own);
        # Downing Street's "legal and necessary" is a rebuttal.
    ],
    TAX: [
        # Trump acts in his own name (his personal taxes), not for the United States.
        P("Donald Trump", "person", TAX_SUED,
          aliases=["Trump", "President Trump", "President Donald Trump", "the president", "the President"]),
        P("Manhattan District Attorney's office", "government_body", TAX_PROBE, TAX_SUED,
          aliases=["Manhattan district attorney's office", "Manhattan District Attorney Cyrus R. Vance, Jr.",
                   "Cyrus R. Vance, Jr.", "Vance", "District Attorney Vance's office", "New York City prosecutors",
                   "Democrat prosecutors"]),
        P("Mazars USA", "other", TAX_SUED, aliases=["Mazars"]),
        # doubt: the Democrats enter the dispute only through Trump's accusation.
        P("Democrats", "other", TAX_TWEET, aliases=["Radical Left Democrats"]),
        A(["Democrats", "Manhattan District Attorney's office"], "alleged_involvement", TAX_TWEET),
        # doubt: a criminal investigation read as the office's allegation.
        X("Manhattan District Attorney's office", "Donald Trump", "alleged hush money paid to two women", TAX_PROBE),
        X("Donald Trump", "Democrats",
          "pushing local New York City and State Democrat prosecutors to go get President Trump", TAX_TWEET),
        # Not annotated: Marrero's ruling judges Trump's legal argument, not a wrong he did.
    ],
    AVE: [
        P("United States", "state", AVE_GOV, aliases=["United States government", "US", "the government", "prosecutors"]),
        P("Michael Avenatti", "person", AVE_JURY, aliases=["Avenatti"]),
        P("Nike", "other", AVE_GOV, aliases=["the company"]),
        # The federal jury's verdict and the government's charge: one allegation, both by the United States (doubt).
        X("United States", "Michael Avenatti",
          "trying to extort Nike; trying of pressure Nike for about 15–25 million dollars", AVE_JURY, AVE_GOV),
        # doubt: "was charged" is passive, the charging party being the government named in AVE_GOV.
        X("United States", "Michael Avenatti", "honest services wire fraud", AVE_CHARGED, AVE_GOV),
        # Not annotated: "also accused of defrauding clients in California, and of keeping ... money" (passive,
        # other trials, no accuser); his debt to the IRS (a motive, not a wrong).
    ],
    GSA: [
        P("Joe Biden", "person", GSA_LETTER, aliases=["Biden", "President-elect Joe Biden"]),
        P("Donald Trump", "person", GSA_LETTER,
          aliases=["Trump", "President Trump", "the president", "Trump legal team"]),
        P("General Services Administration", "government_body", GSA_LETTER, aliases=["Emily W. Murphy", "Murphy"]),
        # doubt: denouncing claims as a "national embarrassment" may be a mere judgment; kept as a condemnation
        # with a named accused, by a person acting for no state or group.
        X("Chris Christie", "Donald Trump", "the Trump legal team's claims as a \"national embarrassment\"", GSA_CHRISTIE),
        # Not annotated: Trump's voter-fraud claims name no accused; the Democrats' warning about the delayed
        # transition names no one withholding the resources; Murphy's threats have no named sender.
    ],
}
