"""Hand gold for part i of the test15 split (tests/corpus/test15/, index_i.json): two Wikinews articles, 2007 and 2008.

Written by an independent annotator by reading the articles under tests/gold/README.md, before any rule was scored
on them and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
files and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of schemas/briefing.schema.json, the docstrings
and items of tests/gold/test14_e.py and test14_a.py, the opening of heldout_a.py (how the sides of a domestic dispute
are named) and its first four articles' items, tests/corpus/test14/README.md and index.json, the "undated" entries of
tests/corpus/test4/index.json, and tests/corpus/test15/index_a to index_e, g, h and j.json (for the same-article check).

Source: English Wikinews (CC BY 2.5) as stored in the public repository `dimitrakatseli/Wikinews`, file
data/english.json at commit 06264e6a462ecc27ecd28aa0185be9a70fa0393c (246,064 characters, a JSON array of 50
{"bestTitle", "content"} records, read with read_file in sixteen-thousand-character pages: offsets 0-64000 and
144000 to the end; 64000-144000 lie inside one record, a list of colleges admitting students after Hurricane Katrina,
whose start and end were read). The same 50 articles are stored one a line in NLPdata/articleen.txt of the same
repository, from which test4 part a took three (the "undated-" files). The two other repositories named for this
part hold no article text: MikeWangWZHL/Wikinews_Pipeline holds crawler code and one list of Wikipedia titles
(example_input_json/Warfare_related_to_Ukraine.json), weitweety/RAG_Wikinews a RAG program that fetches Wikinews at
run time (README.md, src/). So this part could only draw on the 50 records.

How each body was rebuilt: the record's "content" string, JSON-decoded (\\u0027 as ', \\u0026 as &, \\" as "),
characters otherwise as stored, one final newline. The stored text has lost its wiki links in places (not in these
two articles' bodies) and keeps the wiki italics marks ('' ... ''), kept here as stored ("''The Sydney Morning
Herald''"). Dropped:
- Rail article: the two image captions that open the content ('The "Delivering a Sustainable Railway" white paper'
  and 'Secretary of State for Transport, Ruth Kelly'; the body starts at "The government of the United Kingdom has
  outlined") and everything from " ==Sources==" on (empty source bullets and the Category list). The space before
  "==Sources==" is dropped with it.
- Stolen Generations article: nothing (the content holds no caption, no Sources list and no categories).
Title = the record's bestTitle. Url = the Wikinews address of the title (not stored). Date: NOT stored in the source
(test4 left its three articles from this file undated); here it is inferred, a doubt:
- 2008-02-12 for the Stolen Generations article: the article says the parliament "will apologise tomorrow"; the
  Australian parliament's apology to the Stolen Generations was made on 13 February 2008.
- 2007-07-24 for the rail article: the white paper it reports, "Delivering a Sustainable Railway", was presented to
  Parliament on 24 July 2007 (the article: "Today's announcement", "commitment made in March of this year").
  Doubt: the Wikinews page may carry the next day's date.

Region and domain: both are domestic political disputes between a government and its parliamentary opposition
(Oceania: Australia's Labor government of Kevin Rudd and the Liberal opposition of Brendan Nelson over the wording of
the apology; Europe: the UK government's rail white paper and the Conservative and Liberal Democrat opposition).
Doubt: both are thin, two accusations each, charges of conduct (delay, not consulting the opposition, re-announcing
old spending) more than of wrongdoing.

Articles of the 50 considered and left out: "New UK Jewish group formed ...", "Rebels blow up oil pipelines in Assam"
and "Varanasi bombings suspect shot in Kashmir" (in test4). Fewer than two accusations or no dispute between public
actors: "USA Today reports NSA obtained call logs ..." (Congress members call for answers; Leahy's "a duty to answer"
and Bush's denial, no charge with an accused; the report is a newspaper's own), "Gun background checks a no-go in US
Senate" (Obama's "a shameful day for Washington" judges a vote; the gun rights groups' "would violate constitutional
rights" aims at the measures; the senators' names are lost from the stored text), "Bloc Québécois support Canadian
budget, Liberals, NDP oppose" (kept as the runner-up: Layton's "giving more money to companies" and Dion's "He should
have had a strategy" are judgments of a budget more than allegations), "Paedophile forced to flee Australian town"
(one charge, the deputy opposition leader's "Those laws have failed"), "Australia Votes 2007: Outgoing Deputy PM steps
down ..." (no charge), "U.S. Congress reaches deal on payroll tax cut extension" (no charge), "Iraq elects Kurdish
president ..." (no dispute), "US Army sergeant charged with seventeen Afghan murders" (a soldier's prosecution, not
a politician's). Outside the domain: "Tameside Council seek to ban English Defence League rally" (a council and the
police against a marching group; two charges, but the stored text has lost the names of the police force, of the
town and of the body asked to ban the march, and the group's full name is only in an image caption), "Church of
Scientology falsely accuses internet group 'Anonymous' ..." (a church against a protest group, no public actor),
"Google sued by thousands of authors over Google Print" (a private lawsuit), "Kids game portal BBC Jam to close after
competition complaints" (unnamed complainants), "World Bank to tighten security belt for Wolfowitz arrival"; the rest
(sport, weather, science, business, crosswords, interviews, accidents) hold no dispute.

Same-article check: neither title nor url is in tests/corpus/index.json, any tests/corpus/*/index*.json (test15:
index_a to index_e, g, h and j when this part was finished) or any tests/corpus file name; no file under tests/corpus
holds "Stolen Generations", "Sustainable Railway", "Ruth Kelly" or "Brendan Nelson".

Reading choices (doubts):
- Sides as the articles name them (heldout_a.py): the government ("the government", "The Government's manager of
  business, Anthony Albanese", "Prime Minister Kevin Rudd"; "The government of the United Kingdom", its Secretary of
  State Ruth Kelly) is one side; ministers speak for it. The other side is the opposition as named: "Opposition
  leader Brendan Nelson" (named "opposition", as heldout_a.py names Schumer's side; doubt: "Liberal Party", which
  Abbott names, is as good a name, and is given as an alias), and in the rail article the two opposition parties
  each by name ("the Conservative Party", "the Liberal Democrats"), kind "other" (the party kinds have no political
  group).
- Nelson's two charges are two items: the delay in releasing the wording, and that Rudd is not negotiating with him
  ("the most important person he should be negotiating with is me", "He should be sitting down with me"). Doubt: both
  concern the same wording and may be read as one allegation.
- The Conservatives' "reheated announcements that are years later than promised" is one item (one quoted phrase;
  doubt: "reheated" and "years later than promised" are two charges). The Liberal Democrats' "much of the investment
  ... had been announced before" is the same charge from another accuser: its own item. Their "missed opportunity"
  is a judgment of a decision (README), not an item.
- No alliance: Nelson's "in-principle support to an apology" and "The Liberal Party's decision to support an apology"
  support a measure while the dispute over its wording goes on (doubt: a reading with a political_support tie between
  the opposition and the government is defensible); the Conservatives and the Liberal Democrats criticise the paper
  each on its own, not as a bloc. No mediator in either article.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: neither article has an alliance or a mediator)

# --- UK government outlines plans for rail transport (2007) --------------------------------------------------------
RAIL_OPEN = (
    "The government of the United Kingdom has outlined its plans for the development of the Britain's railway network "
    "in a white paper presented to Parliament by the Secretary of State for Transport, Ruth Kelly."
)
RAIL_KELLY = (
    "Ruth Kelly described the report as \"the most ambitious strategy for growth on the railways in over 50 years\" and "
    "announced that capacity will be increased to cope with an expected 20% growth in passenger numbers over the next "
    "seven years through a £10 billion investment."
)
RAIL_CONSERVATIVES = (
    "The largest opposition party, the Conservative Party, greeted the release with much scepticism, saying that the "
    "paper contains \"reheated announcements that are years later than promised\"."
)
RAIL_LIBDEMS = (
    "A spokeswoman for the Liberal Democrats described it as a \"missed opportunity\" to encourage more people to use "
    "trains in favour of cars or planes and suggested that much of the investment outlined in the document had been "
    "announced before."
)

# --- Australian parliament to apologise to Stolen Generations (2008) -----------------------------------------------
SG_OPEN = (
    "The Australian parliament will apologise tomorrow for past mistreatment of Australia's indigenous population."
)
SG_NELSON = (
    "Opposition leader Brendan Nelson has given in-principle support to an apology, but has criticised the government "
    "for the delay in releasing the wording."
)
SG_NEGOTIATING = (
    "\"If Mr Rudd wants to unify Australia, to bring our nation together, the most important person he should be "
    "negotiating with is me,\" Mr Nelson said yesterday."
)
SG_SITTING = "He should be sitting down with me and saying 'these are the words which we propose, what do you think?\""
SG_RUDD = "Prime Minister Kevin Rudd said that the words must be tabled to parliament first."
SG_ALBANESE = (
    "The Government's manager of business, Anthony Albanese, said that it was more important for members of the Stolen "
    "Generations to approve of the apology."
)
SG_LIBERAL = (
    "\"The Liberal Party's decision to support an apology to stolen children is not a repudiation of John Howard."
)

GOLD = {
    # Europe (United Kingdom): the government presents its rail white paper; the Conservative and Liberal Democrat
    # opposition charge it with re-announcing old, late spending.
    "2007-07-24-uk-government-outlines-plans-for-rail-transport": [
        # The side that outlines the plans; its Secretary of State for Transport speaks for it.
        P("Government of the United Kingdom", "government_body", RAIL_OPEN, RAIL_KELLY,
          aliases=["government of the United Kingdom", "the government", "government", "Ruth Kelly", "Ms Kelly",
                   "Secretary of State for Transport, Ruth Kelly"]),
        P("Conservative Party", "other", RAIL_CONSERVATIVES,
          aliases=["the Conservative Party", "The largest opposition party"]),
        P("Liberal Democrats", "other", RAIL_LIBDEMS, aliases=["the Liberal Democrats"]),
        # Doubt: "reheated" and "years later than promised" may be read as two allegations.
        X("Conservative Party", "Government of the United Kingdom",
          "reheated announcements that are years later than promised",
          RAIL_OPEN, RAIL_CONSERVATIVES),
        # The same charge of re-announced spending, from the other opposition party.
        X("Liberal Democrats", "Government of the United Kingdom",
          "much of the investment outlined in the document had been announced before",
          RAIL_OPEN, RAIL_LIBDEMS, speaker="A spokeswoman for the Liberal Democrats"),
        # Not items: the Liberal Democrats' "missed opportunity" (a judgment of a decision); Kelly's "the most
        # ambitious strategy for growth on the railways in over 50 years" (a claim about the government's own plan);
        # George Muir's "first plausible plan for expanding the railway" (praise). The Association of Train Operating
        # Companies only comments: no party. No alliance (the two opposition parties speak each on its own) and no
        # mediator.
    ],
    # Oceania (Australia): the Rudd government prepares the parliament's apology to the Stolen Generations; the
    # opposition leader Brendan Nelson supports an apology but charges the government over the wording's delay and
    # for not negotiating it with him.
    "2008-02-12-australian-parliament-to-apologise-to-stolen-generations": [
        # The government: Rudd (Prime Minister) and Albanese (its manager of business) speak for it.
        P("Australian government", "government_body", SG_NELSON, SG_RUDD, SG_ALBANESE,
          aliases=["the government", "government", "The Government", "Prime Minister Kevin Rudd", "Kevin Rudd",
                   "Mr Rudd", "Rudd", "Anthony Albanese"]),
        # The opposition: its leader Nelson speaks for it; Abbott writes for the Liberal Party. Doubt: the name
        # ("opposition", as heldout_a.py; "Liberal Party" is the alternative).
        P("opposition", "other", SG_NELSON, SG_LIBERAL,
          aliases=["Opposition", "Opposition leader Brendan Nelson", "Brendan Nelson", "Mr Nelson", "Nelson",
                   "Liberal Party", "The Liberal Party", "Tony Abbott", "Mr Abbott"]),
        X("opposition", "Australian government", "the delay in releasing the wording",
          SG_NELSON, speaker="Brendan Nelson"),
        # Doubt: the same wording dispute as the item above; a reader may merge the two.
        X("opposition", "Australian government",
          "the most important person he should be negotiating with is me; He should be sitting down with me",
          SG_NELSON, SG_NEGOTIATING, SG_SITTING, speaker="Brendan Nelson"),
        # Not items: the parliament's apology "for past mistreatment of Australia's indigenous population" (an
        # admission); Rudd's "the words must be tabled to parliament first" and Albanese's "more important for members
        # of the Stolen Generations to approve" (answers, no charge); Abbott's "Its refusal to say 'sorry' meant that
        # Howard never received the credit he deserved" (about his own side's former government, no accused of the
        # other side) and "without accusations of bad faith" (a passive claim with no accuser). The Stolen
        # Generations receive the apology and are no side of the dispute over its wording; John Howard is a former
        # prime minister, no party. No alliance (the opposition's "in-principle support to an apology" supports a
        # measure, not the government; doubt) and no mediator.
    ],
}
