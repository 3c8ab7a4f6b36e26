"""Hand gold for part c of the test14 split (tests/corpus/test14/, index_c.json): two Wikinews articles, both 2020.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
wikinews_2020.csv (columns url,date,title,text; stored version at commit ebb25d3c66507269b14c437b5f4b04bf26b3b056,
913,309 characters), read with read_file only. My slice was offsets 0 to 304000; I read it page by page (0, 16000,
32000, ... 288000: nineteen pages, all read). The last article that starts in the slice, the Neanderthal interview
(begins at about 302,000), is off topic, so I did not read on past 304000. Each body is the CSV "text" field as
read_file shows it, each doubled "" written as one ", leading and trailing white space removed, one final newline
added; everything else kept: the triple line breaks between paragraphs, the single line break inside a paragraph
("a different time. \nBiden searched"), runs of two, three and five spaces, trailing spaces ("candidate. ",
"running mate.     ", "from 2016?  "), the image captions ("Jo JorgensenImage: Jo Jorgensen for President."), the
curly apostrophes and quotes ("Governor’s", "you’re", "ain’t", "‘’My Little Pony’’"), the en and em dashes ("April
30 – May 4", "— as the Supreme Court decision put it —") and "(((My Fellow Americans)))". Dates and titles are the
CSV's; urls the CSV's with "//wiki/" written "/wiki/". (The bodies were decoded from the JSON text of read_file by a
scratch script under /tmp/t14_c/, then checked by eye against the pages.)

Regions and years: the United States both times (New Jersey's "Bridgegate" lane closures of 2013, decided by the
US Supreme Court in May 2020; the 2020 presidential campaign in May 2020).

Domain: both are domestic political and legal disputes, the kind this split asks for. Domestic sides are named as
the articles name them (heldout_a.py): persons (Biden, Trump, Tara Reade, Kelly, Baroni), a company (Twitter), and
courts as accusers only (the court is the judge, not a side: no party item, as in heldout_a.py). Doubts:
- Kelly v. United States is thin: one allegation (the lane closures were ordered to punish the mayor of Fort Lee;
  "corrupt act") made by the Supreme Court against two people, so two accusation items; the fraud convictions are
  stated in the passive with no accuser, and the ruling itself clears them of the federal charge. Drop it if the
  split wants two different allegations per article.
- The May campaign roundup is long (11,987 characters) and most of it is nominations, polls and interview
  questions (the stored text keeps only the questions, not the answers); it is kept for the charges traded around
  the two main candidates (Tara Reade and the niece of Christine O'Donnell against Biden, Trump against Joe
  Scarborough and against Biden's "Obamagate", Twitter against Trump). Another part of this split has put the July
  2020 edition of the same monthly series in test14/ (its index was not yet written when I checked) and test12 has
  the September edition: different months, different charges.

Same-article check: neither title nor url is in any tests/corpus/**/index*.json (grepped "campaign trail",
"campaign_trail", "Kelly v", "Kelly_v", "Bridgegate"; test14/index_a.json and index_b.json read right before
writing these files), and neither is about the same event as an article of tests/corpus/test/ or test3/ (test has
the Trump impeachment, the 2019 Hong Kong protests, prorogation, the post-election protests and transition; test3
has Avenatti, the Pelosi impeachment inquiry, the Montana ballot lawsuit, the cancelled second Biden–Trump debate
of October 2020 among others: none is Bridgegate or the May 2020 campaign).

Every article of the slice, in file order, and why it is left out:
- "Samoan government ends state of emergency over measles outbreak": health.
- "United States military kills Qasem Soleimani", "Iraqi Parliament votes for expulsion of United States troops",
  "Greek prime minister reaffirms EastMed pipeline project ...", "Cairo summit denounces Turkish-Libyan maritime
  border agreement", "Iran admits downing Ukrainian jet, cites 'human error'" (tuned), "Stampede during funeral
  procession of Qasem Soleimani ..." (test12), "Sultan Qaboos of Oman dies" (test): already used.
- "Fire erupts in parking structure at Sola Airport, Norway": accident.
- "U.S. House to decide on submitting articles of impeachment to Senate" (2020-01-15): in the domain (the House
  "charged President Trump with abuse of power" and "obstruction of Congress"), but a later step of the same
  impeachment as test's "U.S. House formalizes rules for Trump impeachment proceedings" and test3's "US Speaker
  Pelosi announces Trump impeachment investigation": out by the same-event rule.
- "Seismic activity continues to shake Puerto Rico with 5.2 quake": natural disaster.
- "Ukrainian president rejects prime minister's resignation over leaked audio recording": no accusation (the
  recorded "very primitive understanding of economic processes" is a judgment; the leaker is unnamed).
- The pandemic articles (the Imperial College study, Germany's first case, "First foreigners die from coronavirus
  in Wuhan, China", WHO naming COVID-19, "COVID-19 may spread like flu", Mir-Mohammadi's death, the WHO pandemic
  declaration, Trump's COVID-19 emergency, the cow-urine party in New Delhi, the one-million marks, Bangladesh, the
  100,000 US deaths, face coverings in England): health. Doubt: the Wuhan article has one charge (police detained
  eight people for "spreading rumors"), the cow-urine article one (Chakrapani's "ignorant, arrogant Telangana
  ministers"), neither a dispute between named sides.
- "Former basketball player Kobe Bryant dies ...", the NBA suspension, "Japanese professional wrestler ... Hana
  Kimura dies" (Meltzer blames "social media", no named accused): sport.
- "Police shoot man dead after 'terrorist-related' knife attack in London" (dev), "Philippines' largest television
  network shut down by government" (dev), "Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden" (tuned),
  "Burundi President Pierre Nkurunziza dies aged 55" (test12), "Three killed, three others injured in stabbing
  attack in Reading, UK" (dev), "California lawyer Michael Avenatti convicted of attempted extortion" (test3),
  "Native American groups sue US state of Montana over ballot law" (test3): already used.
- The primaries and endorsements (New Hampshire, Nevada twice, South Carolina, Super Tuesday, Michigan, Northern
  Mariana Islands, Arizona/Florida/Illinois, Sanders ends his bid, Sanders and Warren endorse Biden): campaign
  results. Doubt: Sanders calls Trump "the most dangerous president in the modern history of this country", one
  label in an endorsement article.
- "US President Trump grants eleven people clemency": the convictions are the article's own report; officials
  "pressured Trump" is no allegation.
- "Former Egyptian President Hosni Mubarak dies": the government's criticism of his desert cities is a judgment.
- "Argentine president Fernández to send bill legalising abortion ...": the archbishop's "culture of death" judges
  a bill.
- The Indian Railway women's-crew article and interview, Richard K. Guy's and John Horton Conway's deaths, the
  toilet-paper limits, the frog skulls, the neuroscientists', astronomer's and archaeologist's interviews, SpaceX,
  John Luk Jok's death, the PG&E helicopter crash, the Bontddu Hall fire, the Kerala elephant and Tamil Nadu jackal
  arrests, Tesco's Polish sale: off topic.
- "US state of Wisconsin holds 2020 election amidst COVID-19 concerns": a court battle, but the rulings (Evers
  "lacked authority to single-handedly reschedule", the Supreme Court "ruled against Conley's extension") judge
  decisions and authority; at most one charge. Doubt: could be read as a constitutional dispute with one allegation.
- "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews" (about 65,000
  characters): a sports interview; she charges the Iranian Chess Federation with a "conspiracy" and "a distraction"
  and Iran with laws that "don't really follow much of human rights". Doubt: in the domain on a loose reading; left
  out for its length and because the dispute is a sports ban, as test12_c judged it.
- "Georgian tennis player Nikoloz Basilashvili arrested on domestic violence charge": a private crime, not a
  political or legal dispute of the split's kind; the allegation is unattributed ("an allegation he assaulted").
- "Neanderthals 'knew what they were doing' ..." (begins at about 302,000): archaeology.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: neither article has a mediator)

# --- US Supreme Court overturns fraud convictions in Kelly v. United States (2020-05-08) -----------------------------
KE_OPENING = (
    "Yesterday, the United States Supreme Court overturned the criminal convictions of Bridget Anne Kelly and William "
    "Baroni for crimes relating to a 2013 incident involving allegedly politically motivated traffic chaos at a major "
    "bridge access from New Jersey to Manhattan."
)
KE_ROLES = (
    "Kelly, then-New Jersey Governor Chris Christie's deputy chief of staff, and Baroni, then the deputy executive "
    "director of the Port Authority of New York and New Jersey, were both previously convicted of fraud for their "
    "actions."
)
KE_POLITICAL = (
    "The Supreme Court decision stated they did so for a political reason: to punish the mayor of Fort Lee for "
    "refusing to support the New Jersey Governor’s reelection bid."
)
KE_KAGAN = (
    "Writing for the Court, Supreme Court Justice Elena Kagan declared in the majority opinion, \"not every corrupt "
    "act by state or local officials is a federal crime. Because the scheme here did not aim to obtain money or "
    "property, Baroni and Kelly could not have violated the federal-program fraud or wire fraud laws.\""
)

# --- On the campaign trail in the USA, May 2020 (2020-06-19) ----------------------------------------------------------
TR_POLLS = (
    "At the beginning of May, with the Coronavirus Pandemic ongoing and stay-at-home orders easing in some states, "
    "presumptive US Democratic Party presidential nominee Joe Biden led incumbent US President Donald Trump of the "
    "Republican Party in the RealClearPolitics average of head-to-head opinion polls, 47.4 percent to 42.1 percent."
)
TR_READE = (
    "Biden first addressed the allegations of sexual assault from former staffer Tara Reade, on television program "
    "Morning Joe."
)
TR_PENETRATED = (
    "When confronted with the accusation he penetrated Reade, against her will, using his fingers under her clothing "
    "in 1993, Biden told host Mika Brzezinski"
)
TR_NIECE = (
    "Meanwhile, a new allegation surfaced from a woman, a niece of Biden's 2008 US Senate opponent Christine "
    "O'Donnell, who claimed Biden commented on the size of her breasts when she was 14 years old."
)
TR_ODONNELL = "O'Donnell defended her niece's claim, saying it may have taken place at a different time."
TR_FLYNN = (
    "In another incident, as Biden remarked on investigation, shortly before President Trump took office, of "
    "then-National Security Advisor-designee General Michael Flynn, Biden failed to mention his own request at the "
    "time to unmask Flynn's identity."
)
TR_OBAMAGATE = (
    "The unmasking came to light shortly thereafter in a release of documents related to alleged FISA abuse,  which "
    "President Trump described as \"Obamagate.\""
)
TR_CONTROVERSIAL = "President Trump made several controversial statements in May."
TR_SCARBOROUGH = (
    "He also promoted an unsubstantiated conspiracy theory suggesting Morning Joe host Joe Scarborough was involved "
    "in the death of a Congressional intern in 2001."
)
TR_MAILIN = (
    "When Trump tweeted that state plans to use mail-in ballots to allow people to vote from home would result in "
    "voter fraud, Twitter placed a disclaimer \"fact checking\" the tweet."
)
TR_ORDER = (
    "In response, Trump issued an executive order making social media that exercises editorial control open to "
    "liability."
)
TR_LOOTING = "Part of Trump's tweet included the statement, \"when the looting starts, the shooting starts.\""
TR_WARNING = (
    "Twitter disallowed comments and likes and placed a warning over the tweet alerting viewers it promoted violence."
)

GOLD = {
    # Americas (US): the Supreme Court overturns the federal fraud convictions of Bridget Anne Kelly and William Baroni
    # over the 2013 "Bridgegate" lane closures at Fort Lee, while stating they acted to punish the town's mayor.
    "2020-05-08-us-supreme-court-overturns-fraud-convictions-in-kelly-v-unit": [
        # The two convicted officials, each a side (they were tried and convicted together; the article names them
        # apart). Doubt: Kelly acted as Governor Christie's deputy chief of staff and Baroni for the Port Authority,
        # but the article never says they acted for either; named as persons, as it names them.
        P("Bridget Anne Kelly", "person", KE_OPENING, KE_ROLES, aliases=["Kelly"]),
        P("William Baroni", "person", KE_OPENING, KE_ROLES, aliases=["Baroni"]),
        # The one targeted in the scheme. Doubt: a side only as the target the court names; unnamed in the article.
        P("mayor of Fort Lee", "person", KE_POLITICAL, aliases=["the mayor of Fort Lee"]),
        # The court is the judge, not a side (no party item), but its decision imputes the political motive; the
        # scheme it calls a "corrupt act" is the same lane closure, so one allegation, two phrasings, per accused.
        # KE_KAGAN ties "the scheme" to Baroni and Kelly ("they" in KE_POLITICAL are "the public officials who
        # ordered that change", never named in that sentence).
        X("United States Supreme Court", "Bridget Anne Kelly",
          "to punish the mayor of Fort Lee for refusing to support the New Jersey Governor’s reelection bid; "
          "corrupt act",
          KE_OPENING, KE_POLITICAL, KE_KAGAN, speaker="Elena Kagan"),
        X("United States Supreme Court", "William Baroni",
          "to punish the mayor of Fort Lee for refusing to support the New Jersey Governor’s reelection bid; "
          "corrupt act",
          KE_OPENING, KE_POLITICAL, KE_KAGAN, speaker="Elena Kagan"),
        # Not items: "were both previously convicted of fraud" and "allegedly politically motivated traffic chaos"
        # are passive, with no accuser the article names (the United States appears only in the title's case name);
        # "could not have violated the federal-program fraud or wire fraud laws" clears them, it charges no one; the
        # officials' claim that they were "reducing the number of dedicated lanes to conduct a traffic study" is a
        # defence. Chris Christie and the Port Authority are background, not sides. No alliance: co-defendants
        # acting in one scheme are not a standing tie the article states. No mediator.
    ],
    # Americas (US): the first monthly roundup of the 2020 presidential campaign: sexual-misconduct allegations against
    # Biden, Trump's "Obamagate" and Scarborough claims, Twitter's warnings on Trump's tweets, third-party nominations.
    "2020-06-19-on-the-campaign-trail-in-the-usa-may-2020": [
        # The two candidates act as candidates, for no state (as in test12_e's September edition).
        P("Joe Biden", "person", TR_POLLS, TR_READE,
          aliases=["Biden", "presumptive US Democratic Party presidential nominee Joe Biden"]),
        P("Donald Trump", "person", TR_POLLS, TR_CONTROVERSIAL,
          aliases=["Trump", "President Trump", "incumbent US President Donald Trump"]),
        P("Tara Reade", "person", TR_READE, TR_PENETRATED, aliases=["Reade", "former staffer Tara Reade"]),
        # Unnamed in the article; named by the article's own description of her.
        P("niece of Christine O'Donnell", "person", TR_NIECE,
          aliases=["a niece of Biden's 2008 US Senate opponent Christine O'Donnell", "her niece"]),
        P("Joe Scarborough", "person", TR_SCARBOROUGH, aliases=["Morning Joe host Joe Scarborough"]),
        # The company at the centre of the tweet dispute (Trump's executive order answers its fact-check).
        P("Twitter", "other", TR_MAILIN, TR_ORDER, TR_WARNING),
        # Doubt: O'Donnell defending her niece's claim read as declared support for her side.
        A(["Christine O'Donnell", "niece of Christine O'Donnell"], "political_support", TR_NIECE, TR_ODONNELL),
        X("Tara Reade", "Joe Biden",
          "sexual assault; he penetrated Reade, against her will, using his fingers under her clothing in 1993",
          TR_READE, TR_PENETRATED),
        X("niece of Christine O'Donnell", "Joe Biden",
          "Biden commented on the size of her breasts when she was 14 years old", TR_NIECE),
        # Doubt: "defended her niece's claim, saying it may have taken place at a different time" maintains the claim
        # as her own; read as the same allegation made by O'Donnell too.
        X("Christine O'Donnell", "Joe Biden",
          "Biden commented on the size of her breasts when she was 14 years old", TR_NIECE, TR_ODONNELL),
        # Doubt: the label "Obamagate" names Obama's administration; the article ties the "alleged FISA abuse" to
        # Biden's own request to unmask Flynn, so Biden is read as the accused (Obama is named nowhere else).
        X("Donald Trump", "Joe Biden", "alleged FISA abuse; Obamagate", TR_FLYNN, TR_OBAMAGATE),
        X("Donald Trump", "Joe Scarborough", "was involved in the death of a Congressional intern in 2001",
          TR_CONTROVERSIAL, TR_SCARBOROUGH),
        X("Twitter", "Donald Trump", "it promoted violence", TR_LOOTING, TR_WARNING),
        # Doubt: a "fact checking" disclaimer charges the tweet with a false claim (that mail-in ballots would
        # result in voter fraud) without saying so in words; kept as Twitter's charge against Trump.
        X("Twitter", "Donald Trump", "placed a disclaimer \"fact checking\" the tweet", TR_MAILIN),
        # Not items: Biden's denial ("No, it is not true"), the campaign's "absolutely false" and the organizer's
        # "Biden was not at the event specified" are denials; Trump's tweet that mail-in ballot plans "would result
        # in voter fraud" names no wrongdoer (plans, not an actor; Doubt); "when the looting starts, the shooting
        # starts" is a threat at unnamed rioters; Trump's executive order is an act, not an allegation; the
        # "Backlash" over "you ain't black", the "Dementia Joe" memes, the "controversial statements", the gaffes,
        # the disinfectant "fallout" and "despite it undermining his own guidelines" have no accuser or are the
        # article's own words; George Floyd's death and Blankenship's conviction are reported, not charged by
        # anyone in the article. No alliance for the tickets and nominations (Jorgensen–Cohen, Blankenship–Mohr,
        # Hawkins–Walker, La Riva chosen by the Peace and Freedom and Liberty Union parties, the "Bernie
        # Sanders-backed candidate Joe Biden" in a Wikinews question): electoral ties outside every dispute of the
        # article. No mediator.
    ],
}
