"""Hand gold for part c of the test12 split (tests/corpus/test12/, index_c.json): two Wikinews articles, both 2020.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
wikinews_2020.csv (columns url,date,title,text), stored version at commit ebb25d3c66507269b14c437b5f4b04bf26b3b056,
read with read_file only. My range was offsets 0 to 304000; I read it page by page from offset 0 to 304000, and on
to 352000 because the article open at 304000 (the Neanderthal interview, off topic) ran on until about 346000. Each
body is the CSV "text" field as read_file shows it, doubled "" written as one ", leading and trailing white space
removed and one final newline added; everything else kept (three newlines between paragraphs, the double space in
"tens or hundreds of thousands.  It was", the space before a paragraph break after "national mourning.", the typo
"a forth term"). Dates and titles are the CSV's; urls the CSV's with "//wiki/" written "/wiki/".

Regions and years: the Middle East (Iran: the funeral of Qasem Soleimani, killed by a US air strike in Iraq;
January 2020) and Central Africa (Burundi: the death of President Pierre Nkurunziza, with his third term's failed
coup and the civil war in which he fought with the CNDD-FDD; June 2020).

The range is poor in the domain. Most of it is the COVID-19 pandemic, the US primaries and long Wikinews interviews
(a chess player, neuroscientists, an astronomer, an archaeologist). Every in-domain article of the range is already
in use (tests/corpus/*/index.json and test12/index_*.json checked; index_d.json held only part d's Navalny article
when this part was written):
- "United States military kills Qasem Soleimani", "Iraqi Parliament votes for expulsion of United States troops",
  "Greek prime minister reaffirms EastMed pipeline project ...", "Cairo summit denounces Turkish-Libyan maritime
  border agreement", "Iran admits downing Ukrainian jet, cites 'human error'" and "Yemeni journalist Nabil Hasan
  al-Quaety shot dead in Aden" (tuned); "Sultan Qaboos of Oman dies" (test); "Police shoot man dead after
  'terrorist-related' knife attack in London", "Philippines' largest television network shut down by government"
  and "Three killed, three others injured in stabbing attack in Reading, UK" (dev).
So both articles kept are borderline: the armed conflict is background, not the centre. Doubt: drop either if the
split wants only articles whose centre is the dispute.
- Kept: the Soleimani funeral stampede (733 characters, shorter than the ~1,200 the brief prefers; the US strike that
  killed Iran's Quds Force head is the one conflict fact) and Nkurunziza's death (1,550 characters; a failed coup
  with hundreds dead and a civil war with 300,000 dead, the CNDD-FDD a side).
- Considered and left out: "Iranian International Master Dorsa Derakhshani discusses her chess career with
  Wikinews" (sport; Iran's chess federation banning players, among them for playing an Israeli, is no armed or
  diplomatic dispute between the states); "Former Egyptian President Hosni Mubarak dies" (no dispute at all);
  "South Sudanese politician John Luk Jok dies aged about 68" (independence and "peace negotiations" named only as
  his career); "Ukrainian president rejects prime minister's resignation over leaked audio recording" (domestic
  politics); "First foreigners die from coronavirus in Wuhan, China" and the other pandemic articles (health);
  "Iranian government official Mohammad Mir-Mohammadi dies of COVID-19" (health); "On the campaign trail in the USA,
  May 2020" and the primaries (domestic politics); "Suspect arrested in death of elephant in Kerala ..." and
  "Police arrest twelve after explosives kill jackal ..." (crime against animals).

Both articles have no accusation, mediator or alliance the guidelines accept: the gold is parties only. Doubts are
marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Stampede during funeral procession of Qasem Soleimani causes deaths, delays burial (2020) ------------------
ST_FUNERAL = (
    "During the funeral of Iranian commander General Qasem Soleimani on Tuesday, a stampede erupted, resulting in a "
    "several-hours postponement of Soleimani's burial, according to state media."
)
ST_HEAD = "Soleimani was head of Iran's Quds Force."
ST_KILLED = "He was killed last week by a United States military airstrike in Iraq."

# --- Burundi President Pierre Nkurunziza dies aged 55 (2020) ------------------------------------------------------
BU_DIED = "Pierre Nkurunziza, the President of Burundi, died at the age of 55 on Monday."
BU_COUP = (
    "His decision to run for a third term led to tensions and a failed coup in the country in which hundreds died."
)
BU_WAR = "Burundi had twelve years of civil war leading up to Nkurunziza's presidency."
BU_CNDD = (
    "Around 300,000 people were killed in the conflict, during which Nkurunziza served in the CNDD-FDD, the group that "
    "would eventually become the nation's ruling party."
)

GOLD = {
    # Middle East: a stampede at the funeral of Iran's Quds Force head Qasem Soleimani in Kerman; the one conflict
    # fact is that a US air strike in Iraq killed him the week before.
    "2020-01-09-stampede-during-funeral-procession-of-qasem-soleimani-causes": [
        # Soleimani headed Iran's Quds Force: the state is the side struck (README: a guard corps acting for a state
        # is the state). Doubt: the strike is background; the article's centre is the stampede.
        P("Iran", "state", ST_HEAD, ST_KILLED, ST_FUNERAL,
          aliases=["Iranian", "Iran's Quds Force", "Quds Force"]),
        # The attacker of the strike. Doubt: as for Iran, a side only of the background event.
        P("United States", "state", ST_HEAD, ST_KILLED),
        # Not items: "killed last week by a United States military airstrike" is the article's own report, with no
        # accuser (no accusation); Iraq is only where the strike took place (no party; doubt: the tuned Soleimani
        # gold has Iraq as a party because its prime minister condemned the strike, which this article does not
        # say); Kerman and Tehran are the places of the processions, and "state media" / "state television" are
        # sources, not actors (the article does not even say whose state). No alliance, mediator or accusation.
    ],
    # Central Africa: President Nkurunziza dies; his third-term bid led to a failed coup in which hundreds died,
    # and before his presidency Burundi had twelve years of civil war in which he served in the CNDD-FDD.
    "2020-06-11-burundi-president-pierre-nkurunziza-dies-aged-55": [
        # The state whose government the failed coup was aimed at and whose civil war the article names; the
        # president and "the government" act for it. Doubt: both conflicts are background to a death notice; the
        # coup plotters and the CNDD-FDD's enemy in the civil war are never named, so Burundi is read as the side
        # targeted by the coup (the country "in which hundreds died").
        P("Burundi", "state", BU_DIED, BU_COUP, BU_WAR,
          aliases=["government of Burundi", "Burundians", "the African nation", "the country", "the nation",
                   "Pierre Nkurunziza", "Nkurunziza", "the President"]),
        # A side of the civil war: Nkurunziza "served in" it during "the conflict". Doubt: the article never says
        # outright that the CNDD-FDD fought; kind armed_group for the war years, though it is now "the nation's
        # ruling party" (kept as an alias: the same group later).
        P("CNDD-FDD", "armed_group", BU_WAR, BU_CNDD,
          aliases=["the nation's ruling party", "ruling party"]),
        # Not items: no alliance between the CNDD-FDD and Burundi (the group "would eventually become the nation's
        # ruling party": the same actor taking power, not a tie between two actors; doubt); Nkurunziza is not a
        # party of his own (he acts as president for Burundi, and in the war as a member of the CNDD-FDD); the
        # coup plotters are not named (no party); Kenya is only where his widow is treated and Al Jazeera a source
        # (no parties); the government statement's "with great sorrow" is mourning, no accusation; the changed
        # constitution and his elected successor Evariste Ndayishimiye are domestic politics with no dispute
        # named. No mediator, alliance or accusation.
    ],
}
