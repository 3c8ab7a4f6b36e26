"""Hand gold for part b of the test14 split (tests/corpus/test14/, index_b.json): one 2019 Wikinews article.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
data/wikinews_2019.csv (columns url,date,title,text), stored version at commit
b134aa9d261fe904f5c50a82b4d3cb001f8771bf (total 442,660 characters), read with read_file only. My slice was offsets
224000 to the end of the file; I read it page by page (16,000 characters a page) from 224000 to 442660. The article
open at 224000 (the PALM Ebola drug trial) started in the slice before mine and is not mine. The body is the CSV
"text" field as read_file shows it, doubled "" written as one ", leading and trailing white space removed and one
final newline added; everything else kept (three newlines between paragraphs, the trailing space after "upon
appeal.", "by Congress." and "elected office.", the "[.]" and the article's "American Samoan's objections"). Title
and date are the CSV's; the url is the CSV's with "//wiki/" written "/wiki/".

Region and year: Oceania / the United States (American Samoa, an unincorporated US territory; plaintiffs living in
Utah), December 2019.

Domain: a lawsuit against the federal government over citizenship, with a territory's government opposing the
ruling: a legal and constitutional dispute with named sides. Doubt: thin for the split. The court's finding against
the government and the American Samoa government's charge against the ruling are its two accusations, and the
second is close to "a judgment of a decision"; it is kept because it charges a violation ("violates fundamental
principles of self-determination"), as heldout_a keeps "the declaration ... is unconstitutional". Domestic sides
are named as the article names them (heldout_a's rule): the government of American Samoa is "American Samoa"; the
federal side, never named as a defendant, is "United States"; the court is the judge, not a side (no party item),
and is named by its judge, "Clark Waddoups", the only name the article gives it.

Same-article check: title and url grepped in every tests/corpus/**/index*.json (no hit, no "Samoa" anywhere);
nothing in tests/corpus/test/ or tests/corpus/test3/ is about American Samoa or territorial citizenship (test3's
"Native American groups sue US state of Montana over ballot law" is another dispute). test12_b.py considered this
article for test12 (armed-conflict domain) and left it out as off domain; it is in no index. tests/corpus/test14/
held no other annotator's index when this part was written.

Every article of the slice considered, and why the others were left out:
- In use already: "Hong Kong protests continue through police opposition, rainstorms" (dev); "World leaders call
  to address Amazon rainforest fires at G7" (dev2); "Queen Elizabeth agrees to suspend UK Parliament ahead of
  Brexit deadline" (test); "Hong Kong leader announces withdrawal of extradition bill" (dev2); "Longtime leader of
  Zimbabwe Robert Mugabe dies aged 95" (dev2); "Scottish court finds suspension of UK parliament unlawful" (test3);
  "Oil facilities in Saudi Arabia hit by drone attacks" (tuned); "US President Trump says Osama bin Laden's son
  killed" (dev2); "Iran's President Rouhani tells foreign powers to leave Persian Gulf" (tuned); "UK Supreme Court
  rules prorogation of parliament unlawful" (test); "US Speaker Pelosi announces Trump impeachment investigation"
  (test3); "Fiancee of murdered Saudi journalist demands justice at UN General Assembly" (dev2); "U.S. House issues
  subpoena to secretary of state ..." (dev); "Police shoot teenage protester as Hong Kong demonstrations continue"
  (dev); "European Court of Justice says Facebook must remove 'illegal' posts globally" (test3); "US President
  Trump announces troop withdrawal from Syria" (tuned); "U.S. judge orders release of President Trump's tax
  records ..." (test3); "UK urges US to waive immunity for diplomat's wife ..." (dev2); "Indonesian security
  minister Wiranto stabbed" (dev2); "Kurds announce deal with Assad's government as Turkey invades Syria's
  northeast" (tuned); "Hong Kong's Carrie Lam delivers speech on video after protests in legislature" (test);
  "Hundreds arrested for 'dark web' child porn ..." (dev); "US announces restrictions on flying to Cuba" (dev2);
  "U.S. House formalizes rules for Trump impeachment proceedings" (test); "Coalition authorities report no
  casualties from missile strike on Iraqi air base" (tuned); "Bystanders foil knife-weilding man on London Bridge
  ..." (test12); "US House of Representatives impeaches President Trump" (dev).
- Same dispute as a test/test3 article: "UK Prime Minister Johnson suspends parliament for five weeks as Brexit
  deadline approaches" (the prorogation of test's and test3's articles); "Hundreds of Hong Kong district council
  seats go to pro-democracy candidates" (the Hong Kong protest movement of test's two Hong Kong articles).
- In the wider domain but without two accusations: "US president Trump ousts national security advisor Bolton"
  (disagreements, no one charged with a wrong); "New South Wales decriminalizes abortion" (Abbott's "infanticide on
  demand" judges a law); "Hungarian state-owned enterprise acquires Hirtenberger Defence Group" (Nepszava's
  "appeared to circumvent the Ministry of Defence" is a newspaper's own report); "Canada 2019 general election ...",
  "Conservative Party wins majority in 2019 UK general election" (results, no charges).
- Courts and crime outside the split's domain: "United States doctor sentenced to 40 years for opioid
  prescriptions" (a doctor's prosecution, not a political or constitutional dispute); "Brother of murdered
  Pakistani social media star sentenced to life" (a family murder; "Qawi was later accused" is passive); "Four
  stabbed to death at Paris police headquarters" (no accuser or accused); "Kennedy assassin Sirhan Sirhan stabbed in
  California prison".
- Off domain: the Democratic candidates leaving the race (Hickenlooper, Gillibrand, de Blasio, O'Rourke) and the
  Libertarian candidate's interview (Kokesh); obituaries (Pohiva, whose 1996 contempt and sedition charges are
  background; Robert Hunter; Chirac, whose corruption conviction is background; Ginger Baker; Leonov; Cummings;
  Conyers; Hagan; Imus); hurricanes, a typhoon and an earthquake; the California boat fire, the Nevada and
  Connecticut plane crashes, the Waterloo engineer; science, health (Samoa measles), sport, the lion man, the
  missing chef, the gold toilet, Area 51, Fan Expo, the Mister America premiere, PG&E outages, the Nobel prize,
  Arapaho buffalo, the Lost 52 submarine, Greta Thunberg.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: the article has no mediator)

# --- US Federal judge rules American Samoans are citizens, then delays implementation pending appeal (2019) -------
SAM_OPENING = (
    "On Friday, United States District Judge Clark Waddoups reconsidered his decision made the previous day — that "
    "people born in American Samoa are United States citizens and not merely U.S. nationals."
)
SAM_STAY = "Instead, he put a stay on his ruling until the issue is resolved upon appeal."
SAM_THURSDAY = (
    "On Thursday, Waddoups wrote denying American Samoans citizenship violated the Fourteenth Amendment to the "
    "United States Constitution, which established the country's policy of citizenship for every person born on its "
    "soil."
)
SAM_NATIONALS = (
    "American Samoans, unlike people born in the fifty states and all other U.S. possessions, such as Puerto Rico "
    "and Guam, do not automatically gain U.S. citizenship upon birth."
)
SAM_SUED = (
    "Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, who had moved to Utah, a state, sued to "
    "be allowed to vote and apply for government jobs that require citizenship."
)
SAM_EQUALLY = "They worked with the organization Equally American."
SAM_GOVT = (
    "The government of American Samoa issued a statement agreeing the issue should be decided by Congress and not "
    "by judges: \"imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty "
    "and the importance of the fa'a Samoa [the Samoan way of life].\""
)
SAM_SELFDET = (
    "Their statement also read \"imposition of citizenship over American Samoan's objections violates fundamental "
    "principles of self-determination.\""
)
SAM_AMATA = (
    "The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told the press: \"Because the "
    "residents of American Samoa have vibrant democratic processes and already had a path to citizenship that I had "
    "worked to make even more accessible, the ruling is particularly unwelcome and inappropriate[.]\""
)

GOLD = {
    # Oceania / United States: three American Samoans living in Utah sue for US citizenship; a federal judge finds
    # that denying it violates the Fourteenth Amendment, then stays his ruling; American Samoa's government and its
    # delegate in the US House oppose the ruling.
    "2019-12-16-us-federal-judge-rules-american-samoans-are-citizens-then-de": [
        # The plaintiffs: one side, named as the article counts them.
        P("Three American Samoans", "other", SAM_SUED,
          aliases=["Pale Tuli, Rosavita Tuli, and John Fitisemanu", "Pale Tuli", "Rosavita Tuli", "John Fitisemanu",
                   "Fitisemanu"]),
        # Doubt: a backer of the suit ("worked with"), not a plaintiff; kept as a side because the article ties
        # it to the plaintiffs and nobody else.
        P("Equally American", "other", SAM_SUED, SAM_EQUALLY,
          aliases=["the organization Equally American"]),
        # The side whose policy is found unconstitutional. Doubt: the article never names the defendant (the
        # federal government); "United States" is the only form it gives the federal side.
        P("United States", "state", SAM_OPENING, SAM_THURSDAY, SAM_NATIONALS,
          aliases=["U.S.", "US"]),
        # The territory's government opposes the ruling; its House delegate speaks for it (README: the office is
        # not an actor of its own). Kind: a territorial government, not a state.
        P("American Samoa", "government_body", SAM_GOVT, SAM_AMATA,
          aliases=["government of American Samoa", "The government of American Samoa", "Aumua Amata",
                   "The American Samoan delegate to the U.S. House of Representatives"]),
        # The plaintiffs worked with the organisation: a bloc acting together.
        A(["Three American Samoans", "Equally American"], "political_support", SAM_SUED, SAM_EQUALLY),
        # The court's finding is an allegation against the federal side (heldout_a: the Supreme Court's
        # "contrived"). The court is named by its judge; no party item for it (the judge, not a side).
        X("Clark Waddoups", "United States",
          "denying American Samoans citizenship violated the Fourteenth Amendment",
          SAM_OPENING, SAM_THURSDAY),
        # The statement charges the ruling ("judicial fiat") with violating American Samoa's sovereignty and
        # self-determination: one allegation said twice (sovereignty = self-determination here), two quotes.
        # Doubt: close to a judgment of a decision; and the accused could be read as the plaintiffs who ask for
        # the "imposition of citizenship", not the judge — "by judicial fiat" and "not by judges" point at the court.
        X("American Samoa", "Clark Waddoups",
          "imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty; "
          "imposition of citizenship over American Samoan's objections violates fundamental principles of "
          "self-determination",
          SAM_OPENING, SAM_GOVT, SAM_SELFDET),
        # Not items: Aumua Amata's "the ruling is particularly unwelcome and inappropriate" judges a decision; the
        # plaintiffs' suit states no allegation in the article's words (what they sued for, not a wrong charged);
        # the stay "until the issue is resolved upon appeal", the 2015 decision that only Congress can resolve
        # citizenship in the territories and the Supreme Court's 2016 refusal to hear a case are holdings with no
        # accused; "ability to affect federal legislation is limited" is the article's own statement. Congress and
        # the Supreme Court are named only as deciders (no party item). No mediator. No alliance between American
        # Samoa and the 2015 court decision it agrees with (a court is no ally).
    ],
}
