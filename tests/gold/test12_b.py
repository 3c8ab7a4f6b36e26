"""Hand gold for part b of the test12 split (tests/corpus/test12/, index_b.json): one Wikinews article, 2019.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, CSV
data/wikinews_2019.csv (columns url,date,title,text), stored version at commit
b134aa9d261fe904f5c50a82b4d3cb001f8771bf. Range read: offsets 224000 to 442660 (the file's end), fourteen pages
of 16,000 characters read in order with read_file; the range opens inside an Ebola-treatment article (health) and
ends with the file's last article ("Radio host Don Imus dies aged 79", 2019-12-30). It covers Wikinews from
2019-08-16 to 2019-12-30.
The body is the CSV text field as read_file shows it, doubled "" written as one ", leading and trailing white space
removed and one final newline added; everything else kept, the dateline "Monday, December 2, 2019 " (with its
trailing space) included, as are the double space in "open prison.  Another", "Łukasz" beside Piers Morgan's
"Luckasz", "program", "license" and the title's typo "knife-weilding". Doubt: part c's test12 files start with the
body proper (no dateline); the brief says to keep the text field exactly, so the dateline is kept here. Url: the
CSV's, "//wiki/" written "/wiki/".

Region and year: Western Europe (a knife attack in London by a man convicted of terrorism; November 29, 2019).

Same-event check (tests/corpus/index.json, every tests/corpus/*/index.json and tests/corpus/test12/index_*.json,
which held parts c and d when this part was written): the article's title and url are in none of them. It is the
same place as test9's "Seven killed, forty-eight injured in attack on London Bridge" (2017-06-05) but another
attack two and a half years later. Doubt: drop it if the split must not repeat a place.

Articles of the range considered and left out:
- Already used by an earlier split (title or url in an index): "Hong Kong protests continue through police
  opposition, rainstorms", "World leaders call to address Amazon rainforest fires at G7", "Queen Elizabeth agrees to
  suspend UK Parliament ahead of Brexit deadline", "Hong Kong leader announces withdrawal of extradition bill",
  "Longtime leader of Zimbabwe Robert Mugabe dies aged 95", "Scottish court finds suspension of UK parliament
  unlawful", "Oil facilities in Saudi Arabia hit by drone attacks", "US President Trump says Osama bin Laden's son
  killed", "Iran's President Rouhani tells foreign powers to leave Persian Gulf", "UK Supreme Court rules
  prorogation of parliament unlawful", "US Speaker Pelosi announces Trump impeachment investigation", "Fiancée of
  murdered Saudi journalist demands justice at UN General Assembly", "U.S. House issues subpoena to secretary of
  state as special envoy to Ukraine resigns", "Police shoot teenage protester as Hong Kong demonstrations continue",
  "European Court of Justice says Facebook must remove 'illegal' posts globally", "US President Trump announces
  troop withdrawal from Syria", "U.S. judge orders release of President Trump's tax records, appeals court issues
  delay", "UK urges US to waive immunity for diplomat's wife involved in fatal collision", "Indonesian security
  minister Wiranto stabbed", "Kurds announce deal with Assad's government as Turkey invades Syria's northeast", "Hong
  Kong's Carrie Lam delivers speech on video after protests in legislature", "Hundreds arrested for 'dark web' child
  porn by international task force", "US announces restrictions on flying to Cuba", "U.S. House formalizes rules for
  Trump impeachment proceedings", "Coalition authorities report no casualties from missile strike on Iraqi air
  base", "US House of Representatives impeaches President Trump".
- Near the domain but left out: "US president Trump ousts national security advisor Bolton" (2019-09-12: a
  domestic quarrel over a dismissal; North Korea, Iran and the Taliban are only named as topics of disagreement);
  "Four stabbed to death at Paris police headquarters" (2019-10-05: domestic crime, the attacker unnamed, no
  perpetrator group, no accusation; doubt: the closest call after the kept article); "Kennedy assassin Sirhan
  Sirhan stabbed in California prison" (2019-09-03: a prison assault); "UK Prime Minister Johnson suspends
  parliament for five weeks as Brexit deadline approaches" (2019-09-11: domestic politics); "Hungarian state-owned
  enterprise acquires Hirtenberger Defence Group" (2019-11-07: a defence-industry purchase, "no political turmoil"
  expected, no dispute); "Lost 52 Project announces discovery of wrecked sub near Okinawa" (2019-11-13: Second World
  War history); "Hundreds of Hong Kong district council seats go to pro-democracy candidates" (2019-11-27: a
  domestic election); "Brother of murdered Pakistani social media star sentenced to life" (2019-09-30: a court case).
- Off the domain (not considered further): campaign ends and elections (Hickenlooper, Gillibrand, de Blasio,
  O'Rourke, Canada, the UK general election, the Libertarian candidate interview), obituaries (Pohiva, Hunter,
  Chirac, Baker, Leonov, Cummings, Conyers, Hagan, Imus), storms and earthquakes, science, health, sport, courts (an
  opioid doctor, American Samoa citizenship), accidents and curiosities.
So only one article of the range is in the domain and unused; the brief allows up to three.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Bystanders foil knife-wielding man on London Bridge (2019) ----------------------------------------------
LB_FRIDAY = (
    "On Friday, 28-year-old Usman Khan stabbed reportedly several people at Fishmongers' Hall in London with a large "
    "knife, then fled up London Bridge."
)
LB_SHOT = "Police arrived and shot him dead."
LB_POLICE_CALL = (
    "According to police, they received the first call about the attack at Fishmongers' Hall around 2:00 p.m. local "
    "time."
)
LB_REPORTED = "Police reported the attacker exited the Hall and continued to attack others."
LB_SURROUNDED = (
    "According to these videos and NPR, the police then surrounded the attacker aiming at him with their guns, moved "
    "a last bystander out of the way, and shot Khan."
)
LB_VEST = (
    "Police also said Khan had appeared to be wearing a suicide vest, though it was later found to be a harmless "
    "fake."
)
LB_CONVICTED = (
    "Khan was convicted of terrorism years ago for his participation in a London Stock Exchange bomb plan and served "
    "eight years of a sixteen-year sentence."
)

GOLD = {
    # London: Usman Khan, released on licence after a terrorism conviction, stabs people at Fishmongers' Hall and on
    # London Bridge; bystanders stop him and police shoot him dead.
    "2019-12-02-bystanders-foil-knife-weilding-man-on-london-bridge-with-fir": [
        # The attacker, acting for no state or group the article names (README: a person is an actor only then).
        P("Usman Khan", "person", LB_FRIDAY, LB_CONVICTED, aliases=["Khan", "the attacker"]),
        # Doubt: the police who shot him dead read as the state's armed organ (README: an army or guard corps acting
        # for a state -> the STATE); the article never names the United Kingdom, only London (its capital) as the
        # place attacked, so the state is named through "London" alone. A reading with no second party, or with
        # "police" as a party of its own, would be defensible.
        P("United Kingdom", "state", LB_FRIDAY, LB_SHOT, LB_SURROUNDED, aliases=["London", "police", "Police"]),
        # Doubt: the police's own account of the attack read as an allegation against Khan (as "according to
        # Armenian sources" -> Armenia, no speaker needed; speaker given as the article names only "police");
        # "the attacker" is Khan (LB_FRIDAY names him and London). Read as one allegation, the call about "the
        # attack at Fishmongers' Hall" (LB_POLICE_CALL) being the same attack.
        X("United Kingdom", "Usman Khan", "the attacker exited the Hall and continued to attack others",
          LB_FRIDAY, LB_REPORTED, speaker="police"),
        # Not items: "Usman Khan stabbed reportedly several people" and "Khan reportedly started attacking people
        # there ... according to The Times" (the article's and a newspaper's own reports, no accuser); "Police also
        # said Khan had appeared to be wearing a suicide vest" (a description of what he seemed to wear, found to be
        # a harmless fake; doubt: it could be read as a second police allegation); "Khan was convicted of terrorism
        # ... London Stock Exchange bomb plan" (a past conviction, passive, the court not named: no accuser; doubt,
        # since labelling someone a terrorist is an accusation when someone does it); Piers Morgan's jibe at
        # "someone says, 'we've let too many Eastern Europeans into this country'" (aimed at nobody named); Lucy
        # Fischer's account of his licence conditions (a journalist's report); David Wilson's "suicide by cop"
        # speculation (about attackers in general, no accused). The bystanders (James Ford, Thomas Gray, the chef
        # Łukasz, "Members of the public") fought him but act for no state or group: not parties (doubt). No
        # mediator, no alliance (no group behind Khan is named).
    ],
}
