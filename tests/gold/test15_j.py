"""Hand gold for part j of the test15 split (tests/corpus/test15/, index_j.json): one Wikinews article, 2008.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md (in full), the
helpers P, M, A, X and `evidence` of tests/gold/build_gold.py, tests/gold/check_part.py, the kind lists of
schemas/briefing.schema.json, the docstrings and a few items of tests/gold/test14_e.py and test14_a.py, the opening
and first items of tests/gold/heldout_a.py (how the sides of a domestic dispute are named), tests/corpus/test14/README.md
and index.json, the openings of the docstrings of tests/gold/test15_a.py to test15_e.py (their sources, for the
same-article check), the titles and sources of every tests/corpus/index.json and tests/corpus/*/index*.json, and two
lines of tests/corpus/test12/README.md (how many GUM news documents earlier parts found).

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public GUM corpus (`amir-zeldes/gum`,
dep/GUM_news_sensitive.conllu). read_file served the stored version at commit
0920ea8b4d83635a42262cd06b7df0e0ae765cda (63,683 characters, 35 sentences, read to its end in four pages). That
version has `# meta` lines: title = meta::title ("Sensitive Canadian document found on rainy streets"); url =
meta::sourceURL (https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets); date = the
dateline (sentence 2, "Friday, August 15, 2008"), which meta::dateCreated (2008-08-15) agrees with.
The body was rebuilt from the `# text` lines of sentences 3 to 21: sentences of one paragraph (the `# newpar` /
`newpar_block = p (n s)` marks: 3 | 4 | 5-6 | 7-8 | 9-10 | 11 | 12 | 13 | 14 | 15 | 16-17 | 18 | 19 | 20 | 21) joined
by one space, paragraphs separated by one blank line ("\\n\\n"), one final newline; no sentence ends with a token
marked SpaceAfter=No before another sentence of its paragraph. Dropped: the headline (sentence 1), the dateline
(sentence 2), the "Sources" heading and list (sentences 22-27: four press headlines with their papers and dates, and
the byline "Peter Zimonjic.") and the "Categories:" list (sentences 28-35). The version read holds no image caption.
Characters are as stored: straight quotes and apostrophes, the grave accents standing for apostrophes in "don`t"
(twice, sentence 10) and "can`t" (sentence 16) beside the apostrophes of "wasn't" and "don't", "The incident is a
reminiscent of", "NEMISIS", "Protected B" (sentence 5) beside "Protection B" (sentence 9).

Region and year: North America (Canada), August 2008: a "Protected B" Environment Canada document on the
vulnerabilities of an enforcement database is found on an Ottawa street; Environment Minister John Baird and two
department spokeswomen play its sensitivity down; Paul Dewar, an Ottawa New Democrat MP, charges the Conservative
government with security lapses, with an obsession with secrecy and with calling found documents not sensitive.
Domain (doubt): a domestic political dispute (an opposition MP against the government), mild: no court, no vote;
the only accuser is Dewar, and the government answers only by playing the document down.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index*.json or
tests/corpus/test15/index_*.json (index_a to e and g to i held other articles when this part was checked last:
Mubarak, the Georgian election, the targeted-killing lawsuit, the Toledo rally, the Brazilian corruption scheme, the
School of the Americas protest, the Bloody Sunday inquiry, UK rail plans, the Stolen Generations apology); no index source names GUM_news_sensitive (GUM's
news documents in use are GUM_news_korea, test4, and GUM_news_asylum, test12); no file under tests/corpus holds
"Dewar" or "NEMISIS".

How the article was found: the brief names two stores. The `vanatteveldt/wikinews` CSVs for 2004 to 2013 are not
stored (find_files lists only data/wikinews_2019.csv and wikinews_2020.csv; find_files of data/wikinews_2012.csv and
data/wikinews_2013.csv and read_file of data/wikinews_2010.csv found nothing), so only GUM was read. The news names
were taken from a public file listing GUM documents (found with find_string "GUM_news_imprisoned") and from
find_files of `_build/src/rst` (listing cut at "homeopathic"); each candidate was screened through its compact RST
file (_build/src/rst/GUM_news_<name>.rs3), then the kept one read in dep/.
- Kept: sensitive ("Sensitive Canadian document found on rainy streets", 2008-08-15).
- Read and left out: election ("New faces emerge as veteran politicians step down in Hong Kong legislative
  election", 2016: results only, no charge); taxes ("Local municipalities in Italy ask taxes from religious
  schools", 2015: a tax ruling; the bishops' secretary calls it "dangerous" and "ideological", judgments of a
  decision, and the rest are requests and petitions, so fewer than two accusations); clock ("Texas student Ahmed
  Mohamed inspires social movement", 2015: "subject to Islamophobia" names no accuser side and no accused);
  afghan (Afghan girls' robotics team, 2017: "critics blame" a climate of hostility, passive, no named sides);
  imprisoned, defector, hackers (Scientology: private disputes, no public actor on either side); flag (New Zealand
  flag referendum, 2015), worship (Greek court allows worship of the ancient gods, 2006: no charge), homeopathic
  (parents tried for manslaughter, 2009: an ordinary criminal case), warming (a crop study, 2014): no dispute.
- Not read (names off the domain): crane, expo, ie9, iodine, lanterns, nasa, soccer, stampede, warhol; korea and
  asylum are in use.

Domestic dispute naming (as heldout_a.py: the sides as the article names them):
- The government side is "Conservative government" (the article's "bureaucrats of the Conservative government";
  elsewhere "the government", "This government"); Environment Canada ("the department"), Environment Minister John
  Baird and the spokeswomen Julie Hahn and Sujata Raisinghani speak for it (README: the ministry and the minister are
  not actors of their own), so they are its aliases. Doubt: under the README's state rule the side is the state,
  "Canada"; the body names Canada only inside "Environment Canada", so "Canada" is not given as an alias, and a
  reading with "Canada" (or "Government of Canada") as the accused is defensible.
- The accusing side is "New Democratic Party", for which Paul Dewar, introduced as "an Ottawa New Democrat MP",
  speaks (speaker "Paul Dewar"). Doubt: the article never writes the party's full name, only "New Democrat"; a
  reading with the person "Paul Dewar" as accuser (an opposition MP criticising the government) is defensible.
- Accusations (one per allegation): the security lapses (sentence 15), the obsession with secrecy while failing the
  fundamentals (sentence 18), and saying found documents were not sensitive (sentence 17). Doubt: sentence 17 is
  read as Dewar's (it continues, in the same paragraph, the "Dewar says that ..." of sentence 16; a reading as the
  journalist's own remark, hence no item, is defensible). Doubt: "don't seem to be able to get the fundamentals
  right" (sentence 18) overlaps the security lapses of sentence 15; it is kept with the secrecy charge it is said
  in one breath with, not merged into the first item.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401  (A, M: the article has no alliance or mediator)

# --- Sensitive Canadian document found on rainy streets (2008) ------------------------------------------------------
DOC_FOUND = (
    "A sensitive Environment Canada document was found wet on an Ottawa street by someone who gave it to the CBC today."
)
DOC_BAIRD_ASKED = (
    "Environment Minister John Baird has asked government officials how such documents that are supposed to be stored "
    "in \"approved security cabinets\" wound up on the street."
)
DOC_BAIRD_SAID = (
    "\"I'm told two things: that it's neither classified nor secret and that it's stuff that could be available under "
    "access to information,\" Baird said."
)
DOC_LAPSES = (
    "Paul Dewar, an Ottawa New Democrat MP, said the combined security lapses raise serious questions about the "
    "government's ability to secure sensitive documents."
)
DOC_BUREAUCRATS = (
    "Dewar says that bureaucrats of the Conservative government have complained to him about document security to the "
    "point that they can`t share the information with their own colleagues."
)
DOC_NOT_SENSITIVE = (
    "However, when a government document has been found on the streets, the government then says it wasn't "
    "particularly sensitive."
)
DOC_SECRECY = (
    "\"This government is so consumed with control of information and secrecy yet they don't seem to be able to get "
    "the fundamentals right,\" Dewar said."
)

GOLD = {
    # North America (Canada): a protected Environment Canada document is found on an Ottawa street; the minister plays
    # it down; the New Democrat MP Paul Dewar charges the Conservative government over its handling of documents.
    "2008-08-15-sensitive-canadian-document-found-on-rainy-streets": [
        # The accused side: the government, with its department, minister and spokeswomen (README: not actors of
        # their own). Doubt: "Canada" (the state) is a defensible name (see the docstring).
        P("Conservative government", "government_body", DOC_BUREAUCRATS, DOC_FOUND, DOC_BAIRD_SAID,
          aliases=["the Conservative government", "the government", "government", "This government",
                   "Environment Canada", "the department", "Environment Minister John Baird", "John Baird", "Baird"]),
        # The accusing side: the opposition MP's party (kind "other": the party kinds have no political group, as
        # heldout_a.py's "opposition"). Doubt: the article says only "New Democrat"; "Paul Dewar" as a
        # person is a defensible reading.
        P("New Democratic Party", "other", DOC_LAPSES,
          aliases=["New Democrat", "Paul Dewar", "Dewar", "an Ottawa New Democrat MP"]),
        # Dewar: the security lapses (this document and the earlier ones) show the government cannot secure documents.
        X("New Democratic Party", "Conservative government",
          "the combined security lapses raise serious questions about the government's ability to secure sensitive "
          "documents",
          DOC_LAPSES, speaker="Paul Dewar"),
        # Dewar: obsessed with secrecy yet failing the fundamentals. Doubt: the second half overlaps the item above.
        X("New Democratic Party", "Conservative government",
          "so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals "
          "right",
          DOC_SECRECY, speaker="Paul Dewar"),
        # Dewar: when a document is found, the government says it was not sensitive (as Baird does). Doubt: read as
        # Dewar's because it continues his "Dewar says that ..." in the same paragraph (see the docstring).
        X("New Democratic Party", "Conservative government",
          "when a government document has been found on the streets, the government then says it wasn't particularly "
          "sensitive",
          DOC_BUREAUCRATS, DOC_NOT_SENSITIVE, speaker="Paul Dewar"),
        # Not items: Baird's question how the documents "wound up on the street" (a question, no accused) and his "it's
        # neither classified nor secret" (a denial); Raisinghani's "We take document security seriously" and the
        # department's look into the incident (no charge); Hahn's account of what "Protection B" covers; the
        # document's "security vulnerabilities" of the NEMISIS database and the blueprints "found stuffed in the trash"
        # (the article's own report, no accuser); Maxime Bernier "forced to resign ... after it became known that he
        # left sensitive documents" (passive, no accuser; Bernier, Julie Couillard and the Hells Angels are background,
        # no party); the bureaucrats' complaint about document security (told by Dewar; it is cited only to name the
        # sides of the third item). The CBC, which received the document, is the press (no party). No alliance and no
        # mediator.
    ],
}
