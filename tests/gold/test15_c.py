"""Hand gold for part c of the test15 split (tests/corpus/test15/, index_c.json): one Wikinews article, 2010.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, the helpers P, M, A,
X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of test14_e.py and test14_a.py, the opening of
heldout_a.py (how the sides of a domestic dispute are named), tests/corpus/test14/README.md and index.json, and the
titles, urls and sources of every tests/corpus/index.json, tests/corpus/*/index*.json and
tests/corpus/test15/index_*.json (for the same-article check).

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_lawsuit.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
16231153d3fdab7b314c374f43f2a194b5206c58 (58,412 characters, 25 sentences, read to its end in four pages). That
version has `# meta` lines: title = meta::title ("US federal judge dismisses targeted killing lawsuit"); url =
meta::sourceURL; date = the dateline (sentence 2, "Wednesday, December 8, 2010"; meta::dateCreated says 2010-12-07,
the day before the dateline, and the ruling was "issued Tuesday", December 7).
The body was rebuilt from the `# text` lines: sentences of one paragraph (the `# newpar = p (n s)` marks) joined by
one space, paragraphs separated by one blank line ("\\n\\n"), one final newline; no sentence of the body ends with a
token marked SpaceAfter=No. Dropped: the headline (sentence 1), the dateline (sentence 2), the image caption
(sentences 4 and 5, "Anwar al-Awlaki in 2008" / "Image: Muhammad ud-Deen.", marked `figure | caption`) and the pull
quote box (sentence 16, "The serious issues ... nonjudicial forum. —Judge John D. Bates": bold, outside every
`newpar` paragraph, and a copy of the quotation the body gives in full in sentence 22). The version read ends with
sentence 25: it holds no "Sources" list. Characters are otherwise as stored: straight quotes, the editor's brackets
"[U.S. government]", "[i]f", "[they can]", the single quotes inside the judge's quotation, "83-pages".

Region and year: North America (United States), December 2010: a federal judge dismisses the lawsuit that Anwar
al-Awlaki's father, backed by the Center for Constitutional Rights and the ACLU, brought to stop the U.S. government
from selecting al-Awlaki, a U.S. citizen in Yemen, for targeted killing. Domain: a lawsuit against the national
government (a court case between public actors), with the government's and Yemen's charges against al-Awlaki.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test15/index_*.json (index_a, index_b and index_e held the Mubarak summons, the Georgian election
challenge and the Brazilian corruption scheme when this part was written); no AMALGUM source of any index is AMALGUM_news_lawsuit; no file under
tests/corpus holds "targeted killing". test6's "Nigerian man charged with trying to blow up airliner" (2009) names
al-Awlaki's ties to that plot: another event.

How my slice (words i to o) was searched (35 look-ups: 25 exact-path find_files guesses in amalgum/news/dep, each
checked first against the AMALGUM sources of every index and against the words test14_e.py's docstring lists as
tried; 10 read_file pages on the hits).
- Kept: lawsuit ("US federal judge dismisses targeted killing lawsuit", 2010-12-08), read in full.
- Opened and left out: opposition ("Lebanon forms unity government with Hezbollah-led opposition", 2008-07-11: the end
  of a dispute, a cabinet formed; no charge in its first page); mayor (the Gdańsk stabbing, already dev);
  jury ("Bill Cosby's lawyers accuse prosecutors of racial bias in jury selection", 2017-05-24: a criminal trial of
  an actor, no public actor on the defence side; two charges, but outside the brief's domain); inquiry ("POWER
  inquiry calls for radical power shift in British democracy", 2006-02-27: a report, no sides); mugabe ("Kenyan Prime
  Minister calls for suspension of Mugabe from African Union", 2008-06-30: a disputed election, but the dispute in
  the article is between Kenya's premier and Zimbabwe's president, not inside one state); karzai ("Gordon Brown:
  Extra troops for Afghanistan, Yemen security the focus for int'l conference", 2010-01-25: no dispute). The four
  left out were read only to their first page.
- Words tried that are not in amalgum/news/dep: indicted, judge, olmert, musharraf, ousted, minister, indictment,
  martial, junta, judiciary, jailed, investigation, lawyers, opposes, nepal, military, mousavi, lukashenko.

Reading choices (doubts):
- Sides as the article names them (heldout_a.py): the defendant is the national government ("the U.S. government",
  "the United States Department of Justice", "Obama administration officials"), so the state `United States` with
  those forms as aliases. The plaintiffs are "Awlaki's father" (never named in the article: the party is named by the
  article's own phrase) and the two civil rights organizations. Anwar al-Awlaki, whom the government is said to have
  selected for targeted killing and whom it and Yemen charge, is a party though he is not in the suit.
- The court (Judge John D. Bates, "United States District Court for the District of Columbia") judges: no party, no
  mediator (heldout_a.py). Its finding that al-Awlaki "has no intention of making himself available for criminal
  prosecution" is read as an allegation by the court (courts' findings make allegations). Doubt: it is a reply on
  standing; a reading without this item is defensible.
- The organizations' argument that such a targeted killing "is not permitted by international law or by the United
  States Constitution" is read as their charge against the government, and, as the README says of a joint statement,
  one item per organization (two). Doubt: heldout_a's suing coalition is one side, and one item is defensible.
- The father's suit: "attempted to stop the U.S. government from selecting Anwar al-Awlaki for targeted killing" and
  his assertion that his son risked "possible attack by [U.S. government]" are one allegation said twice (one item).
- U.S. officials naming al-Awlaki a leader "within the Islamist terrorist organization" AQAP (labelling a terrorist)
  and Yemen's charge of "connections to Al-Qaeda" are accusations against al-Awlaki. Yemen is no party (its arrest
  order is not part of the lawsuit). Not items: "Awlaki has made statements where he encouraged ..." (the article's
  own report), "He has been linked to terrorist incidents" (passive, no accuser), the confirmation that he "is on a
  capture or kill list" (a statement of the government's own plan, no charge), the government's argument on
  jurisdiction (a legal position), and the judge's "based on the mere assertion that he is a dangerous member of a
  terrorist organization" (the issue the suit raises, in the judge's words, not a charge he makes).
- Alliances: the two organizations supporting the father in the case (one bloc, three members), and the alleged tie
  of al-Awlaki to AQAP. Doubt: Yemen's "connections to Al-Qaeda" could make a second tie (al-Awlaki, Al-Qaeda); it
  is left as the accusation only, AQAP being the Al-Qaeda branch the article names.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no mediator in this article)

LAWSUIT_OPENING = (
    "In a ruling issued Tuesday a United States federal judge dismissed a lawsuit which attempted to stop the U.S. "
    "government from selecting Anwar al-Awlaki for targeted killing."
)
LAWSUIT_BATES = (
    "John D. Bates, United States federal judge for the United States District Court for the District of Columbia, "
    "wrote in his opinion that the lawsuit was a \"unique and extraordinary case\" which brought up questions over "
    "whether the government had the authority to strategize over killing its own citizens without a previous "
    "criminal justice process undertaken."
)
LAWSUIT_STANDING = (
    "Judge Bates ruled for the United States Department of Justice, and held that various civil rights organizations "
    "in addition to Awlaki's father did not have the authority or jurisdiction to start the lawsuit in the first place."
)
LAWSUIT_SUPPORTED = (
    "Awlaki's father was supported in the case by two civil rights organizations, the Center for Constitutional "
    "Rights and the American Civil Liberties Union."
)
LAWSUIT_ARGUED = (
    "In the lawsuit these organizations argued before the court that targeted killing of an individual who does not "
    "present an imminent threat of life to citizens is not permitted by international law or by the United States "
    "Constitution."
)
LAWSUIT_YEMEN = (
    "Yemeni law enforcement officials in November charged Awlaki with connections to Al-Qaeda, and ordered him to be "
    "arrested \"by any means possible\"."
)
LAWSUIT_AQAP = (
    "U.S. officials have identified Awlaki as an influential leader within the Islamist terrorist organization "
    "Al-Qaeda in the Arabian Peninsula (AQAP)."
)
LAWSUIT_FATHER = (
    "The court responded to Awlaki's father's assertions that his son was unable to initiate a lawsuit himself or "
    "acquire legal assistance \"without disclosing his whereabouts and exposing himself to possible attack by [U.S. "
    "government]\"."
)
LAWSUIT_REPLIED = (
    "Judge Bates replied, \"Anwar Al-Aulaqi has made clear that he has no intention of making himself available for "
    "criminal prosecution in U.S. courts, remarking in a May 2010 AQAP video interview that he 'will never surrender' "
    "to the United States, and that '[i]f the Americans want me, [they can] come look for me.'\""
)
ARGUMENT = ("targeted killing of an individual who does not present an imminent threat of life to citizens is not "
            "permitted by international law or by the United States Constitution")

GOLD = {
    # Americas (US): a federal judge dismisses the suit of Anwar al-Awlaki's father and two civil rights
    # organizations against the U.S. government's alleged selection of al-Awlaki for targeted killing.
    "2010-12-08-us-federal-judge-dismisses-targeted-killing-lawsuit": [
        P("United States", "state", LAWSUIT_OPENING, LAWSUIT_STANDING,
          aliases=["U.S. government", "U.S.", "the government", "United States Department of Justice",
                   "Obama administration", "government representatives", "the Americans"]),
        P("Anwar al-Awlaki", "person", LAWSUIT_OPENING,
          aliases=["al-Awlaki", "Awlaki", "Anwar Al-Aulaqi"]),
        P("Awlaki's father", "person", LAWSUIT_STANDING, LAWSUIT_FATHER),
        P("Center for Constitutional Rights", "other", LAWSUIT_SUPPORTED, LAWSUIT_ARGUED,
          aliases=["civil rights organizations"]),
        P("American Civil Liberties Union", "other", LAWSUIT_SUPPORTED, LAWSUIT_ARGUED,
          aliases=["civil rights organizations"]),
        A(["Awlaki's father", "Center for Constitutional Rights", "American Civil Liberties Union"],
          "political_support", LAWSUIT_SUPPORTED),
        A(["Anwar al-Awlaki", "Al-Qaeda in the Arabian Peninsula"], "alleged_involvement", LAWSUIT_AQAP),
        # The father's suit and his assertion before the court: one allegation said twice.
        X("Awlaki's father", "United States",
          "selecting Anwar al-Awlaki for targeted killing; exposing himself to possible attack by [U.S. government]",
          LAWSUIT_OPENING, LAWSUIT_STANDING, LAWSUIT_FATHER),
        # "these organizations argued": one item per organization (README, joint statements).
        X("Center for Constitutional Rights", "United States", ARGUMENT,
          LAWSUIT_OPENING, LAWSUIT_SUPPORTED, LAWSUIT_ARGUED),
        X("American Civil Liberties Union", "United States", ARGUMENT,
          LAWSUIT_OPENING, LAWSUIT_SUPPORTED, LAWSUIT_ARGUED),
        # Labelling someone a terrorist is an accusation.
        X("United States", "Anwar al-Awlaki",
          "an influential leader within the Islamist terrorist organization Al-Qaeda in the Arabian Peninsula",
          LAWSUIT_AQAP, speaker="U.S. officials"),
        X("Yemen", "Anwar al-Awlaki", "connections to Al-Qaeda",
          LAWSUIT_YEMEN, speaker="Yemeni law enforcement officials"),
        # Courts judge; their findings make allegations (heldout_a.py).
        X("United States District Court for the District of Columbia", "Anwar al-Awlaki",
          "no intention of making himself available for criminal prosecution in U.S. courts",
          LAWSUIT_BATES, LAWSUIT_REPLIED, speaker="John D. Bates"),
        # Not items: "Awlaki has made statements where he encouraged ..." (the article's own report); "He has been
        # linked to terrorist incidents" (passive, no accuser); "al-Awlaki is on a capture or kill list" (the
        # government's own plan, confirmed); the government's argument on jurisdiction (a legal position).
    ],
}
