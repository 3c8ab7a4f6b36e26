"""Hand gold for part e of the test14 split (tests/corpus/test14/, index_e.json): one Wikinews article, 2006.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, tests/gold/test12_i.py,
the docstrings of test13_a.py, test12_j.py, test14_a.py and test14_b.py, the opening of heldout_a.py (how the sides of
a domestic dispute are named), the helpers P, M, A, X of tests/gold/build_gold.py, tests/gold/check_part.py, the kind
lists of schemas/briefing.schema.json, tests/corpus/test12/README.md and index.json, the titles of every
tests/corpus/**/index*.json, and (for the word check) the docstrings of every tests/gold/test*_?.py and heldout_?.py.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_dismisses.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b (45,411 characters, 25 sentences, read to its end in three pages). That
version has no `# meta` lines and no `# newpar` marks (as test12_j's), so: title = the headline (sentence 1); date =
the dateline (sentence 2, "Sunday, December 24, 2006"); url = the Wikinews address of the title (not stored in the
version read); the body is one paragraph.
The body was rebuilt from the `# text` lines: sentences joined by one space, except that sentences 5 and 10 (each a
lone opening quote mark whose token has SpaceAfter=No) run straight into sentences 6 and 11 (`"It is a piece of torn
paper`, `"This resolution will not harm`); no other sentence ends with a token marked SpaceAfter=No. One final newline.
Dropped: the headline (sentence 1, "Iran dismisses United Nations resolution imposing sanctions") and the dateline
(sentence 2). The version read holds no image caption. Characters are otherwise as stored: straight quotes, the curly
apostrophe of "Charter’s", the three-dot ellipses "...", the editor's brackets "[Iran]", "[countries]", the doubled
stop of "complies with the U.N..", the lower-case "we will celebrate" that opens sentence 13, and the quotation left
open in sentence 14 ("determined to give effect ...") and closed only after sentence 15's "delivery systems,".

Region and year: the Middle East and the United Nations, December 2006: Iran's president Mahmoud Ahmadinejad and its
nuclear negotiator Ali Larijani reject Security Council resolution 1737, which imposes sanctions over Iran's uranium
enrichment; Iran announces work at Natanz "in response".

Domain (doubt): a diplomatic dispute between a state and the Security Council over sanctions (the brief's "diplomatic
rows"; the sides charge each other: the Council Iran with an unmet demand and proliferation-sensitive work, Iran the
resolution's backers with aiming "to scare Iranians"). The accusations are thin: two are in the resolution's own
words and the third is aimed at an unnamed "they". It is the only article of my slice within the look-up budget that
holds two accusations, so the part holds one article.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test14/index_*.json (index_a, b, c, d and f held other articles, all 2012-2020, when this part was
written); no file under tests/corpus holds "1737" or "piece of torn paper". Nothing in tests/corpus/test/ or test3/ is
about Iran. The nearest earlier articles are test5's "Iran, North Korea, USA blamed in failure of month-long
Non-Proliferation Treaty conference" (2005), test8's "US denies plans for attack on Iran amid report of hunt for
evidence against Iran" (2007) and test4's "Iran to reduce nuclear enrichment in exchange for sanctions reduction"
(2013): the same nuclear dispute, other events.

How the slice was searched (54 look-ups of the 60 allowed: 47 exact-path find_files guesses, 7 read_file pages; no
code search or find_string, which earlier parts found useless for AMALGUM names). My letters are a-l. Both AMALGUM
listings stop before my slice's unused names (amalgum/news/dep at "catholic"; amalgum_extra/news/dep at "sheffield",
whose a-l names are all used or rejected), so words were guessed one at a time in amalgum/news/dep, all after
"catholic", each first checked against the AMALGUM names in tests/corpus and against the words the docstrings of
tests/gold/test*_?.py and heldout_?.py name in their found/opened/tried/left-out lists (a list of those words;
words they use only in prose were allowed). Words were chosen from the split's domain (impeachment, contempt,
courts, legislatures, scandals), verbs and nouns more than names.
- Kept: dismisses ("Iran dismisses United Nations resolution imposing sanctions", 2006-12-24), read in full.
- Opened and left out: legislators ("Indiana legislators vote for state constitutional ban on same-sex marriage",
  2014-02-20, read to its end, stored with `# meta` lines at commit 16231153d3fdab7b314c374f43f2a194b5206c58): a US
  state constitutional amendment vote, mostly procedure; its only charge is the Indiana Youth Group's "it's trying to
  deny us basic rights" (Governor Pence's "unelected judges" is a view, not a charge), so it holds fewer than two
  accusations.
- Looked up once to check that path look-ups work: deputy (stored; test11_a opened it and left it out of a war split
  as "a domestic corruption scandal"), not opened here.
- Words tried that are not in amalgum/news/dep: impeached, impeachment, hearing, contempt, libby, delay,
  khodorkovsky, kasparov, estrada, chaudhry, donald, hillary, julian, dominique, angela, high, counsel, lawmakers,
  legislature, grand, congressman, king, hearings, emails, impeach, judicial, convicts, overturns, denied, criticize,
  disqualifies, investigate, loses, lobbyist, libel, demand, ethics, cites, fines, censorship, dissolved, deposed,
  harassment, impunity.

Reading choices (doubts):
- Ahmadinejad ("Iranian president Mahmoud Ahmadinejad") and Larijani ("the top nuclear negotiator for Iran") speak
  for Iran.
- The other side is named "United Nations Security Council" (the body that adopted the resolution); the article's
  "the U.N.", "the Security Council" and "the Council" are its aliases. Doubt: "the U.N." may be read as the United
  Nations as a whole, a separate actor; a reading with the accuser "United Nations" is defensible.
- The Security Council's charges are read from the resolution it quotes: the "unmet 31 July demand" that Iran suspend
  enrichment (non-compliance) and Iran's "proliferation sensitive nuclear activities or the development of
  nuclear-weapon delivery systems" (what the sanctions target). Doubt: the second is a description of the sanctions'
  target more than a charge, and one item for both is defensible.
- Ahmadinejad's "a piece of torn paper ... by which they aim to scare Iranians" is read as a charge against the
  Council that passed the resolution. Doubt: "they" is unnamed; the next sentence's "the Westerners" may be meant.
- No alliance: the resolution passed "unanimously", but no member state is named. No mediator: the International
  Atomic Energy Agency only verifies a halt, which is no mediation.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Iran dismisses United Nations resolution imposing sanctions (2006) ------------------------------------------
IR_DISMISSED = (
    "A unanimously passed United Nations Security Council resolution imposing sanctions on Iran has been dismissed by "
    "Iranian president Mahmoud Ahmadinejad as a \"piece of paper.\""
)
IR_TORN = "It is a piece of torn paper ... by which they aim to scare Iranians ..."
IR_UNMET = (
    "On December 23, 2006, the U.N. stated that the resolution is \"determined to give effect to its unmet 31 July "
    "demand that Iran suspend all uranium enrichment-related and reprocessing activities."
)
IR_SANCTIONS = (
    "The Security Council today imposed sanctions on that country [Iran], blocking the import or export of sensitive "
    "nuclear material and equipment and freezing the financial assets of persons or entities supporting its "
    "proliferation sensitive nuclear activities or the development of nuclear-weapon delivery systems,\" reported the "
    "press release on the U.N.'s website."
)
IR_LARIJANI = (
    "It will be our immediate response to the resolution,\" said Ali Larijani, the top nuclear negotiator for Iran."
)

GOLD = {
    # Iran against the UN Security Council over resolution 1737: sanctions over uranium enrichment; Ahmadinejad calls
    # the resolution "a piece of torn paper"; Iran answers with work at Natanz.
    "2006-12-24-iran-dismisses-united-nations-resolution-imposing-sanctions": [
        # The sanctioned side; its president and nuclear negotiator speak for it.
        P("Iran", "state", IR_DISMISSED, IR_LARIJANI,
          aliases=["Iranian", "Iranians", "Mahmoud Ahmadinejad", "Ahmadinejad", "Ali Larijani", "Larijani"]),
        # The sanctioning side. Doubt: name and aliases (see the docstring: "the U.N." may be the UN as a whole).
        P("United Nations Security Council", "international_organisation", IR_DISMISSED, IR_SANCTIONS,
          aliases=["Security Council", "the Security Council", "the Council", "Council", "United Nations", "U.N.",
                   "the U.N."]),
        # The Council charges Iran with not meeting its demand to suspend enrichment.
        X("United Nations Security Council", "Iran",
          "its unmet 31 July demand that Iran suspend all uranium enrichment-related and reprocessing activities",
          IR_UNMET),
        # The sanctions target Iran's proliferation-sensitive work. Doubt: a description of the sanctions' target more
        # than a charge; it may be merged with the item above.
        X("United Nations Security Council", "Iran",
          "its proliferation sensitive nuclear activities or the development of nuclear-weapon delivery systems",
          IR_SANCTIONS),
        # Ahmadinejad: the resolution is a means to scare Iranians. Doubt: "they" is unnamed (the Council that passed
        # it, or "the Westerners" of the next sentence).
        X("Iran", "United Nations Security Council", "a piece of torn paper ... by which they aim to scare Iranians",
          IR_DISMISSED, IR_TORN, speaker="Mahmoud Ahmadinejad"),
        # Not items: "it is in \"the best interest of the West\" to have a \"nuclear Iran\"" and "It is in the
        # Westerners' interests to live with a nuclear Iran" (claims about interests, no wrong charged); "anyone who
        # \"backs\" the U.N. resolution will \"soon regret\" their acts" and "those who backed it will soon regret their
        # superficial act" (threats, and a judgment of a decision); the resolution's demands "Iran must suspend all
        # uranium enrichment" and "Iran should, without further delay, suspend ..." (the same non-compliance charge as
        # the first accusation, said as demands); "all States [countries] should prevent the supply ..." (an
        # obligation on unnamed states, no accused); Iran's announcement of work at Natanz "in response to the U.N.'s
        # resolution" and Larijani's "our immediate response" (acts, no charge). No alliance (no member state named)
        # and no mediator (the IAEA only verifies). The West / "the Westerners", the IAEA and the unnamed "States"
        # are not parties.
    ],
}
