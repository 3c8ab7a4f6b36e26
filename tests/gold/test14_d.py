"""Hand gold for part d of the test14 split (tests/corpus/test14/, index_d.json): two Wikinews articles, both 2020.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
wikinews_2020.csv (columns url,date,title,text; stored version at commit ebb25d3c66507269b14c437b5f4b04bf26b3b056,
913,309 characters), read with read_file only. My slice was offsets 304000 to the end of the file; I read it page
by page (304000, 320000, ... 912000: all thirty-seven pages), so every article that starts in the slice was seen
to its end. Each body is the CSV "text" field as read_file shows it, each doubled "" written as one ", leading and
trailing white space removed and one final newline added; everything else kept: the triple line breaks between
paragraphs, the single line breaks inside paragraphs ("a consistent life ethic"\nincluding", "2020 presidential
election.\nLast September", "get the project back online.\nI understand"), runs of two and three spaces
("command-line.   The blockade", "arguing  Tidball", "Internet entrepreneur  Bill Hammons"), trailing spaces
before paragraph breaks ("for such use". ", "for vice president.   ", "voice of freedom." "), the missing full stop
in "rose to the position of chairman", the curly apostrophe in "Biden’s lead", "§", "—", "Muñoz", the one-dot
leader in "Sergey M․" and the typos ("contant vandalism", "a world of a lawful uses"). Dates and titles are the
CSV's; urls the CSV's with "//wiki/" written "/wiki/".

Regions and years: North America (United States), 2020, both. The GitHub/RIAA article is a copyright takedown
fought between a trade association and a software project, with the host caught between them; the campaign
roundup is a domestic political dispute between the two major presidential candidates with charges from third
persons (Obama, Mary Trump, Kanye West). Domestic sides are named as in heldout_a and test12_e (the September
edition of the same series): candidates as persons, their campaigns as aliases and as the `speaker`.

Domain doubts:
- "GitHub blocks public access to youtube-dl after RIAA issues DMCA notice" is a legal dispute with named sides
  and written charges (the DMCA notice), but private law (copyright), not a government, court or politician.
  test12_e left it out as "software and copyright"; I keep it because the brief's domain names legal disputes.
  Doubt: drop it if the split wants political disputes only. It holds exactly two accusations (both the RIAA's).
- "On the campaign trail in the USA, July 2020" is a monthly US campaign roundup; most of its second half is the
  introductions of three vice-presidential interviews whose answers are not in the stored text (only the
  questions). Doubt: long (13,929 characters) and diffuse, but the charges between the candidates are many and
  explicit.

Same-article and same-event check: titles and urls grepped in every tests/corpus/**/index*.json (neither article,
nor the June and August editions, nor the second youtube-dl article is in any). Right before writing, tests/corpus/
test14/ held index_a, index_b and index_c with "Former Trump advisor, Paul Manafort, receives second sentence ...",
"US Federal judge rules American Samoans are citizens ...", "US Supreme Court overturns fraud convictions in Kelly v.
United States" and "On the campaign trail in the USA, May 2020": none is mine; the May edition is another month of
the same series (doubt: two editions of one roundup series in one split). Neither article is about an event of tests/corpus/test/ or test3/:
test/ holds the post-election dispute (the pro-Trump protest of November 2020, the transition, the "stolen"
election rally) and test3/ the cancelled second Trump-Biden debate of October 2020; the July roundup ends on 31
July and its mail-in passages are Obama's charge and Trump's tweet about delaying the election, not the disputed
result. Doubt: a strict reader may count the whole 2020 campaign as one dispute with the post-election articles;
test12 kept the September edition of this series on the same reading as mine.

Every article that starts in my slice, in the order of the file, and why it was left out:
- "Open source game developer Perttu Ahola talks about Minetest with Wikinews" (2020-06-30): software interview.
- "Iran issues arrest warrants for 36 people, including US President Trump; seeks Interpol's aid" (2020-07-02):
  already in tests/corpus/dev/.
- "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi" (2020-07-06): interview on
  ex-Muslim women; no dispute between named sides.
- "Astronomer Anthony Boccaletti discusses observation of birth of potential exoplanet with Wikinews" (2020-07-07):
  science.
- "11-month old baby finds illegal drugs in playground in British Columbia, Canadian police report" (2020-07-08):
  crime and health; Jyrkkanen's disagreement with a correlation is no charge.
- "Seoul city Mayor Park Won-soon found dead, South Korean police confirm" (2020-07-09): one allegation only (the
  former secretary's sexual-harassment complaint against Park); the brief asks for at least two.
- "Serbian protesters try to storm Parliament; fourth day of protests" (2020-07-12): already in tests/corpus/dev/.
- "On the campaign trail in the USA, June 2020" (2020-07-25): in domain (the administration's suit against
  Bolton's book, Bolton's claim that Trump asked Xi for help, Trump's "broke the law"); left out to keep one
  edition of the series per part and for time. Doubt: a fair candidate for another split.
- "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk"
  (2020-08-03): already in tests/corpus/dev/.
- "Passenger flight crashes upon landing at Calicut airport in India" (2020-08-08): accident.
- "Biden announces Kamala Harris as 2020 running mate in US presidential race" (2020-08-12): campaign news without
  a charge ("take this fight to Trump" alleges nothing).
- "Water main bursts in White Plains, New York, US" (2020-08-13): local news.
- The three "2020 Sunshine Coast Rugby Union season" match reports (2020-08-18, 2020-08-25, 2020-09-01): sport.
- "Russia's Navalny airlifted to Germany" (2020-08-22): already in tests/corpus/test12/.
- "On the campaign trail in the USA, July 2020" (2020-08-31): KEPT.
- "Tributes paid to recently deceased US actor Chadwick Boseman" (2020-09-02), "Former President of India Pranab
  Mukherjee dies aged 84" (2020-09-03), "Guitarist Eddie Van Halen dies, aged 65" (2020-10-08), "US professional
  wrestler Jon Huber dies aged 41" (2020-12-28): obituaries.
- "Germany says Alexei Navalny poisoned with Novichok" (2020-09-05): already in tests/corpus/index.json (tuned).
- "Three children seriously injured as bus hits bridge in Winchester, England" (2020-09-10): accident.
- "On the campaign trail in the USA, August 2020" (2020-09-30): in domain (the AIP and Birther charge that Kamala
  Harris is ineligible, Richardson's "Trump/GOP plant", the USPS charges, Pelosi's and the Democrats' charges);
  left out for time and to keep one edition per part. Doubt: the best unused candidate of the slice.
- "South London police officer Matt Ratana shot in custody centre" (2020-09-30): crime; the "alleged shooter" has
  no named accuser.
- "US President Donald Trump tests positive for COVID-19" (2020-10-03): health.
- "Second US Biden-Trump debate cancelled amid safety controversy" (2020-10-12): already in tests/corpus/test3/.
- "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers ..." (2020-10-18): interview;
  personal complaints (police "maybe ... bribed"), no dispute between named sides.
- The interviews of Don Blankenship (2020-10-19), Phil Collins (2020-10-22), Bill Hammons (2020-10-23), Jo
  Jorgensen (2020-10-29) and Brian Carroll (2020-10-30): the stored text keeps only introductions and questions.
- "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng" (2020-10-22) and the two Groom by-election
  interviews (Craig Farquharson, Sandra Jephcott; 2020-11-27): local elections, judgments of policies only.
- "GitHub blocks public access to youtube-dl after RIAA issues DMCA notice" (2020-10-26): KEPT.
- "TEST PAGE:Self-publish yesterday" and "TEST PAGE:Self-publish today" (dated 2021): stubs.
- "On the campaign trail in the USA, September 2020" (2020-10-29): already in tests/corpus/test12/.
- "On the campaign trail in the USA, October 2020" (2020-11-02): it covers the cancellation of the second
  Trump-Biden debate (the event of test3's article), so out.
- "Joe Biden projected US president-elect" (2020-11-07): Trump's refusal to concede and "legal challenges" are the
  post-election dispute of tests/corpus/test/; and no charge between named sides.
- "Turkish government stops search of survivors of Aegean Sea earthquake off Izmir" (2020-11-07): disaster.
- "Violence breaks out in Washington, DC at pro-Trump protest" (2020-11-17), "US federal agency announces plans to
  begin presidential transition process ..." (2020-11-26), "Conservative groups hold rally in Washington D.C. ..."
  (2020-12-15): already in tests/corpus/test/.
- "Wikinews discusses DRM and DMCA with Richard Stallman after GitHub re-enables public access to youtube-dl"
  (2020-11-17): a later step of the kept youtube-dl dispute (one article per dispute), and mostly an interview.
- "Suspect in Kenosha, Wisconsin protester killings released from jail on US$2 million bond" (2020-11-22): the
  charges are passive ("is accused of", "has been charged"), no named accuser; the lawyers' self-defence claim is
  a denial.
- "Red Hat to move focus away from CentOS in favour of Stream; ..." (2020-12-14), "Gregory Kurtzer discusses plans
  for Rocky Linux with Wikinews ..." (2020-12-18): software.
- "Prime Minister of Slovakia Igor Matovič tests positive for COVID-19" (2020-12-21): already in
  tests/corpus/test3/.
- "'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager ..." (2020-12-25): science.
- "Chilean authorities report first COVID-19 outbreak in Antarctica" (2020-12-26): health.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: neither article has a mediator)

# --- GitHub blocks public access to youtube-dl after RIAA issues DMCA notice (2020-10-26) ----------------------
YT_BLOCKED = (
    "On Friday, code hosting and sharing website GitHub blocked the public access to youtube-dl, a software which "
    "can download videos from the internet via the command-line."
)
YT_NOTICE = (
    "The blockade came after GitHub received a Digital Millennium Copyright Act (DMCA) take-down notice from the "
    "Recording Industry Association of America (RIAA)."
)
YT_SCRIPT = (
    "Initially started in July 2008 by Ricardo Garcia, youtube-dl is a script written in Python which can download "
    "videos from multiple websites including YouTube, LiveLeak and Vimeo."
)
YT_ALLEGED = (
    "RIAA's DMCA notice alleged the script's purpose of existence was to \"circumvent the technological protection "
    "measures used by authorized streaming services such as YouTube\" and \"reproduce and distribute music videos "
    "and sound recordings owned by our member companies without authorization for such use\"."
)
YT_CLAIMED = (
    "Citing this test, RIAA's take-down notice claimed \"comments in the youtube-dl source code make clear that the "
    "source code was designed and is marketed for the purpose of circumventing YouTube's technological measures\"."
)
YT_1201 = (
    "RIAA's notice published by GitHub alleged violation of 17 U.S. Code § 1201 Circumvention of copyright "
    "protection systems which says \"No person shall circumvent a technological measure that effectively controls "
    "access to a work protected under this title\"."
)
YT_FORKS = (
    "RIAA listed a number of forks of youtube-dl and requested GitHub via the notice they all be made inaccessible."
)
YT_EFF = (
    "The Electronic Frontier Foundation said on Twitter \"Youtube-dl is a legitimate tool with a world of a lawful "
    "uses.  Demanding its removal from Github is a disappointing and counterproductive move by the RIAA.\""
)

# --- On the campaign trail in the USA, July 2020 (2020-08-31) ----------------------------------------------------
CJ_LEAD = (
    "As the campaign reached July, presumptive Democratic presidential nominee Joe Biden led incumbent President "
    "Donald Trump, the presumptive Republican presidential nominee, in the RealClearPolitics head-to-head polling "
    "average, 49.7 percent to 40.3 percent."
)
CJ_PORTLAND = "President Trump sent Department of Homeland Security officers to protect federal buildings in Portland."
CJ_CHAOS = (
    "Biden criticized the move, arguing Trump was \"sow[ing] chaos and division\" and \"mak[ing] matters worse.\""
)
CJ_CRIMINALS = "The Trump campaign accused Biden of \"siding with criminals.\""
CJ_KIM = (
    "West held his first campaign rally in Charleston, where he tearfully discussed potentially aborting his first "
    "child with wife Kim Kardashian, screaming \"I almost killed my daughter!\""
)
CJ_LOCK = (
    "The next day on Twitter West accused his wife of attempting to \"lock me up\" due to his comments at the rally."
)
CJ_STONE = "In mid-July, Trump commuted the prison sentence of confidante Roger Stone."
CJ_ABUSE = (
    "The Biden campaign criticized the commutation as an abuse of power, pointing to the \"ballot box\" as the only "
    "way to stop Trump."
)
CJ_NIECE = "Several days later, Trump's niece Mary Trump released the tell-all book Too Much and Never Enough."
CJ_SAT = (
    "The book alleges, among other things, that Trump paid his friend Joe Shapiro to take the SAT for him before his "
    "admission to the Wharton School of the University of Pennsylvania."
)
CJ_FORMER = "Three former presidents including Barack Obama attended the funeral."
CJ_OBAMA = (
    "During his eulogy, Obama took a veiled shot at Trump for his attacks on mail-in voting, which critics, like "
    "Obama, have said amounted to voter suppression."
)
CJ_DELAY = (
    "As the funeral progressed, Trump tweeted about possibly delaying the 2020 election due to his concerns about "
    "potential fraud from widespread mail-in balloting instituted due to the pandemic."
)
CJ_DISTRACT = "Biden attacked Trump for the tweet, claiming he used it to distract from Lewis's funeral."
CJ_BREAD = (
    "The Bread and Roses Party ticket of University of Maryland research scholar Jerome Segal for president and "
    "filmmaker John de Graaf for vice president secured a spot on the ballot in Vermont in July."
)
CJ_SWING = (
    "In swing states, to avoid the spoiler effect, the party supports the Democratic Party's presidential ticket."
)

GOLD = {
    # North America (US): the RIAA's DMCA notice makes GitHub block youtube-dl; the EFF backs the project.
    "2020-10-26-github-blocks-public-access-to-youtube-dl-after-riaa-issues": [
        # The accuser: a trade association ("our member companies"), named by its long name and acronym.
        P("Recording Industry Association of America", "other", YT_NOTICE, YT_ALLEGED, aliases=["RIAA"]),
        # The accused: the software project (its maintainers Sergey M. and, formerly, Hagemeister speak for it).
        P("youtube-dl", "other", YT_BLOCKED, YT_ALLEGED,
          aliases=["the script", "youtube-dl script", "the youtube-dl project", "the software", "Youtube-dl"]),
        # The host that blocked the repository at the RIAA's request (the one that acts against the accused).
        # Doubt: GitHub only complies with the notice; read as a side because it carried out the block.
        P("GitHub", "other", YT_BLOCKED, YT_FORKS, aliases=["Github", "Microsoft's GitHub"]),
        # Doubt: the EFF's "a legitimate tool" read as declared political support for the project (the EFF is no
        # party: it comments from outside the dispute).
        A(["Electronic Frontier Foundation", "youtube-dl"], "political_support", YT_EFF),
        # One allegation said three ways (the purpose of circumventing protection measures, the source code
        # "designed ... for the purpose of circumventing", and the legal charge under § 1201 "Circumvention"): one
        # item. Doubt: the § 1201 charge could be read as a separate (legal) allegation.
        X("Recording Industry Association of America", "youtube-dl",
          "circumvent the technological protection measures used by authorized streaming services such as YouTube; "
          "violation of 17 U.S. Code § 1201 Circumvention of copyright protection systems",
          YT_ALLEGED, YT_CLAIMED, YT_1201),
        # A second, different wrong in the same sentence (copying and distributing without authorisation): a
        # second item.
        X("Recording Industry Association of America", "youtube-dl",
          "reproduce and distribute music videos and sound recordings owned by our member companies without "
          "authorization", YT_SCRIPT, YT_ALLEGED),
        # Not items: the EFF's "a disappointing and counterproductive move by the RIAA" (a judgment of a decision);
        # Hagemeister's "not warranted because youtube-dl is entirely legal" (a denial for the accused, and a
        # judgment of the notice); Sergey M.'s "an unsatisfactory outcome" (a judgment); the users' "rather than
        # rely on one single proprietary server" (no wrong alleged); "subject to contant vandalism from multiple
        # GitHub users" and "The notice did not list any incident ..." (the article's own report); Stallman's
        # criticism of DRM (no accused). No alliance between GitHub and the RIAA (compliance with a notice, not a
        # declared tie) nor between Microsoft and GitHub (ownership). No mediator.
    ],
    # North America (US): the July 2020 roundup of the Trump-Biden presidential campaign.
    "2020-08-31-on-the-campaign-trail-in-the-usa-july-2020": [
        P("Donald Trump", "person", CJ_LEAD,
          aliases=["Trump", "President Trump", "President Donald Trump", "incumbent President Donald Trump",
                   "the President", "Trump campaign", "The Trump campaign"]),
        P("Joe Biden", "person", CJ_LEAD,
          aliases=["Biden", "Biden campaign", "The Biden campaign",
                   "presumptive Democratic presidential nominee Joe Biden"]),
        # Declared support: the party backs the Democratic ticket (Biden, its presumptive nominee, CJ_LEAD) in
        # swing states. Doubt: Biden is not named in the sentence, only "the Democratic Party's presidential ticket".
        A(["Bread and Roses Party", "Joe Biden"], "political_support", CJ_BREAD, CJ_SWING, CJ_LEAD),
        # "the move" = sending Homeland Security officers to Portland. Two phrasings of one charge: one item.
        X("Joe Biden", "Donald Trump", "sow[ing] chaos and division; mak[ing] matters worse",
          CJ_PORTLAND, CJ_CHAOS),
        X("Donald Trump", "Joe Biden", "siding with criminals", CJ_CRIMINALS, speaker="Trump campaign"),
        # Doubt: a charge inside a candidate's family, not between the campaign's sides; kept because the article
        # says "accused". Neither West nor Kardashian is a party of the Trump-Biden dispute.
        X("Kanye West", "Kim Kardashian", "attempting to \"lock me up\"", CJ_KIM, CJ_LOCK),
        X("Joe Biden", "Donald Trump", "an abuse of power", CJ_STONE, CJ_ABUSE, speaker="Biden campaign"),
        # Doubt: a book's allegation, read as its author's (a named relative, not a news organisation; test12_e
        # left The Atlantic's and Woodward's reports out as publications' own reports).
        X("Mary Trump", "Donald Trump", "Trump paid his friend Joe Shapiro to take the SAT for him",
          CJ_NIECE, CJ_SAT),
        # "critics, like Obama": the unnamed critics add nothing; Obama is the named accuser.
        X("Barack Obama", "Donald Trump", "attacks on mail-in voting amounted to voter suppression",
          CJ_FORMER, CJ_OBAMA),
        X("Joe Biden", "Donald Trump", "used it to distract from Lewis's funeral", CJ_DELAY, CJ_DISTRACT),
        # Not items: Trump calling Stone's sentence "unjust" (a judgment of a court's decision); Stone "found guilty"
        # and Mueller's investigation of "Russian interference" (a past finding, passive, no accuser in the
        # article); Trump's "concerns about potential fraud from widespread mail-in balloting" (no accused named);
        # Trump condemning "rioters who desecrate statues and memorials" (no actor named beyond the wrong itself;
        # doubt); West's "disappointment at reports Trump hid in the White House basement" (news reports; doubt);
        # West's criticism that Biden "was not 'special'" (a judgment); the interviewer's question whether West was
        # "running to help President Trump defeat Biden" (a question, so no alleged-involvement alliance either;
        # doubt); Shriver's account that Trump had not met Shapiro (a rebuttal); West's family's concerns about his
        # mental state and Trump's threat to withhold school funds (no wrong alleged). No alliances: West's
        # "previous support for President Trump" (a former tie); Herman Cain, co-chair of Black Voices for Trump,
        # died that day (a tie ended; doubt); Stone as Trump's "confidante" (a personal tie, no declared support).
        # No mediator. The three vice-presidential interviews hold only questions.
    ],
}
