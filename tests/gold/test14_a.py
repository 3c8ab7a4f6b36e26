"""Hand gold for part a of the test14 split (tests/corpus/test14/, index_a.json): one Wikinews article, 2019.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
data/wikinews_2019.csv (columns url,date,title,text), stored version at commit
b134aa9d261fe904f5c50a82b4d3cb001f8771bf, read with read_file only. My slice was offsets 0 to 224000; I read it page
by page (16,000 characters a page) from offset 0 to 240000: the last article starting in the slice (the Ebola
treatments, off topic) runs on to about 226000. The body is the CSV "text" field as read_file shows it, doubled ""
written as one ", leading and trailing white space removed and one final newline added; everything else kept (three
newlines between paragraphs, the space before the paragraph breaks after "plea for leniency."" and "lobbying
business."). Date and title are the CSV's; the url the CSV's with "//wiki/" written "/wiki/".

Region and year: North America (United States: the second federal sentencing of Paul Manafort, Donald Trump's
former adviser, on charges from the Mueller investigation; March 2019). Domain: a prosecution of a political figure.

The slice is the one part a of the first held-out split (heldout_a.py) already took from, and it is poor in the
domain: about 85 articles, most of them disasters, science, obituaries, conventions and crime. Same-article check:
titles and urls grepped in every tests/corpus/**/index*.json (test14/index_b.json held only part b's American Samoa
article when this part was written); Manafort and the Mueller investigation appear in none of them, nor in any
tests/corpus/test/ or test3/ title. Articles of the slice considered and left out:
- Already in use: "President Trump says he 'can' and 'may' put US into state of emergency ...", "Sixteen states sue
  U.S. President Trump ...", "Hong Kong protesters surround downtown police complex", "US House of Representatives
  holds two Cabinet officers in criminal contempt of Congress" (test); "Paris court jails two police in high-profile
  rape case", "Thai political party withdraws nomination of princess ...", "Texas federal judge says drafting only
  men violates ...", "Puerto Rico Supreme Court removes Governor Pierluisi ..." (test3); "Germany bans Mahan Air",
  "Car bomb ramming attack ... Maidan Wardak", "Mokha, Yemen bomb ..." (tuned); "Arrest made as mayor of Gdansk ...",
  "New Zealand mosque murder suspect ...", "Charlottesville, Virginia killer sentenced ..." (dev); "Bombs kill at
  least 20 at cathedral in Mindanao", "Block of flats collapses in Aleppo", "Turkey's President Erdogan proposes
  converting Hagia Sophia ...", "Tunisian Prime Minister signs decree to ban face veils ...", "Gunman opens fire in
  El Paso ..." (dev2).
- Same dispute as a test3 article (the Puerto Rico governorship, whose later step is the Supreme Court's removal of
  Pierluisi): "Puerto Rico governor announces resignation following protests" (2019-07-28; also its only charge, the
  offensive Telegram messages, is the investigative-journalism centre's report) and "Puerto Rico's governor Rosselló
  resigns, new governor sworn in" (2019-08-04; the Senate's and San Juan's challenges to Pierluisi's oath).
- Fewer than two accusations: "Thousands march in anti-Brexit protest, London" (Watson's "lousy" deal is a judgment;
  "the politicians" ignoring protesters is the only charge); "Senator Ted Cruz proposes amendment ... term limits"
  (one charge, Congress "abused their power", from a member of Congress, no sides); "Polish leader Jaroslaw
  Kaczynski promises stricter punishments for child abusers" (one charge of an insincere church apology; the cover-ups
  are passive complaints); "Governor of US state of Alabama signs state anti-abortion measure" (lawsuits announced,
  no allegation); "Nancy Pelosi again elected Speaker", "Boris Johnson elected Conservative leader ...", "Taiwan's
  legislature first in Asia to legalize same-sex marriage", "Benin, Nigeria join African Union continental free trade
  bloc" (no dispute with charges).
- Outside the domain (charges, but no political, constitutional or legal dispute between sides): "Pope Francis
  instructs reporting of sexual abuse to higher church authorities" (a victims' group charges the church with keeping
  abuse secret; church governance); "Hotel fire kills at least seventeen in Karol Bagh, New Delhi" (Delhi's home
  minister blames officers and the owner for a fire); "Fire kills nine ... Chittagong" (an activist blames
  developers for arson); "Toronto serial killer Bruce McArthur ..." (passive allegations against police); "US
  Department of Justice investigating Ford over emissions testing problems" (an investigation, no allegation
  quoted); "Nine jailed over sexual abuse in Bradford", "California court sentences parents ...", "Driver in New
  Hampshire multi-motorcycle crash pleads not guilty" (ordinary criminal cases); "Magnitogorsk apartment building
  collapses ..." (speculation about terrorism, no accused); the rest (accidents, fires, weather, science, deaths,
  conventions, "540 million private Facebook records ...", "German migrant rescue charity renames ship ...", "Man
  sets himself on fire outside US White House") have no dispute.
Kept: the Manafort sentencing, the only unused article of the slice with a political figure's prosecution and two
charges the guidelines accept. Doubt: it is thin (1,358 characters, one defendant, courts as accusers, no statement
from either side); drop it if the split wants disputes where the sides themselves trade charges.

Domestic dispute: as in heldout_a.py, the sides are named as the article names them. The courts are the judges, not
sides (no party item), but their findings make the allegations (heldout_a.py: the Supreme Court's "contrived"). The
article has two courts, Judge Amy Berman Jackson's and "another federal judge" in "a separate case"; it names
neither court, only "U.S. Federal Court", so both findings are given to one accuser "U.S. Federal Court" (doubt: two
different courts read as one actor). Doubts are marked "Doubt:" beside the item; what was deliberately not annotated
is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: the article has no alliance or mediator)

# --- Former Trump advisor, Paul Manafort, receives second sentence in U.S. Federal Court (2019) ---------------------
MAN_OPEN = "A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court on Wednesday."
MAN_SENT = (
    "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison and to also pay financial "
    "restitution to the Internal Revenue Service in the amount of US$6.16 million."
)
MAN_CHARGES = "Manafort's charges involved unregistered foreign lobbying and witness tampering."
MAN_ADMONITION = (
    "However, as part of her admonition, Judge Jackson stated, \"Saying I'm sorry I got caught is not an inspiring "
    "plea for leniency.\""
)
MAN_OTHER = "In last week's action, another federal judge sentenced Manafort to a 47 month prison term."
MAN_MUELLER = (
    "After his conviction in that case last summer, Manafort agreed to help with Robert Mueller's investigation."
)
MAN_LIED = "However, some months later, the judge in that case determined Manafort had lied and violated that deal."
MAN_FRAUD = (
    "In that trial, he faced 18 counts of fraud pertaining to his financial reporting for his pay while working on a "
    "foreign campaign in Ukraine."
)

GOLD = {
    # North America (US): Trump's former adviser Paul Manafort receives a second federal prison sentence, for
    # unregistered foreign lobbying and witness tampering; the court in his first case had found he lied and broke
    # his cooperation deal with Robert Mueller's investigation.
    "2019-03-15-former-trump-advisor-paul-manafort-receives-second-sentence": [
        # The defendant: a private person now ("former advisor"), acting for no state (README: a person is an actor
        # when acting for no state or group).
        P("Paul Manafort", "person", MAN_OPEN, MAN_SENT,
          aliases=["Manafort", "A former advisor for U.S. President Donald Trump"]),
        # The prosecuting side the article names: the deal Manafort broke was with it. Doubt: the article never says
        # Mueller's investigation brought either case; drop it if only the defendant is a side (the courts judge).
        P("Robert Mueller's investigation", "government_body", MAN_MUELLER, MAN_LIED,
          aliases=["Mueller's investigation", "Robert Mueller"]),
        # Judge Jackson's court sentences him on these charges: the court's finding is the allegation (as the
        # Supreme Court's ruling in heldout_a.py). Doubt: "Manafort's charges" alone is passive (who charged him is
        # not said); it is kept because the named judge sentenced him on them in the sentence before.
        X("U.S. Federal Court", "Paul Manafort", "unregistered foreign lobbying and witness tampering",
          MAN_OPEN, MAN_SENT, MAN_CHARGES, speaker="Amy Berman Jackson"),
        # The other court's finding that he broke the cooperation deal. Accuser "U.S. Federal Court" (the article's
        # only name for a court; doubt: a different court from Judge Jackson's, "another federal judge"). No
        # speaker: the judge is not named.
        X("U.S. Federal Court", "Paul Manafort", "Manafort had lied and violated that deal",
          MAN_OPEN, MAN_OTHER, MAN_LIED),
        # Not items: Judge Jackson's "Saying I'm sorry I got caught is not an inspiring plea for leniency" judges his
        # plea (a judgment, not a new allegation; doubt: it implies he is sorry only for being caught); "he faced 18
        # counts of fraud pertaining to his financial reporting" is a passive charge with no accuser, and the article
        # never says what he was convicted of in that trial beyond "related to Manafort's lobbying business" (doubt:
        # the conviction is the other court's finding); solitary confinement is the article's own report; the
        # restitution to the Internal Revenue Service makes the IRS a payee, not a side (no party); Donald Trump is
        # named only as the man Manafort once advised (a former tie: no party, no alliance); Ukraine is where he
        # worked on a campaign (no party). No mediator, no alliance.
    ],
}
